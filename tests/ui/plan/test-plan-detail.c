/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "kp-finding-editor.h"
#include "kp-needs.h"
#include "kp-plan-chooser.h"
#include "kp-plan-costs-editor.h"
#include "kp-plan-view.h"
#include "kp-test-utils.h"
#include "kp-ui-resources.h"

#include <string.h>

/* The lists of an activity's detail set through their widgets as a user does (types and
 * forms, linked services, territory, change of capacity, findings, a cost of one obec):
 * the rows on the screen say what was set, undo takes the screen back, and komplan-cli's
 * export of the file afterwards has the values. The activity is the sample's 2.1.3
 * "Odlehčovací služba v terénní formě". The tests run in the C locale: English msgids. */

typedef struct
{
  char       *dir;
  KpProject  *project;
  GtkWidget  *window;
  KpPlanView *view;
  KpPlanItem *activity;
} Fixture;

static KpPlanItem *
find_code (GListModel *items,
           const char *code)
{
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpPlanItem) item = g_list_model_get_item (items, i);
      KpPlanItem *found;

      if (g_strcmp0 (kp_plan_item_get_code (item), code) == 0)
        return item;
      found = find_code (kp_plan_item_get_children (item), code);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
setup (Fixture      *f,
       gconstpointer data)
{
  f->dir = kp_test_make_tmpdir ();
  f->project = kp_test_create_sample (f->dir);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 1100);
  f->view = KP_PLAN_VIEW (kp_plan_view_new (f->project));
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->view));
  gtk_window_present (GTK_WINDOW (f->window));
  f->activity = find_code (kp_plan_get_items (kp_plan_get (f->project)), "2.1.3");
  g_assert_nonnull (f->activity);
  kp_plan_view_select_item (f->view, f->activity);
  kp_test_flush (f->window);
}

static void
teardown (Fixture      *f,
          gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (f->project);
  kp_test_remove_tree (f->dir);
  g_free (f->dir);
}

static GtkWidget *
find (Fixture    *f,
      const char *name)
{
  return kp_test_find_widget (f->window, name);
}

/* Whether @text is on the screen (a mapped label with a size). */
static gboolean
shown (Fixture    *f,
       const char *text)
{
  kp_test_flush (f->window);
  return kp_test_find_shown_text (f->window, text) != NULL;
}

static void
wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* Enter on a focused button, as the keyboard does: the button clicks when its pressed look
 * has been shown. */
static void
press (GtkWidget *button)
{
  gtk_widget_grab_focus (button);
  g_assert_true (gtk_widget_activate (button));
  wait_ms (400);
}

/* A search field answers after a short delay. */
static void
search (Fixture    *f,
        const char *name,
        const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (find (f, name)), text);
  wait_ms (400);
  kp_test_flush (f->window);
}

static void
undo (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "plan.undo", NULL));
  kp_test_flush (f->window);
}

