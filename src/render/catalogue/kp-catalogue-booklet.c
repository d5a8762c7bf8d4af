/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-catalogue-private.h"
#include "kp-document-text.h"

#include <string.h>

/* An A5 catalogue is a stapled booklet: its sheets are folded A4, four pages each, so its
 * page count is a multiple of 4. Ruled "Notes" pages fill what the content leaves before
 * the back cover, which is the last page: who issued the catalogue, whom to call, the
 * emergency numbers, the publicity text and the logos, and a band in the accent colour. */

#define NOTE_LINE_GAP KP_PUB_MM (8)
#define LOGO_HEIGHT   34.0
#define BAND_HEIGHT   KP_PUB_MM (22)

/**
 * kp_catalogue_count_notes:
 * @pages_before_back: the pages up to the impressum
 *
 * Returns: the notes pages that make the booklet, back cover included, a multiple of 4
 */
int
kp_catalogue_count_notes (int pages_before_back)
{
  return (4 - (pages_before_back + 1) % 4) % 4;
}

/**
 * kp_catalogue_draw_notes:
 *
 * The notes pages: a heading, then ruled lines to write on down to the foot of the page.
 */
void
kp_catalogue_draw_notes (KpCatalogue *cat)
{
  for (int i = 0; i < cat->n_notes; i++)
    {
      kp_catalogue_start_part (cat, D_ ("Notes"));
      kp_text_layout_reset (cat->text, cat->width);
      kp_text_layout_append (cat->text, cat->style.heading, D_ ("Notes"));
      kp_catalogue_text_block (cat, KP_TAG_H1, 0, 0);
      if (cat->cr == NULL)
        continue;
      for (double y = cat->flow.y + NOTE_LINE_GAP; y <= cat->flow.bottom; y += NOTE_LINE_GAP)
        kp_document_hline (cat->cr, KP_PUB_RULE, cat->left, y, cat->width, 0.6);
    }
}

/* The contacts of the back cover: the key contacts, then the local contacts of the
 * crisis lines part that are not among them. */
static GPtrArray *
back_contacts (KpCatalogue *cat)
{
  GPtrArray *contacts = g_ptr_array_new ();

  g_ptr_array_extend (contacts, cat->options->key_contacts, NULL, NULL);
  for (guint i = 0; i < cat->lines->len; i++)
    {
      KpCrisisLine *line = g_ptr_array_index (cat->lines, i);
      gboolean      known = FALSE;

      if (line->kind != KP_CRISIS_LINE_CONTACT)
        continue;
      for (guint j = 0; j < cat->options->key_contacts->len && !known; j++)
        known = g_strcmp0 (((KpCrisisLine *) g_ptr_array_index (cat->options->key_contacts, j))->name,
                           line->name) == 0;
      if (!known)
        g_ptr_array_add (contacts, line);
    }
  return contacts;
}

/* One contact or emergency number as a list item: the number (a link) with the name and
 * note under it; drawn when @draw. Returns: its height */
static double
line_item (KpCatalogue        *cat,
           const KpCrisisLine *line,
           double              y,
           gboolean            draw)
{
  KpTextLayout    *number = cat->text2;
  KpTextLayout    *text = cat->text;
  g_autofree char *uri = kp_document_tel_uri (line->phone);
  g_autofree char *link = uri != NULL ? kp_text_link_uri (uri) : NULL;
  double           h;

  kp_text_layout_reset (number, cat->width);
  kp_text_layout_append (number, cat->style.phone, line->phone != NULL ? line->phone : "");
  kp_text_layout_reset (text, cat->width);
  kp_text_layout_append (text, cat->style.body_bold, line->name);
  if (line->note != NULL && *line->note != '\0')
    {
      kp_text_layout_append (text, cat->style.muted, " · ");
      kp_text_layout_append (text, cat->style.muted, line->note);
    }
  h = kp_text_layout_get_height (number) + kp_text_layout_get_height (text);
  if (!draw)
    return h;
  kp_document_writer_begin (cat->writer, KP_TAG_LI);
  kp_document_writer_begin (cat->writer, KP_TAG_LBL);
  if (link != NULL)
    kp_document_writer_begin_link (cat->writer, link, cat->left, y,
                                   kp_text_layout_get_line_width (number, 0),
                                   kp_text_layout_get_height (number));
  kp_text_layout_draw (number, cat->cr, cat->left, y);
  if (link != NULL)
    kp_document_writer_end_link (cat->writer);
  kp_document_writer_end (cat->writer, KP_TAG_LBL);
  kp_document_writer_begin (cat->writer, KP_TAG_LBODY);
  kp_text_layout_draw (text, cat->cr, cat->left, y + kp_text_layout_get_height (number));
  kp_document_writer_end (cat->writer, KP_TAG_LBODY);
  kp_document_writer_end (cat->writer, KP_TAG_LI);
  return h;
}

/* A heading with the accent rule under it. Returns: the height it takes */
static double
heading (KpCatalogue *cat,
         const char  *title,
         double       y)
{
  double h;

  kp_text_layout_reset (cat->text, cat->width);
  kp_text_layout_append (cat->text, cat->style.subheading, title);
  h = kp_text_layout_get_height (cat->text);
  kp_document_writer_begin (cat->writer, KP_TAG_H2);
  kp_text_layout_draw (cat->text, cat->cr, cat->left, y);
  kp_document_writer_end (cat->writer, KP_TAG_H2);
  kp_document_hline (cat->cr, KP_PUB_ACCENT, cat->left, y + h + 1.5, cat->width, 1.2);
  return h + 4 + cat->style.body_size * 0.5;
}

