-- Address pools per NAS from which static-IP subscribers get their address (IPv4). ranges is what staff
-- typed, normalised (CIDR or first-last, comma separated); ip_pool_range holds each range as numbers so
-- overlap checks and "lowest free address" are plain integer arithmetic. Overlap between the pools of one
-- NAS is refused by the service, which serialises pool changes per NAS with a row lock on nas.
create table ip_pool (
    id         bigserial   primary key,
    nas_id     bigint      not null references nas (id) on delete cascade,
    name       text        not null,
    ranges     text        not null,
    size       integer     not null check (size > 0),
    created_at timestamptz not null default now(),
    unique (nas_id, name)
);

create table ip_pool_range (
    pool_id    bigint not null references ip_pool (id) on delete cascade,
    first_addr bigint not null,
    last_addr  bigint not null,
    check (first_addr <= last_addr),
    primary key (pool_id, first_addr)
);

-- One address held by one owner (a subscription number). An address is held at most once per NAS and an
-- owner holds at most one address per NAS: the constraints make a double assignment impossible even when
-- two nodes assign at once.
create table ip_assignment (
    id          bigserial   primary key,
    pool_id     bigint      not null references ip_pool (id) on delete cascade,
    nas_id      bigint      not null references nas (id) on delete cascade,
    address     bigint      not null,
    owner       text        not null,
    assigned_at timestamptz not null default now(),
    assigned_by text        not null,
    unique (nas_id, address),
    unique (nas_id, owner)
);
create index ip_assignment_by_pool on ip_assignment (pool_id, address);
