/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "kp-map-builder.h"
#include "kp-map-page.h"
#include "kp-network-local-dialog.h"
#include "kp-network-quality-panel.h"
#include "kp-service-network.h"
#include "kp-test-utils.h"
#include "test-network-common.h"

#include <string.h>

/* The Síť služeb view on the sample project (12 fictional registered services, one of them
 * ended, and 4 related ones), driven through its widgets. The tests run in the C locale,
 * so texts are the English msgids; numbers are formatted the Czech way all the same. */

#define N_SERVICES 16

typedef KpNetworkTest Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->dir = kp_test_make_tmpdir ();
  fixture->project = kp_test_create_sample (fixture->dir);
  kp_test_network_open (fixture);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  kp_test_network_close (fixture);
}

static void
test_grouping (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (KpNetworkRow) first = NULL;
  g_autoptr (KpNetworkRow) second = NULL;
  GtkDropDown *grouping = GTK_DROP_DOWN (kp_test_network_find (fixture, "network-grouping"));

  /* By type: 12 types (all different in the sample) and 4 kinds of related services. */
  g_assert_cmpuint (kp_test_network_n_service_rows (fixture), ==, N_SERVICES);
  g_assert_cmpuint (kp_test_network_n_rows (fixture), ==, N_SERVICES + 12 + 4);
  first = g_list_model_get_item (kp_test_network_rows (fixture), 0);
  g_assert_true (kp_network_row_get_is_header (first));
  /* Types follow the law: § 37 odborné sociální poradenství comes first. */
  g_assert_cmpstr (kp_network_row_get_title (first), ==, "odborné sociální poradenství · § 37");
  second = g_list_model_get_item (kp_test_network_rows (fixture), 1);
  g_assert_cmpstr (kp_network_row_get_title (second), ==, "Poradna Podlesí");

  /* By provider: 9 providers (Domov v tísni runs a related service too). */
  gtk_drop_down_set_selected (grouping, KP_NETWORK_BY_PROVIDER);
  kp_test_flush (fixture->window);
  g_assert_cmpuint (kp_test_network_n_rows (fixture), ==, N_SERVICES + 9);
  g_assert_cmpuint (kp_test_network_n_service_rows (fixture), ==, N_SERVICES);

  /* By target group: a service with two groups is under both. */
  gtk_drop_down_set_selected (grouping, KP_NETWORK_BY_TARGET_GROUP);
  kp_test_flush (fixture->window);
  g_assert_cmpuint (kp_test_network_n_service_rows (fixture), >, N_SERVICES);
  g_assert_cmpstr (kp_test_network_label (fixture, "network-count"), ==, "16 services");
}

static void
test_search (Fixture      *fixture,
             gconstpointer data)
{
  /* Without diacritics, in the name, the provider or the obce of the facilities. */
  kp_test_network_search (fixture, "azylovy", 1);
  kp_test_network_search (fixture, "PORADNA", 2);
  g_assert_cmpstr (kp_test_network_label (fixture, "network-count"), ==, "2 of 16 services");
  kp_test_network_search (fixture, "radkovice", 1);
  kp_test_network_search (fixture, "qqq", 0);
  g_assert_false (gtk_widget_get_child_visible (GTK_WIDGET (fixture->list)) &&
                  gtk_widget_is_drawable (GTK_WIDGET (fixture->list)));
  kp_test_network_search (fixture, "", N_SERVICES);
}

