/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "kp-czech.h"
#include "kp-library.h"
#include "kp-new-project-dialog.h"
#include "kp-project.h"
#include "kp-territory-page.h"
#include "kp-test-utils.h"
#include "kp-ui-resources.h"

/* The small fictional library of tests/data/cli: Podlesský kraj (ORP Lesná with Lesná,
 * Borová, Dubí; ORP Čížkov nad Dubou with Čížkov nad Dubou, Kamenná Lhota) and Horský kraj
 * (ORP Skalná with Skalná, Horní Skalice). */
static const char *const fixture_files[] = {
  "cli/kraje.csv", "cli/okresy.csv", "cli/orp.csv", "cli/pou.csv", "cli/ciselnik_CSU.csv",
  "cli/UI_OBEC.csv", "cli/2020_vek_do_999.xlsx", NULL
};

/* The national reference data under ../shared/data, when it is there. */
static const char *const national_files[] = {
  "ruian/kraje.csv", "ruian/okresy.csv", "ruian/orp.csv", "ruian/pou.csv",
  "ruian/ciselnik_CSU.csv", "ruian/UI_OBEC.csv", "csu/2020_vek_do_999.xlsx",
  "csu/2020_vek_nad_1000.xlsx", NULL
};

typedef struct
{
  char               *dir;
  KpLibrary          *library;
  KpNewProjectDialog *dialog;
  KpProject          *created;
} Fixture;

static void
on_project_created_cb (KpNewProjectDialog *dialog,
                       KpProject          *project,
                       Fixture            *fixture)
{
  g_assert_null (fixture->created);
  fixture->created = g_object_ref (project);
}

/* Whether the dialog closed: GTK no longer lists it among the toplevel windows. */
static gboolean
is_closed (Fixture *fixture)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (window == G_OBJECT (fixture->dialog))
        return FALSE;
    }
  return TRUE;
}

static KpLibrary *
make_library (const char        *dir,
              const char *const *files,
              gboolean           national)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "library.sqlite", NULL);
  g_autoptr (KpLibrary) library = kp_library_open (path, &error);
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) records = NULL;

  g_assert_no_error (error);
  if (files == NULL)
    return g_steal_pointer (&library);
  for (guint i = 0; files[i] != NULL; i++)
    {
      char *file = national ? kp_test_shared_data_path (files[i])
                            : kp_test_data_path (files[i]);

      if (file == NULL)
        return NULL;
      g_ptr_array_add (paths, file);
    }
  g_ptr_array_add (paths, NULL);
  records = kp_library_import_files (library, (const char *const *) paths->pdata, NULL, NULL,
                                     &error);
  g_assert_no_error (error);
  g_assert_true (kp_library_is_ready (library));
  return g_steal_pointer (&library);
}

static void
open_dialog (Fixture *fixture)
{
  /* The test keeps a reference, so the dialog can be looked at after it closed. */
  fixture->dialog = g_object_ref (kp_new_project_dialog_new (NULL, fixture->library));
  g_signal_connect (fixture->dialog, "project-created", G_CALLBACK (on_project_created_cb),
                    fixture);
  gtk_window_present (GTK_WINDOW (fixture->dialog));
  kp_test_flush (GTK_WIDGET (fixture->dialog));
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  const char *const *files = data;

  fixture->dir = kp_test_make_tmpdir ();
  fixture->library = make_library (fixture->dir, files, files == national_files);
  if (fixture->library == NULL)
    return; /* the national data is not there: the test skips */
  open_dialog (fixture);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  if (fixture->dialog != NULL && !is_closed (fixture))
    gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->dialog);
  g_clear_object (&fixture->created);
  g_clear_object (&fixture->library);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static GtkWidget *
find (Fixture    *fixture,
      const char *name)
{
  GtkWidget *widget = kp_test_find_widget (GTK_WIDGET (fixture->dialog), name);

  g_assert_nonnull (widget);
  return widget;
}

static gboolean
can_create (Fixture *fixture)
{
  return gtk_widget_get_sensitive (find (fixture, "create-button"));
}

