-- A meeting after Accept: the volunteer proposes times, the newcomer picks one. starts_at is the
-- local date-time in `zone` (so a DST change never moves a meeting); place NULL means a video
-- call. SQLite cannot change a CHECK, so the table is rebuilt with the new statuses.
CREATE TABLE meeting_new (
  id INTEGER PRIMARY KEY,
  newcomer_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  volunteer_id INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'requested'
    CHECK (status IN ('requested', 'accepted', 'confirmed', 'declined', 'expired', 'cancelled')),
  reasons TEXT NOT NULL,
  requested_at INTEGER NOT NULL,
  answered_at INTEGER,
  starts_at TEXT,
  zone TEXT,
  place TEXT,
  confirmed_at INTEGER,
  cancelled_by INTEGER,
  newcomer_shares INTEGER NOT NULL DEFAULT 0,
  volunteer_shares INTEGER NOT NULL DEFAULT 0
);
INSERT INTO meeting_new(id, newcomer_id, volunteer_id, status, reasons, requested_at, answered_at)
  SELECT id, newcomer_id, volunteer_id, status, reasons, requested_at, answered_at FROM meeting;
DROP TABLE meeting;
ALTER TABLE meeting_new RENAME TO meeting;
CREATE INDEX meeting_newcomer ON meeting(newcomer_id);
CREATE INDEX meeting_volunteer ON meeting(volunteer_id, requested_at);

-- Messages passed between the two sides of a meeting while they have not shared contacts, kept
-- so a report can show a coordinator what was written. Erased with either person.
CREATE TABLE relay (
  from_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  to_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  sent_at INTEGER NOT NULL,
  meeting_id INTEGER NOT NULL,
  from_name TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (from_id, sent_at, to_id)
);

-- A person reporting another. Matching never pairs two people with a report between them.
CREATE TABLE report (
  reporter_id INTEGER NOT NULL,
  reported_id INTEGER NOT NULL,
  meeting_id INTEGER,
  relay_sent_at INTEGER,
  reported_at INTEGER NOT NULL
);
CREATE INDEX report_pair ON report(reporter_id, reported_id);
CREATE INDEX report_reverse ON report(reported_id, reporter_id);
