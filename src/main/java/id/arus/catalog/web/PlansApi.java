package id.arus.catalog.web;

import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.catalog.web.PlanJson.CloneJson;
import id.arus.catalog.web.PlanJson.PlanFormJson;
import id.arus.catalog.web.PlanJson.PlanView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service plans over REST, addressed by their code. Authorisation and validation are {@link PlanCatalog}'s:
 * any signed-in user reads, ADMIN and FINANCE change.
 */
@RestController
@RequestMapping("/api/v1/plans")
@SecurityRequirement(name = "bearer")
@Tag(name = "plans")
class PlansApi {

    private final PlanCatalog catalog;

    PlansApi(PlanCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "All plans in their current version, templates last; archived ones only when asked")
    List<PlanView> list(@RequestParam(defaultValue = "false") boolean includeArchived) {
        return catalog.list(includeArchived).stream().map(PlanView::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One plan, current version")
    PlanView get(@PathVariable String code) {
        return PlanView.of(byCode(code));
    }

    @GetMapping("/{code}/versions/{version}")
    @Operation(summary = "A past or current version of a plan, exactly as it was sold")
    PlanView version(@PathVariable String code, @PathVariable int version) {
        return PlanView.of(catalog.version(byCode(code).id(), version));
    }

    @PostMapping
    @Operation(summary = "Create a plan (ADMIN, FINANCE)")
    ResponseEntity<PlanView> create(@RequestBody PlanFormJson body) {
        Plan created = catalog.create(body.toForm());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + created.code())).body(PlanView.of(created));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Change a plan (ADMIN, FINANCE)", description = """
            A change of type, speed, burst, price, tax, cycle or prepaid makes a new version; new subscriptions get it, \
            existing ones only with applyToExisting=true (their routers are then reconciled). A change of name, \
            installation fee or template flag keeps the version.""")
    PlanView update(@PathVariable String code, @RequestBody PlanFormJson body,
                    @Parameter(description = "move subscriptions on older versions to the new one")
                    @RequestParam(defaultValue = "false") boolean applyToExisting) {
        return PlanView.of(catalog.update(byCode(code).id(), body.toForm(), applyToExisting));
    }

    @PostMapping("/{code}/archive")
    @Operation(summary = "Stop selling a plan; existing subscriptions keep it (ADMIN, FINANCE)")
    PlanView archive(@PathVariable String code) {
        return PlanView.of(catalog.archive(byCode(code).id()));
    }

    @PostMapping("/{code}/restore")
    @Operation(summary = "Sell an archived plan again (ADMIN, FINANCE)")
    PlanView restore(@PathVariable String code) {
        return PlanView.of(catalog.restore(byCode(code).id()));
    }

    @PostMapping("/{code}/clone")
    @Operation(summary = "Create a plan from this one (usually a template) with a new code and name (ADMIN, FINANCE)")
    ResponseEntity<PlanView> cloneFrom(@PathVariable String code, @RequestBody CloneJson body) {
        Plan created = catalog.cloneFrom(byCode(code).id(), body.code(), body.name());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + created.code())).body(PlanView.of(created));
    }

    private Plan byCode(String code) {
        return catalog.findByCode(code).orElseThrow(() -> new NoSuchElementException("No plan with code " + code));
    }
}
