-- The needs analysis (Potřeby): comparison figures copied from the reference library,
-- benchmarks, the population a coverage ratio divides by, surveys with their responses,
-- findings and SWOT. Every table belongs to the needs module (KpNeeds); its edits are undo
-- steps. A child table names its parent in its first key column, which is how a change
-- tells the module what to re-read.

-- Comparison figures of every ORP, every kraj and ČR (level 'cr', kod 'CZ'), so that the
-- profile can place the territory among all 206 ORP: their age composition by sex in
-- five-year bands, as of ref_date. Copied when the project is made or refreshed later.
CREATE TABLE needs_area (
  level TEXT NOT NULL CHECK (level IN ('orp', 'kraj', 'cr')),
  kod TEXT NOT NULL,            -- RÚIAN code; 'CZ' for ČR
  csu_kod TEXT,
  nazev TEXT NOT NULL,
  kraj_kod TEXT,                -- of an ORP
  ref_date TEXT NOT NULL,
  obce INTEGER NOT NULL,
  PRIMARY KEY (level, kod)
);

CREATE TABLE needs_area_age (
  level TEXT NOT NULL,
  kod TEXT NOT NULL,
  sex TEXT NOT NULL CHECK (sex IN ('celkem', 'muzi', 'zeny')),
  total INTEGER NOT NULL,
  a0_4 INTEGER NOT NULL, a5_9 INTEGER NOT NULL, a10_14 INTEGER NOT NULL,
  a15_19 INTEGER NOT NULL, a20_24 INTEGER NOT NULL, a25_29 INTEGER NOT NULL,
  a30_34 INTEGER NOT NULL, a35_39 INTEGER NOT NULL, a40_44 INTEGER NOT NULL,
  a45_49 INTEGER NOT NULL, a50_54 INTEGER NOT NULL, a55_59 INTEGER NOT NULL,
  a60_64 INTEGER NOT NULL, a65_69 INTEGER NOT NULL, a70_74 INTEGER NOT NULL,
  a75_79 INTEGER NOT NULL, a80_84 INTEGER NOT NULL, a85_plus INTEGER NOT NULL,
  PRIMARY KEY (level, kod, sex)
);

-- The ČSÚ indicators of every SO ORP (a year other than the age composition's: ref_date
-- says which), with the RÚIAN code of the ORP when the code lists know it.
CREATE TABLE needs_orp_figures (
  csu_kod TEXT PRIMARY KEY,
  orp_kod TEXT,
  nazev TEXT NOT NULL,
  ref_date TEXT NOT NULL,
  population INTEGER NOT NULL,
  a15_64 INTEGER NOT NULL,
  births INTEGER NOT NULL,
  deaths INTEGER NOT NULL,
  natural_change INTEGER NOT NULL,
  net_migration INTEGER NOT NULL,
  unemployment REAL,
  job_seekers INTEGER NOT NULL,
  job_seekers_long_term INTEGER NOT NULL,
  dwellings INTEGER NOT NULL,
  average_age REAL
);

-- A reference value the user compares an indicator with: an indicator id of the registry
-- ("share_65_plus") or a coverage row ("coverage:DruhSocialniSluzby/13:luzka").
CREATE TABLE needs_benchmark (
  indicator TEXT PRIMARY KEY CHECK (length(indicator) BETWEEN 1 AND 200),
  value REAL NOT NULL,
  source TEXT,
  year INTEGER CHECK (year IS NULL OR year BETWEEN 1900 AND 2100),
  direction TEXT NOT NULL CHECK (direction IN ('higher', 'lower'))
);

-- Which population the capacity of a type of service is divided by, where the user chose
-- otherwise than Komplan's default.
CREATE TABLE needs_coverage_base (
  type_code TEXT PRIMARY KEY,
  population TEXT NOT NULL CHECK (population IN ('total', '0_14', '15_64', '65_plus',
                                                 '80_plus'))
);

