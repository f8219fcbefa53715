-- Receipt numbers come from a sequence instead of a per-month counter row. The row was locked from the
-- moment a payment took its number until the payment's transaction committed, so every payment in Arus
-- waited for the one before it (docs/adr/0017). A sequence hands out numbers without a lock; a number
-- taken by a transaction that rolls back is not used again, so receipts may skip a number. The sequence
-- starts above every number the counter gave, so no receipt number is issued twice.
create sequence payment_receipt_number;
select setval('payment_receipt_number', greatest(1, coalesce((select max(last_value) from payment_counter), 0)),
              (select count(*) > 0 from payment_counter));
drop table payment_counter;
