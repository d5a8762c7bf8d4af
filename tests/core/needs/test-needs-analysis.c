/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-capacity-unit.h"
#include "kp-error.h"
#include "kp-needs.h"
#include "kp-survey-results.h"
#include "kp-service-kind.h"
#include "kp-test-utils.h"

#include <math.h>
#include <string.h>

/* The analysis of the sample project (resources/sample/sample-project.sql): its profile,
 * coverage of services by territorial scope, benchmarks, findings and SWOT, each edit an
 * undo step. The sample's figures are fictional; the expected values are worked out from
 * the rows of that file in the comments. */

#define LESNA   "990001"
#define PS_TYPE KP_SERVICE_KIND_PREFIX "4"
#define DS_TYPE KP_SERVICE_KIND_PREFIX "13"

typedef struct
{
  char      *dir;
  KpProject *project;
  KpNeeds   *needs;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->dir = kp_test_make_tmpdir ();
  fixture->project = kp_test_create_sample (fixture->dir);
  fixture->needs = kp_needs_get (fixture->project);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->project);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static const KpCoverageRow *
find_coverage (GPtrArray  *rows,
               const char *type_code,
               const char *unit)
{
  for (guint i = 0; i < rows->len; i++)
    {
      const KpCoverageRow *row = g_ptr_array_index (rows, i);

      if (g_strcmp0 (row->type_code, type_code) == 0 && g_strcmp0 (row->unit, unit) == 0)
        return row;
    }
  return NULL;
}

static void
test_profile (Fixture      *fixture,
              gconstpointer data)
{
  g_autoptr (KpNeedsProfile) profile = kp_needs_compute_profile (fixture->needs);
  const KpProfileRow *share, *average, *unemployment, *beds;

  g_assert_cmpuint (profile->rows->len, ==, KP_N_INDICATORS);
  g_assert_cmpstr (profile->population_date, ==, "2020-12-31");
  g_assert_false (profile->territory_is_orp);
  /* A custom territory: its ORP, its kraj, ČR. */
  g_assert_cmpuint (profile->columns->len, ==, 3);
  g_assert_cmpint (((KpProfileColumn *) g_ptr_array_index (profile->columns, 2))->level, ==,
                   KP_AREA_LEVEL_CR);

  /* 65+: 4 187 of 20 360; ČR 2 158 322 of 10 701 777: within 5 %, similar. */
  share = kp_needs_profile_find (profile, KP_INDICATOR_SHARE_65_PLUS);
  g_assert_cmpfloat_with_epsilon (share->territory, 100.0 * 4187 / 20360, 1e-9);
  g_assert_cmpfloat_with_epsilon (share->cr, 100.0 * 2158322 / 10701777, 1e-9);
  g_assert_cmpint (share->rag, ==, KP_RAG_SIMILAR);
  g_assert_false (share->per_orp_only);
  /* The sample has no figures of the other ORP: no range. */
  g_assert_cmpuint (share->n_orp, ==, 0);

  average = kp_needs_profile_find (profile, KP_INDICATOR_AVERAGE_AGE);
  g_assert_false (isnan (average->territory));
  g_assert_cmpfloat (average->territory, >, 35.0);
  g_assert_cmpfloat (average->territory, <, 50.0);

  /* ČSÚ publishes unemployment per ORP: never a value of a custom territory. */
  unemployment = kp_needs_profile_find (profile, KP_INDICATOR_UNEMPLOYMENT);
  g_assert_true (unemployment->per_orp_only);
  g_assert_true (isnan (unemployment->territory));

  /* Beds of DS (62) and DZR (40) per 1 000 aged 65+. */
  beds = kp_needs_profile_find (profile, KP_INDICATOR_BEDS_SENIORS);
  g_assert_cmpfloat_with_epsilon (beds->territory, 1000.0 * 102 / 4187, 1e-9);
  g_assert_true (isnan (beds->cr));
}

