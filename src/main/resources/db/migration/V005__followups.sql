-- shopops store: the follow-up log (customer service contacts) and the contact records that
-- written lists leave behind. Timestamps are INTEGER epoch seconds. Never edit once landed.

-- Append-only: a wrong entry is never changed; a correction is a new entry whose `corrects`
-- names the entry it replaces.
CREATE TABLE followups (
  id          INTEGER PRIMARY KEY,
  customer_id TEXT NOT NULL,
  order_id    TEXT,
  channel     TEXT NOT NULL,   -- phone, sms, email, im, visit
  agent       TEXT NOT NULL,
  outcome     TEXT,
  note        TEXT,
  next_at     INTEGER,         -- when to follow up next (start of the day when a date was given)
  created_at  INTEGER NOT NULL,
  corrects    INTEGER REFERENCES followups (id),
  import_id   INTEGER
);

CREATE INDEX followups_customer ON followups (customer_id, created_at);
CREATE INDEX followups_next ON followups (next_at);

-- Lists written by `export promotion|followup`: one row per list, one contact per customer on it.
CREATE TABLE lists (
  list_id    INTEGER PRIMARY KEY,
  kind       TEXT,
  name       TEXT,
  created_at INTEGER,
  rows       INTEGER,
  file       TEXT,
  undone_at  INTEGER
);

CREATE TABLE contacts (
  contact_id  INTEGER PRIMARY KEY,
  customer_id TEXT NOT NULL,
  kind        TEXT NOT NULL,
  list_id     INTEGER REFERENCES lists (list_id),
  at          INTEGER NOT NULL
);

CREATE INDEX contacts_customer ON contacts (customer_id, at);
