/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-leaflet-document.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <poppler.h>
#include <stdio.h>
#include <string.h>

/* Leaflets are written to temporary PDFs and read back with Poppler: exactly the pages
 * they promise, every service shown once, the ones that do not fit left out with a line
 * saying so (and reported), nothing drawn across a fold. KP_TEST_PDF_DIR keeps copies. */

#ifndef KP_HAVE_POPPLER_AUTOPTR
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
#endif

#define TRICKY_NAME "Domov pro seniory Žďár — Péče & Láska <Ústí>"

static const char *const names[] = {
  TRICKY_NAME,
  "Pečovatelská služba Města Žďáru",
  "Tísňová péče Anděl na drátě",
  "Denní stacionář Úsměv",
  "Odlehčovací služba Křižánky",
  "Centrum denních služeb Naděje",
  "Osobní asistence Vysočina",
  "Senior klub Sázava",
};

static KpCatalogueEntry *
make_entry (guint i)
{
  g_autofree char  *name = i < G_N_ELEMENTS (names)
                               ? g_strdup (names[i])
                               : g_strdup_printf ("Služba číslo %u pro seniory", i + 1);
  KpCatalogueEntry *e = kp_catalogue_entry_new (name, "Charita Žďár nad Sázavou", "44990260");

  kp_catalogue_entry_set_type (e, "pečovatelská služba", "§ 40",
                               i % 3 == 0 ? KP_SERVICE_FORM_RESIDENTIAL
                                          : KP_SERVICE_FORM_FIELD | KP_SERVICE_FORM_OUTPATIENT);
  kp_catalogue_entry_add_target_group (e, "senioři");
  kp_catalogue_entry_add_address (e, "Dolní 165/30, 591 01 Žďár nad Sázavou");
  kp_catalogue_entry_set_contacts (e, "+420 566 623 111", "info@charita-zdar.cz",
                                   i % 2 ? "www.charita-zdar.cz" : NULL);
  e->description = g_strdup ("Pomáháme seniorům zůstat doma co nejdéle, s hygienou, nákupy i "
                             "doprovodem k lékaři. Další věta popisu se na leták nevejde.");
  return e;
}

/* The national help lines a project starts with, as its builder adds them (they come from
 * the project, not from render). */
static void
add_helplines (KpCatalogueSnapshot *snapshot)
{
  kp_catalogue_snapshot_add_crisis_line (
      snapshot, kp_crisis_line_new (KP_CRISIS_LINE_HELPLINE, "Linka bezpečí", "116 111",
                                    "nonstop", "Pro děti a studenty do 26 let; zdarma"));
  kp_catalogue_snapshot_add_crisis_line (
      snapshot, kp_crisis_line_new (KP_CRISIS_LINE_HELPLINE, "Linka první psychické pomoci",
                                    "116 123", "nonstop",
                                    "Pro dospělé v krizi a jejich blízké; zdarma"));
}

static KpCatalogueSnapshot *
build_snapshot (guint n)
{
  KpCatalogueSnapshot *snapshot = kp_catalogue_snapshot_new ();

  for (guint i = 0; i < n; i++)
    kp_catalogue_snapshot_add_entry (snapshot, make_entry (i));
  add_helplines (snapshot);
  kp_catalogue_snapshot_add_crisis_line (snapshot,
                                         kp_crisis_line_new (KP_CRISIS_LINE_HELPLINE,
                                                             "Linka seniorů Žďár",
                                                             "+420 566 502 111", "po–pá 8–20",
                                                             NULL));
  return snapshot;
}

/* The leaflet of copies of @snapshot and @options, written as kp_document_write_file() and
 * kp_document_write_bytes() write it; @result is filled in when it succeeds. */
static gboolean
write_leaflet_file (const KpCatalogueSnapshot *snapshot,
                    const KpLeafletOptions    *options,
                    const char                *path,
                    KpRenderResult            *result,
                    GError                   **error)
{
  g_autoptr (KpDocument) document = kp_leaflet_document_new (kp_catalogue_snapshot_copy (snapshot),
                                                             kp_leaflet_options_copy (options));

  if (!kp_document_write_file (document, path, KP_DOCUMENT_FORMAT_PDF, NULL, NULL, error))
    return FALSE;
  kp_leaflet_document_get_result (KP_LEAFLET_DOCUMENT (document), result);
  g_assert_cmpint (kp_document_get_n_pages (document), ==, result->n_pages);
  return TRUE;
}

