/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-survey-import.h"
#include "kp-csv-reader.h"
#include "kp-error.h"
#include "kp-survey-private.h"
#include "kp-text-sniff.h"
#include "kp-xlsx-reader.h"

#include <string.h>

/* Reading a survey's responses (rules in kp-survey-import.h). The file is read whole into
 * a table of clean cells first (a survey of 10 000 respondents is a few megabytes), then
 * its columns are matched to the questionnaire or a questionnaire is made from them, and
 * every answer is matched to its question. */

#define MAX_COLUMNS   1000
#define MAX_RESPONSES 200000
#define CHECK_EVERY   1024

typedef struct
{
  GPtrArray    *header; /* const char *, clean, in @cells */
  GPtrArray    *rows;   /* GPtrArray of const char * (clean cells in @cells), per data row */
  GArray       *lines;  /* guint: the row number a user sees for each data row */
  char         *note;
  GStringChunk *cells; /* every cell's text: one allocation per few thousand cells */
  GString      *scratch;
} Table;

static void
table_clear (Table *table)
{
  g_clear_pointer (&table->header, g_ptr_array_unref);
  g_clear_pointer (&table->rows, g_ptr_array_unref);
  g_clear_pointer (&table->lines, g_array_unref);
  g_clear_pointer (&table->note, g_free);
  g_clear_pointer (&table->cells, g_string_chunk_free);
  if (table->scratch != NULL)
    g_string_free (table->scratch, TRUE);
  table->scratch = NULL;
}

/* A cell as kp_survey_clean_cell() leaves it, kept in the table's chunk. */
static const char *
clean_cell (Table      *table,
            const char *cell)
{
  const char *end;

  while (*cell != '\0' && ((guchar) *cell < 0x20 || *cell == ' '))
    cell++;
  if (*cell == '\0')
    return "";
  end = cell + strlen (cell);
  while (end > cell && ((guchar) end[-1] < 0x20 || end[-1] == ' '))
    end--;
  g_string_truncate (table->scratch, 0);
  for (const char *p = cell; p < end; p++)
    g_string_append_c (table->scratch, (guchar) *p < 0x20 ? ' ' : *p);
  return g_string_chunk_insert_len (table->cells, table->scratch->str, (gssize) table->scratch->len);
}

static GPtrArray *
clean_row (Table             *table,
           const char *const *cells,
           guint              n)
{
  GPtrArray *row = g_ptr_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (row, (gpointer) clean_cell (table, cells[i]));
  return row;
}

static gboolean
row_is_empty (GPtrArray *row)
{
  for (guint i = 0; i < row->len; i++)
    if (*(const char *) g_ptr_array_index (row, i) != '\0')
      return FALSE;
  return TRUE;
}

static void
set_row_error (GError    **error,
               const char *display_name,
               guint       row,
               const char *reason)
{
  /* Translators: file name, row number, then what is wrong with the row. */
  g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_RECORD, _ ("%s, row %u: %s"),
               display_name, row, reason);
}

/* Adds a data row: it must have as many cells as the header (trailing empty cells of a
 * spreadsheet may be missing). */
static gboolean
add_row (Table      *table,
         GPtrArray  *row,
         guint       line,
         gboolean    pad,
         const char *display_name,
         GError    **error)
{
  if (row_is_empty (row))
    {
      g_ptr_array_unref (row);
      return TRUE;
    }
  if (pad)
    {
      while (row->len > table->header->len &&
             *(const char *) g_ptr_array_index (row, row->len - 1) == '\0')
        g_ptr_array_set_size (row, row->len - 1);
      while (row->len < table->header->len)
        g_ptr_array_add (row, (gpointer) "");
    }
  if (row->len != table->header->len)
    {
      g_autofree char *reason = g_strdup_printf (
          _ ("the row has %u cells but the header has %u (a broken line, or a “;” inside an "
             "answer that is not in quotes?)"),
          row->len, table->header->len);

      g_ptr_array_unref (row);
      set_row_error (error, display_name, line, reason);
      return FALSE;
    }
  if (table->rows->len >= MAX_RESPONSES)
    {
      g_ptr_array_unref (row);
      set_row_error (error, display_name, line, _ ("the file has too many responses"));
      return FALSE;
    }
  g_ptr_array_add (table->rows, row);
  g_array_append_val (table->lines, line);
  return TRUE;
}

static gboolean
set_header (Table      *table,
            GPtrArray  *header,
            const char *display_name,
            GError    **error)
{
  while (header->len > 0 && *(const char *) g_ptr_array_index (header, header->len - 1) == '\0')
    g_ptr_array_set_size (header, header->len - 1);
  if (header->len == 0 || header->len > MAX_COLUMNS)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   header->len == 0 ? _ ("%s has no header row of questions")
                                    : _ ("%s has too many columns for a survey"),
                   display_name);
      g_ptr_array_unref (header);
      return FALSE;
    }
  table->header = header;
  return TRUE;
}

