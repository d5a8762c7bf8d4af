-- The contact offices of Úřad práce ČR the project's catalogue names: those in its
-- territory or, when none is, the nearest ones, with their distance from the territory's
-- centre. Copied from the reference library (up_cr.csv) when the project is made and when
-- its territory changes (src/core/territory/kp-up-offices.c). The file has no addresses or
-- phones, and none are kept.
CREATE TABLE up_office (
  id INTEGER PRIMARY KEY,
  nazev TEXT NOT NULL CHECK (length(nazev) BETWEEN 1 AND 256),
  obec TEXT NOT NULL CHECK (length(obec) BETWEEN 1 AND 256),
  in_territory INTEGER NOT NULL CHECK (in_territory IN (0, 1)),
  distance_km REAL CHECK (distance_km >= 0)
);

-- Parts of the catalogue that can be left out; NULL: printed.
ALTER TABLE catalogue_document ADD COLUMN situations INTEGER CHECK (situations IN (0, 1));
ALTER TABLE catalogue_document ADD COLUMN authorities INTEGER CHECK (authorities IN (0, 1));
ALTER TABLE catalogue_document ADD COLUMN health INTEGER CHECK (health IN (0, 1));
