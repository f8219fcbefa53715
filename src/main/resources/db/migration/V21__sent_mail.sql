-- Keys of mails already sent (id.arus.notification): a mail whose key is here is not sent again, so a
-- retried process step or a double click cannot mail a customer twice. A key is inserted in the same
-- transaction as the send and removed with it when the SMTP server refuses the mail.
create table sent_mail (
    mail_key  varchar(200) primary key,
    recipient varchar(254) not null,
    subject   varchar(400),
    sent_at   timestamptz  not null default now()
);
create index sent_mail_sent_at on sent_mail (sent_at);
