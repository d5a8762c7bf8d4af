/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-benchmark.h"
#include "kp-finding.h"
#include "kp-library.h"
#include "kp-needs-profile.h"
#include "kp-needs-types.h"
#include "kp-project-module.h"
#include "kp-survey-import.h"
#include "kp-survey.h"

G_BEGIN_DECLS

/* A project's needs analysis (Potřeby), a module of the project: the comparison figures it
 * copied from the reference library (every ORP, kraj and ČR by age, and the ČSÚ indicators
 * of SO ORP), the user's benchmarks and coverage bases, surveys, findings and SWOT.
 *
 * The profile, the obce table and the coverage are computed on demand from the project's
 * snapshot, its network and these figures (kp_needs_compute_*), as plain structs. Every
 * edit commits at once as one undo step of the project; after any change of its tables the
 * module re-reads what changed (the surveys and findings objects update in place, the
 * lists emit items-changed) before the project's "changed" signal reaches the views.
 *
 * Created on first use: kp_needs_get(). */

#define KP_TYPE_NEEDS (kp_needs_get_type ())
G_DECLARE_FINAL_TYPE (KpNeeds, kp_needs, KP, NEEDS, KpProjectModule)

/* Returns: (transfer none): the needs analysis of @project, created and read on first use */
KpNeeds *kp_needs_get (KpProject *project);

/* Comparison figures. */

/* Whether the project has the figures of all ORP (the ranges of the profile need them). */
gboolean kp_needs_has_comparison (KpNeeds *self);
/* Returns: (nullable): ISO date of the ČSÚ indicators of SO ORP in the project */
const char *kp_needs_get_orp_figures_date (KpNeeds *self);
/* Copies the comparison figures from the library into the project in a worker, as one
 * undo step. %KP_PROJECT_ERROR_NO_REFERENCE when the library has no population. */
void     kp_needs_refresh_comparison_async (KpNeeds            *self,
                                            KpLibrary          *library,
                                            GCancellable       *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer            user_data);
gboolean kp_needs_refresh_comparison_finish (KpNeeds      *self,
                                             GAsyncResult *result,
                                             GError      **error);

/* Analysis, computed now. */

/* Returns: (transfer full): every indicator of the registry for the territory, its ORP,
 * kraje and ČR, with ranges over all ORP and the benchmarks */
KpNeedsProfile *kp_needs_compute_profile (KpNeeds *self);
/* Returns: (transfer full): the indicators an obec has, and average age, for each obec */
KpObceTable *kp_needs_compute_obce (KpNeeds *self);
/* @obec_kod: (nullable): one obec, or %NULL for the territory.
 * Returns: (transfer full) (element-type KpCoverageRow): capacity per 1 000 of the
 * population each type serves, by type and unit, then the kraj network's úvazky */
GPtrArray *kp_needs_compute_coverage (KpNeeds    *self,
                                      const char *obec_kod);
/* The population base of the coverage of @type_code, and whether it is the default. */
KpPopulationBase kp_needs_get_coverage_base (KpNeeds    *self,
                                             const char *type_code,
                                             gboolean   *out_is_default);
/* The five-year bands of the territory, or (@obec_kod) of one obec, or (@level, @kod) of
 * a compared area; @sex "celkem", "muzi" or "zeny". FALSE when not known. */
gboolean kp_needs_get_bands (KpNeeds    *self,
                             KpAreaLevel level,
                             const char *kod,
                             const char *sex,
                             gint64     *out_bands);

/* Benchmarks. */

/* Returns: (transfer container) (element-type KpBenchmark): sorted by indicator */
GPtrArray         *kp_needs_list_benchmarks (KpNeeds *self);
const KpBenchmark *kp_needs_get_benchmark (KpNeeds    *self,
                                           const char *indicator);
gboolean           kp_needs_set_benchmark (KpNeeds           *self,
                                           const KpBenchmark *benchmark,
                                           GError           **error);
gboolean           kp_needs_remove_benchmark (KpNeeds    *self,
                                              const char *indicator,
                                              GError    **error);
gboolean           kp_needs_set_coverage_base (KpNeeds         *self,
                                               const char      *type_code,
                                               KpPopulationBase base,
                                               GError         **error);
/* Writes every benchmark to @path (JSON, kp-benchmark.h). */
gboolean kp_needs_export_benchmarks (KpNeeds    *self,
                                     const char *path,
                                     GError    **error);
/* Reads a benchmark set and sets each of its benchmarks (replacing those of the same
 * indicators), in one undo step. */
gboolean kp_needs_import_benchmarks (KpNeeds    *self,
                                     const char *path,
                                     guint      *out_count,
                                     GError    **error);

/* Surveys. */

/* Returns: (transfer none): GListModel of KpSurvey, sorted by name */
GListModel *kp_needs_get_surveys (KpNeeds *self);
/* Returns: (transfer none) (nullable) */
KpSurvey *kp_needs_find_survey (KpNeeds    *self,
                                const char *name);
KpSurvey *kp_needs_find_survey_by_id (KpNeeds *self,
                                      gint64   id);
