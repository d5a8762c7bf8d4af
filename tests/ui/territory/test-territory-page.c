/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "kp-area.h"
#include "kp-czech.h"
#include "kp-indicator.h"
#include "kp-library.h"
#include "kp-project.h"
#include "kp-territory-export.h"
#include "kp-territory-page.h"
#include "kp-test-czech.h"
#include "kp-test-utils.h"
#include "kp-ui-resources.h"

#define NBSP "\302\240"

/* Columns of the table, in the order of kp-territory-page.blp. */
enum
{
  COLUMN_KOD,
  COLUMN_NAZEV,
  COLUMN_STATUS,
  COLUMN_POU,
  COLUMN_ORP,
  COLUMN_POPULATION,
  N_TEXT_COLUMNS_CHECKED,
  N_COLUMNS = 12,
};

typedef struct
{
  char            *dir;
  KpProject       *project;
  GtkWidget       *window;
  KpTerritoryPage *page;
  GtkColumnView   *table;
  GtkEditable     *search;
  GPtrArray       *toasts;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->dir = kp_test_make_tmpdir ();
  fixture->project = kp_test_create_sample (fixture->dir);
  fixture->toasts = g_ptr_array_new_with_free_func (g_free);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1240, 760);
  kp_test_catch_toasts (fixture->window, fixture->toasts);
  fixture->page = KP_TERRITORY_PAGE (kp_territory_page_new (fixture->project));
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  gtk_window_present (GTK_WINDOW (fixture->window));
  kp_test_flush (fixture->window);

  fixture->table = GTK_COLUMN_VIEW (kp_test_find_widget (fixture->window, "territory-table"));
  fixture->search = GTK_EDITABLE (kp_test_find_widget (fixture->window, "territory-search"));
  g_assert_nonnull (fixture->table);
  g_assert_nonnull (fixture->search);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_pointer (&fixture->toasts, g_ptr_array_unref);
  g_clear_object (&fixture->project);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static GListModel *
table_model (Fixture *fixture)
{
  return G_LIST_MODEL (gtk_column_view_get_model (fixture->table));
}

static const char *
row_name (Fixture *fixture,
          guint    position)
{
  g_autoptr (KpObec) obec = g_list_model_get_item (table_model (fixture), position);

  g_assert_nonnull (obec);
  return kp_obec_get_nazev (obec); /* the project's model keeps the obec alive */
}

/* GtkSearchEntry reports changes after a short delay: wait for the table to follow. */
static void
search_for (Fixture    *fixture,
            const char *text,
            guint       expected_rows)
{
  gtk_editable_set_text (fixture->search, text);
  KP_TEST_WAIT_UNTIL (g_list_model_get_n_items (table_model (fixture)) == expected_rows);
  kp_test_flush (fixture->window);
  g_assert_cmpuint (g_list_model_get_n_items (table_model (fixture)), ==, expected_rows);
}

static GtkColumnViewColumn *
get_column (Fixture *fixture,
            guint    index)
{
  GListModel *columns = gtk_column_view_get_columns (fixture->table);
  g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (columns, index);

  return column; /* owned by the column view */
}

static void
collect_inscriptions (GtkWidget *widget,
                      GPtrArray *texts)
{
  if (GTK_IS_INSCRIPTION (widget))
    {
      const char *text = gtk_inscription_get_text (GTK_INSCRIPTION (widget));

      g_ptr_array_add (texts, g_strdup (text != NULL ? text : ""));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_inscriptions (child, texts);
}

/* The cells of the first row on screen, as the user reads them. */
static GPtrArray *
first_row_cells (Fixture *fixture)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  collect_inscriptions (GTK_WIDGET (fixture->table), texts);
  g_assert_cmpuint (texts->len, >=, N_COLUMNS);
  g_ptr_array_set_size (texts, N_COLUMNS);
  return texts;
}

