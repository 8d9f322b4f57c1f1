-- Enter and View: the network's nominated persons (who may consider criminal records checks) and the
-- append-only record of letters sent to providers by e-mail or post.

CREATE TABLE visits_nominated_person (
  id              UUID PRIMARY KEY,
  version         BIGINT NOT NULL,
  network_id      UUID NOT NULL REFERENCES tenancy_network (id),
  account_id      UUID,
  participant_id  UUID,
  name            VARCHAR(200) NOT NULL,
  email           VARCHAR(254),
  nominated_on    DATE NOT NULL,
  nominated_by    VARCHAR(200) NOT NULL,
  ended_on        DATE,
  ended_by        VARCHAR(200),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by      VARCHAR(120),
  updated_at      TIMESTAMP WITH TIME ZONE,
  updated_by      VARCHAR(120)
);
CREATE INDEX visits_nominated_person_name_idx ON visits_nominated_person (network_id, ended_on, name);
CREATE INDEX visits_nominated_person_account_idx ON visits_nominated_person (network_id, account_id);
CREATE INDEX visits_nominated_person_participant_idx ON visits_nominated_person (network_id, participant_id);

CREATE TABLE visits_letter (
  id              UUID PRIMARY KEY,
  version         BIGINT NOT NULL,
  network_id      UUID NOT NULL REFERENCES tenancy_network (id),
  visit_id        UUID NOT NULL REFERENCES visits_visit (id),
  kind            VARCHAR(20) NOT NULL,
  channel         VARCHAR(10) NOT NULL,
  sent_to         VARCHAR(254),
  sent_on         DATE NOT NULL,
  sent_by         VARCHAR(200),
  comments_due    DATE,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by      VARCHAR(120),
  updated_at      TIMESTAMP WITH TIME ZONE,
  updated_by      VARCHAR(120)
);
CREATE INDEX visits_letter_visit_idx ON visits_letter (network_id, visit_id, created_at);
