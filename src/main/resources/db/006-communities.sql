-- Communities reached through their key persons. join_token is the opaque part of the join link
-- (t.me/<bot>?start=<token>). A membership row is never deleted when someone leaves, so a
-- broadcast can tell left and unreachable members from those it has not reached yet.
CREATE TABLE community (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  language TEXT NOT NULL,
  region TEXT,
  join_token TEXT NOT NULL UNIQUE,
  created_by INTEGER,
  created_at INTEGER NOT NULL
);
CREATE TABLE membership (
  community_id INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'key_person')),
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left', 'unreachable')),
  joined_at INTEGER NOT NULL,
  PRIMARY KEY (community_id, person_id)
);
CREATE INDEX membership_person ON membership(person_id);
