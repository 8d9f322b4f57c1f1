-- Statutory powers: information requests (P1), reports and recommendations (P2), referrals to the
-- Overview and Scrutiny Committee (P4), and the clocks that time every duty owed to the network.
-- Events, replies, responses and reminders are append-only; corrections are new rows with a reason.

CREATE TABLE powers_information_request (
  id                    UUID PRIMARY KEY,
  version               BIGINT NOT NULL,
  network_id            UUID NOT NULL REFERENCES tenancy_network (id),
  reference             VARCHAR(30) NOT NULL,
  decision_id           UUID,
  recipient_name        VARCHAR(300) NOT NULL,
  recipient_provider_id UUID,
  recipient_email       VARCHAR(320),
  subject               VARCHAR(300) NOT NULL,
  questions             VARCHAR(8000) NOT NULL,
  channel               VARCHAR(20) NOT NULL,
  sent_on               DATE NOT NULL,
  received_on           DATE NOT NULL,
  responsible_email     VARCHAR(320),
  status                VARCHAR(20) NOT NULL,
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by            VARCHAR(120),
  updated_at            TIMESTAMP WITH TIME ZONE,
  updated_by            VARCHAR(120)
);
CREATE INDEX powers_information_request_sent_idx ON powers_information_request (network_id, sent_on);
CREATE INDEX powers_information_request_provider_idx ON powers_information_request (network_id, recipient_provider_id);

CREATE TABLE powers_report (
  id                UUID PRIMARY KEY,
  version           BIGINT NOT NULL,
  network_id        UUID NOT NULL REFERENCES tenancy_network (id),
  reference         VARCHAR(30) NOT NULL,
  decision_id       UUID,
  title             VARCHAR(300) NOT NULL,
  summary           VARCHAR(8000) NOT NULL,
  status            VARCHAR(20) NOT NULL,
  sign_off_id       UUID,
  sent_on           DATE,
  published         BOOLEAN NOT NULL,
  responsible_email VARCHAR(320),
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by        VARCHAR(120),
  updated_at        TIMESTAMP WITH TIME ZONE,
  updated_by        VARCHAR(120)
);
CREATE INDEX powers_report_created_idx ON powers_report (network_id, created_at);

CREATE TABLE powers_recommendation (
  id          UUID PRIMARY KEY,
  version     BIGINT NOT NULL,
  network_id  UUID NOT NULL REFERENCES tenancy_network (id),
  report_id   UUID NOT NULL REFERENCES powers_report (id),
  rec_number  INT NOT NULL,
  body        VARCHAR(4000) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by  VARCHAR(120),
  updated_at  TIMESTAMP WITH TIME ZONE,
  updated_by  VARCHAR(120),
  CONSTRAINT powers_recommendation_number_uk UNIQUE (network_id, report_id, rec_number)
);

CREATE TABLE powers_report_evidence (
  id            UUID PRIMARY KEY,
  version       BIGINT NOT NULL,
  network_id    UUID NOT NULL REFERENCES tenancy_network (id),
  report_id     UUID NOT NULL REFERENCES powers_report (id),
  kind          VARCHAR(30) NOT NULL,
  evidence_id   UUID,
  reference     VARCHAR(300) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(120),
  updated_at    TIMESTAMP WITH TIME ZONE,
  updated_by    VARCHAR(120)
);
CREATE INDEX powers_report_evidence_report_idx ON powers_report_evidence (network_id, report_id);

CREATE TABLE powers_report_recipient (
  id                    UUID PRIMARY KEY,
  version               BIGINT NOT NULL,
  network_id            UUID NOT NULL REFERENCES tenancy_network (id),
  report_id             UUID NOT NULL REFERENCES powers_report (id),
  recipient_name        VARCHAR(300) NOT NULL,
  recipient_role        VARCHAR(20) NOT NULL,
  recipient_provider_id UUID,
  recipient_email       VARCHAR(320),
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by            VARCHAR(120),
  updated_at            TIMESTAMP WITH TIME ZONE,
  updated_by            VARCHAR(120)
);
CREATE INDEX powers_report_recipient_report_idx ON powers_report_recipient (network_id, report_id);
CREATE INDEX powers_report_recipient_provider_idx ON powers_report_recipient (network_id, recipient_provider_id);

-- One response of one recipient to one recommendation; a later row replaces an earlier one (append-only).
CREATE TABLE powers_recommendation_response (
  id                UUID PRIMARY KEY,
  version           BIGINT NOT NULL,
  network_id        UUID NOT NULL REFERENCES tenancy_network (id),
  recommendation_id UUID NOT NULL REFERENCES powers_recommendation (id),
  recipient_id      UUID NOT NULL REFERENCES powers_report_recipient (id),
  answer            VARCHAR(20) NOT NULL,
  action_promised   VARCHAR(4000),
  reasons           VARCHAR(4000),
  review_on         DATE,
  change_happened   BOOLEAN,
  impact_id         UUID,
  received_on       DATE NOT NULL,
  via               VARCHAR(20) NOT NULL,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by        VARCHAR(120),
  updated_at        TIMESTAMP WITH TIME ZONE,
  updated_by        VARCHAR(120)
);
CREATE INDEX powers_recommendation_response_idx ON powers_recommendation_response (network_id, recommendation_id, recipient_id);

