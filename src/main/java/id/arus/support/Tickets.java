package id.arus.support;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.identity.UserDirectory;
import id.arus.identity.UserSummary;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Role;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionManagement;
import id.arus.support.internal.SupportSettings;
import id.arus.support.internal.TicketStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support tickets. Customers open theirs, read and answer them, close them and reopen them within
 * {@code arus.support.reopen-within} of being finished; customer service, NOC, technicians and admins work
 * the queue (assign, status, reply, internal notes). A customer reaches only their own tickets: someone
 * else's is reported as not found, and internal notes never leave this class for them. Every change is
 * audited and written to the ticket's history.
 */
@Service
public class Tickets {

    /** More than this is a report, not a screen. */
    public static final int MAX_LISTED = 500;
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_MESSAGE = 10_000;

    static final String SUPPORT_STAFF = "hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS')";
    /** The staff who work tickets; FINANCE does not. */
    public static final Set<Role> SUPPORT_ROLES = Set.copyOf(EnumSet.of(Role.ADMIN, Role.NOC, Role.TECHNICIAN, Role.CS));

    private final TicketStore store;
    private final SupportSettings settings;
    private final CustomerDirectory customers;
    private final ObjectProvider<SubscriptionManagement> subscriptions;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Tickets(TicketStore store, SupportSettings settings, CustomerDirectory customers,
            ObjectProvider<SubscriptionManagement> subscriptions, UserDirectory users, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.store = store;
        this.settings = settings;
        this.customers = customers;
        this.subscriptions = subscriptions;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /**
     * Opens a ticket with its first message. A customer opens one for themselves; staff name the customer.
     *
     * @throws InvalidInputException for a missing or too long subject or message, a missing category, an
     *                               unknown customer or a subscription that is not the customer's
     */
    @PreAuthorize("hasRole('CUSTOMER') or " + SUPPORT_STAFF)
    @Transactional
    public Ticket open(NewTicket form) {
        boolean staff = callerIsStaff();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String subject = text(form.subject(), "subject", MAX_SUBJECT, errors);
        String message = text(form.message(), "message", MAX_MESSAGE, errors);
        if (form.category() == null) {
            add(errors, "category", "ticket.category.required");
        }
        Customer customer = null;
        if (staff) {
            if (form.customerCode() == null || form.customerCode().isBlank()) {
                add(errors, "customerCode", "ticket.customer.required");
            } else {
                customer = customers.findByCode(form.customerCode().strip()).orElse(null);
                if (customer == null) {
                    add(errors, "customerCode", "ticket.customer.unknown");
                }
            }
        } else {
            customer = customers.mine();
        }
        String subscription = blankToNull(form.subscriptionNumber());
        if (subscription != null && customer != null && !belongsTo(subscription, customer, staff)) {
            add(errors, "subscriptionNumber", "ticket.subscription.notCustomers");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        TicketPriority priority = form.priority() == null ? TicketPriority.NORMAL : form.priority();
        Instant now = clock.instant();
        String number = store.nextNumber(now.atZone(ZoneOffset.UTC).getYear());
        String caller = caller();
        long id = store.insert(number, customer.code(), customer.username(), subscription, subject, form.category(),
                priority, settings.dueAt(now, priority), caller);
        store.addMessage(id, caller, staff, false, message);
        store.addEvent(id, caller, "opened", priority.name());
        Ticket ticket = store.findByNumber(number).orElseThrow();
        audit.record(AuditRecord.of("support.ticket.opened", "ticket:" + number).withAfter(snapshot(ticket)));
        return ticket;
    }

    /**
     * The signed-in customer's tickets, newest first; none for an account without a customer record. Not
     * one transaction: the customer lookup that finds no record must not mark a surrounding one rollback-only.
     */
    @PreAuthorize("hasRole('CUSTOMER')")
    public List<Ticket> mine() {
        Customer me;
        try {
            me = customers.mine();
        } catch (NoSuchElementException e) {
            return List.of();
        }
        return store.ofCustomer(me.code(), MAX_LISTED);
    }

    /** A customer's tickets, newest first, for staff. */
    @PreAuthorize(SUPPORT_STAFF)
    @Transactional(readOnly = true)
    public List<Ticket> ofCustomer(String customerCode) {
        return store.ofCustomer(customerCode, MAX_LISTED);
    }

    /** The staff queue: overdue first, then by due time; at most {@link #MAX_LISTED}. */
    @PreAuthorize(SUPPORT_STAFF)
    @Transactional(readOnly = true)
    public List<Ticket> queue(TicketFilter filter) {
        return store.search(filter == null ? TicketFilter.active() : filter, caller(), MAX_LISTED);
    }

    /** Active tickets nobody has taken, for the menu badge. */
    @PreAuthorize(SUPPORT_STAFF)
    @Transactional(readOnly = true)
    public long countUnassigned() {
        return store.countUnassignedActive();
    }

    /**
     * A ticket with its thread and history. A customer gets only their own and never internal notes.
     *
     * @throws NoSuchElementException when unknown or not the caller's
     */
    @PreAuthorize("hasRole('CUSTOMER') or " + SUPPORT_STAFF)
    @Transactional(readOnly = true)
    public TicketDetails get(String number) {
        Ticket ticket = readable(number);
        boolean staff = callerIsStaff();
        return new TicketDetails(ticket, store.messages(ticket.id(), staff), store.events(ticket.id()));
    }

    /**
     * Adds a reply to the thread. A staff reply is mailed to the customer; a customer's reply to a ticket
     * waiting for them puts it back to work. A finished ticket takes no replies (the customer reopens it).
     */
    @PreAuthorize("hasRole('CUSTOMER') or " + SUPPORT_STAFF)
    @Transactional
    public TicketMessage reply(String number, String body) {
        Ticket ticket = lockReadable(number);
        boolean staff = callerIsStaff();
        String text = validMessage(body);
        if (!ticket.status().active()) {
            throw InvalidInputException.of("message", "ticket.finished");
        }
        long messageId = store.addMessage(ticket.id(), caller(), staff, false, text);
        if (!staff && ticket.status() == TicketStatus.WAITING_CUSTOMER) {
            TicketStatus next = ticket.assignee() == null ? TicketStatus.OPEN : TicketStatus.IN_PROGRESS;
            store.setStatus(ticket.id(), next);
            store.addEvent(ticket.id(), caller(), "status", next.name());
        } else {
            store.touch(ticket.id());
        }
        audit.record(AuditRecord.of("support.ticket.replied", "ticket:" + number)
                .withAfter(Map.of("message", messageId, "fromStaff", staff)));
        if (staff) {
            events.publishEvent(new TicketReplied(number, messageId));
        }
        return store.message(messageId).orElseThrow();
    }

    /** An internal note: staff only, never shown to or mailed to the customer. */
    @PreAuthorize(SUPPORT_STAFF)
    @Transactional
    public TicketMessage note(String number, String body) {
        Ticket ticket = lockReadable(number);
        String text = validMessage(body);
        long messageId = store.addMessage(ticket.id(), caller(), true, true, text);
        store.touch(ticket.id());
        audit.record(AuditRecord.of("support.ticket.noted", "ticket:" + number).withAfter(Map.of("message", messageId)));
        return store.message(messageId).orElseThrow();
    }

    /**
     * Gives the ticket to a support staff member, or to nobody with null. An open ticket that gets an
     * assignee moves to IN_PROGRESS.
     *
     * @throws InvalidInputException when the user does not exist, is inactive or holds no support role
     */
    @PreAuthorize(SUPPORT_STAFF)
    @Transactional
    public Ticket assign(String number, String assignee) {
        Ticket before = lockReadable(number);
        String target = blankToNull(assignee);
        if (target != null) {
            UserSummary user = users.findByUsername(target.strip()).orElse(null);
            if (user == null || !user.active() || user.roles().stream().noneMatch(SUPPORT_ROLES::contains)) {
                throw InvalidInputException.of("assignee", "ticket.assignee.invalid");
            }
            target = user.username();
        }
        if (Objects.equals(target, before.assignee())) {
            return before;
        }
        store.setAssignee(before.id(), target);
        store.addEvent(before.id(), caller(), "assigned", target == null ? "" : target);
        if (target != null && before.status() == TicketStatus.OPEN) {
            store.setStatus(before.id(), TicketStatus.IN_PROGRESS);
            store.addEvent(before.id(), caller(), "status", TicketStatus.IN_PROGRESS.name());
        }
        Ticket after = store.findByNumber(number).orElseThrow();
        audit.record(AuditRecord.of("support.ticket.assigned", "ticket:" + number)
                .withBefore(snapshot(before)).withAfter(snapshot(after)));
        return after;
    }

    /** Takes the ticket for the caller. */
    @PreAuthorize(SUPPORT_STAFF)
    @Transactional
    public Ticket claim(String number) {
        return assign(number, caller());
    }

    /** Staff set any status; resolving mails the customer. */
    @PreAuthorize(SUPPORT_STAFF)
    @Transactional
    public Ticket changeStatus(String number, TicketStatus status) {
        if (status == null) {
            throw InvalidInputException.of("status", "ticket.status.required");
        }
        Ticket before = lockReadable(number);
        return moveTo(before, status, "status");
    }

    /** The customer closes their own ticket (solved, or no longer needed). */
    @PreAuthorize("hasRole('CUSTOMER')")
    @Transactional
    public Ticket closeMine(String number) {
        Ticket before = lockReadable(number);
        if (before.status() == TicketStatus.CLOSED) {
            return before;
        }
        return moveTo(before, TicketStatus.CLOSED, "status");
    }

    /**
     * The customer reopens their resolved or closed ticket, within {@code arus.support.reopen-within} of it
     * being finished; after that they open a new one.
     */
    @PreAuthorize("hasRole('CUSTOMER')")
    @Transactional
    public Ticket reopenMine(String number) {
        Ticket before = lockReadable(number);
        if (before.status().active()) {
            return before;
        }
        if (!settings.mayReopen(before.finishedAt(), clock.instant())) {
            throw InvalidInputException.of("status", "ticket.reopen.tooLate");
        }
        return moveTo(before, before.assignee() == null ? TicketStatus.OPEN : TicketStatus.IN_PROGRESS, "reopened");
    }

    /** Whether the customer may still reopen this ticket now. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayReopen(Ticket ticket) {
        return !ticket.status().active() && settings.mayReopen(ticket.finishedAt(), clock.instant());
    }

    private Ticket moveTo(Ticket before, TicketStatus status, String kind) {
        if (before.status() == status) {
            return before;
        }
        store.setStatus(before.id(), status);
        long eventId = store.addEvent(before.id(), caller(), kind, status.name());
        Ticket after = store.findByNumber(before.number()).orElseThrow();
        audit.record(AuditRecord.of("support.ticket.status-changed", "ticket:" + before.number())
                .withBefore(snapshot(before)).withAfter(snapshot(after)));
        if (status == TicketStatus.RESOLVED) {
            events.publishEvent(new TicketResolved(before.number(), eventId));
        }
        return after;
    }

    private boolean belongsTo(String subscriptionNumber, Customer customer, boolean staff) {
        SubscriptionManagement management = subscriptions.getIfAvailable();
        if (management == null) {
            return true; // nothing to check against in a build without the subscription module
        }
        List<Subscription> services = staff ? management.ofCustomer(customer.code()) : management.mine();
        return services.stream().anyMatch(s -> s.number().equals(subscriptionNumber));
    }

    private Ticket readable(String number) {
        Ticket ticket = store.findByNumber(number == null ? "" : number.strip())
                .orElseThrow(() -> new NoSuchElementException("No ticket " + number));
        return checkOwner(ticket);
    }

    private Ticket lockReadable(String number) {
        Ticket ticket = store.lockByNumber(number == null ? "" : number.strip())
                .orElseThrow(() -> new NoSuchElementException("No ticket " + number));
        return checkOwner(ticket);
    }

    /** Staff read every ticket; a customer only their own, and anything else looks like it does not exist. */
    private Ticket checkOwner(Ticket ticket) {
        if (callerIsStaff()) {
            return ticket;
        }
        if (!ticket.customerCode().equals(customers.mine().code())) {
            throw new NoSuchElementException("No ticket " + ticket.number());
        }
        return ticket;
    }

    private String validMessage(String body) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String text = text(body, "message", MAX_MESSAGE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return text;
    }

    private static String text(String value, String field, int max, Map<String, List<String>> errors) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            add(errors, field, "ticket." + field + ".required");
        } else if (v.length() > max) {
            add(errors, field, "ticket." + field + ".tooLong");
        }
        return v;
    }

    private static void add(Map<String, List<String>> errors, String field, String key) {
        errors.computeIfAbsent(field, f -> new java.util.ArrayList<>()).add(key);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String caller() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    /** Whether the signed-in caller works tickets (one of {@link #SUPPORT_ROLES}). */
    public static boolean callerIsStaff() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> SUPPORT_ROLES.stream().anyMatch(r -> r.authority().equals(a)));
    }

    private static Map<String, Object> snapshot(Ticket t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", t.number());
        m.put("customer", t.customerCode());
        m.put("subscription", Objects.toString(t.subscriptionNumber(), ""));
        m.put("subject", t.subject());
        m.put("category", t.category().name());
        m.put("priority", t.priority().name());
        m.put("status", t.status().name());
        m.put("assignee", Objects.toString(t.assignee(), ""));
        m.put("dueAt", t.dueAt().toString());
        return m;
    }
}
