package id.arus.rules.internal;

import id.arus.platform.ArtifactKind;
import id.arus.platform.ArtifactProblem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Compiles a set of DRL sources into a KieBase with the public KIE API. Every build gets its own
 * release id and is dropped from the global KIE repository afterwards, so hundreds of analyst edits
 * do not pile up old modules in memory.
 */
final class DrlCompiler {

    /** KIE modules keep their DRL under this prefix; problems are reported relative to {@code rules/}. */
    private static final String RESOURCE_ROOT = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();

    private final KieServices kie = KieServices.Factory.get();
    /** The application's class loader, so DRL can import the fact classes of every module. */
    private final ClassLoader classLoader;

    DrlCompiler(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** Either a KieBase or the problems per file (path relative to {@code rules/}; "" for problems without a file). */
    record Outcome(CompiledRules rules, Map<String, List<ArtifactProblem>> problems) {
        boolean ok() {
            return rules != null;
        }
    }

    Outcome compile(Map<String, String> sources) {
        ReleaseId releaseId = kie.newReleaseId("id.arus", "arus-rules", "1.0." + BUILDS.incrementAndGet());
        KieFileSystem files = kie.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        sources.forEach((path, text) -> files.write(RESOURCE_ROOT + path, text.getBytes(StandardCharsets.UTF_8)));
        try {
            return build(releaseId, files, sources);
        } catch (RuntimeException e) {
            // Some malformed consequences crash the compiler (a NullPointerException inside Drools)
            // instead of producing a message; that is still a rejected edit, not a loader failure.
            return new Outcome(null, Map.of("", List.of(new ArtifactProblem(ArtifactKind.RULE.folder(), null, null,
                    "The rule compiler failed: " + e))));
        } finally {
            kie.getRepository().removeKieModule(releaseId);
        }
    }

    private Outcome build(ReleaseId releaseId, KieFileSystem files, Map<String, String> sources) {
        KieBuilder builder = kie.newKieBuilder(files, classLoader).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            return new Outcome(null, problemsByFile(errors));
        }
        KieBase base = kie.newKieContainer(releaseId, classLoader).getKieBase();
        return new Outcome(new CompiledRules(base, sources, countRules(base, sources), Instant.now()), Map.of());
    }

    private static Map<String, List<ArtifactProblem>> problemsByFile(List<Message> errors) {
        Map<String, List<ArtifactProblem>> byFile = new HashMap<>();
        for (Message error : errors) {
            String path = error.getPath() == null ? "" : error.getPath().replaceFirst("^" + RESOURCE_ROOT, "");
            Integer line = error.getLine() > 0 ? error.getLine() : null;
            Integer column = line != null && error.getColumn() > 0 ? error.getColumn() : null;
            String display = path.isEmpty() ? ArtifactKind.RULE.folder() : ArtifactKind.RULE.folder() + "/" + path;
            byFile.computeIfAbsent(path, p -> new ArrayList<>())
                    .add(new ArtifactProblem(display, line, column, error.getText().strip()));
        }
        return byFile;
    }

    /** Rules per source file, read from the resource each compiled rule remembers. */
    private static Map<String, Integer> countRules(KieBase base, Map<String, String> sources) {
        Map<String, Integer> counts = new HashMap<>();
        sources.keySet().forEach(path -> counts.put(path, 0));
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
                    String path = impl.getResource().getSourcePath().replaceFirst("^" + RESOURCE_ROOT, "");
                    counts.computeIfPresent(path, (p, n) -> n + 1);
                }
            }
        }
        return counts;
    }
}
