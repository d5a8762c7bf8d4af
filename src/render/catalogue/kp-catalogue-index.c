/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-catalogue-private.h"
#include "kp-czech.h"
#include "kp-document-text.h"

#include <string.h>

/* The indexes at the back of the catalogue, in two columns: by obec (letters, then each
 * obec with the services that work there) and by target group (each group with its
 * services). A service is a line with its page at the right, the whole line a link:
 *
 *   N
 *   Nová Ves, okres Kolín
 *     Domov Sluneční ····················· 12
 *     Pečovatelská služba · Charita Kolín · 40
 *
 * Names and services follow Czech order; a service's provider is named only where two
 * services of one name stand under one heading. A heading keeps with its first service,
 * and a list that goes on in the next column repeats its heading there. Set a little
 * smaller than the body, as indexes are (a national catalogue's run to hundreds of
 * pages), except in large print. */

#define INDEX_SIZE    0.9 /* of the body */
#define INDEX_SPACING 1.3

#define INDEX_GUTTER 18.0
#define EPSILON      0.01

typedef struct
{
  KpCatalogue  *cat;
  KpTextLayout *number;
  double        column_width;
  double        number_width;
  KpTag         tag;       /* of the heading placed now: H2 or H3 */
  guint         cont_rows; /* the rows of the repeated heading before a service's lines */
  guint         entry;     /* the service placed now */
  guint         n_lines;   /* of the service placed now */
  const char   *key_name;  /* the heading the services are under */
  char        **name_keys; /* collation keys of the services' names, by entry */
  char        **provider_keys;
  guint         name_style;
  guint         muted_style;
  guint         number_style;
  guint         heading_style;
  guint         continued_style;
  double        indent; /* of a service under its heading, and of its next lines */
} Index;

static double
column_x (Index *ix)
{
  KpCatalogue *cat = ix->cat;

  return cat->left + cat->flow.column * (ix->column_width + INDEX_GUTTER);
}

static void
place_heading_line (KpFlow  *flow,
                    int      row,
                    double   y,
                    gpointer user_data)
{
  Index       *ix = user_data;
  KpCatalogue *cat = ix->cat;
  guint        n = kp_text_layout_get_n_lines (cat->text);

  if (cat->cr == NULL || row <= 0)
    return;
  if (row == 1)
    kp_document_writer_begin (cat->writer, ix->tag);
  kp_text_layout_draw_lines (cat->text, cat->cr, column_x (ix), y, row - 1, 1);
  if (row == (int) n)
    kp_document_writer_end (cat->writer, ix->tag);
}

/* A heading (a letter, an obec, a target group) in cat->text, kept with @keep_with. */
static void
place_heading (Index *ix,
               KpTag  tag,
               double space_before,
               double keep_with)
{
  KpCatalogue *cat = ix->cat;
  guint        n = kp_text_layout_get_n_lines (cat->text);

  g_array_set_size (cat->rows, 0);
  kp_flow_rows_add (cat->rows, space_before, KP_FLOW_ROW_SPACE);
  for (guint i = 0; i < n; i++)
    kp_flow_rows_add (cat->rows, kp_text_layout_get_line_height (cat->text), KP_FLOW_ROW_GLUE);
  ix->tag = tag;
  kp_catalogue_place_block (cat, keep_with, place_heading_line, ix);
}

static void
place_service_line (KpFlow  *flow,
                    int      row,
                    double   y,
                    gpointer user_data)
{
  Index           *ix = user_data;
  KpCatalogue     *cat = ix->cat;
  double           x = column_x (ix);
  double           line_height = kp_text_layout_get_line_height (cat->text2);
  guint            line;
  g_autofree char *dest = NULL;
  g_autofree char *link = NULL;

  if (cat->cr == NULL || row < 0)
    return;
  if ((guint) row < ix->cont_rows)
    {
      /* the heading again at the top of the column, a reminder, not text to read */
      kp_document_writer_begin_artifact (cat->writer);
      kp_text_layout_draw_lines (cat->text, cat->cr, x, y, row, 1);
      kp_document_writer_end_artifact (cat->writer);
      return;
    }
  line = row - ix->cont_rows;
  dest = g_strdup_printf ("svc-%u", ix->entry);
  link = kp_text_link_dest (dest);
  /* one link over the service's lines and its page */
  if (line == 0)
    {
      kp_document_writer_begin (cat->writer, KP_TAG_P);
      kp_document_writer_begin_link (cat->writer, link, x, y, ix->column_width,
                                     ix->n_lines * line_height);
    }
  kp_text_layout_set_trailing_space (cat->text2, TRUE);
  kp_text_layout_draw_lines (cat->text2, cat->cr, x + ix->indent, y, line, 1);
  if (line + 1 == ix->n_lines)
    {
      g_autofree char *number = g_strdup_printf ("%d", cat->entry_page[ix->entry]);
      double           from = x + ix->indent + (line > 0 ? ix->indent : 0) +
                    kp_text_layout_get_line_width (cat->text2, line) + 4;
      double to = x + ix->column_width - ix->number_width - 3;

      if (to - from > 8)
        {
          double leader[3] = { from, to, y + kp_text_layout_get_baseline (cat->text2) };

          g_array_append_vals (cat->leaders, leader, 3);
        }
      kp_text_layout_reset (ix->number, ix->number_width);
      kp_text_layout_set_align (ix->number, KP_TEXT_ALIGN_RIGHT);
      kp_text_layout_append (ix->number, ix->number_style, number);
      kp_text_layout_draw (ix->number, cat->cr, x + ix->column_width - ix->number_width, y);
    }
  if (line + 1 == ix->n_lines)
    {
      kp_document_writer_end_link (cat->writer);
      kp_document_writer_end (cat->writer, KP_TAG_P);
    }
}

