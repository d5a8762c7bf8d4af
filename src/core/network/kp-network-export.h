/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The network of services as a table, for spreadsheets (issue 11.8): CSV as the Territory
 * table writes it (kp-csv-writer.h). @services is a GListModel of KpService in the order
 * the user sees them, each once.
 *
 * One row per capacity of a form (a service with a residential form in lůžka and a field
 * form in klienti has two rows, one with no form when it has none), so a spreadsheet can
 * add capacities by unit and never adds lůžka to klienti; the other columns repeat the
 * service: its type and §, origin, state, provider, facilities, target and age groups,
 * contacts, dates and the local data (description, hours, fees, accessibility, obce of its
 * scope). Registry data stay as the registry writes them; group codes without a name show
 * as "neznámá cílová skupina (kód 16)". */

char *kp_network_export_tsv (GListModel *services);
/* Writes @path + ".part" and renames it over @path. */
gboolean kp_network_export_csv (GListModel *services,
                                const char *path,
                                GError    **error);

G_END_DECLS
