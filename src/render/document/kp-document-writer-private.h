/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For src/render/document only: the writer shared by kp-document-writer.c (surface, pages,
 * print geometry) and kp-document-tags.c (the structure tags). */

#include "kp-document-writer.h"
#include "kp-pdf-patch.h"

G_BEGIN_DECLS

struct _KpDocumentWriter
{
  cairo_surface_t *surface;
  cairo_t         *cr;
  char            *path;      /* (nullable) the destination file */
  char            *part_path; /* (nullable) the file being written */
  GByteArray      *bytes;     /* (nullable) the PDF of a writer for bytes */
  KpTextCache     *text;      /* (nullable) flushed before a page ends */
  int              page;
  gboolean         finished;

  double   width; /* the trimmed page */
  double   height;
  double   offset; /* of the trimmed page on the sheet: the slug for print, else 0 */
  gboolean for_print;
  GArray  *folds; /* double: the current page's folds */

  gboolean tagged;
  char    *language;
  GArray  *open;       /* KpTag begun and not ended, outermost first */
  GArray  *suspended;  /* KpTag content elements ended for a page break or an artifact,
                        * begun again before more content is drawn */
  int        artifact; /* depth of begin_artifact() */
  GPtrArray *figure_alts;
};

/* kp-document-tags.c */
void kp_document_writer_init_tags (KpDocumentWriter *writer);
void kp_document_writer_clear_tags (KpDocumentWriter *writer);
/* Called before text is drawn: begins the suspended elements again, outside an artifact. */
void kp_document_writer_before_text (KpDocumentWriter *writer);
/* Ends every element still open (before the surface is finished). */
void kp_document_writer_end_all (KpDocumentWriter *writer);
/* What the tags add to the finished PDF (language, figures' alternative texts). */
void kp_document_writer_fill_patch (KpDocumentWriter *writer,
                                    KpPdfPatch       *patch);

G_END_DECLS
