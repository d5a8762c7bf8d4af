/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-project.h"

G_BEGIN_DECLS

/**
 * KpUpOffice:
 * @name: "Kontaktní pracoviště Benešov (Vlašim)"
 * @obec: the obec it is in
 * @in_territory: it lies in the project's territory; %FALSE: one of the nearest
 * @distance_km: from the territory's centre for one of the nearest, NAN when unknown
 *
 * A contact office of Úřad práce ČR as the project keeps it (up_cr.csv has no address or
 * phone: its web has them).
 */
typedef struct
{
  char    *name;
  char    *obec;
  gboolean in_territory;
  double   distance_km;
} KpUpOffice;

void kp_up_office_free (KpUpOffice *office);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpUpOffice, kp_up_office_free)

/* Returns: (transfer full) (element-type KpUpOffice): the offices in the territory, else
 *   the nearest ones, nearest first; empty when the reference data had none when the
 *   territory was set; %NULL with @error set */
GPtrArray *kp_project_list_up_offices (KpProject *project,
                                       GError   **error);

G_END_DECLS
