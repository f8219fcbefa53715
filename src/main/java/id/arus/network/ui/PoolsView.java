package id.arus.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.arus.network.IpAssignment;
import id.arus.network.IpPool;
import id.arus.network.IpPools;
import id.arus.network.Nas;
import id.arus.network.NasManagement;
import id.arus.shared.InvalidInputException;
import id.arus.shell.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address pools of one NAS: each pool with its size and how much of it is held, the addresses held
 * in the chosen pool and by whom, and the conflicts (an address used in the desired state by someone other
 * than its holder), which are also marked in red in the assignments. ADMIN and NOC add and remove pools
 * and assign or release addresses by hand; technicians and customer service look.
 */
@Route("network/pools")
@Menu(title = "menu.pools", order = 36, icon = "vaadin:sitemap")
@RolesAllowed({"ADMIN", "NOC", "TECHNICIAN", "CS"})
public class PoolsView extends VerticalLayout implements HasDynamicTitle {

    private final transient IpPools pools;
    private final boolean mayChange;
    private final ComboBox<Nas> nasPicker = new ComboBox<>();
    private final Grid<IpPool> poolGrid = new Grid<>(IpPool.class, false);
    private final Grid<IpAssignment> assignmentGrid = new Grid<>(IpAssignment.class, false);
    private final UnorderedList conflictList = new UnorderedList();
    private final H3 assignmentsTitle = new H3();
    private transient Set<String> conflictAddresses = Set.of();

    public PoolsView(IpPools pools, NasManagement registry, AuthenticationContext authentication) {
        this.pools = pools;
        this.mayChange = authentication.hasAnyRole("ADMIN", "NOC");
        setPadding(true);
        setSizeFull();

        List<Nas> routers = registry.list().stream().sorted(Comparator.comparing(Nas::name)).toList();
        nasPicker.setId("pools-nas");
        nasPicker.setLabel(getTranslation("pools.nas"));
        nasPicker.setItems(routers);
        nasPicker.setItemLabelGenerator(Nas::name);
        nasPicker.setWidth("20em");
        nasPicker.addValueChangeListener(e -> refresh(null));

        poolGrid.setId("pools-grid");
        poolGrid.addColumn(IpPool::name).setHeader(getTranslation("pools.name")).setKey("name").setAutoWidth(true);
        poolGrid.addColumn(IpPool::ranges).setHeader(getTranslation("pools.ranges")).setKey("ranges").setFlexGrow(2);
        poolGrid.addColumn(IpPool::size).setHeader(getTranslation("pools.size")).setKey("size").setAutoWidth(true);
        poolGrid.addColumn(p -> getTranslation("pools.used.value", p.assigned(), percent(p))).setHeader(getTranslation("pools.used"))
                .setKey("used").setAutoWidth(true);
        if (mayChange) {
            poolGrid.addComponentColumn(this::removeButton).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        }
        poolGrid.setAllRowsVisible(true);
        poolGrid.setEmptyStateText(getTranslation("pools.empty"));
        poolGrid.addSelectionListener(e -> showAssignments());

        assignmentGrid.setId("pools-assignments");
        assignmentGrid.addColumn(IpAssignment::address).setHeader(getTranslation("pools.address")).setKey("address").setAutoWidth(true);
        assignmentGrid.addColumn(IpAssignment::owner).setHeader(getTranslation("pools.owner")).setKey("owner").setFlexGrow(2);
        assignmentGrid.addComponentColumn(this::conflictBadge).setHeader(getTranslation("pools.conflict")).setKey("conflict");
        if (mayChange) {
            assignmentGrid.addComponentColumn(this::releaseButton).setKey("release").setAutoWidth(true).setFlexGrow(0);
        }
        assignmentGrid.setClassNameGenerator(a -> conflictAddresses.contains(a.address()) ? "arus-conflict" : null);
        assignmentGrid.setEmptyStateText(getTranslation("pools.assignments.empty"));
        assignmentGrid.setHeight("18em");

        conflictList.setId("pools-conflicts");
        add(new H2(getTranslation("pools.title")), nasPicker, poolGrid);
        if (mayChange) {
            add(newPoolForm());
        }
        add(new H3(getTranslation("pools.conflicts")), conflictList, assignmentsTitle, assignmentGrid);
        if (mayChange) {
            add(assignForm());
        }
        if (!routers.isEmpty()) {
            nasPicker.setValue(routers.get(0));
        }
    }

