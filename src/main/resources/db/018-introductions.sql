-- An introduction a volunteer made, or will make, for the newcomer they met: to a colleague, an
-- employer, a training provider or someone else, with an organisation's name if they give one.
-- The newcomer confirms it (or says it is not right); two and six weeks later they are asked
-- whether they talked and what came of it. At either side's erasure their id and the typed name
-- go; the row stays for the counts.
CREATE TABLE introduction (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL,
  volunteer_id INTEGER,
  newcomer_id INTEGER,
  kind TEXT NOT NULL CHECK (kind IN ('colleague', 'employer', 'training', 'other')),
  organisation TEXT,
  status TEXT NOT NULL DEFAULT 'recorded' CHECK (status IN ('recorded', 'confirmed', 'not_right')),
  talked TEXT CHECK (talked IN ('yes', 'not_yet', 'no')),
  result TEXT CHECK (result IN ('work', 'placement', 'study', 'other', 'nothing')),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX introduction_meeting ON introduction(meeting_id);
CREATE INDEX introduction_newcomer ON introduction(newcomer_id);
CREATE INDEX introduction_volunteer ON introduction(volunteer_id);
