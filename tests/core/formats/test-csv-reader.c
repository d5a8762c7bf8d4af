/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kp-csv-reader.h"
#include "kp-error.h"

static KpCsvReader *
reader_for (const char *text,
            gssize      len,
            char        delimiter)
{
  g_autoptr (GBytes) bytes = g_bytes_new (text, len < 0 ? strlen (text) : (gsize) len);

  return kp_csv_reader_new_from_bytes (bytes, delimiter, "test.csv");
}

/* Reads the next row and returns its fields joined with "|" (or NULL at the end). */
static char *
next (KpCsvReader *reader,
      guint       *out_row)
{
  g_autoptr (GError) error = NULL;
  gboolean has_row = FALSE;

  g_assert_true (kp_csv_reader_read_row (reader, &has_row, NULL, &error));
  g_assert_no_error (error);
  if (!has_row)
    return NULL;
  if (out_row != NULL)
    *out_row = kp_csv_reader_get_row_number (reader);
  return g_strjoinv ("|", (char **) kp_csv_reader_get_fields (reader));
}

static void
expect_end (KpCsvReader *reader)
{
  g_autofree char *row = next (reader, NULL);

  g_assert_null (row);
}

static void
test_quoted_fields (void)
{
  g_autoptr (KpCsvReader) reader = reader_for (
      "\"kod\",\"nazev\"\n"
      "\"19\",\"Hlavní město Praha\"\n"
      "\"27\",\"Benešov, \"\"okres\"\"\"\n"
      "\"35\",\"two\nlines\"\n"
      "\"51\",\n",
      -1, ',');
  guint row = 0;
  char *fields;

  fields = next (reader, &row);
  g_assert_cmpstr (fields, ==, "kod|nazev");
  g_assert_cmpuint (row, ==, 1);
  g_free (fields);

  fields = next (reader, &row);
  g_assert_cmpstr (fields, ==, "19|Hlavní město Praha");
  g_assert_cmpuint (row, ==, 2);
  g_assert_cmpuint (kp_csv_reader_get_n_fields (reader), ==, 2);
  g_assert_cmpstr (kp_csv_reader_get_field (reader, 5), ==, "");
  g_free (fields);

  fields = next (reader, &row);
  g_assert_cmpstr (fields, ==, "27|Benešov, \"okres\"");
  g_free (fields);

  fields = next (reader, &row);
  g_assert_cmpstr (fields, ==, "35|two\nlines");
  g_assert_cmpuint (row, ==, 4);
  g_free (fields);

  /* the record after a two-line one starts on line 6 */
  fields = next (reader, &row);
  g_assert_cmpstr (fields, ==, "51|");
  g_assert_cmpuint (row, ==, 6);
  g_assert_cmpuint (kp_csv_reader_get_n_fields (reader), ==, 2);
  g_free (fields);
  expect_end (reader);
}

static void
test_bom_crlf_no_final_newline (void)
{
  g_autoptr (KpCsvReader) reader = reader_for (
      "\xEF\xBB\xBF"
      "KOD;NAZEV;PLATI_DO\r\n"
      "554782;Praha;\r\n"
      "\r\n"
      "539996;Brdy;31.12.2015 00:00:00",
      -1, ';');
  guint row = 0;
  char *fields;

  fields = next (reader, &row);
  g_assert_cmpstr (fields, ==, "KOD|NAZEV|PLATI_DO"); /* no BOM in the first field */
  g_assert_cmpuint (row, ==, 1);
  g_free (fields);

  fields = next (reader, &row);
  g_assert_cmpstr (fields, ==, "554782|Praha|");
  g_assert_cmpuint (kp_csv_reader_get_n_fields (reader), ==, 3);
  g_free (fields);

  /* the empty line 3 is skipped */
  fields = next (reader, &row);
  g_assert_cmpstr (fields, ==, "539996|Brdy|31.12.2015 00:00:00");
  g_assert_cmpuint (row, ==, 4);
  g_free (fields);
  g_assert_cmpfloat (kp_csv_reader_get_fraction (reader), ==, 1.0);
  expect_end (reader);
}

/* A stream read in chunks gives the same rows as the same bytes in memory, also when a
 * quoted field or a CRLF falls across the chunk boundary. */
