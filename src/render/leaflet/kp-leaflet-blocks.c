/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-leaflet-private.h"
#include "kp-document-text.h"
#include "kp-pictogram.h"

#include <string.h>

/* The blocks of a leaflet's stream. A service shows its name with the pictograms of its
 * forms, its provider, the first sentence of its description (left out when space is
 * short), phone, first address, e-mail and web. Layouts are built in lf->text, text2 and
 * text3 by kp_leaflet_block_layout() and drawn by kp_leaflet_block_draw() right after.
 * The legend, the catalogue hint and the notes area (lines to write phone numbers on) are
 * extras: they go where the services leave room. */

#define MAX_SENTENCE   150
#define MIN_NOTE_LINES 2

static const KpServiceForms legend_forms[] = { KP_SERVICE_FORM_RESIDENTIAL,
                                               KP_SERVICE_FORM_OUTPATIENT,
                                               KP_SERVICE_FORM_FIELD };
/* the same words as the catalogue's legend */
static const char *const legend_meaning[] = {
  N_ ("you live in the facility, for a time or for good."),
  N_ ("you come to the service at its address."),
  N_ ("the service comes to you, at home or wherever you need it."),
};

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

/* The first sentence, or the first words of a long one with an ellipsis. */
static char *
first_sentence (const char *text)
{
  const char      *end = NULL;
  const char      *cut;
  g_autofree char *shortened = NULL;

  for (const char *p = text; *p != '\0'; p++)
    if ((*p == '.' || *p == '!' || *p == '?') && (p[1] == ' ' || p[1] == '\0'))
      {
        end = p + 1;
        break;
      }
  if (end == NULL)
    end = text + strlen (text);
  if (end - text <= MAX_SENTENCE)
    return g_strndup (text, end - text);
  cut = text + MAX_SENTENCE;
  while (cut > text && *cut != ' ')
    cut--;
  if (cut == text)
    cut = g_utf8_find_prev_char (text, text + MAX_SENTENCE);
  shortened = g_strndup (text, cut - text);
  return g_strconcat (shortened, "…", NULL);
}

/* @text as one structure element. */
static void
draw_text (KpLeaflet    *lf,
           KpTag         tag,
           KpTextLayout *text,
           double        x,
           double        y)
{
  if (kp_text_layout_is_empty (text))
    return;
  kp_document_writer_begin (lf->writer, tag);
  kp_text_layout_draw (text, lf->cr, x, y);
  kp_document_writer_end (lf->writer, tag);
}

static double
picto_size (KpLeaflet *lf)
{
  return lf->style.body_size * 1.4;
}

/* @address with the words of its town joined by no-break spaces: "Husova 2119, 580 01
 * Havlíčkův Brod" breaks before the postcode, never between "Havlíčkův" and "Brod" (the
 * text layout keeps the postcode with the town's first word). The town is what follows a
 * postcode, "580 01" (three digits, a space, two digits), at the end of the address. */
static char *
dup_keeping_town (const char *address)
{
  GString *kept = g_string_new (address);

  for (const char *p = address; *p != '\0'; p++)
    {
      gboolean postcode = (p == address || p[-1] == ' ') && g_ascii_isdigit (p[0]) &&
                          g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) && p[3] == ' ' &&
                          g_ascii_isdigit (p[4]) && g_ascii_isdigit (p[5]) && p[6] == ' ';

      if (!postcode || strchr (p + 7, ',') != NULL)
        continue;
      g_string_truncate (kept, p + 7 - address);
      for (const char *t = p + 7; *t != '\0'; t++)
        if (*t == ' ')
          g_string_append (kept, "\302\240");
        else
          g_string_append_c (kept, *t);
      break;
    }
  return g_string_free (kept, FALSE);
}

/**
 * kp_leaflet_dup_without_widow:
 * @text: (nullable): the title or subtitle of the cover or the title band
 *
 * Returns: (transfer full) (nullable): @text with a short last word joined to the word
 *   before by a no-break space, so that it never stands alone on the last line: "Kam se
 *   obrátit – ORP Havlíčkův Brod" ends "Havlíčkův Brod". (Not for the names of services:
 *   the text of the PDF keeps the space a reader searches for.)
 */
