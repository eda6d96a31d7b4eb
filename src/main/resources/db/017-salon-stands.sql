-- An organisation present at an event (an employer, a training provider, a support organisation).
-- token is the QR code on its table (t.me/<bot>?start=o<token>); claim is the link its contact on
-- Telegram opens once (start=s<claim>) to receive what newcomers leave and ask there.
CREATE TABLE stand (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('employer', 'training', 'support')),
  contact_id INTEGER,
  token TEXT NOT NULL UNIQUE,
  claim TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);
CREATE INDEX stand_event ON stand(event_id);
CREATE INDEX stand_contact ON stand(contact_id);

-- A newcomer's short profile left at a stand (only after they said yes) and the appointment they
-- may ask for, planned like a coffee meeting: the contact proposes times, the newcomer picks one.
-- name and note are what someone without a profile typed for it. At erasure newcomer_id, name and
-- note go; the row stays for the counts. One row per newcomer and stand.
CREATE TABLE appointment (
  id INTEGER PRIMARY KEY,
  stand_id INTEGER NOT NULL REFERENCES stand(id) ON DELETE CASCADE,
  newcomer_id INTEGER,
  name TEXT,
  note TEXT,
  status TEXT NOT NULL CHECK (status IN ('left', 'requested', 'proposed', 'confirmed', 'declined', 'cancelled',
    'held', 'not_held')),
  proposed TEXT NOT NULL DEFAULT '[]',
  place TEXT,
  start TEXT,
  zone TEXT,
  result TEXT CHECK (result IN ('work', 'placement', 'study', 'other', 'nothing')),
  created_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX appointment_newcomer ON appointment(stand_id, newcomer_id);
