/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "kp-render-types.h"

G_BEGIN_DECLS

#define KP_TYPE_MAP_PAINTER (kp_map_painter_get_type ())
G_DECLARE_FINAL_TYPE (KpMapPainter, kp_map_painter, KP, MAP_PAINTER, GObject)

typedef enum
{
  KP_MAP_EXPORT_PNG,
  KP_MAP_EXPORT_SVG,
  KP_MAP_EXPORT_PDF,
} KpMapExportFormat;

KpMapPainter  *kp_map_painter_new (KpMapSnapshot *snapshot);
KpMapSnapshot *kp_map_painter_get_snapshot (KpMapPainter *self);
void           kp_map_painter_set_font (KpMapPainter *self,
                                        const char   *font);
void           kp_map_painter_set_document_words (KpMapPainter *self,
                                                  gboolean      document_words);
void           kp_map_painter_get_bounds (KpMapPainter *self,
                                          double       *min_x,
                                          double       *min_y,
                                          double       *max_x,
                                          double       *max_y);

void kp_map_painter_fit (KpMapPainter *self,
                         KpMapView    *view,
                         double        width,
                         double        height,
                         double        margin);

void kp_map_painter_draw (KpMapPainter    *self,
                          cairo_t         *cr,
                          const KpMapView *view);
void kp_map_painter_draw_cached (KpMapPainter    *self,
                                 cairo_t         *cr,
                                 const KpMapView *view);
void kp_map_painter_invalidate (KpMapPainter *self);
void kp_map_painter_draw_highlight (KpMapPainter    *self,
                                    cairo_t         *cr,
                                    const KpMapView *view,
                                    guint            feature);

void  kp_map_painter_measure_legend (KpMapPainter *self,
                                     cairo_t      *cr,
                                     double       *out_width,
                                     double       *out_height);
void  kp_map_painter_draw_legend (KpMapPainter *self,
                                  cairo_t      *cr,
                                  double        x,
                                  double        y);
char *kp_map_painter_dup_legend_text (KpMapPainter *self);

int      kp_map_painter_hit_test (KpMapPainter    *self,
                                  const KpMapView *view,
                                  double           device_x,
                                  double           device_y);
int      kp_map_painter_hit_test_map (KpMapPainter *self,
                                      double        x,
                                      double        y);
gboolean kp_map_painter_feature_contains (KpMapPainter *self,
                                          guint         feature,
                                          double        x,
                                          double        y);

gboolean kp_map_painter_export (KpMapPainter     *self,
                                const KpMapView  *view,
                                KpMapExportFormat format,
                                const char       *path,
                                GError          **error);

void     kp_map_painter_draw_page (KpMapPainter    *self,
                                   cairo_t         *cr,
                                   const KpMapView *area,
                                   double           width,
                                   double           height);
gboolean kp_map_painter_export_page (KpMapPainter    *self,
                                     const KpMapView *area,
                                     double           width,
                                     double           height,
                                     const char      *path,
                                     GError         **error);

G_END_DECLS
