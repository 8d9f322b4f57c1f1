-- "What changed": what a service changed after people's views, when, and the evidence, linked by id to
-- the views that led to it (and, later, to recommendation outcomes of the powers module).
CREATE TABLE feedback_impact (
  id           UUID PRIMARY KEY,
  version      BIGINT NOT NULL,
  network_id   UUID NOT NULL REFERENCES tenancy_network (id),
  title        VARCHAR(200) NOT NULL,
  what_changed VARCHAR(4000) NOT NULL,
  changed_on   DATE NOT NULL,
  evidence     VARCHAR(4000),
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by   VARCHAR(120),
  updated_at   TIMESTAMP WITH TIME ZONE,
  updated_by   VARCHAR(120)
);
CREATE INDEX feedback_impact_changed_idx ON feedback_impact (network_id, changed_on);

CREATE TABLE feedback_impact_link (
  id          UUID PRIMARY KEY,
  version     BIGINT NOT NULL,
  network_id  UUID NOT NULL REFERENCES tenancy_network (id),
  impact_id   UUID NOT NULL REFERENCES feedback_impact (id),
  kind        VARCHAR(30) NOT NULL,
  target_id   UUID NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by  VARCHAR(120),
  updated_at  TIMESTAMP WITH TIME ZONE,
  updated_by  VARCHAR(120),
  CONSTRAINT feedback_impact_link_uq UNIQUE (network_id, impact_id, kind, target_id)
);
CREATE INDEX feedback_impact_link_target_idx ON feedback_impact_link (network_id, kind, target_id);
