/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Completing a PDF that cairo 1.16 wrote with what cairo cannot write: the TrimBox and
 * BleedBox of every page (for the print shop), the document's language and the title viewers
 * show (/Lang, /DisplayDocTitle), links in the order of the structure (/Tabs /S) and the
 * alternative text of figures (/Alt).
 *
 * Cairo writes every object uncompressed at the offset of a classic cross-reference table
 * (no object streams, no incremental updates) in a PDF 1.4, which the writer asks for. Each addition is inserted right after the
 * "<<" that opens an object's dictionary, and the table is written again with the offsets
 * moved; nothing else changes. A PDF of another shape is refused with
 * G_IO_ERROR_INVALID_DATA: that would be a bug, never the user's doing. */

typedef struct
{
  gboolean   boxes;       /* set TrimBox and BleedBox on every page */
  double     trim[4];     /* x0 y0 x1 y1 in PDF units, from the bottom left of the media */
  double     bleed[4];    /* the same for the bleed box */
  char      *language;    /* (nullable) BCP 47, "cs" */
  gboolean   tagged;      /* the title in the viewer's title bar; links in structure order */
  GPtrArray *figure_alts; /* (nullable) char *, one per Figure in the order they were begun */
} KpPdfPatch;

gboolean kp_pdf_patch_is_empty (const KpPdfPatch *patch);
/* Patches the PDF in @pdf in place. */
gboolean kp_pdf_patch_bytes (GByteArray       *pdf,
                             const KpPdfPatch *patch,
                             GError          **error);
/* Writes @in_path, patched, to @out_path. */
gboolean kp_pdf_patch_file (const char       *in_path,
                            const char       *out_path,
                            const KpPdfPatch *patch,
                            GError          **error);

G_END_DECLS
