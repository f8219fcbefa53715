package id.arus.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.arus.billing.internal.dunning.RuleTrial;
import id.arus.billing.internal.dunning.RuleTrial.Outcome;
import id.arus.billing.internal.dunning.RuleTrial.Sample;
import id.arus.billing.policy.DunningAction;
import id.arus.billing.policy.RuleName;
import id.arus.customer.CustomerCategory;
import id.arus.customer.CustomerDirectory;
import id.arus.shared.InvalidInputException;
import id.arus.shell.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import java.util.NoSuchElementException;

/**
 * Tries the billing rules (rules/billing/late-fees.drl and dunning-policy.drl, as they serve now) on a sample:
 * an invoice picked by number, or facts typed in. Shows which rules fired, with code and reason, and what they
 * decided. Nothing is charged or sent, so analysts can check an edit before an invoice meets it.
 */
@Route(BillingRulesView.ROUTE)
@Menu(title = "menu.billingRules", order = 45, icon = "vaadin:scale")
@RolesAllowed({"ADMIN", "FINANCE"})
public class BillingRulesView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "billing/rules";

    private final transient RuleTrial trial;
    private final FieldErrors errors = new FieldErrors(this);
    private final TextField invoiceNumber = new TextField();
    private final ComboBox<String> category = new ComboBox<>();
    private final TextField planCode = new TextField();
    private final IntegerField daysOverdue = new IntegerField();
    private final IntegerField total = new IntegerField();
    private final IntegerField balance = new IntegerField();
    private final Checkbox customerWaived = new Checkbox();
    private final Checkbox invoiceWaived = new Checkbox();
    private final Grid<RuleName> fired = new Grid<>(RuleName.class, false);
    private final Grid<DunningAction> actions = new Grid<>(DunningAction.class, false);
    private final Paragraph lateFee = new Paragraph();

    public BillingRulesView(RuleTrial trial, CustomerDirectory customers) {
        this.trial = trial;
        setPadding(true);
        invoiceNumber.setLabel(getTranslation("dunning.rules.invoice"));
        invoiceNumber.setPlaceholder("INV-2026-11-000045");
        invoiceNumber.setId("rules-invoice");
        Button load = new Button(getTranslation("dunning.rules.load"), VaadinIcon.DOWNLOAD.create(), e -> load());
        load.setId("rules-load");
        HorizontalLayout pick = new HorizontalLayout(invoiceNumber, load);
        pick.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        pick.setWrap(true);

        category.setLabel(getTranslation("dunning.rules.category"));
        category.setItems(customers.categories().stream().map(CustomerCategory::code).toList());
        category.setAllowCustomValue(true);
        category.addCustomValueSetListener(e -> category.setValue(e.getDetail()));
        category.setValue("residential");
        category.setId("rules-category");
        planCode.setLabel(getTranslation("dunning.rules.plan"));
        planCode.setId("rules-plan");
        daysOverdue.setLabel(getTranslation("dunning.rules.daysOverdue"));
        daysOverdue.setHelperText(getTranslation("dunning.rules.daysOverdue.help"));
        daysOverdue.setValue(7);
        daysOverdue.setId("rules-days");
        total.setLabel(getTranslation("dunning.rules.total"));
        total.setMin(0);
        total.setValue(222_000);
        total.setId("rules-total");
        balance.setLabel(getTranslation("dunning.rules.balance"));
        balance.setMin(0);
        balance.setValue(222_000);
        balance.setId("rules-balance");
        customerWaived.setLabel(getTranslation("dunning.rules.customerWaived"));
        invoiceWaived.setLabel(getTranslation("dunning.rules.invoiceWaived"));
        errors.bind("category", category).bind("total", total).bind("invoiceNumber", invoiceNumber);
        FormLayout facts = new FormLayout(category, planCode, daysOverdue, total, balance, customerWaived, invoiceWaived);

        Button run = new Button(getTranslation("dunning.rules.run"), VaadinIcon.PLAY.create(), e -> run());
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setId("rules-run");

        fired.setId("rules-fired");
        fired.addColumn(RuleName::code).setHeader(getTranslation("dunning.rules.code")).setKey("code").setAutoWidth(true);
        fired.addColumn(RuleName::reason).setHeader(getTranslation("dunning.rules.reason")).setKey("reason").setFlexGrow(1);
        fired.setEmptyStateText(getTranslation("dunning.rules.noneFired"));
        fired.setAllRowsVisible(true);
        actions.setId("rules-actions");
        actions.addColumn(a -> getTranslation("dunning.step." + a.action().name())).setHeader(getTranslation("dunning.rules.action"))
                .setKey("action").setAutoWidth(true);
        actions.addColumn(DunningAction::ruleCode).setHeader(getTranslation("dunning.rules.code")).setKey("code").setAutoWidth(true);
        actions.addColumn(DunningAction::reason).setHeader(getTranslation("dunning.rules.reason")).setKey("reason").setFlexGrow(1);
        actions.setEmptyStateText(getTranslation("dunning.rules.noAction"));
        actions.setAllRowsVisible(true);
        lateFee.setId("rules-late-fee");

        add(new H2(getTranslation("dunning.rules.title")), new Paragraph(getTranslation("dunning.rules.explain")), pick, facts,
                run, new H3(getTranslation("dunning.rules.fired")), fired, new H3(getTranslation("dunning.rules.decisions")),
                lateFee, actions);
    }

    private void load() {
        errors.clear();
        try {
            Sample sample = trial.sampleOf(invoiceNumber.getValue());
            category.setValue(sample.category());
            planCode.setValue(sample.planCode() == null ? "" : sample.planCode());
            daysOverdue.setValue(sample.daysOverdue());
            total.setValue(Math.toIntExact(sample.total()));
            balance.setValue(Math.toIntExact(sample.balance()));
            customerWaived.setValue(sample.customerWaived());
            invoiceWaived.setValue(sample.invoiceWaived());
            run();
        } catch (InvalidInputException e) {
            errors.show(e);
        } catch (NoSuchElementException e) {
            FieldErrors.error(getTranslation("dunning.rules.invoice.unknown", invoiceNumber.getValue()));
        }
    }

    private void run() {
        errors.clear();
        try {
            Outcome outcome = trial.run(new Sample(invoiceNumber.getValue(), category.getValue(), planCode.getValue(),
                    valueOf(daysOverdue), valueOf(balance), valueOf(total), customerWaived.getValue(), invoiceWaived.getValue()));
            fired.setItems(outcome.fired());
            actions.setItems(outcome.dunningActions());
            if (outcome.lateFee() != null) {
                lateFee.setText(getTranslation("dunning.rules.fee", outcome.lateFee().fee().format(),
                        outcome.lateFee().getRuleCode(), outcome.lateFee().getReason()));
            } else if (!outcome.noFeeBecause().isEmpty()) {
                lateFee.setText(getTranslation("dunning.rules.noFee", outcome.noFeeBecause().get(0).getRuleCode(),
                        outcome.noFeeBecause().get(0).getReason()));
            } else {
                lateFee.setText(getTranslation("dunning.rules.noFeeRule"));
            }
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }

    private static int valueOf(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dunning.rules.title");
    }
}
