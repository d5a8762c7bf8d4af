/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-catalogue-private.h"
#include "kp-document-text.h"
#include "kp-pictogram.h"

/* The front of the catalogue: title page, introduction with the legend of the
 * pictograms, and the table of contents. */

#define LOGO_HEIGHT 42.0
#define TOC_INDENT  14.0

/**
 * kp_catalogue_draw_title_page:
 *
 * Page 1: the issuer in a band, the title, subtitle and year, the three pictograms, and
 * at the foot the logos with the publicity text (EU-funded projects must show both).
 */
void
kp_catalogue_draw_title_page (KpCatalogue *cat)
{
  const KpCatalogueOptions *o = cat->options;
  cairo_t                  *cr = cat->cr;
  KpTextLayout             *text = cat->text;
  const double              band = KP_PUB_MM (40);
  const KpServiceForms      forms[] = { KP_SERVICE_FORM_RESIDENTIAL, KP_SERVICE_FORM_OUTPATIENT,
                                        KP_SERVICE_FORM_FIELD };
  g_autofree char          *year = NULL;
  double                    y, foot, size;

  cat->flow.empty = FALSE;
  if (cr == NULL)
    return;

  kp_document_fill_to_edge (cat->writer, KP_PUB_ACCENT, 0, 0, cat->page_width, band);
  kp_document_fill_to_edge (cat->writer, KP_PUB_ACCENT_LIGHT, 0, band, cat->page_width,
                            KP_PUB_MM (3));
  if (o->issuer != NULL)
    {
      kp_text_layout_reset (text, cat->width);
      kp_text_layout_append (text, cat->style.cover_issuer, o->issuer);
      kp_document_writer_begin (cat->writer, KP_TAG_P);
      kp_text_layout_draw (text, cr, cat->left, (band - kp_text_layout_get_height (text)) / 2);
      kp_document_writer_end (cat->writer, KP_TAG_P);
    }

  y = band + KP_PUB_MM (32);
  kp_text_layout_reset (text, cat->width);
  kp_text_layout_append (text, cat->style.cover_title, o->title);
  kp_document_writer_begin (cat->writer, KP_TAG_H1);
  kp_text_layout_draw (text, cr, cat->left, y);
  kp_document_writer_end (cat->writer, KP_TAG_H1);
  y += kp_text_layout_get_height (text) + cat->style.body_size;
  kp_document_writer_begin (cat->writer, KP_TAG_P);
  if (o->subtitle != NULL)
    {
      kp_text_layout_reset (text, cat->width);
      kp_text_layout_append (text, cat->style.cover_subtitle, o->subtitle);
      /* the year follows in the same paragraph */
      kp_text_layout_set_trailing_space (text, TRUE);
      kp_text_layout_draw (text, cr, cat->left, y);
      y += kp_text_layout_get_height (text) + cat->style.body_size;
    }
  year = g_strdup_printf ("%d", kp_document_year (o->year, o->created));
  kp_text_layout_reset (text, cat->width);
  kp_text_layout_append (text, cat->style.cover_subtitle, year);
  kp_text_layout_draw (text, cr, cat->left, y);
  kp_document_writer_end (cat->writer, KP_TAG_P);
  y += kp_text_layout_get_height (text);

  foot = cat->bottom;
  if (o->publicity_text != NULL)
    {
      kp_text_layout_reset (text, cat->width);
      kp_text_layout_append (text, cat->style.muted, o->publicity_text);
      foot -= kp_text_layout_get_height (text);
    }
  if (cat->logos->len > 0)
    {
      double logos = foot - (o->publicity_text != NULL ? cat->style.body_size : 0) - LOGO_HEIGHT;

      kp_catalogue_draw_logos (cat, cat->left, logos, LOGO_HEIGHT);
    }
  if (o->publicity_text != NULL)
    {
      kp_text_layout_reset (text, cat->width);
      kp_text_layout_append (text, cat->style.muted, o->publicity_text);
      kp_document_writer_begin (cat->writer, KP_TAG_P);
      kp_text_layout_draw (text, cr, cat->left, foot);
      kp_document_writer_end (cat->writer, KP_TAG_P);
      foot -= cat->style.body_size;
    }
  if (cat->logos->len > 0)
    foot -= LOGO_HEIGHT;

  /* the three forms with their names, where there is room above the foot: a picture of
   * what the catalogue holds, not text to read */
  size = cat->style.body_size * (cat->page_width < 500 ? 3.2 : 4.2);
  y = MAX (y + KP_PUB_MM (16), cat->page_height * 0.45);
  kp_text_layout_reset (text, size * 1.8);
  kp_text_layout_set_align (text, KP_TEXT_ALIGN_CENTER);
  kp_text_layout_append (text, cat->style.muted, kp_service_form_get_name (forms[0]));
  if (y + size + kp_text_layout_get_height (text) + KP_PUB_MM (10) > foot)
    return;
  kp_document_writer_begin_artifact (cat->writer);
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      double x = cat->left + i * size * 1.9;

      kp_pictogram_draw (cr, forms[i], x + size * 0.4, y, size, KP_PUB_ACCENT);
      kp_text_layout_reset (text, size * 1.8);
      kp_text_layout_set_align (text, KP_TEXT_ALIGN_CENTER);
      kp_text_layout_append (text, cat->style.muted, kp_service_form_get_name (forms[i]));
      kp_text_layout_draw (text, cr, x, y + size + cat->style.body_size * 0.4);
    }
  kp_document_writer_end_artifact (cat->writer);
}

