-- Enter and View: authorised representatives, visits, observations and visit reports (all tenant-owned).

CREATE TABLE visits_settings (
  id                      UUID PRIMARY KEY,
  version                 BIGINT NOT NULL,
  network_id              UUID NOT NULL REFERENCES tenancy_network (id),
  training_renewal_months INT NOT NULL,
  check_renewal_months    INT NOT NULL,
  keep_certificate_images BOOLEAN NOT NULL,
  created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by              VARCHAR(120),
  updated_at              TIMESTAMP WITH TIME ZONE,
  updated_by              VARCHAR(120)
);
CREATE UNIQUE INDEX visits_settings_network_idx ON visits_settings (network_id);

CREATE TABLE visits_representative (
  id                   UUID PRIMARY KEY,
  version              BIGINT NOT NULL,
  network_id           UUID NOT NULL REFERENCES tenancy_network (id),
  participant_id       UUID NOT NULL,
  name                 VARCHAR(200) NOT NULL,
  email                VARCHAR(254),
  account_id           UUID,
  training_course      VARCHAR(200),
  training_on          DATE,
  training_expires     DATE,
  check_type           VARCHAR(20),
  check_on             DATE,
  check_reference      VARCHAR(100),
  considered_by_id     UUID,
  considered_by_name   VARCHAR(200),
  considered_on        DATE,
  suitable             BOOLEAN,
  suitability_note     VARCHAR(2000),
  authorised_on        DATE,
  verification_code    VARCHAR(20),
  valid_to             DATE,
  withdrawn_on         DATE,
  withdrawal_reason    VARCHAR(2000),
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by           VARCHAR(120),
  updated_at           TIMESTAMP WITH TIME ZONE,
  updated_by           VARCHAR(120)
);
CREATE INDEX visits_representative_name_idx ON visits_representative (network_id, name);
CREATE UNIQUE INDEX visits_representative_participant_idx ON visits_representative (network_id, participant_id);
CREATE INDEX visits_representative_register_idx ON visits_representative (network_id, valid_to, name);
CREATE INDEX visits_representative_code_idx ON visits_representative (network_id, verification_code);
CREATE INDEX visits_representative_account_idx ON visits_representative (network_id, account_id);

CREATE TABLE visits_visit (
  id                  UUID PRIMARY KEY,
  version             BIGINT NOT NULL,
  network_id          UUID NOT NULL REFERENCES tenancy_network (id),
  premises_id         UUID NOT NULL,
  premises_name       VARCHAR(300) NOT NULL,
  premises_address    VARCHAR(600),
  controller_id       UUID,
  controller_name     VARCHAR(300),
  decision_id         UUID NOT NULL,
  decision_summary    VARCHAR(1000),
  visit_on            DATE NOT NULL,
  visit_time          VARCHAR(100),
  purpose             VARCHAR(4000) NOT NULL,
  announced           BOOLEAN NOT NULL,
  areas               VARCHAR(1000),
  other_areas         VARCHAR(2000),
  privacy_measures    VARCHAR(4000) NOT NULL,
  care_provided       BOOLEAN NOT NULL,
  notice_sent_on      DATE,
  report_summary      VARCHAR(8000),
  report_findings     VARCHAR(16000),
  recommendations     VARCHAR(8000),
  draft_sent_on       DATE,
  comments_due        DATE,
  comments_rule_set   VARCHAR(60),
  comments_rule_set_version INT,
  comments_due_explanation VARCHAR(1000),
  provider_comments   VARCHAR(8000),
  comments_received_on DATE,
  signed_off_on       DATE,
  sign_off_id         UUID,
  published_on        DATE,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by          VARCHAR(120),
  updated_at          TIMESTAMP WITH TIME ZONE,
  updated_by          VARCHAR(120)
);
CREATE INDEX visits_visit_date_idx ON visits_visit (network_id, visit_on);
CREATE INDEX visits_visit_premises_idx ON visits_visit (network_id, premises_id, visit_on);
CREATE INDEX visits_visit_published_idx ON visits_visit (network_id, published_on);

CREATE TABLE visits_team_member (
  id                UUID PRIMARY KEY,
  version           BIGINT NOT NULL,
  network_id        UUID NOT NULL REFERENCES tenancy_network (id),
  visit_id          UUID NOT NULL REFERENCES visits_visit (id),
  representative_id UUID NOT NULL REFERENCES visits_representative (id),
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by        VARCHAR(120),
  updated_at        TIMESTAMP WITH TIME ZONE,
  updated_by        VARCHAR(120)
);
CREATE INDEX visits_team_member_visit_idx ON visits_team_member (network_id, visit_id);
CREATE INDEX visits_team_member_rep_idx ON visits_team_member (network_id, representative_id);

CREATE TABLE visits_observation (
  id                UUID PRIMARY KEY,
  version           BIGINT NOT NULL,
  network_id        UUID NOT NULL REFERENCES tenancy_network (id),
  visit_id          UUID NOT NULL REFERENCES visits_visit (id),
  representative_id UUID NOT NULL REFERENCES visits_representative (id),
  entry             VARCHAR(20),
  refusal_ground    VARCHAR(10),
  refusal_detail    VARCHAR(2000),
  seen_and_heard    VARCHAR(8000),
  residents_spoken  INT,
  staff_spoken      INT,
  relatives_spoken  INT,
  others_spoken     VARCHAR(500),
  submitted_at      TIMESTAMP WITH TIME ZONE,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by        VARCHAR(120),
  updated_at        TIMESTAMP WITH TIME ZONE,
  updated_by        VARCHAR(120)
);
CREATE UNIQUE INDEX visits_observation_visit_idx ON visits_observation (network_id, visit_id, representative_id);
