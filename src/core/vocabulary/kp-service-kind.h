/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kp-planning-group.h"

G_BEGIN_DECLS

/**
 * KpServiceCategory:
 * @KP_SERVICE_CATEGORY_COUNSELLING: sociální poradenství (§ 37)
 * @KP_SERVICE_CATEGORY_CARE: služby sociální péče (§ 38–52)
 * @KP_SERVICE_CATEGORY_PREVENTION: služby sociální prevence (§ 53–70)
 *
 * The three groups of social services in Act 108/2006 Sb.
 */
typedef enum
{
  KP_SERVICE_CATEGORY_COUNSELLING,
  KP_SERVICE_CATEGORY_CARE,
  KP_SERVICE_CATEGORY_PREVENTION,
  KP_N_SERVICE_CATEGORIES
} KpServiceCategory;

/**
 * KpServiceKind:
 * @code: the registry code, "DruhSocialniSluzby/13"
 * @name: the registry's Czech name ("domovy pro seniory"): data, not translated
 * @paragraph: (nullable): the § of Act 108/2006 Sb. ("49", "60a")
 * @forms: (nullable): the forms the law allows, "pob", "amb", "ter" separated by spaces
 * @category: the group of the law the type belongs to
 * @primary_group: the planning group the type serves first, %KP_N_PLANNING_GROUPS when it
 *   serves every group alike (odborné sociální poradenství): then a service's registered
 *   target groups decide
 * @groups: every planning group the type serves (includes @primary_group)
 *
 * A type of social service (druh sociální služby), DOMAIN.md §1.2. Codes marked
 * [unverified] there are kept as inferred; an imported MPSV code list replaces the names.
 */
typedef struct
{
  const char       *code;
  const char       *name;
  const char       *paragraph;
  const char       *forms;
  KpServiceCategory category;
  KpPlanningGroup   primary_group;
  KpPlanningGroups  groups;
} KpServiceKind;

#define KP_SERVICE_KIND_PREFIX "DruhSocialniSluzby/"

/* Every type, in the order of the law. */
const KpServiceKind *kp_service_kinds (guint *out_n);
/* Returns: (nullable): the type of @code, or NULL when the code is not known */
const KpServiceKind *kp_service_kind_lookup (const char *code);
gboolean             kp_service_kind_allows_form (const KpServiceKind *kind,
                                                  const char          *form);
/* The planning groups of the type of @code; 0 for an unknown code. */
KpPlanningGroups kp_service_kind_get_planning_groups (const char *code);
/* The category of @code; FALSE for an unknown code. */
gboolean kp_service_kind_get_category (const char        *code,
                                       KpServiceCategory *out_category);

/* Translated names of the categories ("Služby sociální péče") and stable ids
 * ("counselling", "care", "prevention"). */
const char *kp_service_category_get_name (KpServiceCategory category);
const char *kp_service_category_to_string (KpServiceCategory category);

/* Forms of a social service: "pob" (pobytová), "amb" (ambulantní), "ter" (terénní). */
#define KP_SERVICE_FORM_PREFIX "FormaSocialniSluzby/"

/* The three codes in the order of the registry's list, NULL-terminated. */
const char *const *kp_service_form_codes (void);
gboolean           kp_service_form_is_code (const char *form);
/* The translated name of the form ("pobytová"), or @form itself when unknown. */
const char *kp_service_form_get_label (const char *form);
/* "FormaSocialniSluzby/pob" and the registry's name "pobytová"; NULL when unknown. */
const char *kp_service_form_get_registry_id (const char *form);
const char *kp_service_form_get_registry_name (const char *form);

G_END_DECLS
