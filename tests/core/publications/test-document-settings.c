/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kp-database.h"
#include "kp-error.h"
#include "kp-project-private.h"
#include "kp-service-network.h"
#include "kp-project.h"
#include "kp-publications.h"
#include "kp-test-utils.h"

/* The settings of a project's documents (kp-publications.h): texts set, replaced and taken
 * back to their default; the catalogue's and the leaflets' own choices; logos kept inside
 * the project file; how each is printed; all of it there again after the file is reopened;
 * bad values refused with nothing changed; never on the undo stack; a copy that writes
 * nothing; the module that holds them made on first use. */

/* The migration that made the settings typed. */
#define DOCUMENTS_VERSION 6

typedef struct
{
  char      *dir;
  char      *path;
  KpProject *project;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "sample.komplan", NULL);
  fixture->project = kp_project_create_sample (fixture->path, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->project);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static void
reopen (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;

  g_assert_finalize_object (g_steal_pointer (&fixture->project));
  fixture->project = kp_project_open (fixture->path, &error);
  g_assert_no_error (error);
}

static KpPublications *
publications (Fixture *fixture)
{
  return kp_project_get_publications (fixture->project);
}

static KpDocumentSettings *
catalogue (Fixture *fixture)
{
  return KP_DOCUMENT_SETTINGS (kp_publications_get_catalogue (publications (fixture)));
}

static KpDocumentSettings *
leaflet (Fixture    *fixture,
         const char *group)
{
  return KP_DOCUMENT_SETTINGS (kp_publications_get_leaflet (publications (fixture), group));
}

