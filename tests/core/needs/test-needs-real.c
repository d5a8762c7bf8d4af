/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-czech.h"
#include "kp-needs.h"
#include "kp-test-reference.h"
#include "kp-test-utils.h"

#include <math.h>
#include <string.h>

/* The profile on the real national data of ../shared/data (skipped when it is absent),
 * against the facts of its README.md and the ČSÚ files themselves. */

static const char *const national_files[] = {
  "ruian/UI_OBEC.csv",
  "ruian/kraje.csv",
  "ruian/okresy.csv",
  "ruian/orp.csv",
  "ruian/pou.csv",
  "ruian/ciselnik_CSU.csv",
  "csu/2020_vek_do_999.xlsx",
  "csu/2020_vek_nad_1000.xlsx",
  "csu/orp_ukazatele.csv",
};

typedef struct
{
  char      *dir;
  KpLibrary *library;
} Fixture;

/* One library for the whole program: the national import takes a few seconds. */
static Fixture shared;

static gboolean
setup_library (void)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) paths = NULL;

  if (shared.library != NULL)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (national_files); i++)
    {
      g_autofree char *path = kp_test_shared_data_path (national_files[i]);

      if (path == NULL)
        return FALSE;
      g_strv_builder_add (builder, path);
    }
  paths = g_strv_builder_end (builder);
  shared.dir = kp_test_make_tmpdir ();
  shared.library = kp_test_open_library (shared.dir);
  kp_test_import_ok (shared.library, (const char *const *) paths);
  return TRUE;
}

static KpProject *
create_project (const KpProjectSpec *spec,
                const char          *file)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (shared.dir, file, NULL);
  KpProject       *project = kp_project_create (shared.library, path, spec, &error);

  g_assert_no_error (error);
  return project;
}

/* ORP Havlíčkův Brod, 2026 membership: 53 278 inhabitants, 0–14 8 822, 65+ 11 019 (fact
 * 14, the ČSÚ figures summed by joined/orp_souhrn_2020.csv). */
static void
test_havlickuv_brod (void)
{
  KpProjectSpec spec = { "HB", KP_TERRITORY_ORP, "949", NULL, NULL, 2026, 2028 };
  g_autoptr (KpProject) project = NULL;
  g_autoptr (KpNeedsProfile) profile = NULL;
  const KpProfileRow *share, *ageing, *unemployment, *average;
  KpNeeds            *needs;

  if (!setup_library ())
    {
      g_test_skip ("the national files of ../shared/data are not there");
      return;
    }
  project = create_project (&spec, "hb.komplan");
  needs = kp_needs_get (project);
  g_assert_true (kp_needs_has_comparison (needs));
  g_assert_cmpstr (kp_needs_get_orp_figures_date (needs), ==, "2019-12-31");
  profile = kp_needs_compute_profile (needs);
  g_assert_true (profile->territory_is_orp);
  /* Its ORP (the territory itself), its kraj and ČR. */
  g_assert_cmpuint (profile->columns->len, ==, 3);
  g_assert_cmpfloat (kp_needs_profile_find (profile, KP_INDICATOR_POPULATION)->values[0], ==,
                     53278.0);

  share = kp_needs_profile_find (profile, KP_INDICATOR_SHARE_65_PLUS);
  ageing = kp_needs_profile_find (profile, KP_INDICATOR_AGEING_INDEX);
  g_assert_cmpfloat_with_epsilon (share->territory, 100.0 * 11019 / 53278, 1e-9);
  g_assert_cmpfloat_with_epsilon (ageing->territory, 100.0 * 11019 / 8822, 1e-9);
  /* ČR (fact 11): 20.17 % and 125.5. */
  g_assert_cmpfloat_with_epsilon (share->cr, 100.0 * 2158322 / 10701777, 1e-9);
  g_assert_cmpfloat_with_epsilon (ageing->cr, 100.0 * 2158322 / 1719741, 1e-9);

  /* The spine chart's range: every one of the 206 ORP, in order. */
  g_assert_cmpuint (share->n_orp, ==, 206);
  g_assert_cmpfloat (share->min, <=, share->q1);
  g_assert_cmpfloat (share->q1, <=, share->median);
  g_assert_cmpfloat (share->median, <=, share->q3);
  g_assert_cmpfloat (share->q3, <=, share->max);
  g_assert_cmpfloat (share->territory, >=, share->min);
  g_assert_cmpfloat (share->territory, <=, share->max);

  /* The ČSÚ indicators of the ORP, of their own date. */
  unemployment = kp_needs_profile_find (profile, KP_INDICATOR_UNEMPLOYMENT);
  g_assert_false (unemployment->per_orp_only);
  g_assert_false (isnan (unemployment->territory));
  g_assert_cmpstr (unemployment->ref_date, ==, "2019-12-31");
  g_assert_cmpstr (share->ref_date, ==, "2020-12-31");
  g_assert_cmpuint (unemployment->n_orp, ==, 206);

  /* ČR's average age from the bands: ČSÚ's 42,6 of 31. 12. 2020. */
  average = kp_needs_profile_find (profile, KP_INDICATOR_AVERAGE_AGE);
  g_assert_cmpfloat_with_epsilon (average->cr, 42.6, 0.05);
}

