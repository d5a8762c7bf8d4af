-- The network of services of the territory: a snapshot of the registered social services
-- relevant to it (refreshed from the reference library), local services the registry does
-- not hold, and local data that a refresh never overwrites.

CREATE TABLE service (
  id INTEGER PRIMARY KEY,
  identifikator TEXT UNIQUE,    -- identifikátor služby; NULL for a local service
  is_local INTEGER NOT NULL DEFAULT 0 CHECK (is_local = 0 OR is_local = 1),
  removed INTEGER NOT NULL DEFAULT 0 CHECK (removed = 0 OR removed = 1), -- kept for undo
                                -- until the project is reopened
  -- From the registry (replaced by a refresh), or typed in for a local service:
  nazev TEXT NOT NULL,
  local_kind TEXT CHECK (local_kind IS NULL OR local_kind = 'health' OR
                         local_kind = 'authority' OR local_kind = 'crisis_line' OR
                         local_kind = 'community' OR local_kind = 'other'),
  druh_id TEXT,                 -- DruhSocialniSluzby/13
  druh_nazev TEXT,
  paragraf TEXT,                -- 49, 60a
  allowed_forms TEXT,           -- 'amb ter'
  provider_nazev TEXT,
  provider_ico TEXT,            -- 8 digits, text
  provider_adresa TEXT,         -- a local service's address as typed
  provider_ulice TEXT,
  provider_cislo_domovni TEXT,
  provider_cislo_orientacni TEXT,
  provider_psc TEXT,
  provider_obec_kod TEXT,
  provider_obec_nazev TEXT,
  datum_od TEXT,
  datum_do TEXT,
  age_note TEXT,
  in_registry INTEGER NOT NULL DEFAULT 1 CHECK (in_registry = 0 OR in_registry = 1), -- 0:
                                -- the latest refresh no longer found it for the territory
  registry_hash TEXT,
  -- Local data, never touched by a refresh:
  popis TEXT,                   -- plain-language description for the catalogue
  hodiny TEXT,                  -- opening hours
  uhrady TEXT,                  -- fees: "zdarma" or a price list
  dostupnost TEXT,              -- accessibility
  CHECK ((is_local = 1) = (identifikator IS NULL))
);

-- One row per capacity of a form (a form without capacity has one row with unit NULL).
CREATE TABLE service_form (
  service_id INTEGER NOT NULL REFERENCES service (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  forma TEXT NOT NULL,          -- pob, amb, ter
  nonstop INTEGER,
  unit TEXT,                    -- luzka, klient, kontakt, interv, hovor
  capacity INTEGER,
  popis TEXT,
  PRIMARY KEY (service_id, position)
);

CREATE TABLE service_facility (
  service_id INTEGER NOT NULL REFERENCES service (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  nazev TEXT,
  has_address INTEGER NOT NULL DEFAULT 1,
  kod_adresniho_mista TEXT,
  ulice TEXT,
  cislo_domovni TEXT,
  cislo_orientacni TEXT,
  psc TEXT,
  obec_kod TEXT,
  obec_nazev TEXT,
  okres_kod TEXT,
  kraj_kod TEXT,
  od TEXT,
  do TEXT,
  repeats INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (service_id, position)
);
CREATE INDEX service_facility_obec ON service_facility (obec_kod);

CREATE TABLE service_contact (
  service_id INTEGER NOT NULL REFERENCES service (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  level TEXT NOT NULL CHECK (level = 'service' OR level = 'provider'),
  kind TEXT NOT NULL CHECK (kind = 'telefon' OR kind = 'email' OR kind = 'web' OR kind = 'fax'),
  value TEXT NOT NULL,
  note TEXT,
  PRIMARY KEY (service_id, position)
);

-- Target groups (cilova), age groups (vekova) and the registry's territorial scope (scope).
CREATE TABLE service_group (
  service_id INTEGER NOT NULL REFERENCES service (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind = 'cilova' OR kind = 'vekova' OR kind = 'scope'),
  code TEXT NOT NULL,
  nazev TEXT,
  PRIMARY KEY (service_id, kind, code)
);

-- Local: the obce the service works for, with an optional share of its capacity (%).
CREATE TABLE service_scope (
  service_id INTEGER NOT NULL REFERENCES service (id) ON DELETE CASCADE,
  obec_kod TEXT NOT NULL,
  share REAL CHECK (share IS NULL OR (share >= 0 AND share <= 100)),
  PRIMARY KEY (service_id, obec_kod)
);

-- Local: the kraj network, per year. Network capacity is not the registered capacity.
CREATE TABLE service_network (
  service_id INTEGER NOT NULL REFERENCES service (id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  in_network INTEGER NOT NULL CHECK (in_network = 0 OR in_network = 1),
  capacity REAL CHECK (capacity IS NULL OR capacity >= 0),
  unit TEXT CHECK (unit IS NULL OR unit = 'uvazky' OR unit = 'luzka'),
  PRIMARY KEY (service_id, year)
);

-- Data-quality problems the user has dismissed, by their stable key.
CREATE TABLE quality_dismissal (
  issue_key TEXT PRIMARY KEY
);
