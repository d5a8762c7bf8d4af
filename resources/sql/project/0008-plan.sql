-- The plan (SPRSS) of the project, module "plan" (src/core/plan/).
--
-- A plan has versions. Each version holds a whole copy of the plan's content: its levels,
-- vision, text chapters, the tree of priorities, measures and activities with their fields,
-- and the public comments made on it. Items keep a stable uid from version to version, so
-- that two versions can be compared. An approved or superseded version is frozen: the
-- triggers at the end refuse any change of its content, whatever the caller.
--
-- Action plans live beside the versions: each copies the activities of its years from a
-- version and records their monitoring (state, money spent, indicators' actual values).
-- Money is whole Kč, as INTEGER.

CREATE TABLE plan_version (
  id INTEGER PRIMARY KEY,
  number INTEGER NOT NULL UNIQUE CHECK (number >= 1),
  period_from INTEGER NOT NULL,
  period_to INTEGER NOT NULL CHECK (period_to >= period_from),
  levels TEXT NOT NULL,         -- the names of the 2–4 levels, one per line
  vision TEXT,
  state TEXT NOT NULL DEFAULT 'draft'
    CHECK (state IN ('draft', 'comments', 'approved', 'superseded')),
  comments_from TEXT,           -- ISO dates of the window for public comments
  comments_to TEXT,
  approved_by TEXT CHECK (approved_by IS NULL OR
                          approved_by IN ('zastupitelstvo', 'rada', 'spravni_rada_mas')),
  resolution TEXT,              -- číslo usnesení
  approved_on TEXT,             -- ISO date
  based_on INTEGER              -- the number of the version it was copied from
);

CREATE TABLE plan_item (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES plan_version (id) ON DELETE CASCADE,
  uid TEXT NOT NULL,
  parent_id INTEGER REFERENCES plan_item (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  title TEXT NOT NULL,
  description TEXT,
  justification TEXT,
  focus TEXT CHECK (focus IS NULL OR focus IN ('common', 'group', 'territory')),
  focus_group TEXT,             -- a planning group id ("seniors") for focus 'group'
  focus_name TEXT,              -- the sub-territory's name for focus 'territory'
  implementer_kind TEXT CHECK (implementer_kind IS NULL OR
                               implementer_kind IN ('provider', 'obec', 'text')),
  implementer TEXT,             -- IČO, kód obce or the text
  partners TEXT,
  responsible TEXT,
  start_month TEXT,             -- 'YYYY-MM'
  end_month TEXT,
  status TEXT CHECK (status IS NULL OR
                     status IN ('not_started', 'in_progress', 'done', 'partly_done',
                                'not_done', 'moved', 'cancelled')),
  note TEXT,
  UNIQUE (version_id, uid)
);
CREATE INDEX plan_item_tree ON plan_item (version_id, parent_id, position);

-- The lists of an item: target groups (the registry's names), service types with an
-- optional form, linked services (identifikátor, or 'local:' and the id of a local
-- service), obce (its territory, or a priority's sub-territory) and findings of the needs
-- analysis (their stable ids; the needs module may not have them).
CREATE TABLE plan_item_tag (
  item_id INTEGER NOT NULL REFERENCES plan_item (id) ON DELETE CASCADE,
  kind TEXT NOT NULL
    CHECK (kind IN ('target_group', 'service_kind', 'service', 'obec', 'finding')),
  position INTEGER NOT NULL,
  value TEXT NOT NULL,
  form TEXT CHECK (form IS NULL OR form IN ('pob', 'amb', 'ter')),
  PRIMARY KEY (item_id, kind, position)
);

-- The change of capacity an activity brings, per unit (uvazky, luzka, klient …).
CREATE TABLE plan_capacity (
  item_id INTEGER NOT NULL REFERENCES plan_item (id) ON DELETE CASCADE,
  unit TEXT NOT NULL,
  change REAL NOT NULL,
  PRIMARY KEY (item_id, unit)
);

-- Planned costs per year and source; obec_kod names the obec of source 'obec' ('' none).
CREATE TABLE plan_cost (
  item_id INTEGER NOT NULL REFERENCES plan_item (id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('mpsv', 'kraj', 'obec', 'uhrady', 'pnp', 'zp', 'esf',
                                         'irop', 'nadace', 'jine')),
  obec_kod TEXT NOT NULL DEFAULT '',
  amount INTEGER NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (item_id, year, source, obec_kod)
);

CREATE TABLE plan_indicator (
  item_id INTEGER NOT NULL REFERENCES plan_item (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  uid TEXT NOT NULL,
  name TEXT NOT NULL,
  unit TEXT,
  baseline REAL,
  target REAL,
  PRIMARY KEY (item_id, position)
);

-- Text chapters in CommonMark; a fenced block with the info string "komplan KIND" is a
-- live block that the document builder fills from the project's data.
CREATE TABLE plan_chapter (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES plan_version (id) ON DELETE CASCADE,
  uid TEXT NOT NULL,
  position INTEGER NOT NULL CHECK (position >= 0),
  depth INTEGER NOT NULL DEFAULT 1 CHECK (depth BETWEEN 1 AND 3),
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  UNIQUE (version_id, uid)
);

-- Public comments (připomínky) on a version and how each was settled.
CREATE TABLE plan_comment (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES plan_version (id) ON DELETE CASCADE,
  author_kind TEXT NOT NULL CHECK (author_kind IN ('organisation', 'public')),
  author TEXT,                  -- the organisation; never a private person's name
  received_on TEXT NOT NULL,    -- ISO date
  target_kind TEXT NOT NULL DEFAULT 'plan' CHECK (target_kind IN ('plan', 'chapter', 'item')),
  target_uid TEXT,
  text TEXT NOT NULL,
  settlement TEXT CHECK (settlement IS NULL OR
                         settlement IN ('accepted', 'partly', 'rejected', 'noted')),
  reason TEXT,
  change_made TEXT
);

CREATE TABLE action_plan (
  id INTEGER PRIMARY KEY,
  year_from INTEGER NOT NULL UNIQUE,
  year_to INTEGER NOT NULL CHECK (year_to >= year_from AND year_to <= year_from + 1),
  version_number INTEGER NOT NULL  -- the plan version it was made from
);

-- An activity of an action plan: what it copied from the plan (code, title, its
-- priority), what belongs to the action plan only, and its monitoring.
CREATE TABLE action_plan_entry (
  plan_id INTEGER NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
  item_uid TEXT NOT NULL,
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  title TEXT NOT NULL,
  priority_uid TEXT,
  priority_code TEXT,
  priority_title TEXT,
  deadline TEXT,                -- ISO date or 'YYYY-MM'
  responsible TEXT,
  note TEXT,
  status TEXT CHECK (status IS NULL OR
                     status IN ('not_started', 'in_progress', 'done', 'partly_done',
                                'not_done', 'moved', 'cancelled')),
  evaluation TEXT,
  carried_over INTEGER NOT NULL DEFAULT 0 CHECK (carried_over IN (0, 1)),
  PRIMARY KEY (plan_id, item_uid)
);

CREATE TABLE action_plan_amount (
  plan_id INTEGER NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
  item_uid TEXT NOT NULL,
  year INTEGER NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('mpsv', 'kraj', 'obec', 'uhrady', 'pnp', 'zp', 'esf',
                                         'irop', 'nadace', 'jine')),
  obec_kod TEXT NOT NULL DEFAULT '',
  planned INTEGER NOT NULL CHECK (planned >= 0),
  spent INTEGER CHECK (spent IS NULL OR spent >= 0),
  PRIMARY KEY (plan_id, item_uid, year, source, obec_kod)
);

CREATE TABLE action_plan_indicator (
  plan_id INTEGER NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
  item_uid TEXT NOT NULL,
  indicator_uid TEXT NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  unit TEXT,
  baseline REAL,
  target REAL,
  actual REAL,
  PRIMARY KEY (plan_id, item_uid, indicator_uid)
);

-- Frozen versions. A version's state may still change (superseded, or undoing an
-- approval), but never the content of an approved or superseded version.
CREATE TRIGGER plan_version_frozen BEFORE UPDATE ON plan_version
WHEN OLD.state IN ('approved', 'superseded') AND NEW.state IN ('approved', 'superseded') AND
     (NEW.number IS NOT OLD.number OR NEW.period_from IS NOT OLD.period_from OR
      NEW.period_to IS NOT OLD.period_to OR NEW.levels IS NOT OLD.levels OR
      NEW.vision IS NOT OLD.vision OR NEW.comments_from IS NOT OLD.comments_from OR
      NEW.comments_to IS NOT OLD.comments_to OR NEW.approved_by IS NOT OLD.approved_by OR
      NEW.resolution IS NOT OLD.resolution OR NEW.approved_on IS NOT OLD.approved_on)
BEGIN
  SELECT RAISE (ABORT, 'plan version is approved and frozen');
END;

CREATE TRIGGER plan_version_frozen_delete BEFORE DELETE ON plan_version
WHEN OLD.state IN ('approved', 'superseded')
BEGIN
  SELECT RAISE (ABORT, 'plan version is approved and frozen');
END;

CREATE TRIGGER plan_item_frozen_insert BEFORE INSERT ON plan_item
WHEN (SELECT state FROM plan_version WHERE id = NEW.version_id) IN ('approved', 'superseded')
BEGIN
  SELECT RAISE (ABORT, 'plan version is approved and frozen');
END;

CREATE TRIGGER plan_item_frozen_update BEFORE UPDATE ON plan_item
WHEN (SELECT state FROM plan_version WHERE id = OLD.version_id) IN ('approved', 'superseded')
BEGIN
  SELECT RAISE (ABORT, 'plan version is approved and frozen');
END;

CREATE TRIGGER plan_item_frozen_delete BEFORE DELETE ON plan_item
WHEN (SELECT state FROM plan_version WHERE id = OLD.version_id) IN ('approved', 'superseded')
BEGIN
  SELECT RAISE (ABORT, 'plan version is approved and frozen');
END;

CREATE TRIGGER plan_chapter_frozen_insert BEFORE INSERT ON plan_chapter
WHEN (SELECT state FROM plan_version WHERE id = NEW.version_id) IN ('approved', 'superseded')
BEGIN
  SELECT RAISE (ABORT, 'plan version is approved and frozen');
END;

CREATE TRIGGER plan_chapter_frozen_update BEFORE UPDATE ON plan_chapter
WHEN (SELECT state FROM plan_version WHERE id = OLD.version_id) IN ('approved', 'superseded')
BEGIN
  SELECT RAISE (ABORT, 'plan version is approved and frozen');
END;

CREATE TRIGGER plan_chapter_frozen_delete BEFORE DELETE ON plan_chapter
WHEN (SELECT state FROM plan_version WHERE id = OLD.version_id) IN ('approved', 'superseded')
BEGIN
  SELECT RAISE (ABORT, 'plan version is approved and frozen');
END;

CREATE TRIGGER plan_comment_frozen_insert BEFORE INSERT ON plan_comment
WHEN (SELECT state FROM plan_version WHERE id = NEW.version_id) IN ('approved', 'superseded')
BEGIN
  SELECT RAISE (ABORT, 'plan version is approved and frozen');
END;

CREATE TRIGGER plan_comment_frozen_update BEFORE UPDATE ON plan_comment
WHEN (SELECT state FROM plan_version WHERE id = OLD.version_id) IN ('approved', 'superseded')
BEGIN
  SELECT RAISE (ABORT, 'plan version is approved and frozen');
END;

CREATE TRIGGER plan_comment_frozen_delete BEFORE DELETE ON plan_comment
WHEN (SELECT state FROM plan_version WHERE id = OLD.version_id) IN ('approved', 'superseded')
BEGIN
  SELECT RAISE (ABORT, 'plan version is approved and frozen');
END;

CREATE TRIGGER plan_item_tag_frozen_insert BEFORE INSERT ON plan_item_tag
WHEN (SELECT state FROM plan_version WHERE id = (SELECT version_id FROM plan_item WHERE id = NEW.item_id)) IN ('approved', 'superseded')
BEGIN
  SELECT RAISE (ABORT, 'plan version is approved and frozen');
END;

CREATE TRIGGER plan_item_tag_frozen_update BEFORE UPDATE ON plan_item_tag
WHEN (SELECT state FROM plan_version WHERE id = (SELECT version_id FROM plan_item WHERE id = OLD.item_id)) IN ('approved', 'superseded')
BEGIN
  SELECT RAISE (ABORT, 'plan version is approved and frozen');
END;

CREATE TRIGGER plan_item_tag_frozen_delete BEFORE DELETE ON plan_item_tag
WHEN (SELECT state FROM plan_version WHERE id = (SELECT version_id FROM plan_item WHERE id = OLD.item_id)) IN ('approved', 'superseded')
BEGIN
  SELECT RAISE (ABORT, 'plan version is approved and frozen');
END;

CREATE TRIGGER plan_capacity_frozen_insert BEFORE INSERT ON plan_capacity
WHEN (SELECT state FROM plan_version WHERE id = (SELECT version_id FROM plan_item WHERE id = NEW.item_id)) IN ('approved', 'superseded')
BEGIN
  SELECT RAISE (ABORT, 'plan version is approved and frozen');
END;

CREATE TRIGGER plan_capacity_frozen_update BEFORE UPDATE ON plan_capacity
WHEN (SELECT state FROM plan_version WHERE id = (SELECT version_id FROM plan_item WHERE id = OLD.item_id)) IN ('approved', 'superseded')
BEGIN
  SELECT RAISE (ABORT, 'plan version is approved and frozen');
END;

CREATE TRIGGER plan_capacity_frozen_delete BEFORE DELETE ON plan_capacity
WHEN (SELECT state FROM plan_version WHERE id = (SELECT version_id FROM plan_item WHERE id = OLD.item_id)) IN ('approved', 'superseded')
BEGIN
  SELECT RAISE (ABORT, 'plan version is approved and frozen');
END;

CREATE TRIGGER plan_cost_frozen_insert BEFORE INSERT ON plan_cost
WHEN (SELECT state FROM plan_version WHERE id = (SELECT version_id FROM plan_item WHERE id = NEW.item_id)) IN ('approved', 'superseded')
BEGIN
  SELECT RAISE (ABORT, 'plan version is approved and frozen');
END;

CREATE TRIGGER plan_cost_frozen_update BEFORE UPDATE ON plan_cost
WHEN (SELECT state FROM plan_version WHERE id = (SELECT version_id FROM plan_item WHERE id = OLD.item_id)) IN ('approved', 'superseded')
BEGIN
  SELECT RAISE (ABORT, 'plan version is approved and frozen');
END;

CREATE TRIGGER plan_cost_frozen_delete BEFORE DELETE ON plan_cost
WHEN (SELECT state FROM plan_version WHERE id = (SELECT version_id FROM plan_item WHERE id = OLD.item_id)) IN ('approved', 'superseded')
BEGIN
  SELECT RAISE (ABORT, 'plan version is approved and frozen');
END;

CREATE TRIGGER plan_indicator_frozen_insert BEFORE INSERT ON plan_indicator
WHEN (SELECT state FROM plan_version WHERE id = (SELECT version_id FROM plan_item WHERE id = NEW.item_id)) IN ('approved', 'superseded')
BEGIN
  SELECT RAISE (ABORT, 'plan version is approved and frozen');
END;

CREATE TRIGGER plan_indicator_frozen_update BEFORE UPDATE ON plan_indicator
WHEN (SELECT state FROM plan_version WHERE id = (SELECT version_id FROM plan_item WHERE id = OLD.item_id)) IN ('approved', 'superseded')
BEGIN
  SELECT RAISE (ABORT, 'plan version is approved and frozen');
END;

CREATE TRIGGER plan_indicator_frozen_delete BEFORE DELETE ON plan_indicator
WHEN (SELECT state FROM plan_version WHERE id = (SELECT version_id FROM plan_item WHERE id = OLD.item_id)) IN ('approved', 'superseded')
BEGIN
  SELECT RAISE (ABORT, 'plan version is approved and frozen');
END;
