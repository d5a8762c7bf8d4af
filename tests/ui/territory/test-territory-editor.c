/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "kp-library.h"
#include "kp-map-page.h"
#include "kp-project.h"
#include "kp-territory-editor.h"
#include "kp-territory-page.h"
#include "kp-test-utils.h"
#include "kp-ui-resources.h"

/* "Upravit území" (issue 11, item 6): the obce of the territory ticked in a picker; an obec
 * ticked joins, one unticked leaves after a warning that names what goes; one undo step. The
 * library is the fictional territory of tests/data/cli: Lesná 990001, Borová 990002, Dubí
 * 990003. */

typedef struct
{
  char      *dir;
  KpLibrary *library;
  KpProject *project;
  GtkWindow *editor;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  static const char *const names[] = { "kraje.csv", "okresy.csv", "orp.csv", "pou.csv",
                                       "ciselnik_CSU.csv", "UI_OBEC.csv",
                                       "2020_vek_do_999.xlsx" };
  static const char *const obce[] = { "990001", "990002", NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) records = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *path = NULL;
  KpProjectSpec    spec = { .name = "MAS", .kind = KP_TERRITORY_CUSTOM, .obce = obce, .territory_name = "MAS Podlesí", .period_from = 2026, .period_to = 2028 };

  fixture->dir = kp_test_make_tmpdir ();
  reference = g_build_filename (fixture->dir, "reference.sqlite", NULL);
  fixture->library = kp_library_open (reference, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = g_build_filename ("cli", names[i], NULL);

      g_ptr_array_add (paths, kp_test_data_path (name));
    }
  g_ptr_array_add (paths, NULL);
  records = kp_library_import_files (fixture->library, (const char *const *) paths->pdata, NULL,
                                     NULL, &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "mas.komplan", NULL);
  fixture->project = kp_project_create (fixture->library, path, &spec, &error);
  g_assert_no_error (error);
  fixture->editor = g_object_ref (kp_territory_editor_new (NULL, fixture->project,
                                                           fixture->library));
  gtk_window_present (fixture->editor);
  kp_test_flush (GTK_WIDGET (fixture->editor));
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  gtk_window_destroy (fixture->editor);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->editor);
  g_clear_object (&fixture->project);
  g_clear_object (&fixture->library);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static GtkWidget *
find (Fixture    *fixture,
      const char *name)
{
  GtkWidget *widget = kp_test_find_widget (GTK_WIDGET (fixture->editor), name);

  g_assert_nonnull (widget);
  return widget;
}

/* Searches for one obec and toggles its row, as a click does. */
static void
toggle_obec (Fixture    *fixture,
             const char *search)
{
  GtkWidget *list = find (fixture, "obce-list");

  gtk_editable_set_text (GTK_EDITABLE (find (fixture, "obce-search")), search);
  KP_TEST_WAIT_UNTIL (g_list_model_get_n_items (
                          G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)))) == 1);
  kp_test_flush (GTK_WIDGET (fixture->editor));
  gtk_widget_activate_action (list, "list.activate-item", "u", 0);
  kp_test_flush (GTK_WIDGET (fixture->editor));
}

static char *
obce_names (KpProject *project)
{
  GListModel *obce = kp_project_get_obce (project);
  GString    *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (obce); i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);

      g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", kp_obec_get_nazev (obec));
    }
  return g_string_free (names, FALSE);
}

static gboolean
is_open (GtkWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (toplevels, i);

      if (item == G_OBJECT (window))
        return TRUE;
    }
  return FALSE;
}

