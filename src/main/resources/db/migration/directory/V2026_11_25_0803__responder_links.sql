-- Providers' contact e-mail (recorded by network staff: where reminders and replies go) and the links
-- between a network's service-responder accounts and the providers they answer for.

ALTER TABLE directory_provider ADD COLUMN contact_email VARCHAR(254);

CREATE TABLE directory_responder_link (
  id          UUID PRIMARY KEY,
  version     BIGINT NOT NULL,
  network_id  UUID NOT NULL REFERENCES tenancy_network (id),
  account_id  UUID NOT NULL,
  provider_id UUID NOT NULL REFERENCES directory_provider (id),
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by  VARCHAR(120),
  updated_at  TIMESTAMP WITH TIME ZONE,
  updated_by  VARCHAR(120),
  CONSTRAINT directory_responder_link_uq UNIQUE (network_id, account_id, provider_id)
);
CREATE INDEX directory_responder_link_provider_idx ON directory_responder_link (network_id, provider_id);
