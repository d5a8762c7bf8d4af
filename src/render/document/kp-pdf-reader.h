/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Reading a PDF that cairo 1.16 wrote, for kp-pdf-patch.c: its bytes, in memory or from a
 * file through a window, a tokenizer and its cross-reference table (kp-pdf-reader.c). */

/* Bytes of a file read at once: the objects are classified in the order of their offsets,
 * so one read serves thousands of them (a tagged catalogue has ~10⁵ objects). */
#define KP_PDF_WINDOW_SIZE (1 << 20)

/* The PDF being planned: in memory, or a file read where needed through a window. */
typedef struct
{
  const guint8 *data; /* (nullable) all of it */
  int           fd;   /* when @data is NULL */
  gsize         length;
  guint8       *window; /* (nullable) KP_PDF_WINDOW_SIZE bytes of the file from window_offset */
  gsize         window_offset;
  gsize         window_length;
} KpPdfSource;

typedef struct
{
  guint    number;
  guint    generation;
  gsize    offset;
  gboolean in_use;
} KpPdfXrefEntry;

typedef struct
{
  guint first;
  guint count;
} KpPdfXrefSection;

typedef struct
{
  const guint8 *data;
  gsize         length;
  gsize         pos;
} KpPdfScanner;

const guint8 *kp_pdf_source_peek (KpPdfSource *source,
                                  gsize        offset,
                                  gsize        size,
                                  gsize       *out_length);
guint8       *kp_pdf_source_read (KpPdfSource *source,
                                  gsize        offset,
                                  gsize        size,
                                  gsize       *out_length);
gboolean      kp_pdf_fail (GError **error,
                           gsize    at);
gboolean      kp_pdf_read_number (KpPdfScanner *s,
                                  guint64      *out);
gboolean      kp_pdf_read_token (KpPdfScanner *s,
                                 char         *buf,
                                 gsize         size);
gboolean      kp_pdf_expect (KpPdfScanner *s,
                             const char   *keyword);
void          kp_pdf_skip_space (KpPdfScanner *s);
gboolean      kp_pdf_find_xref (KpPdfSource *source,
                                gsize       *out_offset);
gboolean      kp_pdf_parse_xref (const guint8 *data,
                                 gsize         length,
                                 gsize         xref_offset,
                                 GArray       *entries,
                                 GArray       *sections,
                                 char        **out_trailer,
                                 GError      **error);

G_END_DECLS
