/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>

#include "fuzz-common.h"
#include "kp-csv-reader.h"

/* libFuzzer entry point for the CSV reader (README.md): every input is read to its end
 * with the delimiters of UI_OBEC.csv (";") and of the CzechData code lists (","), from
 * memory and as a stream. A crash, a leak, a field or a message that is not valid UTF-8
 * is a finding. */

static void
read_all (KpCsvReader *reader)
{
  GError  *error = NULL;
  gboolean has_row = TRUE;
  guint    rows = 0;

  while (kp_csv_reader_read_row (reader, &has_row, NULL, &error) && has_row)
    {
      guint n = kp_csv_reader_get_n_fields (reader);

      g_assert (kp_csv_reader_get_row_number (reader) > 0);
      for (guint i = 0; i < n; i++)
        kp_fuzz_check_text (kp_csv_reader_get_field (reader, i));
      g_assert (kp_csv_reader_get_fields (reader)[n] == NULL);
      (void) kp_csv_reader_get_row_ended (reader);
      (void) kp_csv_reader_get_fraction (reader);
      rows++;
    }
  kp_fuzz_check_error (error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char delimiters[] = { ';', ',' };
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);

  for (guint d = 0; d < G_N_ELEMENTS (delimiters); d++)
    {
      g_autoptr (KpCsvReader) reader = kp_csv_reader_new_from_bytes (bytes, delimiters[d],
                                                                     "fuzz.csv");

      read_all (reader);
    }
  {
    g_autoptr (GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
    g_autoptr (KpCsvReader) reader = kp_csv_reader_new (stream, ';', "fuzz.csv");

    read_all (reader);
  }
  return 0;
}
