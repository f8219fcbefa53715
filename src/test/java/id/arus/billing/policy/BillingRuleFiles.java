package id.arus.billing.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * The real DRL files of {@code rules/billing/} compiled as the rules module compiles them (the KIE API, one
 * file system), evaluated in a fresh session per case with the names of the rules that fired.
 */
public final class BillingRuleFiles {

    private final KieBase base;

    private BillingRuleFiles(KieBase base) {
        this.base = base;
    }

    /** Compiles the files (paths relative to the working directory); a compile error fails the test. */
    public static BillingRuleFiles compile(String... files) {
        KieServices kie = KieServices.Factory.get();
        KieFileSystem fileSystem = kie.newKieFileSystem();
        for (String file : files) {
            try {
                fileSystem.write("src/main/resources/" + file, Files.readString(Path.of(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        KieBuilder builder = kie.newKieBuilder(fileSystem).buildAll();
        assertThat(builder.getResults().getMessages(Message.Level.ERROR)).as("compile errors").isEmpty();
        return new BillingRuleFiles(kie.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase());
    }

    int ruleCount() {
        return base.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    }

    public record Outcome(List<String> fired, List<Object> objects) {

        public boolean fired(String code) {
            return fired.stream().anyMatch(name -> name.startsWith(code + " "));
        }

        public <T> List<T> all(Class<T> type) {
            return objects.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    public Outcome evaluate(Collection<?> facts) {
        KieSession session = base.newKieSession();
        List<String> fired = new ArrayList<>();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        });
        try {
            facts.forEach(session::insert);
            session.fireAllRules();
            return new Outcome(fired, new ArrayList<>(session.getObjects()));
        } finally {
            session.dispose();
        }
    }
}