static void
test_filters (Fixture      *fixture,
              gconstpointer data)
{
  GtkDropDown *form = GTK_DROP_DOWN (kp_test_network_find (fixture, "network-filter-form"));
  GtkDropDown *state = GTK_DROP_DOWN (kp_test_network_find (fixture, "network-filter-state"));
  GtkDropDown *origin = GTK_DROP_DOWN (kp_test_network_find (fixture, "network-filter-origin"));

  /* Terénní: pečovatelská služba, poradna, osobní asistence, Rodinka, krizová pomoc and
   * raná péče. */
  gtk_drop_down_set_selected (form, 3);
  kp_test_flush (fixture->window);
  g_assert_cmpuint (kp_test_network_n_service_rows (fixture), ==, 6);
  g_assert_cmpstr (kp_test_network_label (fixture, "network-count"), ==, "6 of 16 services");
  gtk_drop_down_set_selected (form, 0);

  gtk_drop_down_set_selected (state, 2);
  kp_test_flush (fixture->window);
  g_assert_cmpuint (kp_test_network_n_service_rows (fixture), ==, 1); /* the Klub Čeňkov ended in 2024 */
  gtk_drop_down_set_selected (state, 0);

  gtk_drop_down_set_selected (origin, 2);
  kp_test_flush (fixture->window);
  g_assert_cmpuint (kp_test_network_n_service_rows (fixture), ==, 4);
  gtk_drop_down_set_selected (origin, 1);
  kp_test_flush (fixture->window);
  g_assert_cmpuint (kp_test_network_n_service_rows (fixture), ==, 12);
}

static void
test_totals (Fixture      *fixture,
             gconstpointer data)
{
  const char *totals = kp_test_network_label (fixture, "network-totals");

  /* Beds of the active services: 62 + 18 + 4 + 12 (two houses, counted once) + 40. */
  g_assert_nonnull (strstr (totals, "domovy pro seniory: 62 beds"));
  g_assert_nonnull (strstr (totals, "krizová pomoc: 4 beds, 3 clients, 2 interventions"));
  g_assert_nonnull (strstr (totals, "136 beds"));
  g_assert_nonnull (strstr (totals, "226 clients"));
  /* The ended Klub Čeňkov's 20 contacts do not count. */
  g_assert_nonnull (strstr (totals, "6 contacts"));

  /* Totals follow the filter. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kp_test_network_find (fixture, "network-filter-form")), 1);
  kp_test_flush (fixture->window);
  totals = kp_test_network_label (fixture, "network-totals");
  g_assert_nonnull (strstr (totals, "Total: 136 beds"));
  g_assert_null (strstr (totals, "pečovatelská služba"));
  /* Only the residential capacity of krizová pomoc, not its other forms' clients. */
  g_assert_nonnull (strstr (totals, "krizová pomoc: 4 beds\n"));
  g_assert_null (strstr (totals, "interventions"));
}

