-- Versioned snapshots of what Arus backs up of each router: identity, addresses, pools, PPP profiles and the
-- PPP secrets Arus manages. Passwords inside content are SecretCipher text, never plain. The checksum is an
-- HMAC of the plain content (key below), so equal content is recognised although cipher text differs each
-- time, and a copy of the database cannot be used to guess a password from it.
create table nas_backup (
    nas_id      bigint      not null references nas (id) on delete cascade,
    version     integer     not null,
    taken_at    timestamptz not null default now(),
    taken_by    text        not null,
    reason      text        not null check (reason in ('SCHEDULED', 'MANUAL', 'BEFORE_RESTORE')),
    content     jsonb       not null,
    checksum    text        not null,
    backup_file text,
    primary key (nas_id, version)
);

-- One random HMAC key for the checksums, stored encrypted like every other secret.
create table nas_backup_key (
    id         integer primary key check (id = 1),
    key_cipher text    not null
);
