/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The Territory table as text: CSV for files (UTF-8 with BOM, ";" separator, decimal comma,
 * as Czech spreadsheets expect) and tab-separated text for the clipboard. @obce is a
 * GListModel of KpObec in the order and filter the user sees. */

char *kp_territory_export_tsv (GListModel *obce);
/* Writes @path + ".part" and renames it over @path. */
gboolean kp_territory_export_csv (GListModel *obce,
                                  const char *path,
                                  GError    **error);

G_END_DECLS
