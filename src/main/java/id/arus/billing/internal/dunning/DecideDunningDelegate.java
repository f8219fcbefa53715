package id.arus.billing.internal.dunning;

import static id.arus.billing.internal.dunning.DunningVariables.*;

import id.arus.billing.internal.dunning.DunningCases.DunningCase;
import id.arus.billing.policy.DunningAction;
import id.arus.billing.policy.DunningFacts;
import id.arus.billing.policy.DunningStep;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks the dunning policy what is due today for the invoice (business key), notes the steps for the process'
 * gateways, counts them as done (so no rule acts twice, even when a step is retried) and sets the next
 * decision day. A paid or void invoice ends the loop.
 */
@Component("decideDunningDelegate")
class DecideDunningDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(DecideDunningDelegate.class);

    private final DunningCases cases;
    private final DunningPolicy policy;
    private final DunningCalendar calendar;
    private final DunningSettings settings;

    DecideDunningDelegate(DunningCases cases, DunningPolicy policy, DunningCalendar calendar, DunningSettings settings) {
        this.cases = cases;
        this.policy = policy;
        this.calendar = calendar;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DunningCase dunning = cases.of(execution.getProcessBusinessKey());
        boolean owed = dunning.invoice().status().open();
        execution.setVariable(OWED, owed);
        execution.setVariable(REMIND_RULE, null);
        execution.setVariable(LATE_FEE_RULE, null);
        execution.setVariable(SUSPEND_RULE, null);
        execution.setVariable(TERMINATE_RULE, null);
        if (!owed) {
            return;
        }
        Set<String> doneRules = split((String) execution.getVariable(DONE_RULES));
        Set<DunningStep> doneSteps = split((String) execution.getVariable(DONE_STEPS)).stream().map(DunningStep::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        int day = calendar.daysFromDue(dunning.invoice().dueDate());
        DunningFacts facts = new DunningFacts(dunning.invoice().number(), dunning.customer().category(), day, doneRules, doneSteps);
        List<DunningAction> actions = policy.decide(facts);
        for (DunningAction action : actions) {
            execution.setVariable(variableOf(action.action()), action.ruleCode());
            doneRules.add(action.ruleCode());
            doneSteps.add(action.action());
        }
        execution.setVariable(DONE_RULES, String.join(",", doneRules));
        execution.setVariable(DONE_STEPS, doneSteps.stream().map(Enum::name).collect(Collectors.joining(",")));
        OptionalInt next = policy.nextDecisionDay(new DunningFacts(facts.getInvoiceNumber(), facts.getCategory(), day,
                doneRules, doneSteps));
        int nextDay = next.isPresent() ? next.getAsInt() : day + settings.recheckDays();
        execution.setVariable(NEXT_DECISION_AT, calendar.startOf(dunning.invoice().dueDate().plusDays(nextDay)));
        log.info("Dunning {} day {}: {}; next decision on day {}", facts.getInvoiceNumber(), day,
                actions.isEmpty() ? "nothing due" : actions.stream().map(DunningAction::ruleCode).toList(), nextDay);
    }

    private static String variableOf(DunningStep step) {
        return switch (step) {
            case REMIND -> REMIND_RULE;
            case APPLY_LATE_FEE -> LATE_FEE_RULE;
            case SUSPEND -> SUSPEND_RULE;
            case TERMINATE -> TERMINATE_RULE;
        };
    }

    private static Set<String> split(String list) {
        Set<String> items = new LinkedHashSet<>();
        if (list != null && !list.isBlank()) {
            items.addAll(Arrays.asList(list.split(",")));
        }
        return items;
    }
}
