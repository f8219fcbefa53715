package id.arus.workflow.web;

import id.arus.workflow.ProcessIncidents;
import id.arus.workflow.web.WorkflowJson.IncidentJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Process steps that kept failing, and a retry for each (ADMIN, NOC, CS). */
@RestController
@RequestMapping("/api/v1/incidents")
@SecurityRequirement(name = "bearer")
@Tag(name = "incidents")
class ProcessIncidentsApi {

    private final ProcessIncidents incidents;

    ProcessIncidentsApi(ProcessIncidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping
    @Operation(summary = "Open process incidents, newest first")
    List<IncidentJson> list() {
        return incidents.open().stream().map(IncidentJson::of).toList();
    }

    @PostMapping("/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Give the failed step one more attempt",
            description = "The job executor runs it within seconds; if it fails again a new incident is raised. 404 when the incident is no longer open.")
    void retry(@PathVariable String id) {
        incidents.retry(id);
    }
}
