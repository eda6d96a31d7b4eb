-- An event a coordinator, or a key person for their own communities, runs: a salon, a
-- meet-and-greet, an information session. Changed only through its version, like a meeting.
-- token opens the check-in (t.me/<bot>?start=e<token>), which the QR code at the door carries.
CREATE TABLE event (
  id INTEGER PRIMARY KEY,
  organiser_id INTEGER,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('salon', 'meet_greet', 'info')),
  starts_at TEXT NOT NULL,
  zone TEXT NOT NULL,
  place TEXT,
  capacity INTEGER,
  languages TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'cancelled')),
  token TEXT NOT NULL UNIQUE,
  version INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL
);
CREATE INDEX event_organiser ON event(organiser_id);

CREATE TABLE event_community (
  event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  community_id INTEGER NOT NULL,
  PRIMARY KEY (event_id, community_id)
);

-- One row per person who answered an invitation or checked in.
CREATE TABLE event_guest (
  event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL,
  answer TEXT CHECK (answer IN ('going', 'not_going')),
  checked_in_at INTEGER,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (event_id, person_id)
);
CREATE INDEX event_guest_person ON event_guest(person_id);

-- A broadcast that is an event's invitation: its copies carry Going / Not going.
ALTER TABLE broadcast ADD COLUMN event_id INTEGER;
