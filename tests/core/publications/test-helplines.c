/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kp-error.h"
#include "kp-project.h"
#include "kp-publications.h"
#include "kp-test-czech.h"
#include "kp-test-utils.h"

/* The project's national help lines (issue 12.5): the numbers a user may type, the
 * national lines a project starts with and can go back to, and every change as an undo
 * step of the project. */

typedef struct
{
  char      *dir;
  KpProject *project;
  GPtrArray *changes; /* KpChanges of "changed" */
} Fixture;

static void
on_changed_cb (KpProject *project,
               KpChanges *changes,
               Fixture   *fixture)
{
  g_ptr_array_add (fixture->changes, kp_changes_ref (changes));
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->dir = kp_test_make_tmpdir ();
  fixture->project = kp_test_create_sample (fixture->dir);
  fixture->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_changes_unref);
  g_signal_connect (fixture->project, "changed", G_CALLBACK (on_changed_cb), fixture);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->project);
  g_ptr_array_unref (fixture->changes);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static KpPublications *
publications (Fixture *fixture)
{
  return kp_project_get_publications (fixture->project);
}

static GPtrArray *
dup_lines (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *lines = kp_publications_dup_helplines (publications (fixture), &error);

  g_assert_no_error (error);
  return lines;
}

static void
assert_same_lines (GPtrArray *a,
                   GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      const KpHelpline *x = g_ptr_array_index (a, i);
      const KpHelpline *y = g_ptr_array_index (b, i);
      g_autofree char  *x_groups = g_strjoinv (" ", x->groups);
      g_autofree char  *y_groups = g_strjoinv (" ", y->groups);

      g_assert_cmpstr (x->name, ==, y->name);
      g_assert_cmpstr (x->phone, ==, y->phone);
      g_assert_cmpstr (x->hours, ==, y->hours);
      g_assert_cmpstr (x->note, ==, y->note);
      g_assert_cmpstr (x_groups, ==, y_groups);
    }
}

/* The lines a reset puts back are those every new project got from its migration. */
static void
test_defaults (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GPtrArray) lines = dup_lines (fixture);
  g_autoptr (GPtrArray) defaults = kp_helpline_dup_defaults ();

  assert_same_lines (lines, defaults);
  for (guint i = 0; i < defaults->len; i++)
    {
      const KpHelpline *line = g_ptr_array_index (defaults, i);
      g_autoptr (GError) error = NULL;

      g_assert_true (kp_helpline_check_phone (line->phone, &error));
      g_assert_no_error (error);
    }
}

/* Returns: (transfer full) (nullable): the message for @phone, %NULL when it is good */
static char *
check (const char *phone)
{
  g_autoptr (GError) error = NULL;

  if (kp_helpline_check_phone (phone, &error))
    {
      g_assert_no_error (error);
      return NULL;
    }
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  return g_strdup (error->message);
}

static void
assert_message (const char *phone,
                const char *expected)
{
  g_autofree char *message = check (phone);

  g_assert_nonnull (message);
  g_assert_cmpstr (message, ==, expected);
}

static void
test_check_phone (void)
{
  const char *const good[] = { "800 200 007", "116123", "+420 116 123", "+420569400500",
                               "00420 569 400 500", "112", "1212", "569" NBSP "400" NBSP "500",
                               " 603 123 456 " };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *message = check (good[i]);

      g_assert_cmpstr (message, ==, NULL);
    }
  if (kp_test_skip_without_czech ())
    return;
  /* each message names the problem, in Czech, with the count in its plural form */
  assert_message ("", "Zadejte telefonní číslo linky");
  assert_message ("   ", "Zadejte telefonní číslo linky");
  assert_message ("5694", "Číslo má jen 4 číslice: české telefonní číslo jich má 9, zkrácené "
                          "číslo linky jako 116 123 má 3 až 6 číslic a začíná jedničkou");
  assert_message ("56940050", "Číslo má jen 8 číslic: české telefonní číslo jich má 9, "
                              "zkrácené číslo linky jako 116 123 má 3 až 6 číslic a začíná "
                              "jedničkou");
  assert_message ("5", "Číslo má jen 1 číslici: české telefonní číslo jich má 9, zkrácené "
                       "číslo linky jako 116 123 má 3 až 6 číslic a začíná jedničkou");
  assert_message ("5694005001", "Číslo má 10 číslic, české telefonní číslo jich má jen 9");
  assert_message ("069 400 500", "České telefonní číslo nezačíná nulou");
  assert_message ("800-200-007", "Telefonní číslo obsahuje jen číslice a mezery, na začátku "
                                 "případně +420: znak „-“ do něj nepatří");
  assert_message ("800 2OO 007", "Telefonní číslo obsahuje jen číslice a mezery, na začátku "
                                 "případně +420: znak „O“ do něj nepatří");
  assert_message ("+421 905 123 456", "Číslo začíná předvolbou +421, to není česká předvolba "
                                      "+420");
  assert_message ("800 200 007, 116 123", "Uveďte jen jedno číslo: další číslo zadejte jako "
                                          "samostatnou linku");
}