/* @json without the whitespace between its tokens. */
static char *
compact (const char *json)
{
  GString *out = g_string_new (NULL);
  gboolean in_string = FALSE;

  for (const char *p = json; *p != '\0'; p++)
    {
      if (in_string && *p == '\\' && p[1] != '\0')
        {
          g_string_append_c (out, *p++);
          g_string_append_c (out, *p);
          continue;
        }
      if (*p == '"')
        in_string = !in_string;
      if (in_string || !g_ascii_isspace (*p))
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* The plan as komplan-cli exports it from the file, compact. */
static char *
export_json (Fixture *f)
{
  g_autofree char *out = g_build_filename (f->dir, "plan.json", NULL);
  g_autoptr (KpTestCliResult) result = kp_test_run_cli ("plan", "export", "--json",
                                                        kp_project_get_path (f->project), out);
  g_autofree char *json = NULL;

  g_assert_cmpint (result->status, ==, 0);
  g_assert_true (g_file_get_contents (out, &json, NULL, NULL));
  return compact (json);
}

static void
test_kinds_and_capacity (Fixture      *f,
                         gconstpointer data)
{
  KpPlanChooser   *chooser;
  guint            kinds = kp_plan_item_get_data (f->activity)->service_kinds->len;
  guint            changes = kp_plan_item_get_data (f->activity)->capacity->len;
  g_autofree char *json = NULL;

  g_assert_false (shown (f, "domovy pro seniory (§ 49) · residential"));
  press (find (f, "plan-kind-choose"));
  chooser = KP_PLAN_CHOOSER (kp_test_find_toplevel (KP_TYPE_PLAN_CHOOSER));
  g_assert_nonnull (chooser);
  /* By the §, then by words of the name and the form in any order. */
  kp_plan_chooser_set_search (chooser, "§ 49");
  g_assert_cmpuint (kp_plan_chooser_count_shown (chooser), ==, 2);
  kp_plan_chooser_set_search (chooser, "residential SENIORY domovy");
  g_assert_cmpuint (kp_plan_chooser_count_shown (chooser), ==, 1);
  kp_test_screenshot_if_asked (GTK_WIDGET (chooser), "plan-kind-chooser.png");
  g_signal_emit_by_name (kp_test_find_widget (GTK_WIDGET (chooser), "plan-chooser-search"),
                         "activate");
  kp_test_flush (f->window);
  g_assert_cmpuint (kp_plan_item_get_data (f->activity)->service_kinds->len, ==, kinds + 1);
  g_assert_true (shown (f, "domovy pro seniory (§ 49) · residential"));
  /* The sample's own type, named the registry's way. */
  g_assert_true (shown (f, "odlehčovací služby (§ 44) · field"));

  /* +2 beds; then the same unit again replaces its number. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (find (f, "plan-capacity-unit")), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find (f, "plan-capacity-change")), 2);
  press (find (f, "plan-capacity-add"));
  g_assert_cmpuint (kp_plan_item_get_data (f->activity)->capacity->len, ==, changes + 1);
  g_assert_true (shown (f, "+2 beds"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find (f, "plan-capacity-change")), -1.5);
  press (find (f, "plan-capacity-add"));
  g_assert_true (shown (f, "−1,5 beds"));
  g_assert_false (shown (f, "+2 beds"));
  kp_test_screenshot_if_asked (f->window, "plan-detail-kinds.png");

  /* The CLI reads what the app wrote. */
  json = export_json (f);
  g_assert_nonnull (strstr (json, "{\"type\":\"DruhSocialniSluzby/13\",\"form\":\"pob\"}"));
  g_assert_nonnull (strstr (json, "{\"unit\":\"luzka\",\"change\":-1.5}"));

  /* Each change one step back: the screen follows. */
  undo (f);
  g_assert_true (shown (f, "+2 beds"));
  undo (f);
  g_assert_false (shown (f, "+2 beds"));
  undo (f);
  g_assert_false (shown (f, "domovy pro seniory (§ 49) · residential"));
  g_assert_cmpuint (kp_plan_item_get_data (f->activity)->service_kinds->len, ==, kinds);

  /* Removed by its button, and back. */
  press (find (f, "plan-kind-0-remove"));
  g_assert_false (shown (f, "odlehčovací služby (§ 44) · field"));
  undo (f);
  g_assert_true (shown (f, "odlehčovací služby (§ 44) · field"));
}

/* The chooser searched by a provider's IČO, then a service linked by its name typed
 * without diacritics and taken by Enter, another by its name; the rows name them; one
 * unlinked by its remove button. */
static void
test_services (Fixture      *f,
               gconstpointer data)
{
  KpPlanChooser   *chooser;
  g_autofree char *json = NULL;

  g_assert_true (shown (f, "No service linked"));
  press (find (f, "plan-service-link"));
  chooser = KP_PLAN_CHOOSER (kp_test_find_toplevel (KP_TYPE_PLAN_CHOOSER));
  g_assert_nonnull (chooser);
  /* By IČO: the three services of Sociální služby Lesná. */
  kp_plan_chooser_set_search (chooser, "99100022");
  g_assert_cmpuint (kp_plan_chooser_count_shown (chooser), ==, 3);
  /* By name, without diacritics or capitals. */
  kp_plan_chooser_set_search (chooser, "KRIZOVA pomoc");
  g_assert_cmpuint (kp_plan_chooser_count_shown (chooser), ==, 1);
  kp_test_screenshot_if_asked (GTK_WIDGET (chooser), "plan-service-chooser.png");
  /* Enter takes it. */
  g_signal_emit_by_name (kp_test_find_widget (GTK_WIDGET (chooser), "plan-chooser-search"),
                         "activate");
  kp_test_flush (f->window);
  g_assert_null (kp_test_find_toplevel (KP_TYPE_PLAN_CHOOSER));
  g_assert_true (shown (f, "Krizová pomoc Lesná"));
  g_assert_false (shown (f, "No service linked"));
  g_assert_cmpstr (g_ptr_array_index (kp_plan_item_get_data (f->activity)->services, 0), ==,
                   "U990007");

  /* By provider's name: what is linked is not offered again. */
  press (find (f, "plan-service-link"));
  chooser = KP_PLAN_CHOOSER (kp_test_find_toplevel (KP_TYPE_PLAN_CHOOSER));
  kp_plan_chooser_set_search (chooser, "krizová");
  g_assert_cmpuint (kp_plan_chooser_count_shown (chooser), ==, 0);
  kp_plan_chooser_set_search (chooser, "Pečovatelská služba Lesná");
  g_assert_true (kp_plan_chooser_choose_first (chooser));
  g_assert_true (shown (f, "Pečovatelská služba Lesná"));
  json = export_json (f);
  g_assert_nonnull (strstr (json, "\"services\":[\"U990007\",\"U990002\"]"));

  press (find (f, "plan-service-0-remove"));
  g_assert_false (shown (f, "Krizová pomoc Lesná"));
  undo (f);
  g_assert_true (shown (f, "Krizová pomoc Lesná"));
}

/* The switch off, two obce checked from a search: the summary names them; the switch on
 * is the whole territory again. The list is A–Z the Czech way (ch after h). */
static void
test_territory (Fixture      *f,
                gconstpointer data)
{
  GtkWidget       *whole = find (f, "plan-territory-whole");
  GtkWidget       *list = find (f, "plan-territory-obce");
  g_autofree char *json = NULL;
  GtkWidget       *hvozdna = gtk_widget_get_ancestor (find (f, "plan-obec-990009"),
                                                      GTK_TYPE_LIST_BOX_ROW);
  GtkWidget       *chvojnice = gtk_widget_get_ancestor (find (f, "plan-obec-990007"),
                                                        GTK_TYPE_LIST_BOX_ROW);

  g_assert_true (gtk_switch_get_active (GTK_SWITCH (whole)));
  g_assert_false (gtk_widget_is_visible (list));
  g_assert_true (shown (f, "All 14 obce of the territory"));
  g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (hvozdna)), <,
                   gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (chvojnice)));

  /* The row's activation toggles its switch, as Enter or Space does. */
  g_assert_true (gtk_widget_activate (find (f, "plan-territory-summary")));
  /* a switch that animates changes its state when its animation ends */
  KP_TEST_WAIT_UNTIL (!gtk_switch_get_active (GTK_SWITCH (whole)));
  kp_test_flush (f->window);
  g_assert_true (gtk_widget_is_visible (list));
  g_assert_cmpuint (kp_plan_item_get_data (f->activity)->obce->len, ==, 0);
  search (f, "plan-territory-search", "lesna");
  g_assert_true (shown (f, "Lesná"));
  g_assert_false (shown (f, "Dubovice"));
  gtk_widget_activate (find (f, "plan-obec-990001"));
  search (f, "plan-territory-search", "");
  gtk_widget_activate (find (f, "plan-obec-990002"));
  g_assert_cmpuint (kp_plan_item_get_data (f->activity)->obce->len, ==, 2);
  g_assert_true (shown (f, "2 of 14 obce: Dubovice, Lesná"));
  kp_test_screenshot_if_asked (f->window, "plan-detail-territory.png");
  json = export_json (f);
  g_assert_nonnull (strstr (json, "\"obce\":[\"990002\",\"990001\"]"));

  undo (f);
  g_assert_true (shown (f, "1 of 14 obce: Lesná"));
  gtk_switch_set_active (GTK_SWITCH (whole), TRUE);
  kp_test_flush (f->window);
  g_assert_cmpuint (kp_plan_item_get_data (f->activity)->obce->len, ==, 0);
  g_assert_true (shown (f, "All 14 obce of the territory"));
  g_assert_false (gtk_widget_is_visible (list));
}

