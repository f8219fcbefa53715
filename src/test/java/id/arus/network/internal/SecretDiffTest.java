package id.arus.network.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.network.PppUser;
import id.arus.network.routeros.Command;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretDiffTest {

    private static Map<String, String> row(String id, String name, String password, String profile, String comment) {
        Map<String, String> row = new HashMap<>();
        row.put(".id", id);
        row.put("name", name);
        row.put("password", password);
        row.put("profile", profile);
        row.put("service", "pppoe");
        row.put("disabled", "false");
        if (comment != null) {
            row.put("comment", comment);
        }
        return row;
    }

    private static PppUser secret(String name, String password, String profile) {
        return new PppUser(name, password, profile, "pppoe", null, false, "SUB-" + name);
    }

    private static List<List<String>> words(List<Command> commands) {
        return commands.stream().map(Command::words).toList();
    }

    @Test
    void anEmptyRouterGetsOneAddPerSecretWithTheMarker() {
        var plan = SecretDiff.plan(List.of(secret("a", "p1", "10m"), new PppUser("b", "p2", null, null, "10.0.0.2", true, null)), List.of());

        assertThat(words(plan.adds())).containsExactly(
                List.of("/ppp/secret/add", "=name=a", "=password=p1", "=profile=10m", "=service=pppoe", "=disabled=no", "=comment=arus:SUB-a"),
                List.of("/ppp/secret/add", "=name=b", "=password=p2", "=profile=default", "=service=any", "=disabled=yes", "=comment=arus:",
                        "=remote-address=10.0.0.2"));
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.removes()).isEmpty();
        assertThat(plan.kick()).isEmpty();
    }

    @Test
    void aRouterThatMatchesGetsNoCommands() {
        var plan = SecretDiff.plan(List.of(secret("a", "p1", "10m")), List.of(row("*1", "a", "p1", "10m", "arus:SUB-a")));

        assertThat(plan.commands()).isEmpty();
        assertThat(plan.kick()).isEmpty();
        assertThat(plan.unmanaged()).isEmpty();
    }

    @Test
    void onlyTheChangedFieldsAreSetAndTheSessionIsKicked() {
        var plan = SecretDiff.plan(List.of(secret("a", "new", "20m"), secret("b", "p", "10m")),
                List.of(row("*1", "a", "old", "10m", "arus:SUB-a"), row("*2", "b", "p", "10m", "arus:old comment")));

        assertThat(words(plan.changes())).containsExactly(
                List.of("/ppp/secret/set", "=.id=*1", "=password=new", "=profile=20m"),
                List.of("/ppp/secret/set", "=.id=*2", "=comment=arus:SUB-b"));
        assertThat(plan.kick()).as("a comment change needs no new session").containsExactly("a");
        assertThat(plan.changedSecrets()).isEqualTo(2);
    }

    @Test
    void disablingKicksButEnablingDoesNot() {
        var disabled = new PppUser("a", "p", "10m", "pppoe", null, true, "SUB-a");
        var plan = SecretDiff.plan(List.of(disabled), List.of(row("*1", "a", "p", "10m", "arus:SUB-a")));
        assertThat(words(plan.changes())).containsExactly(List.of("/ppp/secret/set", "=.id=*1", "=disabled=yes"));
        assertThat(plan.kick()).containsExactly("a");

        Map<String, String> wasDisabled = row("*1", "a", "p", "10m", "arus:SUB-a");
        wasDisabled.put("disabled", "true");
        plan = SecretDiff.plan(List.of(secret("a", "p", "10m")), List.of(wasDisabled));
        assertThat(words(plan.changes())).containsExactly(List.of("/ppp/secret/set", "=.id=*1", "=disabled=no"));
        assertThat(plan.kick()).isEmpty();
    }

    @Test
    void aDroppedFixedAddressIsUnset() {
        Map<String, String> actual = row("*7", "a", "p", "10m", "arus:SUB-a");
        actual.put("remote-address", "10.1.1.1");

        var plan = SecretDiff.plan(List.of(secret("a", "p", "10m")), List.of(actual));

        assertThat(words(plan.changes())).containsExactly(
                List.of("/ppp/secret/unset", "=numbers=*7", "=value-name=remote-address"));
        assertThat(plan.kick()).containsExactly("a");
    }

    @Test
    void managedSecretsNoLongerDesiredAreRemovedAndUnmanagedOnesLeftAlone() {
        var plan = SecretDiff.plan(List.of(secret("mine", "p", "10m"), secret("taken", "p", "10m")), List.of(
                row("*1", "gone", "p", "10m", "arus:SUB-gone"),
                row("*2", "engineer", "p", "10m", null),
                row("*3", "taken", "p", "10m", "set up by hand"),
                row("*4", "mine", "p", "10m", "arus:SUB-mine")));

        assertThat(words(plan.removes())).containsExactly(List.of("/ppp/secret/remove", "=.id=*1"));
        assertThat(plan.kick()).containsExactly("gone");
        assertThat(plan.unmanaged()).containsExactly("engineer", "taken");
        assertThat(plan.conflicts()).containsExactly("taken");
        assertThat(plan.adds()).isEmpty();
        assertThat(plan.changes()).isEmpty();
    }

    @Test
    void routerDefaultsMatchUnsetDesiredFields() {
        Map<String, String> actual = row("*1", "a", "p", "default", "arus:");
        actual.put("service", "any");
        actual.put("disabled", "no");

        var plan = SecretDiff.plan(List.of(new PppUser("a", "p", null, null, null, false, null)), List.of(actual));

        assertThat(plan.commands()).isEmpty();
    }
}
