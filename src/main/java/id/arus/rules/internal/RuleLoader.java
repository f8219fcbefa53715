package id.arus.rules.internal;

import id.arus.platform.ArtifactKind;
import id.arus.platform.ArtifactLoader;
import id.arus.platform.ArtifactProblem;
import id.arus.platform.ArtifactSource;
import id.arus.platform.LoadResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns {@code rules/} into the serving KieBase. All files form one base, so a change is compiled
 * together with the accepted versions of every other file; a changed file with errors is set back to
 * its accepted version (or left out when new) and the rest is compiled again. Only a base that
 * compiles is swapped in, in one atomic step, so an evaluation sees either the old or the new rules.
 */
@Component
class RuleLoader implements ArtifactLoader {

    private static final Logger log = LoggerFactory.getLogger(RuleLoader.class);

    private final DrlCompiler compiler = new DrlCompiler(RuleLoader.class.getClassLoader());
    private final AtomicReference<CompiledRules> serving = new AtomicReference<>();

    @Override
    public ArtifactKind kind() {
        return ArtifactKind.RULE;
    }

    /** The base that serves now, or null before the first successful build. */
    CompiledRules serving() {
        return serving.get();
    }

    @Override
    public synchronized Map<String, LoadResult> load(Collection<ArtifactSource> changed, Set<String> removed) {
        CompiledRules current = serving.get();
        Map<String, String> accepted = current == null ? Map.of() : current.sources();
        Map<String, String> candidate = new TreeMap<>(accepted);
        removed.forEach(candidate::remove);
        Map<String, ArtifactSource> pending = new LinkedHashMap<>();
        for (ArtifactSource source : changed) {
            candidate.put(source.path(), source.text());
            pending.put(source.path(), source);
        }

        Map<String, List<ArtifactProblem>> rejected = new LinkedHashMap<>();
        DrlCompiler.Outcome outcome = compiler.compile(candidate);
        // Each round sets at least one changed file back, so this ends after at most |changed| + 1 builds.
        while (!outcome.ok()) {
            List<String> guilty = outcome.problems().keySet().stream()
                    .filter(pending::containsKey).filter(p -> !rejected.containsKey(p)).toList();
            if (guilty.isEmpty()) {
                // The errors are in files nobody changed (e.g. an edit removed a type another file uses):
                // the whole batch is to blame, so all of it goes back.
                List<ArtifactProblem> elsewhere = outcome.problems().values().stream().flatMap(List::stream).toList();
                guilty = pending.keySet().stream().filter(p -> !rejected.containsKey(p)).toList();
                if (guilty.isEmpty()) {
                    break;
                }
                for (String path : guilty) {
                    rejected.put(path, withContext(elsewhere, pending.get(path)));
                }
            } else {
                for (String path : guilty) {
                    rejected.put(path, outcome.problems().get(path));
                }
            }
            for (String path : guilty) {
                if (accepted.containsKey(path)) {
                    candidate.put(path, accepted.get(path));
                } else {
                    candidate.remove(path);
                }
            }
            outcome = compiler.compile(candidate);
        }

        Map<String, LoadResult> results = new LinkedHashMap<>();
        if (!outcome.ok()) {
            // Only removals are left and they break what remains: keep serving the old base untouched.
            List<ArtifactProblem> problems = outcome.problems().values().stream().flatMap(List::stream).toList();
            log.error("The rule base without the removed files {} does not compile; the previous base keeps serving: {}",
                    removed, problems);
            pending.keySet().forEach(path -> results.put(path,
                    LoadResult.rejected(rejected.getOrDefault(path, problems))));
            return results;
        }
        CompiledRules built = outcome.rules();
        serving.set(built);
        for (String path : pending.keySet()) {
            results.put(path, rejected.containsKey(path)
                    ? LoadResult.rejected(rejected.get(path))
                    : LoadResult.accepted(version(built.rulesByFile().getOrDefault(path, 0))));
        }
        log.info("Rule base rebuilt: {} rules from {} files", built.rulesByFile().values().stream().mapToInt(i -> i).sum(),
                built.sources().size());
        return results;
    }

    private static String version(int rules) {
        return rules == 1 ? "1 rule" : rules + " rules";
    }

    /** Problems found in other files, re-addressed so the admin sees which edit caused them. */
    private static List<ArtifactProblem> withContext(List<ArtifactProblem> elsewhere, ArtifactSource cause) {
        List<ArtifactProblem> problems = new ArrayList<>();
        for (ArtifactProblem p : elsewhere) {
            boolean compilerFailure = p.file().equals(ArtifactKind.RULE.folder());
            problems.add(new ArtifactProblem(cause.displayName(), null, null, compilerFailure
                    ? p.message() : "With this edit another file no longer compiles: " + p));
        }
        return problems;
    }
}
