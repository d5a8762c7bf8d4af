/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kp-error.h"
#include "kp-test-reference.h"
#include "kp-test-utils.h"
#include "kp-xlsx-reader.h"

#define NS "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->dir = kp_test_make_tmpdir ();
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
next (KpXlsxReader *reader,
      guint        *out_row)
{
  g_autoptr (GError) error = NULL;
  gboolean has_row = FALSE;

  g_assert_true (kp_xlsx_reader_read_row (reader, &has_row, &error));
  g_assert_no_error (error);
  if (!has_row)
    return NULL;
  *out_row = kp_xlsx_reader_get_row_number (reader);
  return g_strjoinv ("|", (char **) kp_xlsx_reader_get_cells (reader));
}

static void
test_cells (Fixture      *fixture,
            gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = kp_test_write_xlsx (
      fixture->dir, "cells.xlsx",
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
      "<c r=\"C1\"><v>84</v></c><c r=\"D1\" t=\"s\"><v>2</v></c></row>"
      "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Žďár nad Sázavou</t></is></c>"
      "<c r=\"C2\" s=\"2\"><v>1851</v></c><c r=\"E2\" t=\"inlineStr\"><is><r><t>a</t></r>"
      "<r><t xml:space=\"preserve\"> &amp; b</t></r></is></c></row>"
      "<row r=\"5\"><c r=\"B5\" s=\"2\"/><c r=\"C5\"/></row>"
      "<row r=\"6\"><c t=\"s\"><v>1</v></c><c><v>7</v></c><c r=\"AA6\"><v>2.5</v></c></row>",
      "<si><t>POH</t></si><si><r><t>Z</t></r><r><t>UJ</t></r><rPh><t>x</t></rPh></si>"
      "<si><t>85+</t></si>",
      "2021-09-14T13:42:01Z");
  g_autoptr (KpXlsxReader) reader = kp_xlsx_reader_open (path, &error);
  g_autofree char *created = NULL;
  guint            row = 0;
  char            *cells;

  g_assert_no_error (error);
  g_assert_cmpstr (kp_xlsx_reader_get_sheet_name (reader), ==, "List1");
  created = kp_xlsx_reader_dup_created (reader, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (created, ==, "2021-09-14T13:42:01Z");

  cells = next (reader, &row);
  g_assert_cmpstr (cells, ==, "POH|ZUJ|84|85+");
  g_assert_cmpuint (row, ==, 1);
  g_free (cells);

  cells = next (reader, &row);
  g_assert_cmpstr (cells, ==, "Žďár nad Sázavou||1851||a & b");
  g_assert_cmpuint (row, ==, 2);
  g_assert_cmpstr (kp_xlsx_reader_get_cell (reader, 2), ==, "1851");
  g_assert_cmpstr (kp_xlsx_reader_get_cell (reader, 40), ==, "");
  g_assert_false (kp_xlsx_reader_row_is_empty (reader));
  g_free (cells);

  /* rows the file leaves out are skipped; a row of empty cells is returned as empty */
  cells = next (reader, &row);
  g_assert_cmpuint (row, ==, 5);
  g_assert_cmpstr (cells, ==, "||");
  g_assert_true (kp_xlsx_reader_row_is_empty (reader));
  g_free (cells);

  /* cells without a reference follow each other */
  cells = next (reader, &row);
  g_assert_cmpuint (row, ==, 6);
  g_assert_cmpuint (kp_xlsx_reader_get_n_cells (reader), ==, 27);
  g_assert_cmpstr (kp_xlsx_reader_get_cell (reader, 0), ==, "ZUJ");
  g_assert_cmpstr (kp_xlsx_reader_get_cell (reader, 1), ==, "7");
  g_assert_cmpstr (kp_xlsx_reader_get_cell (reader, 26), ==, "2.5");
  g_free (cells);

  cells = next (reader, &row);
  g_assert_null (cells);
  g_assert_cmpfloat (kp_xlsx_reader_get_fraction (reader), ==, 1.0);
}

/* The first sheet in the workbook's order, wherever its part is. */
static void
test_sheet_found_through_relationships (Fixture      *fixture,
                                        gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char  *path = g_build_filename (fixture->dir, "rels.xlsx", NULL);
  const char *const parts[] = {
    "_rels/.rels",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"r\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/officeDocument\" Target=\"/book/main.xml\"/></Relationships>",
    "book/main.xml",
    "<x:workbook xmlns:x=\"" NS "\" xmlns:r=\"http://schemas.openxmlformats.org/"
    "officeDocument/2006/relationships\"><x:sheets>"
    "<x:sheet name=\"do 999\" sheetId=\"2\" r:id=\"b\"/>"
    "<x:sheet name=\"other\" sheetId=\"1\" r:id=\"a\"/></x:sheets></x:workbook>",
    "book/_rels/main.xml.rels",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"a\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/worksheet\" Target=\"sheets/a.xml\"/>"
    "<Relationship Id=\"b\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/worksheet\" Target=\"./sheets/../sheets/b.xml\"/></Relationships>",
    "book/sheets/a.xml",
    "<worksheet xmlns=\"" NS "\"><sheetData><row r=\"1\"><c><v>1</v></c></row></sheetData>"
    "</worksheet>",
    "book/sheets/b.xml",
    "<x:worksheet xmlns:x=\"" NS "\"><x:sheetData><x:row r=\"3\"><x:c r=\"B3\"><x:v>2</x:v>"
    "</x:c></x:row></x:sheetData></x:worksheet>",
    NULL,
  };
  g_autoptr (KpXlsxReader) reader = NULL;
  g_autofree char *cells = NULL;
  g_autofree char *created = NULL;
  guint            row = 0;

  kp_test_write_zip (path, parts);
  reader = kp_xlsx_reader_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kp_xlsx_reader_get_sheet_name (reader), ==, "do 999");
  cells = next (reader, &row);
  g_assert_cmpstr (cells, ==, "|2");
  g_assert_cmpuint (row, ==, 3);
  /* no document properties: no date, no error */
  created = kp_xlsx_reader_dup_created (reader, &error);
  g_assert_no_error (error);
  g_assert_null (created);
}

