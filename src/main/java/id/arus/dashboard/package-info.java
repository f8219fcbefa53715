/**
 * The staff landing page: users by role, who is signed in, recent activity and the health of every part.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package id.arus.dashboard;
