/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: the MPSV code lists the registry refers to, and Komplan's built-in copy
 * of them, used when the MPSV code-list files were not imported. */

#include <glib.h>

G_BEGIN_DECLS

/**
 * KpRegistryList:
 * @KP_REGISTRY_LIST_TYPES: DruhSocialniSluzby (druhy-socialni-sluzby.json)
 * @KP_REGISTRY_LIST_FORMS: FormaSocialniSluzby (formy-soc-sluzby.json)
 * @KP_REGISTRY_LIST_UNITS: TypKapacitySocialniSluzby (typy-kapacity-socialni-sluzby.json)
 * @KP_REGISTRY_LIST_TARGET_GROUPS: CilovaSkupinaOsoby (cilove-skupiny-osoby.json)
 * @KP_REGISTRY_LIST_AGE_GROUPS: VekovaSkupinaOsoby (vekove-skupiny-osoby.json)
 */
typedef enum
{
  KP_REGISTRY_LIST_TYPES,
  KP_REGISTRY_LIST_FORMS,
  KP_REGISTRY_LIST_UNITS,
  KP_REGISTRY_LIST_TARGET_GROUPS,
  KP_REGISTRY_LIST_AGE_GROUPS,
  KP_REGISTRY_N_LISTS
} KpRegistryList;

/* One code: @id as in rpss.json ("DruhSocialniSluzby/13"), the registry's Czech name (data,
 * like the name of an obec), and for types the § of Act 108/2006 Sb. and the forms the law
 * allows ("amb ter"; NULL when not known). */
typedef struct
{
  const char *id;
  const char *name;
  const char *paragraph;
  const char *forms;
} KpRegistryCode;

/* "druh", "forma", "kapacita", "cilova_skupina", "vekova_skupina" (registry_code.list) */
const char *kp_registry_list_to_string (KpRegistryList list);
/* "DruhSocialniSluzby/", … */
const char *kp_registry_list_get_prefix (KpRegistryList list);

const KpRegistryCode *kp_registry_builtin_codes (KpRegistryList list,
                                                 guint         *out_n);
const KpRegistryCode *kp_registry_builtin_lookup (KpRegistryList list,
                                                  const char    *id);

/* "pob" for "FormaSocialniSluzby/pob": the part after the list prefix, or NULL when @id
 * does not belong to @list. */
const char *kp_registry_code_suffix (KpRegistryList list,
                                     const char    *id);

G_END_DECLS
