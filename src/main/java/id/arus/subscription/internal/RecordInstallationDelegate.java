package id.arus.subscription.internal;

import static id.arus.subscription.internal.OnboardingVariables.*;

import id.arus.network.DistributionPoint;
import id.arus.network.DistributionPoints;
import id.arus.settings.OperatorZone;
import id.arus.shared.SystemIdentity;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordInstallation}: keeps what the technician recorded (checked by {@link CheckInstallationListener}). */
@Component("recordInstallationDelegate")
class RecordInstallationDelegate implements JavaDelegate {

    private final SubscriptionLifecycle lifecycle;
    private final DistributionPoints distributionPoints;
    private final OperatorZone zone;

    RecordInstallationDelegate(SubscriptionLifecycle lifecycle, DistributionPoints distributionPoints, OperatorZone zone) {
        this.lifecycle = lifecycle;
        this.distributionPoints = distributionPoints;
        this.zone = zone;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object day = execution.getVariable(INSTALLATION_DATE);
        LocalDate date = day instanceof Date d ? d.toInstant().atZone(zone.zone()).toLocalDate() : null;
        String odp = TaskValues.text(execution.getVariable(ODP_CODE));
        SystemIdentity.run("subscription-onboarding", () -> {
            Long odpId = odp == null ? null : distributionPoints.findByCode(odp).map(DistributionPoint::id).orElse(null);
            lifecycle.recordInstallation(execution.getProcessBusinessKey(), new SubscriptionLifecycle.Installation(date,
                    TaskValues.text(execution.getVariable(CPE_SERIAL)), TaskValues.text(execution.getVariable(CPE_MODEL)),
                    TaskValues.point(execution.getVariable(LATITUDE), execution.getVariable(LONGITUDE)), odp, odpId));
        });
    }
}
