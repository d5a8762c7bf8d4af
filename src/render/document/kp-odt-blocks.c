/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-document-style.h"
#include "kp-odt-private.h"

#include <math.h>

/* Lists, tables, figures and the contents in content.xml.
 *
 * A table is a table:table with its widths, its header rows in table:table-header-rows
 * (which LibreOffice and Word repeat on every page) and a caption paragraph above it; a
 * figure is a PNG drawn by its callback (kp-odt-png.c), in a frame with its alternative text
 * as title and description; the contents are a text:table-of-content whose body lists the
 * headings with links, for the application to number when it updates the index. */

static const char *const cell_styles[2][3] = {
  { "Table_20_Contents", "Kp_Cell_C", "Kp_Cell_R" },
  { "Table_20_Heading", "Kp_Head_C", "Kp_Head_R" },
};

static void
aligned_style (KpOdt      *odt,
               const char *name,
               const char *parent,
               const char *align)
{
  kp_odt_start (odt, "style:style");
  kp_odt_attr (odt, "style:name", name);
  kp_odt_attr (odt, "style:family", "paragraph");
  kp_odt_attr (odt, "style:parent-style-name", parent);
  kp_odt_start (odt, "style:paragraph-properties");
  kp_odt_attr (odt, "fo:text-align", align);
  kp_odt_end (odt);
  kp_odt_end (odt);
}

static void
cell_style (KpOdt      *odt,
            const char *name,
            gboolean    header)
{
  kp_odt_start (odt, "style:style");
  kp_odt_attr (odt, "style:name", name);
  kp_odt_attr (odt, "style:family", "table-cell");
  kp_odt_start (odt, "style:table-cell-properties");
  kp_odt_attr (odt, "fo:padding-top", "0.1cm");
  kp_odt_attr (odt, "fo:padding-bottom", "0.1cm");
  kp_odt_attr (odt, "fo:padding-left", "0.14cm");
  kp_odt_attr (odt, "fo:padding-right", "0.14cm");
  kp_odt_attr (odt, "fo:border-top", "none");
  kp_odt_attr (odt, "fo:border-left", "none");
  kp_odt_attr (odt, "fo:border-right", "none");
  kp_odt_attr (odt, "fo:border-bottom", header ? "0.9pt solid #0e3b5c" : "0.4pt solid #b9c8d4");
  if (header)
    kp_odt_attr (odt, "fo:background-color", "#e8f0f7");
  kp_odt_end (odt);
  kp_odt_end (odt);
}

static void
list_level (KpOdt        *odt,
            KpDocListKind kind,
            int           level)
{
  double indent = 14.7 * level;

  if (kind == KP_DOC_LIST_BULLETED)
    {
      kp_odt_start (odt, "text:list-level-style-bullet");
      kp_odt_attr_int (odt, "text:level", level);
      kp_odt_attr (odt, "text:bullet-char", level == 1 ? "•" : "–");
    }
  else
    {
      kp_odt_start (odt, "text:list-level-style-number");
      kp_odt_attr_int (odt, "text:level", level);
      kp_odt_attr (odt, "style:num-suffix", level == 1 ? "." : ")");
      kp_odt_attr (odt, "style:num-format", level == 1 ? "1" : "a");
    }
  kp_odt_start (odt, "style:list-level-properties");
  kp_odt_attr (odt, "text:list-level-position-and-space-mode", "label-alignment");
  kp_odt_start (odt, "style:list-level-label-alignment");
  kp_odt_attr (odt, "text:label-followed-by", "listtab");
  kp_odt_attr_length (odt, "text:list-tab-stop-position", indent);
  kp_odt_attr_length (odt, "fo:text-indent", -14.7);
  kp_odt_attr_length (odt, "fo:margin-left", indent);
  kp_odt_end (odt);
  kp_odt_end (odt);
  kp_odt_end (odt);
}

