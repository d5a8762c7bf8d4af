/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-document-logo.h"

#include <librsvg/rsvg.h>
#include <string.h>

/**
 * kp_document_logo_new:
 * @name: the file name shown in messages
 * @data: the image's bytes (referenced)
 *
 * Returns: (transfer full): a logo
 */
KpDocumentLogo *
kp_document_logo_new (const char *name,
                      const char *media_type,
                      GBytes     *data)
{
  KpDocumentLogo *logo;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (media_type != NULL, NULL);
  g_return_val_if_fail (data != NULL, NULL);

  logo = g_new0 (KpDocumentLogo, 1);
  logo->name = g_strdup (name);
  logo->media_type = g_strdup (media_type);
  logo->data = g_bytes_ref (data);
  return logo;
}

static gboolean
is_svg_name (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ".svg") || g_str_has_suffix (lower, ".svgz");
}

/**
 * kp_document_logo_new_from_file:
 *
 * Returns: (transfer full) (nullable): the logo, or %NULL with @error set
 *   (G_IO_ERROR_NOT_FOUND when there is no such file)
 */
KpDocumentLogo *
kp_document_logo_new_from_file (const char *path,
                                GError    **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autoptr (GBytes) data = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);

  name = g_filename_display_basename (path);
  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _ ("The logo “%s” does not exist"),
                     name);
      else
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, local_error->message);
      return NULL;
    }
  data = g_bytes_new_take (g_steal_pointer (&contents), length);
  return kp_document_logo_new (name, is_svg_name (path) ? KP_DOCUMENT_LOGO_SVG : KP_DOCUMENT_LOGO_PNG,
                               data);
}

KpDocumentLogo *
kp_document_logo_copy (const KpDocumentLogo *logo)
{
  g_return_val_if_fail (logo != NULL, NULL);
  return kp_document_logo_new (logo->name, logo->media_type, logo->data);
}

void
kp_document_logo_free (KpDocumentLogo *logo)
{
  if (logo == NULL)
    return;
  g_free (logo->name);
  g_free (logo->media_type);
  g_bytes_unref (logo->data);
  g_free (logo);
}

static void
surface_destroy (gpointer surface)
{
  cairo_surface_destroy (surface);
}

/* An SVG logo as a recording surface of its intrinsic size, so it stays a vector drawing in
 * the PDF. */
static cairo_surface_t *
render_svg (RsvgHandle           *handle,
            const KpDocumentLogo *logo,
            GError              **error)
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
                   _ ("The logo “%s” cannot be drawn: %s"), logo->name, local_error->message);
      return NULL;
    }
  cairo_destroy (cr);
  return surface;
}

static cairo_surface_t *
load_svg (const KpDocumentLogo *logo,
          GError              **error)
{
  g_autoptr (GError) local_error = NULL;
  gsize            length = 0;
  const guint8    *data = g_bytes_get_data (logo->data, &length);
  RsvgHandle      *handle;
  cairo_surface_t *surface;

  /* No base file: an SVG kept in the project cannot reach for other files. */
  handle = rsvg_handle_new_from_data (data, length, &local_error);
  if (handle == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _ ("The logo “%s” is not a valid SVG drawing: %s"), logo->name,
                   local_error->message);
      return NULL;
    }
  surface = render_svg (handle, logo, error);
  g_object_unref (handle);
  return surface;
}

typedef struct
{
  const guint8 *data;
  gsize         length;
  gsize         offset;
} PngReader;

static cairo_status_t
read_png (void          *closure,
          unsigned char *out,
          unsigned int   length)
{
  PngReader *reader = closure;

  if (length > reader->length - reader->offset)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (out, reader->data + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
load_png (const KpDocumentLogo *logo,
          GError              **error)
{
  PngReader        reader = { 0 };
  cairo_surface_t *image;

  reader.data = g_bytes_get_data (logo->data, &reader.length);
  image = cairo_image_surface_create_from_png_stream (read_png, &reader);
  if (cairo_surface_status (image) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (image);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _ ("The logo “%s” cannot be read: only PNG and SVG images are supported"),
                   logo->name);
      return NULL;
    }
  return image;
}

/**
 * kp_document_load_logos:
 * @logos: (element-type KpDocumentLogo) (nullable): the logos in their order
 *
 * Returns: (transfer full) (element-type cairo_surface_t): the decoded images, or %NULL
 *   with @error set when one cannot be decoded
 */
GPtrArray *
kp_document_load_logos (GPtrArray *logos,
                        GError   **error)
{
  g_autoptr (GPtrArray) surfaces = g_ptr_array_new_with_free_func (surface_destroy);

  for (guint i = 0; logos != NULL && i < logos->len; i++)
    {
      const KpDocumentLogo *logo = g_ptr_array_index (logos, i);
      cairo_surface_t      *image;

      if (g_str_equal (logo->media_type, KP_DOCUMENT_LOGO_SVG))
        image = load_svg (logo, error);
      else
        image = load_png (logo, error);
      if (image == NULL)
        return NULL;
      g_ptr_array_add (surfaces, image);
    }
  return g_steal_pointer (&surfaces);
}

/**
 * kp_document_logos_alt:
 * @logos: (element-type KpDocumentLogo): the logos in their order
 *
 * Returns: (transfer full) (nullable): the alternative text of the figure the logos make,
 *   %NULL when there are none
 */
char *
kp_document_logos_alt (GPtrArray *logos)
{
  g_autoptr (GString) names = g_string_new (NULL);

  if (logos == NULL || logos->len == 0)
    return NULL;
  for (guint i = 0; i < logos->len; i++)
    {
      const KpDocumentLogo *logo = g_ptr_array_index (logos, i);
      const char           *dot = strrchr (logo->name, '.');

      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append_len (names, logo->name,
                           dot != NULL && dot > logo->name ? dot - logo->name : (gssize) strlen (logo->name));
    }
  /* Translators: the alternative text of the logos of a publication: "Logos: EU, erb-lesna" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Logo: %s", "Logos: %s", logos->len),
                          names->str);
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
kp_document_measure_logos (GPtrArray *surfaces,
                           double     height,
                           double     gap)
{
  double width = 0;

  for (guint i = 0; surfaces != NULL && i < surfaces->len; i++)
    width += (i > 0 ? gap : 0) + logo_width (g_ptr_array_index (surfaces, i), height);
  return width;
}

void
kp_document_draw_logos (cairo_t   *cr,
                        GPtrArray *surfaces,
                        double     x,
                        double     y,
                        double     height,
                        double     gap)
{
  for (guint i = 0; surfaces != NULL && i < surfaces->len; i++)
    {
      cairo_surface_t *logo = g_ptr_array_index (surfaces, i);
      double           lw, lh, scale;
      double           w = logo_width (logo, height);

      logo_size (logo, &lw, &lh);
      scale = height / MAX (lh, 1e-3);
      cairo_save (cr);
      cairo_translate (cr, x, y);
      cairo_scale (cr, scale, scale);
      cairo_set_source_surface (cr, logo, 0, 0);
      cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
      /* a fill, not cairo_paint(): cairo 1.16 drops the tags recorded before a paint that
       * is the first thing drawn on a page, and fails the PDF for their nesting */
      cairo_rectangle (cr, 0, 0, lw, lh);
      cairo_fill (cr);
      cairo_restore (cr);
      x += w + gap;
    }
}
