/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-map-painter.h"

#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* Shared by kp-map-painter.c (drawing, cache, export), kp-map-geometry.c (bounding
 * boxes, simplification levels, hit testing), kp-map-labels.c (labels, scale bar,
 * legend) and kp-map-highlight.c (the selected feature). */

typedef struct
{
  double min_x, min_y, max_x, max_y;
} KpMapBox;

static inline gboolean
kp_map_box_intersects (const KpMapBox *a,
                       const KpMapBox *b)
{
  return a->min_x <= b->max_x && b->min_x <= a->max_x && a->min_y <= b->max_y &&
         b->min_y <= a->max_y;
}

/* Geometry simplified for one zoom bucket: each arc (and each part of a context layer)
 * reduced with Douglas–Peucker to a fraction of a device pixel. Shared arcs stay shared,
 * so neighbours keep meeting without gaps. */
typedef struct
{
  int      zoom;
  double   tolerance;    /* metres */
  GArray  *points;       /* KpMapPoint */
  GArray  *arcs;         /* KpMapArc into @points */
  GArray **layer_points; /* per context layer */
  GArray **layer_parts;
} KpMapLevel;

#define KP_MAP_N_LEVELS 48
#define KP_MAP_ZOOM_MIN (-32)

typedef struct
{
  guint    feature;
  KpMapBox box;  /* device units */
  double   x, y; /* map metres of the label point */
} KpMapPlacedLabel;

struct _KpMapPainter
{
  GObject parent_instance;

  KpMapSnapshot *snapshot;
  KpMapBox       bounds;
  KpMapBox      *feature_boxes;
  KpMapBox      *arc_boxes;
  KpMapBox     **layer_part_boxes;
  guint8        *arc_use;       /* rings using each arc: 1 = outer border of the territory */
  guint         *class_order;   /* features ordered by class, no data first */
  guint         *class_start;   /* KP_MAP_MAX_CLASSES + 2 offsets into @class_order */
  int           *grouped_class; /* class of each feature when @class_order was made */
  guint         *label_order;   /* features with a label, by priority, highest first */
  guint          n_labels;
  float         *label_width; /* device units at the current font, < 0: not measured */
  float         *label_height;
  GPtrArray     *label_layouts; /* PangoLayout per feature, made when first drawn */
  KpMapLevel    *levels[KP_MAP_N_LEVELS];

  /* Hit-test grid over the main layer: cells of feature indexes. */
  guint    grid_cols, grid_rows;
  double   grid_cell;
  GArray **grid;

  PangoFontDescription *font;
  double                text_resolution; /* dots per inch of the text; 0: the font map's */
  cairo_antialias_t     fill_antialias;
  gboolean              document_words; /* its own words in the document's language */

  GArray *placed; /* KpMapPlacedLabel of the last full draw */

  /* Rendering kept for panning: the map without the screen-fixed overlays. */
  cairo_surface_t *cache;
  cairo_surface_t *spare;
  KpMapView        cache_view;
};

/* Hairlines written straight into image surfaces (kp-map-raster.c). */
typedef struct
{
  cairo_surface_t *surface;
  guchar          *data;
  int              stride;
  int              clip_x0, clip_y0, clip_x1, clip_y1;
  double           tx, ty;
  double           red, green, blue, alpha;
} KpMapRaster;

#define KP_MAP_RASTER_MAX_WIDTH 1.5

gboolean kp_map_raster_begin (KpMapRaster *r,
                              cairo_t     *cr);
void     kp_map_raster_end (KpMapRaster *r);
void     kp_map_raster_set_colour (KpMapRaster       *r,
                                   const KpMapColour *colour,
                                   double             width);
void     kp_map_raster_line (const KpMapRaster *r,
                             double             x0,
                             double             y0,
                             double             x1,
                             double             y1);

#define KP_MAP_N_OVERLAYS 3 /* scale bar, legend, source */

PangoLayout *kp_map_painter_new_layout (KpMapPainter *self,
                                        cairo_t      *cr);
void         kp_map_painter_set_text_resolution (KpMapPainter *self,
                                                 double        dpi);

gboolean kp_map_painter_draw_source (KpMapPainter    *self,
                                     cairo_t         *cr,
                                     const KpMapView *view,
                                     gboolean         paint,
                                     KpMapBox        *out_box);

void  kp_map_painter_draw_base (KpMapPainter    *self,
                                cairo_t         *cr,
                                const KpMapView *view,
                                const KpMapBox  *visible);
guint kp_map_painter_draw_overlays (KpMapPainter    *self,
                                    cairo_t         *cr,
                                    const KpMapView *view,
                                    gboolean         paint,
                                    KpMapBox        *boxes);
void  kp_map_painter_draw_full (KpMapPainter    *self,
                                cairo_t         *cr,
                                const KpMapView *view,
                                gboolean         overlays);
void  kp_map_painter_append_feature (KpMapPainter    *self,
                                     cairo_t         *cr,
                                     const KpMapView *view,
                                     guint            feature);

void              kp_map_painter_build_index (KpMapPainter *self);
gboolean          kp_map_painter_sync_classes (KpMapPainter *self);
void              kp_map_painter_free_index (KpMapPainter *self);
const KpMapLevel *kp_map_painter_get_level (KpMapPainter *self,
                                            double        scale);
void              kp_map_view_visible_box (const KpMapView *view,
                                           double           margin_px,
                                           KpMapBox        *box);

void kp_map_painter_place_labels (KpMapPainter    *self,
                                  cairo_t         *cr,
                                  const KpMapView *view,
                                  const KpMapBox  *obstacles,
                                  guint            n_obstacles);
void kp_map_painter_draw_labels (KpMapPainter    *self,
                                 cairo_t         *cr,
                                 const KpMapView *view);
void kp_map_painter_draw_scale_bar (KpMapPainter    *self,
                                    cairo_t         *cr,
                                    const KpMapView *view,
                                    gboolean         paint,
                                    KpMapBox        *out_box);

G_END_DECLS
