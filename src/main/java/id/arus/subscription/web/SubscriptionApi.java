package id.arus.subscription.web;

import id.arus.shared.GeoPoint;
import id.arus.subscription.Registration;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionManagement;
import id.arus.subscription.SubscriptionStatus;
import id.arus.subscription.SuspensionReason;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Subscriptions over REST. Thin on purpose: authorisation and validation live in
 * {@link SubscriptionManagement}, the code the screens use. The changes answer 202 Accepted: they start or
 * signal the subscription's process, and the router follows within seconds; {@code GET /{number}} shows
 * when it did. A subscription that is unknown or not the caller's is 404.
 */
@RestController
@RequestMapping("/api/v1/subscriptions")
@SecurityRequirement(name = "bearer")
@Tag(name = "subscriptions")
class SubscriptionApi {

    static final int DEFAULT_LIMIT = 50;

    private final SubscriptionManagement subscriptions;

    SubscriptionApi(SubscriptionManagement subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** A subscription as the API shows it. */
    record SubscriptionOut(String number, String customerCode, long planId, int planVersion, String type, String status,
                           String site, Long nasId, String login, String address, String cpeSerial, String cpeModel,
                           Double latitude, Double longitude, String statusReason, Instant createdAt, Instant activatedAt) {
        static SubscriptionOut of(Subscription s) {
            return new SubscriptionOut(s.number(), s.customerCode(), s.planId(), s.planVersion(), s.type().name(),
                    s.status().name(), s.site(), s.nasId(), s.login(), s.address(), s.cpeSerial(), s.cpeModel(),
                    s.location() == null ? null : s.location().latitude(), s.location() == null ? null : s.location().longitude(),
                    s.statusReason(), s.createdAt(), s.activatedAt());
        }
    }

    record RegistrationIn(String customerCode, long planId, String site, String installationAddress, Double latitude,
                          Double longitude, Long nasId, String notes) {
    }

    record SuspendIn(SuspensionReason reason, String note) {
    }

    record NoteIn(String note) {
    }

    record TerminateIn(String reason) {
    }

    record PlanIn(long planId) {
    }

    record MoveIn(long nasId) {
    }

    @PostMapping
    @Operation(summary = "Register a subscription (ADMIN, CS); starts onboarding (CS checks documents, a technician installs)")
    ResponseEntity<SubscriptionOut> register(@RequestBody RegistrationIn body) {
        GeoPoint location = body.latitude() == null || body.longitude() == null ? null : new GeoPoint(body.latitude(), body.longitude());
        SubscriptionOut created = SubscriptionOut.of(subscriptions.register(new Registration(body.customerCode(), body.planId(),
                body.site(), body.installationAddress(), location, body.nasId(), body.notes())));
        return ResponseEntity.created(URI.create("/api/v1/subscriptions/" + created.number())).body(created);
    }

    @GetMapping("/{number}")
    @Operation(summary = "One subscription with its status and NAS (staff; a CUSTOMER only their own)")
    SubscriptionOut get(@PathVariable String number) {
        return SubscriptionOut.of(subscriptions.get(number));
    }

    @GetMapping
    @Operation(summary = "Subscriptions, newest first, optionally by status and NAS (staff)")
    List<SubscriptionOut> list(@RequestParam(required = false) SubscriptionStatus status, @RequestParam(required = false) Long nasId,
                               @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
        return subscriptions.list(status, nasId, offset, limit).stream().map(SubscriptionOut::of).toList();
    }

    @PostMapping("/{number}/suspend")
    @Operation(summary = "Isolate (ADMIN, CS, FINANCE, NOC): reason NON_PAYMENT, CUSTOMER_REQUEST or ABUSE")
    ResponseEntity<Void> suspend(@PathVariable String number, @RequestBody SuspendIn body) {
        subscriptions.suspend(number, body.reason(), body.note());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/{number}/unsuspend")
    @Operation(summary = "End the isolation (ADMIN, CS, FINANCE, NOC); the router has the plan profile back within seconds")
    ResponseEntity<Void> unsuspend(@PathVariable String number, @RequestBody(required = false) NoteIn body) {
        subscriptions.unsuspend(number, body == null ? null : body.note());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/{number}/terminate")
    @Operation(summary = "Terminate (ADMIN, CS): removed from the router, address released, history kept")
    ResponseEntity<Void> terminate(@PathVariable String number, @RequestBody TerminateIn body) {
        subscriptions.terminate(number, body.reason());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/{number}/change-plan")
    @Operation(summary = "Change to another plan of the same type (ADMIN, CS)")
    ResponseEntity<Void> changePlan(@PathVariable String number, @RequestBody PlanIn body) {
        subscriptions.changePlan(number, body.planId());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/{number}/move")
    @Operation(summary = "Move to another NAS (ADMIN, NOC)")
    ResponseEntity<Void> move(@PathVariable String number, @RequestBody MoveIn body) {
        subscriptions.moveTo(number, body.nasId());
        return ResponseEntity.accepted().build();
    }
}
