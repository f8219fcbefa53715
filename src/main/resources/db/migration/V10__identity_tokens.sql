-- Password-reset links and personal access tokens. Only the SHA-256 of a token is stored: whoever
-- reads the database (a backup, a replica) cannot use a link or an API token found there.
create table password_reset_token (
    id          bigserial primary key,
    user_id     bigint      not null references app_user (id) on delete cascade,
    token_hash  char(64)    not null unique,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    -- set when the link was used, or when another link of the same user was used (single use, one winner)
    consumed_at timestamptz
);
create index password_reset_token_user on password_reset_token (user_id);

create table api_token (
    id           bigserial primary key,
    user_id      bigint       not null references app_user (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   char(64)     not null unique,
    -- the first characters of the token, so the owner can tell tokens apart without the secret
    token_prefix varchar(16)  not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user on api_token (user_id);
