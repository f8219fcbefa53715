package id.arus.platform;

import java.util.List;

/**
 * What a loader did with one file.
 *
 * @param version a human-readable version of what now serves (a process definition version, a rule
 *                count, a route list); null when rejected
 */
public record LoadResult(boolean accepted, String version, List<ArtifactProblem> problems) {

    public static LoadResult accepted(String version) {
        return new LoadResult(true, version, List.of());
    }

    public static LoadResult rejected(List<ArtifactProblem> problems) {
        return new LoadResult(false, null, List.copyOf(problems));
    }

    public static LoadResult rejected(ArtifactProblem problem) {
        return rejected(List.of(problem));
    }
}
