-- Polling (network): which Arus node polls which router. A node renews its leases every poll round and
-- may take a lease only when it is free or expired, so each router is polled by exactly one node at a
-- time, and a node that stops (or dies) hands its routers over within one lease term.
create table nas_poll_lease (
    nas_id      bigint      primary key references nas (id) on delete cascade,
    owner       text        not null,
    acquired_at timestamptz not null default now(),
    expires_at  timestamptz not null
);
create index nas_poll_lease_by_owner on nas_poll_lease (owner);

-- The polling nodes alive now (each renews its row every round), so each node takes an even share of the
-- routers rather than the first node taking them all.
create table nas_poll_node (
    node    text        primary key,
    seen_at timestamptz not null
);

-- Telemetry (monitoring): raw samples partitioned by day and kept for days; 5-minute roll-ups
-- partitioned by month and kept for a year. Partitions are created ahead and dropped when old by
-- TelemetryPartitions; no row references nas, so removing a router never rewrites history tables.
create table telemetry_sample (
    nas_id           bigint      not null,
    sampled_at       timestamptz not null,
    status           text        not null,
    latency_ms       double precision,
    cpu_load         integer,
    free_memory      bigint,
    total_memory     bigint,
    ppp_sessions     integer,
    hotspot_sessions integer,
    primary key (nas_id, sampled_at)
) partition by range (sampled_at);

create table telemetry_interface_sample (
    nas_id     bigint      not null,
    sampled_at timestamptz not null,
    interface  text        not null,
    rx_bps     bigint      not null,
    tx_bps     bigint      not null,
    primary key (nas_id, interface, sampled_at)
) partition by range (sampled_at);

create table telemetry_rollup_5m (
    nas_id               bigint      not null,
    bucket               timestamptz not null,
    samples              integer     not null,
    online_samples       integer     not null,
    latency_ms_avg       double precision,
    latency_ms_max       double precision,
    cpu_load_avg         double precision,
    cpu_load_max         integer,
    free_memory_avg      double precision,
    total_memory         bigint,
    ppp_sessions_avg     double precision,
    ppp_sessions_max     integer,
    hotspot_sessions_avg double precision,
    hotspot_sessions_max integer,
    primary key (nas_id, bucket)
) partition by range (bucket);

create table telemetry_interface_rollup_5m (
    nas_id     bigint      not null,
    bucket     timestamptz not null,
    interface  text        not null,
    rx_bps_avg double precision not null,
    rx_bps_max bigint      not null,
    tx_bps_avg double precision not null,
    tx_bps_max bigint      not null,
    primary key (nas_id, interface, bucket)
) partition by range (bucket);

-- What each router said it is at its latest successful poll (polls are frequent, so this is one row per
-- router, overwritten, rather than a column repeated in every telemetry sample).
create table nas_poll_facts (
    nas_id    bigint      primary key references nas (id) on delete cascade,
    identity  text,
    version   text,
    board     text,
    uptime    text,
    seen_at   timestamptz not null
);
