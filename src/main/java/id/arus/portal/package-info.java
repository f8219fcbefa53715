/**
 * The customer portal at {@code /portal}: its own phone-first layout ({@link id.arus.portal.PortalLayout}),
 * sign-up ({@link id.arus.portal.PortalSignUp}: account, customer record and onboarding together), the
 * customer's services with their live state, profile and documents. The portal's ticket pages belong to
 * the support module and use this layout.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer portal")
package id.arus.portal;
