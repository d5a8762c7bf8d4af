/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-xlsx-reader.h"
#include "kp-xlsx-private.h"

#include <string.h>

/* The sheet is fed to a libxml2 push parser in chunks; each </row> puts a finished row in
 * a queue that kp_xlsx_reader_read_row() drains, so only a chunk's worth of rows is ever
 * held. */

#define CHUNK_SIZE   (256 * 1024)
#define MAX_COLUMNS  16384     /* XFD, Excel's last column */
#define MAX_ROW_TEXT (1 << 24) /* a row's text, against absurd cells */

typedef enum
{
  CELL_NUMBER,
  CELL_SHARED,
  CELL_INLINE,
  CELL_OTHER,
} CellType;

typedef struct
{
  guint column;
  guint offset;
} CellRef;

typedef struct
{
  guint    number;
  GString *text;  /* cell values, each ending in NUL */
  GArray  *cells; /* CellRef */
} Row;

struct _KpXlsxReader
{
  KpXlsxPackage pkg;
  KpXlsxParse   parse; /* of the sheet */

  char *sheet_name;

  /* sheet streaming */
  zip_file_t  *sheet;
  zip_uint64_t sheet_size;
  zip_uint64_t sheet_read;
  char        *chunk;
  gboolean     sheet_done;

  /* parse state */
  gboolean in_sheet_data;
  gboolean in_is;
  gboolean in_rph;
  gboolean collecting;
  CellType cell_type;
  guint    cell_column;
  guint    cell_start;
  int      last_column;
  guint    last_row;
  Row     *building;

  GQueue     ready; /* Row * */
  GPtrArray *spare; /* Row * */
  Row       *current;
  GPtrArray *cells; /* const char *, NULL-terminated */
};

static Row *
row_new (void)
{
  Row *row = g_new0 (Row, 1);

  row->text = g_string_sized_new (512);
  row->cells = g_array_new (FALSE, FALSE, sizeof (CellRef));
  return row;
}

static void
row_free (gpointer data)
{
  Row *row = data;

  g_string_free (row->text, TRUE);
  g_array_unref (row->cells);
  g_free (row);
}

static void
recycle_row (KpXlsxReader *self,
             Row          *row)
{
  g_string_truncate (row->text, 0);
  g_array_set_size (row->cells, 0);
  g_ptr_array_add (self->spare, row);
}

static Row *
take_row (KpXlsxReader *self)
{
  if (self->spare->len > 0)
    return g_ptr_array_steal_index_fast (self->spare, self->spare->len - 1);
  return row_new ();
}

/* "AB12" → column 27 (0-based; the row is not read); FALSE when it is no cell reference. */
static gboolean
parse_cell_ref (const char *start,
                const char *end,
                guint      *out_column)
{
  guint       column = 0;
  const char *p = start;

  while (p < end && *p >= 'A' && *p <= 'Z')
    {
      column = column * 26 + (guint) (*p - 'A' + 1);
      if (column > MAX_COLUMNS)
        return FALSE;
      p++;
    }
  if (p == start)
    return FALSE;
  *out_column = column - 1;
  return TRUE;
}

static guint
parse_uint (const char *start,
            const char *end,
            gboolean   *out_ok)
{
  guint64 value = 0;

  *out_ok = start < end;
  for (const char *p = start; p < end; p++)
    {
      if (*p < '0' || *p > '9' || value > G_MAXUINT / 10)
        {
          *out_ok = FALSE;
          return 0;
        }
      value = value * 10 + (guint) (*p - '0');
    }
  return (guint) value;
}

static void
stop_with_error (KpXlsxReader *self,
                 char         *message)
{
  kp_xlsx_parse_stop (&self->parse, message);
}

static void
start_row (KpXlsxReader   *self,
           int             n_attributes,
           const xmlChar **attributes)
{
  const char *r = NULL;
  const char *r_end = NULL;
  gboolean    ok = FALSE;
  guint       number = 0;

  kp_xlsx_find_attribute (n_attributes, attributes, "r", &r, &r_end);
  if (r != NULL)
    number = parse_uint (r, r_end, &ok);
  if (!ok || number <= self->last_row)
    number = self->last_row + 1;
  self->last_row = number;
  self->last_column = -1;
  self->building = take_row (self);
  self->building->number = number;
}

