-- Work due later (request expiry, reminders, follow-ups), written in the same transaction as the
-- step that causes it. When due, a job becomes an inbox event for its person in one transaction
-- (job done + event stored), so it takes effect exactly once even across crashes.
CREATE TABLE job (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL DEFAULT '',
  due_at INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'cancelled')),
  attempts INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE INDEX job_due ON job(due_at) WHERE status = 'pending';
CREATE INDEX job_person ON job(person_id, kind) WHERE status = 'pending';
