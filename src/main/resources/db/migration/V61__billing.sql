-- Billing: invoices with gapless monthly numbers, their lines, customer credit, billing runs.
-- Money is whole rupiah (bigint). The module owns these tables; other modules go through id.arus.billing.

-- The last number given per month; a row lock makes numbers gapless (a rolled-back transaction gives its
-- numbers back with it). Allocated in blocks by the billing run (InvoiceNumbers).
create table invoice_counter (
    month      text    primary key check (month ~ '^[0-9]{4}-[0-9]{2}$'),
    last_value integer not null check (last_value >= 0)
);

create table billing_run (
    id             bigserial   primary key,
    period_start   date        not null,
    trigger        text        not null check (trigger in ('SCHEDULED', 'MANUAL')),
    started_by     text        not null,
    started_at     timestamptz not null default now(),
    finished_at    timestamptz,
    status         text        not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    due_count      integer     not null default 0,
    issued_count   integer     not null default 0,
    skipped_count  integer     not null default 0,
    failed_count   integer     not null default 0,
    total_amount   bigint      not null default 0,
    error          text
);
create index billing_run_by_period on billing_run (period_start, started_at desc);

create table invoice (
    id                  bigserial   primary key,
    number              text        not null unique check (number ~ '^INV-[0-9]{4}-[0-9]{2}-[0-9]{6}$'),
    customer_id         bigint      not null,
    customer_code       text        not null,
    subscription_number text,
    -- snapshots at issue, for revenue by plan and by area without reading other modules' tables
    plan_code           text,
    area                text,
    purpose             text        not null check (purpose in ('RECURRING', 'INSTALLATION', 'PRORATA', 'MANUAL')),
    period_start        date,
    period_end          date,
    issued_at           timestamptz not null default now(),
    due_date            date        not null,
    status              text        not null check (status in ('ISSUED', 'PARTIALLY_PAID', 'PAID', 'OVERDUE', 'VOID')),
    -- the lines' sum before tax; tax_base is the DPP (equal to subtotal, or 11/12 of it with the DPP option)
    subtotal            bigint      not null,
    tax_base            bigint      not null,
    tax_rate            numeric(5, 2) not null check (tax_rate >= 0),
    tax                 bigint      not null,
    total               bigint      not null check (total >= 0),
    paid                bigint      not null default 0 check (paid >= 0),
    void_reason         text,
    billing_run_id      bigint      references billing_run (id),
    -- when the e-mail with the PDF went out (null: still to send; the delivery job picks these up)
    delivered_at        timestamptz,
    -- when the dunning process was started for it (null: not yet)
    dunning_started_at  timestamptz,
    paid_at             timestamptz,
    version             integer     not null default 0,
    updated_at          timestamptz not null default now(),
    check (status <> 'VOID' or void_reason is not null),
    check (period_end is null or period_start <= period_end)
);
-- a subscription's period is invoiced once, whatever runs and retries happen (the billing run's idempotency)
create unique index invoice_once_per_period on invoice (subscription_number, period_start) where purpose = 'RECURRING';
create index invoice_by_customer on invoice (customer_id, issued_at desc);
create index invoice_open_by_due on invoice (due_date) where status in ('ISSUED', 'PARTIALLY_PAID', 'OVERDUE');
create index invoice_undelivered on invoice (id) where delivered_at is null;
create index invoice_by_run on invoice (billing_run_id);

create table invoice_line (
    invoice_id  bigint  not null references invoice (id) on delete cascade,
    position    integer not null,
    kind        text    not null check (kind in ('PLAN_FEE', 'INSTALLATION', 'PRORATA', 'LATE_FEE', 'DISCOUNT')),
    description text    not null,
    quantity    integer not null check (quantity > 0),
    unit_price  bigint  not null,
    amount      bigint  not null,
    -- for a late fee: the rule code that charged it, so one rule charges an invoice once
    rule_code   text,
    primary key (invoice_id, position)
);
create unique index invoice_line_once_per_rule on invoice_line (invoice_id, rule_code) where rule_code is not null;

-- Each payment applied to an invoice, once per payment reference (idempotency of Invoices.applyPayment).
create table invoice_payment (
    invoice_id  bigint      not null references invoice (id),
    payment_ref text        not null unique,
    amount      bigint      not null check (amount > 0),
    method      text        not null,
    applied_at  timestamptz not null default now(),
    primary key (invoice_id, payment_ref)
);

-- A customer's credit: overpayments in (+), credit used on invoices out (-). The balance is the sum.
create table customer_credit (
    id           bigserial   primary key,
    customer_id  bigint      not null,
    amount       bigint      not null check (amount <> 0),
    reason       text        not null,
    invoice_id   bigint      references invoice (id),
    payment_ref  text,
    created_at   timestamptz not null default now()
);
create index customer_credit_by_customer on customer_credit (customer_id);
create unique index customer_credit_once_per_payment on customer_credit (payment_ref, reason) where payment_ref is not null;
