/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-leaflet-document.h"

#include <math.h>
#include <poppler.h>
#include <string.h>

/* How a leaflet's services sit in their panels, as a reader sees them (issue 12, the
 * leaflets looked at as images): read back with Poppler, where each line is. */

#ifndef KP_HAVE_POPPLER_AUTOPTR
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
#endif

#define N_ENTRIES 6

/* The first @length characters of @text, at most all of them. */
static char *
dup_start (const char *text,
           guint       length)
{
  return g_utf8_substring (text, 0, MIN ((glong) length, g_utf8_strlen (text, -1)));
}

/* The names of a leaflet's services: short ones, and between them the first @length
 * characters of a long name (and a number), so that over the lengths some take two lines
 * in the 3 mm narrower flap and one in a panel inside. */
static char *
dup_name (guint length,
          guint i)
{
  g_autofree char *start = NULL;

  if (i % 2 == 0)
    return g_strdup_printf ("Poradna %u", i + 1);
  start = dup_start ("Pečovatelská služba Havlíčkův Brod a Golčův Jeníkov", length);
  return g_strdup_printf ("%s %u", g_strstrip (start), i + 1);
}

static KpLeafletOptions *
build_options (KpLeafletFormat format)
{
  KpLeafletOptions *o = kp_leaflet_options_new ("Senioři", format);

  o->subtitle = g_strdup ("Kam se obrátit – ORP Havlíčkův Brod");
  o->introduction = g_strdup ("Pomoc starším lidem, kteří chtějí co nejdéle zůstat doma.");
  o->issuer = g_strdup ("ORP Havlíčkův Brod");
  o->year = 2026;
  return o;
}

/* The provider of service @i: short, or the first @length characters of a long name, so
 * that it too takes one line more in the flap than inside for some lengths. */
static char *
dup_provider (guint length,
              guint i)
{
  g_autofree char *start = NULL;

  if (i % 2 == 0)
    return g_strdup_printf ("Poradna Brod %u", i + 1);
  start = dup_start ("Sociální služby města Havlíčkova Brodu, příspěvková organizace", length);
  return g_strdup_printf ("%s %u", g_strstrip (start), i + 1);
}

/* A service's last line: its phone, "Tel. 569 421 411" for the first. */
static char *
dup_phone (guint i)
{
  return g_strdup_printf ("569 421 41%u", i + 1);
}

/* Services without descriptions or addresses: name, provider, phone. */
static KpCatalogueSnapshot *
build_snapshot (guint length)
{
  KpCatalogueSnapshot *snapshot = kp_catalogue_snapshot_new ();

  for (guint i = 0; i < N_ENTRIES; i++)
    {
      g_autofree char  *name = dup_name (length, i);
      g_autofree char  *provider = dup_provider (length + 8, i);
      g_autofree char  *phone = dup_phone (i);
      KpCatalogueEntry *e = kp_catalogue_entry_new (name, provider, "00091300");

      kp_catalogue_entry_set_type (e, "pečovatelská služba", "§ 40",
                                   i % 2 ? KP_SERVICE_FORM_FIELD : KP_SERVICE_FORM_OUTPATIENT);
      kp_catalogue_entry_add_target_group (e, "senioři");
      kp_catalogue_entry_set_contacts (e, phone, NULL, NULL);
      kp_catalogue_snapshot_add_entry (snapshot, e);
    }
  return snapshot;
}

static PopplerDocument *
write_leaflet (KpLeafletFormat format,
               guint           length)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpDocument) document = kp_leaflet_document_new (build_snapshot (length),
                                                             build_options (format));
  g_autoptr (GBytes) bytes = kp_document_write_bytes (document, KP_DOCUMENT_FORMAT_PDF, NULL,
                                                      NULL, &error);
  PopplerDocument *doc;

  g_assert_no_error (error);
  doc = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  return doc;
}

typedef struct
{
  double left;
  double top;
  double bottom;
} Place;

/* Where the characters of @needle are on @page (points from the top left). */
static gboolean
find_text (PopplerPage *page,
           const char  *needle,
           Place       *place)
{
  /* a name may take two lines: a line break counts as a space (one character each) */
  g_autofree char             *text = g_strdelimit (poppler_page_get_text (page), "\n", ' ');
  g_autofree PopplerRectangle *rects = NULL;
  const char                  *hit = strstr (text, needle);
  guint                        n_rects = 0;
  glong                        start, length;

  if (hit == NULL)
    return FALSE;
  start = g_utf8_pointer_to_offset (text, hit);
  length = g_utf8_strlen (needle, -1);
  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  g_assert_cmpuint (start + length, <=, n_rects);
  place->left = rects[start].x1;
  place->top = G_MAXDOUBLE;
  place->bottom = 0;
  for (glong i = start; i < start + length; i++)
    if (rects[i].x2 > rects[i].x1) /* not a line break */
      {
        place->top = MIN (place->top, rects[i].y1);
        place->bottom = MAX (place->bottom, rects[i].y2);
      }
  return TRUE;
}

