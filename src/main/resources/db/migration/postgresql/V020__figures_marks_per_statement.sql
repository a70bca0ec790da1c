-- shopops store on PostgreSQL, schema version 19: the orders a statement inserts or deletes mark
-- their buyers for store.CustomerFigureUpkeep once per statement, from the statement's transition
-- table, instead of once per row through a plpgsql call and a queued trigger event each (a first
-- import of 1,000,000 orders: 1,000,000 calls and events). The marks are the same rows as before
-- (one per order with a buyer). An update keeps its row trigger: its column list and WHEN clause
-- let through only the updates that change a figure, and transition tables allow neither.
-- The SQLite twin ../V020__figures_marks_per_statement.sql changes nothing (SQLite has no
-- statement triggers). Migrations splits statements at a ';' that ends a line, so each function
-- body keeps its inner ';' inside the line. Never edit this file once it has landed.
DROP TRIGGER customer_figures_order_in ON orders;
DROP TRIGGER customer_figures_order_out ON orders;
DROP FUNCTION customer_figures_mark_new();
DROP FUNCTION customer_figures_mark_old();

CREATE FUNCTION customer_figures_mark_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO customer_figures_dirty (customer_id)
    SELECT customer_id FROM inserted WHERE customer_id IS NOT NULL; RETURN NULL; END $$;

CREATE FUNCTION customer_figures_mark_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO customer_figures_dirty (customer_id)
    SELECT customer_id FROM deleted WHERE customer_id IS NOT NULL; RETURN NULL; END $$;

CREATE TRIGGER customer_figures_orders_in AFTER INSERT ON orders
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT
  EXECUTE FUNCTION customer_figures_mark_inserted();

CREATE TRIGGER customer_figures_orders_out AFTER DELETE ON orders
  REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT
  EXECUTE FUNCTION customer_figures_mark_deleted();
