-- A key person's message to a community, and one row per member that moves
-- pending -> sending -> sent | blocked | failed, each change committed around its send. A row
-- found 'sending' at start was in flight at a crash: it is sent again (see README).
CREATE TABLE broadcast (
  id INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
  sender_id INTEGER NOT NULL,
  sender_name TEXT NOT NULL,
  text TEXT,
  photo TEXT,
  status TEXT NOT NULL DEFAULT 'sending' CHECK (status IN ('sending', 'done')),
  status_ref INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  finished_at INTEGER
);
CREATE INDEX broadcast_open ON broadcast(created_at) WHERE status = 'sending';
CREATE TABLE broadcast_delivery (
  broadcast_id INTEGER NOT NULL REFERENCES broadcast(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'sending', 'sent', 'blocked', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  message_ref INTEGER,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (broadcast_id, person_id)
);
CREATE INDEX broadcast_todo ON broadcast_delivery(broadcast_id, person_id) WHERE status IN ('pending', 'sending');

-- Single-use links a coordinator makes to appoint a key person of a community.
CREATE TABLE invite (
  token TEXT PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES community(id) ON DELETE CASCADE,
  created_by INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  used_by INTEGER,
  used_at INTEGER
);

-- /pause stops broadcasts to a person (and, for volunteers, meeting requests) until /resume.
ALTER TABLE person ADD COLUMN paused INTEGER NOT NULL DEFAULT 0;
