/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-common.h"
#include "kp-xlsx-reader.h"

/* libFuzzer entry point for the xlsx reader (README.md): every input is opened as a
 * workbook (libzip, then libxml2's SAX parser on its parts) with a budget of 4 MB
 * unpacked, and its first sheet is read to the end. A crash, a leak, a cell or a message
 * that is not valid UTF-8 is a finding. */

#define MAX_UNCOMPRESSED (4 * 1024 * 1024)

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (KpXlsxReader) reader = NULL;
  GError  *error = NULL;
  gboolean has_row = TRUE;
  char    *created;

  reader = kp_xlsx_reader_new_from_bytes (bytes, "fuzz.xlsx", MAX_UNCOMPRESSED, &error);
  if (reader == NULL)
    {
      kp_fuzz_check_error (error);
      return 0;
    }
  kp_fuzz_check_text (kp_xlsx_reader_get_sheet_name (reader));
  created = kp_xlsx_reader_dup_created (reader, &error);
  kp_fuzz_check_text (created);
  g_free (created);
  kp_fuzz_check_error (error);
  error = NULL;

  while (kp_xlsx_reader_read_row (reader, &has_row, &error) && has_row)
    {
      guint n = kp_xlsx_reader_get_n_cells (reader);

      for (guint i = 0; i < n; i++)
        kp_fuzz_check_text (kp_xlsx_reader_get_cell (reader, i));
      g_assert (kp_xlsx_reader_get_cells (reader)[n] == NULL);
      (void) kp_xlsx_reader_get_row_number (reader);
      (void) kp_xlsx_reader_row_is_empty (reader);
      (void) kp_xlsx_reader_get_fraction (reader);
    }
  kp_fuzz_check_error (error);
  return 0;
}
