/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Reads the first worksheet of an .xlsx workbook row by row, streaming the sheet XML
 * (libzip + libxml2 SAX2), so a 16 MB sheet never sits in memory as a tree. Cells come as
 * text: shared and inline strings resolved, numbers as written in the file, missing cells
 * as "". Truncated or damaged archives, missing parts, malformed XML and archives that
 * unpack to more than @max_uncompressed bytes are refused with KP_IMPORT_ERROR_FORMAT and
 * a message naming the file. */

typedef struct _KpXlsxReader KpXlsxReader;

#define KP_XLSX_READER_DEFAULT_MAX_UNCOMPRESSED ((gsize) 200 * 1024 * 1024)

KpXlsxReader *kp_xlsx_reader_open (const char *path,
                                   GError    **error);
KpXlsxReader *kp_xlsx_reader_new_from_bytes (GBytes     *bytes,
                                             const char *display_name,
                                             gsize       max_uncompressed,
                                             GError    **error);
void          kp_xlsx_reader_free (KpXlsxReader *self);

const char *kp_xlsx_reader_get_sheet_name (KpXlsxReader *self);
char       *kp_xlsx_reader_dup_created (KpXlsxReader *self,
                                        GError      **error);

gboolean           kp_xlsx_reader_read_row (KpXlsxReader *self,
                                            gboolean     *out_has_row,
                                            GError      **error);
guint              kp_xlsx_reader_get_row_number (KpXlsxReader *self);
guint              kp_xlsx_reader_get_n_cells (KpXlsxReader *self);
const char        *kp_xlsx_reader_get_cell (KpXlsxReader *self,
                                            guint         column);
const char *const *kp_xlsx_reader_get_cells (KpXlsxReader *self);
gboolean           kp_xlsx_reader_row_is_empty (KpXlsxReader *self);
double             kp_xlsx_reader_get_fraction (KpXlsxReader *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpXlsxReader, kp_xlsx_reader_free)

G_END_DECLS
