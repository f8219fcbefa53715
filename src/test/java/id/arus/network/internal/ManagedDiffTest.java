package id.arus.network.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.network.DesiredKind;
import id.arus.network.routeros.Command;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The diff of every managed menu, from its {@link ManagedMenu} description alone. */
class ManagedDiffTest {

    /** A desired entry of each kind with every managed attribute set. */
    static Map<String, String> sample(DesiredKind kind) {
        Map<String, String> m = new LinkedHashMap<>();
        switch (kind) {
            case PPP_PROFILE -> {
                m.put("name", "paket-10m");
                m.put("rate-limit", "5M/10M 8M/15M 4M/8M 8/8 5 2M/4M");
                m.put("local-address", "10.9.0.1");
                m.put("remote-address", "pool-10m");
            }
            case HOTSPOT_PROFILE -> {
                m.put("name", "voucher-1d");
                m.put("rate-limit", "1M/2M");
                m.put("shared-users", "2");
            }
            case PPP_SECRET -> {
                m.put("name", "ana");
                m.put("password", "p \"=\" 1");
                m.put("profile", "paket-10m");
                m.put("service", "pppoe");
                m.put("remote-address", "10.9.0.2");
                m.put("disabled", "false");
            }
            case HOTSPOT_USER -> {
                m.put("name", "budi");
                m.put("password", "pw");
                m.put("profile", "voucher-1d");
                m.put("disabled", "false");
            }
            case SIMPLE_QUEUE -> {
                m.put("name", "ana");
                m.put("target", "10.9.0.2/32");
                m.put("max-limit", "5M/10M");
                m.put("burst-limit", "8M/15M");
                m.put("burst-threshold", "4M/8M");
                m.put("burst-time", "8s/8s");
                m.put("limit-at", "2M/4M");
            }
            case ADDRESS_LIST -> {
                m.put("list", "isolir");
                m.put("address", "10.9.0.2");
            }
        }
        m.put("comment", "SUB-1");
        return m;
    }

    /** The router's row after the add: what the add sent, with an id, flags printed as true/false. */
    static Map<String, String> rowAfterAdd(ManagedMenu menu, Map<String, String> desired, String id) {
        Command add = ManagedDiff.plan(menu, List.of(desired), List.of()).adds().get(0);
        Map<String, String> row = new LinkedHashMap<>();
        row.put(".id", id);
        for (String word : add.words().subList(1, add.words().size())) {
            int eq = word.indexOf('=', 1);
            String value = word.substring(eq + 1);
            row.put(word.substring(1, eq), value.equals("yes") ? "true" : value.equals("no") ? "false" : value);
        }
        return row;
    }

    private static List<List<String>> words(List<Command> commands) {
        return commands.stream().map(Command::words).toList();
    }

