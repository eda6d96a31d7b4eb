-- What each side said after a meeting, saved answer by answer so nothing is lost when someone
-- stops half-way. took_place: yes, no (it did not happen), no_show (the other did not come).
CREATE TABLE meeting_feedback (
  meeting_id INTEGER NOT NULL,
  person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('newcomer', 'volunteer')),
  took_place TEXT CHECK (took_place IN ('yes', 'no', 'no_show')),
  usefulness INTEGER CHECK (usefulness BETWEEN 1 AND 5),
  outcomes TEXT,
  comment TEXT,
  answered_at INTEGER NOT NULL,
  PRIMARY KEY (meeting_id, person_id)
);

-- The newcomer's answer weeks later: found work, a placement, study, or not yet. Counted by
-- coordinators; kept without the meeting's details.
CREATE TABLE checkin (
  person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  meeting_id INTEGER NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('work', 'placement', 'study', 'none')),
  answered_at INTEGER NOT NULL,
  PRIMARY KEY (person_id, meeting_id)
);
