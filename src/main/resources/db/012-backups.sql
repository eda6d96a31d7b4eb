-- "Back up now" from /admin: who asked, when, and when the backup was made (NULL: still to make).
-- requested_by becomes NULL when that coordinator is erased; the backup is still made.
CREATE TABLE backup_request (
  id INTEGER PRIMARY KEY,
  requested_by INTEGER,
  requested_at INTEGER NOT NULL,
  done_at INTEGER
);
CREATE INDEX backup_request_pending ON backup_request(id) WHERE done_at IS NULL;

-- One row /health rewrites: proves a write reaches the file without the file growing.
CREATE TABLE health_check (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  checked_at INTEGER NOT NULL
);
INSERT INTO health_check(id, checked_at) VALUES (1, 0);