static void
list_style (KpOdt        *odt,
            const char   *name,
            KpDocListKind kind)
{
  kp_odt_start (odt, "text:list-style");
  kp_odt_attr (odt, "style:name", name);
  for (int level = 1; level <= 2; level++)
    list_level (odt, kind, level);
  kp_odt_end (odt);
}

static double
text_width (KpOdt *odt,
            guint  b)
{
  return odt->wide[b] ? KP_ODT_LANDSCAPE_WIDTH : KP_ODT_PORTRAIT_WIDTH;
}

/* An estimate of the width of the widest word of the header cells of @column, in points
 * (bold 9.5 pt averages some 0.6 em a character), with the cell's padding: a column is
 * never narrower, so that no word of a header is split. */
static double
header_word_width (const KpDocTable *table,
                   guint             column)
{
  glong widest = 0;

  for (guint r = 0; r < table->n_header_rows; r++)
    {
      const KpDocParagraph *cell = kp_doc_table_get_cell (table, r, column);

      for (guint i = 0; cell != NULL && i < cell->spans->len; i++)
        {
          g_auto (GStrv) words = g_strsplit_set (g_array_index (cell->spans, KpDocSpan, i).text,
                                                 " \n", -1);

          for (guint w = 0; words[w] != NULL; w++)
            widest = MAX (widest, g_utf8_strlen (words[w], -1));
        }
    }
  return widest > 0 ? widest * 9.5 * 0.6 + 10 : 0;
}

static void
table_styles (KpOdt            *odt,
              guint             b,
              int               number,
              const KpDocTable *table)
{
  g_autofree double *widths = g_new0 (double, table->n_columns);
  g_autofree double *minimum = g_new0 (double, table->n_columns);
  g_autofree char   *name = g_strdup_printf ("Kp_Table%d", number);
  double             width = text_width (odt, b);

  kp_doc_table_get_widths (table, widths);
  for (guint c = 0; c < table->n_columns; c++)
    {
      widths[c] *= width;
      minimum[c] = MIN (header_word_width (table, c), width / table->n_columns);
    }
  kp_doc_widths_fit_minimum (widths, minimum, table->n_columns);
  kp_odt_start (odt, "style:style");
  kp_odt_attr (odt, "style:name", name);
  kp_odt_attr (odt, "style:family", "table");
  /* a table without a caption turns the page itself */
  if (table->caption == NULL && (odt->flags[b] & (KP_ODT_LANDSCAPE | KP_ODT_PORTRAIT)))
    kp_odt_attr (odt, "style:master-page-name",
                 odt->flags[b] & KP_ODT_LANDSCAPE ? "Landscape" : "Standard");
  kp_odt_start (odt, "style:table-properties");
  kp_odt_attr_length (odt, "style:width", width);
  kp_odt_attr (odt, "table:align", "margins");
  kp_odt_attr (odt, "fo:margin-top", "0.1cm");
  kp_odt_attr (odt, "fo:margin-bottom", "0.35cm");
  if (table->caption == NULL && (odt->flags[b] & KP_ODT_BREAK_BEFORE))
    kp_odt_attr (odt, "fo:break-before", "page");
  kp_odt_end (odt);
  kp_odt_end (odt);
  for (guint c = 0; c < table->n_columns; c++)
    {
      g_autofree char *column = g_strdup_printf ("%s.C%u", name, c);
      g_autofree char *relative = g_strdup_printf ("%d*", (int) lround (widths[c] * 100));

      kp_odt_start (odt, "style:style");
      kp_odt_attr (odt, "style:name", column);
      kp_odt_attr (odt, "style:family", "table-column");
      kp_odt_start (odt, "style:table-column-properties");
      kp_odt_attr_length (odt, "style:column-width", widths[c]);
      kp_odt_attr (odt, "style:rel-column-width", relative);
      kp_odt_end (odt);
      kp_odt_end (odt);
    }
}

