/**
 * The application shell of the staff app: page shell (theme, push), the main layout with its
 * role-filtered menu, and the bridge from Spring's messages to Vaadin's translations. It knows no
 * module: views declare their menu entry with {@code @Menu} (title = a message key) and modules add
 * counts to menu entries through {@link id.arus.shell.MenuBadge}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package id.arus.shell;