static void
test_add_and_remove (Fixture      *fixture,
                     gconstpointer data)
{
  GtkLabel        *change = GTK_LABEL (find (fixture, "change-label"));
  GtkWindow       *warning;
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;

  g_assert_cmpstr (gtk_label_get_text (change), ==, "No change yet.");
  g_assert_false (gtk_widget_get_sensitive (find (fixture, "apply-button")));
  toggle_obec (fixture, "dubi");
  g_assert_cmpstr (gtk_label_get_text (change), ==, "1 obec joins.");
  toggle_obec (fixture, "lesna");
  g_assert_cmpstr (gtk_label_get_text (change), ==, "1 obec joins, 1 obec leaves.");
  kp_test_screenshot_if_asked (GTK_WIDGET (fixture->editor), "territory-editor.png");

  /* Lesná leaves: a warning names it first, and nothing has changed yet. */
  g_signal_emit_by_name (find (fixture, "apply-button"), "clicked");
  KP_TEST_WAIT_UNTIL (kp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL);
  warning = kp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  kp_test_flush (GTK_WIDGET (warning));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (warning)), ==,
                   "Remove Obce from the Territory?");
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (warning)), ==,
                   "This obec leaves the territory: Lesná.\nUndo takes the change back.");
  kp_test_screenshot_if_asked (GTK_WIDGET (warning), "territory-editor-warning.png");
  g_assert_false (kp_project_get_can_undo (fixture->project));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (warning), "remove");

  KP_TEST_WAIT_UNTIL (!is_open (fixture->editor));
  after = obce_names (fixture->project);
  g_assert_cmpstr (after, ==, "Borová, Dubí");
  g_assert_true (kp_project_get_can_undo (fixture->project));
  g_assert_true (kp_project_undo (fixture->project, NULL));
  undone = obce_names (fixture->project);
  g_assert_cmpstr (undone, ==, "Borová, Lesná");
}

static GtkWidget *
find_map_page (GtkWidget *root)
{
  if (KP_IS_MAP_PAGE (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_map_page (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The map of the Území view is made again from the new boundaries. */
static void
test_map_follows (Fixture      *fixture,
                  gconstpointer data)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *page = kp_territory_page_new (fixture->project);
  GtkWidget *before;
  GtkWidget *after;

  gtk_window_set_child (window, page);
  gtk_window_present (window);
  gtk_stack_set_visible_child_name (
      GTK_STACK (kp_test_find_widget (page, "territory-mode-stack")), "map");
  kp_test_flush (page);
  before = find_map_page (page);
  g_assert_nonnull (before);
  g_object_add_weak_pointer (G_OBJECT (before), (gpointer *) &before);

  toggle_obec (fixture, "dubi");
  g_signal_emit_by_name (find (fixture, "apply-button"), "clicked");
  KP_TEST_WAIT_UNTIL (!is_open (fixture->editor));
  kp_test_flush (page);
  after = find_map_page (page);
  g_assert_nonnull (after);
  g_assert_null (before); /* the old one is gone */
  gtk_window_destroy (window);
}

static void
test_cancel_warning (Fixture      *fixture,
                     gconstpointer data)
{
  GtkWindow       *warning;
  g_autofree char *names = NULL;

  toggle_obec (fixture, "borova");
  g_signal_emit_by_name (find (fixture, "apply-button"), "clicked");
  KP_TEST_WAIT_UNTIL (kp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL);
  warning = kp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (warning), "cancel");
  kp_test_flush (GTK_WIDGET (fixture->editor));
  /* The editor stays open and the project as it was. */
  g_assert_true (is_open (fixture->editor));
  g_assert_true (gtk_widget_get_sensitive (find (fixture, "apply-button")));
  names = obce_names (fixture->project);
  g_assert_cmpstr (names, ==, "Borová, Lesná");
  g_assert_false (kp_project_get_can_undo (fixture->project));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  (void) kp_ui_get_resource ();

#define ADD(path, func)                                                            \
  g_test_add ("/kp/ui/territory-editor/" path, Fixture, NULL, fixture_setup, func, \
              fixture_teardown)
  ADD ("add-and-remove", test_add_and_remove);
  ADD ("cancel-warning", test_cancel_warning);
  ADD ("map-follows", test_map_follows);
#undef ADD
  return g_test_run ();
}
