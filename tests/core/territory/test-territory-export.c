/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kp-obec.h"
#include "kp-territory-export.h"
#include "kp-test-utils.h"

/* The territory table as TSV (clipboard) and CSV (Czech spreadsheets). The suite runs with
 * LC_ALL=C.UTF-8, so the column titles and status labels are the English source strings. */

static GListModel *
make_obce (void)
{
  GListStore *store = g_list_store_new (KP_TYPE_OBEC);
  KpObecData  town = {
     .kod = "990001",
     .nazev = "Lesná",
     .status_kod = 3,
     .pou_kod = "9901",
     .pou_nazev = "Lesná",
     .orp_kod = "9901",
     .orp_nazev = "Lesná",
     .kraj_nazev = "Kraj Podlesí (ukázka)",
     .ref_date = "2020-12-31",
     .totals = { 9412, 1423, 5887, 2102, 431 },
  };
  KpObecData odd = {
    .kod = "990099",
    .nazev = "Dvůr \"Na Skále\"; Horní",
    .status_kod = 2,
    .pou_nazev = "Dubovice",
    .orp_nazev = "Lesná",
    .totals = { 66, 0, 50, 16, 4 }, /* no children: no ageing index */
  };
  KpObecData half = {
    .kod = "990100",
    .nazev = "Polovice",
    .status_kod = 6,
    .pou_nazev = "Dubovice",
    .orp_nazev = "Lesná",
    .totals = { 16, 8, 7, 1, 0 }, /* 6.25 % rounds up, as on screen */
  };
  g_autoptr (KpObec) a = kp_obec_new (&town);
  g_autoptr (KpObec) b = kp_obec_new (&odd);
  g_autoptr (KpObec) c = kp_obec_new (&half);

  g_list_store_append (store, a);
  g_list_store_append (store, b);
  g_list_store_append (store, c);
  return G_LIST_MODEL (store);
}

static const char tsv_expected[] =
    "Code\tObec\tStatus\tPOU\tORP\tPopulation\t0–14\t15–64\t65+\t80+\tShare of 65+ (%)\t"
    "Ageing index\n"
    "990001\tLesná\ttown\tLesná\tLesná\t9412\t1423\t5887\t2102\t431\t22,3\t147,7\n"
    "990099\tDvůr \"Na Skále\"; Horní\tmunicipality\tDubovice\tLesná\t66\t0\t50\t16\t4\t24,2\t\n"
    "990100\tPolovice\tmarket town\tDubovice\tLesná\t16\t8\t7\t1\t0\t6,3\t12,5\n";

static const char csv_expected[] =
    "\357\273\277"
    "Code;Obec;Status;POU;ORP;Population;0–14;15–64;65+;80+;Share of 65+ (%);Ageing index\r\n"
    "990001;Lesná;town;Lesná;Lesná;9412;1423;5887;2102;431;22,3;147,7\r\n"
    "990099;\"Dvůr \"\"Na Skále\"\"; Horní\";municipality;Dubovice;Lesná;66;0;50;16;4;24,2;\r\n"
    "990100;Polovice;market town;Dubovice;Lesná;16;8;7;1;0;6,3;12,5\r\n";

static void
test_tsv (void)
{
  g_autoptr (GListModel) obce = make_obce ();
  g_autofree char *tsv = kp_territory_export_tsv (obce);

  g_assert_cmpstr (tsv, ==, tsv_expected);
}

static void
test_tsv_empty (void)
{
  g_autoptr (GListModel) obce = G_LIST_MODEL (g_list_store_new (KP_TYPE_OBEC));
  g_autofree char *tsv = kp_territory_export_tsv (obce);
  const char      *end = strchr (tsv, '\n');

  g_assert_nonnull (end);
  g_assert_cmpstr (end, ==, "\n"); /* the header row only */
}

static void
test_csv (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) obce = make_obce ();
  g_autofree char *dir = kp_test_make_tmpdir ();
  g_autofree char *path = kp_test_write_file (dir, "obce.csv", "old contents", -1);
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  g_autofree char *contents = NULL;
  gsize            length = 0;

  g_assert_true (kp_territory_export_csv (obce, path, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpint (length, ==, strlen (csv_expected));
  g_assert_cmpstr (contents, ==, csv_expected);
  kp_test_remove_tree (dir);
}

static void
test_csv_missing_directory (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) obce = make_obce ();
  g_autofree char *dir = kp_test_make_tmpdir ();
  g_autofree char *missing = g_build_filename (dir, "missing", NULL);
  g_autofree char *path = g_build_filename (missing, "území.csv", NULL);

  g_assert_false (kp_territory_export_csv (obce, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "území.csv"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  kp_test_remove_tree (dir);
}

static void
test_csv_unwritable_keeps_old_file (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) obce = make_obce ();
  g_autofree char *dir = kp_test_make_tmpdir ();
  g_autofree char *path = kp_test_write_file (dir, "obce.csv", "old contents", -1);
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  g_autofree char *contents = NULL;

  /* a directory in the way of the temporary file makes the write fail */
  g_assert_cmpint (g_mkdir (part, 0700), ==, 0);
  g_assert_false (kp_territory_export_csv (obce, path, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "obce.csv"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old contents");
  g_rmdir (part);
  kp_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/kp/territory-export/tsv", test_tsv);
  g_test_add_func ("/kp/territory-export/tsv-empty", test_tsv_empty);
  g_test_add_func ("/kp/territory-export/csv", test_csv);
  g_test_add_func ("/kp/territory-export/csv-missing-directory", test_csv_missing_directory);
  g_test_add_func ("/kp/territory-export/csv-unwritable", test_csv_unwritable_keeps_old_file);

  return g_test_run ();
}