static guint
select_area (AdwComboRow *row,
             const char  *nazev)
{
  GListModel *model = adw_combo_row_get_model (row);

  g_assert_nonnull (model);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (KpArea) area = g_list_model_get_item (model, i);

      if (g_strcmp0 (kp_area_get_nazev (area), nazev) == 0)
        {
          adw_combo_row_set_selected (row, i);
          return i;
        }
    }
  g_assert_not_reached ();
}

static GListModel *
obce_shown (Fixture *fixture)
{
  GtkListView *list = GTK_LIST_VIEW (find (fixture, "obce-list"));

  return gtk_no_selection_get_model (GTK_NO_SELECTION (gtk_list_view_get_model (list)));
}

/* Types into the obce search and waits until the list follows. */
static void
search_obce (Fixture    *fixture,
             const char *text,
             guint       expected_min)
{
  GtkEditable *entry = GTK_EDITABLE (find (fixture, "obce-search"));
  GListModel  *all = gtk_filter_list_model_get_model (GTK_FILTER_LIST_MODEL (obce_shown (fixture)));
  guint        n_all = g_list_model_get_n_items (all);

  gtk_editable_set_text (entry, text);
  KP_TEST_WAIT_UNTIL (g_list_model_get_n_items (obce_shown (fixture)) >= expected_min &&
                      (*text == '\0' || g_list_model_get_n_items (obce_shown (fixture)) < n_all));
  kp_test_flush (GTK_WIDGET (fixture->dialog));
}

