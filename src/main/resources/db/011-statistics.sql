-- What an erased person still adds to the coordinators' statistics, frozen at erase time, so the
-- funnel and its breakdowns stay the same after /delete. Nothing here points at the person:
-- started_at is the hour they first wrote (whole hours, so it still falls on the right local day
-- in a zone of whole-hour offsets without keeping the moment), sectors is a JSON list of codes,
-- communities a JSON list of community ids (a community's, never a person's), outcomes a JSON
-- object of follow-up outcome code to the number of their meetings that reported it.
ALTER TABLE erased_person ADD COLUMN started_at INTEGER;
ALTER TABLE erased_person ADD COLUMN region TEXT;
ALTER TABLE erased_person ADD COLUMN sectors TEXT;
ALTER TABLE erased_person ADD COLUMN communities TEXT;
ALTER TABLE erased_person ADD COLUMN asked INTEGER;
ALTER TABLE erased_person ADD COLUMN matched INTEGER;
ALTER TABLE erased_person ADD COLUMN met INTEGER;
ALTER TABLE erased_person ADD COLUMN found_work INTEGER;
ALTER TABLE erased_person ADD COLUMN found_placement INTEGER;
ALTER TABLE erased_person ADD COLUMN found_study INTEGER;
ALTER TABLE erased_person ADD COLUMN outcomes TEXT;
CREATE INDEX erased_person_started ON erased_person(started_at) WHERE started_at IS NOT NULL;
-- The placeholder an earlier build may have created under this name.
DROP TABLE IF EXISTS statistics_placeholder;
