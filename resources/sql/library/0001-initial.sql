-- Reference library: national code lists and population, filled by the importers.
-- Codes are TEXT. Every import is recorded in import_log.

CREATE TABLE import_log (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,           -- ui_obec, kraje, okresy, orp, pou, ciselnik_csu, csu_vek
  source_name TEXT NOT NULL,    -- file name as the user had it
  data_date TEXT,               -- ISO date the data describes (e.g. 2020-12-31)
  sha256 TEXT NOT NULL,
  row_count INTEGER NOT NULL,
  imported_at TEXT NOT NULL     -- ISO 8601, UTC
);
CREATE INDEX import_log_kind ON import_log (kind, id);

CREATE TABLE kraj (
  kod TEXT PRIMARY KEY,         -- RÚIAN (VÚSC) code, e.g. 108
  nazev TEXT NOT NULL,
  nuts3_kod TEXT,               -- e.g. CZ063
  csu_kod TEXT                  -- ČSÚ code, e.g. 3107
);

CREATE TABLE okres (
  kod TEXT PRIMARY KEY,         -- RÚIAN code, e.g. 3601
  nazev TEXT NOT NULL,
  lau1_kod TEXT,                -- e.g. CZ0631
  kraj_kod TEXT NOT NULL REFERENCES kraj (kod) DEFERRABLE INITIALLY DEFERRED,
  csu_kod TEXT
);

CREATE TABLE orp (
  kod TEXT PRIMARY KEY,         -- RÚIAN code, e.g. 949 (Havlíčkův Brod)
  csu_kod TEXT,                 -- ČSÚ code, e.g. 6102; Praha 1000
  nazev TEXT NOT NULL,
  kraj_kod TEXT NOT NULL REFERENCES kraj (kod) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX orp_kraj ON orp (kraj_kod);

CREATE TABLE pou (
  kod TEXT PRIMARY KEY,
  nazev TEXT NOT NULL,
  orp_kod TEXT NOT NULL REFERENCES orp (kod) DEFERRABLE INITIALLY DEFERRED,
  kraj_kod TEXT
);
CREATE INDEX pou_orp ON pou (orp_kod);

-- ČSÚ codes of kraje, okresy and ORP from ruian/ciselnik_CSU.csv, keyed on the level and
-- the RÚIAN code (codes repeat across levels). kraj.csu_kod, okres.csu_kod and orp.csu_kod
-- are filled from it after every import.
CREATE TABLE csu_code (
  level TEXT NOT NULL CHECK (level IN ('kraj', 'okres', 'orp')),
  kod_ruian TEXT NOT NULL,
  kod_csu TEXT NOT NULL,
  PRIMARY KEY (level, kod_ruian)
);

-- Current obce from UI_OBEC; ORP membership is pou.orp_kod.
CREATE TABLE obec (
  kod TEXT PRIMARY KEY,         -- 6 digits
  nazev TEXT NOT NULL,
  status_kod INTEGER NOT NULL,  -- 1 újezd, 2 obec, 3 město, 4 statutární město, 5 hl. m., 6 městys
  pou_kod TEXT NOT NULL REFERENCES pou (kod) DEFERRABLE INITIALLY DEFERRED,
  okres_kod TEXT,               -- UI_OBEC code (Praha 9999)
  platnost_od TEXT              -- ISO date
);
CREATE INDEX obec_pou ON obec (pou_kod);

-- ČSÚ "Věkové složení obyvatelstva obcí": 18 five-year bands per obec and sex.
CREATE TABLE population (
  obec_kod TEXT NOT NULL REFERENCES obec (kod) DEFERRABLE INITIALLY DEFERRED,
  sex TEXT NOT NULL CHECK (sex IN ('celkem', 'muzi', 'zeny')),
  ref_date TEXT NOT NULL,       -- ISO date, e.g. 2020-12-31
  total INTEGER NOT NULL CHECK (total >= 0),
  a0_4 INTEGER NOT NULL CHECK (a0_4 >= 0),
  a5_9 INTEGER NOT NULL CHECK (a5_9 >= 0),
  a10_14 INTEGER NOT NULL CHECK (a10_14 >= 0),
  a15_19 INTEGER NOT NULL CHECK (a15_19 >= 0),
  a20_24 INTEGER NOT NULL CHECK (a20_24 >= 0),
  a25_29 INTEGER NOT NULL CHECK (a25_29 >= 0),
  a30_34 INTEGER NOT NULL CHECK (a30_34 >= 0),
  a35_39 INTEGER NOT NULL CHECK (a35_39 >= 0),
  a40_44 INTEGER NOT NULL CHECK (a40_44 >= 0),
  a45_49 INTEGER NOT NULL CHECK (a45_49 >= 0),
  a50_54 INTEGER NOT NULL CHECK (a50_54 >= 0),
  a55_59 INTEGER NOT NULL CHECK (a55_59 >= 0),
  a60_64 INTEGER NOT NULL CHECK (a60_64 >= 0),
  a65_69 INTEGER NOT NULL CHECK (a65_69 >= 0),
  a70_74 INTEGER NOT NULL CHECK (a70_74 >= 0),
  a75_79 INTEGER NOT NULL CHECK (a75_79 >= 0),
  a80_84 INTEGER NOT NULL CHECK (a80_84 >= 0),
  a85_plus INTEGER NOT NULL CHECK (a85_plus >= 0),
  PRIMARY KEY (obec_kod, sex)
);