static void
collect_checks (GtkWidget *widget,
                GPtrArray *checks)
{
  if (GTK_IS_CHECK_BUTTON (widget) && g_object_get_data (G_OBJECT (widget), "list-item") != NULL &&
      gtk_widget_get_mapped (widget))
    g_ptr_array_add (checks, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_checks (child, checks);
}

static KpObec *
check_obec (GtkWidget *check)
{
  return gtk_list_item_get_item (g_object_get_data (G_OBJECT (check), "list-item"));
}

/* Ticks the row of the obec named @nazev, the way a click does. */
static KpObec *
tick_obec (Fixture    *fixture,
           const char *nazev)
{
  g_autoptr (GPtrArray) checks = g_ptr_array_new ();

  collect_checks (find (fixture, "obce-list"), checks);
  for (guint i = 0; i < checks->len; i++)
    {
      GtkWidget *check = g_ptr_array_index (checks, i);
      KpObec    *obec = check_obec (check);

      if (obec != NULL && g_strcmp0 (kp_obec_get_nazev (obec), nazev) == 0)
        {
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
          return obec;
        }
    }
  g_assert_not_reached ();
}

/* Ticks the first two obce on screen that lie in different ORP. */
static void
tick_two_orp (Fixture *fixture)
{
  g_autoptr (GPtrArray) checks = g_ptr_array_new ();
  KpObec *first = NULL;
  KpObec *second = NULL;

  collect_checks (find (fixture, "obce-list"), checks);
  for (guint i = 0; i < checks->len && second == NULL; i++)
    {
      KpObec *obec = check_obec (g_ptr_array_index (checks, i));

      if (first == NULL)
        first = obec;
      else if (g_strcmp0 (kp_obec_get_orp_kod (obec), kp_obec_get_orp_kod (first)) != 0)
        second = obec;
      else
        continue;
      gtk_check_button_set_active (g_ptr_array_index (checks, i), TRUE);
    }
  g_assert_nonnull (second);
}

/* Creates the project in the worker thread and waits until the dialog has handed it over. */
static void
create_and_wait (Fixture    *fixture,
                 const char *path)
{
  kp_new_project_dialog_create_at (fixture->dialog, path);
  KP_TEST_WAIT_UNTIL (fixture->created != NULL || is_closed (fixture));
}

static void
test_orp (Fixture      *fixture,
          gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "Lesná.komplan", NULL);
  AdwComboRow     *kraj_row = ADW_COMBO_ROW (find (fixture, "kraj-row"));
  AdwComboRow     *orp_row = ADW_COMBO_ROW (find (fixture, "orp-row"));
  KpArea          *orp;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (find (fixture,
                                                                      "new-project-stack"))),
                   ==, "form");
  /* Nothing is valid without a name. */
  g_assert_false (can_create (fixture));

  select_area (kraj_row, "Podlesský kraj");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (orp_row)), ==, 2);
  select_area (orp_row, "Lesná");
  orp = adw_combo_row_get_selected_item (orp_row);
  g_assert_cmpint (kp_area_get_obce (orp), ==, 3);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (orp_row)), "3"));
  g_assert_false (can_create (fixture));

  gtk_editable_set_text (GTK_EDITABLE (find (fixture, "name-row")), "KPSS Lesná");
  g_assert_true (can_create (fixture));

  create_and_wait (fixture, path);
  g_assert_nonnull (fixture->created);
  g_assert_true (is_closed (fixture));
  g_assert_cmpstr (kp_project_get_name (fixture->created), ==, "KPSS Lesná");
  g_assert_cmpint (kp_project_get_territory_kind (fixture->created), ==, KP_TERRITORY_ORP);
  g_assert_cmpuint (g_list_model_get_n_items (kp_project_get_obce (fixture->created)), ==, 3);
  g_assert_cmpint (kp_project_get_period_from (fixture->created), ==,
                   g_date_time_get_year (now));
  g_assert_cmpint (kp_project_get_period_to (fixture->created), ==,
                   g_date_time_get_year (now) + 2);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_custom (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "mas.komplan", NULL);
  GtkLabel        *summary = GTK_LABEL (find (fixture, "summary-label"));
  GListModel      *obce;
  KpObec          *cizkov;
  KpObec          *skalice;

  gtk_editable_set_text (GTK_EDITABLE (find (fixture, "name-row")), "MAS Podlesí a Hory");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find (fixture, "custom-toggle")), TRUE);
  kp_test_flush (GTK_WIDGET (fixture->dialog));
  /* A name but no obec yet. */
  g_assert_false (can_create (fixture));
  g_assert_cmpuint (g_list_model_get_n_items (obce_shown (fixture)), ==, 7);

  /* Diacritics- and case-insensitive; the selection survives the next search. */
  search_obce (fixture, "CIZKOV", 1);
  g_assert_cmpuint (g_list_model_get_n_items (obce_shown (fixture)), ==, 1);
  cizkov = tick_obec (fixture, "Čížkov nad Dubou");
  g_assert_true (can_create (fixture));
  search_obce (fixture, "skalice", 1);
  g_assert_cmpuint (g_list_model_get_n_items (obce_shown (fixture)), ==, 1);
  skalice = tick_obec (fixture, "Horní Skalice");
  g_assert_cmpstr (kp_obec_get_orp_kod (cizkov), !=, kp_obec_get_orp_kod (skalice));
  g_assert_cmpstr (kp_obec_get_kraj_kod (cizkov), !=, kp_obec_get_kraj_kod (skalice));
  g_assert_nonnull (strstr (gtk_label_get_text (summary), "2"));

  /* Review: only the selected ones. */
  search_obce (fixture, "", 7);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find (fixture, "selected-only")), TRUE);
  kp_test_flush (GTK_WIDGET (fixture->dialog));
  g_assert_cmpuint (g_list_model_get_n_items (obce_shown (fixture)), ==, 2);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find (fixture, "selected-only")), FALSE);

  gtk_editable_set_text (GTK_EDITABLE (find (fixture, "territory-name-row")), "MAS Podlesí");
  create_and_wait (fixture, path);
  g_assert_nonnull (fixture->created);
  g_assert_cmpint (kp_project_get_territory_kind (fixture->created), ==, KP_TERRITORY_CUSTOM);
  g_assert_cmpstr (kp_project_get_territory_name (fixture->created), ==, "MAS Podlesí");
  obce = kp_project_get_obce (fixture->created);
  g_assert_cmpuint (g_list_model_get_n_items (obce), ==, 2);
  {
    g_autoptr (KpObec) first = g_list_model_get_item (obce, 0);
    g_autoptr (KpObec) second = g_list_model_get_item (obce, 1);

    /* Sorted by Czech name: "Č" before "H". */
    g_assert_cmpstr (kp_obec_get_nazev (first), ==, "Čížkov nad Dubou");
    g_assert_cmpstr (kp_obec_get_nazev (second), ==, "Horní Skalice");
  }
  /* Two ORP and two kraje to compare with, then the territory and ČR. */
  g_assert_cmpuint (g_list_model_get_n_items (kp_project_get_comparison (fixture->created)), ==,
                    6);

  /* The Territory view says that the territory crosses borders. */
  {
    GtkWidget *page = g_object_ref_sink (kp_territory_page_new (fixture->created));
    GtkWidget *note = kp_test_find_widget (page, "comparison-note");

    g_assert_nonnull (note);
    g_assert_true (gtk_widget_get_visible (note));
    g_assert_finalize_object (page);
  }
}