/* The gaps between one service and the next one under it in the same panel of @doc. */
static guint
check_spacing (PopplerDocument *doc,
               guint            length)
{
  double first_gap = -1;
  guint  compared = 0;

  for (int p = 0; p < poppler_document_get_n_pages (doc); p++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (doc, p);

      for (guint i = 0; i + 1 < N_ENTRIES; i++)
        {
          g_autofree char *phone = dup_phone (i);
          g_autofree char *name = dup_name (length, i + 1);
          Place            end, next;
          double           gap;

          if (!find_text (page, phone, &end) || !find_text (page, name, &next) ||
              fabs (end.left - next.left) > 100 || next.top < end.bottom)
            continue; /* not one under the other in a panel (the phone after "Tel.") */
          gap = next.top - end.bottom;
          if (first_gap < 0)
            first_gap = gap;
          if (fabs (gap - first_gap) > 1.5)
            g_test_message ("names of %u characters: %.1f pt above “%s”, else %.1f pt", length,
                            gap, name, first_gap);
          g_assert_cmpfloat_with_epsilon (gap, first_gap, 1.5);
          compared++;
        }
    }
  return compared;
}

/* Between one service and the next in the same panel, the same space, whatever the length
 * of their names: no blank line is left under a service (it was measured in the narrower
 * flap, where its name took two lines, and drawn inside in one). */
static void
test_even_spacing (gconstpointer data)
{
  KpLeafletFormat format = GPOINTER_TO_INT (data);
  guint           compared = 0;

  for (guint length = 10; length <= 50; length++)
    {
      g_autoptr (PopplerDocument) doc = write_leaflet (format, length);

      compared += check_spacing (doc, length);
    }
  g_assert_cmpuint (compared, >=, 20);
}

/* Services whose addresses end in a town of two words, after streets of every length. */
static KpCatalogueSnapshot *
build_addresses_snapshot (guint length)
{
  KpCatalogueSnapshot *snapshot = kp_catalogue_snapshot_new ();

  for (guint i = 0; i < N_ENTRIES; i++)
    {
      g_autofree char  *name = g_strdup_printf ("Tísňová péče %u", i + 1);
      g_autofree char  *street = dup_start ("Smetanovo náměstí Karla Havlíčka Borovského", length + i);
      g_autofree char  *address = g_strdup_printf ("%s %u, 580 01 Havlíčkův Brod",
                                                   g_strstrip (street), i + 1);
      KpCatalogueEntry *e = kp_catalogue_entry_new (name, "Život 90, z. ú.", "00091400");

      kp_catalogue_entry_set_type (e, "tísňová péče", "§ 41", KP_SERVICE_FORM_FIELD);
      kp_catalogue_entry_add_target_group (e, "senioři");
      kp_catalogue_entry_add_address (e, address);
      kp_catalogue_entry_set_contacts (e, "+420 800 157 157", NULL, NULL);
      kp_catalogue_snapshot_add_entry (snapshot, e);
    }
  return snapshot;
}

/* A town of two words stays whole on its line, with its postcode: no line of a leaflet
 * starts with "Brod" torn from "Havlíčkův" (issue 12.2, seen on the real-shaped leaflets
 * in large print). */
static void
test_town_kept_whole (gconstpointer data)
{
  KpLeafletFormat format = GPOINTER_TO_INT (data);
  guint           towns = 0;

  for (guint length = 4; length <= 40; length += 3)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (KpLeafletOptions) options = build_options (format);
      g_autoptr (KpDocument) document = NULL;
      g_autoptr (GBytes) bytes = NULL;
      g_autoptr (PopplerDocument) doc = NULL;

      options->print.large_print = TRUE;
      document = kp_leaflet_document_new (build_addresses_snapshot (length),
                                          g_steal_pointer (&options));
      bytes = kp_document_write_bytes (document, KP_DOCUMENT_FORMAT_PDF, NULL, NULL, &error);
      g_assert_no_error (error);
      doc = poppler_document_new_from_bytes (bytes, NULL, &error);
      g_assert_no_error (error);
      for (int p = 0; p < poppler_document_get_n_pages (doc); p++)
        {
          g_autoptr (PopplerPage) page = poppler_document_get_page (doc, p);
          g_autofree char *text = poppler_page_get_text (page);
          g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

          for (guint i = 0; lines[i] != NULL; i++)
            {
              if (g_str_has_prefix (lines[i], "Brod"))
                g_test_message ("streets of %u characters: a line starts with “%s”", length,
                                lines[i]);
              g_assert_false (g_str_has_prefix (lines[i], "Brod"));
              towns += strstr (lines[i], "Havlíčkův") != NULL;
            }
        }
    }
  g_assert_cmpuint (towns, >=, 40);
}

