-- Several conversations per person, each under its own key ("profile", "meeting:3f9a2k", ...):
-- its kind, state by name, data as JSON with its version, seq (numbers its live question) and
-- asked (when it last asked something; the highest gets what the person types; 0 = asks nothing).
-- The one-conversation table is kept as legacy_conversation until the start-up upgrade has
-- turned each row into the conversations it held, then dropped.
ALTER TABLE conversation RENAME TO legacy_conversation;
CREATE TABLE conversation (
  person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  kind TEXT NOT NULL,
  state TEXT NOT NULL,
  data TEXT NOT NULL,
  data_version INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  asked INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (person_id, key)
);
CREATE INDEX conversation_kind ON conversation(kind);

-- A job belongs to one conversation of one person (conv_key); kind is its name there.
ALTER TABLE job ADD COLUMN conv_key TEXT NOT NULL DEFAULT '';
DROP INDEX job_person;
CREATE INDEX job_conversation ON job(person_id, conv_key, kind) WHERE status = 'pending';

-- Messages the bot keeps, tagged with the people whose details they carry, so erasing a person
-- also erases what was sent to others about them.
CREATE TABLE outbox_about (
  outbox_id INTEGER NOT NULL,
  person_id INTEGER NOT NULL,
  PRIMARY KEY (outbox_id, person_id)
);
CREATE INDEX outbox_about_person ON outbox_about(person_id);

-- A meeting is a record of its own, changed only over the version it was read at. Its people are
-- NULL once erased (the row stays for the counts, without the place the volunteer typed).
-- proposed holds the times offered (JSON, local); round counts confirmations; why the reason of
-- the latest change. SQLite cannot change a CHECK or drop a foreign key, so the table is rebuilt.
CREATE TABLE meeting_v3 (
  id INTEGER PRIMARY KEY,
  newcomer_id INTEGER,
  volunteer_id INTEGER,
  status TEXT NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'accepted', 'proposed', 'confirmed',
    'declined', 'expired', 'cancelled', 'held', 'not_held', 'no_show')),
  why TEXT,
  reasons TEXT NOT NULL,
  requested_at INTEGER NOT NULL,
  answered_at INTEGER,
  proposed TEXT,
  place TEXT,
  starts_at TEXT,
  zone TEXT,
  round INTEGER NOT NULL DEFAULT 0,
  confirmed_at INTEGER,
  cancelled_by INTEGER,
  newcomer_shares INTEGER NOT NULL DEFAULT 0,
  volunteer_shares INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1,
  updated_at INTEGER
);
INSERT INTO meeting_v3(id, newcomer_id, volunteer_id, status, why, reasons, requested_at, answered_at, place, starts_at,
    zone, round, confirmed_at, cancelled_by, newcomer_shares, volunteer_shares, version, updated_at)
  SELECT id, newcomer_id, volunteer_id, status, CASE WHEN status = 'accepted' THEN 'first' END, reasons, requested_at,
    answered_at, place, starts_at, zone, CASE WHEN status = 'confirmed' THEN 1 ELSE 0 END, confirmed_at, cancelled_by,
    newcomer_shares, volunteer_shares, 1, requested_at FROM meeting;
DROP TABLE meeting;
ALTER TABLE meeting_v3 RENAME TO meeting;
CREATE INDEX meeting_newcomer ON meeting(newcomer_id);
CREATE INDEX meeting_volunteer ON meeting(volunteer_id, requested_at);

-- Follow-up answers, one row per side of a meeting; person_id is NULL once that person is erased
-- (the answers stay for the counts, the comment goes).
CREATE TABLE meeting_feedback_v2 (
  meeting_id INTEGER NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('newcomer', 'volunteer')),
  person_id INTEGER,
  took_place TEXT CHECK (took_place IN ('yes', 'no', 'no_show')),
  usefulness INTEGER CHECK (usefulness BETWEEN 1 AND 5),
  outcomes TEXT,
  comment TEXT,
  answered_at INTEGER NOT NULL,
  PRIMARY KEY (meeting_id, role)
);
INSERT INTO meeting_feedback_v2 SELECT meeting_id, role, person_id, took_place, usefulness, outcomes, comment,
  answered_at FROM meeting_feedback;
DROP TABLE meeting_feedback;
ALTER TABLE meeting_feedback_v2 RENAME TO meeting_feedback;
CREATE INDEX meeting_feedback_person ON meeting_feedback(person_id);

-- The newcomer's check-in weeks after a meeting, one per meeting; person_id NULL once erased.
CREATE TABLE checkin_v2 (
  meeting_id INTEGER PRIMARY KEY,
  person_id INTEGER,
  outcome TEXT NOT NULL CHECK (outcome IN ('work', 'placement', 'study', 'none')),
  answered_at INTEGER NOT NULL
);
INSERT INTO checkin_v2 SELECT meeting_id, person_id, outcome, answered_at FROM checkin;
DROP TABLE checkin;
ALTER TABLE checkin_v2 RENAME TO checkin;
CREATE INDEX checkin_person ON checkin(person_id);

CREATE INDEX relay_to ON relay(to_id);

-- What stays of an erased person: one row of counts without identity, so the figures add up.
CREATE TABLE erased_person (
  id INTEGER PRIMARY KEY,
  month TEXT NOT NULL,
  role TEXT,
  language TEXT,
  consented INTEGER,
  profile_complete INTEGER
);
