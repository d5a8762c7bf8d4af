-- The plan documents' own settings (src/core/publications/kp-plan-document-settings.c): the
-- survey questions of the needs analysis (Potřeby) whose results the plan prints, in their
-- order. The texts, year and logos of the plan, the action plan, the evaluation report and
-- the settlement of comments are rows of document (0006), variant ''; their year NULL is
-- the first action plan (action plan) or the whole period (evaluation).
--
-- survey_id and qid name a question of the needs module's tables without a foreign key: a
-- module never reaches into another's tables. Their ids are never used again, so a choice
-- of a survey or question removed later names nothing and is left out of the document.
CREATE TABLE plan_document_question (
  document INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  survey_id INTEGER NOT NULL,
  qid INTEGER NOT NULL,
  PRIMARY KEY (document, survey_id, qid)
);
CREATE INDEX plan_document_question_by_position ON plan_document_question (document, position);
