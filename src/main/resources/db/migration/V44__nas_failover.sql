-- A primary NAS whose subscribers are currently carried by its backup NAS. A row exists only while the
-- failover is in force; the reconciler then treats the primary's desired entries as the backup's too.
-- Starting and ending a failover are audited (network.failover.started / network.failover.ended).
create table nas_failover (
    primary_id  bigint      primary key references nas (id) on delete cascade,
    backup_id   bigint      not null references nas (id) on delete cascade,
    started_at  timestamptz not null default now(),
    reason      text        not null,
    check (primary_id <> backup_id)
);
create index nas_failover_by_backup on nas_failover (backup_id);
