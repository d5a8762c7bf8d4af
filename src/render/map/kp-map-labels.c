/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-class-breaks.h"
#include "kp-czech.h"
#include "kp-document-text.h"
#include "kp-map-painter-private.h"

#include <math.h>

/* The text of the map: names of obce placed without collisions, the scale bar and the
 * legend. Labels are placed greedily by priority (population): a label is kept when its
 * box overlaps neither a label already placed nor the legend or scale bar, and its
 * feature is big enough on screen to carry it. All kept labels are drawn as one path:
 * one stroke for the white halo, one fill for the text. */

#define LABEL_PAD        2.0
#define LABEL_AREA       14000.0 /* device units² of map per label at most */
#define LEGEND_PAD       8.0
#define LEGEND_SWATCH_W  18.0
#define LEGEND_SWATCH_H  12.0
#define LEGEND_GAP       6.0
#define SCALE_BAR_TARGET 120.0

static PangoLayout *
create_layout (KpMapPainter *self,
               cairo_t      *cr,
               gboolean      bold)
{
  PangoLayout *layout = kp_map_painter_new_layout (self, cr);

  if (bold)
    {
      PangoFontDescription *desc = pango_font_description_copy (self->font);

      pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
      pango_layout_set_font_description (layout, desc);
      pango_font_description_free (desc);
    }
  else
    pango_layout_set_font_description (layout, self->font);
  return layout;
}

static void
measure (PangoLayout *layout,
         const char  *text,
         double      *width,
         double      *height)
{
  PangoRectangle logical;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  *width = (double) logical.width / PANGO_SCALE;
  *height = (double) logical.height / PANGO_SCALE;
}

static gboolean
collides (const KpMapBox *box,
          GArray         *placed,
          const KpMapBox *obstacles,
          guint           n_obstacles)
{
  for (guint i = 0; i < n_obstacles; i++)
    if (kp_map_box_intersects (box, &obstacles[i]))
      return TRUE;
  for (guint i = 0; i < placed->len; i++)
    if (kp_map_box_intersects (box, &g_array_index (placed, KpMapPlacedLabel, i).box))
      return TRUE;
  return FALSE;
}

/* Whether the box of a label, @w × @h device units centred on (@x, @y), lies inside its
 * feature: its corners and the middles of its edges. */