char *
kp_leaflet_dup_without_widow (const char *text)
{
  const char *last = text != NULL ? strrchr (text, ' ') : NULL;

  if (last == NULL || last == text || last[1] == '\0' ||
      g_utf8_strlen (last + 1, -1) > KP_LEAFLET_WIDOW_MAX)
    return g_strdup (text);
  return g_strdup_printf ("%.*s\302\240%s", (int) (last - text), text, last + 1);
}

/* "@label @value" on a line of its own in lf->text2, when there is a value */
static void
append_detail (KpLeaflet  *lf,
               const char *label,
               const char *value)
{
  if (!has_text (value))
    return;
  kp_text_layout_append (lf->text2, lf->style.body, "\n");
  kp_text_layout_append (lf->text2, lf->style.body_bold, label);
  kp_text_layout_append (lf->text2, lf->style.body, " ");
  kp_text_layout_append (lf->text2, lf->style.body, value);
}

static double
layout_entry (KpLeaflet *lf,
              guint      index,
              double     width)
{
  const KpCatalogueEntry *e = g_ptr_array_index (lf->snapshot->entries, index);
  const KpDocumentStyle  *st = &lf->style;
  double                  forms = kp_pictogram_forms_width (e->forms, picto_size (lf), 3);
  gboolean                first = TRUE;

  kp_text_layout_reset (lf->text, width - (forms > 0 ? forms + 8 : 0));
  kp_text_layout_append (lf->text, st->subheading, e->name);

  kp_text_layout_reset (lf->text2, width);
  kp_text_layout_append (lf->text2, st->muted, e->provider_name);
  if (index < lf->compact_from && has_text (e->description))
    {
      g_autofree char *sentence = first_sentence (e->description);

      kp_text_layout_append (lf->text2, st->body, "\n");
      kp_text_layout_append (lf->text2, st->body, sentence);
    }
  if (lf->rich)
    {
      /* Translators: in a leaflet, before a service's opening hours: "When: po–pá 7–15 h" */
      append_detail (lf, D_ ("When:"), e->hours);
      /* Translators: in a leaflet, before what a service costs: "Price: zdarma" */
      append_detail (lf, D_ ("Price:"), e->fees);
    }

  kp_text_layout_reset (lf->text3, width);
  if (has_text (e->phone))
    {
      /* Translators: before a phone number in a leaflet */
      g_autofree char *phone = g_strdup_printf (D_ ("Phone %s"), e->phone);

      kp_text_layout_append (lf->text3, st->body_bold, phone);
      first = FALSE;
    }
  if (e->addresses->len > 0)
    {
      g_autofree char *address = dup_keeping_town (g_ptr_array_index (e->addresses, 0));

      kp_text_layout_append (lf->text3, st->body, first ? "" : "\n");
      kp_text_layout_append (lf->text3, st->body, address);
      first = FALSE;
    }
  if (has_text (e->email))
    {
      g_autofree char *uri = kp_document_mail_uri (e->email);
      g_autofree char *link = kp_text_link_uri (uri);

      kp_text_layout_append (lf->text3, st->body, first ? "" : "\n");
      kp_text_layout_append_link (lf->text3, st->link, e->email, link);
      first = FALSE;
    }
  if (has_text (e->web))
    {
      g_autofree char *uri = kp_document_web_uri (e->web);
      g_autofree char *link = kp_text_link_uri (uri);

      kp_text_layout_append (lf->text3, st->body, first ? "" : "\n");
      kp_text_layout_append_link (lf->text3, st->link, e->web, link);
    }
  return kp_text_layout_get_height (lf->text) + kp_text_layout_get_height (lf->text2) +
         kp_text_layout_get_height (lf->text3) + st->body_size * 0.6;
}

static double
layout_contact (KpLeaflet          *lf,
                const KpCrisisLine *line,
                double              width)
{
  const KpDocumentStyle *st = &lf->style;

  kp_text_layout_reset (lf->text, width);
  kp_text_layout_append (lf->text, st->body_bold, line->name);
  kp_text_layout_reset (lf->text2, width);
  kp_text_layout_append (lf->text2, st->phone, line->phone);
  kp_text_layout_reset (lf->text3, width);
  if (has_text (line->hours))
    kp_text_layout_append (lf->text3, st->body, line->hours);
  if (has_text (line->note))
    {
      if (has_text (line->hours))
        kp_text_layout_append (lf->text3, st->body, "\n");
      kp_text_layout_append (lf->text3, st->muted, line->note);
    }
  return kp_text_layout_get_height (lf->text) + kp_text_layout_get_height (lf->text2) +
         kp_text_layout_get_height (lf->text3);
}

