/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-czech.h"
#include "kp-document-style.h"

#include <librsvg/rsvg.h>
#include <math.h>
#include <string.h>

/**
 * kp_document_style_init:
 * @body_size: body text size in points (10.5 on A4, 10 on A5 and leaflets)
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
  style->small = kp_text_cache_add_style (cache, 9, KP_TEXT_REGULAR, KP_PUB_MUTED, 1.35);
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

static void
surface_destroy (gpointer surface)
{
  cairo_surface_destroy (surface);
}

/* An SVG logo as a recording surface of its intrinsic size, so it stays a vector drawing in
 * the PDF. */
static cairo_surface_t *
render_svg (RsvgHandle *handle,
            const char *path,
            GError    **error)
{
  g_autoptr (GError) local_error = NULL;
  cairo_surface_t *surface;
  cairo_t         *cr;
  RsvgRectangle    viewport = { 0 };
  double           width = 0, height = 0;

  if (!rsvg_handle_get_intrinsic_size_in_pixels (handle, &width, &height) || width <= 0 ||
      height <= 0)
    {
      gboolean      has_width, has_height, has_viewbox;
      RsvgLength    w, h;
      RsvgRectangle viewbox;

      rsvg_handle_get_intrinsic_dimensions (handle, &has_width, &w, &has_height, &h, &has_viewbox,
                                            &viewbox);
      width = has_viewbox ? viewbox.width : 100;
      height = has_viewbox ? viewbox.height : 100;
    }
  if (width <= 0 || height <= 0)
    width = height = 100;
  viewport.width = width;
  viewport.height = height;
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                            &(cairo_rectangle_t){ 0, 0, width, height });
  cr = cairo_create (surface);
  if (!rsvg_handle_render_document (handle, cr, &viewport, &local_error))
    {
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _ ("The logo “%s” cannot be drawn: %s"), path, local_error->message);
      return NULL;
    }
  cairo_destroy (cr);
  return surface;
}

/* An SVG logo as a recording surface of its intrinsic size, so it stays a vector drawing in
 * the PDF. */
static cairo_surface_t *
load_svg (const char *path,
          GError    **error)
{
  g_autoptr (GError) local_error = NULL;
  RsvgHandle      *handle;
  cairo_surface_t *surface;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _ ("The logo “%s” does not exist"),
                   path);
      return NULL;
    }
  handle = rsvg_handle_new_from_file (path, &local_error);
  if (handle == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _ ("The logo “%s” is not a valid SVG drawing: %s"), path, local_error->message);
      return NULL;
    }
  surface = render_svg (handle, path, error);
  g_object_unref (handle);
  return surface;
}

static gboolean
is_svg (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ".svg") || g_str_has_suffix (lower, ".svgz");
}

/**
 * kp_document_load_logos:
 * @paths: (element-type utf8): PNG or SVG files
 *
 * Returns: (transfer full) (element-type cairo_surface_t): the images (image surfaces for
 *   PNG, recording surfaces for SVG), or %NULL with @error set when one cannot be read
 */
GPtrArray *
kp_document_load_logos (GPtrArray *paths,
                        GError   **error)
{
  g_autoptr (GPtrArray) logos = g_ptr_array_new_with_free_func (surface_destroy);

  for (guint i = 0; paths != NULL && i < paths->len; i++)
    {
      const char      *path = g_ptr_array_index (paths, i);
      cairo_surface_t *image;
      cairo_status_t   status;

      if (is_svg (path))
        {
          image = load_svg (path, error);
          if (image == NULL)
            return NULL;
          g_ptr_array_add (logos, image);
          continue;
        }
      image = cairo_image_surface_create_from_png (path);
      status = cairo_surface_status (image);

      if (status != CAIRO_STATUS_SUCCESS)
        {
          cairo_surface_destroy (image);
          if (status == CAIRO_STATUS_FILE_NOT_FOUND)
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                         _ ("The logo “%s” does not exist"), path);
          else
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         _ ("The logo “%s” cannot be read: only PNG and SVG images are "
                            "supported"),
                         path);
          return NULL;
        }
      g_ptr_array_add (logos, image);
    }
  return g_steal_pointer (&logos);
}

static void
logo_size (cairo_surface_t *logo,
           double          *width,
           double          *height)
{
  cairo_rectangle_t extents = { 0 };

  if (cairo_surface_get_type (logo) == CAIRO_SURFACE_TYPE_RECORDING)
    {
      cairo_recording_surface_get_extents (logo, &extents);
      *width = extents.width;
      *height = extents.height;
      return;
    }
  *width = cairo_image_surface_get_width (logo);
  *height = cairo_image_surface_get_height (logo);
}

static double
logo_width (cairo_surface_t *logo,
            double           height)
{
  double w, h;

  logo_size (logo, &w, &h);
  return h > 0 ? w * height / h : 0;
}

/**
 * kp_document_measure_logos:
 *
 * Returns: the width of the logos side by side at @height, @gap apart
 */
double
kp_document_measure_logos (GPtrArray *logos,
                           double     height,
                           double     gap)
{
  double width = 0;

  for (guint i = 0; logos != NULL && i < logos->len; i++)
    width += (i > 0 ? gap : 0) + logo_width (g_ptr_array_index (logos, i), height);
  return width;
}

void
kp_document_draw_logos (cairo_t   *cr,
                        GPtrArray *logos,
                        double     x,
                        double     y,
                        double     height,
                        double     gap)
{
  for (guint i = 0; logos != NULL && i < logos->len; i++)
    {
      cairo_surface_t *logo = g_ptr_array_index (logos, i);
      double           lw, lh, scale;
      double           w = logo_width (logo, height);

      logo_size (logo, &lw, &lh);
      scale = height / MAX (lh, 1e-3);
      cairo_save (cr);
      cairo_translate (cr, x, y);
      cairo_scale (cr, scale, scale);
      cairo_set_source_surface (cr, logo, 0, 0);
      cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
      cairo_paint (cr);
      cairo_restore (cr);
      x += w + gap;
    }
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
