/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-czech.h"
#include "kp-document-style.h"

#include <math.h>
#include <string.h>

/**
 * kp_document_style_init:
 * @body_size: body text size in points (10.5 on A4, 10 on A5 and leaflets; 12 or more in
 *   large print)
 *
 * Registers the text styles of a publication in @cache. Every size derives from the body
 * size, so the documents stay consistent; nothing a reader must read is under 9 pt.
 */
void
kp_document_style_init (KpDocumentStyle *style,
                        KpTextCache     *cache,
                        double           body_size)
{
  const double b = body_size;

  style->cache = cache;
  style->body_size = b;
  style->body = kp_text_cache_add_style (cache, b, KP_TEXT_REGULAR, KP_PUB_TEXT, 1.42);
  style->body_bold = kp_text_cache_add_style (cache, b, KP_TEXT_BOLD, KP_PUB_TEXT, 1.42);
  style->muted = kp_text_cache_add_style (cache, b, KP_TEXT_REGULAR, KP_PUB_MUTED, 1.42);
  style->label = kp_text_cache_add_style (cache, b, KP_TEXT_BOLD, KP_PUB_MUTED, 1.42);
  style->link = kp_text_cache_add_style (cache, b, KP_TEXT_REGULAR, KP_PUB_LINK, 1.42);
  style->italic = kp_text_cache_add_style (cache, b, KP_TEXT_ITALIC, KP_PUB_MUTED, 1.42);
  style->small = kp_text_cache_add_style (cache, MAX (9, b * 0.8), KP_TEXT_REGULAR, KP_PUB_MUTED,
                                          1.35);
  style->entry_title = kp_text_cache_add_style (cache, b * 1.25, KP_TEXT_BOLD, KP_PUB_ACCENT_DARK,
                                                1.25);
  style->kind = kp_text_cache_add_style (cache, b, KP_TEXT_REGULAR, KP_PUB_ACCENT, 1.42);
  style->heading = kp_text_cache_add_style (cache, b * 2.0, KP_TEXT_BOLD, KP_PUB_ACCENT_DARK,
                                            1.2);
  style->subheading = kp_text_cache_add_style (cache, b * 1.3, KP_TEXT_BOLD, KP_PUB_ACCENT_DARK,
                                               1.3);
  style->band = kp_text_cache_add_style (cache, b * 1.7, KP_TEXT_BOLD, KP_PUB_WHITE, 1.2);
  style->letter = kp_text_cache_add_style (cache, b * 1.6, KP_TEXT_BOLD, KP_PUB_ACCENT, 1.3);
  style->toc_section = kp_text_cache_add_style (cache, b * 1.05, KP_TEXT_BOLD, KP_PUB_ACCENT_DARK,
                                                1.5);
  style->number = kp_text_cache_add_style (cache, b, KP_TEXT_REGULAR, KP_PUB_TEXT, 1.42);
  style->phone = kp_text_cache_add_style (cache, b * 1.2, KP_TEXT_BOLD, KP_PUB_ACCENT_DARK, 1.3);
  style->emergency = kp_text_cache_add_style (cache, b * 2.2, KP_TEXT_BOLD, KP_PUB_EMERGENCY, 1.1);
  style->cover_title = kp_text_cache_add_style (cache, b * 2.8, KP_TEXT_BOLD, KP_PUB_ACCENT_DARK,
                                                1.15);
  style->cover_subtitle = kp_text_cache_add_style (cache, b * 1.5, KP_TEXT_REGULAR,
                                                   KP_PUB_ACCENT_DARK, 1.3);
  style->cover_issuer = kp_text_cache_add_style (cache, b * 1.3, KP_TEXT_BOLD, KP_PUB_WHITE, 1.3);
  style->inverse_title = kp_text_cache_add_style (cache, b * 2.6, KP_TEXT_BOLD, KP_PUB_WHITE, 1.15);
  style->inverse = kp_text_cache_add_style (cache, b * 1.3, KP_TEXT_REGULAR, KP_PUB_WHITE, 1.3);
}

/**
 * kp_document_web_uri:
 *
 * Returns: the address with "https://" when it has no scheme ("www.charita.cz")
 */
char *
kp_document_web_uri (const char *web)
{
  g_autofree char *scheme = g_uri_parse_scheme (web);

  if (scheme != NULL)
    return g_strdup (web);
  return g_strconcat ("https://", web, NULL);
}

char *
kp_document_mail_uri (const char *email)
{
  if (g_str_has_prefix (email, "mailto:"))
    return g_strdup (email);
  return g_strconcat ("mailto:", email, NULL);
}

/**
 * kp_document_tel_uri:
 *
 * Returns: (nullable): "tel:+420566502111" for "+420 566 502 111"; %NULL without digits
 */
char *
kp_document_tel_uri (const char *phone)
{
  GString *uri = g_string_new ("tel:");

  for (const char *p = phone; p != NULL && *p != '\0'; p++)
    if (g_ascii_isdigit (*p) || (*p == '+' && uri->len == 4))
      g_string_append_c (uri, *p);
  if (uri->len == 4)
    {
      g_string_free (uri, TRUE);
      return NULL;
    }
  return g_string_free (uri, FALSE);
}

/**
 * kp_document_format_number:
 *
 * Returns: the number the Czech way, with decimals only when it has them ("1 234", "2,5")
 */
char *
kp_document_format_number (double value)
{
  if (fabs (value - round (value)) < 1e-9)
    return kp_czech_format_int ((gint64) round (value));
  return kp_czech_format_double (value, 1);
}

/**
 * kp_document_forms_text:
 *
 * Returns: the forms' names in the law's order: "residential, field"
 */
char *
kp_document_forms_text (KpServiceForms forms)
{
  const KpServiceForms order[] = { KP_SERVICE_FORM_RESIDENTIAL, KP_SERVICE_FORM_OUTPATIENT,
                                   KP_SERVICE_FORM_FIELD };
  GString             *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (forms & order[i])
      {
        if (out->len > 0)
          g_string_append (out, ", ");
        g_string_append (out, kp_service_form_get_name (order[i]));
      }
  return g_string_free (out, FALSE);
}

int
kp_document_year (int        year,
                  GDateTime *created)
{
  g_autoptr (GDateTime) now = NULL;

  if (year > 0)
    return year;
  if (created != NULL)
    return g_date_time_get_year (created);
  now = g_date_time_new_now_local ();
  return g_date_time_get_year (now);
}

void
kp_document_fill_rect (cairo_t *cr,
                       guint32  rgb,
                       double   x,
                       double   y,
                       double   width,
                       double   height)
{
  kp_text_cache_set_rgb (cr, rgb);
  cairo_rectangle (cr, x, y, width, height);
  cairo_fill (cr);
}

/**
 * kp_document_fill_to_edge:
 *
 * Fills a rectangle whose sides on the page's edge run on into the bleed when the PDF is
 * for print (kp_document_writer_extend_to_bleed()).
 */
void
kp_document_fill_to_edge (KpDocumentWriter *writer,
                          guint32           rgb,
                          double            x,
                          double            y,
                          double            width,
                          double            height)
{
  kp_document_writer_extend_to_bleed (writer, &x, &y, &width, &height);
  kp_document_fill_rect (kp_document_writer_get_cr (writer), rgb, x, y, width, height);
}

void
kp_document_hline (cairo_t *cr,
                   guint32  rgb,
                   double   x,
                   double   y,
                   double   width,
                   double   line_width)
{
  kp_text_cache_set_rgb (cr, rgb);
  cairo_set_line_width (cr, line_width);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + width, y);
  cairo_stroke (cr);
}