static void
test_rows (Fixture      *fixture,
           gconstpointer data)
{
  GListModel *obce = kp_project_get_obce (fixture->project);
  guint       n_obce = g_list_model_get_n_items (obce);
  g_autoptr (GPtrArray) cells = NULL;
  g_autoptr (KpObec) first = NULL;

  g_assert_cmpuint (n_obce, >=, 12);
  g_assert_cmpuint (g_list_model_get_n_items (table_model (fixture)), ==, n_obce);

  /* Czech order: "Ch" after "H", "Č" after "C", "Ž" last. */
  for (guint i = 1; i < n_obce; i++)
    g_assert_cmpint (kp_czech_compare (row_name (fixture, i - 1), row_name (fixture, i)), <=, 0);
  g_assert_cmpstr (row_name (fixture, 0), ==, "Březinka");
  g_assert_cmpstr (row_name (fixture, 1), ==, "Čeňkov");
  g_assert_cmpstr (row_name (fixture, 4), ==, "Hvozdná");
  g_assert_cmpstr (row_name (fixture, 5), ==, "Chvojnice");
  g_assert_cmpstr (row_name (fixture, n_obce - 1), ==, "Žďárec");

  /* What the first row shows on screen. */
  first = g_list_model_get_item (table_model (fixture), 0);
  cells = first_row_cells (fixture);
  g_assert_cmpstr (g_ptr_array_index (cells, COLUMN_KOD), ==, kp_obec_get_kod (first));
  g_assert_cmpstr (g_ptr_array_index (cells, COLUMN_NAZEV), ==, "Březinka");
  g_assert_cmpstr (g_ptr_array_index (cells, COLUMN_ORP), ==, "Lesná");
  {
    g_autofree char *population = kp_czech_format_int (kp_obec_get_totals (first)->total);

    g_assert_cmpstr (g_ptr_array_index (cells, COLUMN_POPULATION), ==, population);
  }
  /* The indicator columns take their titles and decimals from the indicator registry. */
  g_assert_cmpstr (gtk_column_view_column_get_title (get_column (fixture, COLUMN_POPULATION)), ==,
                   kp_indicator_get_short_name (KP_INDICATOR_POPULATION));
  g_assert_cmpstr (gtk_column_view_column_get_title (get_column (fixture, N_COLUMNS - 2)), ==,
                   kp_indicator_get_short_name (KP_INDICATOR_SHARE_65_PLUS));
  g_assert_cmpstr (gtk_column_view_column_get_title (get_column (fixture, N_COLUMNS - 1)), ==,
                   kp_indicator_get_short_name (KP_INDICATOR_AGEING_INDEX));
  {
    g_autofree char *ageing = kp_czech_format_double (kp_obec_get_ageing_index (first), 1);
    g_autofree char *share = kp_czech_format_double (kp_obec_get_share_65_plus (first), 1);

    g_assert_cmpstr (g_ptr_array_index (cells, N_COLUMNS - 1), ==, ageing);
    g_assert_cmpstr (g_ptr_array_index (cells, N_COLUMNS - 2), ==, share);
  }
}

static void
test_search (Fixture      *fixture,
             gconstpointer data)
{
  guint     n_obce = g_list_model_get_n_items (kp_project_get_obce (fixture->project));
  GtkStack *stack = GTK_STACK (kp_test_find_widget (fixture->window, "territory-stack"));

  /* Without diacritics, any case. */
  search_for (fixture, "ZDAREC", 1);
  g_assert_cmpstr (row_name (fixture, 0), ==, "Žďárec");
  search_for (fixture, "cenk", 1);
  g_assert_cmpstr (row_name (fixture, 0), ==, "Čeňkov");
  /* By code. */
  search_for (fixture, "990007", 1);
  g_assert_cmpstr (row_name (fixture, 0), ==, "Chvojnice");
  /* Several words, each must match. */
  search_for (fixture, "nova ves", 2);
  g_assert_cmpstr (row_name (fixture, 0), ==, "Nová Ves pod Skalou");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "table");

  /* Nothing matches: the status page says so. */
  search_for (fixture, "xyz", 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (kp_test_find_widget (
                       fixture->window, "territory-empty"))),
                   ==, "No obec matches “xyz”");

  search_for (fixture, "", n_obce);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "table");
}

