-- FINANCE reviews of payments that Arus would not settle on its own (amount mismatch, unknown order, refund or
-- chargeback after payment, a reconciliation difference). review_key makes raising a review idempotent: a
-- repeated callback or a rerun of the reconciliation finds the key and starts no second task.
create table payment_review (
    review_key     text        primary key,
    kind           text        not null check (kind in ('AMOUNT_MISMATCH', 'UNKNOWN_ORDER', 'REFUND', 'VOID_INVOICE',
                                                        'GATEWAY_PAID_ARUS_NOT', 'ARUS_PAID_GATEWAY_NOT', 'AMOUNT_DIFFERS')),
    gateway        text,
    order_id       text,
    receipt_number text,
    detail         text        not null,
    decision       text,
    decided_by     text,
    note           text,
    created_at     timestamptz not null default now(),
    decided_at     timestamptz
);
create index payment_review_open on payment_review (created_at) where decision is null;

-- The daily reconciliation claims its day here, so of several nodes one runs it; a run on demand by FINANCE
-- does not claim (it may run any time), and its reviews are keyed like the daily run's, so nothing doubles.
create table payment_reconciliation (
    run_day     date        primary key,
    started_at  timestamptz not null default now(),
    finished_at timestamptz,
    checked     integer,
    differences integer
);
