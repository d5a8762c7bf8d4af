-- "Vrátit poslední import": the reference library as it was before its last import that
-- changed something.
--
-- Before an import first changes a group of tables, it copies them into their undo_
-- tables, in the import's own transaction: a failed import rolls the copy back with the
-- rest, a committed one leaves the copy beside the new data. Undoing copies the tables
-- back, deletes the import_log rows written after last_log_id and the registry imports
-- after last_registry_import (the registry keeps every version of a service, 0003, so its
-- rows need no copy: those an import added are known by valid_from, those it closed by
-- valid_to), then forgets the copies. Only the last import can be undone; the next import
-- replaces the copies, so they never hold more than one version of each table.
--
-- The undo_ tables have the columns of their tables (CREATE TABLE … AS SELECT) and no
-- constraints. A later migration that changes one of the tables changes its undo_ table
-- the same way (the library test compares them) and deletes the row of import_undo.

CREATE TABLE import_undo (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  schema_version INTEGER NOT NULL,      -- user_version when the copy was made
  last_log_id INTEGER NOT NULL,         -- import_log rows after it belong to the import
  last_registry_import INTEGER NOT NULL, -- registry_import rows after it too
  saved INTEGER NOT NULL DEFAULT 0      -- the groups of tables copied (KpUndoGroup bits)
);

CREATE TABLE undo_kraj AS SELECT * FROM kraj WHERE 0;
CREATE TABLE undo_okres AS SELECT * FROM okres WHERE 0;
CREATE TABLE undo_orp AS SELECT * FROM orp WHERE 0;
CREATE TABLE undo_pou AS SELECT * FROM pou WHERE 0;
CREATE TABLE undo_csu_code AS SELECT * FROM csu_code WHERE 0;
CREATE TABLE undo_obec AS SELECT * FROM obec WHERE 0;
CREATE TABLE undo_population AS SELECT * FROM population WHERE 0;
CREATE TABLE undo_boundary AS SELECT * FROM boundary WHERE 0;
CREATE TABLE undo_boundary_arc AS SELECT * FROM boundary_arc WHERE 0;
CREATE TABLE undo_registry_code AS SELECT * FROM registry_code WHERE 0;
