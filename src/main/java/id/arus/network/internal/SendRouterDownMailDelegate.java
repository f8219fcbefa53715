package id.arus.network.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendRouterDownMail}: tells the NOC by mail that the router is down. */
@Component("sendRouterDownMailDelegate")
class SendRouterDownMailDelegate implements JavaDelegate {

    private final RouterOutageMails mails;

    SendRouterDownMailDelegate(RouterOutageMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.sendDown(execution);
    }
}