static void
test_sort (Fixture      *fixture,
           gconstpointer data)
{
  guint n_obce = g_list_model_get_n_items (table_model (fixture));
  g_autoptr (GPtrArray) cells = NULL;

  gtk_column_view_sort_by_column (fixture->table, get_column (fixture, COLUMN_POPULATION),
                                  GTK_SORT_DESCENDING);
  kp_test_flush (fixture->window);
  g_assert_cmpstr (row_name (fixture, 0), ==, "Lesná");
  g_assert_cmpstr (row_name (fixture, 1), ==, "Dubovice");
  cells = first_row_cells (fixture);
  g_assert_cmpstr (g_ptr_array_index (cells, COLUMN_POPULATION), ==, "9" NBSP "412");

  gtk_column_view_sort_by_column (fixture->table, get_column (fixture, COLUMN_POPULATION),
                                  GTK_SORT_ASCENDING);
  g_assert_cmpstr (row_name (fixture, n_obce - 1), ==, "Lesná");

  /* Every column sorts. */
  for (guint i = 0; i < N_COLUMNS; i++)
    g_assert_nonnull (gtk_column_view_column_get_sorter (get_column (fixture, i)));

  /* Share of 65+ descending: no row above has a smaller share. */
  gtk_column_view_sort_by_column (fixture->table, get_column (fixture, 10), GTK_SORT_DESCENDING);
  for (guint i = 1; i < n_obce; i++)
    {
      g_autoptr (KpObec) a = g_list_model_get_item (table_model (fixture), i - 1);
      g_autoptr (KpObec) b = g_list_model_get_item (table_model (fixture), i);

      g_assert_cmpfloat (kp_obec_get_share_65_plus (a), >=, kp_obec_get_share_65_plus (b));
    }
}

static void
test_comparison (Fixture      *fixture,
                 gconstpointer data)
{
  GListModel       *comparison = kp_project_get_comparison (fixture->project);
  GtkGrid          *grid = GTK_GRID (kp_test_find_widget (fixture->window, "comparison-grid"));
  const KpAreaLevel levels[] = {
    KP_AREA_LEVEL_TERRITORY, KP_AREA_LEVEL_ORP, KP_AREA_LEVEL_KRAJ, KP_AREA_LEVEL_CR
  };
  const char *population[] = { "20" NBSP "360", "20" NBSP "360", "512" NBSP "346",
                               "10" NBSP "701" NBSP "777" };

  g_assert_nonnull (grid);
  g_assert_cmpuint (g_list_model_get_n_items (comparison), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr (KpArea) area = g_list_model_get_item (comparison, i);
      GtkWidget *name = gtk_grid_get_child_at (grid, 1, i + 1);
      GtkWidget *total = gtk_grid_get_child_at (grid, 3, i + 1);

      g_assert_cmpint (kp_area_get_level (area), ==, levels[i]);
      g_assert_nonnull (name);
      g_assert_nonnull (total);
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (name)), ==, kp_area_get_nazev (area));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (total)), ==, population[i]);
      /* Only the territory row stands out. */
      g_assert_true (gtk_widget_has_css_class (total, "comparison-territory") == (i == 0));
    }
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (grid, 1, 1))), ==,
                   "Mikroregion Podlesí");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (grid, 1, 3))), ==,
                   "Kraj Podlesí (ukázka)");
  g_assert_null (gtk_grid_get_child_at (grid, 1, 5));
  /* One ORP, one kraj: no note about crossing borders. */
  g_assert_false (gtk_widget_get_visible (kp_test_find_widget (fixture->window, "comparison-note")));
}

static void
on_text_read_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  char **out = user_data;
  g_autoptr (GError) error = NULL;

  *out = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
}

static void
test_copy (Fixture      *fixture,
           gconstpointer data)
{
  GdkClipboard    *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (fixture->page));
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;

  search_for (fixture, "lesn", 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "territory.copy", NULL));
  gdk_clipboard_read_text_async (clipboard, NULL, on_text_read_cb, &text);
  KP_TEST_WAIT_UNTIL (text != NULL);

  /* The filtered and sorted table, as the user sees it. */
  expected = kp_territory_export_tsv (table_model (fixture));
  g_assert_cmpstr (text, ==, expected);
  g_assert_nonnull (strstr (text, "Lesná"));
  g_assert_nonnull (strstr (text, "Nová Ves u Lesné"));
  g_assert_null (strstr (text, "Dubovice"));
  g_assert_cmpuint (fixture->toasts->len, ==, 1);
}

