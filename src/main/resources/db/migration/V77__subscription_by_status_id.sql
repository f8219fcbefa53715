-- Billing runs and the topology walk subscriptions of a status in id order, a page after the last id
-- (SubscriptionManagement.listAfter); this index serves each page directly.
create index subscription_by_status_id on subscription (status, id);
