/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libxml/xmlwriter.h>

#include "kp-document-logo.h"
#include "kp-document-words.h"
#include "kp-odt-writer.h"

G_BEGIN_DECLS

/* For the OpenDocument writer only, in parts:
 *   kp-odt-writer.c   the package: zip, manifest, meta.xml; the XML helpers
 *   kp-odt-styles.c   styles.xml: named styles, page layouts, headers and footers
 *   kp-odt-content.c  content.xml: the blocks in order, its automatic styles
 *   kp-odt-blocks.c   lists, tables, figures and the contents in content.xml
 *   kp-odt-png.c      the figures' pictures */

/* The text width of a portrait and a landscape A4 page, in points (margins of 22 mm). */
#define KP_ODT_PORTRAIT_WIDTH  (595.276 - 2 * 22 * 72 / 25.4)
#define KP_ODT_LANDSCAPE_WIDTH (841.89 - 2 * 22 * 72 / 25.4)
/* The title page's logos, as in the PDF. */
#define KP_ODT_LOGO_HEIGHT 42.0
#define KP_ODT_LOGO_GAP    18.0

/* What a block needs of the page it starts on (content.xml's automatic styles). */
typedef enum
{
  KP_ODT_BREAK_BEFORE = 1 << 0, /* starts a new page */
  KP_ODT_LANDSCAPE = 1 << 1,    /* starts the landscape pages of a wide table */
  KP_ODT_PORTRAIT = 1 << 2,     /* starts portrait pages again after them */
} KpOdtBlockFlags;

typedef struct
{
  char   *path; /* "Pictures/figure-3.png" */
  GBytes *data;
} KpOdtPicture;

typedef struct
{
  const KpDocModel      *model;
  const KpDocumentWords *words;
  xmlTextWriterPtr       w;
  guint                 *flags;    /* per block, KpOdtBlockFlags */
  gboolean              *wide;     /* per block: on landscape pages */
  GPtrArray             *pictures; /* KpOdtPicture */
  int                    n_tables;
  int                    n_figures;
  gboolean               space; /* the text written last ended with white space */
  KpProgress            *progress;
  GCancellable          *cancellable;
  GError                *error; /* set when content.xml was cancelled */
} KpOdt;

/* kp-odt-writer.c: XML helpers */
void kp_odt_start (KpOdt      *odt,
                   const char *element);
void kp_odt_end (KpOdt *odt);
void kp_odt_attr (KpOdt      *odt,
                  const char *name,
                  const char *value);
void kp_odt_attr_int (KpOdt      *odt,
                      const char *name,
                      int         value);
/* A length in points, written in centimetres. */
void kp_odt_attr_length (KpOdt      *odt,
                         const char *name,
                         double      points);
void kp_odt_element (KpOdt      *odt,
                     const char *element,
                     const char *text);
/* User text, as it is: spaces kept (text:s), tabs (text:tab), line breaks (text:line-break),
 * characters XML cannot hold left out. */
void kp_odt_text (KpOdt      *odt,
                  const char *text);
void kp_odt_write_namespaces (KpOdt *odt);
void kp_odt_picture_free (gpointer picture);
/* The XML that @write writes, as a document of its own. */
GBytes *kp_odt_xml_part (KpOdt *odt,
                         void (*write) (KpOdt *odt));

/* kp-odt-styles.c */
GBytes *kp_odt_styles_xml (KpOdt *odt);

/* kp-odt-content.c */
GBytes *kp_odt_content_xml (KpOdt        *odt,
                            KpProgress   *progress,
                            GCancellable *cancellable,
                            GError      **error);
void    kp_odt_paragraph (KpOdt                *odt,
                          const char           *style,
                          const KpDocParagraph *paragraph);
void    kp_odt_spans (KpOdt                *odt,
                      const KpDocParagraph *paragraph);
/* The paragraph style of block @b: @parent, or the automatic style that adds its page
 * break or page style. Returns: (transfer full) */
char *kp_odt_block_style (KpOdt      *odt,
                          guint       b,
                          const char *parent);

/* kp-odt-png.c */
GBytes *kp_odt_render_png (const KpDocFigure *figure,
                           double             width,
                           double             height);

/* kp-odt-blocks.c */
void kp_odt_automatic_block_styles (KpOdt *odt);
void kp_odt_list (KpOdt           *odt,
                  guint            b,
                  const KpDocList *list);
void kp_odt_table (KpOdt            *odt,
                   guint             b,
                   const KpDocTable *table);
void kp_odt_figure (KpOdt             *odt,
                    guint              b,
                    const KpDocFigure *figure);
void kp_odt_logos (KpOdt *odt);
void kp_odt_contents (KpOdt *odt,
                      guint  b,
                      int    depth);

G_END_DECLS
