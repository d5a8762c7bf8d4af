/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "kp-czech.h"
#include "kp-map-canvas.h"
#include "kp-indicator.h"
#include "kp-map-page.h"
#include "kp-project.h"
#include "kp-territory-page.h"
#include "kp-test-utils.h"
#include "kp-ui-resources.h"

#include <math.h>
#include <string.h>

#define NBSP "\302\240"

/* The map of the Území view on the sample project: a simulated click selects an obec
 * (through the canvas' own click gesture), the side panel shows its figures, the selection
 * is shared with the table both ways, the keyboard pans, zooms and opens the panel, and
 * the search jumps to an obec. */

typedef struct
{
  char            *dir;
  KpProject       *project;
  GtkWidget       *window;
  KpTerritoryPage *page;
  KpMapPage       *map;
  KpMapCanvas     *canvas;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->dir = kp_test_make_tmpdir ();
  fixture->project = kp_test_create_sample (fixture->dir);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1240, 800);
  fixture->page = KP_TERRITORY_PAGE (kp_territory_page_new (fixture->project));
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_stack_set_visible_child_name (GTK_STACK (kp_test_find_widget (fixture->window,
                                                                    "territory-mode-stack")),
                                    "map");
  kp_test_flush (fixture->window);
  fixture->canvas = KP_MAP_CANVAS (kp_test_find_widget (fixture->window, "map-canvas"));
  g_assert_nonnull (fixture->canvas);
  fixture->map = KP_MAP_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (fixture->canvas), KP_TYPE_MAP_PAGE));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->canvas)), >, 400);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->project);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Where the label point of the obec @code is on the canvas now. */
static void
obec_position (Fixture    *fixture,
               const char *code,
               double     *x,
               double     *y)
{
  KpMapSnapshot *s = kp_map_painter_get_snapshot (kp_map_canvas_get_painter (fixture->canvas));

  for (guint i = 0; i < s->features->len; i++)
    {
      const KpMapFeature *f = kp_map_snapshot_get_feature (s, i);

      if (strcmp (f->code, code) == 0)
        {
          kp_map_view_to_device (kp_map_canvas_get_view (fixture->canvas), f->label_point.x,
                                 f->label_point.y, x, y);
          return;
        }
    }
  g_assert_not_reached ();
}

static GtkGesture *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return GTK_GESTURE (controller); /* the widget keeps it */
    }
  g_assert_not_reached ();
}

/* A click as GTK reports it to the canvas: its click gesture's "released". */
static void
click (Fixture *fixture,
       double   x,
       double   y,
       int      n_press)
{
  g_signal_emit_by_name (find_controller (GTK_WIDGET (fixture->canvas), GTK_TYPE_GESTURE_CLICK),
                         "released", n_press, x, y);
  kp_test_flush (fixture->window);
}

static gboolean
press_key (Fixture *fixture,
           guint    keyval)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->canvas));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  kp_test_flush (fixture->window);
  return handled;
}

static const char *
panel_title (Fixture *fixture)
{
  return gtk_label_get_text (GTK_LABEL (kp_test_find_widget (fixture->window, "map-panel-title")));
}

