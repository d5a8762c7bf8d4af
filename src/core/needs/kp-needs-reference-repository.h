/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the needs module only: the SQL of the comparison figures (needs_area,
 * needs_area_age, needs_orp_figures) and of the territory's own population by band. */

#include "kp-needs-private.h"

G_BEGIN_DECLS

/* With the library attached as "lib": replaces the project's comparison figures by the
 * library's. @out_rows: the areas copied. */
gboolean kp_needs_reference_repository_copy (KpDatabase *db,
                                             gint64     *out_rows,
                                             GError    **error);
/* Appends a KpNeedsArea for each compared area to @areas, with its bands. */
gboolean kp_needs_reference_repository_load_areas (KpDatabase *db,
                                                   GPtrArray  *areas,
                                                   GError    **error);
/* Calls @func for each ORP's ČSÚ figures, with its RÚIAN code (nullable). */
typedef void (*KpOrpFiguresFunc) (const char         *csu_kod,
                                  const char         *orp_kod,
                                  const char         *name,
                                  const char         *ref_date,
                                  const KpOrpFigures *figures,
                                  gpointer            user_data);
gboolean kp_needs_reference_repository_load_orp_figures (KpDatabase      *db,
                                                         KpOrpFiguresFunc func,
                                                         gpointer         user_data,
                                                         GError         **error);
/* Fills @obce (kod → KpNeedsArea, new) with the bands of the territory's obce. */
gboolean kp_needs_reference_repository_load_obce (KpDatabase *db,
                                                  GHashTable *obce,
                                                  GError    **error);

G_END_DECLS
