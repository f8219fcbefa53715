/**
 * The ground every module stands on: where the database and Kafka come from (embedded by default,
 * external in production), secrets encrypted at rest, and the analysts' folders ({@code processes/},
 * {@code rules/}, {@code routes/}) that are watched and handed to the module that loads each kind.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package id.arus.platform;
