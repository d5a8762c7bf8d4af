/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-test-reference.h"

#include <string.h>
#include <zip.h>

#include "kp-database-private.h"
#include "kp-error.h"
#include "kp-test-utils.h"

const KpTestObec kp_test_obce[] = {
  { "554782", 100, 110 }, /* Praha, ORP 19 */
  { "568414", 50, 52 },   /* Havlíčkův Brod, ORP 949 */
  { "500011", 3, 4 },     /* ORP 949 */
  { "500020", 0, 1 },     /* ORP 949 */
  { "500038", 7, 6 },     /* ORP 949 */
  { "500046", 2, 2 },     /* ORP 949 */
  { "500054", 20, 21 },   /* Ždírec, ORP 957 */
  { "500062", 5, 5 },     /* ORP 957 */
  { "500071", 4, 3 },     /* Nová Ves, ORP 965 */
  { "500089", 6, 6 },     /* Nová Ves, ORP 1001 */
  { "500097", 9, 8 },     /* ORP 1001 */
  { "500101", 1, 1 },     /* ORP 965 */
  { "500119", 3, 3 },     /* ORP 965 */
  { "500127", 2, 3 },     /* ORP 949 */
  { "500135", 4, 4 },     /* ORP 957 */
  { "500143", 5, 4 },     /* ORP 1001 */
};
const guint kp_test_n_obce = G_N_ELEMENTS (kp_test_obce);

#define SPREADSHEET_NS "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define RELS_NS        "http://schemas.openxmlformats.org/package/2006/relationships"
#define DOC_RELS       "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

struct _KpTestCsuSheet
{
  GString *xml;
  guint    row;
  gboolean single_years;
};

char *
kp_test_reference_path (const char *name)
{
  g_autofree char *relative = g_build_filename ("reference", name, NULL);

  return kp_test_data_path (relative);
}

/**
 * kp_test_write_zip:
 * @parts: part name, contents, part name, contents, …, %NULL
 */
void
kp_test_write_zip (const char        *path,
                   const char *const *parts)
{
  int    error_code = 0;
  zip_t *zip = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, &error_code);

  g_assert_nonnull (zip);
  for (guint i = 0; parts[i] != NULL; i += 2)
    {
      zip_source_t *source = zip_source_buffer (zip, parts[i + 1], strlen (parts[i + 1]), 0);

      g_assert_nonnull (source);
      g_assert_cmpint (zip_file_add (zip, parts[i], source, ZIP_FL_ENC_UTF_8), >=, 0);
    }
  g_assert_cmpint (zip_close (zip), ==, 0);
}

/**
 * kp_test_write_xlsx:
 * @sheet_xml: the rows, the content of <sheetData>
 * @shared_strings_xml: (nullable): the <si> elements
 * @created: (nullable): the creation time in docProps/core.xml
 *
 * Returns: the path of a minimal workbook with one sheet "List1"
 */
