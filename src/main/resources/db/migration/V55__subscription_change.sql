-- What happened to a subscription's configuration, newest last: status, plan, NAS, CPE and credential
-- changes with who made them. Kept after termination; never updated or deleted.
create table subscription_change (
    id              bigserial   primary key,
    subscription_id bigint      not null references subscription (id),
    at              timestamptz not null default now(),
    actor           text        not null,
    what            text        not null,
    detail          text
);
create index subscription_change_by_subscription on subscription_change (subscription_id, id);