static void
test_detail (Fixture      *fixture,
             gconstpointer data)
{
  GtkWidget *registry;

  kp_test_network_select_row (fixture, "Domov pro seniory Lesná");
  g_assert_true (kp_network_page_get_selected_service (fixture->page) ==
                 kp_test_find_service (fixture->project, "Domov pro seniory Lesná"));
  g_assert_cmpstr (kp_test_network_label (fixture, "service-detail-name"), ==, "Domov pro seniory Lesná");
  registry = kp_test_network_find (fixture, "service-registry-list");
  g_assert_true (kp_test_shows_text (registry, "62 beds, non-stop"));
  g_assert_true (kp_test_shows_text (registry, "U990001"));
  g_assert_true (kp_test_shows_text (registry, "IČO 99100022"));
  g_assert_true (kp_test_shows_text (kp_test_network_find (fixture, "service-contacts-list"), "+420 999 100 101"));

  /* A selected service stays selected when the grouping changes. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kp_test_network_find (fixture, "network-grouping")),
                              KP_NETWORK_BY_PROVIDER);
  kp_test_flush (fixture->window);
  g_assert_cmpstr (kp_test_network_label (fixture, "service-detail-name"), ==, "Domov pro seniory Lesná");
  {
    KpNetworkRow *row = gtk_single_selection_get_selected_item (
        GTK_SINGLE_SELECTION (kp_test_network_rows (fixture)));

    g_assert_nonnull (row);
    g_assert_cmpstr (kp_network_row_get_title (row), ==, "Domov pro seniory Lesná");
  }
}

static void
test_edit_description_undo (Fixture      *fixture,
                            gconstpointer data)
{
  KpService     *service = kp_test_find_service (fixture->project, "Poradna Podlesí");
  GtkTextView   *view;
  GtkTextBuffer *buffer;
  g_autoptr (GError) error = NULL;
  const char *before = "Rady při dluzích, s bydlením a s dávkami.";
  const char *after = "Poradíme s dluhy, bydlením i dávkami. Zdarma a důvěrně.";

  kp_test_network_select_row (fixture, "Poradna Podlesí");
  view = GTK_TEXT_VIEW (kp_test_network_find (fixture, "service-description"));
  buffer = gtk_text_view_get_buffer (view);
  g_assert_cmpstr (kp_service_get_description (service), ==, before);
  gtk_text_buffer_set_text (buffer, after, -1);
  g_assert_true (gtk_widget_get_sensitive (kp_test_network_find (fixture, "service-description-apply")));
  g_assert_true (kp_test_click (kp_test_network_find (fixture, "service-description-apply")));
  kp_test_flush (fixture->window);
  g_assert_cmpstr (kp_service_get_description (service), ==, after);
  g_assert_true (kp_project_get_can_undo (fixture->project));

  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  kp_test_flush (fixture->window);
  g_assert_cmpstr (kp_service_get_description (service), ==, before);
  {
    GtkTextIter      start, end;
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, before);
  }

  /* Opening hours: an entry row applies on its button. */
  gtk_editable_set_text (GTK_EDITABLE (kp_test_network_find (fixture, "service-hours")), "po–pá 8–16 h");
  g_signal_emit_by_name (kp_test_network_find (fixture, "service-hours"), "apply");
  g_assert_cmpstr (kp_service_get_hours (service), ==, "po–pá 8–16 h");
}

static void
test_scope_and_network (Fixture      *fixture,
                        gconstpointer data)
{
  KpService                *service = kp_test_find_service (fixture->project, "Pečovatelská služba Lesná");
  const KpKrajNetworkEntry *entry;
  GtkSpinButton            *year;

  kp_test_network_select_row (fixture, "Pečovatelská služba Lesná");
  /* 4 obce with shares, and the row to add one. */
  g_assert_true (kp_test_shows_text (kp_test_network_find (fixture, "service-scope-list"), "Lipová Lhota"));
  g_assert_cmpuint (kp_service_get_scope (service)->len, ==, 4);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kp_test_network_find (fixture, "scope-add-obec")), 0);
  {
    GtkWidget *add = gtk_widget_get_next_sibling (kp_test_network_find (fixture, "scope-add-obec"));

    kp_test_click (add);
  }
  kp_test_flush (fixture->window);
  g_assert_cmpuint (kp_service_get_scope (service)->len, ==, 5);

  year = GTK_SPIN_BUTTON (kp_test_network_find (fixture, "network-year"));
  gtk_spin_button_set_value (year, 2028);
  g_assert_null (kp_service_get_kraj_entry (service, 2028));
  gtk_switch_set_active (GTK_SWITCH (kp_test_network_find (fixture, "network-in")), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (kp_test_network_find (fixture, "network-capacity")), 10.5);
  entry = kp_service_get_kraj_entry (service, 2028);
  g_assert_nonnull (entry);
  g_assert_true (entry->in_network);
  g_assert_cmpfloat_with_epsilon (entry->capacity, 10.5, 1e-9);
  g_assert_cmpstr (entry->unit, ==, "uvazky");
}