static GBytes *
write_leaflet_bytes (const KpCatalogueSnapshot *snapshot,
                     const KpLeafletOptions    *options,
                     KpRenderResult            *result,
                     GError                   **error)
{
  g_autoptr (KpDocument) document = kp_leaflet_document_new (kp_catalogue_snapshot_copy (snapshot),
                                                             kp_leaflet_options_copy (options));
  GBytes *bytes = kp_document_write_bytes (document, KP_DOCUMENT_FORMAT_PDF, NULL, NULL, error);

  if (bytes != NULL && result != NULL)
    kp_leaflet_document_get_result (KP_LEAFLET_DOCUMENT (document), result);
  return bytes;
}

static KpLeafletOptions *
build_options (KpLeafletFormat format)
{
  KpLeafletOptions *o = kp_leaflet_options_new ("Senioři a pečující", format);
  g_autofree char  *logo = g_test_build_filename (G_TEST_DIST, "data", "publications",
                                                  "logo.png", NULL);
  g_autoptr (GError) error = NULL;

  o->subtitle = g_strdup ("Kam se obrátit v ORP Žďár nad Sázavou");
  o->introduction = g_strdup ("Leták je pro seniory a pro ty, kdo o ně pečují. Najdete v něm "
                              "služby, které pomohou zůstat doma, i kontakty pro chvíle krize.");
  o->issuer = g_strdup ("Město Žďár nad Sázavou");
  o->year = 2026;
  o->publicity_text = g_strdup ("Projekt je spolufinancován Evropskou unií.");
  o->catalogue_hint = g_strdup ("www.zdarns.cz/katalog");
  kp_leaflet_options_add_contact (o, "Sociální pracovnice MěÚ Žďár nad Sázavou",
                                  "+420 566 688 250", "Žižkova 227/1, po a st 8–17");
  kp_leaflet_options_add_logo (o, kp_document_logo_new_from_file (logo, &error));
  g_assert_no_error (error);
  return o;
}

typedef struct
{
  char            *dir;
  char            *path;
  PopplerDocument *doc;
  KpRenderResult   result;
  char            *text; /* all pages, lines joined */
} Output;

static void
render_output (Output                    *out,
               const KpCatalogueSnapshot *snapshot,
               const KpLeafletOptions    *options,
               const char                *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *uri = NULL;
  GString         *all = g_string_new (NULL);

  out->dir = g_dir_make_tmp ("kp-test-XXXXXX", &error);
  g_assert_no_error (error);
  out->path = g_build_filename (out->dir, name, NULL);
  g_assert_true (write_leaflet_file (snapshot, options, out->path, &out->result, &error));
  g_assert_no_error (error);
  uri = g_filename_to_uri (out->path, NULL, NULL);
  out->doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (out->doc); i++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (out->doc, i);
      g_autofree char *text = poppler_page_get_text (page);

      g_strdelimit (text, "\n", ' ');
      g_string_append_printf (all, "%s ", text);
    }
  out->text = g_string_free (all, FALSE);
  if (g_getenv ("KP_TEST_PDF_DIR") != NULL)
    {
      g_autofree char *contents = NULL;
      gsize            length = 0;
      g_autofree char *copy = g_build_filename (g_getenv ("KP_TEST_PDF_DIR"), name, NULL);

      g_file_get_contents (out->path, &contents, &length, NULL);
      g_file_set_contents (copy, contents, length, NULL);
    }
}

static void
output_clear (Output *out)
{
  g_clear_object (&out->doc);
  g_unlink (out->path);
  g_rmdir (out->dir);
  g_free (out->path);
  g_free (out->dir);
  g_free (out->text);
}