static void
expect_open_error (const char *path,
                   const char *message_part)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpXlsxReader) reader = kp_xlsx_reader_open (path, &error);
  g_autofree char *name = g_path_get_basename (path);

  g_assert_null (reader);
  g_assert_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, name));
  g_assert_nonnull (strstr (error->message, message_part));
}

/* Reads every row and expects the reading to fail. */
static void
expect_read_error (const char *path,
                   const char *message_part)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpXlsxReader) reader = kp_xlsx_reader_open (path, &error);
  gboolean has_row = TRUE;

  g_assert_no_error (error);
  while (kp_xlsx_reader_read_row (reader, &has_row, &error) && has_row)
    ;
  g_assert_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, message_part));
}

static void
test_truncated (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = kp_test_write_xlsx (fixture->dir, "whole.xlsx",
                                              "<row r=\"1\"><c><v>1</v></c></row>", NULL, NULL);
  g_autofree char *cut = g_build_filename (fixture->dir, "cut.xlsx", NULL);
  g_autofree char *contents = NULL;
  gsize            len;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  g_file_set_contents (cut, contents, (gssize) (len * 2 / 3), &error);
  g_assert_no_error (error);
  expect_open_error (cut, "cut.xlsx is not an xlsx workbook");

  g_file_set_contents (cut, contents, 0, &error);
  g_assert_no_error (error);
  expect_open_error (cut, "cut.xlsx is empty");
}

static void
test_missing_parts (Fixture      *fixture,
                    gconstpointer data)
{
  g_autofree char  *no_workbook = g_build_filename (fixture->dir, "a.xlsx", NULL);
  g_autofree char  *no_sheet = g_build_filename (fixture->dir, "b.xlsx", NULL);
  const char *const parts_a[] = { "xl/worksheets/sheet1.xml", "<worksheet/>", NULL };
  const char *const parts_b[] = {
    "xl/workbook.xml",
    "<workbook xmlns=\"" NS "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/"
    "2006/relationships\"><sheets><sheet name=\"x\" r:id=\"rId1\"/></sheets></workbook>",
    "xl/_rels/workbook.xml.rels",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
    NULL,
  };

  kp_test_write_zip (no_workbook, parts_a);
  expect_open_error (no_workbook, "the part “xl/workbook.xml” is missing");
  kp_test_write_zip (no_sheet, parts_b);
  expect_open_error (no_sheet, "the part “xl/worksheets/sheet1.xml” is missing");
}

static void
test_malformed_xml (Fixture      *fixture,
                    gconstpointer data)
{
  g_autofree char *path = kp_test_write_xlsx (fixture->dir, "bad.xlsx",
                                              "<row r=\"1\"><c><v>1</v></c></row><row>", NULL,
                                              NULL);
  g_autofree char *strings = kp_test_write_xlsx (fixture->dir, "strings.xlsx",
                                                 "<row r=\"1\"><c t=\"s\"><v>7</v></c></row>",
                                                 "<si><t>only one</t></si>", NULL);

  expect_read_error (path, "is not well-formed XML");
  expect_read_error (strings, "shared string “7”");
}