typedef struct
{
  KpCatalogue   *cat;
  KpServiceForms form;
  double         size;
} LegendPlace;

static void
place_legend_line (KpFlow  *flow,
                   int      row,
                   double   y,
                   gpointer user_data)
{
  LegendPlace *l = user_data;
  KpCatalogue *cat = l->cat;
  double       indent = l->size * 1.6;

  if (cat->cr == NULL || row == 0)
    return;
  if (row == 1)
    {
      kp_pictogram_draw (cat->cr, l->form, cat->left, y, l->size, KP_PUB_ACCENT);
      kp_document_writer_begin (cat->writer, KP_TAG_P);
    }
  kp_text_layout_draw_lines (cat->text, cat->cr, cat->left + indent, y, row - 1, 1);
  if (row == (int) kp_text_layout_get_n_lines (cat->text))
    kp_document_writer_end (cat->writer, KP_TAG_P);
}

static void
draw_legend (KpCatalogue *cat)
{
  const KpServiceForms forms[] = { KP_SERVICE_FORM_RESIDENTIAL, KP_SERVICE_FORM_OUTPATIENT,
                                   KP_SERVICE_FORM_FIELD };
  const char          *meaning[] = {
             N_ ("you live in the facility, for a time or for good."),
             N_ ("you come to the service at its address."),
             N_ ("the service comes to you, at home or wherever you need it."),
  };
  LegendPlace legend = { cat, 0, cat->style.body_size * 2.2 };
  double      line = kp_text_cache_get_line_height (cat->cache, cat->style.body);

  kp_catalogue_subheading (cat, D_ ("How to read the entries"), legend.size * 3);
  kp_text_layout_reset (cat->text, cat->width);
  kp_text_layout_append (cat->text, cat->style.body,
                         D_ ("Each entry names the service and its provider, the type of service "
                             "under the law on social services, whom it is for, how to reach it "
                             "and the obce it serves. The pictograms show the forms in which the "
                             "service is provided:"));
  kp_catalogue_paragraph (cat, 0, legend.size * 3);

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s:", kp_service_form_get_name (forms[i]));
      guint            n;

      legend.form = forms[i];
      kp_text_layout_reset (cat->text, cat->width - legend.size * 1.6);
      kp_text_layout_append (cat->text, cat->style.body_bold, name);
      kp_text_layout_append (cat->text, cat->style.body, " ");
      kp_text_layout_append (cat->text, cat->style.body, D_ (meaning[i]));
      n = kp_text_layout_get_n_lines (cat->text);
      g_array_set_size (cat->rows, 0);
      kp_flow_rows_add (cat->rows, line * 0.6, KP_FLOW_ROW_SPACE);
      for (guint l = 0; l < n; l++)
        kp_flow_rows_add (cat->rows, l + 1 == n ? MAX (line, legend.size - l * line) : line,
                          l + 1 < n ? KP_FLOW_ROW_GLUE : 0);
      kp_catalogue_place_block (cat, 0, place_legend_line, &legend);
    }
}

static void
draw_text_paragraphs (KpCatalogue *cat,
                      const char  *text,
                      guint        style)
{
  g_auto (GStrv) paragraphs = g_strsplit (text, "\n\n", -1);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_strstrip (paragraphs[i]);
      if (*paragraphs[i] == '\0')
        continue;
      kp_text_layout_reset (cat->text, cat->width);
      kp_text_layout_append (cat->text, style, paragraphs[i]);
      kp_catalogue_paragraph (cat, cat->style.body_size * 0.7, 0);
    }
}

/**
 * kp_catalogue_draw_introduction:
 *
 * The introduction text, then the legend; an empty catalogue says here that no service
 * matches and points to the crisis lines.
 */
