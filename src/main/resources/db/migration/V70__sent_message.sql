-- Keys of WhatsApp/SMS messages already sent (id.arus.notification.ShortMessages), like sent_mail: a message
-- whose key is here is not sent again, so a retried dunning step never messages a customer twice. The key is
-- inserted in the transaction around the gateway call and rolled back with it when the gateway refuses.
create table sent_message (
    message_key varchar(200) primary key,
    recipient   varchar(32)  not null,
    -- the gateway's own id for the message when its reply names one, to look it up on the gateway's dashboard
    gateway_ref varchar(200),
    sent_at     timestamptz  not null default now()
);
create index sent_message_sent_at on sent_message (sent_at);
