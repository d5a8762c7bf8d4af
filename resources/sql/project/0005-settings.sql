-- Settings of the project's documents, kept with the project: the texts, logos and choices
-- of the Publications view ("catalogue.title", "leaflet.group", …). Values are UTF-8 text
-- of at most 64 KiB; a key that is not here has its default.
CREATE TABLE setting (
  key TEXT PRIMARY KEY CHECK (length(key) > 0),
  value TEXT NOT NULL CHECK (length(CAST(value AS BLOB)) <= 65536)
);
