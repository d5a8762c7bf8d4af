/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kp-document-types.h"

G_BEGIN_DECLS

/* Snapshot structs that render draws from: plain values copied out of the store on the main
 * thread, so drawing can run in a worker and be tested without a database. */

void kp_page_size_get_points (KpPageSize size,
                              double    *out_width,
                              double    *out_height);

/* Map snapshots (kp-map-snapshot.c): projected geometry in map metres (S-JTSK / Krovak
 * East North, possibly turned north-up; see kp-projection.h), with x east and y north.
 *
 * The main layer keeps the arc topology of the boundary file: rings are lists of arc
 * references (index i, or ~i for the arc read backwards), so the border between two obce
 * is one arc and is stroked once. Features are the choropleth's areas: value, class and
 * label. Context layers (neighbours, ORP and kraj outlines, later service symbols) are a
 * list of #KpMapLayer drawn below or above the main layer. */

#define KP_MAP_MAX_CLASSES 9

typedef struct
{
  double x;
  double y;
} KpMapPoint;

typedef struct
{
  guint first_point;
  guint n_points;
} KpMapArc;

typedef struct
{
  guint first_ref;
  guint n_refs;
} KpMapRing;

typedef struct
{
  guint first_ring;
  guint n_rings; /* the first ring is the outer one, the others holes */
} KpMapPolygon;

typedef struct
{
  char      *code;        /* kód obce, as text */
  char      *label;       /* (nullable) the name drawn on the map */
  double     value;       /* NAN: no data */
  int        class_index; /* -1: no data */
  KpMapPoint label_point; /* where the label goes, map metres */
  double     priority;    /* labels with a higher priority are placed first (population) */
  guint      first_polygon;
  guint      n_polygons;
} KpMapFeature;

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} KpMapColour;

typedef struct
{
  char       *title;                          /* legend title, translated by the caller */
  char       *unit;                           /* (nullable) e.g. "obyvatel" */
  int         decimals;                       /* digits after the decimal comma in limits */
  guint       n_classes;                      /* 0: no choropleth */
  double      limits[KP_MAP_MAX_CLASSES + 1]; /* class i is limits[i] … limits[i + 1] */
  KpMapColour colours[KP_MAP_MAX_CLASSES];
  KpMapColour no_data;
  char       *no_data_label;              /* (nullable) legend text for no data */
  char       *labels[KP_MAP_MAX_CLASSES]; /* (nullable) legend text of a class; NULL: its limits */
} KpMapClasses;

typedef enum
{
  KP_MAP_LAYER_AREAS,   /* closed parts, filled and outlined (neighbouring territory) */
  KP_MAP_LAYER_LINES,   /* open or closed parts, stroked (ORP and kraj outlines) */
  KP_MAP_LAYER_SYMBOLS, /* one symbol per point (services) */
} KpMapLayerKind;

typedef enum
{
  KP_MAP_LAYER_BELOW, /* under the choropleth */
  KP_MAP_LAYER_ABOVE, /* over the choropleth and its borders */
} KpMapLayerPlacement;

typedef struct
{
  KpMapLayerKind      kind;
  KpMapLayerPlacement placement;
  char               *name;
  KpMapColour         fill;
  KpMapColour         stroke;
  double              line_width;  /* device units (pixels or points) */
  double              symbol_size; /* diameter of a symbol, device units */
  GArray             *points;      /* KpMapPoint */
  GArray             *parts;       /* KpMapArc: runs of @points (AREAS, LINES) */
  GPtrArray          *labels;      /* (nullable) char * per point (SYMBOLS) */
} KpMapLayer;

typedef struct
{
  gatomicrefcount ref_count;
  char           *title;
  char           *source;   /* (nullable) "Zdroj: …": the data shown and their dates */
  GArray         *points;   /* KpMapPoint */
  GArray         *arcs;     /* KpMapArc */
  GArray         *refs;     /* gint32 */
  GArray         *rings;    /* KpMapRing */
  GArray         *polygons; /* KpMapPolygon */
  GArray         *features; /* KpMapFeature */
  KpMapClasses    classes;
  GPtrArray      *layers; /* KpMapLayer, in drawing order */
} KpMapSnapshot;

/* The part of the map shown: a centre in map metres, a scale in device units per metre
 * and the size of the device area. */
typedef enum
{
  KP_MAP_DRAW_LABELS = 1 << 0,
  KP_MAP_DRAW_SCALE_BAR = 1 << 1,
  KP_MAP_DRAW_LEGEND = 1 << 2,
  KP_MAP_DRAW_BACKGROUND = 1 << 3,
  KP_MAP_DRAW_SOURCE = 1 << 4, /* the snapshot's source, bottom right */
} KpMapDrawFlags;

typedef struct
{
  double         centre_x;
  double         centre_y;
  double         scale;
  double         width;
  double         height;
  KpMapDrawFlags flags;
} KpMapView;

KpMapSnapshot *kp_map_snapshot_new (void);
KpMapSnapshot *kp_map_snapshot_ref (KpMapSnapshot *snapshot);
void           kp_map_snapshot_unref (KpMapSnapshot *snapshot);
void           kp_map_snapshot_get_bounds (const KpMapSnapshot *snapshot,
                                           double              *min_x,
                                           double              *min_y,
                                           double              *max_x,
                                           double              *max_y);
void           kp_map_snapshot_add_layer (KpMapSnapshot *snapshot,
                                          KpMapLayer    *layer);
KpMapFeature  *kp_map_snapshot_get_feature (KpMapSnapshot *snapshot,
                                            guint          index);
void           kp_map_snapshot_place_label_points (KpMapSnapshot *snapshot);

KpMapLayer *kp_map_layer_new (KpMapLayerKind      kind,
                              KpMapLayerPlacement placement,
                              const char         *name);
void        kp_map_layer_free (KpMapLayer *layer);
void        kp_map_layer_add_part (KpMapLayer       *layer,
                                   const KpMapPoint *points,
                                   guint             n_points);
void        kp_map_layer_add_symbol (KpMapLayer *layer,
                                     double      x,
                                     double      y,
                                     const char *label);

void kp_map_view_fit (KpMapView *view,
                      double     min_x,
                      double     min_y,
                      double     max_x,
                      double     max_y,
                      double     width,
                      double     height,
                      double     margin);
void kp_map_view_to_device (const KpMapView *view,
                            double           x,
                            double           y,
                            double          *out_dx,
                            double          *out_dy);
void kp_map_view_to_map (const KpMapView *view,
                         double           dx,
                         double           dy,
                         double          *out_x,
                         double          *out_y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpMapSnapshot, kp_map_snapshot_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpMapLayer, kp_map_layer_free)

G_END_DECLS
