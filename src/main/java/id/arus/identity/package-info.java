/**
 * Users, roles, login, password reset, sessions, personal access tokens and profiles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package id.arus.identity;