    private HorizontalLayout newPoolForm() {
        TextField name = new TextField(getTranslation("pools.name"));
        name.setId("pools-new-name");
        TextField ranges = new TextField(getTranslation("pools.ranges"));
        ranges.setId("pools-new-ranges");
        ranges.setPlaceholder("10.20.0.0/24");
        ranges.setHelperText(getTranslation("pools.ranges.help"));
        ranges.setWidth("22em");
        FieldErrors errors = new FieldErrors(this).bind("name", name).bind("ranges", ranges);
        Button add = new Button(getTranslation("pools.add"), VaadinIcon.PLUS.create(), e -> {
            Nas nas = nasPicker.getValue();
            if (nas == null) {
                return;
            }
            try {
                IpPool created = pools.createPool(nas.id(), name.getValue(), ranges.getValue());
                errors.clear();
                name.clear();
                ranges.clear();
                Notification.show(getTranslation("pools.added", created.name(), created.size()));
                refresh(created.id());
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        add.setId("pools-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, ranges, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private HorizontalLayout assignForm() {
        TextField owner = new TextField(getTranslation("pools.owner"));
        owner.setId("pools-assign-owner");
        owner.setPlaceholder("SUB-2026-000123");
        TextField address = new TextField(getTranslation("pools.address"));
        address.setId("pools-assign-address");
        address.setHelperText(getTranslation("pools.address.help"));
        FieldErrors errors = new FieldErrors(this).bind("owner", owner).bind("address", address);
        Button assign = new Button(getTranslation("pools.assign"), VaadinIcon.PLUS_CIRCLE.create(), e -> {
            Nas nas = nasPicker.getValue();
            if (nas == null) {
                return;
            }
            try {
                IpAssignment given = pools.assign(nas.id(), owner.getValue(), address.getValue());
                errors.clear();
                owner.clear();
                address.clear();
                Notification.show(getTranslation("pools.assigned", given.address(), given.owner()));
                refresh(given.poolId());
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        assign.setId("pools-assign");
        HorizontalLayout form = new HorizontalLayout(owner, address, assign);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    /** Reloads the NAS's pools and conflicts, keeping (or choosing) the pool whose addresses are shown. */
    private void refresh(Long selectPool) {
        Nas nas = nasPicker.getValue();
        Long keep = selectPool != null ? selectPool : poolGrid.asSingleSelect().getValue() == null ? null : poolGrid.asSingleSelect().getValue().id();
        List<IpPool> list = nas == null ? List.of() : pools.pools(nas.id());
        poolGrid.setItems(list);
        List<String> conflicts = nas == null ? List.of() : pools.conflicts(nas.id());
        conflictAddresses = conflicts.stream().map(c -> c.substring(0, c.indexOf(':'))).collect(Collectors.toSet());
        conflictList.removeAll();
        if (conflicts.isEmpty()) {
            conflictList.add(new ListItem(getTranslation("pools.conflicts.none")));
        }
        for (String conflict : conflicts) {
            ListItem item = new ListItem(conflict);
            item.getStyle().set("color", "var(--lumo-error-text-color)");
            conflictList.add(item);
        }
        list.stream().filter(p -> keep == null || p.id() == keep).findFirst().ifPresentOrElse(poolGrid::select, poolGrid::deselectAll);
        showAssignments();
    }

    private void showAssignments() {
        IpPool pool = poolGrid.asSingleSelect().getValue();
        assignmentsTitle.setText(pool == null ? getTranslation("pools.assignments") : getTranslation("pools.assignments.of", pool.name()));
        assignmentGrid.setItems(pool == null ? List.of() : pools.assignments(pool.id()));
    }

    private Span conflictBadge(IpAssignment assignment) {
        Span badge = new Span(conflictAddresses.contains(assignment.address()) ? getTranslation("pools.conflict.yes") : "");
        if (!badge.getText().isEmpty()) {
            badge.getElement().getThemeList().add("badge error");
        }
        return badge;
    }

    private Button removeButton(IpPool pool) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            try {
                pools.removePool(pool.id());
                Notification.show(getTranslation("pools.removed", pool.name()));
                refresh(null);
            } catch (InvalidInputException ex) {
                new FieldErrors(this).show(ex);
            }
        });
        remove.setId("pools-remove-" + pool.id());
        remove.setTooltipText(getTranslation("pools.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return remove;
    }

    private Button releaseButton(IpAssignment assignment) {
        Button release = new Button(getTranslation("pools.release"), e -> {
            pools.release(assignment.nasId(), assignment.owner());
            Notification.show(getTranslation("pools.released", assignment.address(), assignment.owner()));
            refresh(assignment.poolId());
        });
        release.setId("pools-release-" + assignment.address());
        release.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return release;
    }

    private static long percent(IpPool pool) {
        return Math.round(100.0 * pool.assigned() / pool.size());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pools.title");
    }
}
