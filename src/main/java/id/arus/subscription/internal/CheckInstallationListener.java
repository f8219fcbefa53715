package id.arus.subscription.internal;

import static id.arus.subscription.internal.OnboardingVariables.*;

import id.arus.network.DistributionPoints;
import id.arus.shared.SystemIdentity;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SurveyAndInstall} on completion: an installation needs its date, the CPE, a location on the
 * map and, when given, an ODP that exists; a site that cannot be served needs the reason. The task stays
 * open with the fields named when anything is missing.
 */
@Component("checkInstallationListener")
class CheckInstallationListener implements TaskListener {

    private final DistributionPoints distributionPoints;

    CheckInstallationListener(DistributionPoints distributionPoints) {
        this.distributionPoints = distributionPoints;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!Boolean.TRUE.equals(task.getVariable(FEASIBLE))) {
            if (TaskValues.blank(task.getVariable(FEASIBILITY_REASON))) {
                errors.put(FEASIBILITY_REASON, "required");
            }
        } else {
            for (String field : new String[] {INSTALLATION_DATE, CPE_SERIAL, CPE_MODEL, LATITUDE, LONGITUDE}) {
                if (TaskValues.blank(task.getVariable(field))) {
                    errors.put(field, "required");
                }
            }
            if (!errors.containsKey(LATITUDE) && !errors.containsKey(LONGITUDE)
                    && TaskValues.point(task.getVariable(LATITUDE), task.getVariable(LONGITUDE)) == null) {
                errors.put(TaskValues.degrees(task.getVariable(LATITUDE)) == null
                        || Math.abs(TaskValues.degrees(task.getVariable(LATITUDE))) > 90 ? LATITUDE : LONGITUDE, "type");
            }
            String odp = TaskValues.text(task.getVariable(ODP_CODE));
            if (odp != null && SystemIdentity.call("subscription", () -> distributionPoints.findByCode(odp)).isEmpty()) {
                errors.put(ODP_CODE, "type");
            }
        }
        if (!errors.isEmpty()) {
            Map.Entry<String, String> first = errors.entrySet().iterator().next();
            throw TaskValues.refused(first.getKey(), first.getValue());
        }
    }
}
