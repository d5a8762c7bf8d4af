/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A row of a table the Potřeby view shows from a plain struct (the obce table): only its
 * index, which the cells read their values by. Property: index (uint, construct-only). */

#define KP_TYPE_NEEDS_ROW_ITEM (kp_needs_row_item_get_type ())
G_DECLARE_FINAL_TYPE (KpNeedsRowItem, kp_needs_row_item, KP, NEEDS_ROW_ITEM, GObject)

KpNeedsRowItem *kp_needs_row_item_new (guint index);
guint           kp_needs_row_item_get_index (KpNeedsRowItem *self);

G_END_DECLS
