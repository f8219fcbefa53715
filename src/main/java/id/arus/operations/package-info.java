/**
 * Operations: the health of every part of Arus (database, Kafka, process engine, rule base, routes)
 * with the last error each one reported and a severity decided by {@code rules/operations/component-health.drl},
 * and the admin screen of the analysts' files.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package id.arus.operations;
