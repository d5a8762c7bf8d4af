/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <cairo.h>

#include "kp-indicator.h"
#include "kp-map-canvas.h"
#include "kp-map-export-dialog.h"
#include "kp-map-page.h"
#include "kp-project.h"
#include "kp-test-utils.h"
#include "kp-ui-resources.h"

#include <poppler.h>
#include <string.h>

/* What the map shows, read from its pixels: after each change of the indicator every obec
 * is filled with the colour of its class in the legend, on screen and in the exported
 * image (issue 11, item 1: the fills kept the classes of the first indicator). */

typedef struct
{
  char        *dir;
  KpProject   *project;
  GtkWidget   *window;
  KpMapPage   *map;
  KpMapCanvas *canvas;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->dir = kp_test_make_tmpdir ();
  fixture->project = kp_test_create_sample (fixture->dir);
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1000, 700);
  fixture->map = KP_MAP_PAGE (kp_map_page_new (fixture->project));
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->map));
  gtk_window_present (GTK_WINDOW (fixture->window));
  kp_test_flush (fixture->window);
  fixture->canvas = KP_MAP_CANVAS (kp_test_find_widget (fixture->window, "map-canvas"));
  g_assert_nonnull (fixture->canvas);
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

/* Pixels as 0xAARRGGBB, premultiplied (Cairo's ARGB32 and GDK's default download). */
typedef struct
{
  int      width, height;
  guint32 *pixels;
} Image;

static void
image_from_texture (Image      *image,
                    GdkTexture *texture)
{
  image->width = gdk_texture_get_width (texture);
  image->height = gdk_texture_get_height (texture);
  image->pixels = g_new (guint32, (gsize) image->width * image->height);
  gdk_texture_download (texture, (guchar *) image->pixels, (gsize) image->width * 4);
}

static void
image_from_png (Image      *image,
                const char *path)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);
  image->width = cairo_image_surface_get_width (surface);
  image->height = cairo_image_surface_get_height (surface);
  image->pixels = g_new (guint32, (gsize) image->width * image->height);
  for (int y = 0; y < image->height; y++)
    memcpy (image->pixels + (gsize) y * image->width,
            cairo_image_surface_get_data (surface) + (gsize) y * cairo_image_surface_get_stride (surface),
            (gsize) image->width * 4);
  cairo_surface_destroy (surface);
}

/* The colour most pixels inside @feature have: its fill (borders, names and symbols take
 * fewer pixels). 0 when the feature has no pixel in the image. */
static guint32
feature_colour (const Image     *image,
                KpMapPainter    *painter,
                const KpMapView *view,
                guint            feature)
{
  g_autoptr (GHashTable) counts = g_hash_table_new (g_direct_hash, g_direct_equal);
  GHashTableIter iter;
  gpointer       key, value;
  guint32        best = 0;
  guint          best_count = 0;

  for (int y = 0; y < image->height; y += 2)
    for (int x = 0; x < image->width; x += 2)
      if (kp_map_painter_hit_test (painter, view, x + 0.5, y + 0.5) == (int) feature)
        {
          guint32 pixel = image->pixels[(gsize) y * image->width + x];
          guint   n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (pixel)));

          g_hash_table_insert (counts, GUINT_TO_POINTER (pixel), GUINT_TO_POINTER (n + 1));
        }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) > best_count)
      {
        best_count = GPOINTER_TO_UINT (value);
        best = GPOINTER_TO_UINT (key);
      }
  return best;
}

static guint32
to_pixel (const KpMapColour *c)
{
  return 0xff000000u | (guint32) (c->red * 255.0 + 0.5) << 16 |
         (guint32) (c->green * 255.0 + 0.5) << 8 | (guint32) (c->blue * 255.0 + 0.5);
}

static gboolean
same_colour (guint32 a,
             guint32 b)
{
  for (int shift = 0; shift < 32; shift += 8)
    if (ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > 2)
      return FALSE;
  return TRUE;
}

/* Every obec of @image is filled with the legend's colour of its class. */
static void
assert_fills (const Image     *image,
              KpMapPainter    *painter,
              const KpMapView *view,
              const char      *what)
{
  KpMapSnapshot *s = kp_map_painter_get_snapshot (painter);
  guint          checked = 0;

  for (guint i = 0; i < s->features->len; i++)
    {
      const KpMapFeature *f = kp_map_snapshot_get_feature (s, i);
      guint32             expected = to_pixel (f->class_index >= 0 ? &s->classes.colours[f->class_index]
                                                                   : &s->classes.no_data);
      guint32             shown = feature_colour (image, painter, view, i);

      if (shown == 0)
        continue;
      if (!same_colour (shown, expected))
        g_error ("%s: %s (class %d, value %g) is filled with #%06x, its class is #%06x", what,
                 f->label, f->class_index, f->value, shown & 0xffffff, expected & 0xffffff);
      checked++;
    }
  g_assert_cmpuint (checked, ==, s->features->len);
}

static void
assert_canvas_fills (Fixture    *fixture,
                     const char *what)
{
  g_autoptr (GdkTexture) texture = kp_test_render (GTK_WIDGET (fixture->canvas));
  Image image;

  image_from_texture (&image, texture);
  assert_fills (&image, kp_map_canvas_get_painter (fixture->canvas),
                kp_map_canvas_get_view (fixture->canvas), what);
  g_free (image.pixels);
}

