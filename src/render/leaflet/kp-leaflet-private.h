/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-catalogue-types.h"
#include "kp-progress.h"
#include "kp-document-style.h"
#include "kp-document-writer.h"
#include "kp-text-layout.h"

G_BEGIN_DECLS

/* A leaflet is fixed panels (the cover or title band, the crisis lines and publicity on
 * the back) and a stream of blocks (introduction, key contacts, services, then the optional
 * legend, catalogue hint and notes area that fill the room the services leave) flowed
 * through a fixed list of frames. Blocks are never split; what does not fit is shortened or
 * left out, never drawn past a frame. Services are listed by form (help at home, day
 * services, homes, advice, crisis: KpLeafletSection); when some must be left out, every
 * section keeps its first services before any section keeps a second one. Parts live in:
 *   kp-leaflet-document.c  the KpDocument: page size, summary and notes
 *   kp-leaflet.c         geometry, fitting, the two pages
 *   kp-leaflet-blocks.c  the blocks of the stream
 *   kp-leaflet-panels.c  cover, title band, crisis lines and publicity */

#define KP_LEAFLET_MAX_FRAMES 4

/* The panels of the folded A4, in points: the one that folds in is 3 mm narrower. */
#define KP_LEAFLET_PANEL KP_PUB_MM (100)
#define KP_LEAFLET_FLAP  KP_PUB_MM (97)

typedef struct
{
  int    page; /* 1 or 2 */
  double x;
  double y;
  double width;
  double height;
} KpLeafletFrame;

typedef enum
{
  KP_LEAFLET_BLOCK_INTRO,   /* index: paragraph */
  KP_LEAFLET_BLOCK_HEADING, /* index: KpLeafletHeading */
  KP_LEAFLET_BLOCK_CONTACT, /* index: into contacts */
  KP_LEAFLET_BLOCK_SECTION, /* index: KpLeafletSection, the form the services below have */
  KP_LEAFLET_BLOCK_ENTRY,   /* index: into snapshot->entries */
  KP_LEAFLET_BLOCK_MORE,    /* index: how many services are left out */
  KP_LEAFLET_BLOCK_LEGEND,  /* how to read the pictograms */
  KP_LEAFLET_BLOCK_HINT,    /* where all the services are: the catalogue */
  KP_LEAFLET_BLOCK_NOTES,   /* "My contacts", lines to write on; fills its frame */
} KpLeafletBlockKind;

typedef enum
{
  KP_LEAFLET_HEADING_CONTACTS,
  KP_LEAFLET_HEADING_SERVICES,
} KpLeafletHeading;

typedef struct
{
  KpLeafletBlockKind kind;
  guint              index;
  gboolean           frame_break; /* starts a new frame */
  gboolean           optional;    /* left out when it does not fit, the rest goes on */
  int                frame;       /* -1: left out */
  double             y;
  double             height;
} KpLeafletBlock;

typedef struct
{
  const KpCatalogueSnapshot *snapshot;
  const KpLeafletOptions    *options;
  GPtrArray                 *lines;    /* KpCrisisLine for the back, borrowed */
  GPtrArray                 *contacts; /* KpCrisisLine for the stream, borrowed */
  GPtrArray                 *national; /* (nullable) owned */
  GPtrArray                 *logos;
  GStrv                      intro;
  guint                     *rank; /* per entry: the order services are kept in when room
                                      runs out, each section's first ones first */

  KpTextCache    *cache;
  KpDocumentStyle style;
  KpTextLayout   *text;
  KpTextLayout   *text2;
  KpTextLayout   *text3;

  KpDocumentWriter *writer; /* NULL while measuring */
  cairo_t          *cr;     /* NULL while measuring */
  double            page_width;
  double            page_height;
  double            margin;
  KpLeafletFrame    frames[KP_LEAFLET_MAX_FRAMES];
  guint             n_frames;
  KpLeafletFrame    back;            /* crisis lines and publicity */
  GArray           *blocks;          /* KpLeafletBlock */
  double            scale;           /* of the type: above 1 when the content leaves room */
  gboolean          rich;            /* services show their hours and fees too */
  guint             compact_from;    /* services from this one on lose their description */
  gboolean          services_inside; /* services start on the inside, not on the flap */
  int               back_omitted;    /* crisis lines that did not fit on the back */
  KpRenderResult    result;

  KpProgress     *progress;    /* (nullable) */
  GCancellable   *cancellable; /* (nullable) */
  KpRenderResult *result_out;  /* (nullable) receives @result when the leaflet is written */
} KpLeaflet;

/* kp-leaflet.c */
void     kp_leaflet_get_panel (int     page,
                               int     panel,
                               double *x,
                               double *width);
void     kp_leaflet_get_page_size (KpLeafletFormat format,
                                   double         *width,
                                   double         *height);
gboolean kp_leaflet_write (const KpCatalogueSnapshot *snapshot,
                           const KpLeafletOptions    *options,
                           KpDocumentWriter          *writer,
                           KpProgress                *progress,
                           GCancellable              *cancellable,
                           KpRenderResult            *result,
                           GError                   **error);

/* kp-leaflet-blocks.c */
/* The longest last word of a cover's title or subtitle kept from standing alone on a line
 * ("Brod"). */
#define KP_LEAFLET_WIDOW_MAX 5
char  *kp_leaflet_dup_without_widow (const char *text);
double kp_leaflet_block_layout (KpLeaflet            *lf,
                                const KpLeafletBlock *block,
                                double                width);
void   kp_leaflet_block_draw (KpLeaflet            *lf,
                              const KpLeafletBlock *block,
                              double                x,
                              double                y,
                              double                width);

/* kp-leaflet-panels.c */
void   kp_leaflet_draw_logos (KpLeaflet *lf,
                              double     x,
                              double     y,
                              double     height);
void   kp_leaflet_draw_cover (KpLeaflet *lf,
                              double     x,
                              double     width);
double kp_leaflet_draw_band (KpLeaflet *lf);
double kp_leaflet_draw_back (KpLeaflet            *lf,
                             const KpLeafletFrame *frame,
                             gboolean              bottom);

G_END_DECLS