static gboolean
fits_inside (KpMapPainter    *self,
             const KpMapView *view,
             guint            feature,
             double           x,
             double           y,
             double           w,
             double           h)
{
  static const double probes[][2] = {
    { -0.5, -0.5 },
    { 0.5, -0.5 },
    { 0.5, 0.5 },
    { -0.5, 0.5 },
    { 0, -0.5 },
    { 0, 0.5 },
    { -0.5, 0 },
    { 0.5, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (probes); i++)
    {
      double mx, my;

      kp_map_view_to_map (view, x + probes[i][0] * w, y + probes[i][1] * h, &mx, &my);
      if (!kp_map_painter_feature_contains (self, feature, mx, my))
        return FALSE;
    }
  return TRUE;
}

static gboolean
inside_view (const KpMapBox  *box,
             const KpMapView *view)
{
  return box->min_x >= 0 && box->min_y >= 0 && box->max_x <= view->width && box->max_y <= view->height;
}

/* Labels in two passes. First every obec whose name fits inside it (at its label point, or
 * moved a little up, down or sideways) gets it: names inside their own obce cannot cover
 * each other, so none is left out for want of room elsewhere (a MAS of a hundred obce
 * printed on A4 showed a fifth of them). Then, by priority and up to a density that keeps
 * the whole country legible, the names wider than their obce where they cover no other. */
void
kp_map_painter_place_labels (KpMapPainter    *self,
                             cairo_t         *cr,
                             const KpMapView *view,
                             const KpMapBox  *obstacles,
                             guint            n_obstacles)
{
  static const double shifts[][2] = { { 0, 0 }, { 0, -0.6 }, { 0, 0.6 }, { -0.3, 0 }, { 0.3, 0 } };
  KpMapSnapshot      *s = self->snapshot;
  PangoLayout        *layout = NULL;
  guint               max_labels = (guint) MAX (view->width * view->height / LABEL_AREA, 4.0);
  g_autofree guint8  *done = g_new0 (guint8, MAX (s->features->len, 1));
  guint               n_wider = 0;

  g_array_set_size (self->placed, 0);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->n_labels; i++)
      {
        guint               f = self->label_order[i];
        const KpMapFeature *feature = &g_array_index (s->features, KpMapFeature, f);
        const KpMapBox     *fb = &self->feature_boxes[f];
        double              fw = (fb->max_x - fb->min_x) * view->scale;
        double              fh = (fb->max_y - fb->min_y) * view->scale;
        KpMapPlacedLabel    label;
        double              x, y, w, h;
        gboolean            placed = FALSE;

        if (done[f] || MAX (fw, fh) < 10.0 || (pass == 1 && n_wider >= max_labels))
          continue;
        kp_map_view_to_device (view, feature->label_point.x, feature->label_point.y, &x, &y);
        if (x < 0 || y < 0 || x > view->width || y > view->height)
          continue;
        if (self->label_width[f] < 0)
          {
            if (layout == NULL)
              layout = create_layout (self, cr, FALSE);
            measure (layout, feature->label, &w, &h);
            self->label_width[f] = (float) w;
            self->label_height[f] = (float) h;
          }
        w = self->label_width[f];
        h = self->label_height[f];
        /* A name much wider than its obec would describe its neighbours. */
        if (fw < 0.4 * w || (pass == 0 && (fw < w || fh < h)))
          continue;
        label.feature = f;
        for (guint k = 0; k < (pass == 0 ? G_N_ELEMENTS (shifts) : 1) && !placed; k++)
          {
            double cx = x + shifts[k][0] * w, cy = y + shifts[k][1] * h;

            label.box = (KpMapBox){ cx - w / 2 - LABEL_PAD, cy - h / 2 - LABEL_PAD,
                                    cx + w / 2 + LABEL_PAD, cy + h / 2 + LABEL_PAD };
            if (!inside_view (&label.box, view) || (pass == 0 && !fits_inside (self, view, f, cx, cy, w, h)) ||
                collides (&label.box, self->placed, obstacles, n_obstacles))
              continue;
            kp_map_view_to_map (view, cx, cy, &label.x, &label.y);
            placed = TRUE;
          }
        if (!placed)
          continue;
        g_array_append_val (self->placed, label);
        done[f] = 1;
        n_wider += pass;
      }
  g_clear_object (&layout);
}

static void
unref_layout (gpointer layout)
{
  if (layout != NULL)
    g_object_unref (layout);
}

/* Layouts are kept per feature so a redraw does not shape the same names again. */
static PangoLayout *
label_layout (KpMapPainter *self,
              cairo_t      *cr,
              guint         feature)
{
  PangoLayout *layout;

  if (self->label_layouts == NULL)
    self->label_layouts = g_ptr_array_new_full (self->snapshot->features->len, unref_layout);
  if (self->label_layouts->len < self->snapshot->features->len)
    g_ptr_array_set_size (self->label_layouts, self->snapshot->features->len);
  layout = g_ptr_array_index (self->label_layouts, feature);
  if (layout == NULL)
    {
      layout = create_layout (self, cr, FALSE);
      pango_layout_set_text (layout,
                             g_array_index (self->snapshot->features, KpMapFeature, feature).label,
                             -1);
      g_ptr_array_index (self->label_layouts, feature) = layout;
    }
  else
    pango_cairo_update_layout (cr, layout);
  return layout;
}

/* A halo made of the text shown four times in white around it: glyphs come from cairo's
 * glyph cache, far cheaper than stroking the outlines of every glyph. */
static const double halo_offsets[][2] = { { -1, 0 }, { 1, 0 }, { 0, -1 }, { 0, 1 } };

void
kp_map_painter_draw_labels (KpMapPainter    *self,
                            cairo_t         *cr,
                            const KpMapView *view)
{
  if (self->placed->len == 0)
    return;
  cairo_save (cr);
  for (guint pass = 0; pass < 2; pass++)
    {
      if (pass == 0)
        cairo_set_source_rgba (cr, 1.0, 1.0, 1.0, 0.9);
      else
        cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      for (guint i = 0; i < self->placed->len; i++)
        {
          const KpMapPlacedLabel *label = &g_array_index (self->placed, KpMapPlacedLabel, i);
          PangoLayout            *layout = label_layout (self, cr, label->feature);
          double                  x = label->box.min_x + LABEL_PAD;
          double                  y = label->box.min_y + LABEL_PAD;

          if (pass == 1)
            {
              cairo_move_to (cr, x, y);
              pango_cairo_show_layout (cr, layout);
              continue;
            }
          for (guint k = 0; k < G_N_ELEMENTS (halo_offsets); k++)
            {
              cairo_move_to (cr, x + halo_offsets[k][0], y + halo_offsets[k][1]);
              pango_cairo_show_layout (cr, layout);
            }
        }
    }
  cairo_restore (cr);
}

