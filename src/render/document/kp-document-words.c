/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-document-words.h"

#include <string.h>

static const KpDocumentWords words[] = {
  {
      .language = "cs",
      .country = "CZ",
      .contents = "Obsah",
      .page = "Strana",
      .page_of = "z",
      .table = "Tabulka",
      .figure = "Obrázek",
      .continued = "(pokračování)",
      .landscape = "Na šířku",
      .title_page = "Titulní strana",
      .style_heading = "Nadpis",
      .style_body = "Tělo textu",
      .style_title = "Název",
      .style_subtitle = "Podnázev",
      .style_table_contents = "Obsah tabulky",
      .style_table_heading = "Záhlaví tabulky",
      .style_caption = "Popisek",
      .style_list = "Seznam",
      .style_contents_heading = "Nadpis obsahu",
      .style_contents = "Obsah",
      .style_header = "Záhlaví",
      .style_footer = "Zápatí",
      .style_link = "Internetový odkaz",
      .style_index_link = "Odkaz rejstříku",
      .style_strong = "Silné zvýraznění",
      .style_emphasis = "Zdůraznění",
      .style_logos = "Loga",
      .style_publicity = "Text publicity",
  },
  {
      .language = "en",
      .country = "GB",
      .contents = "Contents",
      .page = "Page",
      .page_of = "of",
      .table = "Table",
      .figure = "Figure",
      .continued = "(continued)",
      .landscape = "Landscape",
      .title_page = "Title Page",
      .style_heading = "Heading",
      .style_body = "Body Text",
      .style_title = "Title",
      .style_subtitle = "Subtitle",
      .style_table_contents = "Table Contents",
      .style_table_heading = "Table Heading",
      .style_caption = "Caption",
      .style_list = "List",
      .style_contents_heading = "Contents Heading",
      .style_contents = "Contents",
      .style_header = "Header",
      .style_footer = "Footer",
      .style_link = "Internet Link",
      .style_index_link = "Index Link",
      .style_strong = "Strong Emphasis",
      .style_emphasis = "Emphasis",
      .style_logos = "Logos",
      .style_publicity = "Publicity Text",
  },
};

/**
 * kp_document_words_get:
 * @language: (nullable): BCP 47, "cs", "cs-CZ", "en-GB"
 *
 * Returns: the words of @language's primary language, else the Czech ones
 */
const KpDocumentWords *
kp_document_words_get (const char *language)
{
  for (guint i = 0; language != NULL && i < G_N_ELEMENTS (words); i++)
    {
      gsize n = strlen (words[i].language);

      if (g_ascii_strncasecmp (language, words[i].language, n) == 0 &&
          (language[n] == '\0' || language[n] == '-' || language[n] == '_'))
        return &words[i];
    }
  return &words[0];
}
