-- Updates Telegram sent that the Bot API library could not read (a chat without a type, a
-- message_id that is not a number): skipped so the rest are served, kept by id only. told marks
-- the ones the coordinators were told of, at most once a day.
CREATE TABLE unreadable_update (
  update_id INTEGER PRIMARY KEY,
  skipped_at INTEGER NOT NULL,
  told INTEGER NOT NULL DEFAULT 0
);
