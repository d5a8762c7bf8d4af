/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-logo.h"
#include "kp-error.h"

#include <string.h>

struct _KpLogo
{
  GObject parent_instance;

  char   *file_name;
  char   *media_type;
  GBytes *data;
};

G_DEFINE_FINAL_TYPE (KpLogo, kp_logo, G_TYPE_OBJECT)

static const guint8 PNG_SIGNATURE[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

/* How far into an SVG file its root element may start: after an XML declaration,
 * comments and a DOCTYPE. */
#define SVG_SNIFF_LENGTH 4096

static const char *
skip_space (const char *p,
            const char *end)
{
  while (p < end && g_ascii_isspace (*p))
    p++;
  return p;
}

/* Skips from @p, which starts with @open, past the next @close. */
static const char *
skip_past (const char *p,
           const char *end,
           const char *close)
{
  gsize       len = strlen (close);
  const char *found = g_strstr_len (p, end - p, close);

  return found != NULL ? found + len : end;
}

static gboolean
starts_with (const char *p,
             const char *end,
             const char *prefix)
{
  gsize len = strlen (prefix);

  return (gsize) (end - p) >= len && memcmp (p, prefix, len) == 0;
}

/* Whether the text is XML whose root element is <svg> (possibly with a namespace prefix). */
static gboolean
is_svg (const guint8 *data,
        gsize         length)
{
  const char *p = (const char *) data;
  const char *end = p + MIN (length, SVG_SNIFF_LENGTH);

  if (starts_with (p, end, "\xef\xbb\xbf"))
    p += 3;
  for (;;)
    {
      p = skip_space (p, end);
      if (starts_with (p, end, "<?"))
        p = skip_past (p, end, "?>");
      else if (starts_with (p, end, "<!--"))
        p = skip_past (p, end, "-->");
      else if (starts_with (p, end, "<!DOCTYPE"))
        p = skip_past (p, end, ">");
      else
        break;
    }
  if (!starts_with (p, end, "<"))
    return FALSE;
  p++;
  /* a prefix: <svg:svg */
  for (const char *q = p; q < end && (g_ascii_isalnum (*q) || *q == '-' || *q == '_'); q++)
    if (q + 1 < end && q[1] == ':')
      {
        p = q + 2;
        break;
      }
  return starts_with (p, end, "svg") && p + 3 < end &&
         (g_ascii_isspace (p[3]) || p[3] == '>' || p[3] == '/');
}

/* An SVG compressed with gzip (.svgz), uncompressed; %NULL when it is not one or when it
 * is larger than KP_LOGO_MAX_SIZE uncompressed. */
static GBytes *
gunzip (GBytes *data)
{
  g_autoptr (GZlibDecompressor) decompressor = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
  g_autoptr (GInputStream) compressed = g_memory_input_stream_new_from_bytes (data);
  g_autoptr (GInputStream) stream = g_converter_input_stream_new (compressed, G_CONVERTER (decompressor));
  g_autoptr (GByteArray) out = g_byte_array_new ();
  guint8 buffer[16384];

  for (;;)
    {
      gssize n = g_input_stream_read (stream, buffer, sizeof buffer, NULL, NULL);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      if (out->len + (gsize) n > KP_LOGO_MAX_SIZE)
        return NULL;
      g_byte_array_append (out, buffer, (guint) n);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

static void
kp_logo_finalize (GObject *object)
{
  KpLogo *self = KP_LOGO (object);

  g_free (self->file_name);
  g_free (self->media_type);
  g_bytes_unref (self->data);
  G_OBJECT_CLASS (kp_logo_parent_class)->finalize (object);
}

static void
kp_logo_class_init (KpLogoClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kp_logo_finalize;
}

static void
kp_logo_init (KpLogo *self)
{
}

/**
 * kp_logo_new:
 * @file_name: the name of the file the image came from, shown in messages
 * @data: the file's bytes
 *
 * Returns: (transfer full) (nullable): the logo, or %NULL with @error set when @data is not
 *   a PNG or SVG image of at most KP_LOGO_MAX_SIZE bytes
 */
KpLogo *
kp_logo_new (const char *file_name,
             GBytes     *data,
             GError    **error)
{
  g_autoptr (GBytes) kept = NULL;
  const guint8 *bytes;
  gsize         length = 0;
  const char   *media_type = NULL;
  KpLogo       *self;

  g_return_val_if_fail (file_name != NULL && *file_name != '\0', NULL);
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = g_bytes_get_data (data, &length);
  if (length > KP_LOGO_MAX_SIZE)
    {
      g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                   /* Translators: %s is a file name, %d a size in megabytes (5) */
                   _ ("The logo “%s” is too large: a logo may have at most %d MB"), file_name,
                   KP_LOGO_MAX_SIZE / (1024 * 1024));
      return NULL;
    }
  if (length >= sizeof PNG_SIGNATURE && memcmp (bytes, PNG_SIGNATURE, sizeof PNG_SIGNATURE) == 0)
    {
      media_type = KP_LOGO_PNG;
      kept = g_bytes_ref (data);
    }
  else if (length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b)
    {
      kept = gunzip (data);
      if (kept != NULL)
        {
          const guint8 *svg;
          gsize         svg_length = 0;

          svg = g_bytes_get_data (kept, &svg_length);
          if (svg_length > 0 && is_svg (svg, svg_length))
            media_type = KP_LOGO_SVG;
        }
    }
  else if (length > 0 && is_svg (bytes, length))
    {
      media_type = KP_LOGO_SVG;
      kept = g_bytes_ref (data);
    }
  if (media_type == NULL)
    {
      g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                   _ ("The logo “%s” is not a PNG or SVG image"), file_name);
      return NULL;
    }

  self = g_object_new (KP_TYPE_LOGO, NULL);
  self->file_name = g_strdup (file_name);
  self->media_type = g_strdup (media_type);
  self->data = g_steal_pointer (&kept);
  return self;
}

const char *
kp_logo_get_file_name (KpLogo *self)
{
  g_return_val_if_fail (KP_IS_LOGO (self), NULL);
  return self->file_name;
}

/**
 * kp_logo_get_media_type:
 *
 * Returns: KP_LOGO_PNG or KP_LOGO_SVG
 */
const char *
kp_logo_get_media_type (KpLogo *self)
{
  g_return_val_if_fail (KP_IS_LOGO (self), NULL);
  return self->media_type;
}

/**
 * kp_logo_get_data:
 *
 * Returns: (transfer none): the image
 */
GBytes *
kp_logo_get_data (KpLogo *self)
{
  g_return_val_if_fail (KP_IS_LOGO (self), NULL);
  return self->data;
}
