/**
 * Integrations as Camel routes: the YAML files of {@code routes/} loaded into the running Camel
 * context (one file's routes replaced or withdrawn without touching the others, a broken file
 * rejected while its old routes keep running), and the integration events Arus publishes to Kafka.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integration")
package id.arus.integration;