/* Benešov's unemployment share in orp_ukazatele.csv is 1,45 %. */
static void
test_benesov (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpArea) orp = NULL;
  g_autoptr (KpProject) project = NULL;
  g_autoptr (KpNeedsProfile) profile = NULL;
  g_autofree char    *shown = NULL;
  KpProjectSpec       spec = { "Benešov", KP_TERRITORY_ORP, NULL, NULL, NULL, 2026, 2028 };
  const KpProfileRow *unemployment;

  if (!setup_library ())
    {
      g_test_skip ("the national files of ../shared/data are not there");
      return;
    }
  orp = kp_library_find_orp (shared.library, "Benešov", &error);
  g_assert_no_error (error);
  spec.orp_kod = kp_area_get_kod (orp);
  project = create_project (&spec, "benesov.komplan");
  profile = kp_needs_compute_profile (kp_needs_get (project));
  unemployment = kp_needs_profile_find (profile, KP_INDICATOR_UNEMPLOYMENT);
  shown = kp_indicator_format_number (KP_INDICATOR_UNEMPLOYMENT, unemployment->territory);
  g_assert_cmpstr (shown, ==, "1,45");
}

/* A territory across an ORP border: the ČSÚ indicators per ORP, never summed for it. */
static void
test_across_orp (void)
{
  static const char *const obce[] = { "568414", "588130", NULL }; /* HB town, Věžnice (Jihlava) */
  KpProjectSpec            spec = { "MAS", KP_TERRITORY_CUSTOM, NULL, obce, "MAS na hranici", 2026, 2028 };
  g_autoptr (KpProject) project = NULL;
  g_autoptr (KpNeedsProfile) profile = NULL;
  const KpProfileRow *row;
  guint               n_orp = 0;

  if (!setup_library ())
    {
      g_test_skip ("the national files of ../shared/data are not there");
      return;
    }
  project = create_project (&spec, "mas.komplan");
  profile = kp_needs_compute_profile (kp_needs_get (project));
  row = kp_needs_profile_find (profile, KP_INDICATOR_NATURAL_CHANGE);
  g_assert_true (row->per_orp_only);
  g_assert_true (isnan (row->territory));
  for (guint c = 0; c < profile->columns->len; c++)
    {
      const KpProfileColumn *column = g_ptr_array_index (profile->columns, c);

      if (column->level != KP_AREA_LEVEL_ORP)
        continue;
      n_orp++;
      g_assert_false (isnan (row->values[c]));
    }
  g_assert_cmpuint (n_orp, ==, 2);
  /* The age indicators are the territory's own. */
  row = kp_needs_profile_find (profile, KP_INDICATOR_SHARE_65_PLUS);
  g_assert_false (row->per_orp_only);
  g_assert_false (isnan (row->territory));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/kp/needs-real/havlickuv-brod", test_havlickuv_brod);
  g_test_add_func ("/kp/needs-real/benesov", test_benesov);
  g_test_add_func ("/kp/needs-real/across-orp", test_across_orp);
  status = g_test_run ();
  g_clear_object (&shared.library);
  if (shared.dir != NULL)
    kp_test_remove_tree (shared.dir);
  g_free (shared.dir);
  return status;
}
