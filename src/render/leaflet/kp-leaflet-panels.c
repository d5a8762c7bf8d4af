/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-leaflet-private.h"
#include "kp-document-text.h"
#include "kp-pictogram.h"

/* The fixed parts of a leaflet: the cover panel (folded leaflet), the title band (A5),
 * and the back with crisis lines, the issuer, the publicity text and the logos. */

#define LOGO_HEIGHT 34.0

static KpServiceForms
all_forms (KpLeaflet *lf)
{
  KpServiceForms forms = KP_SERVICE_FORM_NONE;

  for (guint i = 0; i < lf->snapshot->entries->len; i++)
    forms |= ((KpCatalogueEntry *) g_ptr_array_index (lf->snapshot->entries, i))->forms;
  return forms;
}

static char *
issuer_line (KpLeaflet *lf)
{
  int year = kp_document_year (lf->options->year, lf->options->created);

  if (lf->options->issuer == NULL || *lf->options->issuer == '\0')
    return g_strdup_printf ("%d", year);
  /* Translators: who published the leaflet and when: "Město Žďár nad Sázavou, 2026" */
  return g_strdup_printf (D_ ("%s, %d"), lf->options->issuer, year);
}

/**
 * kp_leaflet_draw_logos:
 *
 * The logos in a row, as one figure whose alternative text names them.
 */
void
kp_leaflet_draw_logos (KpLeaflet *lf,
                       double     x,
                       double     y,
                       double     height)
{
  g_autofree char *alt = kp_document_logos_alt (lf->options->logos);

  kp_document_writer_begin_figure (lf->writer, alt);
  kp_document_draw_logos (lf->cr, lf->logos, x, y, height, height / 2);
  kp_document_writer_end (lf->writer, KP_TAG_FIGURE);
}

/**
 * kp_leaflet_draw_cover:
 * @x: left edge of the cover panel
 * @width: width of the panel
 *
 * The front of the folded leaflet: title and subtitle on the accent colour, the
 * pictograms of the forms the services have, issuer and logos at the foot.
 */
void
kp_leaflet_draw_cover (KpLeaflet *lf,
                       double     x,
                       double     width)
{
  cairo_t         *cr = lf->cr;
  KpTextLayout    *text = lf->text;
  double           pad = lf->margin;
  double           inner = width - 2 * pad;
  double           band = lf->page_height * 0.58;
  double           y, size = lf->style.body_size * 3.4;
  g_autofree char *issuer = issuer_line (lf);
  g_autofree char *title = kp_leaflet_dup_without_widow (lf->options->title);
  g_autofree char *subtitle = kp_leaflet_dup_without_widow (lf->options->subtitle);

  kp_document_fill_to_edge (lf->writer, KP_PUB_ACCENT, x, 0, width, band);

  kp_text_layout_reset (text, inner);
  kp_text_layout_append (text, lf->style.inverse_title, title);
  y = band - pad - kp_text_layout_get_height (text);
  if (subtitle != NULL)
    {
      kp_text_layout_reset (lf->text2, inner);
      kp_text_layout_append (lf->text2, lf->style.inverse, subtitle);
      y -= kp_text_layout_get_height (lf->text2) + lf->style.body_size * 0.6;
    }
  kp_document_writer_begin (lf->writer, KP_TAG_H1);
  kp_text_layout_draw (text, cr, x + pad, y);
  kp_document_writer_end (lf->writer, KP_TAG_H1);
  if (lf->options->subtitle != NULL)
    {
      kp_document_writer_begin (lf->writer, KP_TAG_P);
      kp_text_layout_draw (lf->text2, cr, x + pad,
                           band - pad - kp_text_layout_get_height (lf->text2));
      kp_document_writer_end (lf->writer, KP_TAG_P);
    }

  y = band + pad;
  kp_pictogram_draw_forms (cr, all_forms (lf), x + pad + kp_pictogram_forms_width (all_forms (lf), size, size * 0.3),
                           y, size, size * 0.3, KP_PUB_ACCENT);

  kp_text_layout_reset (text, inner);
  kp_text_layout_append (text, lf->style.body_bold, issuer);
  y = lf->page_height - pad - kp_text_layout_get_height (text);
  if (lf->logos->len > 0)
    y -= LOGO_HEIGHT + lf->style.body_size;
  kp_document_writer_begin (lf->writer, KP_TAG_P);
  kp_text_layout_draw (text, cr, x + pad, y);
  kp_document_writer_end (lf->writer, KP_TAG_P);
  if (lf->logos->len > 0)
    kp_leaflet_draw_logos (lf, x + pad, lf->page_height - pad - LOGO_HEIGHT, LOGO_HEIGHT);
}

