-- Customers, their categories, what is known of their services, and their documents.

-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it without superuser.
create extension if not exists pg_trgm;

-- codes are CUST-000001, CUST-000002, ...; a sequence never hands a number out twice, even after a rollback
create sequence customer_code_seq;

create table customer_category (
    code       text primary key,
    name       text        not null,
    built_in   boolean     not null default false,
    active     boolean     not null default true,
    created_at timestamptz not null default now()
);

insert into customer_category (code, name, built_in) values
    ('residential', 'Rumah tangga', true),
    ('business', 'Usaha', true),
    ('corporate', 'Korporat', true);

create table customer (
    id          bigserial primary key,
    code        text        not null unique,
    name        text        not null,
    nik         char(16)    not null unique,
    phone       text        not null,
    email       text,
    address     text        not null,
    latitude    double precision,
    longitude   double precision,
    category    text        not null references customer_category (code),
    notes       text,
    status      text        not null default 'INACTIVE',
    username    text unique,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    -- one lower-case text over everything the search box matches; the phone is stored as +62..., so a
    -- query typed as 0812... is turned into 62812... before it is matched (see CustomerSearchSql)
    search_text text generated always as (
        lower(code || ' ' || name || ' ' || nik || ' ' || phone || ' ' || coalesce(email, '') || ' ' || address)
    ) stored,
    constraint customer_location_pair check ((latitude is null) = (longitude is null))
);

create index customer_search_trgm on customer using gin (search_text gin_trgm_ops);
create index customer_status on customer (status);
create index customer_category_idx on customer (category);
create index customer_phone on customer (phone);

-- what the subscription module tells this one about each service, so search can filter by NAS or plan
create table customer_service (
    subscription_number text primary key,
    customer_id         bigint      not null references customer (id),
    status              text        not null,
    nas_id              bigint,
    plan_id             bigint      not null,
    updated_at          timestamptz not null default now()
);

create index customer_service_customer on customer_service (customer_id);
create index customer_service_nas on customer_service (nas_id, customer_id);
create index customer_service_plan on customer_service (plan_id, customer_id);

create table customer_document (
    id                  bigserial primary key,
    customer_id         bigint      not null references customer (id),
    subscription_number text,
    type                text        not null,
    filename            text        not null,
    content_type        text        not null,
    size                bigint      not null,
    sha256              char(64)    not null,
    status              text        not null default 'PENDING',
    status_reason       text,
    decided_by          text,
    decided_at          timestamptz,
    uploaded_at         timestamptz not null default now(),
    uploaded_by         text        not null,
    content             bytea       not null
);

create index customer_document_customer on customer_document (customer_id, uploaded_at desc);
