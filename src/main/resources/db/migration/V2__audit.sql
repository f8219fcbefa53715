-- The audit trail: append-only and hash-chained (see id.arus.audit.internal.AuditHashing).
create table audit_entry (
    id             bigserial primary key,
    occurred_at    timestamptz  not null,
    actor          varchar(200) not null,
    remote_address varchar(100),
    action         varchar(100) not null,
    subject        varchar(400),
    before_value   text,
    after_value    text,
    detail         text,
    prev_hash      char(64)     not null,
    hash           char(64)     not null
);
create index audit_entry_occurred_at on audit_entry (occurred_at desc);
create index audit_entry_action on audit_entry (action);
create index audit_entry_actor on audit_entry (lower(actor));

-- Append-only in the database itself, not only in the application: rows can be added, never changed.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only (% refused)', tg_op;
end;
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
