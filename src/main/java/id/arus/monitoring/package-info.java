/**
 * Telemetry: the samples routers' pollers send through Kafka ({@link id.arus.monitoring.NasSample#TOPIC},
 * keyed by NAS), stored as time series in day-partitioned raw tables with 5-minute roll-ups, and read
 * back through {@link id.arus.monitoring.NasTelemetry} at the resolution a time range calls for.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
package id.arus.monitoring;
