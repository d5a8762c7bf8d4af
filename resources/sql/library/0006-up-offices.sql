-- Contact offices (kontaktní pracoviště) of Úřad práce ČR, from up_cr.csv: the office's
-- name, its okres as the publisher abbreviates it (BN, CH, AB for Praha …), its obec by
-- name, the publisher's count "pocetMist" and its position in WGS84. The file has no
-- codes, addresses or phones: a catalogue prints what is here and says where the rest is.
CREATE TABLE up_office (
  id INTEGER PRIMARY KEY,  -- the row of the file, 2 for the first office
  nazev TEXT NOT NULL CHECK (length(nazev) BETWEEN 1 AND 256),
  okres TEXT NOT NULL CHECK (length(okres) BETWEEN 1 AND 8),
  obec TEXT NOT NULL CHECK (length(obec) BETWEEN 1 AND 256),
  pocet_mist INTEGER NOT NULL CHECK (pocet_mist >= 0),
  lon REAL NOT NULL CHECK (lon BETWEEN 12.0 AND 19.0),
  lat REAL NOT NULL CHECK (lat BETWEEN 48.5 AND 51.1)
);

-- Its copy for "Vrátit poslední import" (0004-import-undo.sql).
CREATE TABLE undo_up_office AS SELECT * FROM up_office WHERE 0;