static void
test_export (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "území.csv", NULL);
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;
  guint n_lines = 0;

  gtk_column_view_sort_by_column (fixture->table, get_column (fixture, COLUMN_POPULATION),
                                  GTK_SORT_DESCENDING);
  g_assert_true (kp_territory_page_export_to (fixture->page, path, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (contents, -1, NULL));

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      n_lines++;
  /* A header and one line per obec, the largest first. */
  g_assert_cmpuint (n_lines, ==, g_list_model_get_n_items (table_model (fixture)) + 1);
  g_assert_nonnull (strstr (lines[1], "Lesná"));
  g_assert_nonnull (strstr (contents, "Žďárec"));
}

static void
test_selected_obec (Fixture      *fixture,
                    gconstpointer data)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (table_model (fixture));
  g_autoptr (KpObec) hvozdna = NULL;
  KpObec *selected = NULL;

  g_assert_null (kp_territory_page_get_selected_obec (fixture->page));

  gtk_single_selection_set_selected (selection, 4);
  g_object_get (fixture->page, "selected-obec", &selected, NULL);
  g_assert_nonnull (selected);
  g_assert_cmpstr (kp_obec_get_nazev (selected), ==, "Hvozdná");
  hvozdna = selected;

  /* Setting it from outside (the map) clears a search that hides it. */
  search_for (fixture, "dubo", 1);
  kp_territory_page_set_selected_obec (fixture->page, hvozdna);
  g_assert_cmpstr (gtk_editable_get_text (fixture->search), ==, "");
  g_assert_true (gtk_single_selection_get_selected_item (selection) == (gpointer) hvozdna);
  g_assert_true (kp_territory_page_get_selected_obec (fixture->page) == hvozdna);

  kp_territory_page_set_selected_obec (fixture->page, NULL);
  g_assert_null (kp_territory_page_get_selected_obec (fixture->page));
}

static void
test_search_action (Fixture      *fixture,
                    gconstpointer data)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "territory.search", NULL));
  kp_test_flush (fixture->window);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (fixture->search)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (fixture->search)));
}

/* What the view shows (a screenshot of it when KP_SCREENSHOT_DIR is set): the table with
 * its first obec A–Z on screen and the comparison headed by the territory; a search that
 * finds nothing says so in place of the table. */
static void
test_screenshot (Fixture      *fixture,
                 gconstpointer data)
{
  GtkWidget       *empty = kp_test_find_widget (fixture->window, "territory-empty");
  GtkWidget       *comparison = kp_test_find_widget (fixture->window, "comparison-grid");
  g_autofree char *population = NULL;

  g_assert_nonnull (kp_test_find_shown_text (GTK_WIDGET (fixture->table), row_name (fixture, 0)));
  population = kp_czech_format_int (kp_area_get_totals (kp_project_get_totals (fixture->project))->total);
  g_assert_nonnull (kp_test_find_shown_text (comparison,
                                             kp_project_get_territory_name (fixture->project)));
  g_assert_nonnull (kp_test_find_shown_text (comparison, population));
  g_assert_false (gtk_widget_get_mapped (empty));
  kp_test_screenshot_if_asked (fixture->window, "territory-page.png");

  search_for (fixture, "qqq", 0);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (fixture->table)));
  g_assert_true (gtk_widget_get_mapped (empty));
  g_assert_nonnull (kp_test_find_shown_text (empty, "No obec matches “qqq”"));
  kp_test_screenshot_if_asked (fixture->window, "territory-page-empty.png");
}

/* An ORP with more obce than the table makes at once: the first rows come with the page,
 * the others after its first frame; selecting an obec further down shows them all first. */