/**
 * kp_leaflet_draw_band:
 *
 * The title band at the top of an A5 leaflet's first page.
 *
 * Returns: its height
 */
double
kp_leaflet_draw_band (KpLeaflet *lf)
{
  cairo_t         *cr = lf->cr;
  double           pad = lf->margin;
  double           inner = lf->page_width - 2 * pad;
  double           y = pad * 0.8;
  g_autofree char *issuer = issuer_line (lf);
  g_autofree char *title = kp_leaflet_dup_without_widow (lf->options->title);
  g_autofree char *subtitle = kp_leaflet_dup_without_widow (lf->options->subtitle);

  kp_text_layout_reset (lf->text3, inner);
  kp_text_layout_append (lf->text3, lf->style.inverse, issuer);
  kp_text_layout_reset (lf->text, inner);
  kp_text_layout_append (lf->text, lf->style.inverse_title, title);
  kp_text_layout_reset (lf->text2, inner);
  kp_text_layout_append (lf->text2, lf->style.inverse, subtitle);

  if (cr != NULL)
    {
      double h = y + kp_text_layout_get_height (lf->text3) + kp_text_layout_get_height (lf->text) +
                 kp_text_layout_get_height (lf->text2) + pad * 0.8 + lf->style.body_size * 0.5;

      kp_document_fill_to_edge (lf->writer, KP_PUB_ACCENT, 0, 0, lf->page_width, h);
      kp_document_writer_begin (lf->writer, KP_TAG_P);
      kp_text_layout_draw (lf->text3, cr, pad, y);
      kp_document_writer_end (lf->writer, KP_TAG_P);
    }
  y += kp_text_layout_get_height (lf->text3) + lf->style.body_size * 0.5;
  if (cr != NULL)
    {
      kp_document_writer_begin (lf->writer, KP_TAG_H1);
      kp_text_layout_draw (lf->text, cr, pad, y);
      kp_document_writer_end (lf->writer, KP_TAG_H1);
    }
  y += kp_text_layout_get_height (lf->text);
  if (cr != NULL && !kp_text_layout_is_empty (lf->text2))
    {
      kp_document_writer_begin (lf->writer, KP_TAG_P);
      kp_text_layout_draw (lf->text2, cr, pad, y);
      kp_document_writer_end (lf->writer, KP_TAG_P);
    }
  y += kp_text_layout_get_height (lf->text2);
  return y + pad * 0.8;
}

/* One crisis line: the number, its name, hours and note. Emergency numbers are large
 * and red, next to their name. */
static double
layout_line (KpLeaflet          *lf,
             const KpCrisisLine *line,
             double              width)
{
  const KpDocumentStyle *st = &lf->style;
  gboolean               emergency = line->kind == KP_CRISIS_LINE_EMERGENCY;
  double                 number_width = emergency ? st->body_size * 4.6 : width;

  kp_text_layout_reset (lf->text2, number_width);
  kp_text_layout_append (lf->text2, emergency ? st->emergency : st->phone, line->phone);
  kp_text_layout_reset (lf->text, emergency ? width - number_width : width);
  kp_text_layout_append (lf->text, st->body_bold, line->name);
  if (!emergency && line->hours != NULL)
    {
      kp_text_layout_append (lf->text, st->muted, ", ");
      kp_text_layout_append (lf->text, st->muted, line->hours);
    }
  if (emergency)
    return MAX (kp_text_layout_get_height (lf->text2), kp_text_layout_get_height (lf->text));
  return kp_text_layout_get_height (lf->text2) + kp_text_layout_get_height (lf->text);
}