/* Services of a leaflet whose subtitle ends in a short word. */
static const char *const widow_names[] = {
  "Azylový dům Dubovice",
  "Pečovatelská služba Lesná",
  "Domov pro seniory Věžnice",
  "Denní stacionář pro seniory",
  "Sociálně terapeutické dílny",
  "Poradna pro všechny",
};

/* A short last word of the cover's subtitle (or the A5's title band) never stands alone on
 * a line: the real-shaped leaflets' cover said "Kam se obrátit – ORP Havlíčkův" and then
 * "Brod". */
static void
test_no_widow (gconstpointer data)
{
  KpLeafletFormat   format = GPOINTER_TO_INT (data);
  const char *const subtitles[] = { "Kam se obrátit – ORP Havlíčkův Brod",
                                    "Kam se obrátit – MAS Podlesí a okolí Brod",
                                    "Kam se obrátit v ORP Havlíčkův Brod" };
  guint             lines_read = 0;

  for (guint s = 0; s < G_N_ELEMENTS (subtitles); s++)
    for (int large = 0; large <= 1; large++)
      {
        g_autoptr (GError) error = NULL;
        g_autoptr (KpLeafletOptions) options = build_options (format);
        KpCatalogueSnapshot *snapshot = kp_catalogue_snapshot_new ();
        g_autoptr (KpDocument) document = NULL;
        g_autoptr (GBytes) bytes = NULL;
        g_autoptr (PopplerDocument) doc = NULL;

        g_free (options->subtitle);
        options->subtitle = g_strdup (subtitles[s]);
        options->print.large_print = large;
        for (guint i = 0; i < G_N_ELEMENTS (widow_names); i++)
          {
            KpCatalogueEntry *e = kp_catalogue_entry_new (widow_names[i], "Oblastní charita",
                                                          "00091300");

            kp_catalogue_entry_set_type (e, "azylový dům", "§ 57", KP_SERVICE_FORM_RESIDENTIAL);
            kp_catalogue_entry_set_contacts (e, "569 433 333", NULL, NULL);
            kp_catalogue_snapshot_add_entry (snapshot, e);
          }
        document = kp_leaflet_document_new (snapshot, g_steal_pointer (&options));
        bytes = kp_document_write_bytes (document, KP_DOCUMENT_FORMAT_PDF, NULL, NULL, &error);
        g_assert_no_error (error);
        doc = poppler_document_new_from_bytes (bytes, NULL, &error);
        g_assert_no_error (error);
        for (int p = 0; p < poppler_document_get_n_pages (doc); p++)
          {
            g_autoptr (PopplerPage) page = poppler_document_get_page (doc, p);
            g_autofree char *text = poppler_page_get_text (page);
            g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

            for (guint i = 0; lines[i] != NULL; i++, lines_read++)
              {
                g_strstrip (lines[i]);
                if (g_strcmp0 (lines[i], "Brod") == 0)
                  g_test_message ("“%s” alone on a line after “%s”", lines[i],
                                  i > 0 ? lines[i - 1] : "");
                g_assert_cmpstr (lines[i], !=, "Brod");
              }
          }
      }
  g_assert_cmpuint (lines_read, >, 50);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_data_func ("/kp/render/leaflet-layout/even-spacing/trifold",
                        GINT_TO_POINTER (KP_LEAFLET_A4_TRIFOLD), test_even_spacing);
  g_test_add_data_func ("/kp/render/leaflet-layout/even-spacing/a5",
                        GINT_TO_POINTER (KP_LEAFLET_A5_TWO_SIDED), test_even_spacing);
  g_test_add_data_func ("/kp/render/leaflet-layout/town-kept-whole/trifold",
                        GINT_TO_POINTER (KP_LEAFLET_A4_TRIFOLD), test_town_kept_whole);
  g_test_add_data_func ("/kp/render/leaflet-layout/town-kept-whole/a5",
                        GINT_TO_POINTER (KP_LEAFLET_A5_TWO_SIDED), test_town_kept_whole);
  g_test_add_data_func ("/kp/render/leaflet-layout/no-widow/trifold",
                        GINT_TO_POINTER (KP_LEAFLET_A4_TRIFOLD), test_no_widow);
  g_test_add_data_func ("/kp/render/leaflet-layout/no-widow/a5",
                        GINT_TO_POINTER (KP_LEAFLET_A5_TWO_SIDED), test_no_widow);
  return g_test_run ();
}
