-- What Arus wants on each router (desired state); the reconciler makes the router match these rows.
-- The PPP password is stored encrypted (SecretCipher) because it must be sent to the router as is.
create table nas_ppp_secret (
    nas_id          bigint      not null references nas (id) on delete cascade,
    name            text        not null,
    password_cipher text        not null,
    profile         text        not null default 'default',
    service         text        not null default 'any',
    remote_address  text,
    disabled        boolean     not null default false,
    comment         text,
    updated_at      timestamptz not null default now(),
    primary key (nas_id, name)
);

-- The last reconcile of each router and what it did, for the drift view.
create table nas_reconcile (
    nas_id          bigint      primary key references nas (id) on delete cascade,
    reconciled_at   timestamptz not null,
    added           integer     not null,
    changed         integer     not null,
    removed         integer     not null,
    kicked          integer     not null,
    unmanaged       integer     not null,
    conflicts       integer     not null,
    failed          integer     not null,
    duration_ms     bigint      not null,
    error           text
);
