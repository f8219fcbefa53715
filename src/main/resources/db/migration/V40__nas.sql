-- The routers (NAS) Arus manages. The API password is stored encrypted (SecretCipher); names are unique
-- regardless of case and one router API endpoint (host + port) is registered once.
create table nas (
    id              bigserial primary key,
    name            text        not null,
    host            text        not null,
    api_port        integer     not null check (api_port between 1 and 65535),
    use_tls         boolean     not null default false,
    username        text        not null,
    password_cipher text        not null,
    site            text,
    location        text,
    role            text        not null default 'PRIMARY' check (role in ('PRIMARY', 'BACKUP')),
    backup_of       bigint      references nas (id),
    capacity        integer     check (capacity is null or capacity >= 0),
    notes           text,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check ((role = 'BACKUP') = (backup_of is not null))
);
create unique index nas_name_unique on nas (lower(name));
create unique index nas_endpoint_unique on nas (lower(host), api_port);