/* The painter's own words are the application's, or the document's in a document
 * (kp_map_painter_set_document_words()). */
static char *
format_distance (KpMapPainter *self,
                 double        metres)
{
  g_autofree char *number = NULL;

  if (metres >= 1000.0)
    {
      number = kp_czech_format_double (metres / 1000.0, 0);
      /* Translators: a distance on the scale bar, e.g. "50 km" */
      return g_strdup_printf (self->document_words ? D_ ("%s km") : _ ("%s km"), number);
    }
  number = kp_czech_format_int ((gint64) metres);
  /* Translators: a distance on the scale bar, e.g. "500 m" */
  return g_strdup_printf (self->document_words ? D_ ("%s m") : _ ("%s m"), number);
}

void
kp_map_painter_draw_scale_bar (KpMapPainter    *self,
                               cairo_t         *cr,
                               const KpMapView *view,
                               gboolean         paint,
                               KpMapBox        *out_box)
{
  static const double steps[] = { 1.0, 2.0, 5.0 };
  double              wanted = SCALE_BAR_TARGET / view->scale;
  double              power = pow (10.0, floor (log10 (wanted)));
  double              metres = power;
  g_autofree char    *text = NULL;
  PangoLayout        *layout;
  double              len, tw, th, x, y;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * power <= wanted)
      metres = steps[i] * power;
  len = metres * view->scale;
  text = format_distance (self, metres);
  layout = create_layout (self, cr, FALSE);
  measure (layout, text, &tw, &th);
  x = 12.0;
  y = view->height - 12.0;
  *out_box = (KpMapBox){ x - 4, y - th - 4, x + len + LEGEND_GAP + tw + 4, y + 4 };
  if (paint)
    {
      cairo_save (cr);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.8);
      cairo_rectangle (cr, out_box->min_x, out_box->min_y, out_box->max_x - out_box->min_x,
                       out_box->max_y - out_box->min_y);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0.15, 0.15, 0.15);
      cairo_rectangle (cr, x, y - 6.0, len / 2.0, 5.0);
      cairo_fill (cr);
      cairo_set_line_width (cr, 1.0);
      cairo_rectangle (cr, x + 0.5, y - 5.5, len - 1.0, 4.0);
      cairo_stroke (cr);
      cairo_move_to (cr, x + len + LEGEND_GAP, y - th + 1.0);
      pango_cairo_show_layout (cr, layout);
      cairo_restore (cr);
    }
  g_object_unref (layout);
}

static gboolean
has_no_data (KpMapPainter *self)
{
  kp_map_painter_sync_classes (self);
  return self->class_start[1] > self->class_start[0];
}

static char *
legend_title (const KpMapClasses *classes)
{
  if (classes->unit != NULL && classes->unit[0] != '\0')
    return g_strdup_printf ("%s (%s)", classes->title != NULL ? classes->title : "",
                            classes->unit);
  return g_strdup (classes->title != NULL ? classes->title : "");
}

static const char *
no_data_label (KpMapPainter       *self,
               const KpMapClasses *classes)
{
  if (classes->no_data_label != NULL)
    return classes->no_data_label;
  return self->document_words ? D_ ("No data") : _ ("No data");
}

/**
 * kp_map_painter_measure_legend:
 *
 * The size of the legend drawn by kp_map_painter_draw_legend(), in user units of @cr.
 */
