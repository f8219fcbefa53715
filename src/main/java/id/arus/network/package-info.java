/**
 * The network: NAS (MikroTik routers) and everything Arus does to them. It owns the RouterOS API client
 * ({@code routeros}), provisioning of PPP secrets, profiles, hotspot users and queues, reconciliation of
 * each router against Arus's database, configuration backup and restore, failover between primary and
 * backup NAS, and IP pools. Other modules reach routers only through this module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network")
package id.arus.network;
