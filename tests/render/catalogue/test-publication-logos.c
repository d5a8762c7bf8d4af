/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>

#include "kp-catalogue-document.h"
#include "kp-leaflet-document.h"

/* Logos of the catalogue and the leaflets from PNG and SVG images (tests/data/publications/:
 * logo.svg is a pure blue square, drawn through librsvg as vectors). A logo is the image's
 * bytes, as the project keeps them; one that cannot be decoded is refused with its name. */

static char *
logo_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "publications", name, NULL);
}

static KpDocumentLogo *
logo_from_file (const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = logo_path (name);
  KpDocumentLogo  *logo = kp_document_logo_new_from_file (path, &error);

  g_assert_no_error (error);
  return logo;
}

static GBytes *
write_catalogue (const KpCatalogueSnapshot *snapshot,
                 const KpCatalogueOptions  *options,
                 KpRenderResult            *result,
                 GError                   **error)
{
  g_autoptr (KpDocument) document = kp_catalogue_document_new (kp_catalogue_snapshot_copy (snapshot),
                                                               kp_catalogue_options_copy (options));
  GBytes *pdf = kp_document_write_bytes (document, KP_DOCUMENT_FORMAT_PDF, NULL, NULL, error);

  if (pdf != NULL && result != NULL)
    kp_catalogue_document_get_result (KP_CATALOGUE_DOCUMENT (document), result);
  return pdf;
}

static KpCatalogueSnapshot *
build_snapshot (void)
{
  KpCatalogueSnapshot *snapshot = kp_catalogue_snapshot_new ();
  KpCatalogueEntry    *e = kp_catalogue_entry_new ("Pečovatelská služba Lesná", "Město Lesná",
                                                   "99100022");

  kp_catalogue_entry_set_type (e, "pečovatelská služba", "§ 40", KP_SERVICE_FORM_FIELD);
  kp_catalogue_entry_add_target_group (e, "senioři");
  kp_catalogue_entry_set_contacts (e, "+420 999 100 102", NULL, NULL);
  kp_catalogue_snapshot_add_entry (snapshot, e);
  return snapshot;
}

/* Whether page @index, rendered at 1 px per point, has pure blue pixels (the SVG logo). */
static gboolean
page_has_blue (GBytes *pdf,
               int     index)
{
  g_autoptr (GError) error = NULL;
  PopplerDocument *doc = poppler_document_new_from_bytes (pdf, NULL, &error);
  PopplerPage     *page;
  cairo_surface_t *surface;
  cairo_t         *cr;
  double           w, h;
  gboolean         found = FALSE;

  g_assert_no_error (error);
  page = poppler_document_get_page (doc, index);
  poppler_page_get_size (page, &w, &h);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) w, (int) h);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  for (int y = 0; y < (int) h && !found; y++)
    {
      guint32 *row = (guint32 *) (cairo_image_surface_get_data (surface) +
                                  y * cairo_image_surface_get_stride (surface));

      for (int x = 0; x < (int) w && !found; x++)
        found = ((row[x] >> 16) & 0xff) < 40 && ((row[x] >> 8) & 0xff) < 40 && (row[x] & 0xff) > 215;
    }
  cairo_surface_destroy (surface);
  g_object_unref (page);
  g_object_unref (doc);
  return found;
}

static void
test_catalogue_svg (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot ();
  g_autoptr (KpCatalogueOptions) options = kp_catalogue_options_new ("Katalog");
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) without = NULL;
  g_autoptr (GBytes) with = NULL;
  KpRenderResult result = { 0 };

  without = write_catalogue (snapshot, options, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (page_has_blue (without, 0));

  kp_catalogue_options_add_logo (options, logo_from_file ("logo.png"));
  kp_catalogue_options_add_logo (options, logo_from_file ("logo.svg"));
  with = write_catalogue (snapshot, options, &result, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result.n_pages, >, 1);
  g_assert_true (page_has_blue (with, 0));                  /* the cover */
  g_assert_true (page_has_blue (with, result.n_pages - 1)); /* the impressum */
}

static void
test_leaflet_svg (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot ();
  g_autoptr (KpLeafletOptions) options = kp_leaflet_options_new ("Senioři", KP_LEAFLET_A4_TRIFOLD);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) pdf = NULL;
  g_autoptr (KpDocument) document = NULL;

  kp_leaflet_options_add_logo (options, logo_from_file ("logo.svg"));
  document = kp_leaflet_document_new (g_steal_pointer (&snapshot), g_steal_pointer (&options));
  pdf = kp_document_write_bytes (document, KP_DOCUMENT_FORMAT_PDF, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (page_has_blue (pdf, 0) || page_has_blue (pdf, 1));
}

static void
test_bad_svg (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot ();
  g_autoptr (KpCatalogueOptions) options = kp_catalogue_options_new ("Katalog");
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) pdf = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kp-test-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "broken.svg", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.svg", NULL);

  g_assert_true (g_file_set_contents (bad, "<svg xmlns='http://www.w3.org/2000/svg'", -1, NULL));
  kp_catalogue_options_add_logo (options, kp_document_logo_new_from_file (bad, &error));
  g_assert_no_error (error);
  pdf = write_catalogue (snapshot, options, NULL, &error);
  g_assert_null (pdf);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "broken.svg"));
  g_clear_error (&error);

  /* bytes that are not what they claim to be, named in the message */
  g_ptr_array_set_size (options->logos, 0);
  {
    g_autoptr (GBytes) junk = g_bytes_new_static ("GIF89a", 6);

    kp_catalogue_options_add_logo (options, kp_document_logo_new ("erb.png", KP_DOCUMENT_LOGO_PNG,
                                                                  junk));
  }
  pdf = write_catalogue (snapshot, options, NULL, &error);
  g_assert_null (pdf);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "erb.png"));
  g_clear_error (&error);

  /* a file that is not there is refused when it is read */
  g_assert_null (kp_document_logo_new_from_file (missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_remove (bad);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/kp/render/logos/catalogue-svg", test_catalogue_svg);
  g_test_add_func ("/kp/render/logos/leaflet-svg", test_leaflet_svg);
  g_test_add_func ("/kp/render/logos/bad-svg", test_bad_svg);
  return g_test_run ();
}
