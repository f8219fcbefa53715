package id.arus.subscription.internal;

import static id.arus.subscription.internal.ServiceActivationVariables.*;

import id.arus.network.Nas;
import id.arus.network.NasManagement;
import id.arus.network.Placement;
import id.arus.shared.InvalidInputException;
import id.arus.shared.SystemIdentity;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionStatus;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PlaceOnNas}: the NAS the NOC chose, else the one staff pinned at registration, else the best
 * NAS of the site. When none can be had (unknown site, all full or down, a chosen NAS that does not exist),
 * {@code placementProblem} says why and the process asks the NOC instead of failing.
 */
@Component("placeOnNasDelegate")
class PlaceOnNasDelegate implements JavaDelegate {

    private final SubscriptionLifecycle lifecycle;
    private final Placement placement;
    private final NasManagement nas;

    PlaceOnNasDelegate(SubscriptionLifecycle lifecycle, Placement placement, NasManagement nas) {
        this.lifecycle = lifecycle;
        this.placement = placement;
        this.nas = nas;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        Object chosen = execution.getVariable(CHOSEN_NAS_ID);
        SystemIdentity.run("subscription-activation", () -> {
            SubscriptionStore.Row row = lifecycle.find(number);
            Subscription s = row.subscription();
            Long wanted = chosen instanceof Number n ? Long.valueOf(n.longValue()) : row.requestedNasId();
            String problem = null;
            Long nasId = null;
            if (s.nasId() != null) {
                nasId = s.nasId();
            } else if (wanted != null) {
                try {
                    nasId = nas.get(wanted).id();
                } catch (NoSuchElementException e) {
                    problem = "NAS id " + wanted + " tidak ada / does not exist";
                }
            } else {
                try {
                    Nas best = placement.choose(s.site());
                    nasId = best.id();
                } catch (InvalidInputException e) {
                    problem = describe(s.site(), e);
                }
            }
            execution.removeVariable(CHOSEN_NAS_ID);
            execution.setVariable(PLACEMENT_PROBLEM, problem);
            if (nasId != null) {
                lifecycle.placeOn(number, nasId);
                lifecycle.recordStatus(number, SubscriptionStatus.ACTIVATING, null);
                execution.setVariable(NAS_ID, nasId);
            }
        });
    }

    private static String describe(String site, InvalidInputException e) {
        boolean full = e.fieldErrors().values().stream().flatMap(java.util.List::stream).anyMatch(k -> k.endsWith(".full"));
        return full ? "Semua NAS di site '" + site + "' penuh atau tidak aktif / every NAS of site '" + site + "' is full or down"
                : "Site '" + site + "' tidak punya NAS / site '" + site + "' has no NAS";
    }
}
