/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-service-kind.h"

#include <string.h>

#define COUNSELLING KP_SERVICE_CATEGORY_COUNSELLING
#define CARE        KP_SERVICE_CATEGORY_CARE
#define PREVENTION  KP_SERVICE_CATEGORY_PREVENTION

#define SENIORS    KP_PLANNING_GROUP_SENIORS
#define DISABILITY KP_PLANNING_GROUP_DISABILITY
#define MENTAL     KP_PLANNING_GROUP_MENTAL_HEALTH
#define FAMILIES   KP_PLANNING_GROUP_FAMILIES
#define CRISIS     KP_PLANNING_GROUP_CRISIS
#define ADDICTION  KP_PLANNING_GROUP_ADDICTION
#define NONE       KP_N_PLANNING_GROUPS
#define B(g)       KP_PLANNING_GROUP_BIT (g)

/* ../shared/data/registry/FORMAT.md §3 and DOMAIN.md §1.2: code, name, §, forms. The
 * planning groups follow who each type is for in the law and in the plans of DOMAIN.md
 * §1.3 and §8: the primary group is the one whose chapter or leaflet the type belongs in. */
static const KpServiceKind kinds[] = {
  { "DruhSocialniSluzby/1", "odborné sociální poradenství", "37", "amb ter", COUNSELLING, NONE,
    0 },
  { "DruhSocialniSluzby/3", "osobní asistence", "39", "ter", CARE, DISABILITY,
    B (DISABILITY) | B (SENIORS) },
  { "DruhSocialniSluzby/4", "pečovatelská služba", "40", "ter amb", CARE, SENIORS,
    B (SENIORS) | B (DISABILITY) },
  { "DruhSocialniSluzby/5", "tísňová péče", "41", "ter", CARE, SENIORS,
    B (SENIORS) | B (DISABILITY) },
  { "DruhSocialniSluzby/6", "průvodcovské a předčitatelské služby", "42", "ter amb", CARE,
    DISABILITY, B (DISABILITY) | B (SENIORS) },
  { "DruhSocialniSluzby/7", "podpora samostatného bydlení", "43", "ter", CARE, DISABILITY,
    B (DISABILITY) | B (MENTAL) },
  { "DruhSocialniSluzby/8", "odlehčovací služby", "44", "ter amb pob", CARE, SENIORS,
    B (SENIORS) | B (DISABILITY) },
  { "DruhSocialniSluzby/9", "centra denních služeb", "45", "amb", CARE, SENIORS,
    B (SENIORS) | B (DISABILITY) },
  { "DruhSocialniSluzby/10", "denní stacionáře", "46", "amb", CARE, DISABILITY,
    B (DISABILITY) | B (SENIORS) },
  { "DruhSocialniSluzby/11", "týdenní stacionáře", "47", "pob", CARE, DISABILITY,
    B (DISABILITY) | B (SENIORS) },
  { "DruhSocialniSluzby/12", "domovy pro osoby se zdravotním postižením", "48", "pob", CARE,
    DISABILITY, B (DISABILITY) },
  { "DruhSocialniSluzby/13", "domovy pro seniory", "49", "pob", CARE, SENIORS, B (SENIORS) },
  { "DruhSocialniSluzby/14", "domovy se zvláštním režimem", "50", "pob", CARE, SENIORS,
    B (SENIORS) | B (MENTAL) | B (ADDICTION) },
  { "DruhSocialniSluzby/15", "chráněné bydlení", "51", "pob", CARE, DISABILITY,
    B (DISABILITY) | B (MENTAL) },
  { "DruhSocialniSluzby/16",
    "sociální služby poskytované ve zdravotnických zařízeních lůžkové péče", "52", "pob", CARE,
    SENIORS, B (SENIORS) | B (DISABILITY) },
  { "DruhSocialniSluzby/17", "raná péče", "54", "ter amb", PREVENTION, FAMILIES,
    B (FAMILIES) | B (DISABILITY) },
  { "DruhSocialniSluzby/18", "telefonická krizová pomoc", "55", "ter", PREVENTION, CRISIS,
    B (CRISIS) },
  { "DruhSocialniSluzby/19", "tlumočnické služby", "56", "ter amb", PREVENTION, DISABILITY,
    B (DISABILITY) },
  { "DruhSocialniSluzby/20", "azylové domy", "57", "pob", PREVENTION, CRISIS,
    B (CRISIS) | B (FAMILIES) },
  { "DruhSocialniSluzby/21", "domy na půl cesty", "58", "pob", PREVENTION, CRISIS,
    B (CRISIS) | B (FAMILIES) },
  { "DruhSocialniSluzby/22", "kontaktní centra", "59", "amb ter", PREVENTION, ADDICTION,
    B (ADDICTION) | B (CRISIS) },
  { "DruhSocialniSluzby/23", "krizová pomoc", "60", "amb ter pob", PREVENTION, CRISIS,
    B (CRISIS) },
  { "DruhSocialniSluzby/24", "nízkoprahová denní centra", "61", "amb ter", PREVENTION, CRISIS,
    B (CRISIS) },
  { "DruhSocialniSluzby/25", "nízkoprahová zařízení pro děti a mládež", "62", "amb ter",
    PREVENTION, FAMILIES, B (FAMILIES) },
  { "DruhSocialniSluzby/26", "noclehárny", "63", "amb", PREVENTION, CRISIS, B (CRISIS) },
  { "DruhSocialniSluzby/27", "služby následné péče", "64", "amb pob", PREVENTION, ADDICTION,
    B (ADDICTION) | B (MENTAL) },
  { "DruhSocialniSluzby/28", "sociálně aktivizační služby pro rodiny s dětmi", "65", "ter amb",
    PREVENTION, FAMILIES, B (FAMILIES) },
  { "DruhSocialniSluzby/29",
    "sociálně aktivizační služby pro seniory a osoby se zdravotním postižením", "66", "amb ter",
    PREVENTION, SENIORS, B (SENIORS) | B (DISABILITY) },
  { "DruhSocialniSluzby/30", "sociálně terapeutické dílny", "67", "amb", PREVENTION, DISABILITY,
    B (DISABILITY) | B (MENTAL) },
  { "DruhSocialniSluzby/31", "terapeutické komunity", "68", "pob", PREVENTION, ADDICTION,
    B (ADDICTION) | B (MENTAL) },
  { "DruhSocialniSluzby/32", "terénní programy", "69", "ter", PREVENTION, CRISIS,
    B (CRISIS) | B (ADDICTION) | B (FAMILIES) },
  { "DruhSocialniSluzby/33", "sociální rehabilitace", "70", "ter amb pob", PREVENTION,
    DISABILITY, B (DISABILITY) | B (MENTAL) | B (CRISIS) },
  /* [unverified] codes: FORMAT.md places them after /33 without a number. The § of the
   * centrum duševního zdraví is not verified either; it is counted with prevention, as
   * the types outside § 37–52 always were. */
  { "DruhSocialniSluzby/34", "intervenční centra", "60a", "amb ter pob", PREVENTION, CRISIS,
    B (CRISIS) },
  { "DruhSocialniSluzby/35", "centrum duševního zdraví", NULL, NULL, PREVENTION, MENTAL,
    B (MENTAL) },
};

