/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What a text file from an office suite or an online form tool is written in. Czech CSV
 * that Excel saves is Windows-1250 with ";"; Excel's "CSV UTF-8" has a byte-order mark and
 * ";"; online form tools write UTF-8 with ",". */

/**
 * KpTextEncoding:
 * @KP_TEXT_ENCODING_UTF8: UTF-8 without a byte-order mark (or plain ASCII)
 * @KP_TEXT_ENCODING_UTF8_BOM: UTF-8 with a byte-order mark
 * @KP_TEXT_ENCODING_WINDOWS_1250: Windows-1250 (Central European), converted
 */
typedef enum
{
  KP_TEXT_ENCODING_UTF8,
  KP_TEXT_ENCODING_UTF8_BOM,
  KP_TEXT_ENCODING_WINDOWS_1250,
} KpTextEncoding;

/* Returns: (transfer full): @bytes as UTF-8 (the same bytes when they are UTF-8 already,
 *   without the BOM), or %NULL with KP_IMPORT_ERROR_FORMAT naming @display_name when the
 *   file is UTF-16, binary, or has bytes that Windows-1250 does not define */
GBytes *kp_text_to_utf8 (GBytes         *bytes,
                         const char     *display_name,
                         KpTextEncoding *out_encoding,
                         GError        **error);
/* The translated name of the encoding: "UTF-8", "Windows-1250". */
const char *kp_text_encoding_get_name (KpTextEncoding encoding);

/* The delimiter of the first record of CSV text: ';', ',' or '\t', whichever splits the
 * header into most fields outside quotes (';' on a tie, as Czech Excel writes). */
char kp_csv_sniff_delimiter (GBytes *utf8);

G_END_DECLS
