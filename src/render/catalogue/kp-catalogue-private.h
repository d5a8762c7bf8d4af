/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-catalogue-parts.h"
#include "kp-catalogue-types.h"
#include "kp-progress.h"
#include "kp-pictogram.h"
#include "kp-document-flow.h"
#include "kp-document-style.h"
#include "kp-document-writer.h"
#include "kp-text-layout.h"

G_BEGIN_DECLS

/* The catalogue is laid out twice by the same code: a measuring pass (no cairo context)
 * learns on which page every entry, chapter and part starts; the drawing pass then writes
 * the table of contents and the indexes with those pages. Parts live in:
 *   kp-catalogue-document.c  the KpDocument: page size, summary and notes
 *   kp-catalogue.c           passes, page furniture, chapters of entries
 *   kp-catalogue-blocks.c    paragraphs, headings, bookmarks, pages between the passes
 *   kp-catalogue-sections.c  chapters: grouping and Czech A–Z order
 *   kp-catalogue-entry.c     one entry: rows, pictograms, links
 *   kp-catalogue-provider.c  a provider's block above its services (by provider)
 *   kp-catalogue-front.c     title page, introduction and legend, contents
 *   kp-catalogue-back.c      crisis lines and emergency numbers, impressum
 *   kp-catalogue-index.c     indexes by obec and by target group: services with pages
 *   kp-catalogue-situations.c the life-situation index, after the contents
 *   kp-catalogue-authorities.c the authorities: social department, OSPOD, Úřad práce
 *   kp-catalogue-health.c    health care
 *   kp-catalogue-booklet.c   an A5 booklet's notes pages and back cover
 *   kp-catalogue-furniture.c running heads fitted to the measure, page numbers
 * The drawing pass tags what it draws (kp-document-writer.h); the measuring pass has no
 * writer, and tagging does nothing then.
 *
 * A catalogue by provider (by_provider) puts each provider's block above its services,
 * whose headings are then H4; a provider's bookmark goes under outline_section, the
 * chapter or letter placed last. */

typedef struct _KpCatalogueEntryLayout   KpCatalogueEntryLayout;
typedef struct _KpCatalogueProviderBlock KpCatalogueProviderBlock;

/* Bookmarks for every provider and service only up to this many services: a panel of
 * thousands helps no one, the chapters and the letters do. */
#define KP_CATALOGUE_MAX_BOOKMARKS 1000
/* The contents list every service (and provider) up to this many services; a larger
 * catalogue (a kraj has thousands) lists its parts and chapters only, and the indexes lead
 * to the services. */
#define KP_CATALOGUE_CONTENTS_MAX_ENTRIES 150

typedef struct
{
  char   *title;
  char   *dest;    /* named destination of its heading */
  GArray *entries; /* guint: indices into snapshot->entries, in order */
  int     level;   /* 0: a chapter, starts a page; 1: a letter inside the A–Z chapter */
  int     page;
} KpCatalogueSection;

typedef struct
{
  const KpCatalogueSnapshot *snapshot;
  const KpCatalogueOptions  *options;
  GPtrArray                 *lines;      /* KpCrisisLine, borrowed: national, then local */
  GPtrArray                 *national;   /* (nullable) owned */
  GPtrArray                 *logos;      /* cairo_surface_t */
  GPtrArray                 *sections;   /* KpCatalogueSection */
  int                       *entry_page; /* per snapshot entry; 0: not in the catalogue */
  guint                      n_entries;  /* entries in the chapters */
  gboolean                   has_obce_index;
  gboolean                   has_groups_index;
  gboolean                   booklet;   /* A5: stapled, pages a multiple of 4, back cover */
  KpTag                      entry_tag; /* an entry's heading: H2, H3 under letters */
  gboolean                   by_provider;

  KpTextCache            *cache;
  KpDocumentStyle         style;
  KpTextLayout           *text;
  KpTextLayout           *text2;
  KpTextLayout           *furniture; /* header and footer, drawn in the middle of a block */
  KpCatalogueEntryLayout *entry;
  GArray                 *rows;         /* KpFlowRow scratch */
  GArray                 *heading_rows; /* KpFlowRow scratch for headings */
  GArray                 *leaders;      /* double x1, x2, y: the page's contents leaders */
  KpPictograms           *pictograms;

  double page_width;
  double page_height;
  double left;
  double width;
  double top;
  double bottom;

  KpDocumentWriter *writer; /* NULL in the measuring pass */
  cairo_t          *cr;     /* NULL in the measuring pass */
  KpFlow            flow;
  const char       *running;        /* the part or chapter named in the page header */
  const char       *header_running; /* what header_left and header_right were fitted for */
  char             *header_left;
  char             *header_right;
  int               outline_parent;
  int               outline_chapter;
  int               outline_section;
  gboolean          mismatch;  /* the drawing pass paginated differently (a bug) */
  gboolean          bare_page; /* the page begun next has no running head */

  int intro_page;
  int toc_page;
  int crisis_page;
  int obce_page;
  int groups_page;
  int impressum_page;
  int situations_page; /* the optional parts (kp-catalogue-parts.h) */
  int authorities_page;
  int health_page;
  int n_notes; /* notes pages before the back cover */
  int back_page;
  int n_pages;

  KpProgress   *progress;
  GCancellable *cancellable;
  guint         done;
} KpCatalogue;