/* Lays out service @entry in cat->text2, its provider added when @with_provider. */
static void
layout_service (Index   *ix,
                guint    entry,
                gboolean with_provider)
{
  KpCatalogue            *cat = ix->cat;
  const KpCatalogueEntry *e = g_ptr_array_index (cat->snapshot->entries, entry);

  kp_text_layout_reset (cat->text2, ix->column_width - ix->indent - ix->number_width - 6);
  kp_text_layout_set_hanging (cat->text2, ix->indent);
  kp_text_layout_append (cat->text2, ix->name_style, e->name);
  if (with_provider && e->provider_name != NULL && *e->provider_name != '\0')
    {
      kp_text_layout_append (cat->text2, ix->muted_style, " · ");
      kp_text_layout_append (cat->text2, ix->muted_style, e->provider_name);
    }
}

static double
service_height (KpCatalogue *cat)
{
  return kp_text_layout_get_n_lines (cat->text2) * kp_text_layout_get_line_height (cat->text2);
}

/* The heading repeated above a list that goes on in the next column, in cat->text. */
static void
layout_continued (Index *ix)
{
  KpCatalogue     *cat = ix->cat;
  g_autofree char *continued = g_strdup_printf (D_ ("%s (continued)"), ix->key_name);

  kp_text_layout_reset (cat->text, ix->column_width);
  kp_text_layout_append (cat->text, ix->continued_style, continued);
}

static void
place_service (Index   *ix,
               guint    entry,
               gboolean with_provider)
{
  KpCatalogue *cat = ix->cat;
  double       height;

  layout_service (ix, entry, with_provider);
  height = service_height (cat);
  ix->entry = entry;
  ix->n_lines = kp_text_layout_get_n_lines (cat->text2);
  ix->cont_rows = 0;
  g_array_set_size (cat->rows, 0);
  if (!cat->flow.empty && cat->flow.y + height > cat->flow.bottom + EPSILON)
    {
      kp_flow_next_frame (&cat->flow);
      layout_continued (ix);
      ix->cont_rows = kp_text_layout_get_n_lines (cat->text);
      for (guint i = 0; i < ix->cont_rows; i++)
        kp_flow_rows_add (cat->rows, kp_text_layout_get_line_height (cat->text), KP_FLOW_ROW_GLUE);
    }
  kp_flow_rows_add_lines (cat->rows, ix->n_lines, kp_text_layout_get_line_height (cat->text2), 0);
  kp_catalogue_place_block (cat, 0, place_service_line, ix);
}

static int
compare_services (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  Index *ix = user_data;
  guint  ea = *(const guint *) a, eb = *(const guint *) b;
  int    c = strcmp (ix->name_keys[ea], ix->name_keys[eb]);

  if (c == 0)
    c = strcmp (ix->provider_keys[ea], ix->provider_keys[eb]);
  if (c == 0)
    c = ea < eb ? -1 : ea > eb;
  return c;
}

/* Key (obec or target group) → the services under it (guint indices), each once. */
static GHashTable *
collect (Index     *ix,
         gboolean   by_group,
         GPtrArray *names)
{
  KpCatalogue *cat = ix->cat;
  GHashTable  *table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                              (GDestroyNotify) g_array_unref);

  for (guint s = 0; s < cat->sections->len; s++)
    {
      KpCatalogueSection *section = g_ptr_array_index (cat->sections, s);

      for (guint i = 0; i < section->entries->len; i++)
        {
          guint                   index = g_array_index (section->entries, guint, i);
          const KpCatalogueEntry *entry = g_ptr_array_index (cat->snapshot->entries, index);
          GPtrArray              *keys = by_group ? entry->target_groups : entry->obce;

          for (guint k = 0; k < keys->len; k++)
            {
              char   *key = g_ptr_array_index (keys, k);
              GArray *list = g_hash_table_lookup (table, key);

              if (list == NULL)
                {
                  list = g_array_new (FALSE, FALSE, sizeof (guint));
                  g_hash_table_insert (table, key, list);
                  g_ptr_array_add (names, key);
                }
              if (list->len == 0 || g_array_index (list, guint, list->len - 1) != index)
                g_array_append_val (list, index);
            }
        }
    }
  kp_catalogue_sort_names (names);
  return table;
}

/* Whether the service at @i of @list shares its name with a neighbour: then its provider
 * tells them apart. */
