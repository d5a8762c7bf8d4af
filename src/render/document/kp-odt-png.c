/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-odt-private.h"

#include <math.h>
#include <string.h>
#include <zlib.h>

/* The pictures of an ODT: a figure drawn by its callback on an RGB image surface and
 * written as PNG with the fastest deflate and no filter. Charts and maps are flat colour,
 * which deflate packs well at any level; cairo's PNG writer (libpng's adaptive filters and
 * default level) spent some 30 ms on each chart, most of an ODT export's time. */

#define FIGURE_DPI 150.0

static void
put_u32 (GByteArray *out,
         guint32     value)
{
  guint8 bytes[4] = { value >> 24, value >> 16, value >> 8, value };

  g_byte_array_append (out, bytes, 4);
}

static void
put_chunk (GByteArray   *out,
           const char   *type,
           const guint8 *data,
           gsize         size)
{
  uLong crc = crc32 (0L, Z_NULL, 0);

  put_u32 (out, size);
  g_byte_array_append (out, (const guint8 *) type, 4);
  if (size > 0)
    g_byte_array_append (out, data, size);
  crc = crc32 (crc, (const Bytef *) type, 4);
  if (size > 0)
    crc = crc32 (crc, data, size);
  put_u32 (out, crc);
}

/* Returns: (transfer full) (nullable): the surface as PNG, or %NULL when zlib fails */
static GBytes *
encode (cairo_surface_t *surface)
{
  int                width = cairo_image_surface_get_width (surface);
  int                height = cairo_image_surface_get_height (surface);
  int                stride = cairo_image_surface_get_stride (surface);
  const guint8      *pixels = cairo_image_surface_get_data (surface);
  gsize              raw_size = (gsize) height * (1 + 3 * (gsize) width);
  g_autofree guint8 *raw = g_malloc (raw_size);
  uLongf             packed_size = compressBound (raw_size);
  g_autofree guint8 *packed = g_malloc (packed_size);
  GByteArray        *out = g_byte_array_sized_new (packed_size / 2 + 64);
  guint8             header[13] = { 0 };
  guint8            *row = raw;

  cairo_surface_flush (surface);
  for (int y = 0; y < height; y++)
    {
      const guint32 *source = (const guint32 *) (gconstpointer) (pixels + (gsize) y * stride);

      *row++ = 0; /* no filter */
      for (int x = 0; x < width; x++)
        {
          guint32 p = source[x];

          *row++ = p >> 16;
          *row++ = p >> 8;
          *row++ = p;
        }
    }
  if (compress2 (packed, &packed_size, raw, raw_size, Z_BEST_SPEED) != Z_OK)
    {
      g_byte_array_unref (out);
      return NULL;
    }
  g_byte_array_append (out, (const guint8 *) "\x89PNG\r\n\x1a\n", 8);
  header[0] = width >> 24;
  header[1] = width >> 16;
  header[2] = width >> 8;
  header[3] = width;
  header[4] = height >> 24;
  header[5] = height >> 16;
  header[6] = height >> 8;
  header[7] = height;
  header[8] = 8; /* bits per sample */
  header[9] = 2; /* RGB */
  put_chunk (out, "IHDR", header, sizeof header);
  put_chunk (out, "IDAT", packed, packed_size);
  put_chunk (out, "IEND", NULL, 0);
  return g_byte_array_free_to_bytes (out);
}

/**
 * kp_odt_render_png:
 * @width: the figure's width in points, as it is shown
 * @height: its height
 *
 * Returns: (transfer full) (nullable): the figure drawn at 150 dpi on white, as PNG
 */
GBytes *
kp_odt_render_png (const KpDocFigure *figure,
                   double             width,
                   double             height)
{
  double           scale = FIGURE_DPI / 72.0;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                         MAX ((int) ceil (width * scale), 1),
                                                         MAX ((int) ceil (height * scale), 1));
  cairo_t         *cr = cairo_create (surface);
  GBytes          *png = NULL;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  figure->draw (cr, width, height, figure->user_data);
  cairo_destroy (cr);
  if (cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS)
    png = encode (surface);
  cairo_surface_destroy (surface);
  return png;
}
