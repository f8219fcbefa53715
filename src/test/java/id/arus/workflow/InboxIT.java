package id.arus.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.audit.AuditEntry;
import id.arus.audit.AuditQuery;
import id.arus.audit.AuditTrail;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The task inbox against the real engine: who sees what, claiming, completing, and the trail it leaves. */
@ArusIT
class InboxIT {

    @Autowired
    TaskInbox inbox;
    @Autowired
    ProcessStarter starter;
    @Autowired
    AuditTrail audit;
    @Autowired
    RepositoryService repository;

    private final String businessKey = "SHIFT-IT-" + UUID.randomUUID();
    private final InboxFilter mine = InboxFilter.all().withBusinessKey(businessKey);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void nocClaimsUnclaimsAndCompletesAHandoverAndEveryStepIsAudited() {
        signIn("wf-nina", "NOC");
        starter.start("ShiftHandoverProcess", businessKey, Map.of());

        List<InboxTask> tasks = inbox.tasks(mine, 0, 10);
        assertThat(tasks).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Tulis catatan serah terima");
            assertThat(t.processKey()).isEqualTo("ShiftHandoverProcess");
            assertThat(t.processName()).isEqualTo("Serah terima shift NOC");
            assertThat(t.businessKey()).isEqualTo(businessKey);
            assertThat(t.due()).isNotNull();
            assertThat(t.claimed()).isFalse();
        });
        assertThat(inbox.count(mine)).isEqualTo(1);
        assertThat(inbox.processes()).extracting(ProcessOption::key).contains("ShiftHandoverProcess");
        assertThat(inbox.count(mine.withProcessKey("NoSuchProcess"))).isZero();
        assertThat(inbox.count(mine.withProcessKey("ShiftHandoverProcess"))).isEqualTo(1);
        Instant now = Instant.now();
        assertThat(inbox.count(mine.withDue(now, now.plus(1, ChronoUnit.DAYS)))).as("due in 8 hours").isEqualTo(1);
        assertThat(inbox.count(mine.withDue(now.minus(2, ChronoUnit.DAYS), now))).isZero();
        assertThat(inbox.count(mine.withDue(now.plus(9, ChronoUnit.HOURS), null))).isZero();
        String taskId = tasks.get(0).id();

        TaskDetails details = inbox.task(taskId);
        assertThat(details.form()).extracting(TaskFormField::id).containsExactly("summary", "openIncidents");
        assertThat(details.form().get(0).required()).isTrue();
        assertThat(details.form().get(1).min()).isZero();
        assertThat(details.history()).extracting(TaskHistoryEntry::type).contains("startEvent", "userTask");

        inbox.claim(taskId);
        assertThat(inbox.tasks(mine, 0, 10)).singleElement().satisfies(t -> assertThat(t.assignedToMe()).isTrue());
        inbox.unclaim(taskId);
        assertThat(inbox.tasks(mine, 0, 10)).singleElement().satisfies(t -> assertThat(t.claimed()).isFalse());
        inbox.claim(taskId);

        inbox.complete(taskId, Map.of("summary", "Semua link normal", "openIncidents", 0));
        assertThat(inbox.count(mine)).isZero();
        assertThatThrownBy(() -> inbox.task(taskId)).isInstanceOfSatisfying(TaskNotAvailableException.class,
                e -> assertThat(e.reason()).isEqualTo(TaskNotAvailableException.Reason.NOT_FOUND));

        signIn("wf-admin", "ADMIN");
        List<AuditEntry> trail = audit.search(new AuditQuery(null, null, null, "workflow.", businessKey), 0, 20);
        assertThat(trail).extracting(AuditEntry::action).containsExactlyInAnyOrder(
                "workflow.process.started", "workflow.task.claimed", "workflow.task.unclaimed",
                "workflow.task.claimed", "workflow.task.completed");
        AuditEntry completed = trail.stream().filter(e -> e.action().equals("workflow.task.completed")).findFirst().orElseThrow();
        assertThat(completed.actor()).isEqualTo("wf-nina");
        assertThat(completed.subject()).isEqualTo("task:" + taskId);
        assertThat(completed.after()).contains("Semua link normal");
        AuditEntry claimed = trail.stream().filter(e -> e.action().equals("workflow.task.claimed")).findFirst().orElseThrow();
        assertThat(claimed.before()).doesNotContain("wf-nina");
        assertThat(claimed.after()).contains("wf-nina");
    }

    @Test
    void completingWithOpenIncidentsOffersTheReviewToNocAndUnclaimedTasksAreClaimedOnCompletion() {
        signIn("wf-nina", "NOC");
        starter.start("ShiftHandoverProcess", businessKey, Map.of());
        String writeId = inbox.tasks(mine, 0, 1).get(0).id();

        inbox.complete(writeId, Map.of("summary", "OLT Cibubur down", "openIncidents", "2"));

        InboxTask review = inbox.tasks(mine, 0, 10).get(0);
        assertThat(review.name()).isEqualTo("Tinjau insiden yang terbuka");
        TaskDetails details = inbox.task(review.id());
        assertThat(details.form().get(0)).satisfies(f -> {
            assertThat(f.readOnly()).isTrue();
            assertThat(f.value()).isEqualTo("OLT Cibubur down");
        });
        assertThat(details.history()).extracting(TaskHistoryEntry::assignee).contains("wf-nina");
    }

    @Test
    void invalidValuesAreRefusedAndChangeNothing() {
        signIn("wf-nina", "NOC");
        starter.start("ShiftHandoverProcess", businessKey, Map.of());
        String taskId = inbox.tasks(mine, 0, 1).get(0).id();

        assertThatThrownBy(() -> inbox.complete(taskId, Map.of("summary", "  ", "openIncidents", -1)))
                .isInstanceOfSatisfying(InvalidTaskFormException.class, e -> assertThat(e.errors())
                        .containsEntry("summary", "required").containsEntry("openIncidents", "min"));
        assertThatThrownBy(() -> inbox.complete(taskId, Map.of("summary", "ok", "openIncidents", "banyak")))
                .isInstanceOfSatisfying(InvalidTaskFormException.class,
                        e -> assertThat(e.errors()).containsEntry("openIncidents", "type"));

        assertThat(inbox.tasks(mine, 0, 10)).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(taskId);
            assertThat(t.claimed()).isFalse();
        });
    }

    @Test
    void otherRolesDoNotSeeNocTasksAndAClaimedTaskIsNotTakenOver() {
        signIn("wf-nina", "NOC");
        starter.start("ShiftHandoverProcess", businessKey, Map.of());
        String taskId = inbox.tasks(mine, 0, 1).get(0).id();

        signIn("wf-fajar", "FINANCE", "CS");
        assertThat(inbox.count(mine)).isZero();
        assertThat(inbox.tasks(mine, 0, 10)).isEmpty();
        assertThatThrownBy(() -> inbox.task(taskId)).isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> inbox.claim(taskId)).isInstanceOfSatisfying(TaskNotAvailableException.class,
                e -> assertThat(e.reason()).isEqualTo(TaskNotAvailableException.Reason.NOT_FOUND));
        assertThatThrownBy(() -> inbox.complete(taskId, Map.of("summary", "x", "openIncidents", 0)))
                .isInstanceOf(TaskNotAvailableException.class);

        signIn("wf-nina", "NOC");
        inbox.claim(taskId);

        signIn("wf-nando", "NOC");
        assertThat(inbox.count(mine)).as("held by a colleague: no longer offered").isZero();
        assertThatThrownBy(() -> inbox.claim(taskId)).isInstanceOfSatisfying(TaskNotAvailableException.class,
                e -> assertThat(e.reason()).isEqualTo(TaskNotAvailableException.Reason.CLAIMED_BY_OTHER));
        assertThatThrownBy(() -> inbox.unclaim(taskId)).isInstanceOfSatisfying(TaskNotAvailableException.class,
                e -> assertThat(e.reason()).isEqualTo(TaskNotAvailableException.Reason.NOT_ASSIGNED_TO_YOU));
        assertThatThrownBy(() -> inbox.complete(taskId, Map.of("summary", "x", "openIncidents", 0)))
                .isInstanceOfSatisfying(TaskNotAvailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(TaskNotAvailableException.Reason.CLAIMED_BY_OTHER));
    }

    @Test
    void aTaskOfferedToOnePersonByNameIsInTheirInboxOnly() {
        repository.createDeployment().name("it/candidate-user").addString("candidate-user.bpmn", """
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D" targetNamespace="https://arus.id/test">
                  <bpmn:process id="InboxCandidateUserProcess" isExecutable="true">
                    <bpmn:startEvent id="S"/><bpmn:sequenceFlow id="F" sourceRef="S" targetRef="Task_Visit"/>
                    <bpmn:userTask id="Task_Visit" name="Kunjungi pelanggan" camunda:candidateUsers="wf-budi"/>
                  </bpmn:process>
                </bpmn:definitions>
                """).deploy();
        signIn("wf-admin", "ADMIN");
        starter.start("InboxCandidateUserProcess", businessKey, Map.of());
        assertThat(inbox.count(mine)).as("not offered to ADMIN").isZero();

        signIn("wf-tono", "TECHNICIAN");
        assertThat(inbox.count(mine)).isZero();

        signIn("wf-budi", "TECHNICIAN");
        InboxTask visit = inbox.tasks(mine, 0, 10).get(0);
        assertThat(visit.name()).isEqualTo("Kunjungi pelanggan");
        inbox.claim(visit.id());
        inbox.complete(visit.id(), Map.of());
        assertThat(inbox.count(mine)).isZero();
    }

    @Test
    void customersAndStrangersAreRefusedEverything() {
        signIn("wf-putri", "CUSTOMER");
        assertThatThrownBy(() -> inbox.count(InboxFilter.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.tasks(InboxFilter.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.claim("any")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> starter.start("ShiftHandoverProcess", businessKey, Map.of()))
                .isInstanceOf(AccessDeniedException.class);

        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> inbox.count(InboxFilter.all())).isInstanceOf(
                org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void startingAnUnknownProcessSaysSo() {
        signIn("wf-nina", "NOC");
        assertThatThrownBy(() -> starter.start("NoSuchProcess", businessKey, Map.of()))
                .isInstanceOf(ProcessNotAvailableException.class);
    }

    private static void signIn(String username, String... roles) {
        String[] authorities = Arrays.stream(roles).map(r -> "ROLE_" + r).toArray(String[]::new);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, "n/a", AuthorityUtils.createAuthorityList(authorities)));
    }
}
