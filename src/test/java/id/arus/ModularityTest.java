package id.arus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module graph stays acyclic and every cross-module reference goes to a module's API. */
class ModularityTest {

    private static final Path DIAGRAMS = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(ArusApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDiagrams() throws IOException {
        new Documenter(modules, DIAGRAMS.toString()).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        try (Stream<Path> files = Files.list(DIAGRAMS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(file, relationsSorted(Files.readAllLines(file)));
            }
        }
    }

    /**
     * The documenter writes a diagram's relations in no fixed order; sorted, a diagram's file changes only
     * when the module graph does.
     */
    private static List<String> relationsSorted(List<String> lines) {
        List<String> sorted = new ArrayList<>(lines.size());
        List<String> relations = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                relations.add(line);
                continue;
            }
            relations.sort(null);
            sorted.addAll(relations);
            relations.clear();
            sorted.add(line);
        }
        relations.sort(null);
        sorted.addAll(relations);
        return sorted;
    }
}