/* The activity answers a finding chosen by its text; the finding's editor in Potřeby
 * lists the activity, and its row goes to the activity in Plán (win.show-plan-item). */
static void
on_show_plan_item_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      char         **out_uid)
{
  g_free (*out_uid);
  *out_uid = g_variant_dup_string (parameter, NULL);
}

static void
test_findings (Fixture      *f,
               gconstpointer data)
{
  KpNeeds         *needs = kp_needs_get (f->project);
  KpFinding       *finding = kp_needs_find_finding (needs, 1);
  KpPlanChooser   *chooser;
  GtkWidget       *editor;
  g_autofree char *json = NULL;
  g_autofree char *uid = NULL;
  g_autoptr (GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr (GSimpleAction) action = g_simple_action_new ("show-plan-item", G_VARIANT_TYPE_STRING);
  GtkWidget *row;

  g_assert_nonnull (finding);
  g_assert_true (shown (f, "No finding chosen"));
  press (find (f, "plan-finding-choose"));
  chooser = KP_PLAN_CHOOSER (kp_test_find_toplevel (KP_TYPE_PLAN_CHOOSER));
  g_assert_nonnull (chooser);
  kp_plan_chooser_set_search (chooser, "odlehcovaci");
  g_assert_cmpuint (kp_plan_chooser_count_shown (chooser), ==, 1);
  g_assert_true (kp_plan_chooser_choose_first (chooser));
  kp_test_flush (f->window);
  g_assert_cmpstr (g_ptr_array_index (kp_plan_item_get_data (f->activity)->findings, 0), ==,
                   "Z-1");
  g_assert_true (shown (f, "Pečující o seniory nemají kam blízkého"));
  g_assert_true (shown (f, "F-1 · "));
  kp_test_screenshot_if_asked (f->window, "plan-detail-findings.png");
  json = export_json (f);
  g_assert_nonnull (strstr (json, "\"findings\":[\"Z-1\"]"));

  /* And back: the finding's editor lists the activity. */
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  g_signal_connect (action, "activate", G_CALLBACK (on_show_plan_item_cb), &uid);
  gtk_widget_insert_action_group (f->window, "win", G_ACTION_GROUP (group));
  editor = kp_finding_editor_new (GTK_WINDOW (f->window), needs, finding);
  gtk_window_present (GTK_WINDOW (editor));
  kp_test_flush (editor);
  row = kp_test_find_shown_text (editor, "2.1.3 Odlehčovací služba v terénní formě");
  g_assert_nonnull (row);
  row = gtk_widget_get_ancestor (row, ADW_TYPE_ACTION_ROW);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  kp_test_screenshot_if_asked (editor, "finding-editor-activities.png");
  g_signal_emit_by_name (row, "activated");
  kp_test_flush (f->window);
  g_assert_cmpstr (uid, ==, kp_plan_item_get_uid (f->activity));
  g_assert_null (kp_test_find_toplevel (KP_TYPE_FINDING_EDITOR));

  /* Plán shows it when asked. */
  kp_plan_view_select_item (f->view, NULL);
  g_assert_true (kp_plan_view_show_item (f->view, uid));
  {
    g_autoptr (KpPlanItem) selected = kp_plan_view_get_selected_item (f->view);

    g_assert_true (selected == f->activity);
  }

  undo (f);
  g_assert_true (shown (f, "No finding chosen"));
}

/* A cost of the source obec for Lesná: the editor's obec choice, the detail's summary and
 * the budget per source of the action plan 2027 name it. */
static void
test_cost_of_obec (Fixture      *f,
                   gconstpointer data)
{
  GtkWidget       *editor;
  GtkDropDown     *obec;
  g_autofree char *json = NULL;
  GListModel      *labels;
  guint            lesna = G_MAXUINT;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "plan.edit-costs", NULL));
  kp_test_flush (f->window);
  editor = GTK_WIDGET (kp_test_find_toplevel (KP_TYPE_PLAN_COSTS_EDITOR));
  g_assert_nonnull (editor);
  obec = GTK_DROP_DOWN (kp_test_find_widget (editor, "plan-cost-obec"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (obec)));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kp_test_find_widget (editor, "plan-cost-year")), 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kp_test_find_widget (editor, "plan-cost-source")),
                              KP_FINANCING_SOURCE_OBEC);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (obec)));
  labels = gtk_drop_down_get_model (obec);
  for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (labels), i), "Lesná"))
      lesna = i;
  g_assert_cmpuint (lesna, !=, G_MAXUINT);
  gtk_drop_down_set_selected (obec, lesna);
  gtk_editable_set_text (GTK_EDITABLE (kp_test_find_widget (editor, "plan-cost-new-amount")),
                         "40 000");
  g_signal_emit_by_name (kp_test_find_widget (editor, "plan-cost-new-amount"), "activate");
  kp_test_flush (editor);
  g_assert_nonnull (kp_test_find_shown_text (editor, "2027 · Obce – Lesná"));
  kp_test_screenshot_if_asked (editor, "plan-costs-obec.png");
  g_signal_emit_by_name (kp_test_find_widget (editor, "plan-costs-save"), "clicked");
  kp_test_flush (f->window);
  g_assert_true (shown (f, "2027 · Obce – Lesná · 40"));
  json = export_json (f);
  g_assert_nonnull (strstr (json, "\"obec\":\"990001\""));

  /* The action plan 2027 made from it: its budget per source has Lesná's line. */
  gtk_stack_set_visible_child_name (GTK_STACK (find (f, "plan-sections")), "action-plans");
  kp_test_flush (f->window);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find (f, "plan-action-year")), 2027);
  g_signal_emit_by_name (find (f, "plan-create-action-plan"), "clicked");
  g_assert_true (shown (f, "Obce – Lesná"));
  kp_test_screenshot_if_asked (f->window, "plan-action-budget-obec.png");
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

  g_test_add ("/kp/ui/plan/detail/kinds-and-capacity", Fixture, NULL, setup,
              test_kinds_and_capacity, teardown);
  g_test_add ("/kp/ui/plan/detail/services", Fixture, NULL, setup, test_services, teardown);
  g_test_add ("/kp/ui/plan/detail/territory", Fixture, NULL, setup, test_territory, teardown);
  g_test_add ("/kp/ui/plan/detail/findings", Fixture, NULL, setup, test_findings, teardown);
  g_test_add ("/kp/ui/plan/detail/cost-of-obec", Fixture, NULL, setup, test_cost_of_obec,
              teardown);
  return g_test_run ();
}
