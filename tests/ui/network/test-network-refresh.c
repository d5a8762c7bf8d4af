/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "kp-network-code-lists.h"
#include "kp-service-network.h"
#include "kp-test-utils.h"
#include "test-network-common.h"
#include "test-registry-common.h"

#include <string.h>

/* "Refresh from registry" in the Síť služeb view, as a user does it: a reference library
 * around Havlíčkův Brod with the registry of rpss-a.json, a project made from it (5
 * registered services: 9000001, 9000002, 9000004 ended, 9000006 by its scope, 9000007),
 * the page given that library; then rpss-b.json comes into the library and the header's
 * refresh button brings 9000008, a new capacity for 9000001, and the end of 9000002 and
 * 9000006. The tests run in the C locale, so texts are the English msgids. */

typedef KpNetworkTest Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autofree char *library_path = NULL;
  g_autofree char *project_path = NULL;
  g_autoptr (GPtrArray) records = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  library_path = g_build_filename (fixture->dir, "reference.sqlite", NULL);
  project_path = g_build_filename (fixture->dir, "plan.komplan", NULL);
  fixture->library = kp_test_registry_library (library_path);
  /* "without-registry": a library with the territory only */
  if (data == NULL)
    records = kp_test_registry_import (fixture->library, "rpss-a.json", NULL);
  else if (g_strcmp0 (data, "unknown-codes") == 0)
    {
      g_autofree char *source = kp_test_registry_path ("rpss-a.json");
      g_autofree char *text = NULL;
      g_autofree char *path = NULL;
      g_auto (GStrv) parts = NULL;

      /* rpss-a.json with target groups no list names (/3, /16) beside the verified /24. */
      g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
      parts = g_strsplit (text, "CilovaSkupinaOsoby/26", -1);
      g_free (text);
      text = g_strjoinv ("CilovaSkupinaOsoby/16", parts);
      g_strfreev (parts);
      parts = g_strsplit (text, "CilovaSkupinaOsoby/30", -1);
      g_free (text);
      text = g_strjoinv ("CilovaSkupinaOsoby/3", parts);
      path = kp_test_write_file (fixture->dir, "rpss.json", text, -1);
      records = kp_test_registry_import (fixture->library, path, NULL);
    }
  fixture->project = kp_test_registry_project (fixture->library, project_path);
  kp_test_network_open (fixture);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  kp_test_network_close (fixture);
}

static KpService *
service (Fixture    *fixture,
         const char *identifikator)
{
  KpService *found = kp_service_network_find_service_by_identifikator (
      kp_service_network_get (fixture->project), identifikator);

  g_assert_nonnull (found);
  return found;
}

static const char *
service_name (Fixture    *fixture,
              const char *identifikator)
{
  return kp_service_get_name (service (fixture, identifikator));
}

/* The header's refresh button (the empty page has another one, not shown). */
static GtkWidget *
find_refresh_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "network.refresh") == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_refresh_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The report, or (with @progress) the dialog that shows the refresh running. */
static AdwMessageDialog *
find_dialog (gboolean progress)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        g_str_equal (gtk_widget_get_name (l->data), "progress-dialog") == progress)
      return l->data;
  return NULL;
}

static AdwMessageDialog *
find_report (void)
{
  return find_dialog (FALSE);
}

/* Clicks refresh and returns the report's text; closes the report. */
static char *
refresh (Fixture *fixture)
{
  GtkWidget        *button = find_refresh_button (fixture->window);
  AdwMessageDialog *report;
  char             *body;

  g_assert_nonnull (button);
  g_assert_true (kp_test_click (button));
  /* The refresh runs in a worker thread behind a progress dialog; then the report. */
  g_assert_nonnull (find_dialog (TRUE));
  g_assert_false (gtk_widget_is_sensitive (button));
  KP_TEST_WAIT_UNTIL (find_report () != NULL);
  g_assert_null (find_dialog (TRUE));
  kp_test_flush (fixture->window);
  report = find_report ();
  g_assert_nonnull (report);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (report)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (report)) ==
                 GTK_WINDOW (fixture->window));
  g_assert_cmpstr (adw_message_dialog_get_heading (report), ==,
                   "Network Refreshed from the Registry");
  body = g_strdup (adw_message_dialog_get_body (report));
  g_test_message ("%s", body);
  /* as Escape or the window's close button: the close response, then the dialog goes */
  gtk_window_close (GTK_WINDOW (report));
  kp_test_flush (fixture->window);
  g_assert_null (find_report ());
  return body;
}

