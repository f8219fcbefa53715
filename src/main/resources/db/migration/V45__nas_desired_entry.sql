-- The rest of Arus's desired state per router, beside nas_ppp_secret (V42): PPP profiles, hotspot users and
-- user profiles, simple queues and address-list entries. One generic table, since every kind is a RouterOS
-- menu entry with a key and a few attributes that the reconciler compares by name; the attributes are
-- RouterOS attribute names to values. Secrets (hotspot passwords) are kept apart, encrypted (SecretCipher).
-- PPP secrets stay in nas_ppp_secret: the 10k-secret reconcile is benchmarked on it and other parts of the
-- network module read it.
create table nas_desired_entry (
    nas_id          bigint      not null references nas (id) on delete cascade,
    kind            text        not null check (kind in ('PPP_PROFILE', 'HOTSPOT_PROFILE', 'HOTSPOT_USER',
                                                         'SIMPLE_QUEUE', 'ADDRESS_LIST')),
    entry_key       text        not null,
    attributes      jsonb       not null,
    password_cipher text,
    updated_at      timestamptz not null default now(),
    primary key (nas_id, kind, entry_key)
);