static gboolean
shares_name (Index  *ix,
             GArray *list,
             guint   i)
{
  const char *key = ix->name_keys[g_array_index (list, guint, i)];

  return (i > 0 && strcmp (key, ix->name_keys[g_array_index (list, guint, i - 1)]) == 0) ||
         (i + 1 < list->len && strcmp (key, ix->name_keys[g_array_index (list, guint, i + 1)]) == 0);
}

/* The services under one heading, the heading already placed. */
static void
place_services (Index  *ix,
                GArray *list)
{
  for (guint i = 0; i < list->len; i++)
    place_service (ix, g_array_index (list, guint, i), shares_name (ix, list, i));
}

static void
draw_index (Index      *ix,
            const char *title,
            const char *dest,
            int        *page,
            gboolean    by_group)
{
  KpCatalogue *cat = ix->cat;
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  g_autoptr (GHashTable) table = collect (ix, by_group, names);
  g_autofree char *letter = NULL;
  double           line = kp_text_cache_get_line_height (cat->cache, ix->name_style);

  kp_catalogue_start_part (cat, title);
  kp_catalogue_heading (cat, title, dest, page);
  kp_flow_set_columns (&cat->flow, 2);
  for (guint i = 0; i < names->len; i++)
    {
      const char      *name = g_ptr_array_index (names, i);
      GArray          *list = g_hash_table_lookup (table, name);
      g_autofree char *heading = by_group ? kp_catalogue_capitalise (name) : g_strdup (name);
      double           first;

      g_array_sort_with_data (list, compare_services, ix);
      layout_service (ix, g_array_index (list, guint, 0), shares_name (ix, list, 0));
      first = service_height (cat);
      ix->key_name = heading;

      if (!by_group)
        {
          g_autofree char *l = kp_catalogue_letter (name);

          if (letter == NULL || strcmp (letter, l) != 0)
            {
              g_free (letter);
              letter = g_steal_pointer (&l);
              kp_text_layout_reset (cat->text, ix->column_width);
              kp_text_layout_append (cat->text, cat->style.letter, letter);
              /* the letter keeps with the obec under it and that obec's first service */
              place_heading (ix, KP_TAG_H2, i > 0 ? line * 0.9 : 0, line * 1.6 + first);
            }
        }
      kp_text_layout_reset (cat->text, ix->column_width);
      /* a target group is the index's only heading: a size larger than the services */
      kp_text_layout_append (cat->text, by_group ? cat->style.toc_section : ix->heading_style,
                             heading);
      place_heading (ix, by_group ? KP_TAG_H2 : KP_TAG_H3, line * (by_group ? 0.8 : 0.5), first);
      place_services (ix, list);
    }
}

/**
 * kp_catalogue_draw_indexes:
 *
 * The index by obec and the index by target group, in two columns: under each obec or
 * group the services, each with its page.
 */
void
kp_catalogue_draw_indexes (KpCatalogue *cat)
{
  Index ix = { cat };
  guint n = cat->snapshot->entries->len;

  if (!cat->has_obce_index && !cat->has_groups_index)
    return;
  if (cat->options->print.large_print)
    {
      ix.name_style = cat->style.body;
      ix.muted_style = cat->style.muted;
      ix.number_style = cat->style.number;
      ix.heading_style = cat->style.body_bold;
      ix.continued_style = cat->style.italic;
    }
  else
    {
      double size = cat->style.body_size * INDEX_SIZE;

      ix.name_style = kp_text_cache_add_style (cat->cache, size, KP_TEXT_REGULAR, KP_PUB_TEXT,
                                               INDEX_SPACING);
      ix.muted_style = kp_text_cache_add_style (cat->cache, size, KP_TEXT_REGULAR, KP_PUB_MUTED,
                                                INDEX_SPACING);
      ix.number_style = ix.name_style;
      ix.heading_style = kp_text_cache_add_style (cat->cache, size, KP_TEXT_BOLD, KP_PUB_TEXT,
                                                  INDEX_SPACING);
      ix.continued_style = kp_text_cache_add_style (cat->cache, size, KP_TEXT_ITALIC, KP_PUB_MUTED,
                                                    INDEX_SPACING);
    }
  ix.indent = cat->style.body_size * 0.8;
  ix.number = kp_text_layout_new (cat->cache);
  ix.column_width = (cat->width - INDEX_GUTTER) / 2;
  ix.number_width = kp_text_cache_measure (cat->cache, ix.number_style, "0000");
  ix.name_keys = g_new0 (char *, n + 1);
  ix.provider_keys = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      const KpCatalogueEntry *e = g_ptr_array_index (cat->snapshot->entries, i);

      ix.name_keys[i] = kp_czech_collate_key (e->name);
      ix.provider_keys[i] = kp_czech_collate_key (e->provider_name != NULL ? e->provider_name : "");
    }
  if (cat->has_obce_index)
    draw_index (&ix, D_ ("Index of obce"), "part-obce", &cat->obce_page, FALSE);
  if (cat->has_groups_index)
    draw_index (&ix, D_ ("Index of target groups"), "part-groups", &cat->groups_page, TRUE);
  g_strfreev (ix.name_keys);
  g_strfreev (ix.provider_keys);
  kp_text_layout_free (ix.number);
}