static void
test_many_rows (void)
{
  static const char *const files[] = {
    "ruian/kraje.csv", "ruian/okresy.csv", "ruian/orp.csv", "ruian/pou.csv",
    "ruian/ciselnik_CSU.csv", "ruian/UI_OBEC.csv", "csu/2020_vek_do_999.xlsx",
    "csu/2020_vek_nad_1000.xlsx", NULL
  };
  g_autofree char *dir = kp_test_make_tmpdir ();
  g_autofree char *library_path = g_build_filename (dir, "library.sqlite", NULL);
  g_autofree char *project_path = g_build_filename (dir, "benesov.komplan", NULL);
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KpLibrary) library = NULL;
  g_autoptr (KpArea) orp = NULL;
  g_autoptr (KpProject) project = NULL;
  g_autoptr (KpObec) last = NULL;
  KpProjectSpec spec = { .name = "KPSS Benešov", .kind = KP_TERRITORY_ORP, .period_from = 2026, .period_to = 2028 };
  GtkWidget    *window, *page;
  GListModel   *rows;
  guint         n_obce;

  for (guint i = 0; files[i] != NULL; i++)
    {
      char *path = kp_test_shared_data_path (files[i]);

      if (path == NULL)
        {
          g_test_skip ("The national reference data is not available");
          kp_test_remove_tree (dir);
          return;
        }
      g_ptr_array_add (paths, path);
    }
  g_ptr_array_add (paths, NULL);
  library = kp_library_open (library_path, &error);
  g_assert_no_error (error);
  records = kp_library_import_files (library, (const char *const *) paths->pdata, NULL, NULL,
                                     &error);
  g_assert_no_error (error);
  orp = kp_library_find_orp (library, "Benešov", &error);
  g_assert_no_error (error);
  spec.orp_kod = kp_area_get_kod (orp);
  project = kp_project_create (library, project_path, &spec, &error);
  g_assert_no_error (error);
  n_obce = g_list_model_get_n_items (kp_project_get_obce (project));
  g_assert_cmpuint (n_obce, >, 40);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1240, 760);
  page = kp_territory_page_new (project);
  gtk_window_set_child (GTK_WINDOW (window), page);
  rows = G_LIST_MODEL (gtk_column_view_get_model (
      GTK_COLUMN_VIEW (kp_test_find_widget (page, "territory-table"))));
  g_assert_cmpuint (g_list_model_get_n_items (rows), <, n_obce);
  g_assert_cmpuint (g_list_model_get_n_items (rows), >, 0);
  gtk_window_present (GTK_WINDOW (window));
  KP_TEST_WAIT_UNTIL (g_list_model_get_n_items (rows) == n_obce);
  gtk_window_destroy (GTK_WINDOW (window));

  /* A page not shown yet: selecting the last obec A–Z shows the whole table. */
  window = gtk_window_new ();
  page = kp_territory_page_new (project);
  gtk_window_set_child (GTK_WINDOW (window), page);
  rows = G_LIST_MODEL (gtk_column_view_get_model (
      GTK_COLUMN_VIEW (kp_test_find_widget (page, "territory-table"))));
  last = g_list_model_get_item (kp_project_get_obce (project), n_obce - 1);
  kp_territory_page_set_selected_obec (KP_TERRITORY_PAGE (page), last);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_obce);
  g_assert_true (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (rows)) ==
                 (gpointer) last);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  kp_test_remove_tree (dir);
}

/* The cells under @widget whose text does not fit their width (drawn ellipsized), as
 * "text (needs N px, has M px)" lines; empty when every text shows whole. */
