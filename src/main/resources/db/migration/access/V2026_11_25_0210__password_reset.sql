-- One-time password-reset links. Only the SHA-256 hash of the token is stored; a token is spent when
-- used or when a newer one is issued, and expires an hour after it was issued.
CREATE TABLE access_password_reset (
  id          UUID PRIMARY KEY,
  account_id  UUID NOT NULL REFERENCES access_account (id) ON DELETE CASCADE,
  token_hash  VARCHAR(64) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  spent_at    TIMESTAMP WITH TIME ZONE,
  CONSTRAINT access_password_reset_hash_uq UNIQUE (token_hash)
);
CREATE INDEX access_password_reset_account_idx ON access_password_reset (account_id, created_at);
