/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What the plan needs of the needs analysis: the text of a finding named by its stable id
 * ("Z-12", how the needs analysis cites its findings). Activities keep the ids of the
 * findings that justify them in the plan's own table (plan_item_tag, kind "finding"),
 * whether or not the module that holds the findings is there; the module that holds them
 * (KpNeeds) implements this interface, and the plan shows a link only for a finding it
 * answers for (kp_plan_dup_finding_title()). */

#define KP_TYPE_FINDING_LOOKUP (kp_finding_lookup_get_type ())
G_DECLARE_INTERFACE (KpFindingLookup, kp_finding_lookup, KP, FINDING_LOOKUP, GObject)

struct _KpFindingLookupInterface
{
  GTypeInterface parent_iface;

  /* Returns: (transfer full) (nullable): the finding's text, %NULL when there is none */
  char *(*dup_finding_title) (KpFindingLookup *self,
                              const char      *finding_id);
};

char *kp_finding_lookup_dup_finding_title (KpFindingLookup *self,
                                           const char      *finding_id);

G_END_DECLS