static void
collect_cut_cells (GtkWidget *widget,
                   GString   *out)
{
  if (GTK_IS_INSCRIPTION (widget) && gtk_widget_get_mapped (widget))
    {
      const char *text = gtk_inscription_get_text (GTK_INSCRIPTION (widget));
      g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
      int width;

      pango_layout_get_pixel_size (layout, &width, NULL);
      if (text != NULL && width > gtk_widget_get_width (widget))
        g_string_append_printf (out, "%s (needs %d px, has %d px)\n", text, width,
                                gtk_widget_get_width (widget));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_cut_cells (child, out);
}

/* A real ORP with long names of obce and a statutární město (Pardubice) at 1 100 and
 * 1 400 px, in Czech as users see it: no obec name or status is cut (issue 11.10).
 * Screenshots when KP_SCREENSHOT_DIR is set. Runs after the English tests: it switches the
 * process to Czech. */
static void
test_columns_fit (void)
{
  static const char *const files[] = {
    "ruian/kraje.csv", "ruian/okresy.csv", "ruian/orp.csv", "ruian/pou.csv",
    "ruian/ciselnik_CSU.csv", "ruian/UI_OBEC.csv", "csu/2020_vek_do_999.xlsx",
    "csu/2020_vek_nad_1000.xlsx", NULL
  };
  static const int widths[] = { 1100, 1400 };
  g_autofree char *dir = kp_test_make_tmpdir ();
  g_autofree char *library_path = g_build_filename (dir, "library.sqlite", NULL);
  g_autofree char *project_path = g_build_filename (dir, "pardubice.komplan", NULL);
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KpLibrary) library = NULL;
  g_autoptr (KpArea) orp = NULL;
  g_autoptr (KpProject) project = NULL;
  KpProjectSpec spec = { .name = "KPSS Pardubice", .kind = KP_TERRITORY_ORP, .period_from = 2026, .period_to = 2028 };

  for (guint i = 0; files[i] != NULL; i++)
    {
      char *path = kp_test_shared_data_path (files[i]);

      if (path == NULL)
        {
          g_test_skip ("The national reference data is not available");
          kp_test_remove_tree (dir);
          return;
        }
      g_ptr_array_add (paths, path);
    }
  g_ptr_array_add (paths, NULL);
  if (!kp_test_use_czech () && kp_test_skip_without_czech ())
    {
      kp_test_remove_tree (dir);
      return;
    }
  library = kp_library_open (library_path, &error);
  g_assert_no_error (error);
  records = kp_library_import_files (library, (const char *const *) paths->pdata, NULL, NULL,
                                     &error);
  g_assert_no_error (error);
  orp = kp_library_find_orp (library, "Pardubice", &error);
  g_assert_no_error (error);
  spec.orp_kod = kp_area_get_kod (orp);
  project = kp_project_create (library, project_path, &spec, &error);
  g_assert_no_error (error);

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      GtkWidget  *window = gtk_window_new ();
      GtkWidget  *page = kp_territory_page_new (project);
      GtkWidget  *table;
      GListModel *rows;
      g_autoptr (GString) cut = g_string_new (NULL);
      g_autofree char *name = g_strdup_printf ("territory-%d.png", widths[w]);
      gboolean         statutarni = FALSE;

      gtk_window_set_default_size (GTK_WINDOW (window), widths[w], 800);
      gtk_window_set_child (GTK_WINDOW (window), page);
      gtk_window_present (GTK_WINDOW (window));
      table = kp_test_find_widget (page, "territory-table");
      rows = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (table)));
      KP_TEST_WAIT_UNTIL (g_list_model_get_n_items (rows) ==
                          g_list_model_get_n_items (kp_project_get_obce (project)));
      kp_test_flush (window);
      g_assert_cmpint (gtk_widget_get_width (window), ==, widths[w]);
      collect_cut_cells (table, cut);
      if (cut->len > 0)
        g_error ("at %d px, cut: %s", widths[w], cut->str);
      kp_test_screenshot_if_asked (window, name);

      /* Pardubice itself, the statutární město; the columns keep their widths. */
      gtk_editable_set_text (GTK_EDITABLE (kp_test_find_widget (page, "territory-search")),
                             "Pardubice");
      KP_TEST_WAIT_UNTIL (g_list_model_get_n_items (rows) == 1);
      kp_test_flush (window);
      collect_cut_cells (table, cut);
      if (cut->len > 0)
        g_error ("at %d px, cut: %s", widths[w], cut->str);
      statutarni = kp_test_find_shown_text (table, "statutární město") != NULL;
      g_assert_true (statutarni);
      gtk_window_destroy (GTK_WINDOW (window));
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  kp_test_remove_tree (dir);
}

static void
test_finalize (void)
{
  g_autofree char *dir = kp_test_make_tmpdir ();
  g_autoptr (KpProject) project = kp_test_create_sample (dir);
  GtkWidget *page;

  page = g_object_ref_sink (kp_territory_page_new (project));
  g_assert_true (kp_territory_page_get_project (KP_TERRITORY_PAGE (page)) == project);
  g_assert_finalize_object (page);
  kp_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GtkCssProvider) css = NULL;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  (void) kp_ui_get_resource ();
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/cz/komplan/Komplan/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

#define ADD(path, func) g_test_add ("/kp/ui/territory-page/" path, Fixture, NULL, fixture_setup, \
                                    func, fixture_teardown)
  ADD ("rows", test_rows);
  ADD ("search", test_search);
  ADD ("sort", test_sort);
  ADD ("comparison", test_comparison);
  ADD ("copy", test_copy);
  ADD ("export", test_export);
  ADD ("selected-obec", test_selected_obec);
  ADD ("search-action", test_search_action);
  ADD ("screenshot", test_screenshot);
#undef ADD
  g_test_add_func ("/kp/ui/territory-page/many-rows", test_many_rows);
  g_test_add_func ("/kp/ui/territory-page/finalize", test_finalize);
  g_test_add_func ("/kp/ui/territory-page/columns-fit", test_columns_fit);
  return g_test_run ();
}
