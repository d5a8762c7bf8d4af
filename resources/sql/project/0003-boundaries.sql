-- The boundaries a project map needs, copied from the library when the project is made:
-- the obce of the territory (in_territory = 1), the obce around them, and the ORP and kraje
-- they touch. Same layout as the library (resources/sql/library/0002-boundaries.sql).
CREATE TABLE boundary_arc (
  level TEXT NOT NULL CHECK (level IN ('kraj', 'orp', 'obec')),
  id INTEGER NOT NULL,
  points BLOB NOT NULL          -- float64 little endian: longitude, latitude, …
);
CREATE UNIQUE INDEX boundary_arc_id ON boundary_arc (level, id);

CREATE TABLE boundary (
  level TEXT NOT NULL CHECK (level IN ('kraj', 'orp', 'obec')),
  kod TEXT NOT NULL,            -- RÚIAN code of the kraj, ORP or obec
  nazev TEXT NOT NULL,
  shape BLOB NOT NULL,          -- int32 little endian: polygons, then per polygon its rings,
                                -- per ring its arc references (~i: arc i read backwards)
  min_lon REAL NOT NULL,
  min_lat REAL NOT NULL,
  max_lon REAL NOT NULL,
  max_lat REAL NOT NULL,
  area_km2 REAL NOT NULL,       -- from the polygons in S-JTSK (Křovák, conformal)
  in_territory INTEGER NOT NULL DEFAULT 0, -- used by project files only
  PRIMARY KEY (level, kod)
);