static KpServiceForms
shown_forms (KpLeaflet *lf)
{
  KpServiceForms forms = KP_SERVICE_FORM_NONE;

  for (guint i = 0; i < lf->blocks->len; i++)
    {
      const KpLeafletBlock *b = &g_array_index (lf->blocks, KpLeafletBlock, i);

      if (b->kind == KP_LEAFLET_BLOCK_ENTRY)
        forms |= ((KpCatalogueEntry *) g_ptr_array_index (lf->snapshot->entries, b->index))->forms;
    }
  return forms;
}

/* A heading with the accent rule under it, drawn when @draw. Returns: its height */
static double
extra_heading (KpLeaflet  *lf,
               const char *title,
               double      x,
               double      y,
               double      width,
               gboolean    draw)
{
  double h;

  kp_text_layout_reset (lf->text, width);
  kp_text_layout_append (lf->text, lf->style.subheading, title);
  h = kp_text_layout_get_height (lf->text);
  if (draw)
    {
      kp_document_writer_begin (lf->writer, KP_TAG_H2);
      kp_text_layout_draw (lf->text, lf->cr, x, y);
      kp_document_writer_end (lf->writer, KP_TAG_H2);
      kp_document_hline (lf->cr, KP_PUB_ACCENT, x, y + h + 1.5, width, 1.2);
    }
  return h + 4 + lf->style.body_size * 0.5;
}

/* A paragraph in @style, drawn when @draw. Returns: its height */
static double
extra_paragraph (KpLeaflet  *lf,
                 guint       style,
                 const char *text,
                 double      x,
                 double      y,
                 double      width,
                 gboolean    draw)
{
  kp_text_layout_reset (lf->text, width);
  kp_text_layout_append (lf->text, style, text);
  if (draw)
    draw_text (lf, KP_TAG_P, lf->text, x, y);
  return kp_text_layout_get_height (lf->text);
}

/* How to read the pictograms, for the forms the leaflet's services have. */
static double
legend (KpLeaflet *lf,
        double     x,
        double     y,
        double     width,
        gboolean   draw)
{
  KpServiceForms forms = shown_forms (lf);
  double         size = picto_size (lf) * 1.3, indent = size + lf->style.body_size * 0.6;
  double         top = y;

  y += extra_heading (lf, D_ ("How to read this leaflet"), x, y, width, draw);
  y += extra_paragraph (lf, lf->style.body,
                        D_ ("The pictograms next to each service show how it is provided:"), x, y,
                        width, draw);
  for (guint i = 0; i < G_N_ELEMENTS (legend_forms); i++)
    {
      g_autofree char *name = NULL;
      double           h;

      if ((forms & legend_forms[i]) == 0)
        continue;
      name = g_strdup_printf ("%s:", kp_service_form_get_name (legend_forms[i]));
      y += lf->style.body_size * 0.6;
      kp_text_layout_reset (lf->text, width - indent);
      kp_text_layout_append (lf->text, lf->style.body_bold, name);
      kp_text_layout_append (lf->text, lf->style.body, " ");
      kp_text_layout_append (lf->text, lf->style.body, D_ (legend_meaning[i]));
      h = kp_text_layout_get_height (lf->text);
      if (draw)
        {
          kp_pictogram_draw (lf->cr, legend_forms[i], x, y, size, KP_PUB_ACCENT);
          draw_text (lf, KP_TAG_P, lf->text, x + indent, y + MAX (0, (size - h) / 2));
        }
      y += MAX (size, h);
    }
  return y - top;
}

