/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "test-catalogue-common.h"
#include "kp-document-flow.h"

#include <string.h>

/* How the catalogue breaks into pages: long lists of lines, text kept inside the margins,
 * and the flow's rules against widows and lonely headings. */

/* Many local lines break over pages; every number stays with its line. */
static void
test_many_lines (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (FALSE);
  g_autoptr (KpCatalogueOptions) options = build_options (KP_CATALOGUE_BY_TARGET_GROUP,
                                                          KP_PAGE_SIZE_A5);
  Output           out = { 0 };
  g_autofree char *all = NULL;

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *name = g_strdup_printf ("Poradna Třebíč %c%c", 'A' + i / 26, 'a' + i % 26);
      g_autofree char *phone = g_strdup_printf ("+420 800 100 %03u", i);

      kp_catalogue_snapshot_add_crisis_line (snapshot,
                                             kp_crisis_line_new (KP_CRISIS_LINE_HELPLINE, name,
                                                                 phone, "po–pá 8–16", NULL));
    }
  render_output (&out, snapshot, options, "catalogue-lines.pdf");
  all = join_pages (&out, 1, out.result.n_pages + 1);
  g_assert_cmpint (out.result.n_pages, >=, 7);
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *phone = g_strdup_printf ("+420 800 100 %03u", i);
      int              page = 0;

      g_assert_cmpint (count (all, phone), ==, 1);
      /* the number and its line's name are on the same page */
      for (int p = 0; p < out.result.n_pages; p++)
        if (strstr (out.pages[p], phone) != NULL)
          page = p;
      {
        g_autofree char *name = g_strdup_printf ("Poradna Třebíč %c%c", 'A' + i / 26,
                                                 'a' + i % 26);

        g_assert_nonnull (strstr (out.pages[page], name));
      }
    }
  output_clear (&out);
}

static void
test_text_inside_pages (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (TRUE);
  g_autoptr (KpCatalogueOptions) options = build_options (KP_CATALOGUE_BY_TARGET_GROUP,
                                                          KP_PAGE_SIZE_A5);
  Output out = { 0 };

  render_output (&out, snapshot, options, "catalogue-a5.pdf");
  for (int p = 0; p < out.result.n_pages; p++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (out.doc, p);
      PopplerRectangle *rects = NULL;
      guint             n = 0;
      double            w, h;

      poppler_page_get_size (page, &w, &h);
      g_assert_true (poppler_page_get_text_layout (page, &rects, &n));
      for (guint i = 0; i < n; i++)
        {
          /* inside the margins of 15 mm left and right; nothing below the footer */
          g_assert_cmpfloat (rects[i].x1, >=, 40);
          g_assert_cmpfloat (rects[i].x2, <=, w - 40);
          g_assert_cmpfloat (rects[i].y2, <=, h - 20);
        }
      g_free (rects);
    }
  output_clear (&out);
}

typedef struct
{
  int    page[16];
  double y[16];
} Placed;

static void
record_row (KpFlow  *flow,
            int      row,
            double   y,
            gpointer data)
{
  Placed *placed = data;

  if (row >= 0)
    {
      placed->page[row] = flow->page;
      placed->y[row] = y;
    }
}

/* A paragraph longer than what is left of a page keeps two lines on either side of the
 * break; a heading does not stay alone at the foot of a page. */
static void
test_flow_widows (void)
{
  g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (KpFlowRow));
  KpFlow    flow;
  Placed    placed = { { 0 } };
  KpFlowRow filler = { 85, 0 };
  KpFlowRow heading = { 20, KP_FLOW_ROW_GLUE };

  /* a frame of 100 points holding 10 lines of 10 */
  kp_flow_init (&flow, 1, 0, 100, NULL, NULL);
  kp_flow_place (&flow, &filler, 1, 0, 0, record_row, &placed);
  /* 15 points left: only one line would fit, so both start the next page */
  kp_flow_rows_add_lines (rows, 11, 10, 0);
  kp_flow_place (&flow, (KpFlowRow *) rows->data, rows->len, 0, 0, record_row, &placed);
  g_assert_cmpint (placed.page[0], ==, 2);
  g_assert_cmpint (placed.page[1], ==, 2);
  g_assert_cmpfloat (placed.y[0], ==, 0);
  /* 11 lines over a 10-line page: the last line does not go on alone */
  g_assert_cmpint (placed.page[8], ==, 2);
  g_assert_cmpint (placed.page[9], ==, 3);
  g_assert_cmpint (placed.page[10], ==, 3);
  g_assert_cmpfloat (placed.y[9], ==, 0);

  /* a heading at the foot of a page moves on with the first lines after it */
  g_array_set_size (rows, 0);
  kp_flow_init (&flow, 1, 0, 100, NULL, NULL);
  kp_flow_place (&flow, &filler, 1, 0, 0, record_row, &placed);
  filler.height = 60;
  kp_flow_place (&flow, &filler, 1, 0, 0, record_row, &placed);
  kp_flow_rows_add_lines (rows, 4, 10, 0);
  kp_flow_place (&flow, &heading, 1,
                 kp_flow_lead_height (&flow, (KpFlowRow *) rows->data, rows->len, heading.height),
                 0, record_row, &placed);
  g_assert_cmpint (placed.page[0], ==, 3);
  kp_flow_place (&flow, (KpFlowRow *) rows->data, rows->len, 0, 0, record_row, &placed);
  g_assert_cmpint (placed.page[0], ==, 3);
  g_assert_cmpfloat (placed.y[0], ==, 20);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/kp/render/catalogue/many-lines", test_many_lines);
  g_test_add_func ("/kp/render/catalogue/text-inside-pages", test_text_inside_pages);
  g_test_add_func ("/kp/render/catalogue/flow-widows", test_flow_widows);
  return g_test_run ();
}
