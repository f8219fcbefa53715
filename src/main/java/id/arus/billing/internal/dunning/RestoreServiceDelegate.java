package id.arus.billing.internal.dunning;

import id.arus.billing.Invoice;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After payment (or void) of the invoice: service comes back if the subscription is isolated for non-payment
 * (whoever isolated it) and no other overdue invoice holds it; otherwise nothing changes.
 */
@Component("restoreServiceDelegate")
class RestoreServiceDelegate implements JavaDelegate {

    private final DunningCases cases;
    private final ServiceRestorer restorer;

    RestoreServiceDelegate(DunningCases cases, ServiceRestorer restorer) {
        this.cases = cases;
        this.restorer = restorer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Invoice invoice = cases.of(execution.getProcessBusinessKey()).invoice();
        restorer.restoreAfter(invoice.number(), invoice.customerCode(), invoice.subscriptionNumber());
    }
}