static GBytes *
read_fixture (const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "publications", name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GBytes *bytes = g_file_load_bytes (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}

static void
on_changed_cb (KpDocumentSettings *settings,
               int                *count)
{
  (*count)++;
}

static void
test_texts (Fixture      *fixture,
            gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KpDocumentSettings *s = catalogue (fixture);
  int                 changes = 0;

  g_assert_cmpint (kp_database_latest_version (KP_DATABASE_KIND_PROJECT), >=, DOCUMENTS_VERSION);
  g_assert_true (kp_document_settings_get_is_stored (s));
  g_assert_cmpint (kp_document_settings_get_kind (s), ==, KP_DOCUMENT_KIND_CATALOGUE);
  g_assert_cmpstr (kp_document_settings_get_variant (s), ==, "");
  /* the same object each time */
  g_assert_true (s == catalogue (fixture));
  g_assert_null (kp_document_settings_get_text (s, KP_DOCUMENT_TEXT_TITLE));
  g_assert_cmpint (kp_document_settings_get_year (s), ==, 0);
  g_signal_connect (s, "changed", G_CALLBACK (on_changed_cb), &changes);

  g_assert_true (kp_document_settings_set_text (s, KP_DOCUMENT_TEXT_TITLE,
                                                "Průvodce sociálními službami", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kp_document_settings_get_text (s, KP_DOCUMENT_TEXT_TITLE), ==,
                   "Průvodce sociálními službami");
  g_assert_cmpint (changes, ==, 1);
  /* the same value again changes nothing */
  g_assert_true (kp_document_settings_set_text (s, KP_DOCUMENT_TEXT_TITLE,
                                                "Průvodce sociálními službami", &error));
  g_assert_cmpint (changes, ==, 1);

  /* replaced, not added */
  g_assert_true (kp_document_settings_set_text (s, KP_DOCUMENT_TEXT_TITLE, "Katalog Podlesí",
                                                &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kp_document_settings_get_text (s, KP_DOCUMENT_TEXT_TITLE), ==,
                   "Katalog Podlesí");

  /* an empty text is a value, not a removal */
  g_assert_true (kp_document_settings_set_text (s, KP_DOCUMENT_TEXT_SUBTITLE, "", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kp_document_settings_get_text (s, KP_DOCUMENT_TEXT_SUBTITLE), ==, "");

  /* quotes and SQL-looking text are kept as they are */
  g_assert_true (kp_document_settings_set_text (s, KP_DOCUMENT_TEXT_INTRODUCTION,
                                                "Řádek 1\n\n'; DROP TABLE document; --", &error));
  g_assert_no_error (error);
  g_assert_true (kp_document_settings_set_year (s, 2027, &error));
  g_assert_no_error (error);

  g_assert_true (kp_document_settings_set_text (s, KP_DOCUMENT_TEXT_TITLE, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (kp_document_settings_get_text (s, KP_DOCUMENT_TEXT_TITLE));
  /* back to the default twice is fine */
  g_assert_true (kp_document_settings_set_text (s, KP_DOCUMENT_TEXT_TITLE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (changes, ==, 6);

  /* not an undo step */
  g_assert_false (kp_project_get_can_undo (fixture->project));

  reopen (fixture);
  s = catalogue (fixture);
  g_assert_null (kp_document_settings_get_text (s, KP_DOCUMENT_TEXT_TITLE));
  g_assert_cmpstr (kp_document_settings_get_text (s, KP_DOCUMENT_TEXT_SUBTITLE), ==, "");
  g_assert_cmpstr (kp_document_settings_get_text (s, KP_DOCUMENT_TEXT_INTRODUCTION), ==,
                   "Řádek 1\n\n'; DROP TABLE document; --");
  g_assert_cmpint (kp_document_settings_get_year (s), ==, 2027);
  g_assert_null (kp_document_settings_get_text (s, KP_DOCUMENT_TEXT_ISSUER));
}

/* Each document has its own settings; the choices of the catalogue and of the leaflets, and
 * which document the view shows, are there again after reopening. */
static void
test_survives_reopen (Fixture      *fixture,
                      gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char     *big = g_strnfill (KP_DOCUMENT_TEXT_MAX_LENGTH, 'x');
  KpPublications      *p = publications (fixture);
  KpCatalogueSettings *c = kp_publications_get_catalogue (p);
  KpLeafletSettings   *crisis = kp_publications_get_leaflet (p, "crisis");

  g_assert_cmpint (kp_publications_get_shown_kind (p), ==, KP_DOCUMENT_KIND_CATALOGUE);
  g_assert_null (kp_publications_get_shown_leaflet (p));
  g_assert_cmpint (kp_catalogue_settings_get_paper (c), ==, KP_PAGE_SIZE_A4);
  g_assert_cmpint (kp_catalogue_settings_get_structure (c), ==, KP_CATALOGUE_BY_TARGET_GROUP);
  g_assert_true (kp_catalogue_settings_get_registered (c));
  g_assert_true (kp_catalogue_settings_get_local (c));
  g_assert_cmpint (kp_leaflet_settings_get_format (crisis), ==, KP_LEAFLET_A4_TRIFOLD);
  g_assert_cmpstr (kp_leaflet_settings_get_group (crisis), ==, "crisis");

  g_assert_true (kp_publications_set_shown_kind (p, KP_DOCUMENT_KIND_LEAFLET, &error));
  g_assert_true (kp_publications_set_shown_leaflet (p, "crisis", &error));
  g_assert_true (kp_catalogue_settings_set_paper (c, KP_PAGE_SIZE_A5, &error));
  g_assert_true (kp_catalogue_settings_set_structure (c, KP_CATALOGUE_BY_PROVIDER, &error));
  g_assert_true (kp_catalogue_settings_set_local (c, FALSE, &error));
  g_assert_true (kp_catalogue_settings_set_type_code (c, "DruhSocialniSluzby/13", &error));
  g_assert_true (kp_catalogue_settings_set_target_group (c, "senioři", &error));
  g_assert_true (kp_catalogue_settings_set_form (c, KP_SERVICE_FORM_FIELD, &error));
  g_assert_true (kp_leaflet_settings_set_format (crisis, KP_LEAFLET_A5_TWO_SIDED, &error));
  g_assert_true (kp_document_settings_set_text (KP_DOCUMENT_SETTINGS (crisis),
                                                KP_DOCUMENT_TEXT_ISSUER, "Obec Lesná", &error));
  /* exactly the limit is accepted */
  g_assert_true (kp_document_settings_set_text (KP_DOCUMENT_SETTINGS (c),
                                                KP_DOCUMENT_TEXT_INTRODUCTION, big, &error));
  g_assert_no_error (error);
  g_assert_false (kp_project_get_can_undo (fixture->project));

  reopen (fixture);
  p = publications (fixture);
  c = kp_publications_get_catalogue (p);
  crisis = kp_publications_get_leaflet (p, "crisis");
  g_assert_cmpint (kp_publications_get_shown_kind (p), ==, KP_DOCUMENT_KIND_LEAFLET);
  g_assert_cmpstr (kp_publications_get_shown_leaflet (p), ==, "crisis");
  g_assert_cmpint (kp_catalogue_settings_get_paper (c), ==, KP_PAGE_SIZE_A5);
  g_assert_cmpint (kp_catalogue_settings_get_structure (c), ==, KP_CATALOGUE_BY_PROVIDER);
  g_assert_true (kp_catalogue_settings_get_registered (c));
  g_assert_false (kp_catalogue_settings_get_local (c));
  g_assert_cmpstr (kp_catalogue_settings_get_type_code (c), ==, "DruhSocialniSluzby/13");
  g_assert_cmpstr (kp_catalogue_settings_get_target_group (c), ==, "senioři");
  g_assert_cmpint (kp_catalogue_settings_get_form (c), ==, KP_SERVICE_FORM_FIELD);
  g_assert_cmpstr (kp_document_settings_get_text (KP_DOCUMENT_SETTINGS (c),
                                                  KP_DOCUMENT_TEXT_INTRODUCTION),
                   ==, big);
  g_assert_cmpint (kp_leaflet_settings_get_format (crisis), ==, KP_LEAFLET_A5_TWO_SIDED);
  g_assert_cmpstr (kp_document_settings_get_text (KP_DOCUMENT_SETTINGS (crisis),
                                                  KP_DOCUMENT_TEXT_ISSUER),
                   ==, "Obec Lesná");
  /* another group's leaflet has its own settings */
  g_assert_null (kp_document_settings_get_text (leaflet (fixture, "seniors"),
                                                KP_DOCUMENT_TEXT_ISSUER));
  g_assert_cmpint (kp_leaflet_settings_get_format (KP_LEAFLET_SETTINGS (leaflet (fixture, "seniors"))),
                   ==, KP_LEAFLET_A4_TRIFOLD);
  g_assert_null (kp_document_settings_get_text (KP_DOCUMENT_SETTINGS (c), KP_DOCUMENT_TEXT_TITLE));

  /* "all" again */
  g_assert_true (kp_catalogue_settings_set_type_code (c, NULL, &error));
  g_assert_true (kp_catalogue_settings_set_form (c, KP_SERVICE_FORM_NONE, &error));
  g_assert_no_error (error);
  reopen (fixture);
  c = kp_publications_get_catalogue (publications (fixture));
  g_assert_null (kp_catalogue_settings_get_type_code (c));
  g_assert_cmpint (kp_catalogue_settings_get_form (c), ==, KP_SERVICE_FORM_NONE);
}

static void
test_refuses_bad_values (Fixture      *fixture,
                         gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char    *too_long = g_strnfill (KP_DOCUMENT_TEXT_MAX_LENGTH + 1, 'x');
  const char          invalid[] = { 'K', 'a', 't', (char) 0xC3, (char) 0x28, 'x', '\0' };
  KpDocumentSettings *s = catalogue (fixture);
  int                 changes = 0;

  g_assert_true (kp_document_settings_set_text (s, KP_DOCUMENT_TEXT_TITLE, "Katalog", &error));
  g_assert_no_error (error);
  g_signal_connect (s, "changed", G_CALLBACK (on_changed_cb), &changes);

  g_assert_false (kp_document_settings_set_text (s, KP_DOCUMENT_TEXT_TITLE, invalid, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (kp_document_settings_get_text (s, KP_DOCUMENT_TEXT_TITLE), ==, "Katalog");

  g_assert_false (kp_document_settings_set_text (s, KP_DOCUMENT_TEXT_TITLE, too_long, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "64"));
  g_clear_error (&error);
  g_assert_cmpstr (kp_document_settings_get_text (s, KP_DOCUMENT_TEXT_TITLE), ==, "Katalog");

  /* a refused new text is not kept either */
  g_assert_false (kp_document_settings_set_text (s, KP_DOCUMENT_TEXT_SUBTITLE, too_long, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (kp_document_settings_get_text (s, KP_DOCUMENT_TEXT_SUBTITLE));

  g_assert_false (kp_document_settings_set_year (s, 1999, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2100"));
  g_clear_error (&error);
  g_assert_cmpint (kp_document_settings_get_year (s), ==, 0);
  g_assert_cmpint (changes, ==, 0);

  reopen (fixture);
  s = catalogue (fixture);
  g_assert_cmpstr (kp_document_settings_get_text (s, KP_DOCUMENT_TEXT_TITLE), ==, "Katalog");
  g_assert_null (kp_document_settings_get_text (s, KP_DOCUMENT_TEXT_SUBTITLE));
}

static char *
logo_names (KpDocumentSettings *settings)
{
  GListModel *logos = kp_document_settings_get_logos (settings);
  GString    *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (logos); i++)
    {
      g_autoptr (KpLogo) logo = g_list_model_get_item (logos, i);

      g_string_append_printf (names, "%s%s", i > 0 ? "," : "", kp_logo_get_file_name (logo));
    }
  return g_string_free (names, FALSE);
}

/* Logos are the images themselves, kept inside the project file in their order: the file
 * they came from may go, the project prints the same. */
static void
test_logos (Fixture      *fixture,
            gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) png = read_fixture ("logo.png");
  g_autoptr (GBytes) svg = read_fixture ("logo.svg");
  g_autofree char *copied = g_build_filename (fixture->dir, "erb obce.svg", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (copied);
  g_autofree char    *names = NULL;
  KpDocumentSettings *s = catalogue (fixture);
  GListModel         *logos = kp_document_settings_get_logos (s);

  g_assert_cmpuint (g_list_model_get_n_items (logos), ==, 0);
  g_assert_true (kp_document_settings_add_logo (s, "eu.png", png, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (copied, g_bytes_get_data (svg, NULL),
                                      (gssize) g_bytes_get_size (svg), NULL));
  g_assert_true (kp_document_settings_add_logo_file (s, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (kp_document_settings_add_logo (s, "mas.png", png, &error));
  g_assert_no_error (error);
  names = logo_names (s);
  g_assert_cmpstr (names, ==, "eu.png,erb obce.svg,mas.png");
  g_clear_pointer (&names, g_free);
  {
    g_autoptr (KpLogo) logo = g_list_model_get_item (logos, 1);

    g_assert_cmpstr (kp_logo_get_media_type (logo), ==, KP_LOGO_SVG);
    g_assert_true (g_bytes_equal (kp_logo_get_data (logo), svg));
  }
  g_assert_true (kp_document_settings_remove_logo (s, 0, &error));
  g_assert_no_error (error);
  /* the file is gone; the project keeps the image */
  g_assert_cmpint (g_remove (copied), ==, 0);
  /* another document has its own logos */
  g_assert_cmpuint (g_list_model_get_n_items (kp_document_settings_get_logos (leaflet (fixture, "seniors"))),
                    ==, 0);
  g_assert_false (kp_project_get_can_undo (fixture->project));

  reopen (fixture);
  s = catalogue (fixture);
  names = logo_names (s);
  g_assert_cmpstr (names, ==, "erb obce.svg,mas.png");
  {
    g_autoptr (KpLogo) logo = g_list_model_get_item (kp_document_settings_get_logos (s), 0);

    g_assert_cmpstr (kp_logo_get_media_type (logo), ==, KP_LOGO_SVG);
    g_assert_true (g_bytes_equal (kp_logo_get_data (logo), svg));
  }
  /* added after the others, also after a removal and a reopening */
  g_assert_true (kp_document_settings_add_logo (s, "eu.png", png, &error));
  g_assert_true (kp_document_settings_remove_logo (s, 0, &error));
  g_assert_no_error (error);
  reopen (fixture);
  g_clear_pointer (&names, g_free);
  names = logo_names (catalogue (fixture));
  g_assert_cmpstr (names, ==, "mas.png,eu.png");
}

/* Only PNG or SVG images of at most 5 MiB are kept; the message names the file. */
static void
test_logo_checks (Fixture      *fixture,
                  gconstpointer data)
{
  static const char *const svgs[] = {
    "<svg xmlns='http://www.w3.org/2000/svg' width='4' height='4'/>",
    "\xef\xbb\xbf<?xml version='1.0' encoding='UTF-8'?>\n<!-- Erb -->\n"
    "<!DOCTYPE svg PUBLIC '-//W3C//DTD SVG 1.1//EN' 'http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd'>\n"
    "<svg\n  xmlns='http://www.w3.org/2000/svg'></svg>",
    "<svg:svg xmlns:svg='http://www.w3.org/2000/svg'></svg:svg>",
  };
  static const char *const not_logos[] = {
    "GIF89a\x01\x00\x01\x00",
    "<html><body><svg></svg></body></html>",
    "<svgx/>",
    "just text",
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) empty = g_bytes_new (NULL, 0);
  g_autoptr (GBytes) huge = NULL;
  g_autofree char *huge_path = g_build_filename (fixture->dir, "obrovske-logo.png", NULL);
  g_autofree char *missing_path = g_build_filename (fixture->dir, "chybi.png", NULL);
  g_autoptr (GFile) huge_file = g_file_new_for_path (huge_path);
  g_autoptr (GFile) missing_file = g_file_new_for_path (missing_path);
  KpDocumentSettings *s = catalogue (fixture);
  guint8             *big = g_malloc0 (KP_LOGO_MAX_SIZE + 1);

  for (guint i = 0; i < G_N_ELEMENTS (svgs); i++)
    {
      g_autoptr (GBytes) bytes = g_bytes_new_static (svgs[i], strlen (svgs[i]));
      g_autoptr (KpLogo) logo = kp_logo_new ("erb.svg", bytes, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (kp_logo_get_media_type (logo), ==, KP_LOGO_SVG);
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_logos); i++)
    {
      g_autoptr (GBytes) bytes = g_bytes_new_static (not_logos[i], strlen (not_logos[i]));

      g_assert_null (kp_logo_new ("obrazek.gif", bytes, &error));
      g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "obrazek.gif"));
      g_clear_error (&error);
    }
  g_assert_null (kp_logo_new ("prazdne.png", empty, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  /* a compressed SVG is kept uncompressed; compressed anything else is refused */
  {
    g_autoptr (GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, -1);
    g_autoptr (GBytes) plain = g_bytes_new_static (svgs[0], strlen (svgs[0]));
    g_autoptr (GInputStream) in = g_memory_input_stream_new_from_bytes (plain);
    g_autoptr (GInputStream) zipped = g_converter_input_stream_new (in, G_CONVERTER (compressor));
    g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
    g_autoptr (GBytes) svgz = NULL;
    g_autoptr (KpLogo) logo = NULL;

    g_output_stream_splice (out, zipped, G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                            NULL, &error);
    g_assert_no_error (error);
    svgz = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
    logo = kp_logo_new ("erb.svgz", svgz, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (kp_logo_get_media_type (logo), ==, KP_LOGO_SVG);
    g_assert_true (g_bytes_equal (kp_logo_get_data (logo), plain));
  }

  /* 5 MiB is the most; a larger file is refused before it is all read */
  memcpy (big, "\x89PNG\r\n\x1a\n", 8);
  huge = g_bytes_new_take (big, KP_LOGO_MAX_SIZE + 1);
  g_assert_null (kp_logo_new ("obrovske-logo.png", huge, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "5"));
  g_clear_error (&error);
  {
    g_autoptr (GBytes) most = g_bytes_new_from_bytes (huge, 0, KP_LOGO_MAX_SIZE);
    g_autoptr (KpLogo) logo = kp_logo_new ("velke-logo.png", most, &error);

    g_assert_no_error (error);
  }
  g_assert_true (g_file_set_contents (huge_path, g_bytes_get_data (huge, NULL),
                                      (gssize) g_bytes_get_size (huge), NULL));
  g_assert_false (kp_document_settings_add_logo_file (s, huge_file, NULL, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "obrovske-logo.png"));
  g_clear_error (&error);
  g_assert_false (kp_document_settings_add_logo_file (s, missing_file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (kp_document_settings_get_logos (s)), ==, 0);
}

/* A copy has every value and writes nothing: komplan-cli's options change one for a run. */
static void
test_copy (Fixture      *fixture,
           gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) png = read_fixture ("logo.png");
  g_autoptr (KpDocumentSettings) copy = NULL;
  g_autoptr (KpDocumentSettings) leaflet_copy = NULL;
  KpDocumentSettings *s = catalogue (fixture);

  g_assert_true (kp_document_settings_set_text (s, KP_DOCUMENT_TEXT_TITLE, "Katalog Lesná", &error));
  g_assert_true (kp_catalogue_settings_set_structure (KP_CATALOGUE_SETTINGS (s),
                                                      KP_CATALOGUE_BY_SERVICE_TYPE, &error));
  g_assert_true (kp_document_settings_add_logo (s, "eu.png", png, &error));
  g_assert_no_error (error);

  copy = kp_document_settings_copy (s);
  g_assert_true (KP_IS_CATALOGUE_SETTINGS (copy));
  g_assert_false (kp_document_settings_get_is_stored (copy));
  g_assert_cmpstr (kp_document_settings_get_text (copy, KP_DOCUMENT_TEXT_TITLE), ==,
                   "Katalog Lesná");
  g_assert_cmpint (kp_catalogue_settings_get_structure (KP_CATALOGUE_SETTINGS (copy)), ==,
                   KP_CATALOGUE_BY_SERVICE_TYPE);
  g_assert_cmpuint (g_list_model_get_n_items (kp_document_settings_get_logos (copy)), ==, 1);

  g_assert_true (kp_document_settings_set_text (copy, KP_DOCUMENT_TEXT_TITLE, "Jiný", &error));
  g_assert_true (kp_catalogue_settings_set_paper (KP_CATALOGUE_SETTINGS (copy), KP_PAGE_SIZE_A5,
                                                  &error));
  g_assert_true (kp_document_settings_remove_logo (copy, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kp_document_settings_get_text (s, KP_DOCUMENT_TEXT_TITLE), ==, "Katalog Lesná");

  leaflet_copy = kp_document_settings_copy (leaflet (fixture, "families"));
  g_assert_true (kp_leaflet_settings_set_format (KP_LEAFLET_SETTINGS (leaflet_copy),
                                                 KP_LEAFLET_A5_TWO_SIDED, &error));
  g_assert_no_error (error);

  reopen (fixture);
  s = catalogue (fixture);
  g_assert_cmpstr (kp_document_settings_get_text (s, KP_DOCUMENT_TEXT_TITLE), ==, "Katalog Lesná");
  g_assert_cmpint (kp_catalogue_settings_get_paper (KP_CATALOGUE_SETTINGS (s)), ==,
                   KP_PAGE_SIZE_A4);
  g_assert_cmpuint (g_list_model_get_n_items (kp_document_settings_get_logos (s)), ==, 1);
  g_assert_cmpint (kp_leaflet_settings_get_format (KP_LEAFLET_SETTINGS (leaflet (fixture, "families"))),
                   ==, KP_LEAFLET_A4_TRIFOLD);
}

static void
count_changes (KpDocumentSettings *settings,
               int                *changes)
{
  (*changes)++;
}

/* For print and large print: off by default, each document's own, written at once, never
 * undone, there again after reopening, kept in a copy that writes nothing. */
static void
test_print_options (Fixture      *fixture,
                    gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpDocumentSettings) copy = NULL;
  KpDocumentSettings *c = catalogue (fixture);
  KpDocumentSettings *seniors = leaflet (fixture, "seniors");
  int                 changes = 0;

  g_assert_false (kp_document_settings_get_for_print (c));
  g_assert_false (kp_document_settings_get_large_print (c));
  g_assert_false (kp_document_settings_get_for_print (seniors));
  g_assert_false (kp_document_settings_get_large_print (seniors));

  g_signal_connect (c, "changed", G_CALLBACK (count_changes), &changes);
  g_assert_true (kp_document_settings_set_for_print (c, TRUE, &error));
  g_assert_true (kp_document_settings_set_for_print (c, TRUE, &error));
  g_assert_true (kp_document_settings_set_large_print (c, TRUE, &error));
  g_assert_true (kp_document_settings_set_large_print (seniors, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (changes, ==, 2);
  g_signal_handlers_disconnect_by_func (c, count_changes, &changes);
  g_assert_false (kp_project_get_can_undo (fixture->project));

  copy = kp_document_settings_copy (seniors);
  g_assert_true (kp_document_settings_get_large_print (copy));
  g_assert_false (kp_document_settings_get_for_print (copy));
  g_assert_true (kp_document_settings_set_for_print (copy, TRUE, &error));
  g_assert_true (kp_document_settings_set_large_print (copy, FALSE, &error));
  g_assert_no_error (error);

  reopen (fixture);
  c = catalogue (fixture);
  seniors = leaflet (fixture, "seniors");
  g_assert_true (kp_document_settings_get_for_print (c));
  g_assert_true (kp_document_settings_get_large_print (c));
  g_assert_false (kp_document_settings_get_for_print (seniors));
  g_assert_true (kp_document_settings_get_large_print (seniors));
  g_assert_false (kp_document_settings_get_large_print (leaflet (fixture, "families")));

  g_assert_true (kp_document_settings_set_for_print (c, FALSE, &error));
  g_assert_no_error (error);
  reopen (fixture);
  g_assert_false (kp_document_settings_get_for_print (catalogue (fixture)));
  g_assert_true (kp_document_settings_get_large_print (catalogue (fixture)));
}

static void
on_project_changed_cb (KpProject *project,
                       KpChanges *changes,
                       int       *count)
{
  (*count)++;
}

/* The settings are a module of the project, made when first asked for, not when the
 * project opens; what they write is no undo step and no "changed". */
static void
test_module_on_first_use (Fixture      *fixture,
                          gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KpPublications *module;
  int             changed = 0;

  reopen (fixture);
  g_assert_null (kp_project_peek_module (fixture->project, KP_TYPE_PUBLICATIONS));
  module = publications (fixture);
  g_assert_true (KP_IS_PROJECT_MODULE (module));
  g_assert_true (kp_project_peek_module (fixture->project, KP_TYPE_PUBLICATIONS) == module);
  g_assert_true (publications (fixture) == module);
  g_assert_true (kp_project_module_get_project (KP_PROJECT_MODULE (module)) == fixture->project);

  g_signal_connect (fixture->project, "changed", G_CALLBACK (on_project_changed_cb), &changed);
  g_assert_true (kp_document_settings_set_text (catalogue (fixture), KP_DOCUMENT_TEXT_TITLE,
                                                "Katalog služeb 2026", &error));
  g_assert_no_error (error);
  g_assert_true (kp_publications_set_shown_kind (module, KP_DOCUMENT_KIND_LEAFLET, &error));
  g_assert_no_error (error);
  g_assert_cmpint (changed, ==, 0);
  g_assert_false (kp_project_get_can_undo (fixture->project));
  g_signal_handlers_disconnect_by_func (fixture->project, on_project_changed_cb, &changed);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
#define ADD(name, func) g_test_add ("/kp/document-settings/" name, Fixture, NULL, fixture_setup, func, \
                                    fixture_teardown)
  ADD ("texts", test_texts);
  ADD ("survives-reopen", test_survives_reopen);
  ADD ("refuses-bad-values", test_refuses_bad_values);
  ADD ("logos", test_logos);
  ADD ("logo-checks", test_logo_checks);
  ADD ("copy", test_copy);
  ADD ("print-options", test_print_options);
  ADD ("module-on-first-use", test_module_on_first_use);
#undef ADD
  return g_test_run ();
}