static guint
panel_rows (Fixture *fixture)
{
  GtkWidget *list = kp_test_find_widget (fixture->window, "map-panel-list");
  guint      n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

static void
test_click_selects (Fixture      *fixture,
                    gconstpointer data)
{
  GtkRevealer *revealer;
  double       x, y;
  KpObec      *obec;

  revealer = GTK_REVEALER (gtk_widget_get_ancestor (kp_test_find_widget (fixture->window, "map-panel-list"),
                                                    GTK_TYPE_REVEALER));
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
  /* Lesná, 990001: the fictional town of the sample, 9 412 inhabitants. */
  obec_position (fixture, "990001", &x, &y);
  click (fixture, x, y, 1);
  obec = kp_map_page_get_selected_obec (fixture->map);
  g_assert_nonnull (obec);
  g_assert_cmpstr (kp_obec_get_kod (obec), ==, "990001");
  g_assert_cmpstr (panel_title (fixture), ==, "Lesná");
  /* Shared with the table. */
  g_assert_cmpstr (kp_obec_get_kod (kp_territory_page_get_selected_obec (fixture->page)), ==,
                   "990001");

  /* A single click opens the panel with the figures (issue 11, item 11: it needed a
   * double click). */
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  /* Nine indicators of the registry, the area and the density. */
  g_assert_cmpuint (panel_rows (fixture), ==, 11);

  /* Outside every obec: nothing selected, the panel closes. */
  click (fixture, 2, 2, 1);
  g_assert_null (kp_map_page_get_selected_obec (fixture->map));
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
}

static void
test_panel_figures (Fixture      *fixture,
                    gconstpointer data)
{
  double           x, y;
  GtkWidget       *list;
  GString         *all = g_string_new (NULL);
  g_autofree char *text = NULL;

  obec_position (fixture, "990001", &x, &y);
  click (fixture, x, y, 2);
  list = kp_test_find_widget (fixture->window, "map-panel-list");
  /* Collect every label of the panel's rows. */
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *w = row;

      g_string_append_printf (all, "%s=", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
      while ((w = gtk_widget_get_last_child (w)) != NULL && !GTK_IS_LABEL (w))
        ;
      if (w != NULL)
        g_string_append (all, gtk_label_get_text (GTK_LABEL (w)));
      g_string_append_c (all, '\n');
    }
  text = g_string_free (all, FALSE);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "=9" NBSP "412\n"));
  g_assert_nonnull (strstr (text, "=1" NBSP "420\n")); /* 0–14: 470 + 486 + 464 */
}

static void
test_table_selection_moves_map (Fixture      *fixture,
                                gconstpointer data)
{
  GListModel    *obce = kp_project_get_obce (fixture->project);
  KpObec        *chosen = NULL;
  KpMapSnapshot *s;

  for (guint i = 0; i < g_list_model_get_n_items (obce); i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);

      if (strcmp (kp_obec_get_kod (obec), "990013") == 0)
        chosen = obec;
    }
  g_assert_nonnull (chosen);
  kp_territory_page_set_selected_obec (fixture->page, chosen);
  kp_test_flush (fixture->window);
  g_assert_true (kp_map_page_get_selected_obec (fixture->map) == chosen);
  s = kp_map_painter_get_snapshot (kp_map_canvas_get_painter (fixture->canvas));
  g_assert_cmpstr (kp_map_snapshot_get_feature (s, (guint) kp_map_canvas_get_selected (fixture->canvas))->code,
                   ==, "990013");
  g_assert_cmpstr (panel_title (fixture), ==, "Čeňkov");
}

static void
test_keyboard (Fixture      *fixture,
               gconstpointer data)
{
  const KpMapView *view = kp_map_canvas_get_view (fixture->canvas);
  double           scale = view->scale, cx = view->centre_x;
  GtkRevealer     *revealer;

  g_assert_true (press_key (fixture, GDK_KEY_plus));
  g_assert_cmpfloat (view->scale, >, scale * 1.2);
  g_assert_true (press_key (fixture, GDK_KEY_minus));
  g_assert_cmpfloat_with_epsilon (view->scale, scale, scale * 1e-9);
  g_assert_true (press_key (fixture, GDK_KEY_Right));
  g_assert_cmpfloat (view->centre_x, >, cx);
  g_assert_true (press_key (fixture, GDK_KEY_Home));
  g_assert_cmpfloat_with_epsilon (view->centre_x, cx, 1e-6);

  /* Nothing selected: Enter does nothing; Page Down selects the first obec A–Z. */
  g_assert_false (press_key (fixture, GDK_KEY_Return));
  g_assert_true (press_key (fixture, GDK_KEY_Page_Down));
  g_assert_cmpstr (kp_obec_get_nazev (kp_map_page_get_selected_obec (fixture->map)), ==, "Březinka");
  g_assert_true (press_key (fixture, GDK_KEY_Page_Down));
  g_assert_cmpstr (kp_obec_get_nazev (kp_map_page_get_selected_obec (fixture->map)), ==, "Čeňkov");
  g_assert_true (press_key (fixture, GDK_KEY_Page_Down));
  g_assert_cmpstr (kp_obec_get_nazev (kp_map_page_get_selected_obec (fixture->map)), ==, "Dubovice");
  revealer = GTK_REVEALER (gtk_widget_get_ancestor (kp_test_find_widget (fixture->window, "map-panel-list"),
                                                    GTK_TYPE_REVEALER));
  g_assert_true (press_key (fixture, GDK_KEY_Return));
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_cmpstr (panel_title (fixture), ==, "Dubovice");
}