/**
 * kp_odt_automatic_block_styles:
 *
 * The automatic styles of cells, lists and of each table (its width and columns).
 */
void
kp_odt_automatic_block_styles (KpOdt *odt)
{
  int number = 0;

  aligned_style (odt, "Kp_Cell_C", "Table_20_Contents", "center");
  aligned_style (odt, "Kp_Cell_R", "Table_20_Contents", "end");
  aligned_style (odt, "Kp_Head_C", "Table_20_Heading", "center");
  aligned_style (odt, "Kp_Head_R", "Table_20_Heading", "end");
  cell_style (odt, "Kp_Cell", FALSE);
  cell_style (odt, "Kp_Head", TRUE);
  list_style (odt, "Kp_Bullets", KP_DOC_LIST_BULLETED);
  list_style (odt, "Kp_Numbers", KP_DOC_LIST_NUMBERED);
  for (guint b = 0; b < odt->model->blocks->len; b++)
    {
      const KpDocBlock *block = g_ptr_array_index (odt->model->blocks, b);

      if (block->kind == KP_DOC_BLOCK_TABLE)
        table_styles (odt, b, ++number, block->table);
    }
}

static void
write_list (KpOdt           *odt,
            const KpDocList *list,
            const char      *first_style)
{
  kp_odt_start (odt, "text:list");
  kp_odt_attr (odt, "text:style-name",
               list->kind == KP_DOC_LIST_BULLETED ? "Kp_Bullets" : "Kp_Numbers");
  for (guint i = 0; i < list->items->len; i++)
    {
      const KpDocListItem *item = g_ptr_array_index (list->items, i);

      kp_odt_start (odt, "text:list-item");
      kp_odt_paragraph (odt, i == 0 && first_style != NULL ? first_style : "List",
                        &item->paragraph);
      if (item->sublist != NULL)
        write_list (odt, item->sublist, NULL);
      kp_odt_end (odt);
    }
  kp_odt_end (odt);
}

void
kp_odt_list (KpOdt           *odt,
             guint            b,
             const KpDocList *list)
{
  g_autofree char *style = kp_odt_block_style (odt, b, "List");

  if (list->items->len > 0)
    write_list (odt, list, style);
}

/* "Tabulka 3: caption", the number as a sequence field that applications renumber. */
static void
caption (KpOdt      *odt,
         const char *style,
         const char *sequence,
         int         number,
         const char *anchor,
         const char *text)
{
  g_autofree char *ref = g_strdup_printf ("ref%s%d", sequence, number);
  g_autofree char *formula = g_strdup_printf ("ooow:%s+1", sequence);
  char             value[16];

  g_snprintf (value, sizeof value, "%d", number);
  kp_odt_start (odt, "text:p");
  kp_odt_attr (odt, "text:style-name", style);
  if (anchor != NULL)
    {
      kp_odt_start (odt, "text:bookmark");
      kp_odt_attr (odt, "text:name", anchor);
      kp_odt_end (odt);
    }
  odt->space = TRUE;
  kp_odt_text (odt, sequence);
  kp_odt_text (odt, " ");
  kp_odt_start (odt, "text:sequence");
  kp_odt_attr (odt, "text:ref-name", ref);
  kp_odt_attr (odt, "text:name", sequence);
  kp_odt_attr (odt, "text:formula", formula);
  kp_odt_attr (odt, "style:num-format", "1");
  kp_odt_text (odt, value);
  kp_odt_end (odt);
  kp_odt_text (odt, ": ");
  kp_odt_text (odt, text);
  kp_odt_end (odt);
}

