/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: the SQL of changing an existing project's territory, on a connection with
 * the reference library attached as "lib", inside the job's transaction. */

#include "kp-database.h"

G_BEGIN_DECLS

/* temp.territory holds the new set: the current obce, plus @add, minus @remove.
 * @out_unknown: the codes of @add that the library lacks (empty when all are known).
 * @out_outside: the codes of @remove that are not in the territory. */
gboolean kp_territory_repository_prepare (KpDatabase        *db,
                                          const char *const *add,
                                          const char *const *remove,
                                          GPtrArray         *out_unknown,
                                          GPtrArray         *out_outside,
                                          GError           **error);
/* The number of obce in temp.territory, and of those it adds and removes. */
gboolean kp_territory_repository_count (KpDatabase *db,
                                        int        *out_total,
                                        int        *out_added,
                                        int        *out_removed,
                                        GError    **error);
/* Brings the snapshot (code lists, obce, population, comparison areas, the obce's
 * boundary flags) to the set in temp.territory; the project row becomes a custom
 * territory when it was an ORP and its obce changed. */
gboolean kp_territory_repository_apply (KpDatabase *db,
                                        GError    **error);

G_END_DECLS
