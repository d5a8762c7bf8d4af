/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For src/render/document only: the blocks of a KpTextDocument as its two writers read
 * them (kp-text-paginator*.c, kp-odt-*.c). */

#include "kp-text-document.h"

G_BEGIN_DECLS

typedef struct
{
  char *text;
  guint flags;  /* KpDocSpanFlags */
  char *uri;    /* (nullable) a link to the web, a mail address … */
  char *anchor; /* (nullable) a link to a heading, table or figure of the document */
} KpDocSpan;

struct _KpDocParagraph
{
  GArray *spans; /* KpDocSpan */
};

typedef struct
{
  KpDocParagraph paragraph;
  KpDocList     *sublist; /* (nullable) the list nested in this item, after its text */
} KpDocListItem;

struct _KpDocList
{
  KpDocListKind kind;
  int           depth; /* 0, or 1 for a list nested in an item */
  GPtrArray    *items; /* KpDocListItem */
};

typedef struct
{
  double     width; /* a fraction of the table's width; 0: an equal share */
  KpDocAlign align;
} KpDocColumn;

struct _KpDocTable
{
  guint        n_columns;
  KpDocColumn *columns;
  guint        n_header_rows;
  char        *caption; /* (nullable) */
  char        *anchor;  /* (nullable) */
  gboolean     wide;    /* on landscape pages */
  GPtrArray   *cells;   /* KpDocParagraph, row after row */
  GHashTable  *anchors; /* the document's, borrowed */
};

struct _KpDocFigure
{
  double              width; /* the size it is drawn at when the page is wide enough */
  double              height;
  KpDocFigureDrawFunc draw;
  gpointer            user_data;
  GDestroyNotify      destroy;
  char               *caption; /* (nullable) */
  char               *alt;     /* (nullable) */
  char               *anchor;  /* (nullable) */
  GHashTable         *anchors; /* the document's, borrowed */
};

typedef enum
{
  KP_DOC_BLOCK_HEADING,
  KP_DOC_BLOCK_PARAGRAPH,
  KP_DOC_BLOCK_LIST,
  KP_DOC_BLOCK_TABLE,
  KP_DOC_BLOCK_FIGURE,
  KP_DOC_BLOCK_PAGE_BREAK,
  KP_DOC_BLOCK_CONTENTS,
} KpDocBlockKind;

typedef struct
{
  KpDocBlockKind kind;
  int            level;  /* a heading's, 1–4; the depth of the contents */
  char          *text;   /* a heading's */
  char          *anchor; /* a heading's: given, or made up ("kp-h-12") so the contents and
                          * bookmarks can point to it */
  union
  {
    KpDocParagraph *paragraph;
    KpDocList      *list;
    KpDocTable     *table;
    KpDocFigure    *figure;
  };
} KpDocBlock;

/* What the writers read of the document. */
typedef struct
{
  const char *title;
  const char *subtitle; /* (nullable) */
  const char *author;   /* (nullable) */
  GDateTime  *date;     /* (nullable) */
  const char *language;
  const char *font_family;
  gboolean    title_page;
  gboolean    chapter_breaks; /* a heading of level 1 starts a page */
  GPtrArray  *logos;          /* KpDocumentLogo, in a row at the foot of the title page */
  GPtrArray  *logo_images;    /* (nullable) cairo_surface_t: the logos decoded for a write */
  const char *publicity;      /* (nullable) the EU publicity text, under the logos */
  GPtrArray  *blocks;         /* KpDocBlock */
  GHashTable *anchors;        /* every anchor of a heading, table or figure */
} KpDocModel;

void kp_text_document_get_model (KpTextDocument *self,
                                 KpDocModel     *out_model);

/* kp-text-document-blocks.c */
KpDocBlock *kp_doc_block_new (KpDocBlockKind kind);
void        kp_doc_block_foreach_text (const KpDocBlock *block,
                                       KpDocTextFunc     func,
                                       gpointer          user_data);
void        kp_doc_block_free (gpointer block);
KpDocList  *kp_doc_list_new (KpDocListKind kind);
KpDocTable *kp_doc_table_new (guint       n_columns,
                              GHashTable *anchors);
gboolean    kp_doc_anchor_add (GHashTable *anchors,
                               const char *anchor);
/* Returns: (transfer full): the paragraph's text, its spans joined */
char *kp_doc_paragraph_dup_text (const KpDocParagraph *paragraph);
/* Returns: the width of every column as a fraction of the table's width, summing to 1 */
void                  kp_doc_table_get_widths (const KpDocTable *table,
                                               double           *widths);
void                  kp_doc_widths_fit_minimum (double       *widths,
                                                 const double *minimum,
                                                 guint         n);
void                  kp_doc_model_find_landscape (const KpDocModel *model,
                                                   gboolean         *landscape);
guint                 kp_doc_table_get_n_rows (const KpDocTable *table);
const KpDocParagraph *kp_doc_table_get_cell (const KpDocTable *table,
                                             guint             row,
                                             guint             column);

G_END_DECLS