static void
test_search_jumps (Fixture      *fixture,
                   gconstpointer data)
{
  GtkEditable *search = GTK_EDITABLE (kp_test_find_widget (fixture->window, "territory-search"));

  /* Without diacritics, in the middle of the name. */
  gtk_editable_set_text (search, "zdare");
  KP_TEST_WAIT_UNTIL (kp_map_page_get_selected_obec (fixture->map) != NULL);
  g_assert_nonnull (kp_map_page_get_selected_obec (fixture->map));
  g_assert_cmpstr (kp_obec_get_nazev (kp_map_page_get_selected_obec (fixture->map)), ==, "Žďárec");
  /* The table was not filtered by a map search. */
  gtk_stack_set_visible_child_name (GTK_STACK (kp_test_find_widget (fixture->window,
                                                                    "territory-mode-stack")),
                                    "table");
  kp_test_flush (fixture->window);
  g_assert_cmpstr (kp_obec_get_kod (kp_territory_page_get_selected_obec (fixture->page)), ==,
                   "990012");
}

static void
test_indicator (Fixture      *fixture,
                gconstpointer data)
{
  GtkDropDown   *indicator = GTK_DROP_DOWN (kp_test_find_widget (fixture->window, "map-indicator"));
  KpMapSnapshot *s = kp_map_painter_get_snapshot (kp_map_canvas_get_painter (fixture->canvas));

  g_assert_cmpuint (s->features->len, ==, 14);
  g_assert_cmpuint (s->classes.n_classes, ==, 5);
  g_assert_nonnull (strstr (s->classes.title, "65"));
  gtk_drop_down_set_selected (indicator, 0); /* population */
  kp_test_flush (fixture->window);
  g_assert_cmpfloat (s->classes.limits[s->classes.n_classes], ==, 9412.0);
  /* Population comes in the size groups of obce, up to the band of the largest (9 412);
   * the classing method does not apply to it. */
  {
    KpMapPainter    *painter = kp_map_canvas_get_painter (fixture->canvas);
    g_autofree char *legend = kp_map_painter_dup_legend_text (painter);

    g_assert_nonnull (strstr (legend, "\n5" NBSP "000–9" NBSP "999"));
    g_assert_null (strstr (legend, "10" NBSP "000"));
  }
  g_assert_false (gtk_widget_get_sensitive (kp_test_find_widget (fixture->window, "map-method")));
  gtk_drop_down_set_selected (indicator, KP_INDICATOR_DENSITY); /* every sample obec has an area */
  kp_test_flush (fixture->window);
  g_assert_true (gtk_widget_get_sensitive (kp_test_find_widget (fixture->window, "map-method")));
  g_assert_null (s->classes.labels[0]);
  for (guint i = 0; i < s->features->len; i++)
    g_assert_false (isnan (kp_map_snapshot_get_feature (s, i)->value));
}

/* Highlighting a service's area redraws the map but keeps where the user looks: the
 * zoom, the centre and the selected obec stay. */
