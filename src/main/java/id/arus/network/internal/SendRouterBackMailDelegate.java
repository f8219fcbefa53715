package id.arus.network.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendRouterBackMail}: tells the NOC by mail that the router is back, and after how long. */
@Component("sendRouterBackMailDelegate")
class SendRouterBackMailDelegate implements JavaDelegate {

    private final RouterOutageMails mails;

    SendRouterBackMailDelegate(RouterOutageMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.sendBack(execution);
    }
}
