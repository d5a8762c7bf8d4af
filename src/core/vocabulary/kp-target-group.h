/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kp-planning-group.h"

G_BEGIN_DECLS

/* The registry's target groups (`CilovaSkupinaOsoby/N`) and age groups
 * (`VekovaSkupinaOsoby/N`): their names, the planning groups they belong to, and how a code
 * without a known name is shown.
 *
 * Only four target-group codes are verified (../shared/data/registry/FORMAT.md §2.1): /24
 * senioři, /26 pečující osoby, /27 osoby s potřebou paliativní péče, /30 osoby žijící s
 * demencí. The other codes get their names from the MPSV code-list file the user imports
 * (cilove-skupiny-osoby.json, stored by kp-registry-code-list.c); callers pass that name as
 * @list_name, or %NULL when the list was not imported. A code whose number is not verified
 * is placed in planning groups by its name in that list, compared whole with the list's
 * names as DOMAIN.md §1.3 gives them (never by a part of the name); a name that differs
 * leaves the code in no planning group, never in a wrong one.
 *
 * Registry names are data and stay Czech, as the registry writes them; Komplan's own words
 * (the "unknown" text, planning groups) are translated. */

#define KP_TARGET_GROUP_PREFIX "CilovaSkupinaOsoby/"
#define KP_AGE_GROUP_PREFIX    "VekovaSkupinaOsoby/"

/**
 * KpGroupInfo:
 * @code: (nullable): the verified registry code; %NULL for a name whose code is not verified
 * @name: the registry's Czech name
 * @groups: the planning groups
 */
typedef struct
{
  const char      *code;
  const char      *name;
  KpPlanningGroups groups;
} KpGroupInfo;

/* The verified codes, for the built-in code list. */
const KpGroupInfo *kp_target_groups_builtin (guint *out_n);
/* Every known name (verified codes first), and the known spelling of @name. */
const KpGroupInfo *kp_target_groups_all (guint *out_n);
const char        *kp_target_group_find_name (const char *name);

/* Whether @text is a target-group code ("CilovaSkupinaOsoby/16"); its number ("16") or NULL. */
gboolean    kp_target_group_is_code (const char *text);
const char *kp_target_group_code_number (const char *code);
/* Whether the code has a name: verified here or given by the imported list. */
gboolean         kp_target_group_is_known (const char *code,
                                           const char *list_name);
KpPlanningGroups kp_target_group_get_planning_groups (const char *code,
                                                      const char *list_name);
/* The name to show: @list_name, the verified name, or "neznámá cílová skupina (kód 16)"
 * with @out_unknown set to TRUE. Never the raw code. */
char *kp_target_group_format (const char *code,
                              const char *list_name,
                              gboolean   *out_unknown);
/* The same for a value stored as "the name, or the code when no name was known" (the
 * target-groups of a KpService): its planning groups and the name to show. */
KpPlanningGroups kp_target_group_get_planning_groups_stored (const char *stored);
char            *kp_target_group_format_stored (const char *stored,
                                                gboolean   *out_unknown);

/* The same for age groups (no code is verified yet: names come from the imported list). */
gboolean         kp_age_group_is_code (const char *text);
gboolean         kp_age_group_is_known (const char *code,
                                        const char *list_name);
KpPlanningGroups kp_age_group_get_planning_groups (const char *code,
                                                   const char *list_name);
char            *kp_age_group_format (const char *code,
                                      const char *list_name,
                                      gboolean   *out_unknown);
KpPlanningGroups kp_age_group_get_planning_groups_stored (const char *stored);
char            *kp_age_group_format_stored (const char *stored,
                                             gboolean   *out_unknown);

G_END_DECLS
