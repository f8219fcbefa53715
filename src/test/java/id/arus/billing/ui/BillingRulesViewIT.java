package id.arus.billing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.billing.policy.DunningAction;
import id.arus.billing.policy.RuleName;
import id.arus.network.NetworkTestSupport;
import id.arus.shell.ArusI18n;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** The billing rules screen runs the real rule files on typed facts and shows what fired and what was decided. */
@ArusIT
class BillingRulesViewIT {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void stop() {
        KaribuViews.stop();
        SecurityContextHolder.clearContext();
    }

    @Test
    @SuppressWarnings("unchecked")
    void financeSeesWhichRulesFireForABusinessInvoiceTwentyDaysOverdue() {
        NetworkTestSupport.signIn("billing-rules-finance", "FINANCE");
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(BillingRulesView.class);

        _get(ComboBox.class, spec -> spec.withId("rules-category")).setValue("business");
        _get(IntegerField.class, spec -> spec.withId("rules-days")).setValue(20);
        _get(IntegerField.class, spec -> spec.withId("rules-total")).setValue(3_000_000);
        _get(IntegerField.class, spec -> spec.withId("rules-balance")).setValue(3_000_000);
        _click(_get(Button.class, spec -> spec.withId("rules-run")));

        Grid<RuleName> fired = _get(Grid.class, spec -> spec.withId("rules-fired"));
        assertThat(IntStream.range(0, GridKt._size(fired)).mapToObj(i -> GridKt._get(fired, i).code()))
                .contains("BILL-012", "BILL-020", "BILL-103", "BILL-104", "BILL-106").doesNotContain("BILL-105", "BILL-001");
        assertThat(_get(Paragraph.class, spec -> spec.withId("rules-late-fee")).getText())
                .startsWith("Denda Rp 100.000 (BILL-012");
        Grid<DunningAction> actions = _get(Grid.class, spec -> spec.withId("rules-actions"));
        assertThat(IntStream.range(0, GridKt._size(actions)).mapToObj(i -> GridKt._getFormatted(actions, i, "action")))
                .containsExactly("Kirim pengingat", "Kenakan denda", "Isolir");
    }
}
