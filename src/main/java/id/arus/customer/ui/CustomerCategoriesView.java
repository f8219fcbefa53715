package id.arus.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.arus.customer.CategoryOverview;
import id.arus.customer.CustomerCategories;
import id.arus.shared.InvalidInputException;
import id.arus.shell.FieldErrors;
import jakarta.annotation.security.RolesAllowed;

/** ADMIN keeps the customer categories: add, rename, deactivate, remove the unused. */
@Route("customers/categories")
@Menu(title = "menu.customerCategories", order = 11, icon = "vaadin:tags")
@RolesAllowed("ADMIN")
public class CustomerCategoriesView extends VerticalLayout implements HasDynamicTitle {

    private final transient CustomerCategories categories;
    private final Grid<CategoryOverview> grid = new Grid<>(CategoryOverview.class, false);

    public CustomerCategoriesView(CustomerCategories categories) {
        this.categories = categories;
        TextField code = new TextField(getTranslation("customer.category.code"));
        code.setId("category-code");
        TextField name = new TextField(getTranslation("customer.category.name"));
        name.setId("category-name");
        FieldErrors errors = new FieldErrors(this).bind("code", code).bind("name", name);
        Button add = new Button(getTranslation("customer.category.add"), VaadinIcon.PLUS.create(), e -> {
            try {
                errors.clear();
                categories.add(code.getValue(), name.getValue());
                code.clear();
                name.clear();
                refresh();
            } catch (InvalidInputException problem) {
                errors.show(problem);
            }
        });
        add.setId("category-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(code, name, add);
        form.setAlignItems(Alignment.BASELINE);

        grid.setId("category-grid");
        grid.addColumn(o -> o.category().code()).setHeader(getTranslation("customer.category.code")).setAutoWidth(true);
        grid.addColumn(o -> o.category().name()).setHeader(getTranslation("customer.category.name")).setFlexGrow(2);
        grid.addColumn(o -> getTranslation(o.category().builtIn() ? "customer.category.builtIn" : "customer.category.own"))
                .setHeader(getTranslation("customer.category.kind")).setAutoWidth(true);
        grid.addColumn(o -> getTranslation(o.active() ? "customer.category.active" : "customer.category.inactive"))
                .setHeader(getTranslation("customer.field.status")).setAutoWidth(true);
        grid.addColumn(CategoryOverview::customers).setHeader(getTranslation("customer.category.customers")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        add(new H2(getTranslation("customer.category.title")), form, grid);
        setSizeFull();
        refresh();
    }

    private HorizontalLayout actions(CategoryOverview o) {
        String code = o.category().code();
        Button rename = new Button(getTranslation("customer.category.rename"), e -> rename(o));
        rename.setId("category-rename-" + code);
        Button toggle = new Button(getTranslation(o.active() ? "customer.category.deactivate" : "customer.category.activate"),
                e -> attempt(() -> {
                    if (o.active()) {
                        categories.deactivate(code);
                    } else {
                        categories.activate(code);
                    }
                }));
        toggle.setId("category-toggle-" + code);
        Button remove = new Button(getTranslation("customer.category.remove"), e -> attempt(() -> categories.remove(code)));
        remove.setId("category-remove-" + code);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        boolean builtIn = o.category().builtIn();
        toggle.setVisible(!builtIn);
        remove.setVisible(!builtIn);
        HorizontalLayout buttons = new HorizontalLayout(rename, toggle, remove);
        buttons.getChildren().forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY));
        return buttons;
    }

    private void rename(CategoryOverview o) {
        TextField name = new TextField(getTranslation("customer.category.name"));
        name.setId("category-new-name");
        name.setValue(o.category().name());
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("customer.category.rename"));
        dialog.setText(name);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("customer.cancel"));
        dialog.setConfirmText(getTranslation("customer.save"));
        dialog.addConfirmListener(e -> attempt(() -> categories.rename(o.category().code(), name.getValue())));
        dialog.open();
    }

    private void attempt(Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException problem) {
            FieldErrors.error(getTranslation(problem.fieldErrors().values().iterator().next().get(0)));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(categories.overview());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customer.category.title");
    }
}
