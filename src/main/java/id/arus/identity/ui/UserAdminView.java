package id.arus.identity.ui;

import id.arus.shell.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.arus.shared.InvalidInputException;
import id.arus.identity.LastAdminException;
import id.arus.identity.NewUser;
import id.arus.identity.UserChanges;
import id.arus.identity.UserManagement;
import id.arus.identity.UserSummary;
import id.arus.shared.Role;
import id.arus.shell.ArusI18n;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** User administration: create, edit, assign roles, deactivate and reactivate. */
@Route("admin/users")
@Menu(title = "menu.admin.users", order = 80, icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class UserAdminView extends Div implements HasDynamicTitle {

    private final transient UserManagement users;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField search = new TextField();

    public UserAdminView(UserManagement users) {
        this.users = users;
        addClassName("arus-users");
        setSizeFull();
        search.setPlaceholder(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), e -> openEditor(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("users-new");

        grid.addColumn(UserSummary::username).setHeader(getTranslation("users.username")).setAutoWidth(true).setSortable(true);
        grid.addColumn(UserSummary::fullName).setHeader(getTranslation("users.fullName")).setAutoWidth(true).setSortable(true);
        grid.addColumn(UserSummary::email).setHeader(getTranslation("users.email"));
        grid.addColumn(u -> u.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles"));
        grid.addColumn(u -> getTranslation(u.active() ? "users.active" : "users.inactive")).setHeader(getTranslation("users.status"));
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        grid.setHeight("70vh");
        grid.setId("users-grid");
        search.setId("users-search");

        HorizontalLayout bar = new HorizontalLayout(search, create);
        bar.setWrap(true);
        add(bar, grid);
        refresh();
    }

    private void refresh() {
        String q = search.getValue().trim().toLowerCase(Locale.ROOT);
        List<UserSummary> all = users.findAll();
        grid.setItems(q.isEmpty() ? all : all.stream().filter(u -> (u.username() + " " + u.fullName() + " " + u.email())
                .toLowerCase(Locale.ROOT).contains(q)).toList());
    }

    /** One dialog for both: {@code existing} null means a new user. */
    private void openEditor(UserSummary existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(existing == null ? getTranslation("users.new") : existing.username());
        TextField username = new TextField(getTranslation("users.username"));
        TextField fullName = new TextField(getTranslation("users.fullName"));
        EmailField email = new EmailField(getTranslation("users.email"));
        TextField phone = new TextField(getTranslation("users.phone"));
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("users.language"));
        language.setItems("id", "en");
        language.setItemLabelGenerator(code -> ArusI18n.forLanguage(code).getDisplayLanguage(ArusI18n.forLanguage(code)));
        language.setValue("id");
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        PasswordField password = new PasswordField(getTranslation("users.initialPassword"));
        username.setId("user-username");
        fullName.setId("user-fullName");
        email.setId("user-email");
        phone.setId("user-phone");
        roles.setId("user-roles");
        password.setId("user-password");
        password.setHelperText(getTranslation("users.initialPassword.help"));
        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            fullName.setValue(existing.fullName());
            email.setValue(existing.email());
            phone.setValue(existing.phone() == null ? "" : existing.phone());
            language.setValue(existing.language());
            roles.setValue(existing.roles());
            password.setVisible(false);
        }
        FieldErrors errors = new FieldErrors(this).bind("username", username).bind("fullName", fullName)
                .bind("email", email).bind("phone", phone).bind("roles", roles).bind("initialPassword", password);
        FormLayout form = new FormLayout(username, fullName, email, phone, language, password, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(roles, 2);
        dialog.add(form);

        Button save = new Button(getTranslation("users.save"), e -> guarded(errors, () -> {
            EnumSet<Role> chosen = roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
            if (existing == null) {
                users.create(new NewUser(username.getValue(), fullName.getValue(), email.getValue(), phone.getValue(),
                        language.getValue(), chosen, password.getValue()));
            } else {
                users.update(existing.username(), new UserChanges(fullName.getValue(), email.getValue(), phone.getValue(),
                        language.getValue(), chosen, null));
            }
            dialog.close();
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("user-save");
        Button cancel = new Button(getTranslation("users.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel);
        if (existing != null) {
            Button toggle = existing.active()
                    ? new Button(getTranslation("users.deactivate"), e -> guarded(errors, () -> {
                        users.deactivate(existing.username());
                        dialog.close();
                    }))
                    : new Button(getTranslation("users.reactivate"), e -> guarded(errors, () -> {
                        users.reactivate(existing.username());
                        dialog.close();
                    }));
            toggle.setId("user-toggle-active");
            if (existing.active()) {
                toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            dialog.getFooter().add(toggle);
        }
        dialog.getFooter().add(save);
        dialog.open();
    }

    private void guarded(FieldErrors errors, Runnable action) {
        try {
            action.run();
            FieldErrors.success(getTranslation("users.saved"));
            refresh();
        } catch (InvalidInputException invalid) {
            errors.show(invalid);
        } catch (LastAdminException lastAdmin) {
            FieldErrors.error(getTranslation("user.lastAdmin"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
