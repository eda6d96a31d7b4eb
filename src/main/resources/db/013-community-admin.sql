-- An archived community takes no new members and no broadcasts and leaves every list; its rows stay for the counts.
ALTER TABLE community ADD COLUMN archived_at INTEGER;