static void
start_cell (KpXlsxReader   *self,
            int             n_attributes,
            const xmlChar **attributes)
{
  const char *r = NULL, *r_end = NULL, *t = NULL, *t_end = NULL;
  guint       column;

  kp_xlsx_find_attribute (n_attributes, attributes, "r", &r, &r_end);
  kp_xlsx_find_attribute (n_attributes, attributes, "t", &t, &t_end);
  if (r == NULL || !parse_cell_ref (r, r_end, &column))
    column = (guint) (self->last_column + 1);
  if (column >= MAX_COLUMNS)
    {
      stop_with_error (self, g_strdup_printf (_ ("%s, row %u: too many columns"),
                                              self->pkg.display_name, self->building->number));
      return;
    }
  self->last_column = (int) column;
  self->cell_column = column;
  self->cell_start = (guint) self->building->text->len;
  if (t == NULL || (t_end - t == 1 && *t == 'n'))
    self->cell_type = CELL_NUMBER;
  else if (t_end - t == 1 && *t == 's')
    self->cell_type = CELL_SHARED;
  else if (t_end - t == 9 && memcmp (t, "inlineStr", 9) == 0)
    self->cell_type = CELL_INLINE;
  else
    self->cell_type = CELL_OTHER;
}

static void
end_cell (KpXlsxReader *self)
{
  Row    *row = self->building;
  CellRef ref = { self->cell_column, self->cell_start };

  if (self->cell_type == CELL_SHARED && row->text->len > self->cell_start)
    {
      const char *index_text = row->text->str + self->cell_start;
      gboolean    ok;
      guint       index = parse_uint (index_text, row->text->str + row->text->len, &ok);

      if (!ok || index >= self->pkg.strings->len)
        {
          g_autofree char *quoted = kp_error_quote (index_text, -1);

          stop_with_error (self,
                           g_strdup_printf (_ ("%s, row %u: a cell refers to shared string "
                                               "“%s”, which does not exist"),
                                            self->pkg.display_name, row->number, quoted));
          return;
        }
      g_string_truncate (row->text, self->cell_start);
      g_string_append (row->text, g_ptr_array_index (self->pkg.strings, index));
    }
  g_string_append_c (row->text, '\0');
  g_array_append_val (row->cells, ref);
}

static void
on_sheet_start_element (void           *user_data,
                        const xmlChar  *localname,
                        const xmlChar  *prefix,
                        const xmlChar  *uri,
                        int             n_namespaces,
                        const xmlChar **namespaces,
                        int             n_attributes,
                        int             n_defaulted,
                        const xmlChar **attributes)
{
  KpXlsxReader *self = user_data;
  const char   *name = (const char *) localname;

  if (!self->in_sheet_data)
    {
      if (strcmp (name, "sheetData") == 0)
        self->in_sheet_data = TRUE;
      return;
    }
  switch (name[0])
    {
    case 'c':
      if (name[1] == '\0' && self->building != NULL)
        start_cell (self, n_attributes, attributes);
      break;
    case 'v':
      if (name[1] == '\0' && self->building != NULL)
        self->collecting = TRUE;
      break;
    case 'r':
      if (strcmp (name, "row") == 0 && self->building == NULL)
        start_row (self, n_attributes, attributes);
      else if (strcmp (name, "rPh") == 0)
        self->in_rph = TRUE;
      break;
    case 'i':
      if (name[1] == 's' && name[2] == '\0')
        self->in_is = TRUE;
      break;
    case 't':
      if (name[1] == '\0' && self->in_is && !self->in_rph && self->building != NULL)
        self->collecting = TRUE;
      break;
    default:
      break;
    }
}

static void
on_sheet_end_element (void          *user_data,
                      const xmlChar *localname,
                      const xmlChar *prefix,
                      const xmlChar *uri)
{
  KpXlsxReader *self = user_data;
  const char   *name = (const char *) localname;

  if (!self->in_sheet_data)
    return;
  switch (name[0])
    {
    case 'c':
      if (name[1] == '\0' && self->building != NULL)
        end_cell (self);
      break;
    case 'v':
    case 't':
      if (name[1] == '\0')
        self->collecting = FALSE;
      break;
    case 'r':
      if (strcmp (name, "row") == 0 && self->building != NULL)
        {
          g_queue_push_tail (&self->ready, self->building);
          self->building = NULL;
        }
      else if (strcmp (name, "rPh") == 0)
        self->in_rph = FALSE;
      break;
    case 'i':
      if (name[1] == 's' && name[2] == '\0')
        self->in_is = FALSE;
      break;
    case 's':
      if (strcmp (name, "sheetData") == 0)
        self->in_sheet_data = FALSE;
      break;
    default:
      break;
    }
}

