-- People's views (issue #3): experiences of care services given by the public or recorded by staff.
-- Personal contact details, the text as first given, the safeguarding log and equality monitoring are
-- each kept apart from the view itself (see docs/decisions/0017 and 0018). Every list is paged and
-- every filter starts with network_id.

CREATE TABLE feedback_experience (
  id                 UUID PRIMARY KEY,
  version            BIGINT NOT NULL,
  network_id         UUID NOT NULL REFERENCES tenancy_network (id),
  reference          VARCHAR(16) NOT NULL,
  premises_id        UUID,
  provider_id        UUID,
  service_name       VARCHAR(200) NOT NULL,
  text               VARCHAR(8000) NOT NULL,
  happened_on        DATE,
  happened_precision VARCHAR(10),
  rating             INTEGER,
  anonymous          BOOLEAN NOT NULL,
  channel            VARCHAR(20) NOT NULL,
  received_on        DATE NOT NULL,
  recorded_by        VARCHAR(120),
  consent            VARCHAR(30) NOT NULL,
  status             VARCHAR(30) NOT NULL,
  status_reason      VARCHAR(1000),
  redacted           BOOLEAN NOT NULL,
  safeguarding_open  BOOLEAN NOT NULL,
  moderated_by       VARCHAR(120),
  moderated_at       TIMESTAMP WITH TIME ZONE,
  published_at       TIMESTAMP WITH TIME ZONE,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by         VARCHAR(120),
  updated_at         TIMESTAMP WITH TIME ZONE,
  updated_by         VARCHAR(120),
  CONSTRAINT feedback_experience_reference_uq UNIQUE (network_id, reference)
);
CREATE INDEX feedback_experience_queue_idx ON feedback_experience (network_id, safeguarding_open, status, created_at);
CREATE INDEX feedback_experience_published_idx ON feedback_experience (network_id, status, published_at);
CREATE INDEX feedback_experience_premises_idx ON feedback_experience (network_id, premises_id, status, published_at);
CREATE INDEX feedback_experience_created_idx ON feedback_experience (network_id, created_at);

-- Who gave the view and how to reach them: erased on request, leaving the anonymised view.
CREATE TABLE feedback_contact (
  id            UUID PRIMARY KEY,
  version       BIGINT NOT NULL,
  network_id    UUID NOT NULL REFERENCES tenancy_network (id),
  experience_id UUID NOT NULL REFERENCES feedback_experience (id),
  name          VARCHAR(200),
  email         VARCHAR(320),
  phone         VARCHAR(40),
  may_contact   BOOLEAN NOT NULL,
  contact_by    VARCHAR(10),
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(120),
  updated_at    TIMESTAMP WITH TIME ZONE,
  updated_by    VARCHAR(120),
  CONSTRAINT feedback_contact_experience_uq UNIQUE (network_id, experience_id)
);

-- The text exactly as given, before any redaction: only host managers may read it.
CREATE TABLE feedback_original_text (
  id            UUID PRIMARY KEY,
  version       BIGINT NOT NULL,
  network_id    UUID NOT NULL REFERENCES tenancy_network (id),
  experience_id UUID NOT NULL REFERENCES feedback_experience (id),
  text          VARCHAR(8000) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(120),
  updated_at    TIMESTAMP WITH TIME ZONE,
  updated_by    VARCHAR(120),
  CONSTRAINT feedback_original_text_experience_uq UNIQUE (network_id, experience_id)
);

-- Append-only: what was done about a possible safeguarding concern, by whom and when.
CREATE TABLE feedback_safeguarding_action (
  id            UUID PRIMARY KEY,
  version       BIGINT NOT NULL,
  network_id    UUID NOT NULL REFERENCES tenancy_network (id),
  experience_id UUID NOT NULL REFERENCES feedback_experience (id),
  kind          VARCHAR(30) NOT NULL,
  note          VARCHAR(2000) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(120),
  updated_at    TIMESTAMP WITH TIME ZONE,
  updated_by    VARCHAR(120)
);
CREATE INDEX feedback_safeguarding_action_idx ON feedback_safeguarding_action (network_id, experience_id, created_at);

-- A network's own safeguarding keywords, in addition to the shipped defaults.
CREATE TABLE feedback_safeguarding_keyword (
  id          UUID PRIMARY KEY,
  version     BIGINT NOT NULL,
  network_id  UUID NOT NULL REFERENCES tenancy_network (id),
  keyword     VARCHAR(100) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by  VARCHAR(120),
  updated_at  TIMESTAMP WITH TIME ZONE,
  updated_by  VARCHAR(120),
  CONSTRAINT feedback_safeguarding_keyword_uq UNIQUE (network_id, keyword)
);

-- Submissions per client (a hash of its address, never the address) per fixed window: the rate
-- limit, shared by every node.
CREATE TABLE feedback_submission_window (
  network_id    UUID NOT NULL,
  client_key    VARCHAR(64) NOT NULL,
  window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
  submissions   INTEGER NOT NULL,
  PRIMARY KEY (network_id, client_key, window_start)
);

-- Equality monitoring: counts only, per network, month, question and answer. No row names a person or
-- a view (docs/decisions/0018).
CREATE TABLE feedback_equality_count (
  network_id  UUID NOT NULL,
  for_month   VARCHAR(7) NOT NULL,
  question    VARCHAR(40) NOT NULL,
  answer      VARCHAR(40) NOT NULL,
  responses   BIGINT NOT NULL,
  PRIMARY KEY (network_id, for_month, question, answer)
);
