-- A customer's billing history (reports) reads that customer's invoices by code, in the order they were issued;
-- without this it scans every invoice ever made. invoice_by_customer (customer_id, ...) does not serve it: the
-- history is asked by the code staff and the portal know.
create index invoice_by_customer_code on invoice (customer_code, issued_at);
