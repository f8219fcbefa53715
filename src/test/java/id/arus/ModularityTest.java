package id.arus;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module graph stays acyclic and every cross-module reference goes to a module's API. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(ArusApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDiagrams() {
        new Documenter(modules, "docs/modules").writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
