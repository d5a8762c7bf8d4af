/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "kp-application.h"
#include "kp-data-quality.h"
#include "kp-needs.h"
#include "kp-needs-page.h"
#include "kp-network-page.h"
#include "kp-plan-view.h"
#include "kp-plan.h"
#include "kp-project-private.h"
#include "kp-publications.h"
#include "kp-service-network.h"
#include "kp-territory-page.h"
#include "kp-test-utils.h"
#include "kp-window.h"

/* The window tells its views what they need and carries the actions they use: a project
 * opens with its first view only (the others, and the modules they need, are made when
 * first shown), win.show-obec, win.show-service and win.show-service-on-map go to an obec
 * or a service in its view, win.toast shows plain text, and a view shows what win.undo
 * took back, through the project's "changed". */

typedef struct
{
  char          *tmpdir;
  KpApplication *app;
  KpProject     *project;
  KpWindow      *window;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->tmpdir = kp_test_make_tmpdir ();
  fixture->app = kp_test_application_new (fixture->tmpdir);
  fixture->project = kp_test_create_sample (fixture->tmpdir);

  fixture->window = kp_window_new (fixture->app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 860);
  kp_window_set_project (fixture->window, fixture->project);
  gtk_window_present (GTK_WINDOW (fixture->window));
  kp_test_flush (GTK_WIDGET (fixture->window));
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  /* The Síť služeb view checked the data quality in the background. */
  kp_test_wait_for_jobs (fixture->project);
  g_assert_finalize_object (fixture->project);
  g_clear_object (&fixture->app);
  kp_test_remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
}

static GtkWidget *
find (Fixture    *fixture,
      const char *name)
{
  GtkWidget *widget = kp_test_find_widget (GTK_WIDGET (fixture->window), name);

  g_assert_nonnull (widget);
  return widget;
}

static const char *
visible_view (Fixture *fixture)
{
  return adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (find (fixture, "view-stack")));
}

/* The kód obce of the row selected in the Území table, or NULL. */
static const char *
selected_row (Fixture *fixture)
{
  GtkColumnView *table = GTK_COLUMN_VIEW (find (fixture, "territory-table"));
  KpObec        *obec = gtk_single_selection_get_selected_item (
             GTK_SINGLE_SELECTION (gtk_column_view_get_model (table)));

  return obec != NULL ? kp_obec_get_kod (obec) : NULL;
}

static gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_visible (root) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;
  return FALSE;
}

