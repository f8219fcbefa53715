package id.arus.platform;

import java.util.List;

/** The three kinds of files analysts edit without a build, each in its own top-level folder. */
public enum ArtifactKind {
    PROCESS("processes", List.of(".bpmn", ".bpmn20.xml")),
    RULE("rules", List.of(".drl")),
    ROUTE("routes", List.of(".camel.yaml", ".yaml", ".yml"));

    private final String folder;
    private final List<String> extensions;

    ArtifactKind(String folder, List<String> extensions) {
        this.folder = folder;
        this.extensions = extensions;
    }

    public String folder() {
        return folder;
    }

    public boolean accepts(String fileName) {
        return extensions.stream().anyMatch(fileName::endsWith);
    }
}
