-- Membership: participants (people and organisations), membership decisions, personal details kept
-- apart from the participant record, consent records, data-protection requests, retention rules,
-- equality monitoring (stored apart, with no link to the person) and population profiles.

CREATE TABLE membership_settings (
  id                   UUID PRIMARY KEY,
  version              BIGINT NOT NULL,
  network_id           UUID NOT NULL REFERENCES tenancy_network (id),
  automatic_acceptance BOOLEAN NOT NULL,
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by           VARCHAR(120),
  updated_at           TIMESTAMP WITH TIME ZONE,
  updated_by           VARCHAR(120),
  CONSTRAINT membership_settings_network_uq UNIQUE (network_id)
);

-- The membership record: what the network needs to know who takes part. Contact details and
-- preferences are in membership_contact, so they can be removed on erasure without touching anything
-- the participant contributed.
CREATE TABLE membership_participant (
  id                UUID PRIMARY KEY,
  version           BIGINT NOT NULL,
  network_id        UUID NOT NULL REFERENCES tenancy_network (id),
  kind              VARCHAR(20) NOT NULL,
  organisation_kind VARCHAR(30),
  display_name      VARCHAR(200) NOT NULL,
  search_name       VARCHAR(200) NOT NULL,
  status            VARCHAR(12) NOT NULL,
  joined_via        VARCHAR(10) NOT NULL,
  account_id        UUID,
  status_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by        VARCHAR(120),
  updated_at        TIMESTAMP WITH TIME ZONE,
  updated_by        VARCHAR(120)
);
CREATE INDEX membership_participant_name_idx ON membership_participant (network_id, search_name);
CREATE INDEX membership_participant_status_idx ON membership_participant (network_id, status, status_changed_at);
CREATE INDEX membership_participant_account_idx ON membership_participant (network_id, account_id);

CREATE TABLE membership_contact (
  id                   UUID PRIMARY KEY,
  version              BIGINT NOT NULL,
  network_id           UUID NOT NULL REFERENCES tenancy_network (id),
  participant_id       UUID NOT NULL REFERENCES membership_participant (id) ON DELETE CASCADE,
  email                VARCHAR(254),
  phone                VARCHAR(40),
  address              VARCHAR(300),
  postcode             VARCHAR(8),
  by_email             BOOLEAN NOT NULL,
  by_post              BOOLEAN NOT NULL,
  by_phone             BOOLEAN NOT NULL,
  large_print          BOOLEAN NOT NULL,
  easy_read            BOOLEAN NOT NULL,
  braille              BOOLEAN NOT NULL,
  audio                BOOLEAN NOT NULL,
  interpreter          BOOLEAN NOT NULL,
  interpreter_language VARCHAR(60),
  availability         VARCHAR(500),
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by           VARCHAR(120),
  updated_at           TIMESTAMP WITH TIME ZONE,
  updated_by           VARCHAR(120),
  CONSTRAINT membership_contact_participant_uq UNIQUE (participant_id)
);
CREATE INDEX membership_contact_network_idx ON membership_contact (network_id, participant_id);

CREATE TABLE membership_interest (
  id             UUID PRIMARY KEY,
  version        BIGINT NOT NULL,
  network_id     UUID NOT NULL REFERENCES tenancy_network (id),
  participant_id UUID NOT NULL REFERENCES membership_participant (id) ON DELETE CASCADE,
  tag            VARCHAR(60) NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by     VARCHAR(120),
  updated_at     TIMESTAMP WITH TIME ZONE,
  updated_by     VARCHAR(120),
  CONSTRAINT membership_interest_uq UNIQUE (participant_id, tag)
);
CREATE INDEX membership_interest_tag_idx ON membership_interest (network_id, tag);
CREATE INDEX membership_interest_participant_idx ON membership_interest (network_id, participant_id);

CREATE TABLE membership_volunteer_role (
  id             UUID PRIMARY KEY,
  version        BIGINT NOT NULL,
  network_id     UUID NOT NULL REFERENCES tenancy_network (id),
  participant_id UUID NOT NULL REFERENCES membership_participant (id) ON DELETE CASCADE,
  role           VARCHAR(100) NOT NULL,
  from_date      DATE NOT NULL,
  to_date        DATE,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by     VARCHAR(120),
  updated_at     TIMESTAMP WITH TIME ZONE,
  updated_by     VARCHAR(120)
);
CREATE INDEX membership_volunteer_role_idx ON membership_volunteer_role (network_id, participant_id);

-- An organisation names people (participants) who represent it.
CREATE TABLE membership_representative (
  id              UUID PRIMARY KEY,
  version         BIGINT NOT NULL,
  network_id      UUID NOT NULL REFERENCES tenancy_network (id),
  organisation_id UUID NOT NULL REFERENCES membership_participant (id) ON DELETE CASCADE,
  person_id       UUID NOT NULL REFERENCES membership_participant (id) ON DELETE CASCADE,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by      VARCHAR(120),
  updated_at      TIMESTAMP WITH TIME ZONE,
  updated_by      VARCHAR(120),
  CONSTRAINT membership_representative_uq UNIQUE (organisation_id, person_id)
);
CREATE INDEX membership_representative_org_idx ON membership_representative (network_id, organisation_id);
CREATE INDEX membership_representative_person_idx ON membership_representative (network_id, person_id);

