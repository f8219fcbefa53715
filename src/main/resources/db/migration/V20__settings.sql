-- Operator settings (id.arus.settings): one row per key such as company.name or mail.host. Text values in
-- "value"; binary content (the company logo, at most 256 KB) in "data" with its content type in "value".
-- Secrets (mail.password) are stored encrypted by the application (SecretCipher, "v1:..."), never plain.
create table app_setting (
    key        varchar(100) primary key,
    value      text,
    data       bytea,
    updated_at timestamptz  not null default now(),
    updated_by varchar(200) not null
);
