/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * KpPlanningGroup:
 * @KP_PLANNING_GROUP_SENIORS: senioři
 * @KP_PLANNING_GROUP_DISABILITY: osoby se zdravotním postižením
 * @KP_PLANNING_GROUP_MENTAL_HEALTH: osoby s duševním onemocněním
 * @KP_PLANNING_GROUP_FAMILIES: rodiny s dětmi a mládež
 * @KP_PLANNING_GROUP_CRISIS: lidé v krizi a ohrožení sociálním vyloučením
 * @KP_PLANNING_GROUP_ADDICTION: osoby se závislostí
 *
 * The target groups a plan is organised by (working groups, chapters, leaflets). They are
 * broader than the registry's target groups (DOMAIN.md §1.3): Pardubice plans with five,
 * Olomouc with eight; these six are the ones both share. A registry target group or a
 * type of service belongs to none, one or several of them (kp-target-group.h,
 * kp-service-kind.h).
 */
typedef enum
{
  KP_PLANNING_GROUP_SENIORS,
  KP_PLANNING_GROUP_DISABILITY,
  KP_PLANNING_GROUP_MENTAL_HEALTH,
  KP_PLANNING_GROUP_FAMILIES,
  KP_PLANNING_GROUP_CRISIS,
  KP_PLANNING_GROUP_ADDICTION,
  KP_N_PLANNING_GROUPS
} KpPlanningGroup;

/* A set of planning groups: bit (1 << group) for each member; 0 is the empty set. */
typedef guint KpPlanningGroups;

#define KP_PLANNING_GROUP_BIT(group) (1u << (group))
#define KP_PLANNING_GROUPS_ALL       ((1u << KP_N_PLANNING_GROUPS) - 1)

/* Stable ASCII ids for files and the command line: "seniors", "disability",
 * "mental_health", "families", "crisis", "addiction". */
const char *kp_planning_group_to_string (KpPlanningGroup group);
gboolean    kp_planning_group_from_string (const char      *id,
                                           KpPlanningGroup *out_group);
/* The translated name, as a heading: "Senioři", "Rodiny s dětmi a mládež". */
const char *kp_planning_group_get_name (KpPlanningGroup group);
gboolean    kp_planning_groups_contain (KpPlanningGroups groups,
                                        KpPlanningGroup  group);

G_END_DECLS