char *
kp_test_write_xlsx (const char *dir,
                    const char *name,
                    const char *sheet_xml,
                    const char *shared_strings_xml,
                    const char *created)
{
  char            *path = g_build_filename (dir, name, NULL);
  g_autofree char *root_rels = g_strdup_printf (
      "<Relationships xmlns=\"" RELS_NS "\">"
      "<Relationship Id=\"rId1\" Type=\"" DOC_RELS "/officeDocument\" Target=\"xl/workbook.xml\"/>"
      "%s</Relationships>",
      created != NULL ? "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
                        "package/2006/relationships/metadata/core-properties\" "
                        "Target=\"docProps/core.xml\"/>"
                      : "");
  g_autofree char *workbook_rels = g_strdup_printf (
      "<Relationships xmlns=\"" RELS_NS "\">"
      "<Relationship Id=\"rId1\" Type=\"" DOC_RELS "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
      "%s</Relationships>",
      shared_strings_xml != NULL ? "<Relationship Id=\"rId2\" Type=\"" DOC_RELS
                                   "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                                 : "");
  g_autofree char *sheet = g_strdup_printf (
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<worksheet xmlns=\"" SPREADSHEET_NS "\"><sheetData>%s</sheetData></worksheet>",
      sheet_xml);
  g_autofree char *strings = g_strdup_printf (
      "<sst xmlns=\"" SPREADSHEET_NS "\">%s</sst>",
      shared_strings_xml != NULL ? shared_strings_xml : "");
  g_autofree char *core = g_strdup_printf (
      "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
      "core-properties\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
      "<dcterms:created xsi:type=\"dcterms:W3CDTF\">%s</dcterms:created></cp:coreProperties>",
      created != NULL ? created : "");
  const char *parts[16];
  guint       n = 0;

  parts[n++] = "[Content_Types].xml";
  parts[n++] = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
  parts[n++] = "_rels/.rels";
  parts[n++] = root_rels;
  parts[n++] = "xl/workbook.xml";
  parts[n++] = "<workbook xmlns=\"" SPREADSHEET_NS "\" xmlns:r=\"" DOC_RELS "\"><sheets>"
               "<sheet name=\"List1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  parts[n++] = "xl/_rels/workbook.xml.rels";
  parts[n++] = workbook_rels;
  parts[n++] = "xl/worksheets/sheet1.xml";
  parts[n++] = sheet;
  if (shared_strings_xml != NULL)
    {
      parts[n++] = "xl/sharedStrings.xml";
      parts[n++] = strings;
    }
  if (created != NULL)
    {
      parts[n++] = "docProps/core.xml";
      parts[n++] = core;
    }
  parts[n] = NULL;
  kp_test_write_zip (path, parts);
  return path;
}

static char *
column_name (guint column)
{
  char  buffer[8];
  guint i = sizeof buffer - 1;

  buffer[i] = '\0';
  column++;
  while (column > 0)
    {
      buffer[--i] = (char) ('A' + (column - 1) % 26);
      column = (column - 1) / 26;
    }
  return g_strdup (buffer + i);
}

static void
add_text (GString    *xml,
          guint       column,
          guint       row,
          const char *text)
{
  g_autofree char *ref = column_name (column);
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append_printf (xml, "<c r=\"%s%u\" t=\"inlineStr\"><is><t>%s</t></is></c>", ref, row,
                          escaped);
}

/* A number, or anything else written as if it were one (for bad counts). */
static void
add_number (GString    *xml,
            guint       column,
            guint       row,
            const char *value)
{
  g_autofree char *ref = column_name (column);

  if (value == NULL || value[0] == '\0')
    return;
  g_string_append_printf (xml, "<c r=\"%s%u\"><v>%s</v></c>", ref, row, value);
}

static const char *const bands[] = {
  "0-4",
  "5-9",
  "10-14",
  "15-19",
  "20-24",
  "25-29",
  "30-34",
  "35-39",
  "40-44",
  "45-49",
  "50-54",
  "55-59",
  "60-64",
  "65-69",
  "70-74",
  "75-79",
  "80-84",
  "85+",
};

KpTestCsuSheet *
kp_test_csu_sheet_new (gboolean single_years)
{
  KpTestCsuSheet *sheet = g_new0 (KpTestCsuSheet, 1);
  const char     *names[] = { "POH", "ZUJ", "Obec", "Okres", "Kraj", "Celkem" };
  guint           column = 0;

  sheet->xml = g_string_new ("<row r=\"1\">");
  sheet->row = 1;
  sheet->single_years = single_years;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    add_text (sheet->xml, column++, 1, names[i]);
  if (single_years)
    {
      for (int year = 0; year <= 84; year++)
        {
          g_autofree char *number = g_strdup_printf ("%d", year);

          add_number (sheet->xml, column++, 1, number);
        }
      add_text (sheet->xml, column++, 1, "85+");
      add_text (sheet->xml, column++, 1, "X");
    }
  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    add_text (sheet->xml, column++, 1, bands[i]);
  g_string_append (sheet->xml, "</row>");
  return sheet;
}

void
kp_test_csu_sheet_add_row (KpTestCsuSheet    *sheet,
                           const char        *poh,
                           const char        *zuj,
                           const char *const *counts)
{
  guint row = ++sheet->row;
  guint column = 0;

  g_string_append_printf (sheet->xml, "<row r=\"%u\">", row);
  add_text (sheet->xml, column++, row, poh);
  add_text (sheet->xml, column++, row, zuj);
  add_text (sheet->xml, column++, row, "Obec");
  add_text (sheet->xml, column++, row, "Okres");
  add_text (sheet->xml, column++, row, "Kraj");
  add_number (sheet->xml, column++, row, counts[0]);
  if (sheet->single_years)
    {
      /* The single years are not imported; the "85+" that ends them holds a value that
       * would break the band sum if it were taken for the band. */
      for (int year = 0; year <= 84; year++)
        add_number (sheet->xml, column++, row, "0");
      add_number (sheet->xml, column++, row, "999");
      column++; /* X: empty */
    }
  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    add_number (sheet->xml, column++, row, counts[1 + i]);
  g_string_append (sheet->xml, "</row>");
}

void
kp_test_csu_sheet_add_obec (KpTestCsuSheet *sheet,
                            const char     *zuj,
                            int             m,
                            int             z)
{
  const char *const poh[] = { "celkem", "muži", "ženy" };

  for (int sex = 0; sex < 3; sex++)
    {
      g_auto (GStrv) counts = g_new0 (char *, 20);
      int total = 0;

      for (int k = 0; k < 18; k++)
        {
          int value = sex == 0 ? m + z + 2 * k : (sex == 1 ? m : z) + k;

          counts[1 + k] = g_strdup_printf ("%d", value);
          total += value;
        }
      counts[0] = g_strdup_printf ("%d", total);
      kp_test_csu_sheet_add_row (sheet, poh[sex], zuj, (const char *const *) counts);
    }
}

void
kp_test_csu_sheet_add_empty_row (KpTestCsuSheet *sheet)
{
  guint row = ++sheet->row;

  g_string_append_printf (sheet->xml, "<row r=\"%u\"><c r=\"G%u\" s=\"2\"/></row>", row, row);
}

char *
kp_test_csu_sheet_finish (KpTestCsuSheet *sheet)
{
  char *xml = g_string_free (sheet->xml, FALSE);

  g_free (sheet);
  return xml;
}

void
kp_test_write_csu_files (const char *dir,
                         int         year,
                         char      **out_do_999,
                         char      **out_nad_1000)
{
  KpTestCsuSheet  *small = kp_test_csu_sheet_new (FALSE);
  KpTestCsuSheet  *large = kp_test_csu_sheet_new (TRUE);
  g_autofree char *small_xml = NULL;
  g_autofree char *large_xml = NULL;
  g_autofree char *small_name = g_strdup_printf ("%d_vek_do_999.xlsx", year);
  g_autofree char *large_name = g_strdup_printf ("%d_vek_nad_1000.xlsx", year);

  for (guint i = 0; i < kp_test_n_obce; i++)
    {
      const KpTestObec *obec = &kp_test_obce[i];
      int               total = 18 * (obec->m + obec->z) + 306;

      kp_test_csu_sheet_add_obec (total >= 1000 ? large : small, obec->kod, obec->m, obec->z);
    }
  kp_test_csu_sheet_add_empty_row (small); /* the ČSÚ file ends with empty rows */
  small_xml = kp_test_csu_sheet_finish (small);
  large_xml = kp_test_csu_sheet_finish (large);
  *out_do_999 = kp_test_write_xlsx (dir, small_name, small_xml, NULL, NULL);
  *out_nad_1000 = kp_test_write_xlsx (dir, large_name, large_xml, NULL, NULL);
}

GStrv
kp_test_ruian_paths (void)
{
  const char *const names[] = { "UI_OBEC.csv", "pou.csv", "ciselnik_CSU.csv",
                                "orp.csv", "kraje.csv", "okresy.csv" };
  GStrv             paths = g_new0 (char *, G_N_ELEMENTS (names) + 1);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    paths[i] = kp_test_reference_path (names[i]);
  return paths;
}

KpLibrary *
kp_test_open_library (const char *dir)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "reference.sqlite", NULL);
  KpLibrary       *library = kp_library_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (library);
  return library;
}