/* The badge next to the list row titled @name: "ended", "related" or hidden (""). */
static const char *
row_badge (GtkWidget  *widget,
           const char *name)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), name) == 0)
    {
      GtkWidget *badge = gtk_widget_get_next_sibling (widget);

      g_assert_true (GTK_IS_LABEL (badge));
      return gtk_widget_get_visible (badge) ? gtk_label_get_text (GTK_LABEL (badge)) : "";
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *found = row_badge (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static char *
description_shown (Fixture *fixture)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (
      GTK_TEXT_VIEW (kp_test_network_find (fixture, "service-description")));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
test_refresh (Fixture      *fixture,
              gconstpointer data)
{
  const char      *description = "Krátký pobyt, když si rodina potřebuje odpočinout.";
  KpService       *home = service (fixture, "9000001");
  g_autofree char *home_name = g_strdup (kp_service_get_name (home));
  g_autofree char *totals_before = NULL;
  g_autofree char *report = NULL;
  g_autofree char *again = NULL;
  g_autofree char *line = NULL;
  g_autofree char *shown = NULL;
  g_autoptr (GPtrArray) records = NULL;
  const char *totals;

  /* Before: the five services of rpss-a.json, one of them ended. */
  g_assert_cmpuint (kp_test_network_n_service_rows (fixture), ==, 5);
  g_assert_cmpstr (kp_test_network_label (fixture, "network-count"), ==, "5 services");
  g_assert_null (kp_service_network_find_service_by_identifikator (
      kp_service_network_get (fixture->project), "9000008"));
  g_assert_cmpstr (row_badge (GTK_WIDGET (fixture->list), service_name (fixture, "9000002")), ==,
                   "");
  g_assert_cmpstr (row_badge (GTK_WIDGET (fixture->list), service_name (fixture, "9000004")), ==,
                   "ended");
  totals_before = g_strdup (kp_test_network_label (fixture, "network-totals"));
  g_test_message ("before: %s", totals_before);
  g_assert_nonnull (strstr (totals_before, "odlehčovací služby: 10 beds"));
  g_assert_nonnull (strstr (totals_before, "Total: 12 beds · 65 clients · 200 contacts · 3 calls"));

  /* A description written in the project, through the detail. */
  kp_test_network_select_row (fixture, home_name);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (
                                kp_test_network_find (fixture, "service-description"))),
                            description, -1);
  g_assert_true (kp_test_click (kp_test_network_find (fixture, "service-description-apply")));
  kp_test_flush (fixture->window);
  g_assert_cmpstr (kp_service_get_description (home), ==, description);

  /* The registry's next data come into the library; the page is refreshed from it. */
  records = kp_test_registry_import (fixture->library, "rpss-b.json", NULL);
  report = refresh (fixture);
  g_assert_nonnull (strstr (report, "The registry lists 5 services in the territory."));
  g_assert_nonnull (strstr (report, "New: 1, changed: 1, ended: 2."));
  line = g_strdup_printf ("• %s (new)", service_name (fixture, "9000008"));
  g_assert_nonnull (strstr (report, line));
  g_free (line);
  line = g_strdup_printf ("• %s (changed)", home_name);
  g_assert_nonnull (strstr (report, line));
  g_free (line);
  line = g_strdup_printf ("• %s (ended)", service_name (fixture, "9000006"));
  g_assert_nonnull (strstr (report, line));
  g_assert_cmpuint (fixture->toasts->len, ==, 0);

  /* The list: the new service, and the two that ended are marked so. */
  g_assert_cmpuint (kp_test_network_n_service_rows (fixture), ==, 6);
  g_assert_cmpstr (kp_test_network_label (fixture, "network-count"), ==, "6 services");
  g_assert_nonnull (kp_test_network_find_row (fixture, service_name (fixture, "9000008")));
  g_assert_cmpstr (row_badge (GTK_WIDGET (fixture->list), service_name (fixture, "9000008")), ==,
                   "");
  g_assert_cmpstr (row_badge (GTK_WIDGET (fixture->list), service_name (fixture, "9000002")), ==,
                   "ended");
  g_assert_cmpstr (row_badge (GTK_WIDGET (fixture->list), service_name (fixture, "9000006")), ==,
                   "ended");
  g_assert_cmpstr (row_badge (GTK_WIDGET (fixture->list), home_name), ==, "");

  /* The local description survived, in the project and in the detail, which still shows
   * the selected service (a refresh reloads the services: new objects). */
  home = service (fixture, "9000001");
  g_assert_true (kp_network_page_get_selected_service (fixture->page) == home);
  g_assert_cmpstr (kp_service_get_description (home), ==, description);
  g_assert_cmpstr (kp_test_network_label (fixture, "service-detail-name"), ==, home_name);
  shown = description_shown (fixture);
  g_assert_cmpstr (shown, ==, description);

  /* Totals: 12 beds of respite care now, the new service's clients, and the ended
   * services (pečovatelská služba, the phone line) no longer count. */
  totals = kp_test_network_label (fixture, "network-totals");
  g_test_message ("after: %s", totals);
  g_assert_cmpstr (totals, !=, totals_before);
  g_assert_nonnull (strstr (totals, "odlehčovací služby: 12 beds"));
  g_assert_nonnull (strstr (totals, "sociálně aktivizační služby pro rodiny s dětmi: 16 clients"));
  g_assert_null (strstr (totals, "pečovatelská služba"));
  g_assert_null (strstr (totals, "calls"));
  g_assert_nonnull (strstr (totals, "Total: 14 beds · 41 clients · 200 contacts"));

  /* The "ended" filter lists the three ended services. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kp_test_network_find (fixture,
                                                                   "network-filter-state")),
                              2);
  kp_test_flush (fixture->window);
  g_assert_cmpuint (kp_test_network_n_service_rows (fixture), ==, 3);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kp_test_network_find (fixture,
                                                                   "network-filter-state")),
                              0);
  kp_test_flush (fixture->window);

  /* Nothing new the second time. */
  again = refresh (fixture);
  g_assert_nonnull (strstr (again, "New: 0, changed: 0, ended: 0."));
  g_assert_cmpuint (kp_test_network_n_service_rows (fixture), ==, 6);
  g_assert_cmpstr (kp_service_get_description (service (fixture, "9000001")), ==, description);
}