static gboolean
read_csv (Table        *table,
          GBytes       *contents,
          const char   *display_name,
          GCancellable *cancellable,
          GError      **error)
{
  g_autoptr (GBytes) utf8 = NULL;
  g_autoptr (KpCsvReader) reader = NULL;
  KpTextEncoding encoding = KP_TEXT_ENCODING_UTF8;
  char           delimiter;
  gboolean       has_row = FALSE;

  utf8 = kp_text_to_utf8 (contents, display_name, &encoding, error);
  if (utf8 == NULL)
    return FALSE;
  delimiter = kp_csv_sniff_delimiter (utf8);
  reader = kp_csv_reader_new_from_bytes (utf8, delimiter, display_name);
  if (!kp_csv_reader_read_row (reader, &has_row, cancellable, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT, _ ("%s is empty"),
                   display_name);
      return FALSE;
    }
  if (!set_header (table,
                   clean_row (table, kp_csv_reader_get_fields (reader), kp_csv_reader_get_n_fields (reader)),
                   display_name, error))
    return FALSE;
  for (;;)
    {
      if (!kp_csv_reader_read_row (reader, &has_row, cancellable, error))
        return FALSE;
      if (!has_row)
        break;
      if (!add_row (table,
                    clean_row (table, kp_csv_reader_get_fields (reader), kp_csv_reader_get_n_fields (reader)),
                    kp_csv_reader_get_row_number (reader), FALSE, display_name, error))
        return FALSE;
    }
  table->note = g_strdup_printf (
      /* Translators: how a CSV file was read: its encoding ("Windows-1250") and the character
       * between its columns (";") */
      _ ("CSV in %s, columns separated by “%s”"), kp_text_encoding_get_name (encoding),
      delimiter == '\t' ? _ ("tab") : (delimiter == ';' ? ";" : ","));
  return TRUE;
}

static gboolean
read_xlsx (Table        *table,
           GBytes       *contents,
           const char   *display_name,
           GCancellable *cancellable,
           GError      **error)
{
  g_autoptr (KpXlsxReader) reader = kp_xlsx_reader_new_from_bytes (
      contents, display_name, KP_XLSX_READER_DEFAULT_MAX_UNCOMPRESSED, error);
  gboolean has_row = FALSE;

  if (reader == NULL)
    return FALSE;
  /* The first row that is not empty is the header. */
  do
    {
      if (!kp_xlsx_reader_read_row (reader, &has_row, error))
        return FALSE;
    }
  while (has_row && kp_xlsx_reader_row_is_empty (reader));
  if (!has_row)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT, _ ("%s is empty"),
                   display_name);
      return FALSE;
    }
  if (!set_header (table,
                   clean_row (table, kp_xlsx_reader_get_cells (reader), kp_xlsx_reader_get_n_cells (reader)),
                   display_name, error))
    return FALSE;
  for (guint n = 0;; n++)
    {
      if (n % CHECK_EVERY == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (!kp_xlsx_reader_read_row (reader, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      if (!add_row (table,
                    clean_row (table, kp_xlsx_reader_get_cells (reader), kp_xlsx_reader_get_n_cells (reader)),
                    kp_xlsx_reader_get_row_number (reader), TRUE, display_name, error))
        return FALSE;
    }
  /* Translators: how a spreadsheet was read: the name of its sheet */
  table->note = g_strdup_printf (_ ("Excel workbook, sheet “%s”"),
                                 kp_xlsx_reader_get_sheet_name (reader));
  return TRUE;
}

static gboolean
read_table (Table        *table,
            const char   *path,
            const char   *display_name,
            GCancellable *cancellable,
            GError      **error)
{
  g_autoptr (GMappedFile) mapped = g_mapped_file_new (path, FALSE, error);
  g_autoptr (GBytes) contents = NULL;
  gsize       len = 0;
  const char *data;

  if (mapped == NULL)
    return FALSE;
  contents = g_mapped_file_get_bytes (mapped);
  data = g_bytes_get_data (contents, &len);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  table->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  table->cells = g_string_chunk_new (256 * 1024);
  table->scratch = g_string_new (NULL);
  if (len == 0)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT, _ ("%s is empty"),
                   display_name);
      return FALSE;
    }
  if (len >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    return read_xlsx (table, contents, display_name, cancellable, error);
  return read_csv (table, contents, display_name, cancellable, error);
}

void
kp_survey_import_free (KpSurveyImport *import)
{
  if (import == NULL)
    return;
  g_free (import->display_name);
  g_free (import->note);
  g_clear_pointer (&import->questions, g_ptr_array_unref);
  g_clear_pointer (&import->respondents, g_ptr_array_unref);
  g_clear_pointer (&import->rows, g_ptr_array_unref);
  g_clear_pointer (&import->skipped, g_ptr_array_unref);
  g_free (import);
}

/* "column 4 (Jak jste spokojen…)" */
static char *
describe_column (const Table *table,
                 guint        column)
{
  const char      *header = g_ptr_array_index (table->header, column);
  g_autofree char *shown = g_utf8_strlen (header, -1) > 60 ? g_utf8_substring (header, 0, 57)
                                                           : g_strdup (header);

  return g_strdup_printf (g_utf8_strlen (header, -1) > 60 ? _ ("column %u (“%s…”)")
                                                          : _ ("column %u (“%s”)"),
                          column + 1, shown);
}

static void
set_cell_error (GError     **error,
                const Table *table,
                const char  *display_name,
                guint        row,
                guint        column,
                const char  *reason)
{
  g_autofree char *where = describe_column (table, column);

  /* Translators: file name, row number, "column 4 (“Věk”)", then what is wrong */
  g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_RECORD, _ ("%s, row %u, %s: %s"),
               display_name, g_array_index (table->lines, guint, row), where, reason);
}

