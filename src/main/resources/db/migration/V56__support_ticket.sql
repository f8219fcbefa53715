-- Support tickets. A ticket belongs to one customer (by code, plus the portal account that may read it), may
-- name one of their subscriptions, and is due by a time computed from its priority's SLA when it was opened.
create table support_ticket (
    id                  bigserial   primary key,
    number              text        not null unique,
    customer_code       text        not null,
    customer_username   text,
    subscription_number text,
    subject             text        not null,
    category            text        not null check (category in ('CONNECTION_DOWN', 'SLOW', 'BILLING', 'INSTALLATION', 'OTHER')),
    priority            text        not null check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    status              text        not null default 'OPEN'
                                    check (status in ('OPEN', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'RESOLVED', 'CLOSED')),
    assignee            text,
    due_at              timestamptz not null,
    opened_by           text        not null,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    -- when it was last resolved or closed: a customer may reopen within a configured number of days
    finished_at         timestamptz
);
create index support_ticket_queue on support_ticket (status, due_at);
create index support_ticket_customer on support_ticket (customer_code, created_at desc);
create index support_ticket_assignee on support_ticket (assignee) where assignee is not null;

-- The thread: replies of the customer and of staff, and internal staff notes the customer never sees.
create table support_ticket_message (
    id         bigserial   primary key,
    ticket_id  bigint      not null references support_ticket (id) on delete cascade,
    author     text        not null,
    from_staff boolean     not null,
    internal   boolean     not null default false,
    body       text        not null,
    created_at timestamptz not null default now(),
    check (from_staff or not internal)
);
create index support_ticket_message_ticket on support_ticket_message (ticket_id, id);

-- What happened to a ticket (opened, assigned, status changes), shown on the ticket page; the audit trail
-- has the same with before and after.
create table support_ticket_event (
    id         bigserial   primary key,
    ticket_id  bigint      not null references support_ticket (id) on delete cascade,
    actor      text        not null,
    kind       text        not null,
    detail     text,
    created_at timestamptz not null default now()
);
create index support_ticket_event_ticket on support_ticket_event (ticket_id, id);

-- Ticket numbers per year (TCK-2026-000001): a counter row per year, taken with an upsert, so two nodes
-- never hand out the same number and a rolled-back ticket only leaves a gap.
create table support_ticket_counter (
    year integer primary key,
    last bigint  not null
);