static void
test_add_and_remove_local (Fixture      *fixture,
                           gconstpointer data)
{
  KpNetworkLocalDialog *dialog;
  KpService            *service;
  g_autoptr (GError) error = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "network.add-local", NULL));
  kp_test_flush (fixture->window);
  dialog = (KpNetworkLocalDialog *) kp_test_find_toplevel (KP_TYPE_NETWORK_LOCAL_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_false (gtk_widget_get_sensitive (kp_test_find_widget (GTK_WIDGET (dialog),
                                                                 "local-dialog-add")));
  gtk_editable_set_text (GTK_EDITABLE (kp_test_find_widget (GTK_WIDGET (dialog), "local-dialog-name")),
                         "Poradna pro rodiče Skalná (ukázka)");
  adw_combo_row_set_selected (ADW_COMBO_ROW (kp_test_find_widget (GTK_WIDGET (dialog),
                                                                  "local-dialog-kind")),
                              3);
  g_assert_true (kp_test_click (kp_test_find_widget (GTK_WIDGET (dialog), "local-dialog-add")));
  kp_test_flush (fixture->window);

  service = kp_network_page_get_selected_service (fixture->page);
  g_assert_nonnull (service);
  g_assert_cmpstr (kp_service_get_name (service), ==, "Poradna pro rodiče Skalná (ukázka)");
  g_assert_true (kp_service_get_is_local (service));
  g_assert_cmpint (kp_service_get_local_kind (service), ==, KP_SERVICE_LOCAL_COMMUNITY);
  g_assert_cmpuint (kp_test_network_n_service_rows (fixture), ==, N_SERVICES + 1);
  g_assert_cmpstr (kp_test_network_label (fixture, "service-detail-name"), ==,
                   "Poradna pro rodiče Skalná (ukázka)");

  /* Its contacts. */
  gtk_editable_set_text (GTK_EDITABLE (kp_test_network_find (fixture, "local-phone")), "+420 999 300 300");
  g_signal_emit_by_name (kp_test_network_find (fixture, "local-phone"), "apply");
  gtk_editable_set_text (GTK_EDITABLE (kp_test_network_find (fixture, "local-web")), "rodice.example");
  g_signal_emit_by_name (kp_test_network_find (fixture, "local-web"), "apply");
  kp_test_flush (fixture->window);
  g_assert_cmpuint (kp_service_get_contacts (service)->len, ==, 2);
  g_assert_true (kp_test_shows_text (kp_test_network_find (fixture, "service-contacts-list"), "rodice.example"));

  /* Remove, then undo brings it back. */
  g_object_ref (service);
  g_assert_true (kp_test_click (kp_test_network_find (fixture, "service-remove")));
  kp_test_flush (fixture->window);
  g_assert_cmpuint (kp_test_network_n_service_rows (fixture), ==, N_SERVICES);
  g_assert_null (kp_service_network_find_service (kp_service_network_get (fixture->project),
                                                  kp_service_get_id (service)));
  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  kp_test_flush (fixture->window);
  g_assert_cmpuint (kp_test_network_n_service_rows (fixture), ==, N_SERVICES + 1);
  g_assert_nonnull (kp_service_network_find_service (kp_service_network_get (fixture->project),
                                                     kp_service_get_id (service)));
  g_object_unref (service);
}

