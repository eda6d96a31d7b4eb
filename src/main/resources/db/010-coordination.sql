-- Coordinators appointed by another coordinator; config and KOPPEL_COORDINATORS stay the bootstrap.
CREATE TABLE coordinator (
  person_id INTEGER PRIMARY KEY,
  added_by INTEGER,
  added_at INTEGER NOT NULL
);

-- Single-use links a coordinator makes to appoint another coordinator.
CREATE TABLE appointment_link (
  token TEXT PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('coordinator')),
  created_by INTEGER,
  created_at INTEGER NOT NULL,
  used_by INTEGER,
  used_at INTEGER
);

-- A coordinator's suspension: the person can still see and erase their data, nothing else.
ALTER TABLE person ADD COLUMN suspended INTEGER NOT NULL DEFAULT 0;

-- Reports get an id the coordinators' buttons name, the reported text (cleared when either
-- side is erased) and whether a coordinator has handled them.
CREATE TABLE report_v2 (
  id INTEGER PRIMARY KEY,
  reporter_id INTEGER NOT NULL,
  reported_id INTEGER NOT NULL,
  meeting_id INTEGER,
  relay_sent_at INTEGER,
  text TEXT,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'handled')),
  reported_at INTEGER NOT NULL,
  handled_by INTEGER,
  handled_at INTEGER
);
INSERT INTO report_v2(id, reporter_id, reported_id, meeting_id, relay_sent_at, reported_at)
  SELECT rowid, reporter_id, reported_id, meeting_id, relay_sent_at, reported_at FROM report;
DROP TABLE report;
ALTER TABLE report_v2 RENAME TO report;
CREATE INDEX report_pair ON report(reporter_id, reported_id);
CREATE INDEX report_reverse ON report(reported_id, reporter_id);
CREATE INDEX report_open ON report(reported_at) WHERE status = 'open';

-- Every coordinator action, who took it and when; subject and coordinator become NULL when erased.
CREATE TABLE admin_action (
  id INTEGER PRIMARY KEY,
  coordinator_id INTEGER,
  action TEXT NOT NULL,
  subject_id INTEGER,
  report_id INTEGER,
  reason TEXT,
  at INTEGER NOT NULL
);
CREATE INDEX admin_action_subject ON admin_action(subject_id);

-- Switches the coordinators turn on and off for the whole service, such as pausing all matching.
CREATE TABLE service_flag (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  set_by INTEGER,
  set_at INTEGER NOT NULL
);

-- What each coordinator has already been alerted to, so an alert comes once.
CREATE TABLE alert_sent (
  coordinator_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  subject TEXT NOT NULL,
  sent_at INTEGER NOT NULL,
  PRIMARY KEY (coordinator_id, kind, subject)
);
