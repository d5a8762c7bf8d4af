/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "kp-catalogue-types.h"

G_BEGIN_DECLS

/* Pictograms of the forms of a service, drawn as vectors: a house (residential: the
 * client lives there), a person walking to a door (outpatient: the client comes) and a
 * car (field: the service comes to the client). White on a rounded square of one colour,
 * so they stay legible in black-and-white print. */

/* Each pictogram recorded once and painted as a PDF form: a path of arcs costs cairo ~20 µs
 * a time, a form ~5 µs, and the file holds the path once. */
typedef struct _KpPictograms KpPictograms;

KpPictograms *kp_pictograms_new (guint32 background);
void          kp_pictograms_free (KpPictograms *pictograms);
void          kp_pictograms_draw (KpPictograms  *pictograms,
                                  cairo_t       *cr,
                                  KpServiceForms form,
                                  double         x,
                                  double         y,
                                  double         size);
double        kp_pictograms_draw_forms (KpPictograms  *pictograms,
                                        cairo_t       *cr,
                                        KpServiceForms forms,
                                        double         right,
                                        double         y,
                                        double         size,
                                        double         gap);

void   kp_pictogram_draw (cairo_t       *cr,
                          KpServiceForms form,
                          double         x,
                          double         y,
                          double         size,
                          guint32        background);
double kp_pictogram_draw_forms (cairo_t       *cr,
                                KpServiceForms forms,
                                double         right,
                                double         y,
                                double         size,
                                double         gap,
                                guint32        background);
double kp_pictogram_forms_width (KpServiceForms forms,
                                 double         size,
                                 double         gap);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpPictograms, kp_pictograms_free)

G_END_DECLS
