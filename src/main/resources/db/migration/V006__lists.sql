-- shopops store: lists (issue 7). `lists undo ID` deletes a list's contacts and `lists` counts
-- them per list: both look contacts up by list. Never edit once landed.
CREATE INDEX contacts_list ON contacts (list_id);
