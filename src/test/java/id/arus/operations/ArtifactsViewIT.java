package id.arus.operations;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.shell.ArusI18n;
import org.springframework.security.test.context.support.WithMockUser;
import id.arus.TestInfrastructure;
import id.arus.operations.ui.ArtifactsView;
import id.arus.platform.AnalystArtifacts;
import id.arus.platform.ArtifactStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@ArusIT
@WithMockUser(username = "admin", roles = "ADMIN")
class ArtifactsViewIT {

    private static final Path BROKEN = TestInfrastructure.ARTIFACTS.resolve("rules/test/broken.drl");

    @Autowired
    ApplicationContext context;
    @Autowired
    AnalystArtifacts artifacts;

    @BeforeEach
    void signInAsAdmin() {
        KaribuViews.start(context, ArusI18n.INDONESIAN);
    }

    @AfterEach
    void tearDown() throws Exception {
        KaribuViews.stop();
        Files.deleteIfExists(BROKEN);
        artifacts.rescan();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ArtifactStatus> grid(String folder) {
        return _get(Grid.class, spec -> spec.withId("artifacts-" + folder));
    }

    private static List<String> paths(Grid<ArtifactStatus> grid) {
        List<String> paths = new ArrayList<>();
        IntStream.range(0, _size(grid)).forEach(i -> paths.add(_get(grid, i).path()));
        return paths;
    }

    @Test
    void listsTheRulesAndRoutesWithTheirVersion() {
        KaribuViews.show(ArtifactsView.class);

        Grid<ArtifactStatus> rules = grid("rules");
        assertThat(paths(rules)).contains("operations/component-health.drl");
        int row = paths(rules).indexOf("operations/component-health.drl");
        assertThat(_getFormatted(rules, row, "version")).isEqualTo("7 rules");
        assertThat(_getFormatted(rules, row, "origin")).isEqualTo("Folder");
        assertThat(_getFormatted(rules, row, "checksum")).hasSize(12);

        Grid<ArtifactStatus> routes = grid("routes");
        int route = paths(routes).indexOf("platform/integration-events.camel.yaml");
        assertThat(route).isNotNegative();
        assertThat(_getFormatted(routes, route, "version")).contains("platform-publish-integration-event");
        assertThat(grid("processes")).isNotNull();
    }

    @Test
    void rescanShowsTheLastErrorOfABrokenFile() throws Exception {
        KaribuViews.show(ArtifactsView.class);
        Files.createDirectories(BROKEN.getParent());
        Files.writeString(BROKEN, """
                package id.arus.test;

                rule "TEST-900 Broken"
                when
                    $x : NoSuchType( )
                then
                end
                """);

        _click(_get(Button.class, spec -> spec.withId("rescan")));

        Grid<ArtifactStatus> rules = grid("rules");
        int row = paths(rules).indexOf("test/broken.drl");
        assertThat(row).isNotNegative();
        assertThat(_get(rules, row).state()).isEqualTo(ArtifactStatus.State.REJECTED);
        assertThat(_getFormatted(rules, row, "lastError")).startsWith("rules/test/broken.drl:5").contains("NoSuchType");
    }
}
