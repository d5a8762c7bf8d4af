/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-catalogue-private.h"
#include "kp-czech.h"
#include "kp-document-text.h"

#include <string.h>

/* The back of the catalogue: crisis lines and emergency numbers, impressum (the indexes
 * between them are in kp-catalogue-index.c). */

#define LOGO_HEIGHT 42.0

typedef struct
{
  KpCatalogue *cat;
  gboolean     emergency;
  double       phone_width;
  double       pad;
  double       height;
  char        *tel; /* (nullable) tel: link */
} LinePlace;

static void
place_line (KpFlow  *flow,
            int      row,
            double   y,
            gpointer user_data)
{
  LinePlace   *l = user_data;
  KpCatalogue *cat = l->cat;
  cairo_t     *cr = cat->cr;
  double       x = cat->left;

  if (cr == NULL || row != 1)
    return;
  if (l->emergency)
    kp_document_fill_rect (cr, KP_PUB_ACCENT_LIGHT, x, y, cat->width, l->height);
  else
    kp_document_hline (cr, KP_PUB_RULE, x, y + l->height, cat->width, 0.5);
  /* a list item: the number as its label, what it is as its body */
  kp_document_writer_begin (cat->writer, KP_TAG_LI);
  kp_document_writer_begin (cat->writer, KP_TAG_LBL);
  if (l->tel != NULL)
    kp_document_writer_begin_link (cat->writer, l->tel, x + l->pad, y + l->pad, l->phone_width,
                                   kp_text_layout_get_height (cat->text2));
  kp_text_layout_draw (cat->text2, cr, x + l->pad, y + l->pad);
  if (l->tel != NULL)
    kp_document_writer_end_link (cat->writer);
  kp_document_writer_end (cat->writer, KP_TAG_LBL);
  kp_document_writer_begin (cat->writer, KP_TAG_LBODY);
  kp_text_layout_draw (cat->text, cr, x + 2 * l->pad + l->phone_width, y + l->pad);
  kp_document_writer_end (cat->writer, KP_TAG_LBODY);
  kp_document_writer_end (cat->writer, KP_TAG_LI);
}

/**
 * kp_catalogue_draw_line_rows:
 * @lines: (element-type KpCrisisLine): the lines of one kind
 * @emergency: draw the numbers large, in boxes
 *
 * One row per line: the number on the left, name, hours and note on the right.
 */
void
kp_catalogue_draw_line_rows (KpCatalogue *cat,
                             GPtrArray   *lines,
                             gboolean     emergency)
{
  LinePlace l = { cat, emergency };

  l.pad = cat->style.body_size * (emergency ? 0.7 : 0.45);
  l.phone_width = cat->width * (emergency ? 0.18 : 0.25);
  for (guint i = 0; i < lines->len; i++)
    {
      const KpCrisisLine *line = g_ptr_array_index (lines, i);

      l.phone_width = MAX (l.phone_width,
                           kp_text_cache_measure (cat->cache,
                                                  emergency ? cat->style.emergency
                                                            : cat->style.phone,
                                                  line->phone) +
                               l.pad);
    }
  l.phone_width = MIN (l.phone_width, cat->width * 0.45);
  kp_document_writer_begin (cat->writer, KP_TAG_L);
  for (guint i = 0; i < lines->len; i++)
    {
      const KpCrisisLine *line = g_ptr_array_index (lines, i);
      double              text_width = cat->width - l.phone_width - 3 * l.pad;

      kp_text_layout_reset (cat->text2, l.phone_width);
      kp_text_layout_append (cat->text2, emergency ? cat->style.emergency : cat->style.phone,
                             line->phone);
      kp_text_layout_reset (cat->text, text_width);
      kp_text_layout_append (cat->text, cat->style.body_bold, line->name);
      if (line->hours != NULL && *line->hours != '\0')
        {
          kp_text_layout_append (cat->text, cat->style.body, "\n");
          kp_text_layout_append (cat->text, cat->style.body, line->hours);
        }
      if (line->note != NULL && *line->note != '\0')
        {
          kp_text_layout_append (cat->text, cat->style.muted, "\n");
          kp_text_layout_append (cat->text, cat->style.muted, line->note);
        }
      l.height = MAX (kp_text_layout_get_height (cat->text2), kp_text_layout_get_height (cat->text)) +
                 2 * l.pad;
      l.tel = NULL;
      {
        g_autofree char *uri = kp_document_tel_uri (line->phone);

        if (uri != NULL)
          l.tel = kp_text_link_uri (uri);
      }
      g_array_set_size (cat->rows, 0);
      kp_flow_rows_add (cat->rows, emergency ? cat->style.body_size * 0.5 : 0, KP_FLOW_ROW_SPACE);
      kp_flow_rows_add (cat->rows, l.height, 0);
      kp_catalogue_place_block (cat, 0, place_line, &l);
      g_clear_pointer (&l.tel, g_free);
    }
  kp_document_writer_end (cat->writer, KP_TAG_L);
}

static GPtrArray *
lines_of_kind (GPtrArray       *lines,
               KpCrisisLineKind kind)
{
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < lines->len; i++)
    if (((KpCrisisLine *) g_ptr_array_index (lines, i))->kind == kind)
      g_ptr_array_add (out, g_ptr_array_index (lines, i));
  return out;
}

