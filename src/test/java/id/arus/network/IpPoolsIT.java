package id.arus.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.shared.InvalidInputException;
import id.arus.shared.SystemIdentity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Pools and static assignments on PostgreSQL: ranges, overlap, lowest free, idempotence, conflicts, audit. */
@ArusIT
@WithMockUser(username = "pools-noc", roles = "NOC")
class IpPoolsIT {

    @Autowired
    IpPools pools;
    @Autowired
    DesiredState desired;
    @Autowired
    NasManagement registry;
    @Autowired
    JdbcTemplate jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private long nas;

    @BeforeEach
    void registerNas() {
        nas = SystemIdentity.call("pools-test", () -> registry.create(new NasForm("Pools " + tag, "127.0.0.1",
                NetworkTestSupport.nowherePort(), false, "admin", "pw-1", null, null, NasRole.PRIMARY, null, null, null)).id());
    }

    @Test
    void assignsTheLowestFreeAddressOncePerOwnerAndReleasesIdempotently() {
        IpPool pool = pools.createPool(nas, "statis", "10.20.0.0/29");
        assertThat(pool.ranges()).isEqualTo("10.20.0.1-10.20.0.6");
        assertThat(pool.size()).as("network and broadcast left out").isEqualTo(6);

        IpAssignment first = pools.assign(nas, "SUB-1", null);
        assertThat(first.address()).isEqualTo("10.20.0.1");
        assertThat(pools.assign(nas, "SUB-1", null)).as("idempotent per owner").isEqualTo(first);
        assertThat(pools.assign(nas, "SUB-1", "10.20.0.1")).isEqualTo(first);
        assertThat(pools.assign(nas, "SUB-2", "10.20.0.5").address()).isEqualTo("10.20.0.5");
        assertThat(pools.assign(nas, "SUB-3", null).address()).isEqualTo("10.20.0.2");

        assertField(() -> pools.assign(nas, "SUB-4", "10.20.0.5"), "address", "pools.address.taken");
        assertField(() -> pools.assign(nas, "SUB-4", "10.20.0.7"), "address", "pools.address.outsidePools");
        assertField(() -> pools.assign(nas, "SUB-4", "10.20.0.999"), "address", "pools.address.invalid");
        assertField(() -> pools.assign(nas, "SUB-1", "10.20.0.3"), "owner", "pools.owner.holdsOther");
        assertThat(pools.pools(nas)).singleElement().satisfies(p -> assertThat(p.assigned()).isEqualTo(3));

        pools.release(nas, "SUB-1");
        pools.release(nas, "SUB-1");
        assertThat(pools.assignmentOf(nas, "SUB-1")).isEmpty();
        assertThat(pools.assign(nas, "SUB-5", null).address()).as("the freed lowest address is reused").isEqualTo("10.20.0.1");
        assertThat(pools.assignments(pool.id())).extracting(IpAssignment::owner).containsExactly("SUB-5", "SUB-3", "SUB-2");

        pools.assign(nas, "SUB-6", null);
        pools.assign(nas, "SUB-7", null);
        pools.assign(nas, "SUB-8", null);
        assertField(() -> pools.assign(nas, "SUB-9", null), "address", "pools.full");

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'network.pool.assigned' and subject like ?",
                Long.class, "nas:Pools " + tag + "/%")).isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'network.pool.released' and subject like ?",
                Long.class, "nas:Pools " + tag + "/%")).as("the second release changed nothing").isEqualTo(1);
    }

    @Test
    void poolsOfOneNasNeverOverlapAndAPoolInUseStays() {
        IpPool a = pools.createPool(nas, "a", "10.30.0.10-10.30.0.20, 10.30.1.0/30");
        assertThat(a.size()).isEqualTo(11 + 2);
        assertField(() -> pools.createPool(nas, "b", "10.30.0.20-10.30.0.30"), "ranges", "pools.ranges.overlapOtherPool");
        assertField(() -> pools.createPool(nas, "A", "10.40.0.0/24"), "name", "pools.name.taken");
        assertField(() -> pools.createPool(nas, "c", "10.40.0.0/8"), "ranges", "pools.ranges.tooBig");
        assertField(() -> pools.createPool(nas, "c", "10.40.0.9-10.40.0.1"), "ranges", "pools.ranges.backwards");
        assertField(() -> pools.createPool(nas, "c", "pool-x"), "ranges", "pools.address.invalid");
        IpPool b = pools.createPool(nas, "b", "10.30.0.21-10.30.0.30");
        assertThat(pools.assign(nas, "SUB-1", "10.30.0.25").poolId()).isEqualTo(b.id());

        assertField(() -> pools.removePool(b.id()), "pool", "pools.pool.inUse");
        pools.release(nas, "SUB-1");
        pools.removePool(b.id());
        pools.removePool(b.id());
        assertThat(pools.pools(nas)).extracting(IpPool::name).containsExactly("a");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action in ('network.pool.created', 'network.pool.removed') and subject like ?",
                Long.class, "nas:Pools " + tag + "/%")).isEqualTo(3);
    }

    @Test
    void concurrentAssignmentsNeverShareAnAddress() throws Exception {
        pools.createPool(nas, "busy", "10.50.0.0/27");
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            List<Future<IpAssignment>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String owner = "SUB-" + i;
                futures.add(executor.submit(() -> SystemIdentity.call("pools-test", () -> pools.assign(nas, owner, null))));
            }
            Set<String> addresses = new HashSet<>();
            for (Future<IpAssignment> f : futures) {
                addresses.add(f.get().address());
            }
            assertThat(addresses).hasSize(20);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void anAddressUsedBySomeoneElseInTheDesiredStateIsAConflict() {
        pools.createPool(nas, "statis", "10.60.0.0/24");
        pools.assign(nas, "SUB-10", "10.60.0.2");
        pools.assign(nas, "SUB-11", "10.60.0.3");
        // their own secret (the subscription number in its comment) and queue: no conflict
        desired.putPppSecret(nas, new PppUser("ana", "pw", null, "pppoe", "10.60.0.2", false, "SUB-10 Ana"));
        desired.putSimpleQueue(nas, SimpleQueue.of("ana", "10.60.0.2", "5M/10M"));
        // someone else's secret and address-list entry on SUB-11's address
        desired.putPppSecret(nas, new PppUser("bayu", "pw", null, "pppoe", "10.60.0.3", false, "SUB-99"));
        desired.putAddressListEntry(nas, new AddressListEntry("isolir", "10.60.0.3", "citra"));

        assertThat(pools.conflicts(nas)).containsExactlyInAnyOrder(
                "10.60.0.3: /ppp/secret bayu uses the address assigned to SUB-11",
                "10.60.0.3: /ip/firewall/address-list isolir uses the address assigned to SUB-11");
    }

    @Test
    @WithMockUser(username = "pools-cs", roles = "CS")
    void customerServiceReadsButDoesNotChangePools() {
        assertThat(pools.pools(nas)).isEmpty();
        assertThatThrownBy(() -> pools.createPool(nas, "x", "10.70.0.0/24")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pools.assign(nas, "SUB-1", null)).isInstanceOf(AccessDeniedException.class);
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry(field, List.of(key)));
    }
}
