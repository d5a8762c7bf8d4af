/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Key names as Komplan shows them. GTK names some keys in its own words whatever the
 * language ("Page Down", also in Czech); Komplan names them as Czech keyboards print them
 * ("PgDn"), in tooltips and in the shortcuts window alike. */

/* Returns: (transfer full): the name of @keyval with @mods, "Ctrl+P", "PgDn" */
char *kp_key_name (guint           keyval,
                   GdkModifierType mods);
/* Renames the keys GTK drew in the key caps of a shortcuts window (or any widget holding
 * GtkShortcutLabels) to kp_key_name()'s names. */
void kp_key_names_apply (GtkWidget *root);

G_END_DECLS
