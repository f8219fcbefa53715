-- Who started a failover and how: a failover staff started by hand is ended by hand too, so the watcher
-- does not hand a primary back that staff moved away on purpose (maintenance) while it is still online.
alter table nas_failover
    add column started_by text    not null default 'system',
    add column manual     boolean not null default false;

-- A router whose reconcile after a failover move (start or hand-back) has not succeeded yet. The watcher
-- retries it on every tick until it does, so a router that was down for a moment still ends up right.
create table nas_failover_reconcile (
    nas_id      bigint      primary key references nas (id) on delete cascade,
    owed_since  timestamptz not null default now(),
    purpose     text        not null check (purpose in ('STARTED', 'ENDED')),
    attempts    integer     not null default 0,
    last_error  text
);
