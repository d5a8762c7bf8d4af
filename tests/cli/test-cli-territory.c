/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kp-test-utils.h"

/* komplan-cli project territory (issue 11, item 6), through the built executable: obce
 * added and removed, what it prints, what project info then says, and refusals that leave
 * the project as it was. The library is the fixture of tests/data/cli. */

typedef struct
{
  char *dir;
  char *reference;
  char *project;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  static const char *const names[] = { "kraje.csv", "okresy.csv", "orp.csv", "pou.csv",
                                       "ciselnik_CSU.csv", "UI_OBEC.csv",
                                       "2020_vek_do_999.xlsx" };
  g_autoptr (GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (KpTestCliResult) import = NULL;
  g_autoptr (KpTestCliResult) created = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  fixture->reference = g_build_filename (fixture->dir, "reference.sqlite", NULL);
  fixture->project = g_build_filename (fixture->dir, "mas.komplan", NULL);
  g_ptr_array_add (args, g_strdup ("reference"));
  g_ptr_array_add (args, g_strdup ("import"));
  g_ptr_array_add (args, g_strdup_printf ("--reference=%s", fixture->reference));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = g_build_filename ("cli", names[i], NULL);

      g_ptr_array_add (args, kp_test_data_path (name));
    }
  g_ptr_array_add (args, NULL);
  import = kp_test_run_cli_env (NULL, (const char *const *) args->pdata);
  g_assert_cmpint (import->status, ==, 0);
  created = kp_test_run_cli ("project", "new", "--reference", fixture->reference, "--name",
                             "MAS", "--obce", "990001,990002", "--territory-name", "MAS Podlesí",
                             fixture->project);
  g_assert_cmpint (created->status, ==, 0);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->reference);
  g_free (fixture->project);
}

static void
test_add_remove (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (KpTestCliResult) result = kp_test_run_cli ("project", "territory", "--reference",
                                                        fixture->reference, "--add",
                                                        "990003; 990006", "--remove", "990001",
                                                        fixture->project);
  g_autoptr (KpTestCliResult) info = NULL;

  g_assert_cmpint (result->status, ==, 0);
  g_assert_cmpstr (result->err, ==, "");
  g_assert_cmpstr (result->out, ==,
                   "MAS Podlesí: 3 obce\n"
                   "  2 obce added\n"
                   "  1 obec removed\n");
  info = kp_test_run_cli ("project", "info", fixture->project);
  g_assert_cmpint (info->status, ==, 0);
  g_assert_nonnull (strstr (info->out, "Obce:                 3\n"));
}

static void
test_refusals (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (KpTestCliResult) unknown = kp_test_run_cli ("project", "territory", "--reference",
                                                         fixture->reference, "--add",
                                                         "990003,999999", fixture->project);
  g_autoptr (KpTestCliResult) outside = kp_test_run_cli ("project", "territory", "--reference",
                                                         fixture->reference, "--remove",
                                                         "990006", fixture->project);
  g_autoptr (KpTestCliResult) nothing = kp_test_run_cli ("project", "territory", "--reference",
                                                         fixture->reference, fixture->project);
  g_autoptr (KpTestCliResult) info = NULL;

  g_assert_cmpint (unknown->status, ==, 1);
  g_assert_cmpstr (unknown->err, ==,
                   "komplan-cli: The reference data has no obec with code 999999; nothing was "
                   "changed\n");
  g_assert_cmpint (outside->status, ==, 1);
  g_assert_cmpstr (outside->err, ==,
                   "komplan-cli: The obec with code 990006 is not in the territory; nothing "
                   "was changed\n");
  g_assert_cmpint (nothing->status, ==, 2);
  info = kp_test_run_cli ("project", "info", fixture->project);
  g_assert_nonnull (strstr (info->out, "Obce:                 2\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
#define ADD(name, func) \
  g_test_add ("/kp/cli/territory/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("add-remove", test_add_remove);
  ADD ("refusals", test_refusals);
#undef ADD
  return g_test_run ();
}
