-- Payments: attempts to pay an invoice at a gateway, the gateways' callbacks as received, and payments.

-- One attempt to pay an invoice at a gateway. order_id is what the gateway knows: the invoice number with a
-- suffix per attempt (Midtrans refuses a used order_id with 406), e.g. INV-2026-11-000045-2.
create table payment_checkout (
    id             bigserial   primary key,
    invoice_number text        not null,
    gateway        text        not null check (gateway in ('MIDTRANS', 'TRIPAY')),
    order_id       text        not null unique,
    -- the gateway's own id: Midtrans transaction_id (known after the first notification), Tripay reference
    reference      text,
    amount         bigint      not null check (amount > 0),
    channel        text,
    redirect_url   text,
    status         text        not null check (status in ('PENDING', 'PAID', 'FAILED', 'EXPIRED', 'REFUNDED', 'CHARGEBACK')),
    expires_at     timestamptz,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);
create index payment_checkout_by_invoice on payment_checkout (invoice_number);

-- Every verified callback, raw, before it is acknowledged; one per gateway, transaction and status, so a
-- duplicate is recognised by the key. Callbacks with a bad signature are not kept here (audit trail only).
create table gateway_callback (
    id          bigserial   primary key,
    gateway     text        not null check (gateway in ('MIDTRANS', 'TRIPAY')),
    order_id    text        not null,
    status      text        not null,
    received_at timestamptz not null default now(),
    body        text        not null,
    outcome     text        not null,
    unique (gateway, order_id, status)
);

create table payment (
    id             bigserial   primary key,
    -- the receipt's number, e.g. PAY-2026-11-000123
    receipt_number text        not null unique,
    invoice_number text        not null,
    customer_code  text        not null,
    amount         bigint      not null check (amount > 0),
    method         text        not null check (method in ('MIDTRANS', 'TRIPAY', 'CASH', 'BANK_TRANSFER')),
    channel        text,
    -- the gateway's order id, or the bank transfer's reference; unique per method so nothing is paid twice
    external_ref   text,
    paid_at        timestamptz not null,
    recorded_by    text        not null,
    note           text,
    status         text        not null check (status in ('APPLIED', 'HELD', 'REFUNDED')),
    refunded       bigint      not null default 0,
    created_at     timestamptz not null default now()
);
create unique index payment_once_per_external_ref on payment (method, external_ref) where external_ref is not null;
create index payment_by_invoice on payment (invoice_number);
create index payment_by_customer on payment (customer_code, paid_at desc);

create table payment_counter (
    month      text    primary key,
    last_value integer not null
);
