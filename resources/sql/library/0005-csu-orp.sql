-- ČSÚ indicators of the administrative districts of ORP (správní obvody obcí s rozšířenou
-- působností), from orp_ukazatele.csv: one row per SO ORP, keyed on its ČSÚ code (Praha has
-- the code of the obec Praha, 554782, there). Its year (ref_date) is not the year of the
-- age composition of the obce: the two are never shown as one figure.
CREATE TABLE csu_orp (
  csu_kod TEXT PRIMARY KEY,
  nazev TEXT NOT NULL,
  kraj_nuts3 TEXT,
  ref_date TEXT NOT NULL,       -- ISO date of the state, e.g. 2019-12-31
  population INTEGER NOT NULL CHECK (population >= 0),
  a0_14 INTEGER NOT NULL CHECK (a0_14 >= 0),
  a15_64 INTEGER NOT NULL CHECK (a15_64 >= 0),
  a65_plus INTEGER NOT NULL CHECK (a65_plus >= 0),
  births INTEGER NOT NULL CHECK (births >= 0),
  deaths INTEGER NOT NULL CHECK (deaths >= 0),
  natural_change INTEGER NOT NULL,
  net_migration INTEGER NOT NULL,
  unemployment REAL,            -- share of unemployed persons in %, as published
  job_seekers INTEGER NOT NULL CHECK (job_seekers >= 0),
  job_seekers_long_term INTEGER NOT NULL CHECK (job_seekers_long_term >= 0),
  dwellings INTEGER NOT NULL CHECK (dwellings >= 0),
  average_age REAL              -- as published
);

-- Its copy for "Vrátit poslední import" (0004-import-undo.sql): an import of the file copies
-- the table here first, so the import can be undone like the other reference sources.
CREATE TABLE undo_csu_orp AS SELECT * FROM csu_orp WHERE 0;
