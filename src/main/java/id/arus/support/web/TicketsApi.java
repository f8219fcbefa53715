package id.arus.support.web;

import id.arus.support.NewTicket;
import id.arus.support.Ticket;
import id.arus.support.TicketCategory;
import id.arus.support.TicketDetails;
import id.arus.support.TicketEvent;
import id.arus.support.TicketFilter;
import id.arus.support.TicketMessage;
import id.arus.support.TicketPriority;
import id.arus.support.TicketStatus;
import id.arus.support.Tickets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Support tickets over REST, for staff tools and customers' own apps. Thin: authorisation and validation
 * are {@link Tickets}'s, the same code the screens use. A customer's token lists and reads only their own
 * tickets and never sees internal notes.
 */
@RestController
@RequestMapping("/api/v1/tickets")
@SecurityRequirement(name = "bearer")
@Tag(name = "tickets")
class TicketsApi {

    private final Tickets tickets;

    TicketsApi(Tickets tickets) {
        this.tickets = tickets;
    }

    record TicketJson(String number, String customerCode, String subscriptionNumber, String subject,
                      TicketCategory category, TicketPriority priority, TicketStatus status, String assignee,
                      Instant dueAt, boolean overdue, String openedBy, Instant createdAt, Instant updatedAt) {
        static TicketJson of(Ticket t) {
            return new TicketJson(t.number(), t.customerCode(), t.subscriptionNumber(), t.subject(), t.category(),
                    t.priority(), t.status(), t.assignee(), t.dueAt(), t.overdueAt(Instant.now()), t.openedBy(),
                    t.createdAt(), t.updatedAt());
        }
    }

    record TicketDetailsJson(TicketJson ticket, List<TicketMessage> messages, List<TicketEvent> history) {
        static TicketDetailsJson of(TicketDetails d) {
            return new TicketDetailsJson(TicketJson.of(d.ticket()), d.messages(), d.history());
        }
    }

    /** @param customerCode staff only: the customer the ticket is for (customers open their own) */
    record NewTicketJson(String customerCode, String subscriptionNumber, String subject, TicketCategory category,
                         TicketPriority priority, String message) {
    }

    /** @param internal staff only: a note the customer never sees */
    record ReplyJson(String message, Boolean internal) {
    }

    record AssignJson(String assignee) {
    }

    record StatusJson(TicketStatus status) {
    }

    @GetMapping
    @Operation(summary = "Tickets: a customer gets their own; support staff (CS, NOC, TECHNICIAN, ADMIN) the queue with filters")
    List<TicketJson> list(@RequestParam(defaultValue = "false") boolean mine,
                          @RequestParam(defaultValue = "false") boolean unassigned,
                          @RequestParam(defaultValue = "false") boolean overdue,
                          @RequestParam(required = false) TicketStatus status,
                          @RequestParam(required = false) TicketPriority priority,
                          @Parameter(description = "part of the number, subject or customer code")
                          @RequestParam(required = false) String q) {
        List<Ticket> found = !Tickets.callerIsStaff() ? tickets.mine()
                : tickets.queue(new TicketFilter(mine, unassigned, overdue, status, priority, status == null, q));
        return found.stream().map(TicketJson::of).toList();
    }

    @GetMapping("/{number}")
    @Operation(summary = "One ticket with its thread and history (404 for a customer's ticket that is not theirs)")
    TicketDetailsJson get(@PathVariable String number) {
        return TicketDetailsJson.of(tickets.get(number));
    }

    @PostMapping
    @Operation(summary = "Open a ticket with its first message")
    ResponseEntity<TicketJson> create(@RequestBody NewTicketJson body) {
        Ticket opened = tickets.open(new NewTicket(body.customerCode(), body.subscriptionNumber(), body.subject(),
                body.category(), body.priority(), body.message()));
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + opened.number())).body(TicketJson.of(opened));
    }

    @PostMapping("/{number}/messages")
    @Operation(summary = "Reply (mailed to the customer when staff reply) or, for staff, add an internal note")
    ResponseEntity<TicketMessage> reply(@PathVariable String number, @RequestBody ReplyJson body) {
        TicketMessage added = Boolean.TRUE.equals(body.internal()) ? tickets.note(number, body.message())
                : tickets.reply(number, body.message());
        return ResponseEntity.status(HttpStatus.CREATED).body(added);
    }

    @PostMapping("/{number}/assignee")
    @Operation(summary = "Assign to a support staff member, or unassign with null (staff)")
    TicketJson assign(@PathVariable String number, @RequestBody AssignJson body) {
        return TicketJson.of(tickets.assign(number, body.assignee()));
    }

    @PostMapping("/{number}/status")
    @Operation(summary = "Change the status: staff any; a customer CLOSED, or OPEN to reopen their finished ticket")
    TicketJson status(@PathVariable String number, @RequestBody StatusJson body) {
        if (!Tickets.callerIsStaff()) {
            if (body.status() == TicketStatus.CLOSED) {
                return TicketJson.of(tickets.closeMine(number));
            }
            if (body.status() == TicketStatus.OPEN) {
                return TicketJson.of(tickets.reopenMine(number));
            }
            throw id.arus.shared.InvalidInputException.of("status", "ticket.status.customer");
        }
        return TicketJson.of(tickets.changeStatus(number, body.status()));
    }


}