static const struct
{
  const char *id;
  const char *name;
} categories[KP_N_SERVICE_CATEGORIES] = {
  /* Translators: map legend and headings, sociální poradenství (§ 37) */
  [KP_SERVICE_CATEGORY_COUNSELLING] = { "counselling", N_ ("Counselling") },
  /* Translators: map legend and headings, služby sociální péče */
  [KP_SERVICE_CATEGORY_CARE] = { "care", N_ ("Social care") },
  /* Translators: map legend and headings, služby sociální prevence */
  [KP_SERVICE_CATEGORY_PREVENTION] = { "prevention", N_ ("Social prevention") },
};

static const struct
{
  const char *code;
  const char *registry_id;
  const char *registry_name;
} forms[] = {
  { "pob", "FormaSocialniSluzby/pob", "pobytová" },
  { "amb", "FormaSocialniSluzby/amb", "ambulantní" },
  { "ter", "FormaSocialniSluzby/ter", "terénní" },
};

static const char *const form_codes[] = { "pob", "amb", "ter", NULL };

const KpServiceKind *
kp_service_kinds (guint *out_n)
{
  *out_n = G_N_ELEMENTS (kinds);
  return kinds;
}

const KpServiceKind *
kp_service_kind_lookup (const char *code)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (kinds); i++)
    if (strcmp (kinds[i].code, code) == 0)
      return &kinds[i];
  return NULL;
}

gboolean
kp_service_kind_allows_form (const KpServiceKind *kind,
                             const char          *form)
{
  g_auto (GStrv) allowed = NULL;

  g_return_val_if_fail (kind != NULL, FALSE);
  if (kind->forms == NULL || form == NULL)
    return FALSE;
  allowed = g_strsplit (kind->forms, " ", -1);
  return g_strv_contains ((const char *const *) allowed, form);
}

KpPlanningGroups
kp_service_kind_get_planning_groups (const char *code)
{
  const KpServiceKind *kind = kp_service_kind_lookup (code);

  return kind != NULL ? kind->groups : 0;
}

gboolean
kp_service_kind_get_category (const char        *code,
                              KpServiceCategory *out_category)
{
  const KpServiceKind *kind = kp_service_kind_lookup (code);

  if (kind == NULL)
    return FALSE;
  *out_category = kind->category;
  return TRUE;
}

const char *
kp_service_category_get_name (KpServiceCategory category)
{
  g_return_val_if_fail (category < KP_N_SERVICE_CATEGORIES, NULL);
  return _ (categories[category].name);
}

const char *
kp_service_category_to_string (KpServiceCategory category)
{
  g_return_val_if_fail (category < KP_N_SERVICE_CATEGORIES, NULL);
  return categories[category].id;
}

const char *const *
kp_service_form_codes (void)
{
  return form_codes;
}

static int
form_index (const char *form)
{
  for (guint i = 0; form != NULL && i < G_N_ELEMENTS (forms); i++)
    if (strcmp (forms[i].code, form) == 0)
      return (int) i;
  return -1;
}

gboolean
kp_service_form_is_code (const char *form)
{
  return form_index (form) >= 0;
}

/**
 * kp_service_form_get_label:
 * @form: "pob", "amb" or "ter"
 *
 * Returns: the translated name of the form ("pobytová"), or @form itself when unknown
 */
const char *
kp_service_form_get_label (const char *form)
{
  if (g_strcmp0 (form, "pob") == 0)
    /* Translators: form of a social service (forma sociální služby) */
    return C_ ("service form", "residential");
  if (g_strcmp0 (form, "amb") == 0)
    return C_ ("service form", "outpatient");
  if (g_strcmp0 (form, "ter") == 0)
    return C_ ("service form", "field");
  return form;
}

const char *
kp_service_form_get_registry_id (const char *form)
{
  int i = form_index (form);

  return i >= 0 ? forms[i].registry_id : NULL;
}

const char *
kp_service_form_get_registry_name (const char *form)
{
  int i = form_index (form);

  return i >= 0 ? forms[i].registry_name : NULL;
}