/* Which column is the respondent id (-1: none), and which columns are questions. */
static gboolean
classify_columns (const Table    *table,
                  KpSurveyImport *import,
                  int            *out_id_column,
                  GArray         *question_columns,
                  GError        **error)
{
  *out_id_column = -1;
  for (guint c = 0; c < table->header->len; c++)
    {
      const char *header = g_ptr_array_index (table->header, c);

      if (*out_id_column < 0 && kp_survey_header_is_respondent_id (header))
        *out_id_column = (int) c;
      else if (kp_survey_header_is_bookkeeping (header))
        g_ptr_array_add (import->skipped, g_strdup (header));
      else if (*header == '\0')
        {
          g_autofree char *where = describe_column (table, c);

          g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                       _ ("%s, row 1, %s: the column has no question in its header"),
                       import->display_name, where);
          return FALSE;
        }
      else
        g_array_append_val (question_columns, c);
    }
  if (question_columns->len == 0)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s has no column with a question"), import->display_name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_respondents (const Table    *table,
                  KpSurveyImport *import,
                  int             id_column,
                  GError        **error)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint r = 0; r < table->rows->len; r++)
    {
      GPtrArray  *row = g_ptr_array_index (table->rows, r);
      const char *id = id_column >= 0 ? g_ptr_array_index (row, id_column) : "";
      gpointer    first = NULL;

      if (*id == '\0')
        {
          g_ptr_array_add (import->respondents, NULL);
          continue;
        }
      if (g_hash_table_lookup_extended (seen, id, NULL, &first))
        {
          g_autofree char *reason = g_strdup_printf (
              _ ("the respondent “%s” is there twice (row %u too)"), id,
              g_array_index (table->lines, guint, GPOINTER_TO_UINT (first)));

          set_cell_error (error, table, import->display_name, r, (guint) id_column, reason);
          return FALSE;
        }
      g_hash_table_insert (seen, (gpointer) id, GUINT_TO_POINTER (r));
      g_ptr_array_add (import->respondents, g_strdup (id));
    }
  return TRUE;
}

/* The questionnaire's questions in the order of the file's columns: each column must be a
 * question. Questions the file lacks get no answers. */
static gboolean
match_questionnaire (const Table    *table,
                     KpSurveyImport *import,
                     GPtrArray      *questionnaire,
                     GArray         *columns,
                     GArray         *order, /* question index per column */
                     GError        **error)
{
  g_autoptr (GHashTable) by_text = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) used = g_hash_table_new (g_direct_hash, g_direct_equal);

  for (guint q = 0; q < questionnaire->len; q++)
    {
      const KpSurveyQuestion *question = g_ptr_array_index (questionnaire, q);

      g_hash_table_insert (by_text, kp_survey_match_key (question->text), GUINT_TO_POINTER (q + 1));
      g_ptr_array_add (import->questions, kp_survey_question_copy (question));
    }
  for (guint i = 0; i < columns->len; i++)
    {
      guint            c = g_array_index (columns, guint, i);
      g_autofree char *key = kp_survey_match_key (g_ptr_array_index (table->header, c));
      guint            q = GPOINTER_TO_UINT (g_hash_table_lookup (by_text, key));

      if (q == 0 || g_hash_table_contains (used, GUINT_TO_POINTER (q)))
        {
          g_autofree char *where = describe_column (table, c);

          g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                       q == 0 ? _ ("%s, row 1, %s: the survey’s questionnaire has no such "
                                   "question")
                              : _ ("%s, row 1, %s: the question is there twice"),
                       import->display_name, where);
          return FALSE;
        }
      g_hash_table_add (used, GUINT_TO_POINTER (q));
      q--;
      g_array_append_val (order, q);
    }
  return TRUE;
}