static void
test_quality (Fixture      *fixture,
              gconstpointer data)
{
  GtkWidget          *panel = kp_test_network_find (fixture, "quality-list");
  GListModel         *issues;
  guint               n_before;
  KpDataQualityIssue *issue;
  g_autoptr (KpDataQualityIssue) first = NULL;
  g_autofree char *key = NULL;

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (kp_test_network_find (fixture, "network-quality-toggle")), TRUE);
  kp_test_flush (fixture->window);
  while (panel != NULL && !KP_IS_NETWORK_QUALITY_PANEL (panel))
    panel = gtk_widget_get_parent (panel);
  g_assert_nonnull (panel);
  issues = kp_network_quality_panel_get_model (KP_NETWORK_QUALITY_PANEL (panel));
  /* The check runs in the background; the list fills when it is done. */
  KP_TEST_WAIT_UNTIL (g_list_model_get_n_items (issues) > 0);
  kp_test_flush (fixture->window);
  n_before = g_list_model_get_n_items (issues);
  g_assert_cmpuint (n_before, >, 0);
  first = g_list_model_get_item (issues, 0);
  key = g_strdup (kp_data_quality_issue_get_key (first));
  g_assert_true (kp_test_shows_text (kp_test_network_find (fixture, "quality-list"),
                                     kp_service_get_name (kp_data_quality_issue_get_service (first))));

  /* "Go To" selects the service. */
  g_assert_true (kp_test_click (kp_test_find_widget (kp_test_network_find (fixture, "quality-list"), "quality-go-to")));
  kp_test_flush (fixture->window);
  g_assert_true (kp_network_page_get_selected_service (fixture->page) ==
                 kp_data_quality_issue_get_service (first));

  /* "Dismiss" removes it from the list; "Show dismissed" lists it again. */
  g_assert_true (kp_test_click (kp_test_find_widget (kp_test_network_find (fixture, "quality-list"), "quality-dismiss")));
  kp_test_flush (fixture->window);
  g_assert_cmpuint (g_list_model_get_n_items (issues), ==, n_before - 1);
  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr (KpDataQualityIssue) other = g_list_model_get_item (issues, i);

      g_assert_cmpstr (kp_data_quality_issue_get_key (other), !=, key);
    }
  gtk_check_button_set_active (GTK_CHECK_BUTTON (kp_test_network_find (fixture, "quality-show-dismissed")), TRUE);
  kp_test_flush (fixture->window);
  g_assert_cmpuint (g_list_model_get_n_items (issues), ==, n_before);
  issue = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr (KpDataQualityIssue) other = g_list_model_get_item (issues, i);

      if (g_strcmp0 (kp_data_quality_issue_get_key (other), key) == 0)
        issue = other;
    }
  g_assert_nonnull (issue);
}

static void
test_refresh_without_library (Fixture      *fixture,
                              gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpServicesRefresh) refresh = kp_test_network_refresh (fixture, &error);

  /* Outside a window and without a library there is nothing to refresh from. */
  g_assert_null (refresh);
  g_assert_nonnull (error);
  g_assert_cmpuint (kp_test_network_n_service_rows (fixture), ==, N_SERVICES);
  g_assert_false (gtk_widget_get_mapped (kp_test_network_find (fixture, "network-empty")));
}

