-- Subscriptions: one service of a customer, from registration to termination. The number is the business
-- key of every process of the subscription; it is given from a per-year counter that only grows, so a
-- number is never handed out twice, even after a rollback of the insert that took it (a gap is harmless).
create table subscription_number_counter (
    year       integer primary key,
    last_value bigint  not null check (last_value > 0)
);

create table subscription (
    id                    bigserial   primary key,
    number                text        not null unique,
    -- the customer lives in the customer module; its id and code are kept, not joined
    customer_id           bigint      not null,
    customer_code         text        not null,
    plan_id               bigint      not null,
    plan_version          integer     not null check (plan_version > 0),
    type                  text        not null check (type in ('PPPOE', 'HOTSPOT', 'STATIC_IP')),
    status                text        not null check (status in ('ONBOARDING', 'ACTIVATING', 'ACTIVE', 'SUSPENDED',
                                                                 'TERMINATED', 'REJECTED')),
    site                  text        not null,
    requested_nas_id      bigint,
    nas_id                bigint,
    -- PPPoE secret or hotspot user name; unique for ever, so a terminated login is never given to someone else
    login                 text,
    -- SecretCipher ciphertext, never the plain password
    password              text,
    address               text,
    installation_address  text        not null,
    distribution_point_id bigint,
    cpe_serial            text,
    cpe_model             text,
    installation_date     date,
    latitude              double precision,
    longitude             double precision,
    -- true while the router should hold the subscriber in isolation (isolir), set before the router is told
    isolated              boolean     not null default false,
    suspension_reason     text        check (suspension_reason in ('NON_PAYMENT', 'CUSTOMER_REQUEST', 'ABUSE')),
    status_reason         text,
    notes                 text,
    created_at            timestamptz not null default now(),
    activated_at          timestamptz,
    updated_at            timestamptz not null default now(),
    check ((latitude is null) = (longitude is null))
);
create unique index subscription_login_unique on subscription (lower(login)) where login is not null;
create index subscription_by_customer on subscription (customer_id);
create index subscription_by_status on subscription (status, nas_id);
create index subscription_by_plan on subscription (plan_id, plan_version);
