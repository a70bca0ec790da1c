-- shopops store: who changed a rule, and when (task ux21, review20 X18, review18 T14). Never edit
-- once landed. One row per `config set` / `config unset`: the key, the value set (NULL: unset, back
-- to the default), when (the command's clock, epoch seconds) and by whom (--agent, else the store's
-- user: the PostgreSQL login, or the login name for a store file). Rules set before this migration
-- have no row: their history starts here.
CREATE TABLE config_changes (
  change_id  INTEGER PRIMARY KEY,
  key        TEXT NOT NULL,
  value      TEXT,
  changed_at INTEGER NOT NULL,
  changed_by TEXT
);

CREATE INDEX config_changes_key ON config_changes (key, change_id);
