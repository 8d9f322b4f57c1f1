-- National scale (bench/README.md): the league table aggregates every clock of a network by party; with all
-- the columns it reads in one index, in party order, it reads the index only (no sort, no table).
CREATE INDEX powers_clock_league_idx ON powers_clock (network_id, party_name, duty, outcome, stopped_on, due_on,
  answer_working_days, answer_days);
-- The public register of reports lists the published ones, newest sent first.
CREATE INDEX powers_report_published_idx ON powers_report (network_id, published, sent_on);
