package id.arus.network;

import id.arus.shared.GeoPoint;
import java.util.List;
import java.util.Optional;

/**
 * Distribution points (ODP) per NAS, for the map and the topology NAS → ODP → customers. Staff read;
 * ADMIN, NOC and TECHNICIAN change.
 */
public interface DistributionPoints {

    List<DistributionPoint> list();

    List<DistributionPoint> ofNas(long nasId);

    Optional<DistributionPoint> findByCode(String code);

    DistributionPoint create(String code, String name, long nasId, GeoPoint location, int ports);

    DistributionPoint update(long id, String name, long nasId, GeoPoint location, int ports);

    void remove(long id);
}