static void
write_row (KpOdt            *odt,
           const KpDocTable *table,
           guint             row)
{
  gboolean header = row < table->n_header_rows;

  kp_odt_start (odt, "table:table-row");
  for (guint c = 0; c < table->n_columns; c++)
    {
      KpDocAlign align = table->columns[c].align;

      kp_odt_start (odt, "table:table-cell");
      kp_odt_attr (odt, "table:style-name", header ? "Kp_Head" : "Kp_Cell");
      kp_odt_attr (odt, "office:value-type", "string");
      kp_odt_paragraph (odt, cell_styles[header][CLAMP ((int) align, 0, 2)],
                        kp_doc_table_get_cell (table, row, c));
      kp_odt_end (odt);
    }
  kp_odt_end (odt);
}

void
kp_odt_table (KpOdt            *odt,
              guint             b,
              const KpDocTable *table)
{
  guint            n_rows = kp_doc_table_get_n_rows (table);
  int              number = ++odt->n_tables;
  g_autofree char *style = g_strdup_printf ("Kp_Table%d", number);
  g_autofree char *name = g_strdup_printf ("%s%d", odt->words->table, number);
  guint            n_header = MIN (table->n_header_rows, n_rows);

  if (table->caption != NULL)
    {
      g_autofree char *caption_style = kp_odt_block_style (odt, b, "Table");

      caption (odt, caption_style, odt->words->table, number, table->anchor, table->caption);
    }
  kp_odt_start (odt, "table:table");
  kp_odt_attr (odt, "table:name", name);
  kp_odt_attr (odt, "table:style-name", style);
  for (guint c = 0; c < table->n_columns; c++)
    {
      g_autofree char *column = g_strdup_printf ("%s.C%u", style, c);

      kp_odt_start (odt, "table:table-column");
      kp_odt_attr (odt, "table:style-name", column);
      kp_odt_end (odt);
    }
  if (n_header > 0)
    {
      kp_odt_start (odt, "table:table-header-rows");
      for (guint r = 0; r < n_header; r++)
        write_row (odt, table, r);
      kp_odt_end (odt);
    }
  for (guint r = n_header; r < n_rows; r++)
    write_row (odt, table, r);
  kp_odt_end (odt);
}

void
kp_odt_figure (KpOdt             *odt,
               guint              b,
               const KpDocFigure *figure)
{
  double           max_height = 841.89 - 2 * 60;
  double           scale = MIN (1.0, MIN (text_width (odt, b) / figure->width,
                                          max_height / figure->height));
  double           width = figure->width * scale, height = figure->height * scale;
  int              number = figure->caption != NULL ? ++odt->n_figures : 0;
  KpOdtPicture    *picture = g_new0 (KpOdtPicture, 1);
  g_autofree char *style = kp_odt_block_style (odt, b, "Kp_Figure");
  g_autofree char *name = g_strdup_printf ("%s%u", odt->words->figure, odt->pictures->len + 1);
  const char      *alt = figure->alt != NULL ? figure->alt : figure->caption;

  picture->path = g_strdup_printf ("Pictures/figure-%u.png", odt->pictures->len + 1);
  picture->data = kp_odt_render_png (figure, width, height);
  if (picture->data == NULL)
    {
      /* out of memory in zlib: the figure is left out, its caption stays */
      kp_odt_picture_free (picture);
      if (figure->caption != NULL)
        caption (odt, "Figure", odt->words->figure, number, figure->anchor, figure->caption);
      return;
    }
  g_ptr_array_add (odt->pictures, picture);

  kp_odt_start (odt, "text:p");
  kp_odt_attr (odt, "text:style-name", style);
  if (figure->anchor != NULL && figure->caption == NULL)
    {
      kp_odt_start (odt, "text:bookmark");
      kp_odt_attr (odt, "text:name", figure->anchor);
      kp_odt_end (odt);
    }
  kp_odt_start (odt, "draw:frame");
  kp_odt_attr (odt, "draw:name", name);
  kp_odt_attr (odt, "text:anchor-type", "as-char");
  kp_odt_attr_length (odt, "svg:width", width);
  kp_odt_attr_length (odt, "svg:height", height);
  kp_odt_attr (odt, "draw:z-index", "0");
  kp_odt_start (odt, "draw:image");
  kp_odt_attr (odt, "xlink:href", picture->path);
  kp_odt_attr (odt, "xlink:type", "simple");
  kp_odt_attr (odt, "xlink:show", "embed");
  kp_odt_attr (odt, "xlink:actuate", "onLoad");
  kp_odt_attr (odt, "loext:mime-type", "image/png");
  kp_odt_end (odt);
  if (alt != NULL)
    {
      kp_odt_element (odt, "svg:title", alt);
      kp_odt_element (odt, "svg:desc", alt);
    }
  kp_odt_end (odt);
  kp_odt_end (odt);
  if (figure->caption != NULL)
    caption (odt, "Figure", odt->words->figure, number, figure->anchor, figure->caption);
}

