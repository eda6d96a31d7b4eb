-- "Would you like to meet again?" at the end of a follow-up; two yeses start the pair's next meeting.
ALTER TABLE meeting_feedback ADD COLUMN again TEXT CHECK (again IN ('yes', 'no'));

-- When the person last sent the bot anything: retention erases people inactive for retentionMonths.
-- Existing people count from their latest conversation step, or from when they started.
ALTER TABLE person ADD COLUMN last_seen INTEGER;
UPDATE person SET last_seen = COALESCE((SELECT MAX(updated_at) FROM conversation c WHERE c.person_id = person.id),
  consent_at, created_at);
CREATE INDEX person_last_seen ON person(last_seen);
