-- The time step of the last accepted one-time code, so that a code cannot be used twice.
ALTER TABLE access_account ADD COLUMN totp_last_step BIGINT;