/* Pečovatelská služba Lesná: 120 + 15 clients, scope with shares 60/15/10/15 %. */
static void
test_coverage_shared (Fixture      *fixture,
                      gconstpointer data)
{
  const char *klient = kp_capacity_unit_to_code (KP_CAPACITY_UNIT_KLIENT);
  const char *luzka = kp_capacity_unit_to_code (KP_CAPACITY_UNIT_LUZKA);
  const char *uvazky = kp_capacity_unit_to_code (KP_CAPACITY_UNIT_UVAZKY);
  g_autoptr (GPtrArray) territory = kp_needs_compute_coverage (fixture->needs, NULL);
  g_autoptr (GPtrArray) lesna = kp_needs_compute_coverage (fixture->needs, LESNA);
  g_autoptr (GPtrArray) again = NULL;
  g_autoptr (GError) error = NULL;
  const KpCoverageRow *row;

  row = find_coverage (territory, PS_TYPE, klient);
  g_assert_nonnull (row);
  g_assert_cmpint (row->base, ==, KP_POPULATION_80_PLUS);
  g_assert_true (row->base_is_default);
  g_assert_cmpfloat_with_epsilon (row->capacity, 135.0, 1e-9);
  g_assert_cmpint (row->population, ==, 844);
  g_assert_cmpfloat_with_epsilon (row->per_1000, 1000.0 * 135 / 844, 1e-9);
  g_assert_cmpuint (row->services, ==, 1);

  /* Lesná gets its 60 %, over its 425 inhabitants aged 80+. */
  row = find_coverage (lesna, PS_TYPE, klient);
  g_assert_cmpfloat_with_epsilon (row->capacity, 81.0, 1e-9);
  g_assert_cmpint (row->population, ==, 425);
  g_assert_cmpfloat_with_epsilon (row->per_1000, 1000.0 * 81 / 425, 1e-9);

  /* The domov pro seniory has no scope: the territory, by its population aged 65+. */
  row = find_coverage (lesna, DS_TYPE, luzka);
  g_assert_cmpfloat_with_epsilon (row->capacity, 62.0 * 2097 / 4187, 1e-9);

  /* The kraj network's úvazky of 2026 (the ended klub counts not). */
  row = find_coverage (territory, NULL, uvazky);
  g_assert_nonnull (row);
  g_assert_cmpfloat_with_epsilon (row->capacity, 9.5 + 2.2 + 6.0, 1e-9);
  g_assert_cmpint (row->population, ==, 20360);
  g_assert_cmpstr (((KpCoverageRow *) g_ptr_array_index (territory, territory->len - 1))->unit, ==,
                   uvazky);

  /* Another base is one undo step. */
  g_assert_true (kp_needs_set_coverage_base (fixture->needs, PS_TYPE, KP_POPULATION_65_PLUS,
                                             &error));
  g_assert_no_error (error);
  again = kp_needs_compute_coverage (fixture->needs, NULL);
  row = find_coverage (again, PS_TYPE, klient);
  g_assert_cmpint (row->population, ==, 4187);
  g_assert_false (row->base_is_default);
  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_cmpint (kp_needs_get_coverage_base (fixture->needs, PS_TYPE, NULL), ==,
                   KP_POPULATION_80_PLUS);
}

