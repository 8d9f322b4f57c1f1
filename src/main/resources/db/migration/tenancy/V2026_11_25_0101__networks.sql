-- Networks (LINks): the tenants of the platform. Not tenant-owned themselves.
CREATE TABLE tenancy_network (
  id               UUID PRIMARY KEY,
  version          BIGINT NOT NULL,
  slug             VARCHAR(60) NOT NULL,
  name             VARCHAR(200) NOT NULL,
  local_authority  VARCHAR(9) NOT NULL REFERENCES tenancy_local_authority (gss_code),
  host_name        VARCHAR(200) NOT NULL,
  host_charity_number VARCHAR(20),
  contact_email    VARCHAR(254),
  contact_phone    VARCHAR(40),
  contact_address  VARCHAR(500),
  opening_hours    VARCHAR(500),
  active           BOOLEAN NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by       VARCHAR(120),
  updated_at       TIMESTAMP WITH TIME ZONE,
  updated_by       VARCHAR(120),
  CONSTRAINT tenancy_network_slug_uq UNIQUE (slug)
);
CREATE INDEX tenancy_network_la_idx ON tenancy_network (local_authority);
