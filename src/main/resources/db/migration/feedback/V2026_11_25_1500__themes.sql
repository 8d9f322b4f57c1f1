-- People's views: each network's theme taxonomy (seeded from the NHS patient-experience qualitative
-- data categorisation framework, see docs/data-sources.md) and the themes marked on each view, with the
-- sentiment of what the view says about that theme. experience_id refers to feedback_experience by id.

CREATE TABLE feedback_theme (
  id          UUID PRIMARY KEY,
  version     BIGINT NOT NULL,
  network_id  UUID NOT NULL REFERENCES tenancy_network (id),
  code        VARCHAR(80) NOT NULL,
  name        VARCHAR(120) NOT NULL,
  description VARCHAR(2000),
  parent_id   UUID REFERENCES feedback_theme (id),
  position    INT NOT NULL,
  active      BOOLEAN NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by  VARCHAR(120),
  updated_at  TIMESTAMP WITH TIME ZONE,
  updated_by  VARCHAR(120),
  CONSTRAINT feedback_theme_code_uq UNIQUE (network_id, code)
);
CREATE INDEX feedback_theme_parent_idx ON feedback_theme (network_id, parent_id);

CREATE TABLE feedback_theme_mark (
  id            UUID PRIMARY KEY,
  version       BIGINT NOT NULL,
  network_id    UUID NOT NULL REFERENCES tenancy_network (id),
  experience_id UUID NOT NULL,
  theme_id      UUID NOT NULL REFERENCES feedback_theme (id),
  sentiment     VARCHAR(10) NOT NULL,
  source        VARCHAR(10) NOT NULL,
  marked_by     UUID,
  marked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(120),
  updated_at    TIMESTAMP WITH TIME ZONE,
  updated_by    VARCHAR(120),
  CONSTRAINT feedback_theme_mark_uq UNIQUE (network_id, experience_id, theme_id)
);
CREATE INDEX feedback_theme_mark_theme_idx ON feedback_theme_mark (network_id, theme_id, sentiment);
CREATE INDEX feedback_theme_mark_source_idx ON feedback_theme_mark (network_id, source, marked_at);