/* The lines of @lines that fit above @limit, as a list under @title. Returns: the new y */
static double
line_list (KpCatalogue *cat,
           const char  *title,
           GPtrArray   *lines,
           double       y,
           double       limit)
{
  double gap = cat->style.body_size * 0.6;
  double head = kp_text_cache_get_line_height (cat->cache, cat->style.subheading) + 4 +
                cat->style.body_size * 0.5;

  /* the heading only with its first line */
  if (lines->len == 0 || y + head + line_item (cat, g_ptr_array_index (lines, 0), y, FALSE) > limit)
    return y;
  y += heading (cat, title, y);
  kp_document_writer_begin (cat->writer, KP_TAG_L);
  for (guint i = 0; i < lines->len; i++)
    {
      const KpCrisisLine *line = g_ptr_array_index (lines, i);

      if (y + line_item (cat, line, y, FALSE) > limit)
        break;
      y += line_item (cat, line, y, TRUE) + gap;
    }
  kp_document_writer_end (cat->writer, KP_TAG_L);
  return y + cat->style.body_size;
}

/* The foot: the band with the title and year, and above it the publicity text and logos.
 * Returns: the top of what it drew */
static double
draw_foot (KpCatalogue *cat)
{
  const KpCatalogueOptions *o = cat->options;
  double                    band = cat->page_height - BAND_HEIGHT;
  double                    gap = cat->style.body_size * 0.8;
  double                    y = band - gap;
  double                    text_height = 0;
  g_autofree char          *year = g_strdup_printf ("%d", kp_document_year (o->year, o->created));

  if (o->publicity_text != NULL)
    {
      kp_text_layout_reset (cat->text, cat->width);
      kp_text_layout_append (cat->text, cat->style.muted, o->publicity_text);
      text_height = kp_text_layout_get_height (cat->text);
    }
  if (cat->logos->len > 0)
    {
      y -= text_height + (text_height > 0 ? gap : 0) + LOGO_HEIGHT;
      kp_catalogue_draw_logos (cat, cat->left, y, LOGO_HEIGHT);
    }
  else
    y -= text_height;
  if (o->publicity_text != NULL)
    {
      kp_text_layout_reset (cat->text, cat->width);
      kp_text_layout_append (cat->text, cat->style.muted, o->publicity_text);
      kp_document_writer_begin (cat->writer, KP_TAG_P);
      kp_text_layout_draw (cat->text, cat->cr, cat->left, band - gap - text_height);
      kp_document_writer_end (cat->writer, KP_TAG_P);
    }

  kp_document_fill_to_edge (cat->writer, KP_PUB_ACCENT, 0, band, cat->page_width, BAND_HEIGHT);
  kp_text_layout_reset (cat->text, cat->width);
  kp_text_layout_append (cat->text, cat->style.inverse, o->title);
  kp_text_layout_append (cat->text, cat->style.inverse, " · ");
  kp_text_layout_append (cat->text, cat->style.inverse, year);
  kp_document_writer_begin (cat->writer, KP_TAG_P);
  kp_text_layout_draw (cat->text, cat->cr, cat->left,
                       band + (BAND_HEIGHT - kp_text_layout_get_height (cat->text)) / 2);
  kp_document_writer_end (cat->writer, KP_TAG_P);
  return y;
}

/**
 * kp_catalogue_draw_back_cover:
 *
 * The last page, without a running head or page number: the issuer (and the issuer's
 * note, an address), the contacts and the emergency numbers that fit, and the foot.
 */
void
kp_catalogue_draw_back_cover (KpCatalogue *cat)
{
  const KpCatalogueOptions *o = cat->options;
  g_autoptr (GPtrArray) contacts = NULL;
  g_autoptr (GPtrArray) emergency = NULL;
  double y, limit;

  cat->running = NULL;
  cat->bare_page = TRUE;
  kp_flow_next_page (&cat->flow);
  cat->bare_page = FALSE;
  cat->flow.empty = FALSE;
  kp_catalogue_record_page (cat, &cat->back_page, cat->flow.page);
  if (cat->cr == NULL)
    return;

  limit = draw_foot (cat) - cat->style.body_size;
  y = KP_PUB_MM (18);
  if (o->issuer != NULL)
    {
      kp_text_layout_reset (cat->text, cat->width);
      kp_text_layout_append (cat->text, cat->style.label, D_ ("Published by"));
      kp_text_layout_append (cat->text, cat->style.body, "\n");
      kp_text_layout_append (cat->text, cat->style.subheading, o->issuer);
      if (o->impressum_note != NULL)
        {
          kp_text_layout_append (cat->text, cat->style.body, "\n");
          kp_text_layout_append (cat->text, cat->style.body, o->impressum_note);
        }
      kp_document_writer_begin (cat->writer, KP_TAG_P);
      kp_text_layout_draw (cat->text, cat->cr, cat->left, y);
      kp_document_writer_end (cat->writer, KP_TAG_P);
      y += kp_text_layout_get_height (cat->text) + cat->style.body_size * 1.5;
    }

  contacts = back_contacts (cat);
  y = line_list (cat, D_ ("Where to turn"), contacts, y, limit);
  emergency = g_ptr_array_new ();
  for (guint i = 0; i < cat->lines->len; i++)
    if (((KpCrisisLine *) g_ptr_array_index (cat->lines, i))->kind == KP_CRISIS_LINE_EMERGENCY)
      g_ptr_array_add (emergency, g_ptr_array_index (cat->lines, i));
  line_list (cat, D_ ("Emergency numbers"), emergency, y, limit);
}
