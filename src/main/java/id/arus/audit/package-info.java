/**
 * The append-only, hash-chained trail of every user and system action: who, when, from where, what,
 * and the values before and after.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package id.arus.audit;