static void
on_sheet_characters (void          *user_data,
                     const xmlChar *text,
                     int            len)
{
  KpXlsxReader *self = user_data;

  if (!self->collecting)
    return;
  if (G_UNLIKELY (self->building->text->len + (gsize) len > MAX_ROW_TEXT))
    {
      stop_with_error (self, g_strdup_printf (_ ("%s, row %u: the row is too long"),
                                              self->pkg.display_name, self->building->number));
      return;
    }
  g_string_append_len (self->building->text, (const char *) text, len);
}

/**
 * kp_xlsx_reader_new_from_bytes:
 * @bytes: the whole .xlsx file
 * @display_name: the file name used in messages
 * @max_uncompressed: refuse archives that unpack to more than this many bytes
 *
 * Opens the archive, finds the first worksheet and reads the shared strings.
 *
 * Returns: (transfer full): a reader, or %NULL with @error set
 */
KpXlsxReader *
kp_xlsx_reader_new_from_bytes (GBytes     *bytes,
                               const char *display_name,
                               gsize       max_uncompressed,
                               GError    **error)
{
  g_autoptr (KpXlsxReader) self = g_new0 (KpXlsxReader, 1);
  g_autofree char *sheet_path = NULL;
  xmlSAXHandler    sax;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  g_queue_init (&self->ready);
  self->spare = g_ptr_array_new_with_free_func (row_free);
  self->cells = g_ptr_array_new ();
  if (!kp_xlsx_package_open (&self->pkg, bytes, display_name, max_uncompressed, error) ||
      !kp_xlsx_package_find_first_sheet (&self->pkg, &self->sheet_name, &sheet_path, error) ||
      !kp_xlsx_package_read_shared_strings (&self->pkg, error))
    return NULL;

  self->sheet = kp_xlsx_package_open_part (&self->pkg, sheet_path, &self->sheet_size, error);
  if (self->sheet == NULL)
    return NULL;

  kp_xlsx_sax_init (&sax);
  sax.startElementNs = on_sheet_start_element;
  sax.endElementNs = on_sheet_end_element;
  sax.characters = on_sheet_characters;
  sax.cdataBlock = on_sheet_characters;
  sax.ignorableWhitespace = on_sheet_characters;
  if (!kp_xlsx_parse_begin (&self->parse, &self->pkg, &sax, self, sheet_path, error))
    return NULL;
  self->chunk = g_malloc (CHUNK_SIZE);
  return g_steal_pointer (&self);
}

/**
 * kp_xlsx_reader_open:
 *
 * Returns: (transfer full): a reader over the file at @path, or %NULL with @error set
 */
KpXlsxReader *
kp_xlsx_reader_open (const char *path,
                     GError    **error)
{
  g_autoptr (GMappedFile) mapped = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *display = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  display = g_filename_display_basename (path);
  mapped = g_mapped_file_new (path, FALSE, error);
  if (mapped == NULL)
    return NULL;
  bytes = g_mapped_file_get_bytes (mapped);
  return kp_xlsx_reader_new_from_bytes (bytes, display, KP_XLSX_READER_DEFAULT_MAX_UNCOMPRESSED,
                                        error);
}

void
kp_xlsx_reader_free (KpXlsxReader *self)
{
  Row *row;

  if (self == NULL)
    return;
  while ((row = g_queue_pop_head (&self->ready)) != NULL)
    row_free (row);
  g_clear_pointer (&self->building, row_free);
  g_clear_pointer (&self->current, row_free);
  g_clear_pointer (&self->spare, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->sheet, zip_fclose);
  kp_xlsx_parse_clear (&self->parse);
  kp_xlsx_package_close (&self->pkg);
  g_free (self->sheet_name);
  g_free (self->chunk);
  g_free (self);
}

