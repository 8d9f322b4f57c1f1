-- Governance: required procedures, relevant decisions (SI 2008/528 reg 2) and governing-body sign-offs.

-- A required procedure: a document with versions.
CREATE TABLE governance_procedure (
  id          UUID PRIMARY KEY,
  version     BIGINT NOT NULL,
  network_id  UUID NOT NULL REFERENCES tenancy_network (id),
  title       VARCHAR(200) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by  VARCHAR(120),
  updated_at  TIMESTAMP WITH TIME ZONE,
  updated_by  VARCHAR(120)
);
CREATE INDEX governance_procedure_network_idx ON governance_procedure (network_id, title);

-- One version of a procedure: a draft until published, then never changed.
CREATE TABLE governance_procedure_version (
  id            UUID PRIMARY KEY,
  version       BIGINT NOT NULL,
  network_id    UUID NOT NULL REFERENCES tenancy_network (id),
  procedure_id  UUID NOT NULL REFERENCES governance_procedure (id),
  number        INT NOT NULL,
  title         VARCHAR(200) NOT NULL,
  body          VARCHAR(60000) NOT NULL,
  change_note   VARCHAR(2000),
  published_at  TIMESTAMP WITH TIME ZONE,
  published_by  VARCHAR(120),
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(120),
  updated_at    TIMESTAMP WITH TIME ZONE,
  updated_by    VARCHAR(120),
  CONSTRAINT governance_procedure_version_number_uq UNIQUE (network_id, procedure_id, number)
);
CREATE INDEX governance_procedure_version_published_idx ON governance_procedure_version (network_id, published_at);

-- The network's publication target for decision statements.
CREATE TABLE governance_publication_target (
  id           UUID PRIMARY KEY,
  version      BIGINT NOT NULL,
  network_id   UUID NOT NULL REFERENCES tenancy_network (id),
  target_days  INT,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by   VARCHAR(120),
  updated_at   TIMESTAMP WITH TIME ZONE,
  updated_by   VARCHAR(120),
  CONSTRAINT governance_publication_target_uq UNIQUE (network_id)
);

-- A relevant decision: the statutory record, append-only once recorded (publication is the one change).
CREATE TABLE governance_decision (
  id                     UUID PRIMARY KEY,
  version                BIGINT NOT NULL,
  network_id             UUID NOT NULL REFERENCES tenancy_network (id),
  reference              VARCHAR(30) NOT NULL,
  category               VARCHAR(40) NOT NULL,
  summary                VARCHAR(1000) NOT NULL,
  reasons                VARCHAR(8000) NOT NULL,
  decided_on             DATE NOT NULL,
  decided_by             VARCHAR(2000) NOT NULL,
  procedure_version_id   UUID NOT NULL REFERENCES governance_procedure_version (id),
  procedure_title        VARCHAR(200) NOT NULL,
  procedure_number       INT NOT NULL,
  publication_due        DATE NOT NULL,
  due_rule_set_code      VARCHAR(40) NOT NULL,
  due_rule_set_version   INT NOT NULL,
  due_explanation        VARCHAR(1000) NOT NULL,
  published_at           TIMESTAMP WITH TIME ZONE,
  published_by           VARCHAR(120),
  created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by             VARCHAR(120),
  updated_at             TIMESTAMP WITH TIME ZONE,
  updated_by             VARCHAR(120),
  CONSTRAINT governance_decision_reference_uq UNIQUE (network_id, reference)
);
CREATE INDEX governance_decision_category_idx ON governance_decision (network_id, category, decided_on);
CREATE INDEX governance_decision_decided_idx ON governance_decision (network_id, decided_on);
CREATE INDEX governance_decision_publication_idx ON governance_decision (network_id, published_at, publication_due);

-- A declaration of interest made for one decision, and whether the person stayed out of it.
CREATE TABLE governance_declaration (
  id           UUID PRIMARY KEY,
  version      BIGINT NOT NULL,
  network_id   UUID NOT NULL REFERENCES tenancy_network (id),
  decision_id  UUID NOT NULL REFERENCES governance_decision (id),
  person       VARCHAR(200) NOT NULL,
  interest     VARCHAR(1000) NOT NULL,
  recused      BOOLEAN NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by   VARCHAR(120),
  updated_at   TIMESTAMP WITH TIME ZONE,
  updated_by   VARCHAR(120)
);
CREATE INDEX governance_declaration_decision_idx ON governance_declaration (network_id, decision_id);

-- A correction to a recorded decision: a new entry with its reason, never an edit.
CREATE TABLE governance_decision_correction (
  id                 UUID PRIMARY KEY,
  version            BIGINT NOT NULL,
  network_id         UUID NOT NULL REFERENCES tenancy_network (id),
  decision_id        UUID NOT NULL REFERENCES governance_decision (id),
  corrected_summary  VARCHAR(1000),
  corrected_reasons  VARCHAR(8000),
  reason             VARCHAR(2000) NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by         VARCHAR(120),
  updated_at         TIMESTAMP WITH TIME ZONE,
  updated_by         VARCHAR(120)
);
CREATE INDEX governance_decision_correction_idx ON governance_decision_correction (network_id, decision_id, created_at);

-- A case of another module that a decision authorised (kind, id and reference only).
CREATE TABLE governance_authorised_case (
  id           UUID PRIMARY KEY,
  version      BIGINT NOT NULL,
  network_id   UUID NOT NULL REFERENCES tenancy_network (id),
  decision_id  UUID NOT NULL REFERENCES governance_decision (id),
  kind         VARCHAR(60) NOT NULL,
  case_id      UUID NOT NULL,
  reference    VARCHAR(60),
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by   VARCHAR(120),
  updated_at   TIMESTAMP WITH TIME ZONE,
  updated_by   VARCHAR(120),
  CONSTRAINT governance_authorised_case_uq UNIQUE (network_id, decision_id, kind, case_id)
);

-- A subject put before the governing body for sign-off by another module.
CREATE TABLE governance_sign_off_request (
  id            UUID PRIMARY KEY,
  version       BIGINT NOT NULL,
  network_id    UUID NOT NULL REFERENCES tenancy_network (id),
  subject_type  VARCHAR(60) NOT NULL,
  subject_id    UUID NOT NULL,
  title         VARCHAR(300) NOT NULL,
  link          VARCHAR(500),
  requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  sign_off_id   UUID,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(120),
  updated_at    TIMESTAMP WITH TIME ZONE,
  updated_by    VARCHAR(120),
  CONSTRAINT governance_sign_off_request_uq UNIQUE (network_id, subject_type, subject_id)
);
CREATE INDEX governance_sign_off_request_open_idx ON governance_sign_off_request (network_id, sign_off_id, requested_at);

-- The governing body's sign-off of a subject: append-only.
CREATE TABLE governance_sign_off (
  id                    UUID PRIMARY KEY,
  version               BIGINT NOT NULL,
  network_id            UUID NOT NULL REFERENCES tenancy_network (id),
  subject_type          VARCHAR(60) NOT NULL,
  subject_id            UUID NOT NULL,
  subject_label         VARCHAR(200) NOT NULL,
  signed_on             DATE NOT NULL,
  signed_by             VARCHAR(200) NOT NULL,
  signed_by_account_id  UUID,
  minute_reference      VARCHAR(100),
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by            VARCHAR(120),
  updated_at            TIMESTAMP WITH TIME ZONE,
  updated_by            VARCHAR(120)
);
CREATE INDEX governance_sign_off_subject_idx ON governance_sign_off (network_id, subject_type, subject_id, signed_on);
