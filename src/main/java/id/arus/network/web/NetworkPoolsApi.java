package id.arus.network.web;

import id.arus.network.DistributionPoint;
import id.arus.network.DistributionPoints;
import id.arus.network.IpAssignment;
import id.arus.network.IpPool;
import id.arus.network.IpPools;
import id.arus.shared.GeoPoint;
import id.arus.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * IP pools with their assignments, and distribution points, over REST. Thin: authorisation, validation and
 * audit live in {@link IpPools} and {@link DistributionPoints}, the same services the screens use; bad input
 * comes back as problem JSON with field errors (identity's ApiProblems).
 */
@RestController
@RequestMapping("/api/v1")
@SecurityRequirement(name = "bearer")
class NetworkPoolsApi {

    /** A pool to create. */
    record NewPoolJson(String name, String ranges) {
    }

    /** An address to give an owner; {@code address} null or empty for the lowest free one. */
    record AssignJson(String owner, String address) {
    }

    /** An ODP as sent and returned; {@code code} is ignored on update. */
    record OdpJson(Long id, String code, String name, Long nasId, Double latitude, Double longitude, Integer ports) {

        static OdpJson of(DistributionPoint p) {
            return new OdpJson(p.id(), p.code(), p.name(), p.nasId(), p.location().latitude(), p.location().longitude(), p.ports());
        }

        GeoPoint location() {
            if (latitude == null || longitude == null) {
                throw InvalidInputException.of("location", "odp.location.required");
            }
            try {
                return new GeoPoint(latitude, longitude);
            } catch (InvalidInputException outOfRange) {
                throw InvalidInputException.of("location", "odp.location.invalid");
            }
        }
    }

    private final IpPools pools;
    private final DistributionPoints odps;

    NetworkPoolsApi(IpPools pools, DistributionPoints odps) {
        this.pools = pools;
        this.odps = odps;
    }

    @GetMapping("/nas/{nasId}/pools")
    @Tag(name = "ip-pools")
    @Operation(summary = "The NAS's address pools with size and addresses in use (staff but finance)")
    List<IpPool> pools(@PathVariable long nasId) {
        return pools.pools(nasId);
    }

    @PostMapping("/nas/{nasId}/pools")
    @Tag(name = "ip-pools")
    @Operation(summary = "Add a pool: ranges as CIDR or first-last, comma separated; never overlapping another pool (ADMIN, NOC)")
    ResponseEntity<IpPool> createPool(@PathVariable long nasId, @RequestBody NewPoolJson body) {
        IpPool created = pools.createPool(nasId, body.name(), body.ranges());
        return ResponseEntity.created(URI.create("/api/v1/nas/" + nasId + "/pools/" + created.id())).body(created);
    }

    @DeleteMapping("/nas/{nasId}/pools/{poolId}")
    @Tag(name = "ip-pools")
    @Operation(summary = "Remove a pool that holds no assigned address (ADMIN, NOC)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removePool(@PathVariable long nasId, @PathVariable long poolId) {
        requirePoolOf(nasId, poolId);
        pools.removePool(poolId);
    }

    @GetMapping("/nas/{nasId}/pools/{poolId}/assignments")
    @Tag(name = "ip-pools")
    @Operation(summary = "The addresses of a pool in use, by owner")
    List<IpAssignment> assignments(@PathVariable long nasId, @PathVariable long poolId) {
        requirePoolOf(nasId, poolId);
        return pools.assignments(poolId);
    }

    @PostMapping("/nas/{nasId}/assignments")
    @Tag(name = "ip-pools")
    @Operation(summary = "Give an owner an address (the one asked for, else the lowest free); idempotent per owner (ADMIN, NOC)")
    IpAssignment assign(@PathVariable long nasId, @RequestBody AssignJson body) {
        return pools.assign(nasId, body.owner(), body.address());
    }

    @DeleteMapping("/nas/{nasId}/assignments/{owner}")
    @Tag(name = "ip-pools")
    @Operation(summary = "Release the owner's address; releasing twice changes nothing (ADMIN, NOC)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void release(@PathVariable long nasId, @PathVariable String owner) {
        pools.release(nasId, owner);
    }

    @GetMapping("/nas/{nasId}/pools/conflicts")
    @Tag(name = "ip-pools")
    @Operation(summary = "Addresses held twice or used in the desired state by someone other than their holder")
    List<String> conflicts(@PathVariable long nasId) {
        return pools.conflicts(nasId);
    }

    @GetMapping("/odp")
    @Tag(name = "odp")
    @Operation(summary = "All distribution points (staff)")
    List<OdpJson> odps() {
        return odps.list().stream().map(OdpJson::of).toList();
    }

    @GetMapping("/odp/{code}")
    @Tag(name = "odp")
    @Operation(summary = "One distribution point by code")
    OdpJson odp(@PathVariable String code) {
        return odps.findByCode(code).map(OdpJson::of).orElseThrow(() -> new NoSuchElementException("No ODP " + code));
    }

    @PostMapping("/odp")
    @Tag(name = "odp")
    @Operation(summary = "Add a distribution point (ADMIN, NOC, TECHNICIAN)")
    ResponseEntity<OdpJson> createOdp(@RequestBody OdpJson body) {
        DistributionPoint created = odps.create(body.code(), body.name(), nasOf(body), body.location(), portsOf(body));
        return ResponseEntity.created(URI.create("/api/v1/odp/" + created.code())).body(OdpJson.of(created));
    }

    @PutMapping("/odp/{code}")
    @Tag(name = "odp")
    @Operation(summary = "Change a distribution point's name, NAS, location or ports (ADMIN, NOC, TECHNICIAN)")
    OdpJson updateOdp(@PathVariable String code, @RequestBody OdpJson body) {
        DistributionPoint current = odps.findByCode(code).orElseThrow(() -> new NoSuchElementException("No ODP " + code));
        return OdpJson.of(odps.update(current.id(), body.name(), nasOf(body), body.location(), portsOf(body)));
    }

    @DeleteMapping("/odp/{code}")
    @Tag(name = "odp")
    @Operation(summary = "Remove a distribution point; announced so subscriptions naming it are cleared (ADMIN, NOC, TECHNICIAN)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeOdp(@PathVariable String code) {
        odps.findByCode(code).ifPresent(p -> odps.remove(p.id()));
    }


    private void requirePoolOf(long nasId, long poolId) {
        if (pools.pools(nasId).stream().noneMatch(p -> p.id() == poolId)) {
            throw new NoSuchElementException("NAS " + nasId + " has no pool " + poolId);
        }
    }

    private static long nasOf(OdpJson body) {
        if (body.nasId() == null) {
            throw InvalidInputException.of("nas", "odp.nas.unknown");
        }
        return body.nasId();
    }

    private static int portsOf(OdpJson body) {
        if (body.ports() == null) {
            throw InvalidInputException.of("ports", "odp.ports.range");
        }
        return body.ports();
    }
}