static void
test_service_keeps_view (Fixture      *fixture,
                         gconstpointer data)
{
  const KpMapView *view = kp_map_canvas_get_view (fixture->canvas);
  GtkDropDown     *chooser = GTK_DROP_DOWN (kp_test_find_widget (fixture->window, "map-service"));
  KpMapPainter    *painter = kp_map_canvas_get_painter (fixture->canvas);
  double           fit_scale = view->scale, scale, cx, cy, x, y;

  obec_position (fixture, "990001", &x, &y);
  click (fixture, x, y, 1);
  g_assert_true (press_key (fixture, GDK_KEY_plus));
  g_assert_true (press_key (fixture, GDK_KEY_plus));
  g_assert_true (press_key (fixture, GDK_KEY_Right));
  scale = view->scale;
  cx = view->centre_x;
  cy = view->centre_y;
  g_assert_cmpfloat (scale, >, fit_scale * 1.5);

  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (chooser)), >, 1);
  gtk_drop_down_set_selected (chooser, 1);
  kp_test_flush (fixture->window);
  g_assert_nonnull (kp_map_page_get_shown_service (fixture->map));
  g_assert_true (kp_map_canvas_get_painter (fixture->canvas) != painter); /* drawn anew */
  g_assert_cmpfloat (view->scale, ==, scale);
  g_assert_cmpfloat (view->centre_x, ==, cx);
  g_assert_cmpfloat (view->centre_y, ==, cy);
  g_assert_cmpstr (kp_obec_get_kod (kp_map_page_get_selected_obec (fixture->map)), ==, "990001");

  /* Back to no service, through the page's API: the same. */
  kp_map_page_show_service (fixture->map, NULL);
  kp_test_flush (fixture->window);
  g_assert_null (kp_map_page_get_shown_service (fixture->map));
  g_assert_cmpuint (gtk_drop_down_get_selected (chooser), ==, 0);
  g_assert_cmpfloat (view->scale, ==, scale);
  g_assert_cmpfloat (view->centre_x, ==, cx);
  g_assert_cmpstr (kp_obec_get_kod (kp_map_page_get_selected_obec (fixture->map)), ==, "990001");

  /* Zooming still works on the new painter, and Home fits the territory as before. */
  g_assert_true (press_key (fixture, GDK_KEY_minus));
  g_assert_cmpfloat (view->scale, <, scale);
  g_assert_true (press_key (fixture, GDK_KEY_Home));
  g_assert_cmpfloat_with_epsilon (view->scale, fit_scale, fit_scale * 1e-9);
}

/* No obec of the territory lies under the legend, with the side panel closed or open
 * (issue 11, item 11: the panel narrowed the map and the legend covered Ostrůvek). */
static void
assert_legend_clear (Fixture *fixture)
{
  KpMapPainter    *painter = kp_map_canvas_get_painter (fixture->canvas);
  KpMapSnapshot   *s = kp_map_painter_get_snapshot (painter);
  const KpMapView *view = kp_map_canvas_get_view (fixture->canvas);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t         *cr = cairo_create (surface);
  double           lw, lh, lx0, ly0;

  kp_map_painter_measure_legend (painter, cr, &lw, &lh);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_assert_cmpfloat (view->width, ==, gtk_widget_get_width (GTK_WIDGET (fixture->canvas)));
  lx0 = view->width - 12.0 - lw;
  ly0 = 12.0;
  /* Every pixel of the legend's box: no obec of the territory under it. */
  for (double y = ly0; y < ly0 + lh; y += 2.0)
    for (double x = lx0; x < lx0 + lw; x += 2.0)
      {
        int f = kp_map_painter_hit_test (painter, view, x, y);

        if (f >= 0)
          g_error ("the legend covers %s at %.0f, %.0f", kp_map_snapshot_get_feature (s, (guint) f)->label,
                   x, y);
      }
}

/* The map shows the surroundings to its edges: no blank (white) strip beyond the data in
 * the middle of any edge (issue 11, item 11). */
