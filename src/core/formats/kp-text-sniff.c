/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-text-sniff.h"
#include "kp-error.h"

#include <string.h>

/* Bytes Windows-1250 leaves undefined: a file with them is in another encoding. */
static gboolean
is_undefined_in_1250 (guchar c)
{
  return c == 0x81 || c == 0x83 || c == 0x88 || c == 0x90 || c == 0x98;
}

GBytes *
kp_text_to_utf8 (GBytes         *bytes,
                 const char     *display_name,
                 KpTextEncoding *out_encoding,
                 GError        **error)
{
  gsize            len = 0;
  const guchar    *data = g_bytes_get_data (bytes, &len);
  g_autofree char *converted = NULL;
  gsize            written = 0;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (len >= 2 && ((data[0] == 0xff && data[1] == 0xfe) || (data[0] == 0xfe && data[1] == 0xff)))
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s is in UTF-16; save it as CSV in UTF-8 or as Excel’s “CSV (oddělený "
                      "středníkem)”"),
                   display_name);
      return NULL;
    }
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0 &&
      g_utf8_validate ((const char *) data + 3, (gssize) len - 3, NULL))
    {
      *out_encoding = KP_TEXT_ENCODING_UTF8_BOM;
      return g_bytes_new_from_bytes (bytes, 3, len - 3);
    }
  if (memchr (data, '\0', len) != NULL)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s is not a text file (it holds zero bytes); save it as CSV or XLSX"),
                   display_name);
      return NULL;
    }
  if (g_utf8_validate ((const char *) data, (gssize) len, NULL))
    {
      *out_encoding = KP_TEXT_ENCODING_UTF8;
      return g_bytes_ref (bytes);
    }
  for (gsize i = 0; i < len; i++)
    if (is_undefined_in_1250 (data[i]))
      {
        g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                     _ ("%s is neither UTF-8 nor Windows-1250 text (byte %zu); save it as CSV "
                        "in UTF-8"),
                     display_name, i + 1);
        return NULL;
      }
  converted = g_convert ((const char *) data, (gssize) len, "UTF-8", "WINDOWS-1250", NULL,
                         &written, NULL);
  if (converted == NULL)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s is neither UTF-8 nor Windows-1250 text; save it as CSV in UTF-8"),
                   display_name);
      return NULL;
    }
  *out_encoding = KP_TEXT_ENCODING_WINDOWS_1250;
  return g_bytes_new_take (g_steal_pointer (&converted), written);
}

const char *
kp_text_encoding_get_name (KpTextEncoding encoding)
{
  switch (encoding)
    {
    case KP_TEXT_ENCODING_WINDOWS_1250:
      return "Windows-1250";
    case KP_TEXT_ENCODING_UTF8_BOM:
    case KP_TEXT_ENCODING_UTF8:
    default:
      return "UTF-8";
    }
}

char
kp_csv_sniff_delimiter (GBytes *utf8)
{
  static const char candidates[] = { ';', ',', '\t' };
  gsize             len = 0;
  const char       *data = g_bytes_get_data (utf8, &len);
  guint             counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean          quoted = FALSE;
  guint             best = 0;

  for (gsize i = 0; i < len; i++)
    {
      char c = data[i];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        break;
      else if (!quoted)
        for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
          if (c == candidates[k])
            counts[k]++;
    }
  for (guint k = 1; k < G_N_ELEMENTS (candidates); k++)
    if (counts[k] > counts[best])
      best = k;
  return candidates[best];
}
