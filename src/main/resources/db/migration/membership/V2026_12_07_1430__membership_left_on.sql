-- Membership: the day a participant left (staff give it when they mark someone as left).
ALTER TABLE membership_decision ADD COLUMN effective_on DATE;