static void
test_map_services (void)
{
  g_autofree char *dir = kp_test_make_tmpdir ();
  g_autoptr (KpProject) project = kp_test_create_sample (dir);
  GtkWidget     *window = gtk_window_new ();
  KpMapPage     *map;
  KpMapSnapshot *snapshot;
  KpMapLayer    *coverage;
  guint          n_symbols = 0;
  guint          per_group[KP_MAP_N_SERVICE_GROUPS] = { 0 };
  KpService     *home_care = NULL;
  GListModel    *services;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  map = KP_MAP_PAGE (kp_map_page_new (project));
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (map));
  gtk_window_present (GTK_WINDOW (window));
  kp_test_flush (window);

  snapshot = kp_map_page_get_snapshot (map);
  g_assert_nonnull (snapshot);
  for (guint g = 0; g < KP_MAP_N_SERVICE_GROUPS; g++)
    {
      KpMapLayer *layer = kp_map_builder_find_layer (snapshot, kp_map_service_layer_names[g]);

      g_assert_nonnull (layer);
      g_assert_cmpint (layer->kind, ==, KP_MAP_LAYER_SYMBOLS);
      per_group[g] = layer->points->len;
      n_symbols += layer->points->len;
    }
  /* 11 active registered services; Chráněné bydlení's two houses in Skalná make one. */
  g_assert_cmpuint (n_symbols, ==, 11);
  g_assert_cmpuint (per_group[KP_MAP_SERVICES_COUNSELLING], ==, 1);
  g_assert_cmpuint (per_group[KP_MAP_SERVICES_CARE], ==, 6);
  g_assert_cmpuint (per_group[KP_MAP_SERVICES_PREVENTION], ==, 4);
  /* Five in Lesná stand apart. */
  {
    KpMapLayer *care = kp_map_builder_find_layer (snapshot, "services-care");

    for (guint i = 0; i < care->points->len; i++)
      for (guint k = i + 1; k < care->points->len; k++)
        {
          KpMapPoint *a = &g_array_index (care->points, KpMapPoint, i);
          KpMapPoint *b = &g_array_index (care->points, KpMapPoint, k);

          g_assert_true (a->x != b->x || a->y != b->y);
        }
  }
  g_assert_true (gtk_widget_get_visible (kp_test_find_widget (window, "map-services-legend")));

  /* The services toggle empties the layers. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (kp_test_find_widget (window, "map-services")),
                                FALSE);
  g_assert_cmpuint (kp_map_builder_find_layer (snapshot, "services-care")->points->len, ==, 0);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (kp_test_find_widget (window, "map-services")),
                                TRUE);
  g_assert_cmpuint (kp_map_builder_find_layer (snapshot, "services-care")->points->len, ==, 6);

  /* A field service's area: Lesná (its facility) and the 4 obce of its scope, one of them
   * Lesná again. */
  services = kp_service_network_get_services (kp_service_network_get (project));
  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);

      if (g_strcmp0 (kp_service_get_name (service), "Pečovatelská služba Lesná") == 0)
        home_care = service;
    }
  g_assert_nonnull (home_care);
  kp_map_page_show_service (map, home_care);
  kp_test_flush (window);
  g_assert_true (kp_map_page_get_shown_service (map) == home_care);
  coverage = kp_map_builder_find_layer (snapshot, KP_MAP_LAYER_COVERAGE);
  g_assert_cmpuint (coverage->parts->len, >=, 4);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (kp_test_find_widget (window,
                                                                                    "map-service"))),
                    >, 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kp_test_find_widget (window, "map-service")), 0);
  kp_test_flush (window);
  g_assert_cmpuint (coverage->parts->len, ==, 0);
  g_assert_null (kp_map_page_get_shown_service (map));

  if (g_getenv ("KP_SCREENSHOT_DIR") != NULL)
    {
      kp_map_page_show_service (map, home_care);
      kp_test_screenshot_if_asked (window, "map-services.png");
    }
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  kp_test_remove_tree (dir);
}

/* Whether @widget lies within the part of @scrolled that is on screen. */
static gboolean
in_view (GtkWidget *widget,
         GtkWidget *scrolled)
{
  graphene_point_t top = GRAPHENE_POINT_INIT (0, 0), in_scrolled;

  if (!gtk_widget_get_mapped (widget) ||
      !gtk_widget_compute_point (widget, scrolled, &top, &in_scrolled))
    return FALSE;
  return in_scrolled.y >= 0 && in_scrolled.y < gtk_widget_get_height (scrolled);
}

/* What the view shows (screenshots of it when KP_SCREENSHOT_DIR is set): a service's
 * detail beside the data-quality problems, which take the place of the list; further down
 * the detail, the editors of its territorial scope and its place in the kraj network. */
static void
test_screenshot (Fixture      *fixture,
                 gconstpointer data)
{
  GtkWidget     *quality = kp_test_network_find (fixture, "quality-list");
  GtkWidget     *scrolled = kp_test_network_find (fixture, "service-description");
  GtkAdjustment *adjustment;
  g_autoptr (KpDataQualityIssue) first = NULL;

  kp_test_network_select_row (fixture, "Pečovatelská služba Lesná");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (kp_test_network_find (fixture, "network-quality-toggle")), TRUE);
  KP_TEST_WAIT_UNTIL (kp_test_find_shown_text (quality, "Go To") != NULL);
  kp_test_flush (fixture->window);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (fixture->list)));
  g_assert_cmpstr (kp_test_network_label (fixture, "service-detail-name"), ==,
                   "Pečovatelská služba Lesná");
  g_assert_true (gtk_widget_get_mapped (kp_test_network_find (fixture, "service-detail-name")));
  first = g_list_model_get_item (kp_service_network_get_quality_issues (kp_service_network_get (fixture->project)), 0);
  g_assert_nonnull (kp_test_find_shown_text (quality, kp_service_get_name (kp_data_quality_issue_get_service (first))));
  g_assert_nonnull (kp_test_find_shown_text (quality, kp_data_quality_issue_get_message (first)));
  g_assert_cmpstr (kp_test_network_label (fixture, "quality-summary"), ==, "2 problems to check");
  kp_test_screenshot_if_asked (fixture->window, "network-page.png");

  /* The editors of the local data, further down the detail. */
  while (!GTK_IS_SCROLLED_WINDOW (scrolled))
    scrolled = gtk_widget_get_parent (scrolled);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  kp_test_flush (fixture->window);
  g_assert_true (in_view (kp_test_find_shown_text (kp_test_network_find (fixture, "service-scope-list"),
                                                   "Lipová Lhota"),
                          scrolled));
  g_assert_true (in_view (kp_test_network_find (fixture, "network-year"), scrolled));
  g_assert_false (in_view (kp_test_network_find (fixture, "service-detail-name"), scrolled));
  kp_test_screenshot_if_asked (fixture->window, "network-page-editors.png");
}

