-- shopops store on PostgreSQL, schema version 6, as ../V006__lists.sql. Never edit once landed.
CREATE INDEX contacts_list ON contacts (list_id);
