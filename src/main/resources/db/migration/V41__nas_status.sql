-- What Arus last found when it talked to each router, and every change of that status over time.
create table nas_status_change (
    id          bigserial primary key,
    nas_id      bigint      not null references nas (id) on delete cascade,
    status      text        not null check (status in ('ONLINE', 'LOGIN_REFUSED', 'UNREACHABLE', 'ERROR')),
    detail      text,
    changed_at  timestamptz not null default now()
);
create index nas_status_change_by_nas on nas_status_change (nas_id, changed_at desc);