static void
test_finalize (void)
{
  g_autofree char *dir = kp_test_make_tmpdir ();
  g_autoptr (KpProject) project = kp_test_create_sample (dir);
  GtkWidget *page;

  page = g_object_ref_sink (kp_network_page_new (project, NULL));
  g_assert_true (kp_network_page_get_project (KP_NETWORK_PAGE (page)) == project);
  g_assert_finalize_object (page);
  kp_test_remove_tree (dir);
}

/* The service names of an exported CSV, in file order, each once (a service with two forms
 * has two rows). */
static GPtrArray *
exported_names (const char *path)
{
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "\357\273\277Registry ID;Service;Type;"));
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto (GStrv) fields = g_strsplit (lines[i], ";", 3);
      const char *name = fields[1];

      if (names->len == 0 || g_strcmp0 (g_ptr_array_index (names, names->len - 1), name) != 0)
        g_ptr_array_add (names, g_strdup (name));
    }
  return names;
}

/* "Export CSV" writes the services as the list shows them: filtered, in its order, each
 * once though grouped by target group a service is listed under each (issue 11.8). */
static void
test_export (Fixture      *fixture,
             gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "sluzby.csv", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) shown = NULL;
  g_autoptr (GPtrArray) names = NULL;
  GtkWidget *button = kp_test_network_find (fixture, "network-export");

  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                   "network.export-csv");

  /* Terénní only: 6 services. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kp_test_network_find (fixture, "network-filter-form")), 3);
  kp_test_flush (fixture->window);
  g_assert_true (kp_network_page_export_to (fixture->page, path, &error));
  g_assert_no_error (error);
  names = exported_names (path);
  g_assert_cmpuint (names->len, ==, 6);
  shown = kp_network_page_dup_shown_services (fixture->page);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 6);
  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (shown, i);

      g_assert_cmpstr (g_ptr_array_index (names, i), ==, kp_service_get_name (service));
    }

  /* By target group a service is listed once per group, exported once. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kp_test_network_find (fixture, "network-filter-form")), 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kp_test_network_find (fixture, "network-grouping")),
                              KP_NETWORK_BY_TARGET_GROUP);
  kp_test_flush (fixture->window);
  g_assert_cmpuint (kp_test_network_n_service_rows (fixture), >, N_SERVICES);
  g_clear_object (&shown);
  shown = kp_network_page_dup_shown_services (fixture->page);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, N_SERVICES);
}

/* Whether the label's text shows whole: not ellipsized, and all its lines as laid out
 * inside the label's height and, in a scroller, inside the scroller's (a wrapped label in a
 * scroller too small for it is cut mid-line). */
static gboolean
label_shows_whole (GtkWidget *label)
{
  GtkWidget   *scrolled = gtk_widget_get_ancestor (label, GTK_TYPE_SCROLLED_WINDOW);
  PangoLayout *layout;
  int          height;

  g_assert_true (GTK_IS_LABEL (label));
  if (!gtk_widget_get_mapped (label))
    return FALSE;
  layout = gtk_label_get_layout (GTK_LABEL (label));
  pango_layout_get_pixel_size (layout, NULL, &height);
  if (pango_layout_is_ellipsized (layout) || gtk_widget_get_height (label) < height)
    return FALSE;
  return scrolled == NULL || gtk_widget_get_height (scrolled) >= height;
}

