/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <poppler.h>

G_BEGIN_DECLS

/* What the render tests read back from a PDF: the page boxes as pdfinfo reports them, the
 * structure tree as Poppler reads it, the colour of a point on a rendered page, and the
 * font sizes of text. */

#ifndef KP_HAVE_POPPLER_AUTOPTR
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
#endif

#define TEST_MM(mm) ((mm) *72.0 / 25.4)

typedef struct
{
  double media[4]; /* x0 y0 x1 y1, PDF units from the bottom left */
  double trim[4];
  double bleed[4];
} PdfBoxes;

/* Returns: whether pdfinfo (poppler-utils) could be run; the boxes of @page (from 1) */
gboolean pdf_boxes (const char *path,
                    int         page,
                    PdfBoxes   *out);
/* Returns: whether qpdf is there; @out_ok: it found no error (warnings are cairo's own) */
gboolean pdf_qpdf_check (const char *path,
                         gboolean   *out_ok);

typedef struct
{
  PopplerStructureElementKind kind;
  char                       *text; /* the element's text, all of it */
  char                       *alt;  /* (nullable) */
  int                         depth;
} PdfElement;

/* Returns: (element-type PdfElement): every element of the structure tree but the marked
 * content and link annotations, in reading order; %NULL when the PDF has no tree */
GPtrArray *pdf_structure (PopplerDocument *doc);
/* The first element of @kind whose text contains @text, from @from; -1 when none */
int pdf_structure_find (GPtrArray                  *elements,
                        PopplerStructureElementKind kind,
                        const char                 *text,
                        int                         from);

/* The colour of the point @x, @y (points from the top left of the sheet) of @page, drawn
 * at 144 dpi on white: 0xRRGGBB */
guint32 pdf_pixel (PopplerPage *page,
                   double       x,
                   double       y);
/* Whether the colour is near black, white, or near @rgb. */
gboolean pixel_is_dark (guint32 pixel);
gboolean pixel_is_white (guint32 pixel);
gboolean pixel_is_near (guint32 pixel,
                        guint32 rgb);

/* The smallest and largest font size of the text of @page whose characters lie in @area
 * (all of the page when %NULL). */
void pdf_font_sizes (PopplerPage      *page,
                     PopplerRectangle *area,
                     double           *out_min,
                     double           *out_max);

/* Returns: how many pairs of characters of @page on different lines overlap: text drawn
 * over text, or lines closer than their type allows */
guint pdf_text_overlaps (PopplerPage *page);

PopplerDocument *pdf_open (const char *path);

G_END_DECLS
