-- Every update, committed before the gateway confirms it. source_key deduplicates redelivery.
-- payload is cleared once the update is handled, so texts do not linger.
CREATE TABLE inbox (
  id INTEGER PRIMARY KEY,
  source_key TEXT NOT NULL UNIQUE,
  chat_id INTEGER NOT NULL,
  payload TEXT,
  status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'done', 'failed')),
  received_at INTEGER NOT NULL
);
CREATE INDEX inbox_new ON inbox(id) WHERE status = 'new';

-- A person known to the bot. id is the Telegram user id; people in the terminal get negative ids.
CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  language TEXT NOT NULL,
  consent TEXT CHECK (consent IN ('yes', 'no')),
  consent_at INTEGER,
  role TEXT,
  created_at INTEGER NOT NULL
);

-- Where each person is in a conversation: flow and state by name, the flow's data as JSON.
-- seq numbers the live prompt; buttons carry it so older ones are recognised as expired.
CREATE TABLE conversation (
  person_id INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
  flow TEXT NOT NULL,
  state TEXT NOT NULL,
  data TEXT NOT NULL,
  data_version INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);

CREATE TABLE newcomer_profile (
  person_id INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
  first_name TEXT NOT NULL,
  region TEXT NOT NULL,
  town TEXT,
  sectors TEXT NOT NULL,
  occupation TEXT,
  experience TEXT,
  skills TEXT NOT NULL,
  skills_other TEXT,
  education TEXT,
  dutch_level TEXT,
  languages TEXT NOT NULL,
  goals TEXT NOT NULL,
  availability TEXT NOT NULL,
  meeting_mode TEXT NOT NULL,
  completed_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);

-- Messages to deliver, written in the same transaction as the step that produced them.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  chat_id INTEGER NOT NULL,
  payload TEXT NOT NULL,
  has_buttons INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  message_ref INTEGER,
  created_at INTEGER NOT NULL,
  sent_at INTEGER
);
CREATE INDEX outbox_pending ON outbox(id) WHERE status = 'pending';
CREATE INDEX outbox_chat ON outbox(chat_id, id);

-- Groups already told that the bot only talks privately (told once).
CREATE TABLE group_notice (
  chat_id INTEGER PRIMARY KEY,
  noticed_at INTEGER NOT NULL
);

-- Names used in the terminal and the ids they stand for.
CREATE TABLE console_person (
  name TEXT PRIMARY KEY COLLATE NOCASE,
  id INTEGER NOT NULL UNIQUE
);

-- Secrets generated at first start, such as the key that signs button data.
CREATE TABLE app_secret (
  name TEXT PRIMARY KEY,
  value BLOB NOT NULL
);