    @ParameterizedTest
    @EnumSource(DesiredKind.class)
    void anEmptyRouterGetsOneAddWithTheMarker(DesiredKind kind) {
        ManagedMenu menu = ManagedMenu.of(kind);
        var plan = ManagedDiff.plan(menu, List.of(sample(kind)), List.of());

        assertThat(plan.adds()).hasSize(1);
        List<String> words = plan.adds().get(0).words();
        assertThat(words.get(0)).isEqualTo(kind.path() + "/add");
        sample(kind).forEach((field, value) -> {
            if (!field.equals("comment") && !field.equals("disabled")) {
                assertThat(words).contains("=" + field + "=" + value);
            }
        });
        assertThat(words).contains("=comment=arus:SUB-1");
        assertThat(plan.added()).containsExactly(menu.key(sample(kind)));
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.removes()).isEmpty();
        assertThat(plan.kick()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DesiredKind.class)
    void aRouterThatMatchesGetsNoCommands(DesiredKind kind) {
        ManagedMenu menu = ManagedMenu.of(kind);
        var plan = ManagedDiff.plan(menu, List.of(sample(kind)), List.of(rowAfterAdd(menu, sample(kind), "*1")));

        assertThat(plan.commands()).isEmpty();
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.kick()).isEmpty();
        assertThat(plan.unmanaged()).isEmpty();
    }

    /** Every managed attribute of every kind, one at a time. */
    static Stream<Arguments> attributes() {
        List<Arguments> all = new ArrayList<>();
        for (DesiredKind kind : DesiredKind.values()) {
            for (ManagedMenu.Attribute attribute : ManagedMenu.of(kind).attributes()) {
                all.add(Arguments.of(kind, attribute.name()));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("attributes")
    void aChangedAttributeIsSetAloneAndKicksOnlyWhenTheSessionKeepsTheOldValue(DesiredKind kind, String field) {
        ManagedMenu menu = ManagedMenu.of(kind);
        ManagedMenu.Attribute attribute = menu.attributes().stream().filter(a -> a.name().equals(field)).findFirst().orElseThrow();
        Map<String, String> router = rowAfterAdd(menu, sample(kind), "*7");
        Map<String, String> wanted = new LinkedHashMap<>(sample(kind));
        String newValue = attribute.flag() ? "true" : switch (field) {
            case "rate-limit", "max-limit", "burst-limit", "burst-threshold", "limit-at" -> "20M/40M";
            case "burst-time" -> "16s/16s";
            case "shared-users" -> "5";
            case "target", "remote-address", "local-address" -> "10.9.9.9";
            default -> "changed-value";
        };
        wanted.put(field, newValue);

        var plan = ManagedDiff.plan(menu, List.of(wanted), List.of(router));

        assertThat(words(plan.changes())).containsExactly(List.of(kind.path() + "/set", "=.id=*7", "=" + field + "=" + (attribute.flag() ? "yes" : newValue)));
        assertThat(plan.changed()).containsExactly(new ManagedDiff.Change(menu.key(wanted), List.of(field)));
        assertThat(plan.adds()).isEmpty();
        assertThat(plan.removes()).isEmpty();
        boolean kicks = menu.hasSessions() && (attribute.endsSession() || attribute.flag());
        assertThat(plan.kick()).as("kick").isEqualTo(kicks ? java.util.Set.of(menu.key(wanted)) : java.util.Set.of());
    }

    @ParameterizedTest
    @EnumSource(DesiredKind.class)
    void aChangedCommentKeepsTheMarkerAndKicksNobody(DesiredKind kind) {
        ManagedMenu menu = ManagedMenu.of(kind);
        Map<String, String> wanted = new LinkedHashMap<>(sample(kind));
        wanted.put("comment", "SUB-2");

        var plan = ManagedDiff.plan(menu, List.of(wanted), List.of(rowAfterAdd(menu, sample(kind), "*3")));

        assertThat(words(plan.changes())).containsExactly(List.of(kind.path() + "/set", "=.id=*3", "=comment=arus:SUB-2"));
        assertThat(plan.kick()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DesiredKind.class)
    void aManagedEntryNoLongerDesiredIsRemovedAndItsSessionEnded(DesiredKind kind) {
        ManagedMenu menu = ManagedMenu.of(kind);
        var plan = ManagedDiff.plan(menu, List.of(), List.of(rowAfterAdd(menu, sample(kind), "*9")));

        assertThat(words(plan.removes())).containsExactly(List.of(kind.path() + "/remove", "=.id=*9"));
        assertThat(plan.removed()).containsExactly(menu.key(sample(kind)));
        assertThat(plan.kick()).isEqualTo(menu.hasSessions() ? java.util.Set.of(menu.key(sample(kind))) : java.util.Set.of());
    }

    @ParameterizedTest
    @EnumSource(DesiredKind.class)
    void entriesWithoutTheMarkerAreLeftAloneAndADesiredKeyTheyHoldIsAConflict(DesiredKind kind) {
        ManagedMenu menu = ManagedMenu.of(kind);
        Map<String, String> byHand = rowAfterAdd(menu, sample(kind), "*A");
        byHand.put("comment", "made by the engineer");
        Map<String, String> otherByHand = rowAfterAdd(menu, sample(kind), "*B");
        otherByHand.remove("comment");
        otherByHand.put(menu.keyFields().get(menu.keyFields().size() - 1), kind == DesiredKind.ADDRESS_LIST ? "10.1.1.1" : "other");

        var plan = ManagedDiff.plan(menu, List.of(sample(kind)), List.of(byHand, otherByHand));

        assertThat(plan.commands()).isEmpty();
        assertThat(plan.conflicts()).containsExactly(menu.key(sample(kind)));
        assertThat(plan.unmanaged()).containsExactlyInAnyOrder(menu.key(sample(kind)), menu.key(otherByHand));
        assertThat(plan.kick()).isEmpty();
    }

    @Test
    void anOptionalAttributeNoLongerWantedIsUnsetNotSetEmpty() {
        ManagedMenu menu = ManagedMenu.of(DesiredKind.PPP_SECRET);
        Map<String, String> wanted = new LinkedHashMap<>(sample(DesiredKind.PPP_SECRET));
        wanted.remove("remote-address");

        var plan = ManagedDiff.plan(menu, List.of(wanted), List.of(rowAfterAdd(menu, sample(DesiredKind.PPP_SECRET), "*1")));

        assertThat(words(plan.changes())).containsExactly(List.of("/ppp/secret/unset", "=numbers=*1", "=value-name=remote-address"));
        assertThat(plan.changed()).containsExactly(new ManagedDiff.Change("ana", List.of("remote-address")));
        assertThat(plan.kick()).as("the session keeps its old address").containsExactly("ana");

        ManagedMenu profiles = ManagedMenu.of(DesiredKind.PPP_PROFILE);
        Map<String, String> noLimit = new LinkedHashMap<>(sample(DesiredKind.PPP_PROFILE));
        noLimit.remove("rate-limit");
        var profilePlan = ManagedDiff.plan(profiles, List.of(noLimit), List.of(rowAfterAdd(profiles, sample(DesiredKind.PPP_PROFILE), "*2")));
        assertThat(words(profilePlan.changes())).containsExactly(List.of("/ppp/profile/unset", "=numbers=*2", "=value-name=rate-limit"));
    }

    @Test
    void anAttributeLeftAtRouterOsDefaultNeedsNothingAndAStrayValueIsSetBackToTheDefault() {
        ManagedMenu menu = ManagedMenu.of(DesiredKind.SIMPLE_QUEUE);
        Map<String, String> wanted = new LinkedHashMap<>(sample(DesiredKind.SIMPLE_QUEUE));
        wanted.remove("burst-limit");
        wanted.remove("burst-time");
        Map<String, String> router = rowAfterAdd(menu, wanted, "*4");
        router.put("burst-time", "0s/0s");

        assertThat(ManagedDiff.plan(menu, List.of(wanted), List.of(router)).commands()).as("absent or default: the same").isEmpty();

        router.put("burst-limit", "9M/9M");
        assertThat(words(ManagedDiff.plan(menu, List.of(wanted), List.of(router)).changes()))
                .containsExactly(List.of("/queue/simple/set", "=.id=*4", "=burst-limit=0/0"));
    }

    @Test
    void disablingEndsTheSessionAndEnablingLetsTheClientDialIn() {
        ManagedMenu menu = ManagedMenu.of(DesiredKind.HOTSPOT_USER);
        Map<String, String> disabled = new LinkedHashMap<>(sample(DesiredKind.HOTSPOT_USER));
        disabled.put("disabled", "true");
        Map<String, String> enabledRow = rowAfterAdd(menu, sample(DesiredKind.HOTSPOT_USER), "*1");

        assertThat(ManagedDiff.plan(menu, List.of(disabled), List.of(enabledRow)).kick()).containsExactly("budi");

        Map<String, String> disabledRow = rowAfterAdd(menu, disabled, "*1");
        var enable = ManagedDiff.plan(menu, List.of(sample(DesiredKind.HOTSPOT_USER)), List.of(disabledRow));
        assertThat(words(enable.changes())).containsExactly(List.of("/ip/hotspot/user/set", "=.id=*1", "=disabled=no"));
        assertThat(enable.kick()).isEmpty();
    }

    @Test
    void flagsCompareTheSameWhetherPrintedYesOrTrue() {
        ManagedMenu menu = ManagedMenu.of(DesiredKind.PPP_SECRET);
        Map<String, String> router = rowAfterAdd(menu, sample(DesiredKind.PPP_SECRET), "*1");
        router.put("disabled", "no");

        assertThat(ManagedDiff.plan(menu, List.of(sample(DesiredKind.PPP_SECRET)), List.of(router)).commands()).isEmpty();
    }

    @Test
    void addressListEntriesAreKeyedByListAndAddress() {
        ManagedMenu menu = ManagedMenu.of(DesiredKind.ADDRESS_LIST);
        Map<String, String> isolir = sample(DesiredKind.ADDRESS_LIST);
        Map<String, String> sameAddressOtherList = new LinkedHashMap<>(isolir);
        sameAddressOtherList.put("list", "vip");

        var plan = ManagedDiff.plan(menu, List.of(isolir, sameAddressOtherList), List.of(rowAfterAdd(menu, isolir, "*1")));

        assertThat(plan.added()).containsExactly("vip 10.9.0.2");
        assertThat(words(plan.adds())).containsExactly(List.of("/ip/firewall/address-list/add", "=list=vip", "=address=10.9.0.2",
                "=comment=arus:SUB-1"));
        assertThat(plan.changes()).isEmpty();
    }

    @Test
    void routerOsBuiltInDefaultProfilesAreNotReportedAsUnmanaged() {
        ManagedMenu menu = ManagedMenu.of(DesiredKind.PPP_PROFILE);
        var plan = ManagedDiff.plan(menu, List.of(), List.of(
                Map.of(".id", "*0", "name", "default", "default", "true"),
                Map.of(".id", "*5", "name", "by-hand", "default", "false")));

        assertThat(plan.unmanaged()).containsExactly("by-hand");
        assertThat(plan.commands()).isEmpty();
    }

    @Test
    void aLiveSessionsDynamicAddressListEntryIsNotReportedAsUnmanaged() {
        ManagedMenu menu = ManagedMenu.of(DesiredKind.ADDRESS_LIST);
        assertThat(menu.proplist()).contains("dynamic");
        var plan = ManagedDiff.plan(menu, List.of(), List.of(
                Map.of(".id", "*7", "list", "isolir", "address", "10.9.0.7", "dynamic", "true"),
                Map.of(".id", "*8", "list", "isolir", "address", "10.9.0.8", "dynamic", "false")));

        assertThat(plan.unmanaged()).containsExactly("isolir 10.9.0.8");
        assertThat(plan.commands()).isEmpty();
    }

    @Test
    void ratesPrintedInAnotherNotationAreTheSameRates() {
        ManagedMenu menu = ManagedMenu.of(DesiredKind.SIMPLE_QUEUE);
        Map<String, String> router = rowAfterAdd(menu, sample(DesiredKind.SIMPLE_QUEUE), "*1");
        router.put("max-limit", "5000000/10000000");
        router.put("burst-time", "8/8");
        router.put("limit-at", "2000k/4M");

        assertThat(ManagedDiff.plan(menu, List.of(sample(DesiredKind.SIMPLE_QUEUE)), List.of(router)).commands()).isEmpty();
        assertThat(ManagedDiff.canonicalRates("5M/10M 8M/15M 4M/8M 8s/8s 5 1.5M/2M"))
                .isEqualTo("5000000/10000000 8000000/15000000 4000000/8000000 8/8 5 1500000/2000000");

        router.put("max-limit", "5000000/10000001");
        assertThat(ManagedDiff.plan(menu, List.of(sample(DesiredKind.SIMPLE_QUEUE)), List.of(router)).changed())
                .containsExactly(new ManagedDiff.Change("ana", List.of("max-limit")));
    }
}