void
kp_test_import_ok (KpLibrary         *library,
                   const char *const *paths)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = kp_library_import_files (library, paths, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (records);
  g_assert_cmpuint (records->len, ==, g_strv_length ((char **) paths));
}

gint64
kp_test_library_query_int (KpLibrary  *library,
                           const char *sql)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpDatabase) db = kp_database_open (kp_library_get_path (library),
                                                KP_DATABASE_KIND_LIBRARY,
                                                KP_DATABASE_FLAGS_NONE, &error);
  g_autoptr (sqlite3_stmt) stmt = NULL;

  g_assert_no_error (error);
  stmt = kp_database_prepare (db, sql, &error);
  g_assert_no_error (error);
  g_assert_true (kp_database_step_row (db, stmt, &error));
  g_assert_no_error (error);
  return sqlite3_column_int64 (stmt, 0);
}

static const char SQL_DUMP_TABLES[] =
    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
    "ESCAPE '\\' AND name NOT LIKE 'undo\\_%' ESCAPE '\\' AND name <> 'import_undo' "
    "ORDER BY name";

char *
kp_test_library_dump (const char *path)
{
  return kp_test_database_dump (path, KP_DATABASE_KIND_LIBRARY);
}

char *
kp_test_database_dump (const char    *path,
                       KpDatabaseKind kind)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpDatabase) db = kp_database_open (path, kind, KP_DATABASE_FLAGS_NONE, &error);
  g_autoptr (sqlite3_stmt) tables = NULL;
  GString *dump = g_string_new (NULL);

  g_assert_no_error (error);
  tables = kp_database_prepare (db, SQL_DUMP_TABLES, &error);
  g_assert_no_error (error);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char      *name = kp_database_column_text (tables, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", name);
      g_autoptr (sqlite3_stmt) rows = kp_database_prepare (db, sql, &error);

      g_assert_no_error (error);
      g_string_append_printf (dump, "-- %s\n", name);
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (rows); c++)
            {
              g_string_append (dump, c > 0 ? "|" : "");
              switch (sqlite3_column_type (rows, c))
                {
                case SQLITE_NULL:
                  g_string_append (dump, "NULL");
                  break;
                case SQLITE_INTEGER:
                  g_string_append_printf (dump, "%" G_GINT64_FORMAT,
                                          (gint64) sqlite3_column_int64 (rows, c));
                  break;
                case SQLITE_FLOAT:
                  g_string_append_printf (dump, "%.17g", sqlite3_column_double (rows, c));
                  break;
                case SQLITE_BLOB:
                  {
                    const guchar *blob = sqlite3_column_blob (rows, c);

                    g_string_append (dump, "X'");
                    for (int b = 0; b < sqlite3_column_bytes (rows, c); b++)
                      g_string_append_printf (dump, "%02x", blob[b]);
                    g_string_append_c (dump, '\'');
                  }
                  break;
                default:
                  g_string_append_printf (dump, "'%s'", sqlite3_column_text (rows, c));
                  break;
                }
            }
          g_string_append_c (dump, '\n');
        }
    }
  return g_string_free (dump, FALSE);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” does not contain “%s”", text, part);
}

