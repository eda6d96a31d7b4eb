-- What came of an event for someone who checked in: the day after, whether they made an
-- appointment and with whom; two and six weeks later, whether it took place and what came of it.
-- person_id goes NULL when they erase themselves; the counts stay.
CREATE TABLE event_outcome (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  person_id INTEGER,
  appointment TEXT CHECK (appointment IN ('employer', 'training', 'support', 'other', 'none')),
  result TEXT CHECK (result IN ('work', 'placement', 'study', 'other', 'nothing', 'not_held')),
  updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX event_outcome_person ON event_outcome(event_id, person_id);