/* Cancel in the progress dialog: the job stops in its worker, nothing changes, no report. */
static void
test_cancel (Fixture      *fixture,
             gconstpointer data)
{
  GtkWidget        *button = find_refresh_button (fixture->window);
  AdwMessageDialog *progress;
  g_autoptr (GPtrArray) records = NULL;

  records = kp_test_registry_import (fixture->library, "rpss-b.json", NULL);
  g_assert_nonnull (button);
  g_assert_true (kp_test_click (button));
  progress = find_dialog (TRUE);
  g_assert_nonnull (progress);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (progress)) ==
                 GTK_WINDOW (fixture->window));
  adw_message_dialog_response (progress, "cancel");

  KP_TEST_WAIT_UNTIL (find_dialog (TRUE) == NULL);
  kp_test_flush (fixture->window);
  g_assert_null (find_report ());
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_cmpuint (kp_test_network_n_service_rows (fixture), ==, 5);
  g_assert_null (kp_service_network_find_service_by_identifikator (
      kp_service_network_get (fixture->project), "9000008"));
  g_assert_false (kp_project_get_can_undo (fixture->project));
  g_assert_cmpuint (fixture->toasts->len, ==, 0);

  /* Run again to its end, it brings what the registry has. */
  g_free (refresh (fixture));
  g_assert_cmpuint (kp_test_network_n_service_rows (fixture), ==, 6);
  g_assert_true (kp_project_get_can_undo (fixture->project));
}

