-- Figures of the surrounding areas for comparison, computed when the snapshot was taken:
-- each ORP and kraj the territory touches, and the whole country (level 'cr', kod 'CZ').
CREATE TABLE area_summary (
  level TEXT NOT NULL CHECK (level IN ('orp', 'kraj', 'cr')),
  kod TEXT NOT NULL,
  nazev TEXT NOT NULL,
  ref_date TEXT NOT NULL,
  obce INTEGER NOT NULL,
  total INTEGER NOT NULL,
  a0_14 INTEGER NOT NULL,
  a15_64 INTEGER NOT NULL,
  a65_plus INTEGER NOT NULL,
  a80_plus INTEGER NOT NULL,
  PRIMARY KEY (level, kod)
);