/**
 * kp_catalogue_draw_crisis_lines:
 *
 * Emergency numbers, crisis and help lines, local contacts: national ones first (unless
 * the options leave them out), then the snapshot's.
 */
void
kp_catalogue_draw_crisis_lines (KpCatalogue *cat)
{
  const KpCrisisLineKind kinds[] = { KP_CRISIS_LINE_EMERGENCY, KP_CRISIS_LINE_HELPLINE,
                                     KP_CRISIS_LINE_CONTACT };
  const char            *titles[] = { N_ ("Emergency numbers"), N_ ("Crisis and help lines"),
                                      N_ ("Local contacts") };

  kp_catalogue_start_part (cat, D_ ("Crisis lines"));
  kp_catalogue_heading (cat, D_ ("Crisis lines and emergency numbers"), "part-crisis",
                        &cat->crisis_page);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr (GPtrArray) lines = lines_of_kind (cat->lines, kinds[k]);

      if (lines->len == 0)
        continue;
      kp_catalogue_subheading (cat, D_ (titles[k]), cat->style.body_size * 5);
      kp_catalogue_draw_line_rows (cat, lines, kinds[k] == KP_CRISIS_LINE_EMERGENCY);
    }
}

typedef struct
{
  KpCatalogue *cat;
  double       label_width;
} ImpressumPlace;

static void
place_impressum_line (KpFlow  *flow,
                      int      row,
                      double   y,
                      gpointer user_data)
{
  ImpressumPlace *p = user_data;
  KpCatalogue    *cat = p->cat;

  if (row > 0)
    kp_catalogue_field_line (cat, cat->text2, cat->text, row - 1, cat->left,
                             cat->left + p->label_width, y);
}

static void
impressum_row (KpCatalogue    *cat,
               ImpressumPlace *p,
               const char     *label,
               const char     *value)
{
  kp_text_layout_reset (cat->text2, p->label_width);
  kp_text_layout_append (cat->text2, cat->style.label, label);
  kp_text_layout_reset (cat->text, cat->width - p->label_width);
  kp_text_layout_append (cat->text, cat->style.body, value);
  g_array_set_size (cat->rows, 0);
  kp_flow_rows_add (cat->rows, cat->style.body_size * 0.4, KP_FLOW_ROW_SPACE);
  kp_flow_rows_add_lines (cat->rows,
                          MAX (kp_text_layout_get_n_lines (cat->text),
                               kp_text_layout_get_n_lines (cat->text2)),
                          kp_text_layout_get_line_height (cat->text), 0);
  kp_catalogue_place_block (cat, 0, place_impressum_line, p);
}

static void
place_logos (KpFlow  *flow,
             int      row,
             double   y,
             gpointer user_data)
{
  KpCatalogue *cat = user_data;

  if (row == 1)
    kp_catalogue_draw_logos (cat, cat->left, y, LOGO_HEIGHT);
}

/**
 * kp_catalogue_draw_impressum:
 *
 * The last part: title, issuer, year, the date of the data, the number of services, the
 * note of the issuer, the publicity text and the logos.
 */
void
kp_catalogue_draw_impressum (KpCatalogue *cat)
{
  const KpCatalogueOptions *o = cat->options;
  ImpressumPlace            p = { cat, cat->width * 0.3 };
  g_autofree char          *year = g_strdup_printf ("%d", kp_document_year (o->year, o->created));
  g_autofree char          *date = o->data_date != NULL ? kp_czech_format_date (o->data_date) : NULL;
  g_autofree char          *count = kp_czech_format_int (cat->n_entries);
  g_autofree char          *title = o->subtitle != NULL ? g_strdup_printf ("%s – %s", o->title,
                                                                           o->subtitle)
                                                        : g_strdup (o->title);
  const char               *rows[][2] = {
                  { D_ ("Title"), title },
                  { D_ ("Published by"), o->issuer },
                  { D_ ("Year"), year },
                  { D_ ("Data as of"), date },
                  { D_ ("Services listed"), count },
                  { D_ ("Made with"), "Komplan " PACKAGE_VERSION },
  };

  kp_catalogue_start_part (cat, D_ ("Impressum"));
  kp_catalogue_heading (cat, D_ ("Impressum"), "part-impressum", &cat->impressum_page);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (rows[i][1] != NULL && *rows[i][1] != '\0')
      impressum_row (cat, &p, rows[i][0], rows[i][1]);
  if (o->impressum_note != NULL)
    {
      kp_text_layout_reset (cat->text, cat->width);
      kp_text_layout_append (cat->text, cat->style.body, o->impressum_note);
      kp_catalogue_paragraph (cat, cat->style.body_size * 1.5, 0);
    }
  if (o->publicity_text != NULL)
    {
      kp_text_layout_reset (cat->text, cat->width);
      kp_text_layout_append (cat->text, cat->style.muted, o->publicity_text);
      kp_catalogue_paragraph (cat, cat->style.body_size * 1.5, cat->logos->len > 0 ? LOGO_HEIGHT : 0);
    }
  if (cat->logos->len > 0)
    {
      g_array_set_size (cat->rows, 0);
      kp_flow_rows_add (cat->rows, cat->style.body_size, KP_FLOW_ROW_SPACE);
      kp_flow_rows_add (cat->rows, LOGO_HEIGHT, 0);
      kp_catalogue_place_block (cat, 0, place_logos, cat);
    }
}