/* The class of the smallest obec follows the indicator: it is not the same in all three. */
static int
smallest_class (Fixture *fixture)
{
  KpMapSnapshot *s = kp_map_painter_get_snapshot (kp_map_canvas_get_painter (fixture->canvas));
  double         least = G_MAXDOUBLE;
  int            cls = -2;

  for (guint i = 0; i < s->features->len; i++)
    {
      const KpMapFeature *f = kp_map_snapshot_get_feature (s, i);

      if (f->priority < least)
        {
          least = f->priority;
          cls = f->class_index;
        }
    }
  return cls;
}

static void
test_switch_indicator (Fixture      *fixture,
                       gconstpointer data)
{
  GtkDropDown             *indicator = GTK_DROP_DOWN (kp_test_find_widget (fixture->window, "map-indicator"));
  static const KpIndicator order[] = {
    KP_INDICATOR_DENSITY,
    KP_INDICATOR_POPULATION,
    KP_INDICATOR_SHARE_65_PLUS,
  };
  int first;

  assert_canvas_fills (fixture, "Podíl 65+");
  first = smallest_class (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      gtk_drop_down_set_selected (indicator, order[i]);
      kp_test_flush (fixture->window);
      if (order[i] == KP_INDICATOR_POPULATION)
        {
          /* The smallest obec is in the lowest size group. */
          g_assert_cmpint (smallest_class (fixture), ==, 0);
          g_assert_cmpint (first, !=, 0);
          kp_test_screenshot_if_asked (fixture->window, "map-after-switch.png");
        }
      assert_canvas_fills (fixture, kp_indicator_get_name (order[i]));
    }
}

/* The exported image has the same fills as the screen after a switch. */
static void
test_export_after_switch (Fixture      *fixture,
                          gconstpointer data)
{
  GtkDropDown     *indicator = GTK_DROP_DOWN (kp_test_find_widget (fixture->window, "map-indicator"));
  g_autofree char *png = g_build_filename (fixture->dir, "mapa.png", NULL);
  g_autoptr (GError) error = NULL;
  KpMapExportDialog *dialog;
  KpMapPainter      *painter;
  KpMapView          view;
  Image              image;

  gtk_drop_down_set_selected (indicator, KP_INDICATOR_POPULATION);
  kp_test_flush (fixture->window);
  painter = kp_map_canvas_get_painter (fixture->canvas);
  view = *kp_map_canvas_get_view (fixture->canvas);
  dialog = kp_map_export_dialog_new (GTK_WINDOW (fixture->window), painter, &view, "mapa");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (kp_test_find_widget (GTK_WIDGET (dialog), "map-export-width")),
                             view.width);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (kp_test_find_widget (GTK_WIDGET (dialog), "map-export-height")),
                             view.height);
  g_assert_true (kp_map_export_dialog_write (dialog, png, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));

  image_from_png (&image, png);
  g_assert_cmpint (image.width, ==, (int) view.width);
  g_assert_cmpint (image.height, ==, (int) view.height);
  assert_fills (&image, painter, &view, "export");
  g_free (image.pixels);
}

/* The PDF of the export dialog is an A4 landscape page with the map's sources (issue 12,
 * item 13: it was a 1600 × 1000 pt drawing). */
static void
test_export_pdf_page (Fixture      *fixture,
                      gconstpointer data)
{
  g_autofree char *pdf = g_build_filename (fixture->dir, "mapa.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (pdf, NULL, NULL);
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  KpMapExportDialog *dialog;
  PopplerDocument   *doc;
  PopplerPage       *page;
  double             width, height;

  dialog = kp_map_export_dialog_new (GTK_WINDOW (fixture->window), kp_map_canvas_get_painter (fixture->canvas),
                                     kp_map_canvas_get_view (fixture->canvas), "mapa");
  adw_combo_row_set_selected (ADW_COMBO_ROW (kp_test_find_widget (GTK_WIDGET (dialog), "map-export-format")), 2);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (kp_test_find_widget (GTK_WIDGET (dialog),
                                                                                      "map-export-width"))),
                     ==, 842);
  g_assert_true (kp_map_export_dialog_write (dialog, pdf, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));

  doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  page = poppler_document_get_page (doc, 0);
  poppler_page_get_size (page, &width, &height);
  g_assert_cmpfloat (width, ==, 842);
  g_assert_cmpfloat (height, ==, 595);
  text = poppler_page_get_text (page);
  g_assert_nonnull (strstr (text, "Mikroregion Podlesí"));
  /* In Czech when the translation is installed, else in English. */
  g_assert_true (strstr (text, "Zdroj: ") != NULL || strstr (text, "Source: ") != NULL);
  g_object_unref (page);
  g_object_unref (doc);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  (void) kp_ui_get_resource ();

#define ADD(path, func) g_test_add ("/kp/ui/map-colours/" path, Fixture, NULL, fixture_setup, \
                                    func, fixture_teardown)
  ADD ("switch-indicator", test_switch_indicator);
  ADD ("export-after-switch", test_export_after_switch);
  ADD ("export-pdf-page", test_export_pdf_page);
#undef ADD
  return g_test_run ();
}
