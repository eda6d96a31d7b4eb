-- Reserved for the statistics snapshot of erased people.
CREATE TABLE IF NOT EXISTS statistics_placeholder (id INTEGER PRIMARY KEY);