static void
test_lazy_views (Fixture      *fixture,
                 gconstpointer data)
{
  AdwViewStack *views = ADW_VIEW_STACK (find (fixture, "view-stack"));
  g_autoptr (GtkSelectionModel) pages = adw_view_stack_get_pages (views);
  GtkWidget        *territory = kp_window_get_view (fixture->window, "territory");
  GtkWidget        *network;
  KpServiceNetwork *module;
  AdwButtonContent *quality;

  /* Only the first view, without its map, and none of the modules the others need. */
  g_assert_cmpstr (visible_view (fixture), ==, "territory");
  g_assert_true (KP_IS_TERRITORY_PAGE (territory));
  g_assert_null (kp_territory_page_get_map_page (KP_TERRITORY_PAGE (territory)));
  g_assert_null (kp_window_get_view (fixture->window, "network"));
  g_assert_null (kp_window_get_view (fixture->window, "needs"));
  g_assert_null (kp_window_get_view (fixture->window, "publications"));
  g_assert_null (kp_project_peek_module (fixture->project, KP_TYPE_SERVICE_NETWORK));
  g_assert_null (kp_project_peek_module (fixture->project, KP_TYPE_NEEDS));
  g_assert_null (kp_window_get_view (fixture->window, "plan"));
  g_assert_null (kp_project_peek_module (fixture->project, KP_TYPE_PLAN));
  g_assert_null (kp_project_peek_module (fixture->project, KP_TYPE_PUBLICATIONS));

  /* The switcher has every view's title and icon from the start. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr (AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      g_assert_cmpstr (adw_view_stack_page_get_title (page), !=, "");
      g_assert_nonnull (adw_view_stack_page_get_title (page));
      g_assert_nonnull (adw_view_stack_page_get_icon_name (page));
    }

  /* Alt+2: Síť služeb is made now, with the network; its data-quality count comes when
   * the check in the background is done. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "i", 2));
  kp_test_flush (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (visible_view (fixture), ==, "network");
  network = kp_window_get_view (fixture->window, "network");
  g_assert_true (KP_IS_NETWORK_PAGE (network));
  g_assert_true (kp_network_page_get_project (KP_NETWORK_PAGE (network)) == fixture->project);
  module = kp_project_peek_module (fixture->project, KP_TYPE_SERVICE_NETWORK);
  g_assert_nonnull (module);
  g_assert_null (kp_project_peek_module (fixture->project, KP_TYPE_PUBLICATIONS));
  KP_TEST_WAIT_UNTIL (kp_service_network_get_quality_ready (module));
  kp_test_flush (GTK_WIDGET (fixture->window));
  quality = ADW_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (find (fixture, "network-quality-toggle"))));
  {
    g_autofree char *count = g_strdup_printf ("(%u)", g_list_model_get_n_items (
                                                          kp_service_network_get_quality_issues (module)));

    g_assert_true (g_str_has_suffix (adw_button_content_get_label (quality), count));
  }

  /* Alt+3: Potřeby, with the needs analysis and the window's reference library. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "i", 3));
  g_assert_cmpstr (visible_view (fixture), ==, "needs");
  g_assert_true (KP_IS_NEEDS_PAGE (kp_window_get_view (fixture->window, "needs")));
  g_assert_true (kp_needs_page_get_project (KP_NEEDS_PAGE (kp_window_get_view (fixture->window, "needs"))) ==
                 fixture->project);
  g_assert_nonnull (kp_project_peek_module (fixture->project, KP_TYPE_NEEDS));

  /* Alt+4: Plán, with the plan. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "i", 4));
  g_assert_cmpstr (visible_view (fixture), ==, "plan");
  g_assert_true (KP_IS_PLAN_VIEW (kp_window_get_view (fixture->window, "plan")));
  g_assert_nonnull (kp_project_peek_module (fixture->project, KP_TYPE_PLAN));
  g_assert_null (kp_project_peek_module (fixture->project, KP_TYPE_PUBLICATIONS));

  /* Alt+5: Publikace, with the documents' settings. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "i", 5));
  g_assert_cmpstr (visible_view (fixture), ==, "publications");
  g_assert_nonnull (kp_window_get_view (fixture->window, "publications"));
  g_assert_nonnull (kp_project_peek_module (fixture->project, KP_TYPE_PUBLICATIONS));
  /* Back: the same Síť služeb, not a new one. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "i", 2));
  g_assert_true (kp_window_get_view (fixture->window, "network") == network);
}

static void
test_show_obec (Fixture      *fixture,
                gconstpointer data)
{
  KpTerritoryPage *territory;
  KpMapPage       *map;

  /* From another view: Území comes back with the obec selected in the table. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "i", 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-obec", "s",
                                             "990004"));
  kp_test_flush (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (visible_view (fixture), ==, "territory");
  territory = KP_TERRITORY_PAGE (kp_window_get_view (fixture->window, "territory"));
  g_assert_cmpstr (kp_obec_get_kod (kp_territory_page_get_selected_obec (territory)), ==, "990004");
  g_assert_cmpstr (selected_row (fixture), ==, "990004");

  /* With the map shown, the map selects it (and the table with it). */
  gtk_stack_set_visible_child_name (GTK_STACK (find (fixture, "territory-mode-stack")), "map");
  kp_test_flush (GTK_WIDGET (fixture->window));
  map = kp_territory_page_get_map_page (territory);
  g_assert_nonnull (map);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-obec", "s",
                                             "990013"));
  kp_test_flush (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (kp_obec_get_kod (kp_map_page_get_selected_obec (map)), ==, "990013");
  g_assert_cmpstr (selected_row (fixture), ==, "990013");

  /* An obec outside the territory changes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-obec", "s", "999999");
  g_assert_cmpstr (kp_obec_get_kod (kp_map_page_get_selected_obec (map)), ==, "990013");
}

static void
test_show_service (Fixture      *fixture,
                   gconstpointer data)
{
  KpService *service = kp_test_find_service (fixture->project, "Poradna Podlesí");
  GtkWidget *network;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-service",
                                             "x", kp_service_get_id (service)));
  kp_test_flush (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (visible_view (fixture), ==, "network");
  network = kp_window_get_view (fixture->window, "network");
  g_assert_true (kp_network_page_get_selected_service (KP_NETWORK_PAGE (network)) == service);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find (fixture, "service-detail-name"))), ==,
                   "Poradna Podlesí");
}

static void
test_show_service_on_map (Fixture      *fixture,
                          gconstpointer data)
{
  KpService       *service = kp_test_find_service (fixture->project, "Pečovatelská služba Lesná");
  KpTerritoryPage *territory;
  KpMapPage       *map;

  /* The detail's Show on Map goes through the action. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-service", "x",
                              kp_service_get_id (service));
  kp_test_flush (GTK_WIDGET (fixture->window));
  g_assert_true (gtk_widget_is_sensitive (find (fixture, "service-show-on-map")));
  g_signal_emit_by_name (find (fixture, "service-show-on-map"), "clicked");
  kp_test_flush (GTK_WIDGET (fixture->window));

  g_assert_cmpstr (visible_view (fixture), ==, "territory");
  territory = KP_TERRITORY_PAGE (kp_window_get_view (fixture->window, "territory"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (find (fixture, "territory-mode-stack"))),
                   ==, "map");
  map = kp_territory_page_get_map_page (territory);
  g_assert_nonnull (map);
  g_assert_true (kp_map_page_get_shown_service (map) == service);
}

static void
test_toast (Fixture      *fixture,
            gconstpointer data)
{
  /* Plain text: markup characters show as they are. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.toast", "s",
                                             "Plán <2026> & spol."));
  kp_test_flush (GTK_WIDGET (fixture->window));
  g_assert_true (shows_label (GTK_WIDGET (fixture->window), "Plán <2026> & spol."));
}

static void
on_changed_cb (KpProject *project,
               KpChanges *changes,
               GArray    *kinds)
{
  KpChangeKind kind = kp_changes_get_kind (changes);

  g_array_append_val (kinds, kind);
}

/* An edit in the detail, undone from the window: the detail shows the old text again. */
static void
test_undo_refreshes_detail (Fixture      *fixture,
                            gconstpointer data)
{
  KpService       *service = kp_test_find_service (fixture->project, "Poradna Podlesí");
  const char      *before = "Rady při dluzích, s bydlením a s dávkami.";
  const char      *after = "Poradíme s dluhy, bydlením i dávkami.";
  GtkTextBuffer   *buffer;
  GtkTextIter      start, end;
  g_autofree char *shown = NULL;
  g_autoptr (GArray) kinds = g_array_new (FALSE, FALSE, sizeof (KpChangeKind));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-service", "x",
                              kp_service_get_id (service));
  kp_test_flush (GTK_WIDGET (fixture->window));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (find (fixture, "service-description")));
  g_signal_connect (fixture->project, "changed", G_CALLBACK (on_changed_cb), kinds);

  gtk_text_buffer_set_text (buffer, after, -1);
  g_signal_emit_by_name (find (fixture, "service-description-apply"), "clicked");
  g_assert_cmpstr (kp_service_get_description (service), ==, after);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  kp_test_flush (GTK_WIDGET (fixture->window));
  g_signal_handlers_disconnect_by_func (fixture->project, on_changed_cb, kinds);
  g_assert_cmpuint (kinds->len, ==, 2);
  g_assert_cmpint (g_array_index (kinds, KpChangeKind, 0), ==, KP_CHANGE_EDIT);
  g_assert_cmpint (g_array_index (kinds, KpChangeKind, 1), ==, KP_CHANGE_UNDO);
  g_assert_cmpstr (kp_service_get_description (service), ==, before);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (shown, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, func) g_test_add ("/kp/ui/window-actions/" path, Fixture, NULL, fixture_setup, \
                                    func, fixture_teardown)
  ADD ("lazy-views", test_lazy_views);
  ADD ("show-obec", test_show_obec);
  ADD ("show-service", test_show_service);
  ADD ("show-service-on-map", test_show_service_on_map);
  ADD ("toast", test_toast);
  ADD ("undo-refreshes-detail", test_undo_refreshes_detail);
#undef ADD
  return g_test_run ();
}
