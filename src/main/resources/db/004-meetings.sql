-- Coffee meetings from request to answer. A volunteer is asked at most once per newcomer (any
-- row counts as "paired before"); answers only change a row that is still 'requested'.
CREATE TABLE meeting (
  id INTEGER PRIMARY KEY,
  newcomer_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  volunteer_id INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'requested'
    CHECK (status IN ('requested', 'accepted', 'declined', 'expired', 'cancelled')),
  reasons TEXT NOT NULL,
  requested_at INTEGER NOT NULL,
  answered_at INTEGER
);
CREATE INDEX meeting_newcomer ON meeting(newcomer_id);
CREATE INDEX meeting_volunteer ON meeting(volunteer_id, requested_at);
