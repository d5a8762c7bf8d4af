-- The settings of the project's documents as typed rows (src/core/publications/), in place
-- of the text keys of the setting table (0005), which goes. A document is a kind and a
-- variant: the catalogue (''), a leaflet for one group ('seniors', 'families', 'crisis',
-- 'disability'); later kinds add their own rows and tables. A NULL value has its default.
-- These are not edits of the plan: they are written as the user types, never undone.
CREATE TABLE document (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 64),
  variant TEXT NOT NULL DEFAULT '' CHECK (length(variant) <= 64),
  title TEXT CHECK (length(CAST(title AS BLOB)) <= 65536),
  subtitle TEXT CHECK (length(CAST(subtitle AS BLOB)) <= 65536),
  issuer TEXT CHECK (length(CAST(issuer AS BLOB)) <= 65536),
  introduction TEXT CHECK (length(CAST(introduction AS BLOB)) <= 65536),
  publicity TEXT CHECK (length(CAST(publicity AS BLOB)) <= 65536),
  year INTEGER CHECK (year BETWEEN 2000 AND 2100),
  UNIQUE (kind, variant)
);

-- The catalogue's own settings: paper, structure and which services it lists (NULL type or
-- target group: all; NULL form: any).
CREATE TABLE catalogue_document (
  document INTEGER PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
  paper TEXT CHECK (paper IN ('a4', 'a5')),
  structure TEXT CHECK (structure IN ('target-group', 'service-type', 'provider')),
  registered INTEGER CHECK (registered IN (0, 1)),
  local INTEGER CHECK (local IN (0, 1)),
  type_code TEXT CHECK (length(type_code) BETWEEN 1 AND 256),
  target_group TEXT CHECK (length(target_group) BETWEEN 1 AND 256),
  form TEXT CHECK (form IN ('residential', 'outpatient', 'field'))
);

CREATE TABLE leaflet_document (
  document INTEGER PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
  format TEXT CHECK (format IN ('a4-trifold', 'a5-two-sided'))
);

-- The logos of a document, in their order, as the images themselves, so that a project
-- sent to a colleague prints the same: PNG or SVG, at most 5 MiB each.
CREATE TABLE document_logo (
  id INTEGER PRIMARY KEY,
  document INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 1024),
  media_type TEXT NOT NULL CHECK (media_type IN ('image/png', 'image/svg+xml')),
  data BLOB NOT NULL CHECK (length(data) BETWEEN 1 AND 5242880)
);
CREATE INDEX document_logo_by_document ON document_logo (document, position);

-- Which document the Publications view shows.
CREATE TABLE publications_view (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  kind TEXT,
  leaflet_group TEXT
);

-- Logo files named by a version-5 project, read into document_logo (for every document)
-- when the project's publications are first used; SQL cannot read files.
CREATE TABLE document_logo_import (
  position INTEGER PRIMARY KEY,
  path TEXT NOT NULL
);

-- The documents that had settings. The publicity text, the logos and the leaflets' format
-- were shared by all documents; each document now has its own copy.
INSERT INTO document (kind, variant)
  SELECT 'catalogue', ''
  WHERE EXISTS (SELECT 1 FROM setting
                WHERE key GLOB 'catalogue.*'
                   OR key IN ('publication.publicity', 'publication.logos'));
WITH leaflet_group (id) AS (VALUES ('seniors'), ('families'), ('crisis'), ('disability'))
INSERT INTO document (kind, variant)
  SELECT 'leaflet', id FROM leaflet_group
  WHERE EXISTS (SELECT 1 FROM setting
                WHERE key GLOB 'leaflet.' || leaflet_group.id || '.*'
                   OR key IN ('publication.publicity', 'publication.logos', 'leaflet.format'));

UPDATE document SET
  title = (SELECT value FROM setting
           WHERE key = (CASE document.kind WHEN 'catalogue' THEN 'catalogue.'
                        ELSE 'leaflet.' || document.variant || '.' END) || 'title'),
  subtitle = (SELECT value FROM setting
              WHERE key = (CASE document.kind WHEN 'catalogue' THEN 'catalogue.'
                           ELSE 'leaflet.' || document.variant || '.' END) || 'subtitle'),
  issuer = (SELECT value FROM setting
            WHERE key = (CASE document.kind WHEN 'catalogue' THEN 'catalogue.'
                         ELSE 'leaflet.' || document.variant || '.' END) || 'issuer'),
  introduction = (SELECT value FROM setting
                  WHERE key = (CASE document.kind WHEN 'catalogue' THEN 'catalogue.'
                               ELSE 'leaflet.' || document.variant || '.' END) || 'introduction'),
  year = (SELECT CAST(value AS INTEGER) FROM setting
          WHERE key = (CASE document.kind WHEN 'catalogue' THEN 'catalogue.'
                       ELSE 'leaflet.' || document.variant || '.' END) || 'year'
            AND value GLOB '[0-9][0-9][0-9][0-9]'
            AND CAST(value AS INTEGER) BETWEEN 2000 AND 2100),
  publicity = (SELECT value FROM setting WHERE key = 'publication.publicity');

-- A switch was on unless it was "false"; a value the view did not offer has its default.
INSERT INTO catalogue_document (document, paper, structure, registered, local, type_code,
                                target_group, form)
  SELECT id,
         (SELECT value FROM setting WHERE key = 'catalogue.paper' AND value IN ('a4', 'a5')),
         (SELECT value FROM setting WHERE key = 'catalogue.structure'
            AND value IN ('target-group', 'service-type', 'provider')),
         (SELECT value <> 'false' FROM setting WHERE key = 'catalogue.registered'),
         (SELECT value <> 'false' FROM setting WHERE key = 'catalogue.local'),
         (SELECT value FROM setting WHERE key = 'catalogue.type'
            AND length(value) BETWEEN 1 AND 256),
         (SELECT value FROM setting WHERE key = 'catalogue.target-group'
            AND length(value) BETWEEN 1 AND 256),
         (SELECT value FROM setting WHERE key = 'catalogue.form'
            AND value IN ('residential', 'outpatient', 'field'))
  FROM document WHERE kind = 'catalogue';

INSERT INTO leaflet_document (document, format)
  SELECT id, (SELECT value FROM setting WHERE key = 'leaflet.format'
                AND value IN ('a4-trifold', 'a5-two-sided'))
  FROM document WHERE kind = 'leaflet';

INSERT INTO publications_view (id, kind, leaflet_group)
  SELECT 1,
         (SELECT value FROM setting WHERE key = 'publication.kind'
            AND value IN ('catalogue', 'leaflet')),
         (SELECT value FROM setting WHERE key = 'leaflet.group'
            AND value IN ('seniors', 'families', 'crisis', 'disability'));

-- "publication.logos" held the paths one a line.
WITH RECURSIVE split (position, path, rest) AS (
  SELECT 0, '', (SELECT value FROM setting WHERE key = 'publication.logos') || char(10)
  UNION ALL
  SELECT position + 1, substr(rest, 1, instr(rest, char(10)) - 1),
         substr(rest, instr(rest, char(10)) + 1)
  FROM split WHERE rest <> ''
)
INSERT INTO document_logo_import (position, path)
  SELECT position, path FROM split WHERE position > 0 AND path <> '';

DROP TABLE setting;