static int
count (const char *haystack,
       const char *needle)
{
  int n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
assert_page_size (Output *out,
                  double  width,
                  double  height)
{
  g_assert_cmpint (poppler_document_get_n_pages (out->doc), ==, 2);
  g_assert_cmpint (out->result.n_pages, ==, 2);
  for (int i = 0; i < 2; i++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (out->doc, i);
      double w, h;

      poppler_page_get_size (page, &w, &h);
      g_assert_cmpfloat_with_epsilon (w, width, 0.1);
      g_assert_cmpfloat_with_epsilon (h, height, 0.1);
    }
}

#define MM(mm) ((mm) *72.0 / 25.4)

/* The panels of the folded A4: the flap that folds in is 97 mm, the others 100 mm; it is
 * the first panel outside (page 0) and the last inside (page 1). */
static void
panel_edges (int     page,
             int     panel,
             double *x1,
             double *x2)
{
  const double  outside[] = { 0, MM (97), MM (197), MM (297) };
  const double  inside[] = { 0, MM (100), MM (200), MM (297) };
  const double *edges = page == 0 ? outside : inside;

  *x1 = edges[panel];
  *x2 = edges[panel + 1];
}

static int
panel_at (int    page,
          int    panels,
          double x,
          double width)
{
  for (int panel = 0; panels == 3 && panel < 3; panel++)
    {
      double x1, x2;

      panel_edges (page, panel, &x1, &x2);
      if (x < x2)
        return panel;
    }
  return (int) (x / (width / panels));
}

/* No character crosses a fold or the edge of the sheet. */
static void
assert_inside_panels (Output *out,
                      int     panels)
{
  for (int i = 0; i < 2; i++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (out->doc, i);
      PopplerRectangle *rects = NULL;
      guint             n = 0;
      double            w, h;

      poppler_page_get_size (page, &w, &h);
      g_assert_true (poppler_page_get_text_layout (page, &rects, &n));
      for (guint c = 0; c < n; c++)
        {
          int left = panel_at (i, panels, rects[c].x1, w);
          int right = panel_at (i, panels, rects[c].x2 - 0.01, w);

          if (rects[c].x2 - rects[c].x1 < 0.01)
            continue;
          g_assert_cmpint (left, ==, right);
          g_assert_cmpfloat (rects[c].x1, >=, 20);
          g_assert_cmpfloat (rects[c].x2, <=, w - 20);
          g_assert_cmpfloat (rects[c].y1, >=, 15);
          g_assert_cmpfloat (rects[c].y2, <=, h - 15);
        }
      g_free (rects);
    }
}

static void
assert_shown_once (Output                    *out,
                   const KpCatalogueSnapshot *snapshot)
{
  int shown = 0;

  for (guint i = 0; i < snapshot->entries->len; i++)
    {
      const KpCatalogueEntry *e = g_ptr_array_index (snapshot->entries, i);
      int                     n = count (out->text, e->name);

      g_assert_cmpint (n, <=, 1);
      /* the first services are shown, the last ones left out */
      g_assert_cmpint (n, ==, (int) i < out->result.n_entries ? 1 : 0);
      shown += n;
    }
  g_assert_cmpint (shown, ==, out->result.n_entries);
  g_assert_cmpint (out->result.n_entries + out->result.n_omitted, ==, snapshot->entries->len);
}

static void
test_trifold (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (5);
  g_autoptr (KpLeafletOptions) options = build_options (KP_LEAFLET_A4_TRIFOLD);
  g_autofree char *title = NULL;
  Output           out = { 0 };

  render_output (&out, snapshot, options, "leaflet-trifold.pdf");
  assert_page_size (&out, 841.89, 595.28);
  assert_inside_panels (&out, 3);
  assert_shown_once (&out, snapshot);
  g_assert_cmpint (out.result.n_omitted, ==, 0);
  g_assert_cmpint (out.result.n_shortened, ==, 0);
  g_assert_cmpint (out.result.n_lines_omitted, ==, 0);
  g_assert_cmpint (count (out.text, TRICKY_NAME), ==, 1);
  g_assert_cmpint (count (out.text, "Pomáháme seniorům zůstat doma"), ==, 5);
  g_assert_null (strstr (out.text, "Další věta popisu"));
  g_assert_nonnull (strstr (out.text, "Linka bezpečí"));
  g_assert_nonnull (strstr (out.text, "116 123"));
  g_assert_nonnull (strstr (out.text, "Linka seniorů Žďár"));
  g_assert_nonnull (strstr (out.text, "Sociální pracovnice MěÚ Žďár nad Sázavou"));
  g_assert_nonnull (strstr (out.text, "Projekt je spolufinancován Evropskou unií."));
  title = poppler_document_get_title (out.doc);
  g_assert_cmpstr (title, ==, "Senioři a pečující");
  output_clear (&out);
}

static void
test_a5 (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (4);
  g_autoptr (KpLeafletOptions) options = build_options (KP_LEAFLET_A5_TWO_SIDED);
  Output out = { 0 };

  render_output (&out, snapshot, options, "leaflet-a5.pdf");
  assert_page_size (&out, 419.53, 595.28);
  assert_inside_panels (&out, 1);
  assert_shown_once (&out, snapshot);
  g_assert_cmpint (out.result.n_omitted, ==, 0);
  g_assert_nonnull (strstr (out.text, "Senioři a pečující"));
  g_assert_nonnull (strstr (out.text, "155"));
  g_assert_nonnull (strstr (out.text, "Linka bezpečí"));

  /* web addresses are links */
  {
    gboolean found = FALSE;

    for (int i = 0; i < 2; i++)
      {
        g_autoptr (PopplerPage) page = poppler_document_get_page (out.doc, i);
        GList *links = poppler_page_get_link_mapping (page);

        for (GList *l = links; l != NULL; l = l->next)
          {
            PopplerLinkMapping *m = l->data;

            if (m->action->type == POPPLER_ACTION_URI &&
                g_str_equal (m->action->uri.uri, "https://www.charita-zdar.cz"))
              found = TRUE;
          }
        poppler_page_free_link_mapping (links);
      }
    g_assert_true (found);
  }
  output_clear (&out);
}

static void
test_overflow (gconstpointer data)
{
  KpLeafletFormat format = GPOINTER_TO_INT (data);
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (40);
  g_autoptr (KpLeafletOptions) options = build_options (format);
  g_autofree char *more = NULL;
  Output           out = { 0 };

  /* hours and fees only in a roomy leaflet */
  for (guint i = 0; i < snapshot->entries->len; i++)
    ((KpCatalogueEntry *) g_ptr_array_index (snapshot->entries, i))->hours = g_strdup ("po–pá");
  render_output (&out, snapshot, options,
                 format == KP_LEAFLET_A4_TRIFOLD ? "leaflet-trifold-full.pdf"
                                                 : "leaflet-a5-full.pdf");
  g_assert_cmpint (out.result.n_pages, ==, 2);
  g_assert_cmpint (poppler_document_get_n_pages (out.doc), ==, 2);
  assert_inside_panels (&out, format == KP_LEAFLET_A4_TRIFOLD ? 3 : 1);
  assert_shown_once (&out, snapshot);
  g_assert_cmpint (out.result.n_omitted, >, 0);
  g_assert_cmpint (out.result.n_entries, >=, 3);
  /* shortened first: no descriptions any more */
  g_assert_cmpint (out.result.n_shortened, ==, out.result.n_entries);
  g_assert_null (strstr (out.text, "Pomáháme seniorům"));
  g_assert_null (strstr (out.text, "Kdy:"));
  more = g_strdup_printf (out.result.n_omitted >= 2 && out.result.n_omitted <= 4
                              ? "Další %d služby jsou v katalogu."
                              : "Dalších %d služeb je v katalogu.",
                          out.result.n_omitted);
  g_assert_cmpint (count (out.text, more), ==, 1);
  g_assert_nonnull (strstr (out.text, "www.zdarns.cz/katalog"));
  output_clear (&out);
}

static void
test_shortened_before_omitted (void)
{
  gboolean seen_full = FALSE, seen_short = FALSE, seen_omitted = FALSE;
  int      last_shown = 0;

  for (guint n = 1; n <= 30; n++)
    {
      g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (n);
      g_autoptr (KpLeafletOptions) options = build_options (KP_LEAFLET_A4_TRIFOLD);
      g_autoptr (GError) error = NULL;
      g_autoptr (GBytes) bytes = NULL;
      KpRenderResult result = { 0 };

      bytes = write_leaflet_bytes (snapshot, options, &result, &error);
      g_assert_no_error (error);
      g_assert_cmpint (result.n_pages, ==, 2);
      g_assert_cmpint (result.n_entries + result.n_omitted, ==, n);
      if (result.n_omitted == 0 && result.n_shortened == 0)
        {
          g_assert_false (seen_short || seen_omitted);
          seen_full = TRUE;
        }
      else if (result.n_omitted == 0)
        {
          g_assert_cmpint (result.n_shortened, >, 0);
          g_assert_cmpint (result.n_shortened, <=, n);
          g_assert_false (seen_omitted);
          seen_short = TRUE;
        }
      else
        {
          /* never fewer services shown than with one service less to show */
          g_assert_cmpint (result.n_entries, >=, last_shown - 1);
          seen_omitted = TRUE;
        }
      last_shown = result.n_entries;
    }
  g_assert_true (seen_full && seen_short && seen_omitted);
}

/* Whether the part of @page_index between @x1 and @x2 (and @y1 to @y2) has any text. */
static gboolean
area_has_text (Output *out,
               int     page_index,
               double  x1,
               double  y1,
               double  x2,
               double  y2)
{
  g_autoptr (PopplerPage) page = poppler_document_get_page (out->doc, page_index);
  PopplerRectangle area = { x1, y1, x2, y2 };
  g_autofree char *text = poppler_page_get_text_for_area (page, &area);

  g_strstrip (text);
  return *text != '\0';
}

/* A few services leave no panel blank: the legend, the catalogue hint and "Moje kontakty"
 * take the panels the services do not need, and the sheet stays one sheet. */
static void
test_few_services (gconstpointer data)
{
  KpLeafletFormat format = GPOINTER_TO_INT (data);
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (2);
  g_autoptr (KpLeafletOptions) options = build_options (format);
  Output out = { 0 };
  double w, h;

  render_output (&out, snapshot, options,
                 format == KP_LEAFLET_A4_TRIFOLD ? "leaflet-few-trifold.pdf" : "leaflet-few-a5.pdf");
  g_assert_cmpint (out.result.n_pages, ==, 2);
  g_assert_cmpint (out.result.n_omitted, ==, 0);
  assert_shown_once (&out, snapshot);
  assert_inside_panels (&out, format == KP_LEAFLET_A4_TRIFOLD ? 3 : 1);
  {
    g_autoptr (PopplerPage) page = poppler_document_get_page (out.doc, 1);

    poppler_page_get_size (page, &w, &h);
  }
  if (format == KP_LEAFLET_A4_TRIFOLD)
    {
      /* every panel of both sides, the cover included */
      for (int p = 0; p < 2; p++)
        for (int panel = 0; panel < 3; panel++)
          {
            double x1, x2;

            panel_edges (p, panel, &x1, &x2);
            g_assert_true (area_has_text (&out, p, x1, 0, x2, h));
          }
      /* the lower halves of the flap and the back */
      for (int panel = 0; panel < 2; panel++)
        {
          double x1, x2;

          panel_edges (0, panel, &x1, &x2);
          g_assert_true (area_has_text (&out, 0, x1, h / 2, x2, h));
        }
      g_assert_nonnull (strstr (out.text, "Vydal: Město Žďár nad Sázavou, 2026."));
    }
  else
    {
      /* the upper half of the back, above the crisis lines */
      g_assert_true (area_has_text (&out, 1, 0, 0, w, h / 2));
    }
  g_assert_cmpint (count (out.text, "Jak číst tento leták"), ==, 1);
  /* the notes area where it has room for lines: always in the folded leaflet */
  if (format == KP_LEAFLET_A4_TRIFOLD)
    g_assert_cmpint (count (out.text, "Moje kontakty"), ==, 1);
  else
    g_assert_cmpint (count (out.text, "Moje kontakty"), <=, 1);
  /* the catalogue hint once, in its own paragraph (no line about services left out) */
  g_assert_cmpint (count (out.text, "www.zdarns.cz/katalog"), ==, 1);
  output_clear (&out);
}

/* The part of @page_index's panel @panel (of 3) between @y1 and @y2 that has no text,
 * as a share of the panel's height, in strips of 10 pt. */
static double
blank_share (Output *out,
             int     page_index,
             int     panel,
             double  y1,
             double  y2)
{
  double x1, x2, blank = 0;

  panel_edges (page_index, panel, &x1, &x2);
  for (double y = y1; y < y2; y += 10)
    blank += area_has_text (out, page_index, x1, y, x2, y + 10) ? 0 : 10;
  return blank / (y2 - y1);
}

/* A few services with their hours and fees, no logos and no publicity text (like the
 * sample project): a roomy leaflet, larger type and the hours and fees shown, and the
 * outside panels filled: the legend on the flap, the impressum at the foot of the back. */
static void
test_roomy (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (3);
  g_autoptr (KpLeafletOptions) options = build_options (KP_LEAFLET_A4_TRIFOLD);
  Output out = { 0 };
  double w, h;

  g_clear_pointer (&options->publicity_text, g_free);
  g_ptr_array_set_size (options->logos, 0);
  for (guint i = 0; i < snapshot->entries->len; i++)
    {
      KpCatalogueEntry *e = g_ptr_array_index (snapshot->entries, i);

      e->hours = g_strdup ("po–pá 7–15.30 h");
      e->fees = g_strdup (i == 0 ? "zdarma" : "podle ceníku");
    }
  render_output (&out, snapshot, options, "leaflet-roomy.pdf");
  assert_page_size (&out, 841.89, 595.28);
  assert_inside_panels (&out, 3);
  assert_shown_once (&out, snapshot);
  g_assert_cmpint (out.result.n_shortened, ==, 0);
  g_assert_cmpint (out.result.n_lines_omitted, ==, 0);
  g_assert_cmpint (count (out.text, "Kdy: po–pá 7–15.30 h"), ==, 3);
  g_assert_cmpint (count (out.text, "Cena: zdarma"), ==, 1);
  g_assert_cmpint (count (out.text, "Moje kontakty"), ==, 1);
  g_assert_cmpint (count (out.text, "Jak číst tento leták"), ==, 1);
  {
    g_autoptr (PopplerPage) page = poppler_document_get_page (out.doc, 0);

    poppler_page_get_size (page, &w, &h);
  }
  /* the flap and the back have text in their lower halves, and no panel of either side is
   * more than about a third blank (the cover's pictograms are not text) */
  for (int panel = 0; panel < 2; panel++)
    {
      double x1, x2;

      panel_edges (0, panel, &x1, &x2);
      g_assert_true (area_has_text (&out, 0, x1, h * 0.6, x2, h));
    }
  g_assert_nonnull (strstr (out.text, "Vydal: Město Žďár nad Sázavou, 2026."));
  for (int p = 0; p < 2; p++)
    for (int panel = 0; panel < 3; panel++)
      if (p == 1 || panel < 2)
        g_assert_cmpfloat (blank_share (&out, p, panel, 20, h - 20), <, 0.4);
  output_clear (&out);
}

/* Cairo 1.16 reads link rectangles in the thread's locale: a Czech LC_NUMERIC (decimal
 * comma) must not break the PDF. */
static void
test_czech_numbers (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (3);
  g_autoptr (KpLeafletOptions) options = build_options (KP_LEAFLET_A5_TWO_SIDED);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  char *old = g_strdup (setlocale (LC_NUMERIC, NULL));

  if (setlocale (LC_NUMERIC, "cs_CZ.UTF-8") == NULL)
    {
      g_free (old);
      g_test_skip ("no cs_CZ.UTF-8 locale");
      return;
    }
  bytes = write_leaflet_bytes (snapshot, options, NULL, &error);
  setlocale (LC_NUMERIC, old);
  g_free (old);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 1000);
}