-- Surveys (ankety, dotazníková šetření): the questionnaire and the responses.
-- The ids of surveys, findings and SWOT items are never used again after a row is
-- deleted (AUTOINCREMENT): the plan cites findings by id ("Z-12"), and a citation must not
-- move to another finding that took a deleted one's number.
CREATE TABLE survey (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  title TEXT,
  respondent_group TEXT NOT NULL CHECK (respondent_group IN ('public', 'users',
                                                              'commissioners', 'providers')),
  source_name TEXT,             -- the file the responses came from
  source_note TEXT,             -- what the import said of it (encoding, delimiter)
  imported_at TEXT
);

-- A question keeps its qid for good (findings cite it); position orders the questionnaire.
-- Choices are one label a line, in their order; scale, yes/no, number and open questions
-- have none.
CREATE TABLE survey_question (
  survey_id INTEGER NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
  qid INTEGER NOT NULL,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('single', 'multiple', 'scale', 'yes_no', 'number',
                                     'text', 'obec', 'age_band')),
  choices TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (survey_id, qid)
);

-- One respondent: the answers in question position order, separated by the character
-- U+001F (unit separator), a multiple choice's items by U+001E; an empty answer is no
-- answer. A whole row per respondent keeps a survey of 10 000 respondents × 60 questions
-- one fast insert per respondent and one small changeset.
CREATE TABLE survey_response (
  survey_id INTEGER NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  respondent TEXT,              -- the file's respondent id, when it had one
  answers TEXT NOT NULL,
  PRIMARY KEY (survey_id, position)
);

-- Categories the user tags open answers with.
CREATE TABLE survey_tag (
  survey_id INTEGER NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
  qid INTEGER NOT NULL,
  response INTEGER NOT NULL,    -- survey_response.position
  tag TEXT NOT NULL CHECK (length(trim(tag)) > 0),
  PRIMARY KEY (survey_id, qid, response, tag)
);

-- Findings (zjištění): what the analysis found, for which target groups and obce, from
-- which source and on which evidence. The id is stable: the plan links to it.
CREATE TABLE needs_finding (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  text TEXT NOT NULL CHECK (length(trim(text)) > 0),
  source TEXT NOT NULL CHECK (source IN ('statistics', 'survey', 'working_group',
                                         'provider_data', 'commissioner')),
  need_type TEXT NOT NULL CHECK (need_type IN ('normative', 'felt', 'expressed',
                                               'comparative')),
  priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 3),
  created_at TEXT NOT NULL
);

CREATE TABLE needs_finding_group (
  finding_id INTEGER NOT NULL REFERENCES needs_finding (id) ON DELETE CASCADE,
  planning_group TEXT NOT NULL,
  PRIMARY KEY (finding_id, planning_group)
);

CREATE TABLE needs_finding_obec (
  finding_id INTEGER NOT NULL REFERENCES needs_finding (id) ON DELETE CASCADE,
  obec_kod TEXT NOT NULL,
  PRIMARY KEY (finding_id, obec_kod)
);

-- Evidence: an indicator (id of the registry or a coverage row) or a survey question.
CREATE TABLE needs_finding_evidence (
  finding_id INTEGER NOT NULL REFERENCES needs_finding (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  indicator TEXT,
  survey_id INTEGER,
  qid INTEGER,
  PRIMARY KEY (finding_id, position),
  CHECK ((indicator IS NULL) <> (survey_id IS NULL AND qid IS NULL))
);

-- SWOT, overall (scope '') or of a planning group ("seniors"): short items per quadrant in
-- the user's order, each able to cite findings.
CREATE TABLE needs_swot_item (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  scope TEXT NOT NULL DEFAULT '',
  quadrant TEXT NOT NULL CHECK (quadrant IN ('strengths', 'weaknesses', 'opportunities',
                                             'threats')),
  position INTEGER NOT NULL,
  text TEXT NOT NULL CHECK (length(trim(text)) > 0)
);

CREATE TABLE needs_swot_citation (
  item_id INTEGER NOT NULL REFERENCES needs_swot_item (id) ON DELETE CASCADE,
  finding_id INTEGER NOT NULL REFERENCES needs_finding (id) ON DELETE CASCADE,
  PRIMARY KEY (item_id, finding_id)
);
