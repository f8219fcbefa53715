-- Plan changes in billing: the pro-rata adjustment of the current period is its own kind of invoice, and each
-- plan change is settled once, whatever redeliveries of the event and nodes handle it.

alter table invoice drop constraint invoice_purpose_check;
alter table invoice add constraint invoice_purpose_check
    check (purpose in ('RECURRING', 'INSTALLATION', 'PRORATA', 'MANUAL', 'PLAN_CHANGE'));

-- One row per plan change billing has settled, keyed by the subscription's history entry of the change (the
-- event's changeId): the primary key is the exactly-once guard. What it came to is kept for staff and
-- tests: the invoice issued for an upgrade, or the credit kept for a downgrade, or neither (nothing to settle).
create table plan_change_settlement (
    change_id           bigint      primary key,
    subscription_number text        not null,
    effective_on        date        not null,
    old_plan_id         bigint      not null,
    old_plan_version    integer     not null,
    new_plan_id         bigint      not null,
    new_plan_version    integer     not null,
    changed_at          timestamptz not null,
    invoice_id          bigint      references invoice (id),
    credit              bigint      not null default 0 check (credit >= 0),
    settled_at          timestamptz not null default now()
);
create index plan_change_settlement_by_subscription on plan_change_settlement (subscription_number, effective_on);
