/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-finding-lookup.h"

G_DEFINE_INTERFACE (KpFindingLookup, kp_finding_lookup, G_TYPE_OBJECT)

static void
kp_finding_lookup_default_init (KpFindingLookupInterface *iface)
{
}

/**
 * kp_finding_lookup_dup_finding_title:
 *
 * Returns: (transfer full) (nullable): the text of the finding @finding_id, or %NULL
 */
char *
kp_finding_lookup_dup_finding_title (KpFindingLookup *self,
                                     const char      *finding_id)
{
  KpFindingLookupInterface *iface;

  g_return_val_if_fail (KP_IS_FINDING_LOOKUP (self), NULL);
  g_return_val_if_fail (finding_id != NULL, NULL);

  iface = KP_FINDING_LOOKUP_GET_IFACE (self);
  return iface->dup_finding_title != NULL ? iface->dup_finding_title (self, finding_id) : NULL;
}