/* A list with a bad number is refused as a whole, naming the line. */
static void
test_set_refuses_bad_number (Fixture      *fixture,
                             gconstpointer data)
{
  g_autoptr (GPtrArray) lines = dup_lines (fixture);
  g_autoptr (GPtrArray) after = NULL;
  g_autoptr (GError) error = NULL;
  const char *const seniors[] = { "seniors", NULL };
  gboolean          could_undo = kp_project_get_can_undo (fixture->project);

  g_ptr_array_add (lines, kp_helpline_new ("Linka Vysočiny", "56940", NULL, NULL, seniors));
  g_assert_false (kp_publications_set_helplines (publications (fixture), lines, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Linka Vysočiny"));
  after = dup_lines (fixture);
  g_assert_cmpuint (after->len, ==, lines->len - 1);
  g_assert_cmpuint (fixture->changes->len, ==, 0);
  g_assert_cmpint (kp_project_get_can_undo (fixture->project), ==, could_undo);
}

/* Every change is one undo step of the project, announced with the table it changed. */
static void
test_undo (Fixture      *fixture,
           gconstpointer data)
{
  g_autoptr (GPtrArray) before = dup_lines (fixture);
  g_autoptr (GPtrArray) edited = dup_lines (fixture);
  g_autoptr (GPtrArray) now = NULL;
  g_autoptr (GError) error = NULL;
  const char *const seniors[] = { "seniors", NULL };
  KpChanges        *changes;

  g_ptr_array_remove_index (edited, 1); /* Senior telefon */
  g_ptr_array_add (edited, kp_helpline_new ("Linka pro seniory Vysočiny", "569 400 500",
                                            "po–pá 8–16 h", NULL, seniors));
  g_assert_true (kp_publications_set_helplines (publications (fixture), edited, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  changes = g_ptr_array_index (fixture->changes, 0);
  g_assert_cmpint (kp_changes_get_kind (changes), ==, KP_CHANGE_EDIT);
  g_assert_true (kp_changes_has_module (changes, "publications"));
  g_assert_true (kp_changes_has_table (changes, "helpline"));
  now = dup_lines (fixture);
  assert_same_lines (now, edited);

  g_assert_true (kp_project_get_can_undo (fixture->project));
  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  g_clear_pointer (&now, g_ptr_array_unref);
  now = dup_lines (fixture);
  assert_same_lines (now, before);
  g_assert_true (kp_changes_has_table (g_ptr_array_index (fixture->changes, 1), "helpline"));

  g_assert_true (kp_project_redo (fixture->project, &error));
  g_assert_no_error (error);
  g_clear_pointer (&now, g_ptr_array_unref);
  now = dup_lines (fixture);
  assert_same_lines (now, edited);

  /* back to the national lines, and undone */
  g_assert_true (kp_publications_reset_helplines (publications (fixture), &error));
  g_assert_no_error (error);
  g_clear_pointer (&now, g_ptr_array_unref);
  now = dup_lines (fixture);
  assert_same_lines (now, before);
  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  g_clear_pointer (&now, g_ptr_array_unref);
  now = dup_lines (fixture);
  assert_same_lines (now, edited);

  /* edit, undo, redo, reset, undo; the same list again is no step */
  g_assert_cmpuint (fixture->changes->len, ==, 5);
  g_assert_true (kp_publications_set_helplines (publications (fixture), edited, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changes->len, ==, 5);
}

/* The lines live in the project file: reopened, the edited list is there. */
static void
test_kept_in_file (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr (GPtrArray) edited = dup_lines (fixture);
  g_autoptr (GPtrArray) reopened = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_strdup (kp_project_get_path (fixture->project));

  g_ptr_array_remove_index (edited, 0);
  g_assert_true (kp_publications_set_helplines (publications (fixture), edited, &error));
  g_clear_object (&fixture->project);
  fixture->project = kp_project_open (path, &error);
  g_assert_no_error (error);
  reopened = dup_lines (fixture);
  assert_same_lines (reopened, edited);
}

int
main (int   argc,
      char *argv[])
{
  kp_test_use_czech ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add ("/kp/helplines/defaults", Fixture, NULL, fixture_setup, test_defaults,
              fixture_teardown);
  g_test_add_func ("/kp/helplines/check-phone", test_check_phone);
  g_test_add ("/kp/helplines/set-refuses-bad-number", Fixture, NULL, fixture_setup,
              test_set_refuses_bad_number, fixture_teardown);
  g_test_add ("/kp/helplines/undo", Fixture, NULL, fixture_setup, test_undo, fixture_teardown);
  g_test_add ("/kp/helplines/kept-in-file", Fixture, NULL, fixture_setup, test_kept_in_file,
              fixture_teardown);
  return g_test_run ();
}
