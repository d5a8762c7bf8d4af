/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-catalogue-parts.h"
#include "kp-catalogue-private.h"
#include "kp-document-text.h"

/* The life-situation index (the Příbor guide's "životní situace", DOMAIN.md §6.2): a reader
 * who does not know the names of services finds their situation ("Pečuji o blízkého
 * doma") and under it the services that help, each with its page and a link to it. The
 * page numbers stand right-aligned in a column of fixed width, so the measuring pass, which
 * does not know them yet, breaks the lines the same way. Which services a situation lists
 * is the snapshot builder's (src/snapshot/kp-catalogue-situations.c). */

typedef struct
{
  KpCatalogue *cat;
  guint        index; /* of the entry */
  guint        n_lines;
  double       number_width;
} SituationPlace;

static void
place_service_line (KpFlow  *flow,
                    int      row,
                    double   y,
                    gpointer user_data)
{
  SituationPlace  *s = user_data;
  KpCatalogue     *cat = s->cat;
  guint            line;
  g_autofree char *dest = NULL;
  g_autofree char *link = NULL;

  if (cat->cr == NULL || row == 0)
    return;
  line = row - 1;
  dest = g_strdup_printf ("svc-%u", s->index);
  link = kp_text_link_dest (dest);
  if (line == 0)
    kp_document_writer_begin (cat->writer, KP_TAG_LI);
  kp_document_writer_begin_link (cat->writer, link, cat->left, y, cat->width,
                                 kp_text_layout_get_line_height (cat->text));
  kp_text_layout_draw_lines (cat->text, cat->cr, cat->left + cat->style.body_size, y, line, 1);
  if (line + 1 == s->n_lines)
    {
      g_autofree char *number = g_strdup_printf ("%d", cat->entry_page[s->index]);

      kp_text_layout_reset (cat->text2, s->number_width);
      kp_text_layout_set_align (cat->text2, KP_TEXT_ALIGN_RIGHT);
      kp_text_layout_append (cat->text2, cat->style.number, number);
      kp_text_layout_draw (cat->text2, cat->cr, cat->left + cat->width - s->number_width, y);
    }
  kp_document_writer_end_link (cat->writer);
  if (line + 1 == s->n_lines)
    kp_document_writer_end (cat->writer, KP_TAG_LI);
}

static void
draw_service (KpCatalogue    *cat,
              SituationPlace *s,
              guint           index)
{
  const KpCatalogueEntry *entry = g_ptr_array_index (cat->snapshot->entries, index);
  double                  line_height;

  kp_text_layout_reset (cat->text, cat->width - cat->style.body_size - s->number_width - 12);
  kp_text_layout_set_hanging (cat->text, cat->style.body_size);
  kp_text_layout_append (cat->text, cat->style.body, entry->name);
  if (entry->provider_name != NULL && *entry->provider_name != '\0' &&
      g_strcmp0 (entry->provider_name, entry->name) != 0)
    {
      kp_text_layout_append (cat->text, cat->style.muted, " · ");
      kp_text_layout_append (cat->text, cat->style.muted, entry->provider_name);
    }
  s->index = index;
  s->n_lines = kp_text_layout_get_n_lines (cat->text);
  line_height = kp_text_layout_get_line_height (cat->text);
  g_array_set_size (cat->rows, 0);
  kp_flow_rows_add (cat->rows, cat->style.body_size * 0.15, KP_FLOW_ROW_SPACE);
  for (guint i = 0; i < s->n_lines; i++)
    kp_flow_rows_add (cat->rows, line_height, i + 1 < s->n_lines ? KP_FLOW_ROW_GLUE : 0);
  kp_catalogue_place_block (cat, 0, place_service_line, s);
}

/**
 * kp_catalogue_draw_situations:
 *
 * The life-situation index, when the snapshot has one with services; it follows the
 * contents, before the chapters it points into.
 */
void
kp_catalogue_draw_situations (KpCatalogue *cat)
{
  const KpCatalogueParts *parts = cat->snapshot->parts;
  SituationPlace          s = { cat };

  if (!kp_catalogue_parts_has_situations (parts) || cat->n_entries == 0)
    return;
  s.number_width = kp_text_cache_measure (cat->cache, cat->style.number, "00000");
  kp_catalogue_start_part (cat, D_ ("Life situations"));
  kp_catalogue_heading (cat, D_ ("Life situations"), "part-situations", &cat->situations_page);
  kp_text_layout_reset (cat->text, cat->width);
  kp_text_layout_append (cat->text, cat->style.body,
                         D_ ("Find the situation you are in: the services below it can help. "
                             "The number is the page where the service is described."));
  kp_catalogue_paragraph (cat, 0, 0);
  for (guint i = 0; i < parts->situations->len; i++)
    {
      const KpCatalogueSituation *situation = g_ptr_array_index (parts->situations, i);
      double                      line = kp_text_cache_get_line_height (cat->cache, cat->style.body);

      kp_catalogue_subheading (cat, situation->title, line * MIN (situation->entries->len, 2));
      kp_document_writer_begin (cat->writer, KP_TAG_L);
      for (guint e = 0; e < situation->entries->len; e++)
        draw_service (cat, &s, g_array_index (situation->entries, guint, e));
      kp_document_writer_end (cat->writer, KP_TAG_L);
    }
}
