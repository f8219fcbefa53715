-- Subscribers' traffic per day, for "today's traffic" in the portal and on the subscription page.
-- Routers only know each live session's byte counters since the session began, so Arus samples them
-- (network.internal.SubscriberUsageSampler) and adds what grew since the previous sample to the day.

-- Where each live session's counters stood at the previous sample, so the next one counts only the growth.
create table subscriber_session_counter (
    nas_id      bigint      not null references nas (id) on delete cascade,
    name        text        not null,
    -- the router's id of the session; with started_at it tells a new session from the old one
    session_ref text        not null,
    started_at  timestamptz not null,
    rx_bytes    bigint      not null,
    tx_bytes    bigint      not null,
    primary key (nas_id, name)
);

-- When each router's sessions were last sampled: a session that began after it is counted from its start.
create table subscriber_usage_round (
    nas_id     bigint      primary key references nas (id) on delete cascade,
    sampled_at timestamptz not null
);

-- Bytes per subscriber, router and day (in the operator's time zone): rx is what the router received from
-- the subscriber (their upload), tx what it sent them (their download).
create table subscriber_usage_day (
    nas_id   bigint not null references nas (id) on delete cascade,
    name     text   not null,
    day      date   not null,
    rx_bytes bigint not null,
    tx_bytes bigint not null,
    primary key (name, day, nas_id)
);
