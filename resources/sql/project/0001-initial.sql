-- A planning project (*.komplan): its territory and a snapshot of the reference rows it
-- was made from, so the plan can always be reproduced from its own data.

CREATE TABLE project (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  territory_kind TEXT NOT NULL CHECK (territory_kind IN ('orp', 'custom')),
  territory_code TEXT,          -- RÚIAN ORP code when territory_kind = 'orp'
  territory_name TEXT NOT NULL, -- shown in the title: "ORP Havlíčkův Brod", "MAS Podlesí"
  period_from INTEGER NOT NULL,
  period_to INTEGER NOT NULL,
  is_sample INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  CHECK (period_to >= period_from)
);

-- Where the snapshot came from (copied from the library's import_log).
CREATE TABLE source (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  source_name TEXT NOT NULL,
  data_date TEXT,
  sha256 TEXT NOT NULL,
  row_count INTEGER NOT NULL,
  imported_at TEXT NOT NULL
);

CREATE TABLE kraj (
  kod TEXT PRIMARY KEY,
  nazev TEXT NOT NULL,
  nuts3_kod TEXT,
  csu_kod TEXT
);

CREATE TABLE orp (
  kod TEXT PRIMARY KEY,
  csu_kod TEXT,
  nazev TEXT NOT NULL,
  kraj_kod TEXT NOT NULL REFERENCES kraj (kod)
);

CREATE TABLE pou (
  kod TEXT PRIMARY KEY,
  nazev TEXT NOT NULL,
  orp_kod TEXT NOT NULL REFERENCES orp (kod)
);

CREATE TABLE okres (
  kod TEXT PRIMARY KEY,
  nazev TEXT NOT NULL,
  lau1_kod TEXT,
  kraj_kod TEXT
);

-- The obce of the territory (in_territory = 1). Later features may add neighbours with 0.
CREATE TABLE obec (
  kod TEXT PRIMARY KEY,
  nazev TEXT NOT NULL,
  status_kod INTEGER NOT NULL,
  pou_kod TEXT NOT NULL REFERENCES pou (kod),
  okres_kod TEXT,
  in_territory INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE population (
  obec_kod TEXT NOT NULL REFERENCES obec (kod) ON DELETE CASCADE,
  sex TEXT NOT NULL CHECK (sex IN ('celkem', 'muzi', 'zeny')),
  ref_date TEXT NOT NULL,
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
