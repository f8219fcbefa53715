package id.arus.workflow.ui;

import id.arus.shared.Role;
import id.arus.shell.MenuBadge;
import id.arus.workflow.InboxFilter;
import id.arus.workflow.TaskInbox;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;

/** The number of tasks waiting in the signed-in staff member's inbox, beside its menu entry. */
@Component
class InboxMenuBadge implements MenuBadge {

    private final TaskInbox inbox;

    InboxMenuBadge(TaskInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public String path() {
        return InboxView.ROUTE;
    }

    @Override
    public OptionalInt count() {
        if (!Role.callerIsStaff()) {
            return OptionalInt.empty();
        }
        long count = inbox.count(InboxFilter.all());
        return count == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.min(count, Integer.MAX_VALUE));
    }
}
