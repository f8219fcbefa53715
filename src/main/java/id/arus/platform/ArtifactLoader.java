package id.arus.platform;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Implemented by the module that turns one kind of analyst file into running behaviour (the process
 * engine, the rule base, the Camel context). The platform reads the folder and calls the loader with
 * what changed; the loader must keep the previous version serving for any file it rejects.
 */
public interface ArtifactLoader {

    ArtifactKind kind();

    /**
     * Applies new or changed files and forgets removed ones, all in one step.
     *
     * @return a result for every path in {@code changed}; a path missing from the map counts as rejected
     */
    Map<String, LoadResult> load(Collection<ArtifactSource> changed, Set<String> removed);
}