/* Where every service is described: the catalogue, and its address when the options give one. */
static double
hint (KpLeaflet *lf,
      double     x,
      double     y,
      double     width,
      gboolean   draw)
{
  const char *where = lf->options->catalogue_hint;
  double      top = y;

  y += extra_heading (lf, D_ ("More in the catalogue"), x, y, width, draw);
  kp_text_layout_reset (lf->text, width);
  kp_text_layout_append (lf->text, lf->style.body,
                         D_ ("All social services of the area, with their addresses, opening "
                             "hours and fees, are described in the catalogue of social service "
                             "providers."));
  if (has_text (where))
    {
      g_autofree char *scheme = g_uri_parse_scheme (where);
      g_autofree char *link = NULL;

      if (scheme != NULL || g_str_has_prefix (where, "www."))
        {
          g_autofree char *uri = kp_document_web_uri (where);

          link = kp_text_link_uri (uri);
        }
      kp_text_layout_append (lf->text, lf->style.body, " ");
      kp_text_layout_append_link (lf->text, link != NULL ? lf->style.link : lf->style.body_bold,
                                  where, link);
    }
  if (draw)
    draw_text (lf, KP_TAG_P, lf->text, x, y);
  return y + kp_text_layout_get_height (lf->text) - top;
}

static double
note_line_gap (KpLeaflet *lf)
{
  return lf->style.body_size * 2.4;
}

/* "My contacts": a heading, a line saying what to write, then ruled lines down to @bottom
 * (at least MIN_NOTE_LINES). Returns: the height it needs at least */
static double
notes (KpLeaflet *lf,
       double     x,
       double     y,
       double     width,
       double     bottom,
       gboolean   draw)
{
  double top = y;

  y += extra_heading (lf, D_ ("My contacts"), x, y, width, draw);
  y += extra_paragraph (lf, lf->style.muted,
                        D_ ("Write down the phone numbers of your family, your doctor and the "
                            "people who help you."),
                        x, y, width, draw);
  for (double line = y + note_line_gap (lf); draw && line <= bottom; line += note_line_gap (lf))
    kp_document_hline (lf->cr, KP_PUB_RULE, x, line, width, 0.6);
  return y + MIN_NOTE_LINES * note_line_gap (lf) - top;
}

/**
 * kp_leaflet_block_layout:
 *
 * Returns: the block's height at @width
 */
double
kp_leaflet_block_layout (KpLeaflet            *lf,
                         const KpLeafletBlock *block,
                         double                width)
{
  const KpDocumentStyle *st = &lf->style;

  switch (block->kind)
    {
    case KP_LEAFLET_BLOCK_INTRO:
      kp_text_layout_reset (lf->text, width);
      kp_text_layout_append (lf->text, st->body, lf->intro[block->index]);
      return kp_text_layout_get_height (lf->text);
    case KP_LEAFLET_BLOCK_HEADING:
      kp_text_layout_reset (lf->text, width);
      kp_text_layout_append (lf->text, st->subheading,
                             block->index == KP_LEAFLET_HEADING_CONTACTS
                                 ? D_ ("Where to turn first")
                                 : D_ ("Services that can help"));
      return kp_text_layout_get_height (lf->text) + 4;
    case KP_LEAFLET_BLOCK_SECTION:
      kp_text_layout_reset (lf->text, width);
      kp_text_layout_append (lf->text, st->kind, kp_leaflet_section_get_title (block->index));
      return kp_text_layout_get_height (lf->text);
    case KP_LEAFLET_BLOCK_CONTACT:
      return layout_contact (lf, g_ptr_array_index (lf->contacts, block->index), width);
    case KP_LEAFLET_BLOCK_ENTRY:
      return layout_entry (lf, block->index, width);
    case KP_LEAFLET_BLOCK_LEGEND:
      return legend (lf, 0, 0, width, FALSE);
    case KP_LEAFLET_BLOCK_HINT:
      return hint (lf, 0, 0, width, FALSE);
    case KP_LEAFLET_BLOCK_NOTES:
      return notes (lf, 0, 0, width, 0, FALSE);
    case KP_LEAFLET_BLOCK_MORE:
    default:
      {
        g_autofree char *more = g_strdup_printf (DN_ ("%u more service is in the catalogue.",
                                                      "%u more services are in the catalogue.",
                                                      block->index),
                                                 block->index);

        kp_text_layout_reset (lf->text, width);
        kp_text_layout_append (lf->text, st->italic, more);
        if (has_text (lf->options->catalogue_hint))
          {
            g_autofree char *scheme = g_uri_parse_scheme (lf->options->catalogue_hint);
            g_autofree char *link = NULL;

            if (scheme != NULL || g_str_has_prefix (lf->options->catalogue_hint, "www."))
              {
                g_autofree char *uri = kp_document_web_uri (lf->options->catalogue_hint);

                link = kp_text_link_uri (uri);
              }
            kp_text_layout_append (lf->text, st->italic, " ");
            kp_text_layout_append_link (lf->text, link != NULL ? st->link : st->italic,
                                        lf->options->catalogue_hint, link);
          }
        return kp_text_layout_get_height (lf->text);
      }
    }
}