static void
test_stream_matches_bytes (void)
{
  g_autoptr (GString) text = g_string_new ("a;b;c\r\n");
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GInputStream) stream = NULL;
  g_autoptr (KpCsvReader) from_bytes = NULL;
  g_autoptr (KpCsvReader) from_stream = NULL;
  guint rows = 0;

  for (int i = 0; i < 9000; i++)
    g_string_append_printf (text, "%d;\"Obec \"\"%d\"\";\r\nnext\";x\r\n", i, i);
  g_assert_cmpuint (text->len, >, 3 * 64 * 1024);
  bytes = g_bytes_new (text->str, text->len);
  from_bytes = kp_csv_reader_new_from_bytes (bytes, ';', "a.csv");
  stream = g_memory_input_stream_new_from_bytes (bytes);
  from_stream = kp_csv_reader_new (stream, ';', "a.csv");

  for (;;)
    {
      guint            row_a = 0, row_b = 0;
      g_autofree char *a = next (from_bytes, &row_a);
      g_autofree char *b = next (from_stream, &row_b);

      g_assert_cmpstr (a, ==, b);
      if (a == NULL)
        break;
      g_assert_cmpuint (row_a, ==, row_b);
      rows++;
    }
  g_assert_cmpuint (rows, ==, 9001);
}

static void
expect_error (const char *text,
              gssize      len,
              const char *message_part)
{
  g_autoptr (KpCsvReader) reader = reader_for (text, len, ';');
  g_autoptr (GError) error = NULL;
  gboolean has_row = TRUE;

  while (kp_csv_reader_read_row (reader, &has_row, NULL, &error) && has_row)
    ;
  g_assert_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "test.csv, row "));
  g_assert_nonnull (strstr (error->message, message_part));
}

static void
test_unterminated_quote (void)
{
  /* the record starts on line 3 and runs to the end of the file */
  expect_error ("a;b\n1;2\n3;\"Hlinsko\n4;5\n", -1, "row 3:");
}

static void
test_invalid_utf8 (void)
{
  /* "Žďár" in Windows-1250 */
  expect_error ("a;b\n1;2\n3;\x8E\xEF\xE1r\n", -1, "row 3:");
  expect_error ("a;b\n1;\xC3\n", -1, "row 2:");
}

static void
test_nul_byte (void)
{
  expect_error ("a\0;b\n", 5, "row 1:");
}

static void
test_text_after_closing_quote (void)
{
  expect_error ("a;b\n\"1\"x;2\n", -1, "row 2:");
}

/* Whether each row ended with a line end (LF, CRLF or CR) or with the input. */
static void
test_row_ended (void)
{
  static const struct
  {
    const char *text;
    gboolean    ended[3];
  } cases[] = {
    { "a;b\n1;2\n", { TRUE, TRUE } },
    { "a;b\r\n1;2", { TRUE, FALSE } },
    { "a;b\r1;\"2\"", { TRUE, FALSE } },
    { "a;b\n1;\"2\n\"\n\n", { TRUE, TRUE } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (KpCsvReader) reader = reader_for (cases[i].text, -1, ';');

      for (guint r = 0; r < 2; r++)
        {
          g_autofree char *row = next (reader, NULL);

          g_assert_nonnull (row);
          g_assert_cmpint (kp_csv_reader_get_row_ended (reader), ==, cases[i].ended[r]);
        }
      expect_end (reader);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/kp/csv-reader/quoted-fields", test_quoted_fields);
  g_test_add_func ("/kp/csv-reader/bom-crlf-no-final-newline", test_bom_crlf_no_final_newline);
  g_test_add_func ("/kp/csv-reader/stream-matches-bytes", test_stream_matches_bytes);
  g_test_add_func ("/kp/csv-reader/unterminated-quote", test_unterminated_quote);
  g_test_add_func ("/kp/csv-reader/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/kp/csv-reader/nul-byte", test_nul_byte);
  g_test_add_func ("/kp/csv-reader/text-after-closing-quote", test_text_after_closing_quote);
  g_test_add_func ("/kp/csv-reader/row-ended", test_row_ended);
  return g_test_run ();
}