static void
draw_logo (cairo_t *cr,
           double   width,
           double   height,
           gpointer user_data)
{
  g_autoptr (GPtrArray) one = g_ptr_array_new ();

  g_ptr_array_add (one, user_data);
  kp_document_draw_logos (cr, one, 0, 0, height, 0);
}

/**
 * kp_odt_logos:
 *
 * The logos of the title page in a paragraph, each a picture of its own at the height of
 * the PDF's row, named by its file.
 */
void
kp_odt_logos (KpOdt *odt)
{
  const KpDocModel *model = odt->model;
  double            height = KP_ODT_LOGO_HEIGHT;
  double            total;

  if (model->logo_images == NULL || model->logo_images->len == 0)
    return;
  total = kp_document_measure_logos (model->logo_images, height, KP_ODT_LOGO_GAP);
  if (total > KP_ODT_PORTRAIT_WIDTH)
    height *= KP_ODT_PORTRAIT_WIDTH / total;
  kp_odt_start (odt, "text:p");
  kp_odt_attr (odt, "text:style-name", "Kp_Logos");
  for (guint i = 0; i < model->logo_images->len; i++)
    {
      const KpDocumentLogo *logo = g_ptr_array_index (model->logos, i);
      g_autoptr (GPtrArray) one = g_ptr_array_new ();
      KpDocFigure      figure = { 0 };
      KpOdtPicture    *picture;
      double           width;
      g_autofree char *name = NULL;

      g_ptr_array_add (one, g_ptr_array_index (model->logo_images, i));
      width = kp_document_measure_logos (one, height, 0);
      figure.draw = draw_logo;
      figure.user_data = g_ptr_array_index (model->logo_images, i);
      picture = g_new0 (KpOdtPicture, 1);
      picture->path = g_strdup_printf ("Pictures/logo-%u.png", i + 1);
      picture->data = kp_odt_render_png (&figure, width, height);
      if (picture->data == NULL)
        {
          kp_odt_picture_free (picture);
          continue;
        }
      g_ptr_array_add (odt->pictures, picture);
      if (i > 0)
        {
          kp_odt_start (odt, "text:s");
          kp_odt_attr_int (odt, "text:c", 4);
          kp_odt_end (odt);
        }
      name = g_strdup_printf ("Logo %u", i + 1);
      kp_odt_start (odt, "draw:frame");
      kp_odt_attr (odt, "draw:name", name);
      kp_odt_attr (odt, "text:anchor-type", "as-char");
      kp_odt_attr_length (odt, "svg:width", width);
      kp_odt_attr_length (odt, "svg:height", height);
      kp_odt_attr (odt, "draw:z-index", "0");
      kp_odt_start (odt, "draw:image");
      kp_odt_attr (odt, "xlink:href", picture->path);
      kp_odt_attr (odt, "xlink:type", "simple");
      kp_odt_attr (odt, "xlink:show", "embed");
      kp_odt_attr (odt, "xlink:actuate", "onLoad");
      kp_odt_attr (odt, "loext:mime-type", "image/png");
      kp_odt_end (odt);
      kp_odt_element (odt, "svg:title", logo->name);
      kp_odt_end (odt);
    }
  kp_odt_end (odt);
}

