-- Optical distribution points (ODP): the boxes between a NAS and customers' drops, for the map and the
-- topology NAS -> ODP -> customers. The subscription module keeps the ODP id of each subscription; it is
-- not a foreign key here (modules own their tables), so removing an ODP is announced by an event instead.
create table distribution_point (
    id         bigserial        primary key,
    code       text             not null unique,
    name       text             not null,
    nas_id     bigint           not null references nas (id),
    latitude   double precision not null check (latitude between -90 and 90),
    longitude  double precision not null check (longitude between -180 and 180),
    ports      integer          not null check (ports between 1 and 1024),
    created_at timestamptz      not null default now(),
    updated_at timestamptz      not null default now()
);
create index distribution_point_by_nas on distribution_point (nas_id);