static void
infer_questionnaire (const Table    *table,
                     KpSurveyImport *import,
                     GArray         *columns,
                     GArray         *order)
{
  g_autoptr (GPtrArray) cells = g_ptr_array_sized_new (table->rows->len);

  for (guint i = 0; i < columns->len; i++)
    {
      guint c = g_array_index (columns, guint, i);

      g_ptr_array_set_size (cells, 0);
      for (guint r = 0; r < table->rows->len; r++)
        g_ptr_array_add (cells, g_ptr_array_index ((GPtrArray *) g_ptr_array_index (table->rows, r), c));
      g_ptr_array_add (import->questions,
                       kp_survey_infer_question ((int) i + 1, g_ptr_array_index (table->header, c),
                                                 cells));
      g_array_append_val (order, i);
    }
  import->inferred = TRUE;
}

/* Every answer matched to its question, each respondent's row joined. */
static gboolean
match_answers (const Table       *table,
               KpSurveyImport    *import,
               GArray            *columns,
               GArray            *order,
               const char *const *obce,
               GCancellable      *cancellable,
               GError           **error)
{
  guint             n_questions = import->questions->len;
  KpAnswerMatcher **matchers = g_new0 (KpAnswerMatcher *, n_questions);
  int              *column_of = g_new (int, n_questions); /* question → file column, -1 */
  gboolean          ok = TRUE;
  GString          *out = g_string_sized_new (1024);

  for (guint q = 0; q < n_questions; q++)
    {
      matchers[q] = kp_answer_matcher_new (g_ptr_array_index (import->questions, q), obce);
      column_of[q] = -1;
    }
  for (guint i = 0; i < columns->len; i++)
    column_of[g_array_index (order, guint, i)] = (int) g_array_index (columns, guint, i);

  for (guint r = 0; ok && r < table->rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (table->rows, r);

      if (r % CHECK_EVERY == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          ok = FALSE;
          break;
        }
      g_string_truncate (out, 0);
      for (guint q = 0; ok && q < n_questions; q++)
        {
          g_autofree char *reason = NULL;

          if (q > 0)
            g_string_append_c (out, KP_SURVEY_CELL_SEPARATOR);
          if (column_of[q] < 0)
            continue;
          if (!kp_answer_matcher_append (matchers[q], g_ptr_array_index (row, column_of[q]), out,
                                         &reason))
            {
              set_cell_error (error, table, import->display_name, r, (guint) column_of[q], reason);
              ok = FALSE;
            }
        }
      if (ok)
        g_ptr_array_add (import->rows, g_strndup (out->str, out->len));
    }
  for (guint q = 0; q < n_questions; q++)
    kp_answer_matcher_free (matchers[q]);
  g_free (matchers);
  g_free (column_of);
  g_string_free (out, TRUE);
  return ok;
}

KpSurveyImport *
kp_survey_import_read (const char        *path,
                       GPtrArray         *questionnaire,
                       const char *const *obce,
                       GCancellable      *cancellable,
                       GError           **error)
{
  g_autoptr (KpSurveyImport) import = g_new0 (KpSurveyImport, 1);
  g_autoptr (GArray) columns = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  Table    table = { 0 };
  int      id_column = -1;
  gboolean ok;

  g_return_val_if_fail (path != NULL, NULL);

  import->display_name = g_filename_display_basename (path);
  import->questions = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_survey_question_free);
  import->respondents = g_ptr_array_new_with_free_func (g_free);
  import->rows = g_ptr_array_new_with_free_func (g_free);
  import->skipped = g_ptr_array_new_with_free_func (g_free);

  ok = read_table (&table, path, import->display_name, cancellable, error);
  if (ok && table.rows->len == 0)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s has a header but no responses"), import->display_name);
      ok = FALSE;
    }
  ok = ok && classify_columns (&table, import, &id_column, columns, error) &&
       read_respondents (&table, import, id_column, error);
  if (ok && questionnaire != NULL && questionnaire->len > 0)
    ok = match_questionnaire (&table, import, questionnaire, columns, order, error);
  else if (ok)
    infer_questionnaire (&table, import, columns, order);
  ok = ok && match_answers (&table, import, columns, order, obce, cancellable, error);
  if (ok)
    import->note = g_steal_pointer (&table.note);
  table_clear (&table);
  return ok ? g_steal_pointer (&import) : NULL;
}
