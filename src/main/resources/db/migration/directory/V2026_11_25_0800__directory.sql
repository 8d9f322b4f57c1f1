-- Care-services directory: national data shared by every network (providers, commissioners and the
-- premises where care is given), each network's own notes on premises, and directory import jobs.
-- Searches: by name words (directory_premises_word, prefix LIKE), postcode, local authority and service
-- type. On PostgreSQL, V2026_11_25_0801 (a Java migration) adds text_pattern_ops indexes for prefix LIKE.

CREATE TABLE directory_provider (
  id              UUID PRIMARY KEY,
  version         BIGINT NOT NULL,
  kind            VARCHAR(30) NOT NULL,
  name            VARCHAR(200) NOT NULL,
  search_name     VARCHAR(200) NOT NULL,
  ods_code        VARCHAR(12),
  cqc_provider_id VARCHAR(20),
  gss_code        VARCHAR(9),
  commissioner    BOOLEAN NOT NULL,
  address         VARCHAR(300),
  postcode        VARCHAR(8),
  phone           VARCHAR(40),
  closed_on       DATE,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by      VARCHAR(120),
  updated_at      TIMESTAMP WITH TIME ZONE,
  updated_by      VARCHAR(120),
  CONSTRAINT directory_provider_ods_uq UNIQUE (ods_code),
  CONSTRAINT directory_provider_cqc_uq UNIQUE (cqc_provider_id),
  CONSTRAINT directory_provider_gss_uq UNIQUE (gss_code)
);
CREATE INDEX directory_provider_name_idx ON directory_provider (search_name);

CREATE TABLE directory_premises (
  id                UUID PRIMARY KEY,
  version           BIGINT NOT NULL,
  name              VARCHAR(200) NOT NULL,
  search_name       VARCHAR(200) NOT NULL,
  also_known_as     VARCHAR(200),
  address           VARCHAR(300),
  postcode          VARCHAR(8),
  postcode_district VARCHAR(4),
  la_gss_code       VARCHAR(9),
  phone             VARCHAR(40),
  website           VARCHAR(300),
  care_home         BOOLEAN NOT NULL,
  communal_areas    VARCHAR(2000),
  description       VARCHAR(1000),
  specialisms       VARCHAR(1000),
  opening_hours     VARCHAR(600),
  ods_code          VARCHAR(12),
  cqc_location_id   VARCHAR(20),
  owner_id          UUID REFERENCES directory_provider (id),
  controller_id     UUID REFERENCES directory_provider (id),
  commissioner_id   UUID REFERENCES directory_provider (id),
  last_inspected    DATE,
  source            VARCHAR(20) NOT NULL,
  closed_on         DATE,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by        VARCHAR(120),
  updated_at        TIMESTAMP WITH TIME ZONE,
  updated_by        VARCHAR(120),
  CONSTRAINT directory_premises_ods_uq UNIQUE (ods_code),
  CONSTRAINT directory_premises_cqc_uq UNIQUE (cqc_location_id)
);
CREATE INDEX directory_premises_name_idx ON directory_premises (search_name);
CREATE INDEX directory_premises_postcode_idx ON directory_premises (postcode);
CREATE INDEX directory_premises_district_idx ON directory_premises (postcode_district, search_name);
CREATE INDEX directory_premises_la_idx ON directory_premises (la_gss_code, search_name);
CREATE INDEX directory_premises_owner_idx ON directory_premises (owner_id);
CREATE INDEX directory_premises_controller_idx ON directory_premises (controller_id);

CREATE TABLE directory_premises_service_type (
  premises_id  UUID NOT NULL REFERENCES directory_premises (id) ON DELETE CASCADE,
  service_type VARCHAR(40) NOT NULL,
  PRIMARY KEY (premises_id, service_type)
);
CREATE INDEX directory_premises_service_type_idx ON directory_premises_service_type (service_type, premises_id);

-- Each word of a premises' names (lower case, letters and digits), for word-prefix name search.
CREATE TABLE directory_premises_word (
  premises_id UUID NOT NULL REFERENCES directory_premises (id) ON DELETE CASCADE,
  word        VARCHAR(60) NOT NULL,
  PRIMARY KEY (premises_id, word)
);
CREATE INDEX directory_premises_word_idx ON directory_premises_word (word, premises_id);

-- A network's own notes on premises (tenant-owned).
CREATE TABLE directory_local_note (
  id          UUID PRIMARY KEY,
  version     BIGINT NOT NULL,
  network_id  UUID NOT NULL REFERENCES tenancy_network (id),
  premises_id UUID NOT NULL REFERENCES directory_premises (id) ON DELETE CASCADE,
  note        VARCHAR(4000) NOT NULL,
  links       VARCHAR(2000),
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by  VARCHAR(120),
  updated_at  TIMESTAMP WITH TIME ZONE,
  updated_by  VARCHAR(120)
);
CREATE INDEX directory_local_note_premises_idx ON directory_local_note (network_id, premises_id);

CREATE TABLE directory_import_job (
  id           UUID PRIMARY KEY,
  version      BIGINT NOT NULL,
  kind         VARCHAR(20) NOT NULL,
  file_name    VARCHAR(255) NOT NULL,
  status       VARCHAR(30) NOT NULL,
  started_at   TIMESTAMP WITH TIME ZONE,
  finished_at  TIMESTAMP WITH TIME ZONE,
  bytes_total  BIGINT NOT NULL,
  bytes_read   BIGINT NOT NULL,
  rows_read    INT NOT NULL,
  rows_ok      INT NOT NULL,
  rows_failed  INT NOT NULL,
  rows_skipped INT NOT NULL,
  message_code VARCHAR(100),
  message_detail VARCHAR(1000),
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by   VARCHAR(120),
  updated_at   TIMESTAMP WITH TIME ZONE,
  updated_by   VARCHAR(120)
);
CREATE INDEX directory_import_job_created_idx ON directory_import_job (created_at);

-- The first 1,000 row errors of each import job: a message code (messages/directory) and the value.
CREATE TABLE directory_import_error (
  job_id      UUID NOT NULL REFERENCES directory_import_job (id) ON DELETE CASCADE,
  seq         INT NOT NULL,
  row_number  BIGINT NOT NULL,
  column_name VARCHAR(100),
  code        VARCHAR(100) NOT NULL,
  bad_value   VARCHAR(200),
  PRIMARY KEY (job_id, seq)
);

-- Which local authorities a postcode district lies in, with how many directory records say so
-- (Find your LINk). Filled by V2026_11_25_0802 (generated; see PostcodeDistrictEvidence).
CREATE TABLE directory_postcode_district (
  district       VARCHAR(4) NOT NULL,
  gss_code       VARCHAR(9) NOT NULL,
  evidence_count INT NOT NULL,
  PRIMARY KEY (district, gss_code)
);
