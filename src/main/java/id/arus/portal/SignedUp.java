package id.arus.portal;

import org.springframework.security.core.Authentication;

/**
 * A completed sign-up: the new customer's code, their first subscription's number and the identity to sign
 * them in with.
 */
public record SignedUp(String customerCode, String subscriptionNumber, Authentication authentication) {
}