static void
test_clear_selection (Fixture      *fixture,
                      gconstpointer data)
{
  gtk_editable_set_text (GTK_EDITABLE (find (fixture, "name-row")), "MAS");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find (fixture, "custom-toggle")), TRUE);
  kp_test_flush (GTK_WIDGET (fixture->dialog));
  tick_obec (fixture, "Borová");
  tick_obec (fixture, "Dubí");
  g_assert_true (can_create (fixture));
  g_signal_emit_by_name (find (fixture, "clear-button"), "clicked");
  kp_test_flush (GTK_WIDGET (fixture->dialog));
  g_assert_false (can_create (fixture));
  {
    g_autoptr (GPtrArray) checks = g_ptr_array_new ();

    collect_checks (find (fixture, "obce-list"), checks);
    g_assert_cmpuint (checks->len, >=, 3);
    for (guint i = 0; i < checks->len; i++)
      g_assert_false (gtk_check_button_get_active (g_ptr_array_index (checks, i)));
  }
}

static void
test_national (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  GListModel      *shown;
  gboolean         found = FALSE;

  if (fixture->library == NULL)
    {
      g_test_skip ("the national reference data (KP_SHARED_DATA) is not available");
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (find (fixture, "name-row")), "MAS Žďársko");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find (fixture, "custom-toggle")), TRUE);
  kp_test_flush (GTK_WIDGET (fixture->dialog));
  g_assert_cmpuint (g_list_model_get_n_items (obce_shown (fixture)), ==, 6258);

  search_obce (fixture, "zdar", 2);
  shown = obce_shown (fixture);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (shown, i);
      g_autofree char *folded = kp_czech_fold (kp_obec_get_nazev (obec));

      g_assert_nonnull (strstr (folded, "zdar"));
      if (g_strcmp0 (kp_obec_get_nazev (obec), "Žďár nad Sázavou") == 0)
        found = TRUE;
    }
  g_assert_true (found);

  tick_two_orp (fixture);

  path = g_build_filename (fixture->dir, "zdarsko.komplan", NULL);
  create_and_wait (fixture, path);
  g_assert_nonnull (fixture->created);
  g_assert_cmpuint (g_list_model_get_n_items (kp_project_get_obce (fixture->created)), ==, 2);
}

/* While the project is written the dialog shows how far it is; Cancel goes back to the
 * choices and leaves no file. */
static void
test_cancel (Fixture      *fixture,
             gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "zrušený.komplan", NULL);
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  GtkStack        *stack = GTK_STACK (find (fixture, "new-project-stack"));

  select_area (ADW_COMBO_ROW (find (fixture, "kraj-row")), "Podlesský kraj");
  select_area (ADW_COMBO_ROW (find (fixture, "orp-row")), "Lesná");
  gtk_editable_set_text (GTK_EDITABLE (find (fixture, "name-row")), "KPSS Lesná");
  g_assert_true (can_create (fixture));

  kp_new_project_dialog_create_at (fixture->dialog, path);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "creating");
  g_assert_false (can_create (fixture));
  g_assert_true (gtk_widget_is_sensitive (find (fixture, "create-cancel")));
  g_assert_nonnull (find (fixture, "create-progress"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "new-project.cancel",
                                             NULL));

  KP_TEST_WAIT_UNTIL (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "form") == 0);
  g_assert_null (fixture->created);
  g_assert_false (is_closed (fixture));
  g_assert_true (can_create (fixture));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
}

static void
test_empty_library (Fixture      *fixture,
                    gconstpointer data)
{
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (find (fixture,
                                                                      "new-project-stack"))),
                   ==, "empty");
  gtk_editable_set_text (GTK_EDITABLE (find (fixture, "name-row")), "Nothing");
  g_assert_false (can_create (fixture));
  kp_test_screenshot_if_asked (GTK_WIDGET (fixture->dialog), "new-project-no-library.png");
}

