package id.arus.workflow.ui;

import id.arus.settings.OperatorZone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import id.arus.workflow.InboxFilter;
import id.arus.workflow.InboxTask;
import id.arus.workflow.InvalidTaskFormException;
import id.arus.workflow.ProcessOption;
import id.arus.workflow.TaskDetails;
import id.arus.workflow.TaskFormField;
import id.arus.workflow.TaskHistoryEntry;
import id.arus.workflow.TaskInbox;
import id.arus.workflow.TaskNotAvailableException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The task page renders the analyst's form and shows the inbox service's verdict on the fields (Karibu, no browser). */
class TaskViewTest {

    private final FakeInbox inbox = new FakeInbox();

    @BeforeEach
    void vaadin() {
        // registered so the page's links resolve; the views are built by hand with a fake inbox
        MockVaadin.setup(new Routes().autoDiscoverViews("id.arus.workflow.ui"));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void rendersEachFormFieldTypeWithItsConstraints() {
        inbox.details = details(null, false,
                new TaskFormField("summary", "Ringkasan", TaskFormField.Type.STRING, null, true, false, null, null, null, 2000, Map.of()),
                new TaskFormField("openIncidents", "Insiden", TaskFormField.Type.LONG, 3L, true, false, 0L, null, null, null, Map.of()),
                new TaskFormField("escalate", "Eskalasi", TaskFormField.Type.BOOLEAN, true, false, true, null, null, null, null, Map.of()));
        open();

        TextArea summary = _get(TextArea.class, spec -> spec.withId("field-summary"));
        assertThat(summary.isRequiredIndicatorVisible()).isTrue();
        assertThat(summary.getMaxLength()).isEqualTo(2000);
        IntegerField incidents = _get(IntegerField.class, spec -> spec.withId("field-openIncidents"));
        assertThat(incidents.getValue()).isEqualTo(3);
        assertThat(incidents.getMin()).isZero();
        Checkbox escalate = _get(Checkbox.class, spec -> spec.withId("field-escalate"));
        assertThat(escalate.getValue()).isTrue();
        assertThat(escalate.isReadOnly()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("task-business-key")).getText()).isEqualTo("SHIFT-2026-11-30-PAGI");
        assertThat(_find(Button.class, spec -> spec.withId("claim"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("complete"))).hasSize(1);
    }

    @Test
    void showsTheServicesComplaintsOnTheFieldsAndKeepsTheTask() {
        inbox.details = details("wf-noc", true,
                new TaskFormField("summary", "Ringkasan", TaskFormField.Type.STRING, null, true, false, null, null, null, 2000, Map.of()),
                new TaskFormField("openIncidents", "Insiden", TaskFormField.Type.LONG, null, true, false, 0L, null, null, null, Map.of()));
        inbox.refusal = new InvalidTaskFormException(Map.of("summary", "required", "openIncidents", "min"));
        open();
        _get(IntegerField.class, spec -> spec.withId("field-openIncidents")).setValue(-1);

        Button complete = _get(Button.class, spec -> spec.withId("complete"));
        ButtonKt._click(complete);

        assertThat(inbox.completed).singleElement().satisfies(values -> assertThat(values).containsEntry("openIncidents", -1));
        TextArea summary = _get(TextArea.class, spec -> spec.withId("field-summary"));
        assertThat(summary.isInvalid()).isTrue();
        assertThat(summary.getErrorMessage()).contains("workflow.form.error.required");
        assertThat(_get(IntegerField.class, spec -> spec.withId("field-openIncidents")).isInvalid()).isTrue();
        assertThat(complete.isEnabled()).as("can try again").isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("unclaim"))).hasSize(1);
    }

    @Test
    void aTaskHeldBySomeoneElseIsReadOnlyWithoutActions() {
        inbox.details = details("wf-other", false,
                new TaskFormField("summary", "Ringkasan", TaskFormField.Type.STRING, "x", true, false, null, null, null, 2000, Map.of()));
        open();

        assertThat(_get(TextArea.class, spec -> spec.withId("field-summary")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("complete"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("claim"))).isEmpty();
    }

    @Test
    void aTaskThatIsNotTheCallersSaysSoInsteadOfFailing() {
        inbox.details = null;
        open();

        assertThat(_get(Paragraph.class, spec -> spec.withId("task-not-available")).getText())
                .contains("workflow.task.error.NOT_FOUND");
        assertThat(_find(Button.class, spec -> spec.withId("complete"))).isEmpty();
    }

    private void open() {
        TaskView view = new TaskView(inbox, () -> OperatorZone.DEFAULT);
        UI.getCurrent().add(view);
        view.setParameter(null, "task-1");
    }

    private static TaskDetails details(String assignee, boolean mine, TaskFormField... fields) {
        InboxTask task = new InboxTask("task-1", "Tulis catatan serah terima", "ShiftHandoverProcess", "Serah terima shift NOC",
                "SHIFT-2026-11-30-PAGI", Instant.now(), Instant.now().plusSeconds(3600), assignee, 50, mine);
        return new TaskDetails(task, null, List.of(fields),
                List.of(new TaskHistoryEntry("Shift berakhir", "startEvent", Instant.now(), Instant.now(), null)));
    }

    /** Answers with prepared details and records completions; refuses them when told to. */
    private static final class FakeInbox implements TaskInbox {
        TaskDetails details;
        InvalidTaskFormException refusal;
        final List<Map<String, Object>> completed = new ArrayList<>();

        @Override
        public List<InboxTask> tasks(InboxFilter filter, int offset, int limit) {
            return details == null ? List.of() : List.of(details.task());
        }

        @Override
        public long count(InboxFilter filter) {
            return details == null ? 0 : 1;
        }

        @Override
        public List<ProcessOption> processes() {
            return List.of();
        }

        @Override
        public TaskDetails task(String taskId) {
            if (details == null) {
                throw new TaskNotAvailableException(taskId, TaskNotAvailableException.Reason.NOT_FOUND);
            }
            return details;
        }

        @Override
        public void claim(String taskId) {
        }

        @Override
        public void unclaim(String taskId) {
        }

        @Override
        public void complete(String taskId, Map<String, Object> values) {
            completed.add(values);
            if (refusal != null) {
                throw refusal;
            }
        }
    }
}
