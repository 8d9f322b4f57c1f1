-- The append-only audit trail. network_id is null for platform-level entries (sign-in attempts,
-- network administration). No foreign key to the network: the trail outlives what it describes.
-- The application only ever inserts into this table and reads from it.
CREATE TABLE audit_entry (
  id               UUID PRIMARY KEY,
  network_id       UUID,
  occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  actor            VARCHAR(254) NOT NULL,
  actor_account_id UUID,
  action           VARCHAR(120) NOT NULL,
  entity_type      VARCHAR(60),
  entity_id        VARCHAR(64),
  http_method      VARCHAR(10),
  path             VARCHAR(500),
  outcome          VARCHAR(20) NOT NULL,
  detail           VARCHAR(500)
);
CREATE INDEX audit_entry_network_time_idx ON audit_entry (network_id, occurred_at);
CREATE INDEX audit_entry_network_entity_idx ON audit_entry (network_id, entity_type, entity_id);
