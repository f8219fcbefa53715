package id.arus.billing.internal.dunning;

import id.arus.billing.Invoice;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After payment (or void) of an invoice whose dunning suspended the subscription: service comes back. */
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
