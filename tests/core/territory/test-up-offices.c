/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "kp-library.h"
#include "kp-test-utils.h"
#include "kp-up-offices.h"
#include "test-registry-common.h"

/* Which contact offices of Úřad práce a project of ORP Havlíčkův Brod names
 * (src/core/territory/kp-up-offices.c): an office whose obec is in the territory, in the
 * okres the file's abbreviation stands for; not one in an obec of the same name elsewhere
 * (there is a Věžnice in okres Jihlava too); and without one in the territory the offices
 * of its okres, marked as the nearest (the test library has no boundaries to measure by). */

#define HEADER       "nazev;okres;obec;pocetMist;lon;lat\r\n"
#define ROW_HB       "Kontaktní pracoviště Havlíčkův Brod;HB;Havlíčkův Brod;1340;15,58;49,60\r\n"
#define ROW_CHOTEBOR "Kontaktní pracoviště Havlíčkův Brod (Chotěboř);HB;Chotěboř;0;15,67;49,72\r\n"
#define ROW_JIHLAVA  "Kontaktní pracoviště Jihlava;JI;Jihlava;2100;15,59;49,40\r\n"
#define ROW_VEZNICE  "Kontaktní pracoviště Jihlava (Věžnice);JI;Věžnice;0;15,47;49,28\r\n"

typedef struct
{
  char      *dir;
  KpLibrary *library;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autofree char *path = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  path = g_build_filename (fixture->dir, "reference.sqlite", NULL);
  fixture->library = kp_test_registry_library (path);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->library);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static GPtrArray *
offices_of_project (Fixture    *fixture,
                    const char *csv)
{
  g_autofree char *file = kp_test_write_file (fixture->dir, "up_cr.csv", csv, -1);
  g_autofree char *path = g_build_filename (fixture->dir, "hb.komplan", NULL);
  const char      *paths[] = { file, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (KpProject) project = NULL;
  GPtrArray *offices;

  records = kp_library_import_files_full (fixture->library, paths, KP_IMPORT_FLAGS_FORCE, NULL,
                                          NULL, &error);
  g_assert_no_error (error);
  project = kp_test_registry_project (fixture->library, path);
  offices = kp_project_list_up_offices (project, &error);
  g_assert_no_error (error);
  return offices;
}

static void
test_in_territory (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr (GPtrArray) offices = offices_of_project (fixture, HEADER ROW_JIHLAVA ROW_VEZNICE
                                                                   ROW_HB ROW_CHOTEBOR);
  const KpUpOffice *office;

  /* Chotěboř is another ORP; Věžnice of okres Jihlava is not the territory's Věžnice */
  g_assert_cmpuint (offices->len, ==, 1);
  office = g_ptr_array_index (offices, 0);
  g_assert_cmpstr (office->name, ==, "Kontaktní pracoviště Havlíčkův Brod");
  g_assert_cmpstr (office->obec, ==, "Havlíčkův Brod");
  g_assert_true (office->in_territory);
  g_assert_true (isnan (office->distance_km));
}

static void
test_nearest (Fixture      *fixture,
              gconstpointer data)
{
  g_autoptr (GPtrArray) offices = offices_of_project (fixture, HEADER ROW_JIHLAVA ROW_VEZNICE
                                                                   ROW_CHOTEBOR);
  const KpUpOffice *office;

  g_assert_cmpuint (offices->len, ==, 1);
  office = g_ptr_array_index (offices, 0);
  g_assert_cmpstr (office->obec, ==, "Chotěboř");
  g_assert_false (office->in_territory);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/kp/up-offices/in-territory", Fixture, NULL, fixture_setup, test_in_territory,
              fixture_teardown);
  g_test_add ("/kp/up-offices/nearest", Fixture, NULL, fixture_setup, test_nearest,
              fixture_teardown);
  return g_test_run ();
}
