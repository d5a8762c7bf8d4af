/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-catalogue-document.h"

#include "test-pdf-utils.h"

G_BEGIN_DECLS

/* Shared by the catalogue's tests (test-catalogue-*.c): the sample services, the snapshot
 * and options made of them, and the rendered PDF reopened with Poppler. With
 * KP_TEST_PDF_DIR set, the PDFs are also copied there for a look. Tests run with
 * LC_ALL=C.UTF-8, so headings are the English source strings; Czech comes from the data. */

#define TRICKY_NAME "Domov pro seniory Žďár — Péče & Láska <Ústí>"
#define QUOTED_NAME "Sdružení \"Naděje\" & spol. — „Poradna“"
#define LONG_NAME   "Sociální rehabilitace Spektrum"
#define CATALOGUE   "Katalog sociálních služeb ORP Žďár nad Sázavou"

typedef struct
{
  const char    *name;
  const char    *provider;
  const char    *type;
  const char    *paragraph;
  KpServiceForms forms;
  const char    *groups; /* "|"-separated */
  const char    *obce;   /* "|"-separated */
  const char    *web;
} Fixture;

#define N_FIXTURES 12

/* The definition must have exactly N_FIXTURES services, or the types conflict. */
extern const Fixture fixtures[N_FIXTURES];

typedef struct
{
  char            *dir;
  char            *path;
  PopplerDocument *doc;
  KpRenderResult   result;
  GHashTable      *outline;  /* top-level title → page */
  GHashTable      *children; /* second-level title → page */
  char           **pages;    /* normalised text per page, from 0 */
} Output;

KpCatalogueSnapshot *build_snapshot (gboolean with_entries);
KpCatalogueOptions  *build_options (KpCatalogueStructure structure,
                                    KpPageSize           paper);

/* The catalogue of copies of @snapshot and @options, written as kp_document_write_file()
 * and kp_document_write_bytes() write it; @result is filled in when it succeeds. */
gboolean write_catalogue_file (const KpCatalogueSnapshot *snapshot,
                               const KpCatalogueOptions  *options,
                               const char                *path,
                               KpProgress                *progress,
                               GCancellable              *cancellable,
                               KpRenderResult            *result,
                               GError                   **error);
GBytes  *write_catalogue_bytes (const KpCatalogueSnapshot *snapshot,
                                const KpCatalogueOptions  *options,
                                KpProgress                *progress,
                                GCancellable              *cancellable,
                                KpRenderResult            *result,
                                GError                   **error);
void     render_output (Output                    *out,
                        const KpCatalogueSnapshot *snapshot,
                        const KpCatalogueOptions  *options,
                        const char                *name);
void     output_clear (Output *out);
int      outline_page (Output     *out,
                       const char *title);
int      count (const char *haystack,
                const char *needle);
/* Pages first … last - 1 (from 1), joined. */
char *join_pages (Output *out,
                  int     first,
                  int     last);
/* The page an entry is on: the only body page whose text names it outside a
 * continuation line. */
int body_page_of (Output     *out,
                  const char *name,
                  int         first,
                  int         last);
/* The texts under the links of pages first … last - 1 (from 1), white space removed, each
 * mapped to the page its link leads to (from 1). */
GHashTable *link_texts (Output *out,
                        int     first,
                        int     last);
/* @text without white space. */
char *squash (const char *text);
/* The characters whose boxes have their centre in a link's area, in text order. */
char *text_under (PopplerPage      *page,
                  PopplerRectangle *area);

G_END_DECLS
