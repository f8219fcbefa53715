/**
 * Screens for admins that read from several modules at once: the audit trail shown and exported in the
 * operator's time zone. It cannot live in {@code audit.ui}: {@code settings} (which owns the zone) writes
 * to the audit trail, so {@code audit} using {@code settings} would be a cycle. Nothing depends on this
 * module (see ADR 0005).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administration")
package id.arus.admin;
