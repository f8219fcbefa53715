/**
 * Where things are: the staff map of customers, routers (NAS) and distribution points, and the topology
 * NAS → distribution point → customers. Screens only; they read the customer, network and subscription
 * APIs and keep nothing of their own. The reusable map pieces (Leaflet component, location picker) live
 * in the shell so every module's forms can use them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mapping")
package id.arus.mapping;
