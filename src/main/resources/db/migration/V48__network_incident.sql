-- Automatic reconciles waiting to run: at most one row per NAS. A change of desired state inserts a row due
-- a moment later (changes in that window share the row, so they cost one reconcile); a failed attempt that
-- is worth retrying moves due_at further out. The rows are the schedule, so pending retries survive a
-- restart, and the node that runs a row holds its lock (FOR UPDATE SKIP LOCKED), so only one node acts.
create table network_reconcile_job (
    nas_id        bigint      primary key references nas (id) on delete cascade,
    due_at        timestamptz not null,
    attempts      integer     not null default 0 check (attempts >= 0),
    first_failure timestamptz,
    last_error    text,
    requested_at  timestamptz not null default now()
);
create index network_reconcile_job_due on network_reconcile_job (due_at);

-- A problem with a router that staff must see: its reconcile kept failing (RECONCILE_FAILED), it refused
-- Arus's login (LOGIN_REFUSED), or it refused commands (COMMANDS_REFUSED, with the router's own messages).
-- At most one OPEN incident per NAS and kind: a repeated failure updates it. A later successful reconcile
-- or a staff member resolves it; who and when is kept here and in the audit trail.
create table network_incident (
    id               bigserial   primary key,
    nas_id           bigint      not null references nas (id) on delete cascade,
    kind             text        not null check (kind in ('RECONCILE_FAILED', 'LOGIN_REFUSED', 'COMMANDS_REFUSED')),
    status           text        not null default 'OPEN' check (status in ('OPEN', 'RESOLVED')),
    first_failure_at timestamptz not null,
    last_failure_at  timestamptz not null,
    attempts         integer     not null check (attempts > 0),
    last_error       text        not null,
    -- the router's messages, one per line (for refused commands: each names the command)
    messages         text,
    resolved_at      timestamptz,
    resolved_by      text,
    resolution       text,
    check ((status = 'RESOLVED') = (resolved_at is not null))
);
create unique index network_incident_one_open on network_incident (nas_id, kind) where status = 'OPEN';
create index network_incident_by_status on network_incident (status, last_failure_at desc);