static int
list_pane_width (Fixture *fixture)
{
  return gtk_widget_get_width (kp_test_network_find (fixture, "network-list"));
}

/* The Síť služeb view opened at 1 100 and at 1 400 px (issue 11.10): the capacity total
 * and every line of the capacity by type show whole, not cut in a small scroll box, and
 * the list pane is wider in the wider window, and widens as the window does. Screenshots
 * when KP_SCREENSHOT_DIR is set. */
static void
test_looks (Fixture      *fixture,
            gconstpointer data)
{
  GtkWidget *total;
  int        narrow, wide, widened;

  kp_test_network_close_window (fixture);
  kp_test_network_open_sized (fixture, 1100, 800);
  total = kp_test_network_find (fixture, "network-total");
  g_assert_cmpint (gtk_widget_get_width (fixture->window), ==, 1100);
  kp_test_network_select_row (fixture, "Domov pro seniory Lesná");
  kp_test_flush (fixture->window);
  g_assert_nonnull (total);
  g_assert_true (label_shows_whole (total));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (total)), "136 beds"));
  gtk_menu_button_popup (GTK_MENU_BUTTON (kp_test_network_find (fixture, "network-totals-button")));
  kp_test_flush (fixture->window);
  g_assert_true (label_shows_whole (kp_test_network_find (fixture, "network-totals")));
  g_assert_true (label_shows_whole (total));
  kp_test_screenshot_if_asked (fixture->window, "network-1100-capacity.png");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (kp_test_network_find (fixture, "network-totals-button")));
  kp_test_flush (fixture->window);
  narrow = list_pane_width (fixture);
  kp_test_screenshot_if_asked (fixture->window, "network-1100.png");

  /* The window made wider. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1400, 900);
  kp_test_flush (fixture->window);
  g_assert_cmpint (gtk_widget_get_width (fixture->window), ==, 1400);
  widened = list_pane_width (fixture);

  /* A window opened wide. */
  kp_test_network_close_window (fixture);
  kp_test_network_open_sized (fixture, 1400, 900);
  total = kp_test_network_find (fixture, "network-total");
  kp_test_network_select_row (fixture, "Domov pro seniory Lesná");
  kp_test_flush (fixture->window);
  wide = list_pane_width (fixture);
  g_test_message ("list pane %d px at 1 100, %d px widened to 1 400, %d px opened at 1 400",
                  narrow, widened, wide);
  g_assert_cmpint (widened, >=, narrow + 100);
  g_assert_cmpint (wide, >=, narrow + 100);
  g_assert_true (label_shows_whole (total));
  kp_test_screenshot_if_asked (fixture->window, "network-1400.png");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  kp_test_network_init ();

#define ADD(path, func) g_test_add ("/kp/ui/network-page/" path, Fixture, NULL, fixture_setup, \
                                    func, fixture_teardown)
  ADD ("grouping", test_grouping);
  ADD ("search", test_search);
  ADD ("filters", test_filters);
  ADD ("totals", test_totals);
  ADD ("detail", test_detail);
  ADD ("edit-description-undo", test_edit_description_undo);
  ADD ("scope-and-network", test_scope_and_network);
  ADD ("add-and-remove-local", test_add_and_remove_local);
  ADD ("quality", test_quality);
  ADD ("refresh-without-library", test_refresh_without_library);
  ADD ("export", test_export);
  ADD ("looks", test_looks);
  ADD ("screenshot", test_screenshot);
#undef ADD
  g_test_add_func ("/kp/ui/network-page/map-services", test_map_services);
  g_test_add_func ("/kp/ui/network-page/finalize", test_finalize);
  return g_test_run ();
}