static void
entry_template (KpOdt *odt,
                int    level)
{
  g_autofree char *style = g_strdup_printf ("Contents_20_%d", level);

  kp_odt_start (odt, "text:table-of-content-entry-template");
  kp_odt_attr_int (odt, "text:outline-level", level);
  kp_odt_attr (odt, "text:style-name", style);
  kp_odt_start (odt, "text:index-entry-link-start");
  kp_odt_attr (odt, "text:style-name", "Index_20_Link");
  kp_odt_end (odt);
  kp_odt_element (odt, "text:index-entry-text", NULL);
  kp_odt_start (odt, "text:index-entry-tab-stop");
  kp_odt_attr (odt, "style:type", "right");
  kp_odt_attr (odt, "style:leader-char", ".");
  kp_odt_end (odt);
  kp_odt_element (odt, "text:index-entry-page-number", NULL);
  kp_odt_start (odt, "text:index-entry-link-end");
  kp_odt_attr (odt, "text:style-name", "Index_20_Link");
  kp_odt_end (odt);
  kp_odt_end (odt);
}

/**
 * kp_odt_contents:
 * @depth: the lowest level of heading listed
 *
 * The table of contents: its headings with links; their pages are the application's to
 * fill in (LibreOffice: Tools › Update; Word: F9), which only it can know.
 */
void
kp_odt_contents (KpOdt *odt,
                 guint  b,
                 int    depth)
{
  GPtrArray       *blocks = odt->model->blocks;
  g_autofree char *title_style = kp_odt_block_style (odt, b, "Contents_20_Heading");
  g_autofree char *title_name = g_strdup_printf ("%s_Head", odt->words->contents);

  kp_odt_start (odt, "text:table-of-content");
  kp_odt_attr (odt, "text:protected", "true");
  kp_odt_attr (odt, "text:name", odt->words->contents);
  kp_odt_start (odt, "text:table-of-content-source");
  kp_odt_attr_int (odt, "text:outline-level", depth);
  kp_odt_start (odt, "text:index-title-template");
  kp_odt_attr (odt, "text:style-name", "Contents_20_Heading");
  kp_odt_text (odt, odt->words->contents);
  kp_odt_end (odt);
  for (int level = 1; level <= depth; level++)
    entry_template (odt, level);
  kp_odt_end (odt);

  kp_odt_start (odt, "text:index-body");
  kp_odt_start (odt, "text:index-title");
  kp_odt_attr (odt, "text:name", title_name);
  kp_odt_start (odt, "text:p");
  kp_odt_attr (odt, "text:style-name", title_style);
  odt->space = TRUE;
  kp_odt_text (odt, odt->words->contents);
  kp_odt_end (odt);
  kp_odt_end (odt);
  for (guint i = 0; i < blocks->len; i++)
    {
      const KpDocBlock *heading = g_ptr_array_index (blocks, i);
      g_autofree char  *style = NULL;
      g_autofree char  *href = NULL;

      if (heading->kind != KP_DOC_BLOCK_HEADING || heading->level > depth)
        continue;
      style = g_strdup_printf ("Contents_20_%d", heading->level);
      href = g_strconcat ("#", heading->anchor, NULL);
      kp_odt_start (odt, "text:p");
      kp_odt_attr (odt, "text:style-name", style);
      kp_odt_start (odt, "text:a");
      kp_odt_attr (odt, "xlink:type", "simple");
      kp_odt_attr (odt, "xlink:href", href);
      kp_odt_attr (odt, "text:style-name", "Index_20_Link");
      kp_odt_attr (odt, "text:visited-style-name", "Index_20_Link");
      odt->space = TRUE;
      kp_odt_text (odt, heading->text);
      kp_odt_end (odt);
      kp_odt_end (odt);
    }
  kp_odt_end (odt);
  kp_odt_end (odt);
}