/**
 * kp_leaflet_block_draw:
 *
 * Draws the block laid out last by kp_leaflet_block_layout().
 */
void
kp_leaflet_block_draw (KpLeaflet            *lf,
                       const KpLeafletBlock *block,
                       double                x,
                       double                y,
                       double                width)
{
  cairo_t *cr = lf->cr;

  switch (block->kind)
    {
    case KP_LEAFLET_BLOCK_HEADING:
      draw_text (lf, KP_TAG_H2, lf->text, x, y);
      kp_document_hline (cr, KP_PUB_ACCENT, x, y + kp_text_layout_get_height (lf->text) + 1.5,
                         width, 1.2);
      break;
    case KP_LEAFLET_BLOCK_SECTION:
      draw_text (lf, KP_TAG_H3, lf->text, x, y);
      break;
    case KP_LEAFLET_BLOCK_CONTACT:
      {
        const KpCrisisLine *line = g_ptr_array_index (lf->contacts, block->index);
        double              h = kp_text_layout_get_height (lf->text);
        g_autofree char    *uri = has_text (line->phone) ? kp_document_tel_uri (line->phone) : NULL;
        g_autofree char    *link = uri != NULL ? kp_text_link_uri (uri) : NULL;

        kp_document_writer_begin (lf->writer, KP_TAG_DIV);
        draw_text (lf, KP_TAG_P, lf->text, x, y);
        kp_document_writer_begin (lf->writer, KP_TAG_P);
        if (link != NULL)
          kp_document_writer_begin_link (lf->writer, link, x, y + h,
                                         kp_text_layout_get_line_width (lf->text2, 0),
                                         kp_text_layout_get_line_height (lf->text2));
        kp_text_layout_draw (lf->text2, cr, x, y + h);
        if (link != NULL)
          kp_document_writer_end_link (lf->writer);
        kp_document_writer_end (lf->writer, KP_TAG_P);
        h += kp_text_layout_get_height (lf->text2);
        draw_text (lf, KP_TAG_P, lf->text3, x, y + h);
        kp_document_writer_end (lf->writer, KP_TAG_DIV);
      }
      break;
    case KP_LEAFLET_BLOCK_ENTRY:
      {
        const KpCatalogueEntry *e = g_ptr_array_index (lf->snapshot->entries, block->index);
        double                  h = kp_text_layout_get_height (lf->text);
        double                  top = y + lf->style.body_size * 0.6;

        kp_document_hline (cr, KP_PUB_RULE, x, y + 1, width, 0.6);
        kp_document_writer_begin (lf->writer, KP_TAG_SECT);
        draw_text (lf, KP_TAG_H3, lf->text, x, top);
        if (e->forms != KP_SERVICE_FORM_NONE)
          kp_pictogram_draw_forms (cr, e->forms, x + width,
                                   top + (kp_text_layout_get_line_height (lf->text) - picto_size (lf)) / 2,
                                   picto_size (lf), 3, KP_PUB_ACCENT);
        draw_text (lf, KP_TAG_P, lf->text2, x, top + h);
        h += kp_text_layout_get_height (lf->text2);
        draw_text (lf, KP_TAG_P, lf->text3, x, top + h);
        kp_document_writer_end (lf->writer, KP_TAG_SECT);
      }
      break;
    case KP_LEAFLET_BLOCK_LEGEND:
      legend (lf, x, y, width, TRUE);
      break;
    case KP_LEAFLET_BLOCK_HINT:
      hint (lf, x, y, width, TRUE);
      break;
    case KP_LEAFLET_BLOCK_NOTES:
      notes (lf, x, y, width, y + block->height, TRUE);
      break;
    case KP_LEAFLET_BLOCK_INTRO:
    case KP_LEAFLET_BLOCK_MORE:
    default:
      draw_text (lf, KP_TAG_P, lf->text, x, y);
      break;
    }
}
