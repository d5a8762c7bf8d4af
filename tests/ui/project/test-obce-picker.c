/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "kp-obce-picker.h"
#include "kp-obec.h"
#include "kp-test-utils.h"
#include "kp-ui-resources.h"

/* Picking the obce of a MAS (issue 11, item 7): all obce of an ORP, POU or okres at once and
 * then some removed; a pasted list of codes and names, with the obce of one name asked about
 * by okres and the unknown pieces reported. */

typedef struct
{
  GtkWindow    *window;
  KpObcePicker *picker;
} Fixture;

static GListModel *
make_obce (void)
{
  static const struct
  {
    const char *kod, *nazev, *okres, *orp, *pou;
  } rows[] = {
    { "576514", "Nová Ves", "Rychnov nad Kněžnou", "Rychnov nad Kněžnou", "Rychnov nad Kněžnou" },
    { "539066", "Nová Ves", "Praha-východ", "Brandýs nad Labem-Stará Boleslav", "Brandýs" },
    { "585246", "Nová Ves", "Brno-venkov", "Rosice", "Rosice" },
    { "568414", "Havlíčkův Brod", "Havlíčkův Brod", "Havlíčkův Brod", "Havlíčkův Brod" },
    { "569704", "Věžnice", "Havlíčkův Brod", "Havlíčkův Brod", "Havlíčkův Brod" },
    { "568406", "Hurtova Lhota", "Havlíčkův Brod", "Havlíčkův Brod", "Havlíčkův Brod" },
    { "571164", "Chrudim", "Chrudim", "Chrudim", "Chrudim" },
  };
  GListStore *store = g_list_store_new (KP_TYPE_OBEC);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      KpObecData data = { .kod = rows[i].kod, .nazev = rows[i].nazev, .okres_nazev = rows[i].okres, .orp_kod = rows[i].orp, .orp_nazev = rows[i].orp, .pou_kod = rows[i].pou, .pou_nazev = rows[i].pou, .kraj_nazev = "Kraj" };
      g_autoptr (KpObec) obec = kp_obec_new (&data);

      g_list_store_append (store, obec);
    }
  return G_LIST_MODEL (store);
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GListModel) obce = make_obce ();

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 640, 760);
  fixture->picker = KP_OBCE_PICKER (kp_obce_picker_new ());
  kp_obce_picker_set_obce (fixture->picker, obce);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->picker));
  gtk_window_present (fixture->window);
  gtk_expander_set_expanded (
      GTK_EXPANDER (kp_test_find_widget (GTK_WIDGET (fixture->picker), "adder-expander")), TRUE);
  kp_test_flush (GTK_WIDGET (fixture->window));
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  gtk_window_destroy (fixture->window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GtkWidget *
find (Fixture    *fixture,
      const char *name)
{
  GtkWidget *widget = kp_test_find_widget (GTK_WIDGET (fixture->window), name);

  g_assert_nonnull (widget);
  return widget;
}

static char *
selected (Fixture *fixture)
{
  g_auto (GStrv) codes = kp_obce_picker_dup_selected (fixture->picker);

  return g_strjoinv (" ", codes);
}

static void
click (Fixture    *fixture,
       const char *name)
{
  g_signal_emit_by_name (find (fixture, name), "clicked");
  kp_test_flush (GTK_WIDGET (fixture->window));
}

static void
test_paste (Fixture      *fixture,
            gconstpointer data)
{
  GtkTextBuffer   *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (find (fixture, "paste-view")));
  GtkWidget       *choices;
  GtkWidget       *brno = NULL;
  g_autofree char *codes = NULL;
  g_autofree char *after = NULL;

  gtk_text_buffer_set_text (buffer, "568414\nnová ves; Chrudim (Chrudim), Atlantida\n", -1);
  click (fixture, "add-paste");
  codes = selected (fixture);
  g_assert_cmpstr (codes, ==, "568414 571164");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find (fixture, "paste-result"))), ==,
                   "2 obce added. 1 name is borne by several obce: choose below. Not found: "
                   "Atlantida.");
  /* The picker's summary follows. */
  g_assert_nonnull (kp_test_find_shown_text (find (fixture, "summary-label"), "2 obce selected"));

  /* Which Nová Ves: one check button per obec, by okres. */
  choices = find (fixture, "paste-choices");
  g_assert_true (gtk_widget_get_visible (choices));
  g_assert_nonnull (kp_test_find_shown_text (choices, "Which “nová ves” do you mean?"));
  for (GtkWidget *child = gtk_widget_get_first_child (choices); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_CHECK_BUTTON (child) &&
        g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (child)),
                   "Nová Ves – okres Brno-venkov, ORP Rosice") == 0)
      brno = child;
  g_assert_nonnull (brno);
  g_assert_true (gtk_widget_get_prev_sibling (brno) != NULL &&
                 GTK_IS_LABEL (gtk_widget_get_prev_sibling (brno))); /* the first, by okres */
  kp_test_screenshot_if_asked (GTK_WIDGET (fixture->window), "obce-picker-paste.png");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (brno), TRUE);
  click (fixture, "add-chosen");
  after = selected (fixture);
  g_assert_cmpstr (after, ==, "568414 571164 585246");
  g_assert_false (gtk_widget_get_visible (choices));
}

static void
test_group_then_remove (Fixture      *fixture,
                        gconstpointer data)
{
  GtkDropDown     *dropdown = GTK_DROP_DOWN (find (fixture, "group-dropdown"));
  GListModel      *labels = gtk_drop_down_get_model (dropdown);
  guint            hb = G_MAXUINT;
  g_autofree char *codes = NULL;
  g_autofree char *after = NULL;

  /* ORP first, then POU, then okresy, each by Czech name ("Ch" after "H"). */
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (labels), 0), ==,
                   "ORP Brandýs nad Labem-Stará Boleslav (1 obec)");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (labels), 1), ==,
                   "ORP Havlíčkův Brod (3 obce)");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (labels), 2), ==,
                   "ORP Chrudim (1 obec)");
  for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (labels), i),
                   "okres Havlíčkův Brod (3 obce)") == 0)
      hb = i;
  g_assert_cmpuint (hb, !=, G_MAXUINT);
  gtk_drop_down_set_selected (dropdown, hb);
  click (fixture, "add-group");
  codes = selected (fixture);
  g_assert_cmpstr (codes, ==, "568406 568414 569704");

  /* Then one removed, as a click on its row does. */
  gtk_editable_set_text (GTK_EDITABLE (find (fixture, "obce-search")), "hurtova");
  KP_TEST_WAIT_UNTIL (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (
                          GTK_LIST_VIEW (find (fixture, "obce-list"))))) == 1);
  kp_test_flush (GTK_WIDGET (fixture->window));
  gtk_widget_activate_action (find (fixture, "obce-list"), "list.activate-item", "u", 0);
  kp_test_flush (GTK_WIDGET (fixture->window));
  after = selected (fixture);
  g_assert_cmpstr (after, ==, "568414 569704");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  (void) kp_ui_get_resource ();

#define ADD(path, func) \
  g_test_add ("/kp/ui/obce-picker/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("paste", test_paste);
  ADD ("group-then-remove", test_group_then_remove);
#undef ADD
  return g_test_run ();
}
