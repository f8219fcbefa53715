-- Reports read invoices by day of issue and payments by day of payment; without these a report over a
-- month would scan every invoice and payment ever made.
create index invoice_by_issued_at on invoice (issued_at);
create index invoice_payment_by_applied_at on invoice_payment (applied_at);
create index payment_by_paid_at on payment (paid_at);
