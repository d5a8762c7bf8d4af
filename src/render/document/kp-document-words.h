/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The words a document's writers print themselves: in the document's language, not in the
 * language of the application that writes it (a Czech plan made on an English desktop is
 * still a Czech plan). They are therefore not gettext strings. Czech is the default, and
 * the language of a document whose language has no words here. */

typedef struct
{
  const char *language;   /* BCP 47, "cs" */
  const char *country;    /* ISO 3166 for ODT's fo:country, "CZ" */
  const char *contents;   /* the title of the table of contents */
  const char *page;       /* above the page numbers of the contents; in "Strana 3 z 40" */
  const char *page_of;    /* the "z" of "Strana 3 z 40" */
  const char *table;      /* "Tabulka 3: …" */
  const char *figure;     /* "Obrázek 2: …" */
  const char *continued;  /* after a table's caption on the pages it goes on to */
  const char *landscape;  /* the page style of wide tables in an ODT */
  const char *title_page; /* the page style of the title page in an ODT */
  /* the display names of an ODT's styles, as LibreOffice names them in the language */
  const char *style_heading; /* "Nadpis" of "Nadpis 1" */
  const char *style_body;
  const char *style_title;
  const char *style_subtitle;
  const char *style_table_contents;
  const char *style_table_heading;
  const char *style_caption;
  const char *style_list;
  const char *style_contents_heading;
  const char *style_contents; /* "Obsah" of "Obsah 1" */
  const char *style_header;
  const char *style_footer;
  const char *style_link;
  const char *style_index_link;
  const char *style_strong;
  const char *style_emphasis;
  const char *style_logos;     /* the paragraph of the title page's logos */
  const char *style_publicity; /* the EU publicity text */
} KpDocumentWords;

const KpDocumentWords *kp_document_words_get (const char *language);

G_END_DECLS
