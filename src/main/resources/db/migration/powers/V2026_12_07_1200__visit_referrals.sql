-- Enter and View recommendations waiting to be referred to the provider that controls the premises.
-- One row per published visit report (the unique key makes a redelivered event harmless); report_id is
-- set when staff open the report case under a relevant decision of category (e).

CREATE TABLE powers_visit_referral (
  id               UUID PRIMARY KEY,
  version          BIGINT NOT NULL,
  network_id       UUID NOT NULL REFERENCES tenancy_network (id),
  reference        VARCHAR(30) NOT NULL,
  visit_id         UUID NOT NULL,
  premises_id      UUID,
  premises_name    VARCHAR(300) NOT NULL,
  provider_id      UUID,
  provider_name    VARCHAR(300),
  provider_email   VARCHAR(320),
  recommendations  VARCHAR(16000) NOT NULL,
  rec_count        INT NOT NULL,
  published_on     DATE NOT NULL,
  report_id        UUID REFERENCES powers_report (id),
  opened_on        DATE,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by       VARCHAR(120),
  updated_at       TIMESTAMP WITH TIME ZONE,
  updated_by       VARCHAR(120),
  CONSTRAINT powers_visit_referral_visit_uk UNIQUE (network_id, visit_id)
);
CREATE INDEX powers_visit_referral_pending_idx ON powers_visit_referral (network_id, report_id, published_on);

-- A report opened from a visit report names the visit: the visit report's sign-off counts as its own.
ALTER TABLE powers_report ADD COLUMN visit_id UUID;
