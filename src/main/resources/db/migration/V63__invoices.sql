-- Invoices: what issuing needs to recompute totals later (a late fee) the same way, and the delivery note.

-- whether the lines' prices contain PPN, and whether the DPP is 11/12 of the subtotal, as on issue: a late fee
-- added later recomputes tax and total with the invoice's own terms, not with settings changed since
alter table invoice add column tax_inclusive   boolean not null default false;
alter table invoice add column dpp_other_value boolean not null default false;
-- why an invoice counts as delivered without an e-mail (e.g. the customer has no address on file)
alter table invoice add column delivery_note   text;
-- the OVERDUE job's scan: open invoices by due date exists (invoice_open_by_due); the portal reads by customer
