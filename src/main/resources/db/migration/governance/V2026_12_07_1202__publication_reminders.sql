-- A reminder that a decision's statement is overdue for publication, sent to the network's host
-- managers. The unique key makes each reminder go once, whichever node sends it.
CREATE TABLE governance_publication_reminder (
  id           UUID PRIMARY KEY,
  version      BIGINT NOT NULL,
  network_id   UUID NOT NULL REFERENCES tenancy_network (id),
  decision_id  UUID NOT NULL REFERENCES governance_decision (id),
  kind         VARCHAR(20) NOT NULL,
  sent_to      VARCHAR(2000),
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by   VARCHAR(120),
  updated_at   TIMESTAMP WITH TIME ZONE,
  updated_by   VARCHAR(120),
  CONSTRAINT governance_publication_reminder_once_uk UNIQUE (network_id, decision_id, kind)
);
