/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-chart.h"

#include <glib/gstdio.h>
#include <math.h>
#include <poppler.h>
#include <string.h>

/* The charts drawn on an image surface and measured in pixels: bar lengths in proportion
 * to their values, pyramid bars in proportion to each band's share of the population, a
 * spine row's point where its value lies; and the three export formats. */

#define WIDTH  800
#define HEIGHT 600

static cairo_surface_t *
draw (const KpChart *chart)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t         *cr = cairo_create (surface);

  kp_chart_draw (chart, cr, WIDTH, HEIGHT);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  return *(guint32 *) (cairo_image_surface_get_data (surface) +
                       y * cairo_image_surface_get_stride (surface) + 4 * x) &
         0xffffff;
}

/* Pixels of @rgb in row @y. */
static int
count_in_row (cairo_surface_t *surface,
              int              y,
              guint32          rgb)
{
  int n = 0;

  for (int x = 0; x < WIDTH; x++)
    n += pixel (surface, x, y) == rgb;
  return n;
}

/* The rows of the image where @rgb is widest, one per bar: the first row of each run. */
static GArray *
bar_lengths (cairo_surface_t *surface,
             guint32          rgb)
{
  GArray *lengths = g_array_new (FALSE, FALSE, sizeof (int));
  int     previous = 0;

  for (int y = 0; y < HEIGHT; y++)
    {
      int n = count_in_row (surface, y, rgb);

      if (n > 0 && previous == 0)
        {
          /* The middle of the bar, past any antialiased edge. */
          int middle = count_in_row (surface, y + 3, rgb);

          g_array_append_val (lengths, middle);
        }
      previous = n;
    }
  return lengths;
}

static void
test_bars (void)
{
  g_autoptr (KpChart) chart = kp_chart_new (KP_CHART_BARS, "Podíl 65+ podle obcí", NULL);
  cairo_surface_t *surface;
  g_autoptr (GArray) better = NULL;
  g_autoptr (GArray) worse = NULL;

  kp_chart_add_bar (chart, "Lesná", 40.0, "40,0", KP_CHART_TONE_WORSE);
  kp_chart_add_bar (chart, "Skalná", 20.0, "20,0", KP_CHART_TONE_BETTER);
  kp_chart_add_bar (chart, "Dubovice", 10.0, "10,0", KP_CHART_TONE_BETTER);
  surface = draw (chart);
  worse = bar_lengths (surface, kp_chart_tone_get_rgb (KP_CHART_TONE_WORSE));
  better = bar_lengths (surface, kp_chart_tone_get_rgb (KP_CHART_TONE_BETTER));
  g_assert_cmpuint (worse->len, ==, 1);
  g_assert_cmpuint (better->len, ==, 2);
  /* 40 : 20 : 10, to a pixel. */
  g_assert_cmpint (abs (g_array_index (worse, int, 0) - 2 * g_array_index (better, int, 0)), <=, 2);
  g_assert_cmpint (abs (g_array_index (better, int, 0) - 2 * g_array_index (better, int, 1)), <=, 2);
  g_assert_cmpint (g_array_index (worse, int, 0), >, WIDTH / 3);
  cairo_surface_destroy (surface);
}

static void
test_pyramid (void)
{
  g_autoptr (KpChart) chart = kp_chart_new (KP_CHART_PYRAMID, "Věková pyramida", NULL);
  cairo_surface_t *surface;
  guint32          men = 0x4f7fb8, women = 0xd27d6b;
  double           men_sum = 0, women_sum = 0;
  int              runs = 0;

  for (int b = 0; b < KP_CHART_PYRAMID_BANDS; b++)
    {
      chart->bands[0][b] = 100;
      chart->bands[1][b] = b < 9 ? 100 : 300;
      chart->band_labels[b] = g_strdup_printf ("%d", 5 * b);
    }
  chart->series_labels[0] = g_strdup ("Muži");
  chart->series_labels[1] = g_strdup ("Ženy");
  surface = draw (chart);
  /* Each band's bar is as long as its share: men 100 everywhere, women 100 up to 40–44 and
   * 300 above; the bars of a side add up to that side's share, 1 800 : 3 600. */
  for (int y = 0; y < HEIGHT; y++)
    {
      int m = count_in_row (surface, y, men);
      int w = count_in_row (surface, y, women);

      if (m > 20 && w > 20)
        {
          men_sum += m;
          women_sum += w;
          runs++;
        }
    }
  g_assert_cmpint (runs, >, 18);
  g_assert_cmpfloat_with_epsilon (women_sum / men_sum, 2.0, 0.05);
  cairo_surface_destroy (surface);
}

static void
test_spine_row (void)
{
  KpChartSpineRow  row = { "Podíl 65+", "25", 10, 15, 20, 25, 30, 20, 25, KP_CHART_TONE_WORSE,
                           NAN };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 420, 20);
  cairo_t         *cr = cairo_create (surface);
  guint32          red = kp_chart_tone_get_rgb (KP_CHART_TONE_WORSE);
  int              first = -1, last = -1;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  kp_chart_draw_spine_row (&row, cr, 10, 0, 400, 20);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  for (int x = 0; x < 420; x++)
    if ((*(guint32 *) (cairo_image_surface_get_data (surface) +
                       10 * cairo_image_surface_get_stride (surface) + 4 * x) &
         0xffffff) == red)
      {
        if (first < 0)
          first = x;
        last = x;
      }
  /* 25 on a scale from 10 to 30 padded by 4 %: three quarters along, about x = 305. */
  g_assert_cmpint (first, >=, 0);
  g_assert_cmpint (abs ((first + last) / 2 - (10 + (int) (400 * (25 - 9.2) / (30.8 - 9.2)))), <=, 2);
  cairo_surface_destroy (surface);
}

static void
test_export (void)
{
  g_autoptr (KpChart) chart = kp_chart_new (KP_CHART_BARS, "Pokrytí službami: Žďárec",
                                            "Registr MPSV");
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kp-test-XXXXXX", &error);
  g_autofree char *png = g_build_filename (dir, "graf.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "graf.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "graf.pdf", NULL);
  g_autofree char *uri = NULL;
  g_autofree char *text = NULL;
  PopplerDocument *document;
  PopplerPage     *page;
  cairo_surface_t *image;

  kp_chart_add_bar (chart, "domovy pro seniory – lůžka", 14.8, "14,8", KP_CHART_TONE_NEUTRAL);
  g_assert_true (kp_chart_export (chart, KP_CHART_FORMAT_PNG, png, 640, 480, &error));
  g_assert_true (kp_chart_export (chart, KP_CHART_FORMAT_SVG, svg, 640, 480, &error));
  g_assert_true (kp_chart_export (chart, KP_CHART_FORMAT_PDF, pdf, 640, 480, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 640);
  cairo_surface_destroy (image);
  uri = g_filename_to_uri (pdf, NULL, &error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  page = poppler_document_get_page (document, 0);
  text = poppler_page_get_text (page);
  g_assert_nonnull (strstr (text, "Pokrytí službami: Žďárec"));
  g_assert_nonnull (strstr (text, "lůžka"));
  g_object_unref (page);
  g_object_unref (document);
  g_remove (png);
  g_remove (svg);
  g_remove (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/kp/chart/bars", test_bars);
  g_test_add_func ("/kp/chart/pyramid", test_pyramid);
  g_test_add_func ("/kp/chart/spine-row", test_spine_row);
  g_test_add_func ("/kp/chart/export", test_export);
  return g_test_run ();
}
