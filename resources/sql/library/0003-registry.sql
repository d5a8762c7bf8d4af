-- The MPSV registry of social services (rpss.json) and its code lists, with history.
--
-- Each registry import is a row of registry_import. A service keeps every version it had:
-- a row of registry_service is valid from the import that brought it (valid_from) until the
-- import that replaced it or no longer listed it (valid_to, NULL while current). Rows are
-- never changed but for valid_to, so the data a plan was made from stays readable.
-- Facilities, forms, capacities, contacts, groups and scope belong to one service row.
-- No personal data: statutory bodies and names of heads are never stored.

CREATE TABLE registry_code (
  list TEXT NOT NULL CHECK (list = 'druh' OR list = 'forma' OR list = 'kapacita' OR
                            list = 'cilova_skupina' OR list = 'vekova_skupina'),
  id TEXT NOT NULL,             -- as in rpss.json, e.g. DruhSocialniSluzby/13
  nazev TEXT NOT NULL,
  paragraf TEXT,                -- druh: § of Act 108/2006 Sb., e.g. 49
  formy TEXT,                   -- druh: forms the law allows, e.g. 'amb ter'
  builtin INTEGER NOT NULL CHECK (builtin = 0 OR builtin = 1), -- 0: from an MPSV file
  PRIMARY KEY (list, id)
);

CREATE TABLE registry_import (
  id INTEGER PRIMARY KEY,
  source_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  data_date TEXT,
  imported_at TEXT NOT NULL,
  services INTEGER NOT NULL DEFAULT 0,
  facilities INTEGER NOT NULL DEFAULT 0,
  facilities_without_point INTEGER NOT NULL DEFAULT 0,
  new_services INTEGER NOT NULL DEFAULT 0,
  changed_services INTEGER NOT NULL DEFAULT 0,
  ended_services INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE registry_service (
  row_id INTEGER PRIMARY KEY,
  identifikator TEXT NOT NULL,  -- identifikátor služby, the key across imports
  valid_from INTEGER NOT NULL REFERENCES registry_import (id),
  valid_to INTEGER REFERENCES registry_import (id),
  content_hash TEXT NOT NULL,   -- of everything below, to tell a change
  record_index INTEGER NOT NULL, -- position in the file it came from
  portal_id TEXT,
  record_id TEXT,
  nazev TEXT,                   -- the service's name, or its first facility's
  druh_id TEXT NOT NULL,
  datum_od TEXT,
  datum_do TEXT,
  age_note TEXT,
  provider_nazev TEXT,
  provider_ico TEXT,            -- 8 digits, leading zeros kept
  provider_ulice TEXT,
  provider_cislo_domovni TEXT,
  provider_cislo_orientacni TEXT,
  provider_psc TEXT,
  provider_obec_kod TEXT,
  provider_okres_kod TEXT,
  provider_kraj_kod TEXT
);
CREATE UNIQUE INDEX registry_service_current ON registry_service (identifikator)
  WHERE valid_to IS NULL;
CREATE INDEX registry_service_history ON registry_service (identifikator, valid_from);

CREATE TABLE registry_facility (
  service_row INTEGER NOT NULL REFERENCES registry_service (row_id),
  position INTEGER NOT NULL,
  nazev TEXT,
  has_address INTEGER NOT NULL,
  kod_adresniho_mista TEXT,     -- RÚIAN address point; NULL when the registry lacks it
  ulice TEXT,
  cislo_domovni TEXT,
  cislo_orientacni TEXT,
  dodatek TEXT,
  psc TEXT,
  cast_obce_kod TEXT,
  obec_kod TEXT,
  okres_kod TEXT,
  kraj_kod TEXT,
  obvod_kod TEXT,
  poskytuje_od TEXT,
  poskytuje_do TEXT,
  repeats INTEGER NOT NULL DEFAULT 1, -- the same facility listed this many times
  PRIMARY KEY (service_row, position)
) WITHOUT ROWID;
CREATE INDEX registry_facility_obec ON registry_facility (obec_kod);

CREATE TABLE registry_form (
  service_row INTEGER NOT NULL REFERENCES registry_service (row_id),
  position INTEGER NOT NULL,
  forma TEXT NOT NULL,          -- FormaSocialniSluzby/pob | amb | ter
  nonstop INTEGER,
  PRIMARY KEY (service_row, position)
) WITHOUT ROWID;

-- Capacity belongs to a form and has a unit; units are never added together.
CREATE TABLE registry_capacity (
  service_row INTEGER NOT NULL REFERENCES registry_service (row_id),
  position INTEGER NOT NULL,
  form_position INTEGER NOT NULL,
  typ TEXT,                     -- TypKapacitySocialniSluzby/luzka | klient | kontakt | …
  pocet INTEGER,
  popis TEXT,
  PRIMARY KEY (service_row, position)
) WITHOUT ROWID;

CREATE TABLE registry_contact (
  service_row INTEGER NOT NULL REFERENCES registry_service (row_id),
  position INTEGER NOT NULL,
  level TEXT NOT NULL CHECK (level = 'service' OR level = 'provider'),
  kind TEXT NOT NULL CHECK (kind = 'telefon' OR kind = 'email' OR kind = 'web' OR kind = 'fax'),
  value TEXT NOT NULL,
  note TEXT,
  PRIMARY KEY (service_row, position)
) WITHOUT ROWID;

-- Target groups (cilova), age groups (vekova) and the extended territorial scope (scope).
CREATE TABLE registry_group (
  service_row INTEGER NOT NULL REFERENCES registry_service (row_id),
  kind TEXT NOT NULL CHECK (kind = 'cilova' OR kind = 'vekova' OR kind = 'scope'),
  code TEXT NOT NULL,           -- as given, e.g. CilovaSkupinaOsoby/24, Obec/554499
  PRIMARY KEY (service_row, kind, code)
) WITHOUT ROWID;

-- What each import changed: new, changed and ended services.
CREATE TABLE registry_change (
  import_id INTEGER NOT NULL REFERENCES registry_import (id),
  identifikator TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind = 'new' OR kind = 'changed' OR kind = 'ended'),
  old_row INTEGER REFERENCES registry_service (row_id),
  new_row INTEGER REFERENCES registry_service (row_id),
  PRIMARY KEY (import_id, identifikator)
) WITHOUT ROWID;

-- Providers, as the current registry names them (a provider is kept with each service).
CREATE VIEW registry_provider AS
  SELECT provider_ico AS ico, max (provider_nazev) AS nazev, count (*) AS services
  FROM registry_service WHERE valid_to IS NULL AND provider_ico IS NOT NULL
  GROUP BY provider_ico;
