package id.arus.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackupDiffTest {

    private static Map<String, List<Map<String, String>>> content(String identity, List<Map<String, String>> addresses,
                                                                 List<Map<String, String>> secrets) {
        Map<String, List<Map<String, String>>> c = new LinkedHashMap<>();
        c.put("/system/identity", List.of(Map.of("name", identity)));
        c.put("/ip/address", addresses);
        c.put("/ppp/secret", secrets);
        return c;
    }

    private static Map<String, String> secret(String name, String password, String profile) {
        return Map.of("name", name, "password", password, "profile", profile, "comment", "arus:");
    }

    @Test
    void sameContentHasNoDifference() {
        var a = content("r1", List.of(Map.of("address", "10.0.0.1/24", "interface", "ether1")), List.of(secret("ana", "p", "10m")));
        BackupDiff diff = BackupDiff.between(1, 1, a, 2, a);
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.lines()).isEmpty();
    }

    @Test
    void reportsAddedRemovedAndChangedPerMenuMatchedByKeyNotOrder() {
        var before = content("r1",
                List.of(Map.of("address", "10.0.0.1/24", "interface", "ether1"), Map.of("address", "10.1.0.1/24", "interface", "ether2")),
                List.of(secret("ana", "p1", "10m"), secret("bayu", "p2", "10m")));
        var after = content("r2",
                List.of(Map.of("address", "10.1.0.1/24", "interface", "ether3"), Map.of("address", "10.0.0.1/24", "interface", "ether1")),
                List.of(secret("citra", "p3", "10m"), secret("ana", "p1-new", "20m")));

        BackupDiff diff = BackupDiff.between(7, 3, before, 4, after);

        assertThat(diff.menus()).extracting(BackupDiff.MenuDiff::menu).containsExactly("/system/identity", "/ip/address", "/ppp/secret");
        assertThat(diff.lines()).containsExactly(
                "/system/identity ~ identity: name 'r1' -> 'r2'",
                "/ip/address ~ 10.1.0.1/24: interface 'ether2' -> 'ether3'",
                "/ppp/secret + citra",
                "/ppp/secret - bayu",
                "/ppp/secret ~ ana: password (changed)",
                "/ppp/secret ~ ana: profile '10m' -> '20m'");
    }

    @Test
    void neverShowsPasswordValues() {
        var before = content("r", List.of(), List.of(secret("ana", "old-secret", "10m")));
        var after = content("r", List.of(), List.of(secret("ana", "new-secret", "10m")));
        BackupDiff diff = BackupDiff.between(1, 1, before, 2, after);
        assertThat(diff.menus().get(0).changed()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("password");
            assertThat(c.before()).isNull();
            assertThat(c.after()).isNull();
        });
        assertThat(diff.toString() + diff.lines()).doesNotContain("old-secret").doesNotContain("new-secret");
    }

    @Test
    void anUnsetFieldShowsAsUnset() {
        var before = content("r", List.of(), List.of(Map.of("name", "ana", "comment", "arus:")));
        var after = content("r", List.of(), List.of(Map.of("name", "ana", "comment", "arus:", "remote-address", "10.9.0.2")));
        assertThat(BackupDiff.between(1, 1, before, 2, after).lines())
                .containsExactly("/ppp/secret ~ ana: remote-address (unset) -> '10.9.0.2'");
    }

    @Test
    void addressListEntriesAreMatchedByListAndAddressAndQueuesAndHotspotUsersByName() {
        Map<String, List<Map<String, String>>> before = new LinkedHashMap<>();
        before.put("/ip/firewall/address-list", List.of(Map.of("list", "isolir", "address", "10.0.0.5", "comment", "arus:ana")));
        before.put("/queue/simple", List.of(Map.of("name", "ana", "target", "10.0.0.5/32", "max-limit", "5M/10M", "comment", "arus:")));
        before.put("/ip/hotspot/user", List.of(Map.of("name", "budi", "password", "old-secret", "comment", "arus:")));
        Map<String, List<Map<String, String>>> after = new LinkedHashMap<>();
        after.put("/ip/firewall/address-list", List.of(Map.of("list", "vip", "address", "10.0.0.5", "comment", "arus:ana")));
        after.put("/queue/simple", List.of(Map.of("name", "ana", "target", "10.0.0.5/32", "max-limit", "10M/20M", "comment", "arus:")));
        after.put("/ip/hotspot/user", List.of(Map.of("name", "budi", "password", "new-secret", "comment", "arus:")));

        BackupDiff diff = BackupDiff.between(1, 1, before, 2, after);

        assertThat(diff.lines()).containsExactly(
                "/ip/firewall/address-list + vip 10.0.0.5",
                "/ip/firewall/address-list - isolir 10.0.0.5",
                "/queue/simple ~ ana: max-limit '5M/10M' -> '10M/20M'",
                "/ip/hotspot/user ~ budi: password (changed)");
        assertThat(diff.toString()).doesNotContain("old-secret").doesNotContain("new-secret");
    }
}
