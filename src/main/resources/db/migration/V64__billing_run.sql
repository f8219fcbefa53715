-- Billing runs: finding a subscription's one-off invoices (the pro-rata invoice of a prepaid activation is
-- issued once; the activation listener looks it up before issuing).
create index invoice_by_subscription on invoice (subscription_number, purpose) where subscription_number is not null;
