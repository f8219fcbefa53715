package id.arus.billing.internal.dunning;

import id.arus.billing.internal.dunning.DunningCases.DunningCase;
import id.arus.shared.SystemIdentity;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The reminder the policy decided (rule code in {@code remindRule}); a refusing mail or message gateway fails the job. */
@Component("sendDunningReminderDelegate")
class SendDunningReminderDelegate implements JavaDelegate {

    private final DunningCases cases;
    private final DunningMessages messages;
    private final DunningCalendar calendar;

    SendDunningReminderDelegate(DunningCases cases, DunningMessages messages, DunningCalendar calendar) {
        this.cases = cases;
        this.messages = messages;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DunningCase dunning = cases.of(execution.getProcessBusinessKey());
        String rule = (String) execution.getVariable(DunningVariables.REMIND_RULE);
        int daysFromDue = calendar.daysFromDue(dunning.invoice().dueDate());
        SystemIdentity.run("dunning", () -> messages.remind(dunning.invoice(), dunning.customer(), rule, daysFromDue));
    }
}