static void
test_empty (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = kp_catalogue_snapshot_new ();
  g_autoptr (KpLeafletOptions) options = build_options (KP_LEAFLET_A5_TWO_SIDED);
  Output out = { 0 };

  add_helplines (snapshot);
  render_output (&out, snapshot, options, "leaflet-empty.pdf");
  g_assert_cmpint (out.result.n_pages, ==, 2);
  g_assert_cmpint (out.result.n_entries, ==, 0);
  g_assert_nonnull (strstr (out.text, "Senioři a pečující"));
  g_assert_nonnull (strstr (out.text, "116 111"));
  output_clear (&out);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/kp/render/leaflet/trifold", test_trifold);
  g_test_add_func ("/kp/render/leaflet/a5", test_a5);
  g_test_add_data_func ("/kp/render/leaflet/overflow/trifold",
                        GINT_TO_POINTER (KP_LEAFLET_A4_TRIFOLD), test_overflow);
  g_test_add_data_func ("/kp/render/leaflet/overflow/a5",
                        GINT_TO_POINTER (KP_LEAFLET_A5_TWO_SIDED), test_overflow);
  g_test_add_func ("/kp/render/leaflet/shortened-before-omitted", test_shortened_before_omitted);
  g_test_add_func ("/kp/render/leaflet/empty", test_empty);
  g_test_add_data_func ("/kp/render/leaflet/few-services/trifold",
                        GINT_TO_POINTER (KP_LEAFLET_A4_TRIFOLD), test_few_services);
  g_test_add_data_func ("/kp/render/leaflet/few-services/a5",
                        GINT_TO_POINTER (KP_LEAFLET_A5_TWO_SIDED), test_few_services);
  g_test_add_func ("/kp/render/leaflet/roomy", test_roomy);
  g_test_add_func ("/kp/render/leaflet/czech-numbers", test_czech_numbers);
  return g_test_run ();
}