/* kp-catalogue.c */
gboolean kp_catalogue_write (const KpCatalogueSnapshot *snapshot,
                             const KpCatalogueOptions  *options,
                             KpDocumentWriter          *writer,
                             KpProgress                *progress,
                             GCancellable              *cancellable,
                             KpRenderResult            *result,
                             GError                   **error);
void     kp_catalogue_start_part (KpCatalogue *cat,
                                  const char  *running);

/* kp-catalogue-blocks.c */
void kp_catalogue_place_block (KpCatalogue    *cat,
                               double          keep_with,
                               KpFlowPlaceFunc place,
                               gpointer        user_data);
void kp_catalogue_heading (KpCatalogue *cat,
                           const char  *title,
                           const char  *dest,
                           int         *out_page);
void kp_catalogue_paragraph (KpCatalogue *cat,
                             double       space_before,
                             double       keep_with);
void kp_catalogue_text_block (KpCatalogue *cat,
                              KpTag        tag,
                              double       space_before,
                              double       keep_with);
void kp_catalogue_field_line (KpCatalogue  *cat,
                              KpTextLayout *label,
                              KpTextLayout *value,
                              guint         line,
                              double        x,
                              double        value_x,
                              double        y);
void kp_catalogue_draw_logos (KpCatalogue *cat,
                              double       x,
                              double       y,
                              double       height);
void kp_catalogue_subheading (KpCatalogue *cat,
                              const char  *title,
                              double       keep_with);
void kp_catalogue_record_page (KpCatalogue *cat,
                               int         *field,
                               int          page);
void kp_catalogue_add_outline (KpCatalogue *cat,
                               int          parent,
                               const char  *title,
                               double       y,
                               int         *out_id);

/* kp-catalogue-sections.c */
GPtrArray *kp_catalogue_sections_build (const KpCatalogueSnapshot *snapshot,
                                        KpCatalogueStructure       structure);
char      *kp_catalogue_letter (const char *name);
char      *kp_catalogue_capitalise (const char *text);
void       kp_catalogue_sort_names (GPtrArray *names);

/* kp-catalogue-entry.c */
KpCatalogueEntryLayout *kp_catalogue_entry_layout_new (KpCatalogue *cat);
void                    kp_catalogue_entry_layout_free (KpCatalogueEntryLayout *layout);
void                    kp_catalogue_entry_layout_build (KpCatalogueEntryLayout *layout,
                                                         guint                   index,
                                                         gboolean                with_provider);
void                    kp_catalogue_entry_layout_place (KpCatalogueEntryLayout *layout);

/* kp-catalogue-provider.c */
KpCatalogueProviderBlock *kp_catalogue_provider_block_new (KpCatalogue *cat,
                                                           double       value_x);
void                      kp_catalogue_provider_block_free (KpCatalogueProviderBlock *block);
guint                     kp_catalogue_provider_block_build (KpCatalogueProviderBlock *block,
                                                             guint                     index,
                                                             GArray                   *rows);
void                      kp_catalogue_provider_block_place_row (KpCatalogueProviderBlock *block,
                                                                 guint                     row,
                                                                 double                    y);
gboolean                  kp_catalogue_same_provider (const KpCatalogueEntry *a,
                                                      const KpCatalogueEntry *b);
gboolean                  kp_catalogue_starts_provider (KpCatalogue        *cat,
                                                        KpCatalogueSection *section,
                                                        guint               position);

/* kp-catalogue-front.c */
void kp_catalogue_draw_title_page (KpCatalogue *cat);
void kp_catalogue_draw_introduction (KpCatalogue *cat);
void kp_catalogue_draw_contents (KpCatalogue *cat);

/* kp-catalogue-back.c */
void kp_catalogue_draw_crisis_lines (KpCatalogue *cat);
void kp_catalogue_draw_impressum (KpCatalogue *cat);
void kp_catalogue_draw_line_rows (KpCatalogue *cat,
                                  GPtrArray   *lines,
                                  gboolean     emergency);

/* kp-catalogue-index.c */
void kp_catalogue_draw_indexes (KpCatalogue *cat);

/* kp-catalogue-situations.c, kp-catalogue-authorities.c, kp-catalogue-health.c */
void kp_catalogue_draw_situations (KpCatalogue *cat);
void kp_catalogue_draw_authorities (KpCatalogue *cat);
void kp_catalogue_draw_health (KpCatalogue *cat);
void kp_catalogue_draw_contact_entry (KpCatalogue            *cat,
                                      const KpCatalogueEntry *entry);

/* kp-catalogue-booklet.c */
int  kp_catalogue_count_notes (int pages_before_back);
void kp_catalogue_draw_notes (KpCatalogue *cat);
void kp_catalogue_draw_back_cover (KpCatalogue *cat);

/* kp-catalogue-furniture.c */
char *kp_catalogue_fit_head (KpTextCache *cache,
                             guint        style,
                             const char  *text,
                             double       width);
void  kp_catalogue_draw_furniture (KpCatalogue *cat);

G_END_DECLS
