/**
 * The routers (NAS) Arus manages: their registry, the RouterOS API client, provisioning, reconciliation,
 * backup and restore, failover and monitoring. Other modules use {@link id.arus.network.NasManagement}
 * and the network API; everything else is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network")
package id.arus.network;