static void
assert_no_blank_edges (Fixture *fixture)
{
  g_autoptr (GdkTexture) texture = kp_test_render (GTK_WIDGET (fixture->canvas));
  int                 w = gdk_texture_get_width (texture);
  int                 h = gdk_texture_get_height (texture);
  g_autofree guint32 *pixels = g_new (guint32, (gsize) w * h);
  guint               white = 0;

  gdk_texture_download (texture, (guchar *) pixels, (gsize) w * 4);
  for (int y = h / 3; y < 2 * h / 3; y++)
    for (int x = 0; x < 4; x++)
      white += (pixels[(gsize) y * w + x] == 0xffffffff) + (pixels[(gsize) y * w + w - 1 - x] == 0xffffffff);
  for (int x = w / 3; x < 2 * w / 3; x++)
    for (int y = 0; y < 4; y++)
      white += (pixels[(gsize) y * w + x] == 0xffffffff) + (pixels[(gsize) (h - 1 - y) * w + x] == 0xffffffff);
  g_assert_cmpuint (white, ==, 0);
}

static void
test_legend_and_edges (Fixture      *fixture,
                       gconstpointer data)
{
  GtkRevealer *revealer;
  double       x, y;

  revealer = GTK_REVEALER (gtk_widget_get_ancestor (kp_test_find_widget (fixture->window, "map-panel-list"),
                                                    GTK_TYPE_REVEALER));
  assert_legend_clear (fixture);
  assert_no_blank_edges (fixture);
  obec_position (fixture, "990014", &x, &y); /* Ostrůvek, by the legend */
  click (fixture, x, y, 1);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  KP_TEST_WAIT_UNTIL (gtk_revealer_get_child_revealed (revealer));
  kp_test_flush (fixture->window);
  assert_legend_clear (fixture);
  assert_no_blank_edges (fixture);
  g_assert_cmpstr (kp_obec_get_kod (kp_map_page_get_selected_obec (fixture->map)), ==, "990014");
}

/* What the map shows after a double click on Skalná (a screenshot of it when
 * KP_SCREENSHOT_DIR is set): the obce drawn in the indicator's classes, and the side panel
 * with Skalná's name and population. */
static void
test_screenshot (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (GdkTexture) map = NULL;
  g_autofree char *population = NULL;
  GtkWidget       *panel;
  double           x, y;

  obec_position (fixture, "990004", &x, &y);
  click (fixture, x, y, 2);
  g_assert_cmpstr (kp_obec_get_kod (kp_map_page_get_selected_obec (fixture->map)), ==, "990004");
  panel = gtk_widget_get_parent (kp_test_find_widget (fixture->window, "map-panel-list"));
  g_assert_true (gtk_widget_get_mapped (panel));
  g_assert_nonnull (kp_test_find_shown_text (panel, "Skalná"));
  population = kp_czech_format_int (kp_obec_get_totals (kp_map_page_get_selected_obec (fixture->map))->total);
  g_assert_nonnull (kp_test_find_shown_text (panel, population));

  /* The classes' colours, the borders, the selection and the background at least. */
  map = kp_test_render (GTK_WIDGET (fixture->canvas));
  g_assert_cmpuint (kp_test_count_colours (map), >=, 6);
  kp_test_screenshot_if_asked (fixture->window, "map-page.png");
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

#define ADD(path, func) g_test_add ("/kp/ui/map-page/" path, Fixture, NULL, fixture_setup, \
                                    func, fixture_teardown)
  ADD ("click-selects", test_click_selects);
  ADD ("panel-figures", test_panel_figures);
  ADD ("table-selection-moves-map", test_table_selection_moves_map);
  ADD ("keyboard", test_keyboard);
  ADD ("search-jumps", test_search_jumps);
  ADD ("indicator", test_indicator);
  ADD ("service-keeps-view", test_service_keeps_view);
  ADD ("legend-and-edges", test_legend_and_edges);
  ADD ("screenshot", test_screenshot);
#undef ADD
  return g_test_run ();
}