static void
test_escape_closes (Fixture      *fixture,
                    gconstpointer data)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "window.close", NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (is_closed (fixture));
  g_assert_null (fixture->created);
}

static GtkWidget *
find_popover (GtkWidget *widget)
{
  if (GTK_IS_POPOVER (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_popover (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* What the dialog shows with the national data (screenshots of it when KP_SCREENSHOT_DIR is
 * set): an ORP chosen by kraj and name, the ORP list with each one's obce and population,
 * then a custom territory of obce from two ORP, counted under the list. */
static void
test_screenshots (Fixture      *fixture,
                  gconstpointer data)
{
  GtkWidget *popover;
  GtkWidget *row;

  if (fixture->library == NULL)
    {
      g_test_skip ("the national reference data (KP_SHARED_DATA) is not available");
      return;
    }
  gtk_window_set_default_size (GTK_WINDOW (fixture->dialog), 680, 800);
  gtk_editable_set_text (GTK_EDITABLE (find (fixture, "name-row")), "KPSS Havlíčkův Brod");
  select_area (ADW_COMBO_ROW (find (fixture, "kraj-row")), "Kraj Vysočina");
  select_area (ADW_COMBO_ROW (find (fixture, "orp-row")), "Havlíčkův Brod");
  kp_test_flush (GTK_WIDGET (fixture->dialog));
  g_assert_nonnull (kp_test_find_shown_text (find (fixture, "kraj-row"), "Kraj Vysočina"));
  g_assert_nonnull (kp_test_find_shown_text (find (fixture, "orp-row"), "Havlíčkův Brod"));
  g_assert_true (gtk_widget_is_sensitive (find (fixture, "create-button")));
  kp_test_screenshot_if_asked (GTK_WIDGET (fixture->dialog), "new-project-orp.png");

  /* The ORP list shows each ORP's obce and population. */
  gtk_widget_activate (find (fixture, "orp-row"));
  kp_test_flush (GTK_WIDGET (fixture->dialog));
  popover = find_popover (find (fixture, "orp-row"));
  g_assert_nonnull (popover);
  row = kp_test_find_shown_text (popover, "Havlíčkův Brod");
  g_assert_nonnull (row);
  g_assert_nonnull (kp_test_find_shown_text (gtk_widget_get_parent (row), " · "));
  kp_test_screenshot_if_asked (popover, "new-project-orp-list.png");
  gtk_popover_popdown (GTK_POPOVER (popover));

  gtk_editable_set_text (GTK_EDITABLE (find (fixture, "name-row")), "MAS Žďársko");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find (fixture, "custom-toggle")), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (find (fixture, "territory-name-row")), "MAS Žďársko");
  kp_test_flush (GTK_WIDGET (fixture->dialog));
  search_obce (fixture, "zdar", 2);
  {
    g_autoptr (KpObec) first = g_list_model_get_item (obce_shown (fixture), 0);

    g_assert_nonnull (kp_test_find_shown_text (find (fixture, "obce-list"), kp_obec_get_nazev (first)));
  }
  tick_two_orp (fixture);
  kp_test_flush (GTK_WIDGET (fixture->dialog));
  g_assert_nonnull (kp_test_find_shown_text (find (fixture, "summary-label"), "2 obce selected"));
  kp_test_screenshot_if_asked (GTK_WIDGET (fixture->dialog), "new-project-custom.png");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  (void) kp_ui_get_resource ();

#define ADD(path, files, func) g_test_add ("/kp/ui/new-project-dialog/" path, Fixture, files, \
                                           fixture_setup, func, fixture_teardown)
  ADD ("orp", fixture_files, test_orp);
  ADD ("custom", fixture_files, test_custom);
  ADD ("clear-selection", fixture_files, test_clear_selection);
  ADD ("escape-closes", fixture_files, test_escape_closes);
  ADD ("cancel", fixture_files, test_cancel);
  ADD ("empty-library", NULL, test_empty_library);
  ADD ("national", national_files, test_national);
  ADD ("screenshots", national_files, test_screenshots);
#undef ADD
  return g_test_run ();
}
