/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-finding-source.h"

G_DEFINE_INTERFACE (KpFindingSource, kp_finding_source, G_TYPE_OBJECT)

static void
kp_finding_source_default_init (KpFindingSourceInterface *iface)
{
}

/**
 * kp_finding_source_dup_finding_title:
 *
 * Returns: (transfer full) (nullable): the text of the finding @finding_id, or %NULL
 */
char *
kp_finding_source_dup_finding_title (KpFindingSource *self,
                                     const char      *finding_id)
{
  KpFindingSourceInterface *iface;

  g_return_val_if_fail (KP_IS_FINDING_SOURCE (self), NULL);
  g_return_val_if_fail (finding_id != NULL, NULL);

  iface = KP_FINDING_SOURCE_GET_IFACE (self);
  return iface->dup_finding_title != NULL ? iface->dup_finding_title (self, finding_id) : NULL;
}