static void
draw_line (KpLeaflet          *lf,
           const KpCrisisLine *line,
           double              x,
           double              y,
           double              width)
{
  gboolean         emergency = line->kind == KP_CRISIS_LINE_EMERGENCY;
  g_autofree char *uri = kp_document_tel_uri (line->phone);
  g_autofree char *link = uri != NULL ? kp_text_link_uri (uri) : NULL;
  double           number_width = emergency ? lf->style.body_size * 4.6 : width;
  double           h2 = kp_text_layout_get_height (lf->text2);

  kp_document_writer_begin (lf->writer, KP_TAG_LI);
  kp_document_writer_begin (lf->writer, KP_TAG_LBL);
  if (link != NULL)
    kp_document_writer_begin_link (lf->writer, link, x, y,
                                   kp_text_layout_get_line_width (lf->text2, 0), h2);
  kp_text_layout_draw (lf->text2, lf->cr, x, y);
  if (link != NULL)
    kp_document_writer_end_link (lf->writer);
  kp_document_writer_end (lf->writer, KP_TAG_LBL);
  kp_document_writer_begin (lf->writer, KP_TAG_LBODY);
  if (emergency)
    /* beside the number, centred on it; a name taller than the number (in large print)
     * starts level with it, never above the row */
    kp_text_layout_draw (lf->text, lf->cr, x + number_width,
                         y + MAX (0, (h2 - kp_text_layout_get_height (lf->text)) / 2));
  else
    kp_text_layout_draw (lf->text, lf->cr, x, y + h2);
  kp_document_writer_end (lf->writer, KP_TAG_LBODY);
  kp_document_writer_end (lf->writer, KP_TAG_LI);
}

/* Who published the folded leaflet, at the foot of its back, drawn when @draw.
 * Returns: its height */
static double
impressum (KpLeaflet *lf,
           double     x,
           double     y,
           double     width,
           gboolean   draw)
{
  int              year = kp_document_year (lf->options->year, lf->options->created);
  g_autofree char *text = NULL;

  if (lf->options->issuer != NULL && *lf->options->issuer != '\0')
    /* Translators: the impressum at the foot of a leaflet's back: issuer and year */
    text = g_strdup_printf (D_ ("Published by: %s, %d. Free of charge, not for sale."),
                            lf->options->issuer, year);
  else
    text = g_strdup (D_ ("Free of charge, not for sale."));
  kp_text_layout_reset (lf->text3, width);
  kp_text_layout_append (lf->text3, lf->style.small, text);
  if (draw)
    {
      kp_document_hline (lf->cr, KP_PUB_RULE, x, y, width, 0.6);
      kp_document_writer_begin (lf->writer, KP_TAG_P);
      kp_text_layout_draw (lf->text3, lf->cr, x, y + lf->style.body_size * 0.4);
      kp_document_writer_end (lf->writer, KP_TAG_P);
    }
  return kp_text_layout_get_height (lf->text3) + lf->style.body_size * 0.4;
}

/**
 * kp_leaflet_draw_back:
 * @bottom: the back sits at the foot of its page (A5): its frame is sized to what fits
 *
 * The crisis lines (emergency numbers in two columns when there is room), then at the
 * foot of the frame the publicity text, the logos and (folded leaflet) the impressum. Lines
 * that do not fit are left out and counted in lf->back_omitted.
 *
 * Returns: the height used
 */
