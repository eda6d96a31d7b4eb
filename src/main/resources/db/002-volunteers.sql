-- Volunteers: their profile and where their review stands. Newcomers are only ever offered
-- volunteers with status 'approved' and paused = 0.
CREATE TABLE volunteer_profile (
  person_id INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
  first_name TEXT NOT NULL,
  job_title TEXT NOT NULL,
  organisation TEXT,
  sectors TEXT NOT NULL,
  offers TEXT NOT NULL,
  languages TEXT NOT NULL,
  region TEXT NOT NULL,
  meeting_mode TEXT NOT NULL,
  monthly_capacity INTEGER NOT NULL CHECK (monthly_capacity BETWEEN 1 AND 4),
  availability TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
  paused INTEGER NOT NULL DEFAULT 0,
  submitted_at INTEGER NOT NULL,
  decided_at INTEGER,
  decided_by INTEGER,
  updated_at INTEGER NOT NULL
);
CREATE INDEX volunteer_available ON volunteer_profile(region) WHERE status = 'approved' AND paused = 0;