/**
 * kp_xlsx_reader_get_sheet_name:
 *
 * Returns: the name of the first worksheet, e.g. "do 999"
 */
const char *
kp_xlsx_reader_get_sheet_name (KpXlsxReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->sheet_name;
}

/**
 * kp_xlsx_reader_dup_created:
 *
 * Returns: (nullable): the creation time from docProps/core.xml as written there (ISO
 * 8601), or %NULL without an error when the workbook does not say
 */
char *
kp_xlsx_reader_dup_created (KpXlsxReader *self,
                            GError      **error)
{
  g_return_val_if_fail (self != NULL, NULL);
  return kp_xlsx_package_dup_created (&self->pkg, error);
}

static void
deliver (KpXlsxReader *self,
         Row          *row)
{
  guint n = 0;

  if (self->current != NULL)
    recycle_row (self, self->current);
  self->current = row;
  for (guint i = 0; i < row->cells->len; i++)
    n = MAX (n, g_array_index (row->cells, CellRef, i).column + 1);
  g_ptr_array_set_size (self->cells, 0);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (self->cells, (gpointer) "");
  for (guint i = 0; i < row->cells->len; i++)
    {
      const CellRef *ref = &g_array_index (row->cells, CellRef, i);

      self->cells->pdata[ref->column] = row->text->str + ref->offset;
    }
  g_ptr_array_add (self->cells, NULL);
}

/**
 * kp_xlsx_reader_read_row:
 * @out_has_row: set to %FALSE after the last row
 *
 * Reads the next row of the sheet (rows the file leaves out are skipped; rows whose cells
 * are all empty are returned, see kp_xlsx_reader_row_is_empty()).
 *
 * Returns: %FALSE with @error set when the file is broken
 */
gboolean
kp_xlsx_reader_read_row (KpXlsxReader *self,
                         gboolean     *out_has_row,
                         GError      **error)
{
  Row *row;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (out_has_row != NULL, FALSE);

  *out_has_row = FALSE;
  while (g_queue_is_empty (&self->ready))
    {
      zip_int64_t n;

      if (self->sheet_done)
        return TRUE;
      n = kp_xlsx_package_feed (&self->pkg, self->sheet, &self->parse, self->chunk, CHUNK_SIZE,
                                error);
      if (n < 0)
        return FALSE;
      self->sheet_read += (zip_uint64_t) n;
      if (n == 0)
        self->sheet_done = TRUE;
    }
  row = g_queue_pop_head (&self->ready);
  deliver (self, row);
  *out_has_row = TRUE;
  return TRUE;
}

/**
 * kp_xlsx_reader_get_row_number:
 *
 * Returns: the sheet's row number of the current row (1 for the first row)
 */
guint
kp_xlsx_reader_get_row_number (KpXlsxReader *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->current != NULL ? self->current->number : 0;
}

guint
kp_xlsx_reader_get_n_cells (KpXlsxReader *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->cells->len > 0 ? self->cells->len - 1 : 0;
}

/**
 * kp_xlsx_reader_get_cell:
 * @column: 0 for column A
 *
 * Returns: the cell's text, "" for an empty or missing cell
 */
const char *
kp_xlsx_reader_get_cell (KpXlsxReader *self,
                         guint         column)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (column >= kp_xlsx_reader_get_n_cells (self))
    return "";
  return g_ptr_array_index (self->cells, column);
}

/**
 * kp_xlsx_reader_get_cells:
 *
 * Returns: (transfer none): the current row's cells by column, %NULL-terminated
 */
const char *const *
kp_xlsx_reader_get_cells (KpXlsxReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char *const *) self->cells->pdata;
}

gboolean
kp_xlsx_reader_row_is_empty (KpXlsxReader *self)
{
  guint n = kp_xlsx_reader_get_n_cells (self);

  for (guint i = 0; i < n; i++)
    if (*(const char *) g_ptr_array_index (self->cells, i) != '\0')
      return FALSE;
  return TRUE;
}

double
kp_xlsx_reader_get_fraction (KpXlsxReader *self)
{
  g_return_val_if_fail (self != NULL, 0.0);
  if (self->sheet_size == 0)
    return 0.0;
  return MIN (1.0, (double) self->sheet_read / (double) self->sheet_size);
}
