-- Staff and customer accounts. Usernames are stored lower-case; e-mail is unique regardless of case.
create table app_user (
    id                  bigserial primary key,
    username            varchar(64)  not null unique,
    email               varchar(254) not null,
    full_name           varchar(200) not null,
    phone               varchar(32),
    language            varchar(8)   not null default 'id',
    password_hash       varchar(200) not null,
    active              boolean      not null default true,
    failed_logins       int          not null default 0,
    locked_until        timestamptz,
    password_changed_at timestamptz  not null default now(),
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    constraint app_user_username_lower check (username = lower(username))
);
create unique index app_user_email_unique on app_user (lower(email));

create table app_user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(20) not null check (role in ('ADMIN', 'NOC', 'FINANCE', 'TECHNICIAN', 'CS', 'CUSTOMER')),
    primary key (user_id, role)
);
create index app_user_role_role on app_user_role (role);
