/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-planning-group.h"

#include <string.h>

static const struct
{
  const char *id;
  const char *name;
} groups[KP_N_PLANNING_GROUPS] = {
  [KP_PLANNING_GROUP_SENIORS] = { "seniors", NC_ ("planning group", "Seniors") },
  [KP_PLANNING_GROUP_DISABILITY] = { "disability",
                                     NC_ ("planning group", "People with disabilities") },
  [KP_PLANNING_GROUP_MENTAL_HEALTH] = { "mental_health",
                                        NC_ ("planning group", "People with mental illness") },
  [KP_PLANNING_GROUP_FAMILIES] = { "families",
                                   NC_ ("planning group", "Families with children and youth") },
  /* Translators: lidé v krizi a ohrožení sociálním vyloučením */
  [KP_PLANNING_GROUP_CRISIS] = { "crisis",
                                 NC_ ("planning group",
                                      "People in crisis and at risk of social exclusion") },
  [KP_PLANNING_GROUP_ADDICTION] = { "addiction", NC_ ("planning group", "People with addictions") },
};

const char *
kp_planning_group_to_string (KpPlanningGroup group)
{
  g_return_val_if_fail (group < KP_N_PLANNING_GROUPS, NULL);
  return groups[group].id;
}

gboolean
kp_planning_group_from_string (const char      *id,
                               KpPlanningGroup *out_group)
{
  for (guint i = 0; id != NULL && i < KP_N_PLANNING_GROUPS; i++)
    if (strcmp (groups[i].id, id) == 0)
      {
        *out_group = (KpPlanningGroup) i;
        return TRUE;
      }
  return FALSE;
}

const char *
kp_planning_group_get_name (KpPlanningGroup group)
{
  g_return_val_if_fail (group < KP_N_PLANNING_GROUPS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "planning group", groups[group].name);
}

gboolean
kp_planning_groups_contain (KpPlanningGroups groups_set,
                            KpPlanningGroup  group)
{
  g_return_val_if_fail (group < KP_N_PLANNING_GROUPS, FALSE);
  return (groups_set & KP_PLANNING_GROUP_BIT (group)) != 0;
}
