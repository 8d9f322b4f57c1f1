-- Every e-mail the platform sends is written here first (in the transaction of the work that caused it)
-- and relayed to the SMTP server by a scheduled task. Without SMTP the messages stay here and the
-- platform administrator can read them.
CREATE TABLE notifications_outbox (
  id          UUID PRIMARY KEY,
  network_id  UUID,
  recipient   VARCHAR(254) NOT NULL,
  subject     VARCHAR(200) NOT NULL,
  body        VARCHAR(20000) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  sent_at     TIMESTAMP WITH TIME ZONE,
  attempts    INT NOT NULL,
  last_error  VARCHAR(1000)
);
CREATE INDEX notifications_outbox_created_idx ON notifications_outbox (created_at);
CREATE INDEX notifications_outbox_pending_idx ON notifications_outbox (sent_at, attempts, created_at);