/* What a message quotes of a damaged file is valid UTF-8 and short. */
static void
assert_message_fits (const GError *error)
{
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_cmpint (g_utf8_strlen (error->message, -1), <, 300);
}

static void
test_damaged_text_in_messages (Fixture      *fixture,
                               gconstpointer data)
{
  /* A start tag cut inside "ť" (C4 8F): libxml2's message quotes the tag's raw bytes. */
  g_autofree char *cut_tag = kp_test_write_xlsx (fixture->dir, "cut-tag.xlsx",
                                                 "<row r=\"1\"><c r=\"A1\"/></row><t\xC4", NULL,
                                                 NULL);
  g_autoptr (GString) long_name = g_string_new ("<row r=\"1\"><c r=\"A1\"/></row><");
  g_autofree char *long_tag = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KpXlsxReader) reader = NULL;
  gboolean has_row = TRUE;

  for (int i = 0; i < 5000; i++)
    g_string_append (long_name, "\xC5\x99");
  g_string_append (long_name, "\xC4");
  long_tag = kp_test_write_xlsx (fixture->dir, "long-tag.xlsx", long_name->str, NULL, NULL);

  expect_read_error (cut_tag, "is not well-formed XML");
  reader = kp_xlsx_reader_open (cut_tag, &error);
  g_assert_no_error (error);
  while (kp_xlsx_reader_read_row (reader, &has_row, &error) && has_row)
    ;
  assert_message_fits (error);
  g_clear_error (&error);
  g_clear_pointer (&reader, kp_xlsx_reader_free);

  reader = kp_xlsx_reader_open (long_tag, &error);
  g_assert_no_error (error);
  while (kp_xlsx_reader_read_row (reader, &has_row, &error) && has_row)
    ;
  assert_message_fits (error);
}

/* Entities are never defined or expanded ("billion laughs"). */
static void
test_entities_refused (Fixture      *fixture,
                       gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "entities.xlsx", NULL);
  g_autofree char *sheet = g_strdup_printf (
      "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">"
      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
      "<worksheet xmlns=\"%s\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&b;</t></is>"
      "</c></row></sheetData></worksheet>",
      NS);
  const char *const parts[] = {
    "xl/workbook.xml",
    "<workbook xmlns=\"" NS "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/"
    "2006/relationships\"><sheets><sheet name=\"x\" r:id=\"rId1\"/></sheets></workbook>",
    "xl/_rels/workbook.xml.rels",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
    "xl/worksheets/sheet1.xml",
    sheet,
    NULL,
  };

  kp_test_write_zip (path, parts);
  expect_read_error (path, "entities.xlsx is damaged");
}

static void
test_zip_bomb (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) rows = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (KpXlsxReader) reader = NULL;
  gboolean has_row = TRUE;
  gsize    len;

  for (int i = 1; i <= 20000; i++)
    g_string_append_printf (rows, "<row r=\"%d\"><c><v>%d</v></c></row>", i, i);
  path = kp_test_write_xlsx (fixture->dir, "bomb.xlsx", rows->str, NULL, NULL);
  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&contents), len);

  /* the sheet part says it is larger than allowed: refused before reading */
  reader = kp_xlsx_reader_new_from_bytes (bytes, "bomb.xlsx", 64 * 1024, &error);
  g_assert_null (reader);
  g_assert_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "bomb.xlsx unpacks to more than"));
  g_clear_error (&error);

  /* the whole file fits the budget: read to the end */
  reader = kp_xlsx_reader_new_from_bytes (bytes, "bomb.xlsx", rows->len + 4096, &error);
  g_assert_no_error (error);
  while (kp_xlsx_reader_read_row (reader, &has_row, &error) && has_row)
    ;
  g_assert_no_error (error);
  g_assert_cmpuint (kp_xlsx_reader_get_row_number (reader), ==, 20000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/kp/xlsx-reader/cells", test_cells);
  ADD ("/kp/xlsx-reader/sheet-found-through-relationships", test_sheet_found_through_relationships);
  ADD ("/kp/xlsx-reader/truncated", test_truncated);
  ADD ("/kp/xlsx-reader/missing-parts", test_missing_parts);
  ADD ("/kp/xlsx-reader/malformed-xml", test_malformed_xml);
  ADD ("/kp/xlsx-reader/damaged-text-in-messages", test_damaged_text_in_messages);
  ADD ("/kp/xlsx-reader/entities-refused", test_entities_refused);
  ADD ("/kp/xlsx-reader/zip-bomb", test_zip_bomb);
#undef ADD
  return g_test_run ();
}