void
kp_map_painter_measure_legend (KpMapPainter *self,
                               cairo_t      *cr,
                               double       *out_width,
                               double       *out_height)
{
  const KpMapClasses *classes;
  g_autofree char    *title = NULL;
  PangoLayout        *layout;
  double              w, h, width, height;
  guint               rows;

  g_return_if_fail (KP_IS_MAP_PAINTER (self));
  classes = &self->snapshot->classes;
  title = legend_title (classes);
  layout = create_layout (self, cr, TRUE);
  measure (layout, title, &width, &height);
  g_object_unref (layout);
  layout = create_layout (self, cr, FALSE);
  rows = classes->n_classes + (has_no_data (self) ? 1 : 0);
  for (guint i = 0; i < rows; i++)
    {
      g_autofree char *text = i < classes->n_classes ? kp_map_classes_format_range (classes, i)
                                                     : g_strdup (no_data_label (self, classes));

      measure (layout, text, &w, &h);
      width = MAX (width, LEGEND_SWATCH_W + LEGEND_GAP + w);
      height += MAX (h, LEGEND_SWATCH_H) + 3.0;
    }
  g_object_unref (layout);
  *out_width = ceil (width + 2 * LEGEND_PAD);
  *out_height = ceil (height + 2 * LEGEND_PAD + 4.0);
}

/**
 * kp_map_painter_draw_legend:
 * @x: left edge, user units of @cr
 * @y: top edge
 *
 * Draws the legend: title with unit, one swatch per class with its limits in Czech
 * number format, and "no data" when some feature has none. Documents place it where
 * they want; the map places it top right with %KP_MAP_DRAW_LEGEND.
 */
void
kp_map_painter_draw_legend (KpMapPainter *self,
                            cairo_t      *cr,
                            double        x,
                            double        y)
{
  const KpMapClasses *classes;
  g_autofree char    *title = NULL;
  PangoLayout        *layout;
  double              w, h, lw, lh, row_y;
  guint               rows;

  g_return_if_fail (KP_IS_MAP_PAINTER (self));
  classes = &self->snapshot->classes;
  kp_map_painter_measure_legend (self, cr, &lw, &lh);

  cairo_save (cr);
  cairo_rectangle (cr, x + 0.5, y + 0.5, lw - 1.0, lh - 1.0);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.92);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);

  title = legend_title (classes);
  layout = create_layout (self, cr, TRUE);
  measure (layout, title, &w, &h);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_move_to (cr, x + LEGEND_PAD, y + LEGEND_PAD);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);

  row_y = y + LEGEND_PAD + h + 4.0;
  layout = create_layout (self, cr, FALSE);
  rows = classes->n_classes + (has_no_data (self) ? 1 : 0);
  for (guint i = 0; i < rows; i++)
    {
      g_autofree char   *text = i < classes->n_classes ? kp_map_classes_format_range (classes, i)
                                                       : g_strdup (no_data_label (self, classes));
      const KpMapColour *c = i < classes->n_classes ? &classes->colours[i] : &classes->no_data;
      double             row_h;

      measure (layout, text, &w, &h);
      row_h = MAX (h, LEGEND_SWATCH_H);
      cairo_rectangle (cr, x + LEGEND_PAD + 0.5, row_y + (row_h - LEGEND_SWATCH_H) / 2 + 0.5,
                       LEGEND_SWATCH_W - 1.0, LEGEND_SWATCH_H - 1.0);
      cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
      cairo_stroke (cr);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      cairo_move_to (cr, x + LEGEND_PAD + LEGEND_SWATCH_W + LEGEND_GAP, row_y + (row_h - h) / 2);
      pango_cairo_show_layout (cr, layout);
      row_y += row_h + 3.0;
    }
  g_object_unref (layout);
  cairo_restore (cr);
}

/**
 * kp_map_painter_dup_legend_text:
 *
 * Returns: (transfer full): the legend as lines of text: the title, then one line per
 *   class ("1 234 – 5 678"), then "no data" when drawn
 */
char *
kp_map_painter_dup_legend_text (KpMapPainter *self)
{
  const KpMapClasses *classes;
  g_autofree char    *title = NULL;
  GString            *out;

  g_return_val_if_fail (KP_IS_MAP_PAINTER (self), NULL);
  classes = &self->snapshot->classes;
  title = legend_title (classes);
  out = g_string_new (title);
  for (guint i = 0; i < classes->n_classes; i++)
    {
      g_autofree char *range = kp_map_classes_format_range (classes, i);

      g_string_append_printf (out, "\n%s", range);
    }
  if (has_no_data (self))
    g_string_append_printf (out, "\n%s", no_data_label (self, classes));
  return g_string_free (out, FALSE);
}