CREATE TABLE powers_osc_referral (
  id                UUID PRIMARY KEY,
  version           BIGINT NOT NULL,
  network_id        UUID NOT NULL REFERENCES tenancy_network (id),
  reference         VARCHAR(30) NOT NULL,
  decision_id       UUID,
  committee         VARCHAR(300) NOT NULL,
  matter            VARCHAR(20) NOT NULL,
  subject           VARCHAR(300) NOT NULL,
  supplied          VARCHAR(8000) NOT NULL,
  made_on           DATE NOT NULL,
  powers_apply      BOOLEAN,
  will_use_powers   BOOLEAN,
  decision_notes    VARCHAR(4000),
  responsible_email VARCHAR(320),
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by        VARCHAR(120),
  updated_at        TIMESTAMP WITH TIME ZONE,
  updated_by        VARCHAR(120)
);
CREATE INDEX powers_osc_referral_made_idx ON powers_osc_referral (network_id, made_on);

-- A clock: one duty owed by one party on one case. Several per case; stopped when the duty is met.
CREATE TABLE powers_clock (
  id                UUID PRIMARY KEY,
  version           BIGINT NOT NULL,
  network_id        UUID NOT NULL REFERENCES tenancy_network (id),
  case_kind         VARCHAR(30) NOT NULL,
  case_id           UUID NOT NULL,
  duty              VARCHAR(40) NOT NULL,
  party_name        VARCHAR(300) NOT NULL,
  party_provider_id UUID,
  party_email       VARCHAR(320),
  party_ref         UUID,
  started_on        DATE NOT NULL,
  due_on            DATE NOT NULL,
  rule_set_id       UUID NOT NULL,
  rule_set_code     VARCHAR(60) NOT NULL,
  rule_set_version  INT NOT NULL,
  explanation       VARCHAR(2000) NOT NULL,
  stopped_on        DATE,
  outcome           VARCHAR(30),
  answer_days       INT,
  answer_working_days INT,
  reopened_from     UUID,
  reopen_reason     VARCHAR(1000),
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by        VARCHAR(120),
  updated_at        TIMESTAMP WITH TIME ZONE,
  updated_by        VARCHAR(120)
);
CREATE INDEX powers_clock_case_idx ON powers_clock (network_id, case_kind, case_id);
CREATE INDEX powers_clock_due_idx ON powers_clock (network_id, stopped_on, due_on);
CREATE INDEX powers_clock_party_idx ON powers_clock (network_id, party_name, duty, stopped_on);

-- The append-only timeline of a case.
CREATE TABLE powers_case_event (
  id                UUID PRIMARY KEY,
  version           BIGINT NOT NULL,
  network_id        UUID NOT NULL REFERENCES tenancy_network (id),
  case_kind         VARCHAR(30) NOT NULL,
  case_id           UUID NOT NULL,
  kind              VARCHAR(40) NOT NULL,
  occurred_on       DATE NOT NULL,
  recorded_by       VARCHAR(320),
  details           VARCHAR(4000),
  correction_of     UUID,
  correction_reason VARCHAR(1000),
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by        VARCHAR(120),
  updated_at        TIMESTAMP WITH TIME ZONE,
  updated_by        VARCHAR(120)
);
CREATE INDEX powers_case_event_case_idx ON powers_case_event (network_id, case_kind, case_id, occurred_on);

-- A reply, acknowledgement or update received on a clock (append-only).
CREATE TABLE powers_reply (
  id                      UUID PRIMARY KEY,
  version                 BIGINT NOT NULL,
  network_id              UUID NOT NULL REFERENCES tenancy_network (id),
  case_kind               VARCHAR(30) NOT NULL,
  case_id                 UUID NOT NULL,
  clock_id                UUID REFERENCES powers_clock (id),
  kind                    VARCHAR(30) NOT NULL,
  received_on             DATE NOT NULL,
  via                     VARCHAR(20) NOT NULL,
  summary                 VARCHAR(8000) NOT NULL,
  withheld                VARCHAR(4000),
  withheld_reason         VARCHAR(30),
  transferred_to_name     VARCHAR(300),
  transferred_to_provider UUID,
  transferred_to_email    VARCHAR(320),
  created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by              VARCHAR(120),
  updated_at              TIMESTAMP WITH TIME ZONE,
  updated_by              VARCHAR(120)
);
CREATE INDEX powers_reply_case_idx ON powers_reply (network_id, case_kind, case_id, received_on);

-- A reminder sent for a clock: the unique key makes each reminder go once, whichever node sends it.
CREATE TABLE powers_reminder (
  id          UUID PRIMARY KEY,
  version     BIGINT NOT NULL,
  network_id  UUID NOT NULL REFERENCES tenancy_network (id),
  clock_id    UUID NOT NULL REFERENCES powers_clock (id),
  kind        VARCHAR(20) NOT NULL,
  sent_to     VARCHAR(1000),
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by  VARCHAR(120),
  updated_at  TIMESTAMP WITH TIME ZONE,
  updated_by  VARCHAR(120),
  CONSTRAINT powers_reminder_once_uk UNIQUE (network_id, clock_id, kind)
);
