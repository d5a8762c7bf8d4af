/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A small streaming CSV reader (RFC 4180 with a chosen delimiter): quoted fields with
 * doubled quotes and embedded line breaks, CRLF or LF, a UTF-8 byte-order mark is skipped,
 * empty lines are skipped. Every field is checked to be valid UTF-8. Errors are
 * KP_IMPORT_ERROR_FORMAT and name the file and the row (the line where the record starts,
 * 1 for the header). */

typedef struct _KpCsvReader KpCsvReader;

/* The longest record accepted; longer ones are an error, not an out-of-memory. */
#define KP_CSV_READER_MAX_RECORD (16 * 1024 * 1024)

KpCsvReader *kp_csv_reader_new (GInputStream *stream,
                                char          delimiter,
                                const char   *display_name);
KpCsvReader *kp_csv_reader_new_from_bytes (GBytes     *bytes,
                                           char        delimiter,
                                           const char *display_name);
void         kp_csv_reader_free (KpCsvReader *self);

gboolean           kp_csv_reader_read_row (KpCsvReader  *self,
                                           gboolean     *out_has_row,
                                           GCancellable *cancellable,
                                           GError      **error);
guint              kp_csv_reader_get_row_number (KpCsvReader *self);
guint              kp_csv_reader_get_n_fields (KpCsvReader *self);
const char        *kp_csv_reader_get_field (KpCsvReader *self,
                                            guint        index);
const char *const *kp_csv_reader_get_fields (KpCsvReader *self);
double             kp_csv_reader_get_fraction (KpCsvReader *self);
/* TRUE when the current record ended with a line end, FALSE when the input ended it. */
gboolean kp_csv_reader_get_row_ended (KpCsvReader *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpCsvReader, kp_csv_reader_free)

G_END_DECLS