-- Append-only: each application, acceptance and refusal, with who decided and why.
CREATE TABLE membership_decision (
  id             UUID PRIMARY KEY,
  version        BIGINT NOT NULL,
  network_id     UUID NOT NULL REFERENCES tenancy_network (id),
  participant_id UUID NOT NULL REFERENCES membership_participant (id),
  outcome        VARCHAR(12) NOT NULL,
  reason         VARCHAR(1000),
  automatic      BOOLEAN NOT NULL,
  decided_by     VARCHAR(120),
  decided_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by     VARCHAR(120),
  updated_at     TIMESTAMP WITH TIME ZONE,
  updated_by     VARCHAR(120)
);
CREATE INDEX membership_decision_participant_idx ON membership_decision (network_id, participant_id, decided_at);

-- Append-only: consent given or withdrawn, with the words the person agreed to.
CREATE TABLE membership_consent (
  id             UUID PRIMARY KEY,
  version        BIGINT NOT NULL,
  network_id     UUID NOT NULL REFERENCES tenancy_network (id),
  participant_id UUID NOT NULL REFERENCES membership_participant (id),
  purpose        VARCHAR(30) NOT NULL,
  given          BOOLEAN NOT NULL,
  wording        VARCHAR(1000) NOT NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by     VARCHAR(120),
  updated_at     TIMESTAMP WITH TIME ZONE,
  updated_by     VARCHAR(120)
);
CREATE INDEX membership_consent_participant_idx ON membership_consent (network_id, participant_id, recorded_at);

-- Subject access and erasure requests, with the due date and how it was worked out.
CREATE TABLE membership_data_request (
  id              UUID PRIMARY KEY,
  version         BIGINT NOT NULL,
  network_id      UUID NOT NULL REFERENCES tenancy_network (id),
  participant_id  UUID NOT NULL REFERENCES membership_participant (id),
  kind            VARCHAR(12) NOT NULL,
  status          VARCHAR(12) NOT NULL,
  received_on     DATE NOT NULL,
  due_on          DATE NOT NULL,
  due_explanation VARCHAR(500) NOT NULL,
  closed_at       TIMESTAMP WITH TIME ZONE,
  closed_by       VARCHAR(120),
  outcome_note    VARCHAR(1000),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by      VARCHAR(120),
  updated_at      TIMESTAMP WITH TIME ZONE,
  updated_by      VARCHAR(120)
);
CREATE INDEX membership_data_request_status_idx ON membership_data_request (network_id, status, due_on);
CREATE INDEX membership_data_request_participant_idx ON membership_data_request (network_id, participant_id);

-- Append-only history of each request: received, data sent, erased, refused.
CREATE TABLE membership_data_request_step (
  id          UUID PRIMARY KEY,
  version     BIGINT NOT NULL,
  network_id  UUID NOT NULL REFERENCES tenancy_network (id),
  request_id  UUID NOT NULL REFERENCES membership_data_request (id),
  step        VARCHAR(20) NOT NULL,
  note        VARCHAR(1000),
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by  VARCHAR(120),
  updated_at  TIMESTAMP WITH TIME ZONE,
  updated_by  VARCHAR(120)
);
CREATE INDEX membership_data_request_step_idx ON membership_data_request_step (network_id, request_id, created_at);

CREATE TABLE membership_retention_rule (
  id          UUID PRIMARY KEY,
  version     BIGINT NOT NULL,
  network_id  UUID NOT NULL REFERENCES tenancy_network (id),
  record_type VARCHAR(30) NOT NULL,
  keep_months INT NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by  VARCHAR(120),
  updated_at  TIMESTAMP WITH TIME ZONE,
  updated_by  VARCHAR(120),
  CONSTRAINT membership_retention_rule_uq UNIQUE (network_id, record_type)
);

-- Equality monitoring answers: deliberately no participant id, no account, no timestamp finer than
-- the year and no created_by, so an answer cannot be traced back to the person who gave it.
CREATE TABLE membership_equality_answer (
  id            UUID PRIMARY KEY,
  network_id    UUID NOT NULL REFERENCES tenancy_network (id),
  question      VARCHAR(30) NOT NULL,
  answer        VARCHAR(40) NOT NULL,
  answered_year INT NOT NULL
);
CREATE INDEX membership_equality_answer_idx ON membership_equality_answer (network_id, question, answer);

-- The local authority's population profile, entered or imported by a host manager from a published source.
CREATE TABLE membership_population_share (
  id            UUID PRIMARY KEY,
  version       BIGINT NOT NULL,
  network_id    UUID NOT NULL REFERENCES tenancy_network (id),
  question      VARCHAR(30) NOT NULL,
  category      VARCHAR(40) NOT NULL,
  share_percent DECIMAL(6,2) NOT NULL,
  source        VARCHAR(300) NOT NULL,
  source_year   INT NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(120),
  updated_at    TIMESTAMP WITH TIME ZONE,
  updated_by    VARCHAR(120),
  CONSTRAINT membership_population_share_uq UNIQUE (network_id, question, category)
);
