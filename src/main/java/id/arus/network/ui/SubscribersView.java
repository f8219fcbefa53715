package id.arus.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.arus.network.DesiredSubscriber;
import id.arus.network.Nas;
import id.arus.network.NasManagement;
import id.arus.network.ReconcileReport;
import id.arus.network.Reconciler;
import id.arus.network.RouterCommandException;
import id.arus.network.SubscriberMoves;
import id.arus.shell.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The subscribers in Arus's desired state per NAS (PPP secrets and hotspot users with their queue and
 * address-list entries), searchable by name. NOC and ADMIN move the selected ones to another NAS after a
 * confirmation; both routers are then reconciled, so the old one drops them (ending their sessions) and
 * the new one gets them. Technicians look.
 */
@Route("network/subscribers")
@Menu(title = "menu.subscribers", order = 32, icon = "vaadin:users")
@RolesAllowed({"ADMIN", "NOC", "TECHNICIAN"})
public class SubscribersView extends VerticalLayout implements HasDynamicTitle {

    private final transient SubscriberMoves moves;
    private final transient Reconciler reconciler;
    private final boolean mayMove;
    private final ComboBox<Nas> nasPicker = new ComboBox<>();
    private final TextField search = new TextField();
    private final Grid<DesiredSubscriber> grid = new Grid<>(DesiredSubscriber.class, false);
    private final Span count = new Span();
    private final Button move = new Button();
    private final Div result = new Div();
    private final transient List<Nas> routers;
    private List<DesiredSubscriber> subscribers = List.of();

    public SubscribersView(SubscriberMoves moves, Reconciler reconciler, NasManagement registry, AuthenticationContext authentication) {
        this.moves = moves;
        this.reconciler = reconciler;
        this.mayMove = authentication.hasAnyRole("ADMIN", "NOC");
        this.routers = registry.list().stream().sorted(Comparator.comparing(Nas::name)).toList();
        setPadding(true);

        nasPicker.setId("subscribers-nas");
        nasPicker.setLabel(getTranslation("subscribers.nas"));
        nasPicker.setItems(routers);
        nasPicker.setItemLabelGenerator(Nas::name);
        nasPicker.addValueChangeListener(e -> load());

        search.setId("subscribers-search");
        search.setLabel(getTranslation("subscribers.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filter());

        move.setText(getTranslation("subscribers.move"));
        move.setIcon(VaadinIcon.EXCHANGE.create());
        move.setId("subscribers-move");
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.setVisible(mayMove);
        move.setEnabled(false);
        move.addClickListener(e -> askTarget());

        FlexLayout filters = new FlexLayout(nasPicker, search, move);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        grid.setId("subscribers-grid");
        grid.addColumn(DesiredSubscriber::name).setHeader(getTranslation("subscribers.name")).setKey("name").setSortable(true).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("desired.kind." + s.kind().name())).setHeader(getTranslation("subscribers.kind")).setKey("kind").setAutoWidth(true);
        grid.addColumn(DesiredSubscriber::profile).setHeader(getTranslation("subscribers.profile")).setKey("profile").setAutoWidth(true);
        grid.addColumn(s -> getTranslation(s.disabled() ? "subscribers.state.disabled" : "subscribers.state.active"))
                .setHeader(getTranslation("subscribers.state")).setKey("state").setAutoWidth(true);
        grid.addColumn(DesiredSubscriber::queue).setHeader(getTranslation("subscribers.queue")).setKey("queue").setAutoWidth(true);
        grid.addColumn(s -> String.join(", ", s.addressLists())).setHeader(getTranslation("subscribers.lists")).setKey("lists").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("subscribers.empty"));
        if (mayMove) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            grid.addSelectionListener(e -> move.setEnabled(!e.getAllSelectedItems().isEmpty()));
        } else {
            grid.setSelectionMode(Grid.SelectionMode.NONE);
        }

        count.setId("subscribers-count");
        result.setId("subscribers-result");
        result.setVisible(false);
        add(new H2(getTranslation("subscribers.title")), filters, result, count, grid);
        if (!routers.isEmpty()) {
            nasPicker.setValue(routers.get(0));
        }
    }

    private void load() {
        Nas nas = nasPicker.getValue();
        subscribers = nas == null ? List.of() : moves.subscribers(nas.id());
        filter();
    }

    private void filter() {
        String needle = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        List<DesiredSubscriber> shown = subscribers.stream()
                .filter(s -> needle.isEmpty() || s.name().toLowerCase(Locale.ROOT).contains(needle)).toList();
        grid.setItems(shown);
        count.setText(getTranslation("subscribers.count", shown.size()));
        move.setEnabled(false);
    }

    /** Asks for the target NAS, then for confirmation naming both routers and the count. */
    private void askTarget() {
        Set<DesiredSubscriber> selected = grid.getSelectedItems();
        Nas from = nasPicker.getValue();
        if (selected.isEmpty() || from == null) {
            FieldErrors.error(getTranslation("subscribers.select"));
            return;
        }
        ComboBox<Nas> target = new ComboBox<>(getTranslation("subscribers.move.target"));
        target.setId("subscribers-move-target");
        target.setItems(routers.stream().filter(n -> n.id() != from.id()).toList());
        target.setItemLabelGenerator(Nas::name);
        target.setWidthFull();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("subscribers-move-dialog");
        dialog.setHeader(getTranslation("subscribers.move.title", selected.size()));
        Paragraph question = new Paragraph();
        question.setId("subscribers-move-question");
        target.addValueChangeListener(e -> question.setText(e.getValue() == null ? ""
                : getTranslation("subscribers.move.confirm", selected.size(), from.name(), e.getValue().name())));
        dialog.add(new VerticalLayout(target, question));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("subscribers.move.cancel"));
        dialog.setConfirmText(getTranslation("subscribers.move.do"));
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(e -> {
            if (target.getValue() == null) {
                FieldErrors.error(getTranslation("subscribers.move.target.required"));
                return;
            }
            doMove(from, target.getValue(), selected.stream().map(DesiredSubscriber::name).toList());
        });
        dialog.open();
    }

    private void doMove(Nas from, Nas to, List<String> names) {
        try {
            moves.move(from.id(), to.id(), names);
        } catch (IllegalArgumentException e) {
            FieldErrors.error(e.getMessage());
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(getTranslation("subscribers.move.done", names.size(), from.name(), to.name()));
        boolean failed = false;
        // The new router first: the subscriber is back online there before the old session is ended.
        for (Nas nas : List.of(to, from)) {
            try {
                ReconcileReport report = reconciler.reconcile(nas.id());
                lines.add(getTranslation("subscribers.move.reconciled", nas.name(), report.added(), report.removed(), report.kicked()));
            } catch (RouterCommandException e) {
                lines.add(getTranslation("subscribers.move.reconcileFailed", nas.name(), e.getMessage()));
                failed = true;
            }
        }
        result.removeAll();
        lines.forEach(line -> result.add(new Paragraph(line)));
        result.getStyle().set("color", failed ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
        result.setVisible(true);
        if (failed) {
            FieldErrors.error(lines.get(lines.size() - 1));
        } else {
            FieldErrors.success(lines.get(0));
        }
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subscribers.title");
    }
}