/* A new survey with an empty questionnaire. Returns: (transfer none) */
KpSurvey *kp_needs_add_survey (KpNeeds          *self,
                               const char       *name,
                               KpRespondentGroup group,
                               GError          **error);
gboolean  kp_needs_remove_survey (KpNeeds  *self,
                                  KpSurvey *survey,
                                  GError  **error);
gboolean  kp_needs_set_survey_texts (KpNeeds          *self,
                                     KpSurvey         *survey,
                                     const char       *name,
                                     const char       *title,
                                     KpRespondentGroup group,
                                     GError          **error);
/* Questionnaire. @choices: (nullable): one label each, for single, multiple and age band
 * questions. Returns the new question's qid, 0 on error. */
int      kp_needs_add_question (KpNeeds           *self,
                                KpSurvey          *survey,
                                const char        *text,
                                KpQuestionType     type,
                                const char *const *choices,
                                GError           **error);
gboolean kp_needs_remove_question (KpNeeds  *self,
                                   KpSurvey *survey,
                                   int       qid,
                                   GError  **error);
/* Corrects a question: its text, its type (the answers are read again by the new type: a
 * number must be a number, a choice is made of each distinct answer) and its choices.
 * Refused, naming the respondent, when an answer cannot be read so. */
gboolean kp_needs_set_question (KpNeeds           *self,
                                KpSurvey          *survey,
                                int                qid,
                                const char        *text,
                                KpQuestionType     type,
                                const char *const *choices,
                                GError           **error);
gboolean kp_needs_move_question (KpNeeds  *self,
                                 KpSurvey *survey,
                                 int       qid,
                                 guint     position,
                                 GError  **error);
/* Stores @import's responses in the survey @name, one undo step: a new survey (of
 * @group) takes the questionnaire the import made; an existing one keeps its own and its
 * responses are replaced (with the categories of their open answers).
 * Returns: (transfer none): the survey, or %NULL */
KpSurvey *kp_needs_import_survey (KpNeeds          *self,
                                  const char       *name,
                                  KpRespondentGroup group,
                                  KpSurveyImport   *import,
                                  GError          **error);
/* The user's categories of an open answer: replaces those of (@qid, @respondent). A
 * category the question has already (case and diacritics ignored) keeps its spelling. */
gboolean kp_needs_set_answer_tags (KpNeeds           *self,
                                   KpSurvey          *survey,
                                   int                qid,
                                   guint              respondent,
                                   const char *const *tags,
                                   GError           **error);
/* The names of the territory's obce, for kp_survey_import_read(). Returns: (transfer full) */
GStrv kp_needs_dup_obce_names (KpNeeds *self);

/* Findings. */

/* Returns: (transfer none): GListModel of KpFinding, by id */
GListModel *kp_needs_get_findings (KpNeeds *self);
/* Returns: (transfer none) (nullable) */
KpFinding *kp_needs_find_finding (KpNeeds *self,
                                  gint64   id);
/* Returns: the new finding's id, 0 on error */
gint64   kp_needs_add_finding (KpNeeds             *self,
                               const KpFindingData *data,
                               GError             **error);
gboolean kp_needs_update_finding (KpNeeds             *self,
                                  const KpFindingData *data,
                                  GError             **error);
gboolean kp_needs_remove_finding (KpNeeds *self,
                                  gint64   id,
                                  GError **error);

/* SWOT. */

/**
 * KpSwotItem:
 * @id: stable id
 * @scope: "" for the overall SWOT, else a planning group's id ("seniors")
 * @quadrant: where it is
 * @position: its place in the quadrant, from 0
 * @text: the item
 * @findings: (element-type gint64): the findings it cites
 */
typedef struct
{
  gint64         id;
  char          *scope;
  KpSwotQuadrant quadrant;
  int            position;
  char          *text;
  GArray        *findings;
} KpSwotItem;

void kp_swot_item_free (KpSwotItem *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpSwotItem, kp_swot_item_free)

/* Returns: (transfer container) (element-type KpSwotItem): the items of a quadrant, in
 * order */
GPtrArray *kp_needs_list_swot (KpNeeds       *self,
                               const char    *scope,
                               KpSwotQuadrant quadrant);
/* Returns: (transfer full): the scopes that have items: "" first, then groups in order */
GStrv    kp_needs_list_swot_scopes (KpNeeds *self);
gint64   kp_needs_add_swot_item (KpNeeds       *self,
                                 const char    *scope,
                                 KpSwotQuadrant quadrant,
                                 const char    *text,
                                 GError       **error);
gboolean kp_needs_set_swot_text (KpNeeds    *self,
                                 gint64      id,
                                 const char *text,
                                 GError    **error);
gboolean kp_needs_move_swot_item (KpNeeds *self,
                                  gint64   id,
                                  guint    position,
                                  GError **error);
gboolean kp_needs_remove_swot_item (KpNeeds *self,
                                    gint64   id,
                                    GError **error);
gboolean kp_needs_set_swot_citations (KpNeeds      *self,
                                      gint64        id,
                                      const gint64 *findings,
                                      guint         n_findings,
                                      GError      **error);

G_END_DECLS
