package id.arus.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.arus.catalog.BillingCycle;
import id.arus.catalog.Burst;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.catalog.PlanForm;
import id.arus.catalog.PlanStatus;
import id.arus.catalog.PlanType;
import id.arus.catalog.RateLimits;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Money;
import id.arus.shell.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;

/**
 * The plan catalogue: every plan in its current version, with its RouterOS rate limit. ADMIN and FINANCE
 * create, change (a change of terms makes a new version, applied to existing subscriptions only when they
 * tick the box), archive, restore and clone; NOC and CS read.
 */
@Route(PlansView.ROUTE)
@Menu(title = "menu.plans", order = 20, icon = "vaadin:package")
@RolesAllowed({"ADMIN", "FINANCE", "NOC", "CS"})
public class PlansView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "plans";

    private final transient PlanCatalog catalog;
    private final boolean mayChange;
    private final Checkbox showArchived = new Checkbox();
    private final Grid<Plan> grid = new Grid<>(Plan.class, false);

    public PlansView(PlanCatalog catalog, AuthenticationContext authentication) {
        this.catalog = catalog;
        this.mayChange = authentication.hasAnyRole("ADMIN", "FINANCE");
        setPadding(true);

        Button create = new Button(getTranslation("catalog.plans.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        create.setId("plans-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clone = new Button(getTranslation("catalog.plans.clone"), VaadinIcon.COPY.create(), e -> cloneDialog());
        clone.setId("plans-clone");
        create.setVisible(mayChange);
        clone.setVisible(mayChange);
        FlexLayout header = new FlexLayout(new H2(getTranslation("catalog.plans.title")), new FlexLayout(clone, create));
        header.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setWidthFull();

        showArchived.setLabel(getTranslation("catalog.plans.showArchived"));
        showArchived.setId("plans-show-archived");
        showArchived.addValueChangeListener(e -> refresh());

        grid.setId("plans-grid");
        grid.addColumn(Plan::code).setHeader(getTranslation("catalog.plan.code")).setKey("code").setAutoWidth(true).setFrozen(true);
        grid.addColumn(Plan::name).setHeader(getTranslation("catalog.plan.name")).setKey("name").setAutoWidth(true);
        grid.addColumn(p -> getTranslation("catalog.type." + p.type().name())).setHeader(getTranslation("catalog.plan.type"))
                .setKey("type").setAutoWidth(true);
        grid.addColumn(p -> RateLimits.speed(p.downloadKbps()) + " / " + RateLimits.speed(p.uploadKbps())
                        + (p.burst() != null && p.burst().burstDownKbps() != null ? " ⚡" : ""))
                .setHeader(getTranslation("catalog.plan.speed")).setKey("speed").setAutoWidth(true);
        grid.addColumn(p -> p.price().format() + " " + getTranslation(p.taxInclusive() ? "catalog.plan.inclTax" : "catalog.plan.exclTax"))
                .setHeader(getTranslation("catalog.plan.price")).setKey("price").setAutoWidth(true);
        grid.addColumn(p -> getTranslation("catalog.cycle." + p.cycle().name()) + ", "
                        + getTranslation(p.prepaid() ? "catalog.plan.prepaid" : "catalog.plan.postpaid"))
                .setHeader(getTranslation("catalog.plan.cycle")).setKey("cycle").setAutoWidth(true);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("catalog.plan.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(Plan::version).setHeader(getTranslation("catalog.plan.version")).setKey("version").setAutoWidth(true);
        grid.addColumn(Plan::rateLimit).setHeader(getTranslation("catalog.plan.rateLimit")).setKey("rateLimit").setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("catalog.plans.empty"));
        if (mayChange) {
            grid.addItemClickListener(e -> edit(e.getItem()));
        }
        add(header, showArchived, grid);
        refresh();
    }

    private Span statusBadge(Plan plan) {
        String key = plan.template() ? "catalog.plan.template" : "catalog.status." + plan.status().name();
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(plan.status() == PlanStatus.ARCHIVED ? "badge contrast"
                : plan.template() ? "badge" : "badge success");
        return badge;
    }

    void refresh() {
        grid.setItems(catalog.list(showArchived.getValue()));
    }

    /** Opens the form for a new plan (existing null) or to change one. */
    void edit(Plan existing) {
        Dialog dialog = new Dialog(existing == null ? getTranslation("catalog.plans.new")
                : getTranslation("catalog.plans.edit", existing.code(), existing.version()));
        dialog.setId("plan-dialog");
        TextField code = new TextField(getTranslation("catalog.plan.code"));
        code.setId("plan-code");
        code.setHelperText(getTranslation("catalog.plan.code.help"));
        TextField name = new TextField(getTranslation("catalog.plan.name"));
        name.setId("plan-name");
        Select<PlanType> type = new Select<>();
        type.setLabel(getTranslation("catalog.plan.type"));
        type.setId("plan-type");
        type.setItems(PlanType.values());
        type.setItemLabelGenerator(t -> getTranslation("catalog.type." + t.name()));
        type.setValue(PlanType.PPPOE);
        IntegerField download = kbps("catalog.plan.download", "plan-download");
        IntegerField upload = kbps("catalog.plan.upload", "plan-upload");
        IntegerField price = rupiah("catalog.plan.price", "plan-price");
        Checkbox taxInclusive = new Checkbox(getTranslation("catalog.plan.taxInclusive"));
        taxInclusive.setId("plan-tax-inclusive");
        Select<BillingCycle> cycle = new Select<>();
        cycle.setLabel(getTranslation("catalog.plan.cycle"));
        cycle.setId("plan-cycle");
        cycle.setItems(BillingCycle.values());
        cycle.setItemLabelGenerator(c -> getTranslation("catalog.cycle." + c.name()));
        cycle.setValue(BillingCycle.MONTHLY);
        Checkbox prepaid = new Checkbox(getTranslation("catalog.plan.prepaid"));
        prepaid.setId("plan-prepaid");
        IntegerField installationFee = rupiah("catalog.plan.installationFee", "plan-installation-fee");
        Checkbox template = new Checkbox(getTranslation("catalog.plan.template"));
        template.setId("plan-template");

        IntegerField limitAtDown = kbps("catalog.burst.limitAtDown", "plan-limit-at-down");
        IntegerField limitAtUp = kbps("catalog.burst.limitAtUp", "plan-limit-at-up");
        IntegerField burstDown = kbps("catalog.burst.burstDown", "plan-burst-down");
        IntegerField burstUp = kbps("catalog.burst.burstUp", "plan-burst-up");
        IntegerField thresholdDown = kbps("catalog.burst.thresholdDown", "plan-threshold-down");
        IntegerField thresholdUp = kbps("catalog.burst.thresholdUp", "plan-threshold-up");
        IntegerField burstTime = new IntegerField(getTranslation("catalog.burst.time"));
        burstTime.setId("plan-burst-time");
        burstTime.setMin(1);
        burstTime.setMax(3600);
        FormLayout burstForm = new FormLayout(limitAtDown, limitAtUp, burstDown, burstUp, thresholdDown, thresholdUp, burstTime);
        burstForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        Details burstSection = new Details(getTranslation("catalog.burst.title"),
                new VerticalLayout(new Paragraph(getTranslation("catalog.burst.help")), burstForm));
        burstSection.setId("plan-burst");

        Checkbox applyToExisting = new Checkbox(getTranslation("catalog.plan.applyToExisting"));
        applyToExisting.setId("plan-apply-to-existing");
        applyToExisting.setHelperText(getTranslation("catalog.plan.applyToExisting.help"));
        applyToExisting.setVisible(existing != null);

        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            name.setValue(existing.name());
            type.setValue(existing.type());
            download.setValue(Math.toIntExact(existing.downloadKbps()));
            upload.setValue(Math.toIntExact(existing.uploadKbps()));
            price.setValue(Math.toIntExact(existing.price().rupiah()));
            taxInclusive.setValue(existing.taxInclusive());
            cycle.setValue(existing.cycle());
            prepaid.setValue(existing.prepaid());
            installationFee.setValue(Math.toIntExact(existing.installationFee().rupiah()));
            template.setValue(existing.template());
            Burst b = existing.burst();
            if (b != null) {
                setKbps(limitAtDown, b.limitAtDownKbps());
                setKbps(limitAtUp, b.limitAtUpKbps());
                setKbps(burstDown, b.burstDownKbps());
                setKbps(burstUp, b.burstUpKbps());
                setKbps(thresholdDown, b.thresholdDownKbps());
                setKbps(thresholdUp, b.thresholdUpKbps());
                burstTime.setValue(b.burstTimeSeconds());
                burstSection.setOpened(true);
            }
        }

        FieldErrors errors = new FieldErrors(this).bind("code", code).bind("name", name).bind("type", type)
                .bind("downloadKbps", download).bind("uploadKbps", upload).bind("price", price).bind("cycle", cycle)
                .bind("installationFee", installationFee)
                .bind("burst.limitAtDownKbps", limitAtDown).bind("burst.limitAtUpKbps", limitAtUp)
                .bind("burst.burstDownKbps", burstDown).bind("burst.burstUpKbps", burstUp)
                .bind("burst.thresholdDownKbps", thresholdDown).bind("burst.thresholdUpKbps", thresholdUp)
                .bind("burst.burstTimeSeconds", burstTime);
        FormLayout form = new FormLayout(code, name, type, cycle, download, upload, price, installationFee, taxInclusive, prepaid,
                template);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        dialog.add(form, burstSection, applyToExisting);

        Button save = new Button(getTranslation("catalog.plans.save"), e -> {
            PlanForm input = new PlanForm(code.getValue(), name.getValue(), type.getValue(), orZero(download), orZero(upload),
                    new Burst(nullable(limitAtDown), nullable(limitAtUp), nullable(burstDown), nullable(burstUp),
                            nullable(thresholdDown), nullable(thresholdUp), burstTime.getValue()),
                    price.getValue() == null ? null : Money.idr(price.getValue()), taxInclusive.getValue(), cycle.getValue(),
                    prepaid.getValue(), installationFee.getValue() == null ? Money.ZERO : Money.idr(installationFee.getValue()),
                    template.getValue());
            try {
                Plan saved = existing == null ? catalog.create(input) : catalog.update(existing.id(), input, applyToExisting.getValue());
                dialog.close();
                boolean revised = existing != null && saved.version() > existing.version();
                FieldErrors.success(revised ? getTranslation("catalog.plans.revised", saved.code(), saved.version())
                        : getTranslation("catalog.plans.saved", saved.code()));
                refresh();
            } catch (InvalidInputException invalid) {
                if (invalid.fieldErrors().keySet().stream().anyMatch(f -> f.startsWith("burst."))) {
                    burstSection.setOpened(true);
                }
                errors.show(invalid);
            }
        });
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("catalog.plans.cancel"), e -> dialog.close()));
        if (existing != null) {
            boolean archived = existing.status() == PlanStatus.ARCHIVED;
            Button status = new Button(getTranslation(archived ? "catalog.plans.restore" : "catalog.plans.archive"), e -> {
                Plan changed = archived ? catalog.restore(existing.id()) : catalog.archive(existing.id());
                dialog.close();
                FieldErrors.success(getTranslation("catalog.plans.statusChanged", changed.code(),
                        getTranslation("catalog.status." + changed.status().name())));
                refresh();
            });
            status.setId("plan-archive");
            status.addThemeVariants(archived ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_ERROR);
            dialog.getFooter().add(status);
        }
        dialog.getFooter().add(save);
        dialog.open();
    }

    /** A new plan from another one, templates offered first. */
    void cloneDialog() {
        Dialog dialog = new Dialog(getTranslation("catalog.plans.clone"));
        dialog.setId("plan-clone-dialog");
        ComboBox<Plan> source = new ComboBox<>(getTranslation("catalog.clone.source"));
        source.setId("plan-clone-source");
        List<Plan> sources = catalog.list(false).stream()
                .sorted(Comparator.comparing((Plan p) -> !p.template()).thenComparing(Plan::code)).toList();
        source.setItems(sources);
        source.setItemLabelGenerator(p -> p.code() + " — " + p.name() + (p.template() ? " (" + getTranslation("catalog.plan.template") + ")" : ""));
        sources.stream().filter(Plan::template).findFirst().ifPresent(source::setValue);
        TextField code = new TextField(getTranslation("catalog.plan.code"));
        code.setId("plan-clone-code");
        TextField name = new TextField(getTranslation("catalog.plan.name"));
        name.setId("plan-clone-name");
        FieldErrors errors = new FieldErrors(this).bind("code", code).bind("name", name);
        dialog.add(new FormLayout(source, code, name));
        Button save = new Button(getTranslation("catalog.plans.clone"), e -> {
            if (source.getValue() == null) {
                source.setErrorMessage(getTranslation("catalog.clone.sourceRequired"));
                source.setInvalid(true);
                return;
            }
            try {
                Plan created = catalog.cloneFrom(source.getValue().id(), code.getValue(), name.getValue());
                dialog.close();
                FieldErrors.success(getTranslation("catalog.plans.saved", created.code()));
                refresh();
                edit(created);
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        save.setId("plan-clone-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("catalog.plans.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private IntegerField kbps(String label, String id) {
        IntegerField field = new IntegerField(getTranslation(label));
        field.setId(id);
        field.setSuffixComponent(new Span("kbps"));
        return field;
    }

    private IntegerField rupiah(String label, String id) {
        IntegerField field = new IntegerField(getTranslation(label));
        field.setId(id);
        field.setPrefixComponent(new Span("Rp"));
        field.setMin(0);
        return field;
    }

    private static void setKbps(IntegerField field, Long kbps) {
        field.setValue(kbps == null ? null : Math.toIntExact(kbps));
    }

    private static long orZero(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private static Long nullable(IntegerField field) {
        return field.getValue() == null ? null : field.getValue().longValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.plans.title");
    }
}
