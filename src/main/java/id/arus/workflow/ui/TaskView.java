package id.arus.workflow.ui;

import id.arus.shell.FieldErrors;
import id.arus.settings.OperatorZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.arus.workflow.InboxTask;
import id.arus.workflow.InvalidTaskFormException;
import id.arus.workflow.TaskDetails;
import id.arus.workflow.TaskFormField;
import id.arus.workflow.TaskHistoryEntry;
import id.arus.workflow.TaskInbox;
import id.arus.workflow.TaskNotAvailableException;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One task on its own page ({@code /inbox/task/<id>}): what it is about, what happened in its process so
 * far, and the form the analyst drew for it. The form is checked by the inbox service, the single
 * place that knows the rules, and its complaints are shown on the fields.
 */
@Route(TaskView.ROUTE)
@RolesAllowed({"ADMIN", "NOC", "FINANCE", "TECHNICIAN", "CS"})
public class TaskView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final String ROUTE = "inbox/task";

    private final transient TaskInbox inbox;
    private final Map<String, HasValue<?, ?>> inputs = new LinkedHashMap<>();
    private String taskId;
    private String title = "";
    private Notification invalid;

    private final transient OperatorZone zone;

    public TaskView(TaskInbox inbox, OperatorZone zone) {
        this.zone = zone;
        this.inbox = inbox;
        addClassName("arus-task");
        setPadding(true);
        setMaxWidth("960px");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        taskId = parameter;
        render();
    }

    private void render() {
        removeAll();
        inputs.clear();
        RouterLink back = new RouterLink(getTranslation("workflow.task.back"), InboxView.class);
        back.setId("back-to-inbox");
        add(back);
        TaskDetails details;
        try {
            details = inbox.task(taskId);
        } catch (TaskNotAvailableException e) {
            title = getTranslation("workflow.task.notFound.title");
            Paragraph gone = new Paragraph(getTranslation("workflow.task.error." + e.reason().name()));
            gone.setId("task-not-available");
            add(new H2(title), gone);
            return;
        }
        InboxTask task = details.task();
        title = task.name();
        H2 heading = new H2(task.name());
        heading.setId("task-name");
        add(heading, facts(task));
        if (details.description() != null && !details.description().isBlank()) {
            add(new Paragraph(details.description()));
        }
        add(form(details), actions(task), history(details));
    }

    private Component facts(InboxTask task) {
        Div facts = new Div();
        facts.addClassName("arus-task-facts");
        facts.add(fact("workflow.task.businessKey", task.businessKey(), "task-business-key"),
                fact("workflow.task.process", task.processName(), "task-process"),
                fact("workflow.task.due", WorkflowFormat.dateTime(task.due(), getLocale(), zone.zone()), "task-due"),
                fact("workflow.task.assignee", task.assignee() == null ? getTranslation("workflow.task.unassigned")
                        : task.assignee(), "task-assignee"));
        return facts;
    }

    private Component fact(String labelKey, String value, String id) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span text = new Span(value == null ? "-" : value);
        text.setId(id);
        return new Div(label, text);
    }

    private Component form(TaskDetails details) {
        FormLayout form = new FormLayout();
        form.setId("task-form");
        // one column on a phone, two from tablet width on
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        for (TaskFormField field : details.form()) {
            Component input = input(field);
            input.setId("field-" + field.id());
            form.add(input);
            if (input instanceof TextArea) {
                form.setColspan(input, 2);
            }
        }
        boolean canAct = !details.task().claimed() || details.task().assignedToMe();
        inputs.values().forEach(i -> i.setReadOnly(i.isReadOnly() || !canAct));
        return form;
    }

    private Component input(TaskFormField field) {
        HasValue<?, ?> input = switch (field.type()) {
            case STRING -> {
                boolean multiline = field.maxLength() == null || field.maxLength() > 255;
                if (multiline) {
                    TextArea area = new TextArea(field.label());
                    area.setWidthFull();
                    if (field.maxLength() != null) {
                        area.setMaxLength(field.maxLength());
                    }
                    area.setValue(field.value() == null ? "" : field.value().toString());
                    yield area;
                }
                TextField text = new TextField(field.label());
                text.setMaxLength(field.maxLength());
                text.setValue(field.value() == null ? "" : field.value().toString());
                yield text;
            }
            case LONG -> {
                IntegerField number = new IntegerField(field.label());
                number.setStepButtonsVisible(true);
                if (field.min() != null) {
                    number.setMin((int) Math.max(Integer.MIN_VALUE, field.min()));
                }
                if (field.max() != null) {
                    number.setMax((int) Math.min(Integer.MAX_VALUE, field.max()));
                }
                if (field.value() instanceof Number n) {
                    number.setValue(n.intValue());
                }
                yield number;
            }
            case BOOLEAN -> {
                Checkbox box = new Checkbox(field.label());
                box.setValue(Boolean.TRUE.equals(field.value()));
                yield box;
            }
            case DATE -> {
                DatePicker date = new DatePicker(field.label());
                date.setLocale(getLocale());
                if (field.value() instanceof LocalDate d) {
                    date.setValue(d);
                }
                yield date;
            }
            case ENUM -> {
                Select<String> select = new Select<>();
                select.setLabel(field.label());
                select.setItems(field.options().keySet());
                select.setItemLabelGenerator(k -> field.options().getOrDefault(k, k));
                if (field.value() != null) {
                    select.setValue(field.value().toString());
                }
                yield select;
            }
        };
        input.setRequiredIndicatorVisible(field.required());
        input.setReadOnly(field.readOnly());
        inputs.put(field.id(), input);
        return (Component) input;
    }

    private Component actions(InboxTask task) {
        FlexLayout actions = new FlexLayout();
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        if (!task.claimed()) {
            Button claim = new Button(getTranslation("workflow.task.claim"), VaadinIcon.HAND.create(),
                    e -> act(() -> inbox.claim(taskId), "workflow.task.claimed"));
            claim.setId("claim");
            actions.add(claim);
        }
        if (task.assignedToMe()) {
            Button unclaim = new Button(getTranslation("workflow.task.unclaim"), VaadinIcon.ARROW_BACKWARD.create(),
                    e -> act(() -> inbox.unclaim(taskId), "workflow.task.unclaimed"));
            unclaim.setId("unclaim");
            actions.add(unclaim);
        }
        if (!task.claimed() || task.assignedToMe()) {
            Button complete = new Button(getTranslation("workflow.task.complete"), VaadinIcon.CHECK.create(), e -> complete());
            complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            complete.setId("complete");
            complete.setDisableOnClick(true);
            actions.add(complete);
        } else {
            actions.add(new Span(getTranslation("workflow.task.claimedBy", task.assignee())));
        }
        return actions;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            FieldErrors.success(getTranslation(doneKey));
        } catch (TaskNotAvailableException e) {
            error(e);
        }
        render();
    }

    private void complete() {
        Map<String, Object> values = new HashMap<>();
        inputs.forEach((id, input) -> {
            if (input instanceof HasValidation v) {
                v.setInvalid(false);
            }
            if (!input.isReadOnly()) {
                values.put(id, input.getValue());
            }
        });
        try {
            inbox.complete(taskId, values);
        } catch (InvalidTaskFormException e) {
            e.errors().forEach((id, constraint) -> {
                if (inputs.get(id) instanceof HasValidation v) {
                    v.setErrorMessage(getTranslation("workflow.form.error." + constraint));
                    v.setInvalid(true);
                }
            });
            invalid = Notification.show(getTranslation("workflow.form.invalid"), 4000, Notification.Position.MIDDLE);
            invalid.addThemeVariants(NotificationVariant.LUMO_ERROR);
            getChildren().filter(c -> c instanceof FlexLayout).flatMap(Component::getChildren)
                    .filter(c -> c instanceof Button).forEach(c -> ((Button) c).setEnabled(true));
            return;
        } catch (TaskNotAvailableException e) {
            error(e);
            render();
            return;
        }
        if (invalid != null) {
            invalid.close(); // the complaint about an earlier attempt must not follow the user to the inbox
        }
        FieldErrors.success(getTranslation("workflow.task.completed"));
        getUI().ifPresent(ui -> ui.navigate(InboxView.class));
    }

    private void error(TaskNotAvailableException e) {
        FieldErrors.error(getTranslation("workflow.task.error." + e.reason().name()));
    }

    private Component history(TaskDetails details) {
        Div section = new Div(new H3(getTranslation("workflow.task.history")));
        OrderedList steps = new OrderedList();
        steps.setId("task-history");
        for (TaskHistoryEntry step : details.history()) {
            String when = WorkflowFormat.dateTime(step.started(), getLocale(), zone.zone())
                    + (step.ended() == null ? " · " + getTranslation("workflow.task.history.open")
                    : " – " + WorkflowFormat.dateTime(step.ended(), getLocale(), zone.zone()));
            String who = step.assignee() == null ? "" : " · " + step.assignee();
            ListItem item = new ListItem(new Span(step.name()), new Span(" (" + when + who + ")"));
            steps.add(item);
        }
        section.add(steps);
        return section;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