void
kp_catalogue_draw_introduction (KpCatalogue *cat)
{
  g_autofree char *crisis = kp_text_link_dest ("part-crisis");

  kp_catalogue_start_part (cat, D_ ("Introduction"));
  kp_catalogue_heading (cat, D_ ("Introduction"), "part-intro", &cat->intro_page);
  if (cat->options->introduction != NULL)
    draw_text_paragraphs (cat, cat->options->introduction, cat->style.body);

  if (cat->n_entries == 0)
    {
      kp_text_layout_reset (cat->text, cat->width);
      kp_text_layout_append (cat->text, cat->style.subheading,
                             D_ ("No social services in this territory match the selection."));
      kp_catalogue_paragraph (cat, cat->style.body_size * 1.5, 0);
    }
  else
    draw_legend (cat);

  kp_text_layout_reset (cat->text, cat->width);
  kp_text_layout_append (cat->text, cat->style.body,
                         D_ ("In an emergency call 112 or 155. More crisis lines are listed in "));
  kp_text_layout_append_link (cat->text, cat->style.link, D_ ("Crisis lines and emergency numbers"),
                              crisis);
  kp_text_layout_append (cat->text, cat->style.body, ".");
  kp_catalogue_paragraph (cat, cat->style.body_size * 1.2, 0);
}

typedef struct
{
  KpCatalogue *cat;
  const char  *dest;
  int          page;
  double       indent;
  guint        n_lines;
  double       number_width;
} TocPlace;

static void
place_toc_line (KpFlow  *flow,
                int      row,
                double   y,
                gpointer user_data)
{
  TocPlace        *t = user_data;
  KpCatalogue     *cat = t->cat;
  cairo_t         *cr = cat->cr;
  KpTextLayout    *text = cat->text;
  double           x = cat->left + t->indent;
  double           line_height = kp_text_layout_get_line_height (text);
  guint            line;
  g_autofree char *link = NULL;

  if (cr == NULL || row == 0)
    return;
  line = row - 1;
  if (line == 0)
    kp_document_writer_begin (cat->writer, KP_TAG_TOCI);
  link = kp_text_link_dest (t->dest);
  kp_document_writer_begin_link (cat->writer, link, x, y, cat->left + cat->width - x, line_height);
  /* the page number follows: read "Introduction 2" */
  kp_text_layout_set_trailing_space (text, TRUE);
  kp_text_layout_draw_lines (text, cr, x, y, line, 1);
  if (line + 1 == t->n_lines)
    {
      g_autofree char *number = g_strdup_printf ("%d", t->page);
      double           from = x + kp_text_layout_get_line_width (text, line) + 6;
      double           to = cat->left + cat->width - t->number_width - 4;
      double           baseline = y + kp_text_layout_get_baseline (text);

      if (to - from > 10)
        {
          double leader[3] = { from, to, baseline };

          g_array_append_vals (cat->leaders, leader, 3);
        }
      kp_text_layout_reset (cat->text2, t->number_width);
      kp_text_layout_set_align (cat->text2, KP_TEXT_ALIGN_RIGHT);
      kp_text_layout_append (cat->text2, cat->style.number, number);
      kp_text_layout_draw (cat->text2, cr, cat->left + cat->width - t->number_width, y);
    }
  kp_document_writer_end_link (cat->writer);
  if (line + 1 == t->n_lines)
    kp_document_writer_end (cat->writer, KP_TAG_TOCI);
}

/* One line of the contents: its text in cat->text, indented, a page number at the right. */
static void
place_toc_item (KpCatalogue *cat,
                TocPlace    *t,
                double       space_before,
                gboolean     keep_with_next)
{
  double line_height = kp_text_layout_get_line_height (cat->text);

  t->n_lines = kp_text_layout_get_n_lines (cat->text);
  g_array_set_size (cat->rows, 0);
  kp_flow_rows_add (cat->rows, space_before, KP_FLOW_ROW_SPACE);
  for (guint i = 0; i < t->n_lines; i++)
    kp_flow_rows_add (cat->rows, line_height,
                      i + 1 < t->n_lines || keep_with_next ? KP_FLOW_ROW_GLUE : 0);
  kp_catalogue_place_block (cat, keep_with_next ? line_height * 2 : 0, place_toc_line, t);
}

static void
toc_part (KpCatalogue *cat,
          TocPlace    *t,
          const char  *title,
          const char  *dest,
          int          page)
{
  t->dest = dest;
  t->page = page;
  t->indent = 0;
  kp_text_layout_reset (cat->text, cat->width - t->number_width - 12);
  kp_text_layout_append (cat->text, cat->style.toc_section, title);
  place_toc_item (cat, t, cat->style.body_size * 0.6, FALSE);
}

