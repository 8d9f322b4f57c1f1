-- Service replies: a provider's public answer to a published view, written by one of its service
-- responders. One reply per view. days_to_reply (calendar days from publication) feeds the response-rate
-- figures (median days to reply per provider).
CREATE TABLE feedback_reply (
  id            UUID PRIMARY KEY,
  version       BIGINT NOT NULL,
  network_id    UUID NOT NULL REFERENCES tenancy_network (id),
  experience_id UUID NOT NULL REFERENCES feedback_experience (id),
  provider_id   UUID NOT NULL,
  account_id    UUID NOT NULL,
  provider_name VARCHAR(200) NOT NULL,
  text          VARCHAR(4000) NOT NULL,
  replied_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  days_to_reply INT NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(120),
  updated_at    TIMESTAMP WITH TIME ZONE,
  updated_by    VARCHAR(120),
  CONSTRAINT feedback_reply_experience_uq UNIQUE (network_id, experience_id)
);
CREATE INDEX feedback_reply_provider_idx ON feedback_reply (network_id, provider_id, replied_at);
