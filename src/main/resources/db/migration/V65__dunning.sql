-- Dunning: late-fee waivers FINANCE grants, read by rules/billing/late-fees.drl as the facts' waiver flags.
-- (Which invoices are in dunning is invoice.dunning_started_at, V61; the rest lives in the process.)
create table late_fee_waiver (
    kind        text        not null check (kind in ('INVOICE', 'CUSTOMER')),
    -- the invoice number or the customer code
    subject     text        not null,
    reason      text        not null,
    granted_by  text        not null,
    granted_at  timestamptz not null default now(),
    primary key (kind, subject)
);
