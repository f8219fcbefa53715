-- Service plans. `plan` is the plan as staff see it now (code, name, installation fee, status, template flag
-- and which version is current); `plan_version` holds the commercial and technical terms of every version
-- (type, speeds, burst, price, tax, cycle). A subscription keeps the version it was sold at, so a version row
-- is never changed or deleted once written: a change of terms inserts the next version.
create table plan (
    id               bigserial   primary key,
    code             text        not null unique check (code ~ '^[A-Z0-9-]{2,32}$'),
    name             text        not null check (length(name) between 1 and 100),
    installation_fee bigint      not null default 0 check (installation_fee >= 0),
    status           text        not null default 'ACTIVE' check (status in ('ACTIVE', 'ARCHIVED')),
    template         boolean     not null default false,
    current_version  integer     not null check (current_version >= 1),
    created_at       timestamptz not null default now(),
    changed_at       timestamptz not null default now()
);

create table plan_version (
    plan_id             bigint      not null references plan (id) on delete restrict,
    version             integer     not null check (version >= 1),
    type                text        not null check (type in ('PPPOE', 'HOTSPOT', 'STATIC_IP')),
    download_kbps       bigint      not null check (download_kbps > 0),
    upload_kbps         bigint      not null check (upload_kbps > 0),
    -- burst and guaranteed rate, all optional (null = not set), kbit/s and seconds
    limit_at_down_kbps  bigint      check (limit_at_down_kbps > 0),
    limit_at_up_kbps    bigint      check (limit_at_up_kbps > 0),
    burst_down_kbps     bigint      check (burst_down_kbps > 0),
    burst_up_kbps       bigint      check (burst_up_kbps > 0),
    threshold_down_kbps bigint      check (threshold_down_kbps > 0),
    threshold_up_kbps   bigint      check (threshold_up_kbps > 0),
    burst_time_seconds  integer     check (burst_time_seconds between 1 and 3600),
    price               bigint      not null check (price >= 0),
    tax_inclusive       boolean     not null,
    billing_cycle       text        not null check (billing_cycle in ('MONTHLY', 'QUARTERLY', 'YEARLY')),
    prepaid             boolean     not null,
    created_at          timestamptz not null default now(),
    created_by          text        not null,
    primary key (plan_id, version)
);

-- What was sold stays what was sold, whoever writes to the database.
create function plan_version_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'plan_version rows are immutable (plan %, version %)', old.plan_id, old.version;
end $$;
create trigger plan_version_immutable before update or delete on plan_version
    for each row execute function plan_version_is_immutable();
