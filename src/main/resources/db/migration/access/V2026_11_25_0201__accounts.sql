-- Accounts for everyone who signs in. Platform administrators and national viewers have no network.
CREATE TABLE access_account (
  id                 UUID PRIMARY KEY,
  version            BIGINT NOT NULL,
  network_id         UUID REFERENCES tenancy_network (id),
  email              VARCHAR(254) NOT NULL,
  display_name       VARCHAR(120) NOT NULL,
  password_hash      VARCHAR(200) NOT NULL,
  enabled            BOOLEAN NOT NULL,
  failed_attempts    INT NOT NULL,
  locked_until       TIMESTAMP WITH TIME ZONE,
  totp_secret        VARCHAR(64),
  totp_enabled       BOOLEAN NOT NULL,
  preferred_language VARCHAR(10),
  linked_organisation VARCHAR(200),
  last_sign_in_at    TIMESTAMP WITH TIME ZONE,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by         VARCHAR(120),
  updated_at         TIMESTAMP WITH TIME ZONE,
  updated_by         VARCHAR(120),
  CONSTRAINT access_account_email_uq UNIQUE (email)
);
CREATE INDEX access_account_network_idx ON access_account (network_id, display_name);

CREATE TABLE access_account_role (
  account_id UUID NOT NULL REFERENCES access_account (id) ON DELETE CASCADE,
  role       VARCHAR(40) NOT NULL,
  PRIMARY KEY (account_id, role)
);
