-- Working-day calendar: bank holidays (national reference data), their import history, and the
-- versioned rule sets that say how long each statutory duty gives. All national except the choice a
-- network makes, which is keyed by network id.

CREATE TABLE calendar_bank_holiday (
  id            UUID PRIMARY KEY,
  division      VARCHAR(40) NOT NULL,
  holiday_date  DATE NOT NULL,
  title         VARCHAR(200) NOT NULL,
  notes         VARCHAR(200),
  bunting       BOOLEAN NOT NULL,
  source        VARCHAR(200) NOT NULL,
  imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT calendar_bank_holiday_date_uq UNIQUE (division, holiday_date)
);

-- One row per confirmed import of a gov.uk bank-holidays.json file, with each change it made.
CREATE TABLE calendar_holiday_import (
  id            UUID PRIMARY KEY,
  imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  imported_by   VARCHAR(254) NOT NULL,
  file_name     VARCHAR(255),
  covered_from  DATE NOT NULL,
  covered_to    DATE NOT NULL,
  added         INT NOT NULL,
  removed       INT NOT NULL,
  renamed       INT NOT NULL
);
CREATE INDEX calendar_holiday_import_at_idx ON calendar_holiday_import (imported_at);

CREATE TABLE calendar_holiday_import_change (
  id            UUID PRIMARY KEY,
  import_id     UUID NOT NULL REFERENCES calendar_holiday_import (id),
  holiday_date  DATE NOT NULL,
  kind          VARCHAR(10) NOT NULL,
  old_title     VARCHAR(200),
  new_title     VARCHAR(200),
  CONSTRAINT calendar_holiday_import_change_kind_ck CHECK (kind IN ('ADDED', 'REMOVED', 'RENAMED'))
);
CREATE INDEX calendar_holiday_import_change_import_idx ON calendar_holiday_import_change (import_id, holiday_date);

CREATE TABLE calendar_rule_set (
  id             UUID PRIMARY KEY,
  code           VARCHAR(40) NOT NULL,
  name           VARCHAR(120) NOT NULL,
  version        INT NOT NULL,
  effective_from DATE NOT NULL,
  description    VARCHAR(1000) NOT NULL,
  CONSTRAINT calendar_rule_set_code_version_uq UNIQUE (code, version)
);

CREATE TABLE calendar_duty_rule (
  rule_set_id                UUID NOT NULL REFERENCES calendar_rule_set (id),
  duty                       VARCHAR(40) NOT NULL,
  period                     INT NOT NULL,
  unit                       VARCHAR(20) NOT NULL,
  counting                   VARCHAR(20) NOT NULL,
  fixed_month                INT,
  fixed_day                  INT,
  source_tag                 VARCHAR(1) NOT NULL,
  source_note                VARCHAR(500) NOT NULL,
  clock_restarts_on_transfer BOOLEAN NOT NULL,
  CONSTRAINT calendar_duty_rule_pk PRIMARY KEY (rule_set_id, duty),
  CONSTRAINT calendar_duty_rule_unit_ck CHECK (unit IN ('WORKING_DAYS', 'CALENDAR_DAYS', 'CALENDAR_MONTHS', 'FIXED_DATE')),
  CONSTRAINT calendar_duty_rule_counting_ck CHECK (counting IN ('BEGINNING_WITH', 'AFTER')),
  CONSTRAINT calendar_duty_rule_tag_ck CHECK (source_tag IN ('V', 'S', 'U')),
  CONSTRAINT calendar_duty_rule_period_ck CHECK (
    (unit = 'FIXED_DATE' AND period = 0 AND fixed_month BETWEEN 1 AND 12 AND fixed_day BETWEEN 1 AND 31)
    OR (unit <> 'FIXED_DATE' AND period BETWEEN 1 AND 1000 AND fixed_month IS NULL AND fixed_day IS NULL))
);

-- The rule set a network has chosen; no row means the default (LINks 2008).
CREATE TABLE calendar_network_rule_set (
  network_id  UUID PRIMARY KEY REFERENCES tenancy_network (id),
  rule_set_id UUID NOT NULL REFERENCES calendar_rule_set (id),
  chosen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  chosen_by   VARCHAR(254) NOT NULL
);
CREATE INDEX calendar_network_rule_set_rule_set_idx ON calendar_network_rule_set (rule_set_id);
