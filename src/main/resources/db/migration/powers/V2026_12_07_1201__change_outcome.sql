-- Whether a promised change happened, recorded at or after the review date: yes, partly, no or not yet,
-- with a note and the day it was checked (change_happened stays for rows recorded before).
ALTER TABLE powers_recommendation_response ADD COLUMN change_outcome VARCHAR(20);
ALTER TABLE powers_recommendation_response ADD COLUMN outcome_note VARCHAR(4000);
ALTER TABLE powers_recommendation_response ADD COLUMN outcome_on DATE;
