-- Personal access tokens for the API. Only the SHA-256 hash of the token is stored.
CREATE TABLE access_api_token (
  id            UUID PRIMARY KEY,
  account_id    UUID NOT NULL REFERENCES access_account (id) ON DELETE CASCADE,
  name          VARCHAR(100) NOT NULL,
  token_hash    VARCHAR(64) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  last_used_at  TIMESTAMP WITH TIME ZONE,
  revoked_at    TIMESTAMP WITH TIME ZONE,
  CONSTRAINT access_api_token_hash_uq UNIQUE (token_hash)
);
CREATE INDEX access_api_token_account_idx ON access_api_token (account_id, created_at);