/**
 * kp_test_import_fails:
 * @expected_part: (nullable): more text the message must contain, e.g. "row 17"
 *
 * Imports @paths, expects the error and checks that nothing changed.
 */
void
kp_test_import_fails (KpLibrary         *library,
                      const char *const *paths,
                      int                code,
                      const char        *file_name,
                      const char        *expected_part)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = NULL;
  KpLibraryCounts before = { 0 };
  KpLibraryCounts after = { 0 };
  gint64          log_before = kp_test_library_query_int (library, "SELECT count(*) FROM import_log");

  g_assert_true (kp_library_get_counts (library, &before, &error));
  g_assert_no_error (error);

  records = kp_library_import_files (library, paths, NULL, NULL, &error);
  g_assert_null (records);
  g_assert_error (error, KP_IMPORT_ERROR, code);
  g_test_message ("refused as expected: %s", error->message);
  assert_contains (error->message, file_name);
  if (expected_part != NULL)
    assert_contains (error->message, expected_part);
  g_clear_error (&error);

  g_assert_true (kp_library_get_counts (library, &after, &error));
  g_assert_no_error (error);
  g_assert_cmpint (after.kraje, ==, before.kraje);
  g_assert_cmpint (after.okresy, ==, before.okresy);
  g_assert_cmpint (after.orp, ==, before.orp);
  g_assert_cmpint (after.pou, ==, before.pou);
  g_assert_cmpint (after.obce, ==, before.obce);
  g_assert_cmpint (after.obce_with_population, ==, before.obce_with_population);
  g_assert_cmpint (after.population, ==, before.population);
  g_assert_cmpstr (after.population_date, ==, before.population_date);
  g_assert_cmpint (after.boundaries_obce, ==, before.boundaries_obce);
  g_assert_cmpint (after.boundaries_orp, ==, before.boundaries_orp);
  g_assert_cmpint (after.boundaries_kraje, ==, before.boundaries_kraje);
  g_assert_cmpint (kp_test_library_query_int (library, "SELECT count(*) FROM import_log"), ==,
                   log_before);
  kp_library_counts_clear (&before);
  kp_library_counts_clear (&after);
}