double
kp_leaflet_draw_back (KpLeaflet            *lf,
                      const KpLeafletFrame *frame,
                      gboolean              bottom)
{
  const KpDocumentStyle *st = &lf->style;
  cairo_t               *cr = lf->cr;
  double                 gap = st->body_size * 0.6;
  guint                  columns = frame->width > 300 ? 2 : 1;
  double                 col_width = (frame->width - (columns - 1) * gap * 2) / columns;
  double                 foot = 0, y = frame->y, row_height = 0, limit;
  guint                  column = 0, omitted = 0;

  /* the foot: issuer, publicity text, logos */
  if (lf->options->publicity_text != NULL)
    {
      kp_text_layout_reset (lf->text3, frame->width);
      kp_text_layout_append (lf->text3, st->muted, lf->options->publicity_text);
      foot += kp_text_layout_get_height (lf->text3) + gap;
    }
  if (lf->logos->len > 0)
    foot += LOGO_HEIGHT + gap;
  if (!bottom)
    foot += impressum (lf, frame->x, 0, frame->width, FALSE);
  limit = frame->y + frame->height - foot - gap;

  kp_text_layout_reset (lf->text, frame->width);
  kp_text_layout_append (lf->text, st->subheading, D_ ("In a crisis, call"));
  if (cr != NULL)
    {
      kp_document_writer_begin (lf->writer, KP_TAG_H2);
      kp_text_layout_draw (lf->text, cr, frame->x, y);
      kp_document_writer_end (lf->writer, KP_TAG_H2);
      kp_document_hline (cr, KP_PUB_ACCENT, frame->x,
                         y + kp_text_layout_get_height (lf->text) + 1.5, frame->width, 1.2);
    }
  y += kp_text_layout_get_height (lf->text) + gap;

  if (cr != NULL && lf->lines->len > 0)
    kp_document_writer_begin (lf->writer, KP_TAG_L);
  for (guint i = 0; i < lf->lines->len; i++)
    {
      const KpCrisisLine *line = g_ptr_array_index (lf->lines, i);
      gboolean            grid = line->kind == KP_CRISIS_LINE_EMERGENCY && columns > 1;
      double              w = grid ? col_width : frame->width;
      double              h = layout_line (lf, line, w);
      double              x = frame->x + (grid ? column * (col_width + 2 * gap) : 0);

      if (!grid && column > 0)
        {
          y += row_height + gap;
          column = 0;
          row_height = 0;
        }
      if (y + h > limit)
        {
          omitted++;
          continue;
        }
      if (cr != NULL)
        draw_line (lf, line, x, y, w);
      row_height = MAX (row_height, h);
      if (grid && ++column < columns)
        continue;
      y += row_height + gap;
      column = 0;
      row_height = 0;
    }
  if (column > 0)
    y += row_height + gap;
  if (cr != NULL && lf->lines->len > 0)
    kp_document_writer_end (lf->writer, KP_TAG_L);
  lf->back_omitted = omitted;

  if (bottom)
    y += gap;
  else
    y = frame->y + frame->height - foot;
  if (cr != NULL && lf->options->publicity_text != NULL)
    {
      kp_text_layout_reset (lf->text3, frame->width);
      kp_text_layout_append (lf->text3, st->muted, lf->options->publicity_text);
      kp_document_writer_begin (lf->writer, KP_TAG_P);
      kp_text_layout_draw (lf->text3, cr, frame->x, y);
      kp_document_writer_end (lf->writer, KP_TAG_P);
    }
  if (lf->options->publicity_text != NULL)
    y += kp_text_layout_get_height (lf->text3) + gap;
  if (cr != NULL && lf->logos->len > 0)
    kp_leaflet_draw_logos (lf, frame->x, y, LOGO_HEIGHT);
  if (lf->logos->len > 0)
    y += LOGO_HEIGHT + gap;
  if (!bottom)
    y += impressum (lf, frame->x, y, frame->width, cr != NULL);
  return y - frame->y;
}