/* A library without the registry has nothing to refresh from: the action is off. */
static void
test_without_registry (Fixture      *fixture,
                       gconstpointer data)
{
  GtkWidget *button = kp_test_network_find (fixture, "network-empty-refresh");
  g_autoptr (GError) error = NULL;
  g_autoptr (KpServicesRefresh) refresh = NULL;
  g_autoptr (GPtrArray) records = NULL;

  g_assert_cmpuint (kp_test_network_n_service_rows (fixture), ==, 0);
  g_assert_true (gtk_widget_get_mapped (kp_test_network_find (fixture, "network-empty")));
  g_assert_false (gtk_widget_is_sensitive (button));

  /* The registry arrives; the page sees it when the library is given again. */
  records = kp_test_registry_import (fixture->library, "rpss-a.json", NULL);
  kp_network_page_set_library (fixture->page, NULL);
  kp_network_page_set_library (fixture->page, fixture->library);
  kp_test_flush (fixture->window);
  g_assert_true (gtk_widget_is_sensitive (button));
  refresh = kp_test_network_refresh (fixture, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (refresh->new_services, ==, 5);
  kp_test_flush (fixture->window);
  g_assert_cmpuint (kp_test_network_n_service_rows (fixture), ==, 5);
  g_assert_false (gtk_widget_get_mapped (kp_test_network_find (fixture, "network-empty")));
}

/* The registry imported without its code lists (issue 11.3): no raw code reaches the
 * detail, the target-group filter or the search; unknown values are marked and listed after
 * the named ones by number; the data-quality panel says which lists are missing. */
static void
test_unknown_codes (Fixture      *fixture,
                    gconstpointer data)
{
  GListModel *choices =
      gtk_drop_down_get_model (GTK_DROP_DOWN (kp_test_network_find (fixture, "network-filter-target")));
  /* Text order of the codes would put /16 before /24 before /3. */
  const char *expected[] = { "All target groups", "senioři", "unknown target group (code 3)",
                             "unknown target group (code 16)" };
  guint       n_all = kp_test_network_n_service_rows (fixture);
  GtkWidget  *registry;
  GtkWidget  *notes;

  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), i), ==, expected[i]);

  kp_test_network_select_row (fixture, service_name (fixture, "9000001"));
  registry = kp_test_network_find (fixture, "service-registry-list");
  g_assert_false (kp_test_shows_text (registry, "CilovaSkupinaOsoby"));
  g_assert_false (kp_test_shows_text (registry, "VekovaSkupinaOsoby"));
  g_assert_true (kp_test_shows_text (registry, "unknown age group (code 8)"));

  /* The filter on an unknown group keeps the services that have it. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kp_test_network_find (fixture, "network-filter-target")),
                              3);
  kp_test_flush (fixture->window);
  g_assert_cmpuint (kp_test_network_n_service_rows (fixture), ==, 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kp_test_network_find (fixture, "network-filter-target")), 0);
  kp_test_network_search (fixture, "CilovaSkupinaOsoby", 0);
  kp_test_network_search (fixture, "unknown target group", 2);
  kp_test_network_search (fixture, "", n_all);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (kp_test_network_find (fixture, "network-quality-toggle")), TRUE);
  kp_test_flush (fixture->window);
  notes = kp_test_network_find (fixture, "network-code-lists");
  g_assert_true (gtk_widget_get_mapped (notes));
  g_assert_true (kp_test_shows_text (notes, "Missing code list"));
  g_assert_true (kp_test_shows_text (notes, "cilove-skupiny-osoby.json"));
  g_assert_true (kp_test_shows_text (notes, "https://data.mpsv.cz/od/soubory/ciselniky/cilove-skupiny-osoby.json"));
  g_assert_true (kp_test_shows_text (notes, "vekove-skupiny-osoby.json"));
  g_assert_cmpuint (kp_network_code_lists_get_n_missing (KP_NETWORK_CODE_LISTS (notes)), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  kp_test_network_init ();

  g_test_add ("/kp/ui/network-refresh/refresh", Fixture, NULL, fixture_setup, test_refresh,
              fixture_teardown);
  g_test_add ("/kp/ui/network-refresh/cancel", Fixture, NULL, fixture_setup, test_cancel,
              fixture_teardown);
  g_test_add ("/kp/ui/network-refresh/without-registry", Fixture, "without-registry",
              fixture_setup, test_without_registry, fixture_teardown);
  g_test_add ("/kp/ui/network-refresh/unknown-codes", Fixture, "unknown-codes", fixture_setup,
              test_unknown_codes, fixture_teardown);
  return g_test_run ();
}