static void
test_benchmarks (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (KpBenchmark) lower = kp_benchmark_new ("share_65_plus", 18.0, "Krajský plán", 2024,
                                                    KP_INDICATOR_BETTER_LOWER);
  g_autoptr (KpBenchmark) coverage = kp_benchmark_new ("coverage:" PS_TYPE ":klient", 200.0, NULL,
                                                       0, KP_INDICATOR_BETTER_HIGHER);
  g_autoptr (KpBenchmark) bad = kp_benchmark_new ("no_such", 1.0, NULL, 0,
                                                  KP_INDICATOR_BETTER_HIGHER);
  g_autoptr (KpNeedsProfile) profile = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char    *path = g_build_filename (fixture->dir, "benchmarks.json", NULL);
  const KpProfileRow *share;
  guint               count = 0;

  g_assert_true (kp_needs_set_benchmark (fixture->needs, lower, &error));
  g_assert_no_error (error);
  g_assert_true (kp_needs_set_benchmark (fixture->needs, coverage, &error));
  g_assert_false (kp_needs_set_benchmark (fixture->needs, bad, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  /* 20,6 % against 18 %, lower better: worse. */
  profile = kp_needs_compute_profile (fixture->needs);
  share = kp_needs_profile_find (profile, KP_INDICATOR_SHARE_65_PLUS);
  g_assert_true (share->has_benchmark);
  g_assert_cmpint (share->rag, ==, KP_RAG_WORSE);
  g_assert_cmpstr (share->benchmark_source, ==, "Krajský plán, 2024");
  rows = kp_needs_compute_coverage (fixture->needs, NULL);
  g_assert_cmpint (find_coverage (rows, PS_TYPE, "klient")->rag, ==, KP_RAG_WORSE);

  /* A set travels as JSON to another project: the sample's four (one replaced) and the
   * new one. */
  {
    g_autoptr (GPtrArray) all = kp_needs_list_benchmarks (fixture->needs);

    g_assert_cmpuint (all->len, ==, 5);
  }
  g_assert_true (kp_needs_export_benchmarks (fixture->needs, path, &error));
  g_assert_no_error (error);
  g_assert_true (kp_needs_remove_benchmark (fixture->needs, "share_65_plus", &error));
  g_assert_true (kp_needs_remove_benchmark (fixture->needs, "coverage:" PS_TYPE ":klient", &error));
  g_assert_null (kp_needs_get_benchmark (fixture->needs, "share_65_plus"));
  g_assert_true (kp_needs_import_benchmarks (fixture->needs, path, &count, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 5);
  g_assert_cmpfloat (kp_needs_get_benchmark (fixture->needs, "share_65_plus")->value, ==, 18.0);
  g_assert_cmpint (kp_needs_get_benchmark (fixture->needs, "share_65_plus")->better, ==,
                   KP_INDICATOR_BETTER_LOWER);

  /* The import is one step. */
  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_null (kp_needs_get_benchmark (fixture->needs, "share_65_plus"));

  /* A broken set changes nothing. */
  {
    g_autofree char *broken = kp_test_write_file (
        fixture->dir, "broken.json",
        "{\"format\": \"komplan-benchmarks\", \"version\": 1, \"benchmarks\": "
        "[{\"indicator\": \"share_65_plus\", \"value\": 1, \"direction\": \"lower\"}, "
        "{\"indicator\": \"share_65_plus\", \"value\": 2, \"direction\": \"sideways\"}]}",
        -1);

    g_assert_false (kp_needs_import_benchmarks (fixture->needs, broken, NULL, &error));
    g_assert_nonnull (strstr (error->message, "broken.json"));
    g_assert_null (kp_needs_get_benchmark (fixture->needs, "share_65_plus"));
  }
}

static void
test_findings (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (KpFindingData) data_in = kp_finding_data_new ();
  g_autoptr (KpFindingData) changed = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *code = NULL;
  GListModel      *findings = kp_needs_get_findings (fixture->needs);
  guint            before = g_list_model_get_n_items (findings);
  KpFinding       *finding;
  gint64           id;

  data_in->text = g_strdup ("  Chybí odlehčovací služba pro pečující.  ");
  data_in->source = KP_FINDING_WORKING_GROUP;
  data_in->need_type = KP_NEED_FELT;
  data_in->priority = 1;
  data_in->groups = KP_PLANNING_GROUP_BIT (KP_PLANNING_GROUP_SENIORS);
  g_strfreev (data_in->obce);
  data_in->obce = g_strsplit (LESNA, ",", -1);
  g_ptr_array_add (data_in->evidence, kp_finding_evidence_new_indicator ("share_80_plus"));
  id = kp_needs_add_finding (fixture->needs, data_in, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, before + 1);
  finding = kp_needs_find_finding (fixture->needs, id);
  g_assert_cmpstr (kp_finding_get_text (finding), ==, "Chybí odlehčovací služba pro pečující.");
  g_assert_cmpuint (kp_finding_get_data (finding)->evidence->len, ==, 1);
  g_assert_cmpstr (kp_finding_get_data (finding)->obce[0], ==, LESNA);
  code = kp_finding_dup_code (finding);
  g_assert_nonnull (strstr (code, "-"));

  /* Edited in place: the same object, the same id. */
  changed = kp_finding_data_copy (kp_finding_get_data (finding));
  changed->priority = 3;
  changed->groups |= KP_PLANNING_GROUP_BIT (KP_PLANNING_GROUP_FAMILIES);
  g_assert_true (kp_needs_update_finding (fixture->needs, changed, &error));
  g_assert_no_error (error);
  g_assert_true (kp_needs_find_finding (fixture->needs, id) == finding);
  g_assert_cmpint (kp_finding_get_data (finding)->priority, ==, 3);

  /* Empty text is refused and nothing changes. */
  g_free (changed->text);
  changed->text = g_strdup ("   ");
  g_assert_false (kp_needs_update_finding (fixture->needs, changed, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  /* SWOT items cite it; removing it drops the citation, undo brings both back. */
  {
    gint64 s = kp_needs_add_swot_item (fixture->needs, "disability", KP_SWOT_WEAKNESSES,
                                       "Málo odlehčovacích služeb", &error);
    gint64 t = kp_needs_add_swot_item (fixture->needs, "disability", KP_SWOT_WEAKNESSES,
                                       "Dlouhé čekací lhůty", &error);
    g_autoptr (GPtrArray) list = NULL;

    g_assert_no_error (error);
    g_assert_true (kp_needs_set_swot_citations (fixture->needs, s, &id, 1, &error));
    g_assert_true (kp_needs_move_swot_item (fixture->needs, t, 0, &error));
    g_assert_no_error (error);
    list = kp_needs_list_swot (fixture->needs, "disability", KP_SWOT_WEAKNESSES);
    g_assert_cmpuint (list->len, ==, 2);
    g_assert_cmpint (((KpSwotItem *) g_ptr_array_index (list, 0))->id, ==, t);
    g_assert_cmpuint (((KpSwotItem *) g_ptr_array_index (list, 1))->findings->len, ==, 1);
    g_clear_pointer (&list, g_ptr_array_unref);

    g_assert_true (kp_needs_remove_finding (fixture->needs, id, &error));
    g_assert_null (kp_needs_find_finding (fixture->needs, id));
    list = kp_needs_list_swot (fixture->needs, "disability", KP_SWOT_WEAKNESSES);
    g_assert_cmpuint (((KpSwotItem *) g_ptr_array_index (list, 1))->findings->len, ==, 0);
    g_clear_pointer (&list, g_ptr_array_unref);

    g_assert_true (kp_project_undo (fixture->project, &error));
    g_assert_no_error (error);
    g_assert_nonnull (kp_needs_find_finding (fixture->needs, id));
    list = kp_needs_list_swot (fixture->needs, "disability", KP_SWOT_WEAKNESSES);
    g_assert_cmpuint (((KpSwotItem *) g_ptr_array_index (list, 1))->findings->len, ==, 1);
  }
  /* The id is never given to another finding, even after the one with the highest id is
   * removed: what cites "Z-n" (the plan) never moves to a new finding. */
  {
    g_autofree char *new_code = NULL;
    gint64           new_id;

    g_assert_true (kp_needs_remove_finding (fixture->needs, id, &error));
    g_assert_no_error (error);
    new_id = kp_needs_add_finding (fixture->needs, data_in, &error);
    g_assert_no_error (error);
    g_assert_cmpint (new_id, >, id);
    new_code = kp_finding_dup_code (kp_needs_find_finding (fixture->needs, new_id));
    g_assert_cmpstr (new_code, !=, code);
  }
  {
    g_auto (GStrv) scopes = kp_needs_list_swot_scopes (fixture->needs);

    g_assert_true (g_strv_contains ((const char *const *) scopes, "disability"));
  }
}

/* The sample carries a whole analysis, all of it marked as sample data. */
static void
test_sample_data (Fixture      *fixture,
                  gconstpointer data)
{
  g_autoptr (KpSurveyResults) results = NULL;
  g_auto (GStrv) scopes = kp_needs_list_swot_scopes (fixture->needs);
  gint64    bands[KP_AGE_N_BANDS] = { 0 };
  gint64    sum = 0;
  KpSurvey *survey;

  g_assert_true (kp_project_get_is_sample (fixture->project));
  g_assert_cmpuint (g_list_model_get_n_items (kp_needs_get_surveys (fixture->needs)), ==, 1);
  survey = g_list_model_get_item (kp_needs_get_surveys (fixture->needs), 0);
  g_object_unref (survey); /* the list keeps it */
  g_assert_nonnull (strstr (kp_survey_get_name (survey), "ukázková data"));
  g_assert_cmpuint (kp_survey_get_n_respondents (survey), ==, 150);
  results = kp_survey_compute_results (survey);
  g_assert_cmpuint (((KpQuestionResult *) g_ptr_array_index (results->questions, 0))->valid, ==,
                    150);
  g_assert_cmpuint (g_list_model_get_n_items (kp_needs_get_findings (fixture->needs)), ==, 6);
  g_assert_cmpuint (g_strv_length (scopes), ==, 2);
  g_assert_cmpstr (scopes[0], ==, "");
  g_assert_nonnull (kp_needs_get_benchmark (fixture->needs, "beds_seniors"));
  /* ČR's real figures by band, for the pyramid's outline. */
  g_assert_true (kp_needs_get_bands (fixture->needs, KP_AREA_LEVEL_CR, "CZ", "celkem", bands));
  for (int b = 0; b < KP_AGE_N_BANDS; b++)
    sum += bands[b];
  g_assert_cmpint (sum, ==, 10701777);
  g_assert_true (kp_needs_get_bands (fixture->needs, KP_AREA_LEVEL_TERRITORY, NULL, "zeny", bands));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/kp/needs/profile", Fixture, NULL, fixture_setup, test_profile, fixture_teardown);
  g_test_add ("/kp/needs/coverage-shared", Fixture, NULL, fixture_setup, test_coverage_shared,
              fixture_teardown);
  g_test_add ("/kp/needs/benchmarks", Fixture, NULL, fixture_setup, test_benchmarks,
              fixture_teardown);
  g_test_add ("/kp/needs/findings", Fixture, NULL, fixture_setup, test_findings,
              fixture_teardown);
  g_test_add ("/kp/needs/sample-data", Fixture, NULL, fixture_setup, test_sample_data,
              fixture_teardown);
  return g_test_run ();
}