/* A line of the contents for a service or, in a catalogue by provider, a provider. */
static void
toc_entry (KpCatalogue *cat,
           TocPlace    *t,
           guint        index,
           double       indent,
           gboolean     provider)
{
  const KpCatalogueEntry *entry = g_ptr_array_index (cat->snapshot->entries, index);
  g_autofree char        *dest = g_strdup_printf (provider ? "provider-%u" : "svc-%u", index);

  t->dest = dest;
  t->page = cat->entry_page[index];
  t->indent = indent;
  kp_text_layout_reset (cat->text, cat->width - indent - t->number_width - 12);
  if (provider)
    kp_text_layout_append (cat->text, cat->style.body_bold, entry->provider_name);
  else
    {
      kp_text_layout_append (cat->text, cat->style.body, entry->name);
      /* under its provider's line the provider goes without saying */
      if (!cat->by_provider && entry->provider_name != NULL && *entry->provider_name != '\0')
        {
          kp_text_layout_append (cat->text, cat->style.muted, " · ");
          kp_text_layout_append (cat->text, cat->style.muted, entry->provider_name);
        }
    }
  place_toc_item (cat, t, provider ? cat->style.body_size * 0.3 : 0, provider);
}

/**
 * kp_catalogue_draw_contents:
 *
 * The contents: parts, chapters and, up to %KP_CATALOGUE_CONTENTS_MAX_ENTRIES services,
 * every entry (service and provider, or a catalogue by provider's providers with their
 * services) with its page and a link to it; a larger catalogue lists parts and chapters
 * only. Page numbers are right-aligned in a column of fixed width, so the measuring pass,
 * which does not know them yet, breaks the lines the same way.
 */
void
kp_catalogue_draw_contents (KpCatalogue *cat)
{
  TocPlace t = { cat };
  gboolean every_entry = cat->n_entries <= KP_CATALOGUE_CONTENTS_MAX_ENTRIES;

  t.number_width = kp_text_cache_measure (cat->cache, cat->style.number, "00000");
  kp_catalogue_start_part (cat, D_ ("Contents"));
  kp_catalogue_heading (cat, D_ ("Contents"), "part-toc", &cat->toc_page);
  kp_document_writer_begin (cat->writer, KP_TAG_TOC);
  toc_part (cat, &t, D_ ("Introduction"), "part-intro", cat->intro_page);
  if (kp_catalogue_parts_has_situations (cat->snapshot->parts))
    toc_part (cat, &t, D_ ("Life situations"), "part-situations", cat->situations_page);

  for (guint i = 0; i < cat->sections->len; i++)
    {
      KpCatalogueSection *s = g_ptr_array_index (cat->sections, i);
      double              indent = s->level * TOC_INDENT;

      t.dest = s->dest;
      t.page = s->page;
      t.indent = indent;
      kp_text_layout_reset (cat->text, cat->width - indent - t.number_width - 12);
      kp_text_layout_append (cat->text, s->level == 0 ? cat->style.toc_section : cat->style.body_bold,
                             s->title);
      place_toc_item (cat, &t, cat->style.body_size * (s->level == 0 ? 0.9 : 0.4),
                      (every_entry && s->entries->len > 0) ||
                          (s->level == 0 && s->entries->len == 0));
      if (!every_entry)
        continue;

      indent += TOC_INDENT;
      for (guint e = 0; e < s->entries->len; e++)
        {
          guint index = g_array_index (s->entries, guint, e);

          if (kp_catalogue_starts_provider (cat, s, e))
            toc_entry (cat, &t, index, indent, TRUE);
          toc_entry (cat, &t, index, indent + (cat->by_provider ? TOC_INDENT : 0), FALSE);
        }
    }

  toc_part (cat, &t, D_ ("Crisis lines and emergency numbers"), "part-crisis", cat->crisis_page);
  if (kp_catalogue_parts_has_authorities (cat->snapshot->parts))
    toc_part (cat, &t, D_ ("Authorities and first contact"), "part-authorities",
              cat->authorities_page);
  if (kp_catalogue_parts_has_health (cat->snapshot->parts))
    toc_part (cat, &t, D_ ("Health care"), "part-health", cat->health_page);
  if (cat->has_obce_index)
    toc_part (cat, &t, D_ ("Index of obce"), "part-obce", cat->obce_page);
  if (cat->has_groups_index)
    toc_part (cat, &t, D_ ("Index of target groups"), "part-groups", cat->groups_page);
  toc_part (cat, &t, D_ ("Impressum"), "part-impressum", cat->impressum_page);
  kp_document_writer_end (cat->writer, KP_TAG_TOC);
}
