package id.arus.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.network.NetworkTestSupport;
import id.arus.shell.ArusI18n;
import id.arus.workflow.FlakyStepTesting;
import id.arus.workflow.ProcessIncident;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** The process incidents screen: NOC sees the failed step by its drawn names, with a count in the menu, and retries it. */
@ArusIT
class ProcessIncidentsViewIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;

    @AfterEach
    void stop() {
        KaribuViews.stop();
        SecurityContextHolder.clearContext();
    }

    @Test
    void nocRetriesAFailedStepFromTheScreen() throws InterruptedException {
        String businessKey = "SUB-VIEW-" + UUID.randomUUID();
        FlakyStepTesting.failingProcess(repository, runtime, businessKey);
        NetworkTestSupport.signIn("process-incidents-noc", "NOC");
        FlakyStepTesting.awaitIncident(context, businessKey);

        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(ProcessIncidentsView.class);
        Grid<ProcessIncident> grid = grid();
        int row = IntStream.range(0, GridKt._size(grid)).filter(i -> businessKey.equals(GridKt._get(grid, i).businessKey()))
                .findFirst().orElseThrow();
        assertThat(GridKt._getFormatted(grid, row, "process")).isEqualTo("Langkah yang gagal (uji)");
        assertThat(GridKt._getFormatted(grid, row, "activity")).isEqualTo("Panggil router");
        assertThat(GridKt._getFormatted(grid, row, "message")).contains("did not answer");
        assertThat(_find(SideNavItem.class).stream().filter(item -> "Insiden proses".equals(item.getLabel())))
                .singleElement().satisfies(item -> assertThat(item.getSuffixComponent().getElement().getText()).matches("[1-9][0-9]*"));

        FlakyStepTesting.repair(businessKey);
        String id = GridKt._get(grid, row).id();
        Button retry = (Button) GridKt._getCellComponent(grid, row, "retry");
        assertThat(retry.getId()).contains("retry-" + id);
        _click(retry);
        assertThat(IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)))
                .noneMatch(i -> i.id().equals(id));
        NetworkTestSupport.await("the retried step to run", Duration.ofSeconds(60), () -> FlakyStepTesting.ran(businessKey));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ProcessIncident> grid() {
        return _get(Grid.class, spec -> spec.withId("process-incidents-grid"));
    }
}
