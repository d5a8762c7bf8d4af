/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-target-group.h"
#include "kp-czech.h"

#include <string.h>

#define SENIORS    KP_PLANNING_GROUP_BIT (KP_PLANNING_GROUP_SENIORS)
#define DISABILITY KP_PLANNING_GROUP_BIT (KP_PLANNING_GROUP_DISABILITY)
#define MENTAL     KP_PLANNING_GROUP_BIT (KP_PLANNING_GROUP_MENTAL_HEALTH)
#define FAMILIES   KP_PLANNING_GROUP_BIT (KP_PLANNING_GROUP_FAMILIES)
#define CRISIS     KP_PLANNING_GROUP_BIT (KP_PLANNING_GROUP_CRISIS)
#define ADDICTION  KP_PLANNING_GROUP_BIT (KP_PLANNING_GROUP_ADDICTION)

/* Target groups. The four with a code are verified (FORMAT.md §2.1); the names without
 * one are the members of the MPSV list as DOMAIN.md §1.3 gives them (not yet checked
 * against cilove-skupiny-osoby.json), so only an exact name in the imported list places
 * such a code. The verified codes come first: kp_target_groups_builtin() lists them. */
static const KpGroupInfo target_groups[] = {
  { "CilovaSkupinaOsoby/24", "senioři", SENIORS },
  { "CilovaSkupinaOsoby/26", "pečující osoby", SENIORS | DISABILITY },
  { "CilovaSkupinaOsoby/27", "osoby s potřebou paliativní péče", SENIORS },
  { "CilovaSkupinaOsoby/30", "osoby žijící s demencí", SENIORS },
  { NULL, "osoby s tělesným postižením", DISABILITY },
  { NULL, "osoby s mentálním postižením", DISABILITY },
  { NULL, "osoby se zrakovým postižením", DISABILITY },
  { NULL, "osoby se sluchovým postižením", DISABILITY },
  { NULL, "osoby s kombinovaným postižením", DISABILITY },
  { NULL, "osoby s jiným zdravotním postižením", DISABILITY },
  { NULL, "osoby se zdravotním postižením", DISABILITY },
  { NULL, "osoby s chronickým onemocněním", DISABILITY },
  { NULL, "osoby s chronickým duševním onemocněním", MENTAL },
  { NULL, "rodiny s dítětem/dětmi", FAMILIES },
  { NULL, "děti a mládež ve věku od 6 do 26 let ohrožené společensky nežádoucími jevy",
    FAMILIES },
  { NULL, "osoby do 26 let opouštějící ústavní péči", FAMILIES | CRISIS },
  { NULL, "osoby bez přístřeší", CRISIS },
  { NULL, "osoby v krizi", CRISIS },
  { NULL, "oběti domácího násilí", CRISIS },
  { NULL, "oběti trestné činnosti", CRISIS },
  { NULL, "oběti obchodu s lidmi", CRISIS },
  { NULL, "osoby komerčně zneužívané", CRISIS },
  { NULL, "osoby žijící v sociálně vyloučených komunitách", CRISIS },
  { NULL, "osoby, které vedou rizikový způsob života nebo jsou jím ohroženy", CRISIS | ADDICTION },
  { NULL, "pachatelé trestné činnosti", CRISIS },
  { NULL, "etnické menšiny", CRISIS },
  { NULL, "imigranti a azylanti", CRISIS },
  { NULL, "osoby ohrožené závislostí nebo závislé na návykových látkách", ADDICTION },
};

#define N_VERIFIED_TARGET_GROUPS 4

/* Age groups: no code is verified; the names as DOMAIN.md §1.3 gives them. The list may
 * add the ages in brackets ("mladší senioři (65–80 let)"): names compare without them. */
static const KpGroupInfo age_groups[] = {
  { NULL, "děti do 1 roku", FAMILIES },
  { NULL, "děti předškolního věku", FAMILIES },
  { NULL, "mladší děti", FAMILIES },
  { NULL, "starší děti", FAMILIES },
  { NULL, "dorost", FAMILIES },
  { NULL, "mladí dospělí", FAMILIES },
  { NULL, "dospělí", 0 },
  { NULL, "mladší senioři", SENIORS },
  { NULL, "starší senioři", SENIORS },
};

typedef struct
{
  const char        *prefix;
  const KpGroupInfo *items;
  guint              n_items;
} GroupList;

static const GroupList target_list = { KP_TARGET_GROUP_PREFIX, target_groups,
                                       G_N_ELEMENTS (target_groups) };
static const GroupList age_list = { KP_AGE_GROUP_PREFIX, age_groups, G_N_ELEMENTS (age_groups) };

/* Folded (no diacritics, lower case), runs of white space made one space, without a
 * closing part in brackets ("(65–80 let)"). */
static char *
normalise_name (const char *name)
{
  g_autofree char *folded = kp_czech_fold (name);
  GString         *out = g_string_new (NULL);
  char            *bracket;

  g_strstrip (folded);
  bracket = strrchr (folded, '(');
  if (bracket != NULL && bracket > folded && folded[strlen (folded) - 1] == ')')
    *bracket = '\0';

  for (const char *p = folded; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_c (out, *p);
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

static gboolean
is_code (const GroupList *list,
         const char      *text)
{
  return text != NULL && g_str_has_prefix (text, list->prefix);
}

/* A list name that is a real name: not missing, not blank, not the code itself (a store
 * falls back to the code when the list had no name). */
static const char *
real_name (const char *list_name)
{
  if (list_name == NULL || (strchr (list_name, '/') != NULL && strchr (list_name, ' ') == NULL))
    return NULL;
  for (const char *p = list_name; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return list_name;
  return NULL;
}

static const KpGroupInfo *
find_by_code (const GroupList *list,
              const char      *code)
{
  for (guint i = 0; code != NULL && i < list->n_items; i++)
    if (list->items[i].code != NULL && strcmp (list->items[i].code, code) == 0)
      return &list->items[i];
  return NULL;
}

static const KpGroupInfo *
find_by_name (const GroupList *list,
              const char      *name)
{
  g_autofree char *wanted = NULL;

  if (name == NULL)
    return NULL;
  wanted = normalise_name (name);
  for (guint i = 0; i < list->n_items; i++)
    {
      g_autofree char *candidate = normalise_name (list->items[i].name);

      if (strcmp (candidate, wanted) == 0)
        return &list->items[i];
    }
  return NULL;
}

static gboolean
list_is_known (const GroupList *list,
               const char      *code,
               const char      *list_name)
{
  return real_name (list_name) != NULL || find_by_code (list, code) != NULL;
}

static KpPlanningGroups
list_planning_groups (const GroupList *list,
                      const char      *code,
                      const char      *list_name)
{
  const KpGroupInfo *info = find_by_code (list, code);

  if (info == NULL)
    info = find_by_name (list, real_name (list_name));
  return info != NULL ? info->groups : 0;
}

static const char *
code_number (const GroupList *list,
             const char      *code)
{
  return is_code (list, code) ? code + strlen (list->prefix) : NULL;
}

/* The name of a code, or NULL when it has none: then *out_number is the code's number (or
 * the code when it has another form; NULL without a code). */
static char *
list_dup_name (const GroupList *list,
               const char      *code,
               const char      *list_name,
               const char     **out_number)
{
  const KpGroupInfo *info = find_by_code (list, code);
  const char        *name = real_name (list_name);
  const char        *number = code_number (list, code);

  if (name != NULL)
    return g_strdup (name);
  if (info != NULL)
    return g_strdup (info->name);
  *out_number = number != NULL ? number : (code != NULL && *code != '\0' ? code : NULL);
  return NULL;
}

/* Every target group Komplan knows a name of: the verified codes first, then the names of
 * DOMAIN.md §1.3, for pickers and for checking the names in a plan file. */
const KpGroupInfo *
kp_target_groups_all (guint *out_n)
{
  *out_n = G_N_ELEMENTS (target_groups);
  return target_groups;
}

/**
 * kp_target_group_find_name:
 * @name: a target group's name as a user or a file writes it
 *
 * Returns: (nullable): the registry's spelling of @name ("senioři" for "Senioři"), compared
 *   without regard to case, diacritics and spacing; %NULL when no target group has it
 */
const char *
kp_target_group_find_name (const char *name)
{
  g_autofree char *wanted = NULL;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return NULL;
  wanted = normalise_name (name);
  for (guint i = 0; i < G_N_ELEMENTS (target_groups); i++)
    {
      g_autofree char *known = normalise_name (target_groups[i].name);

      if (strcmp (known, wanted) == 0)
        return target_groups[i].name;
    }
  return NULL;
}

const KpGroupInfo *
kp_target_groups_builtin (guint *out_n)
{
  *out_n = N_VERIFIED_TARGET_GROUPS;
  return target_groups;
}

gboolean
kp_target_group_is_code (const char *text)
{
  return is_code (&target_list, text);
}

const char *
kp_target_group_code_number (const char *code)
{
  return code_number (&target_list, code);
}

gboolean
kp_target_group_is_known (const char *code,
                          const char *list_name)
{
  return list_is_known (&target_list, code, list_name);
}

KpPlanningGroups
kp_target_group_get_planning_groups (const char *code,
                                     const char *list_name)
{
  return list_planning_groups (&target_list, code, list_name);
}

/**
 * kp_target_group_format:
 * @code: (nullable): "CilovaSkupinaOsoby/24"
 * @list_name: (nullable): the code's name in the imported MPSV list
 * @out_unknown: (out) (optional): set to whether the code has no known name
 *
 * Returns: (transfer full): the name to show
 */
char *
kp_target_group_format (const char *code,
                        const char *list_name,
                        gboolean   *out_unknown)
{
  const char *number = NULL;
  char       *name = list_dup_name (&target_list, code, list_name, &number);

  if (out_unknown != NULL)
    *out_unknown = name == NULL;
  if (name != NULL)
    return name;
  if (number == NULL)
    return g_strdup (_ ("unknown target group"));
  /* Translators: a registry code whose name Komplan does not know; %s is its number */
  return g_strdup_printf (_ ("unknown target group (code %s)"), number);
}

/* A stored name places the code by the name alone: a verified code's name ("senioři") finds
 * its code's groups too. */
KpPlanningGroups
kp_target_group_get_planning_groups_stored (const char *stored)
{
  if (kp_target_group_is_code (stored))
    return kp_target_group_get_planning_groups (stored, NULL);
  return kp_target_group_get_planning_groups (NULL, stored);
}

char *
kp_target_group_format_stored (const char *stored,
                               gboolean   *out_unknown)
{
  if (kp_target_group_is_code (stored))
    return kp_target_group_format (stored, NULL, out_unknown);
  return kp_target_group_format (NULL, stored, out_unknown);
}

gboolean
kp_age_group_is_code (const char *text)
{
  return is_code (&age_list, text);
}

gboolean
kp_age_group_is_known (const char *code,
                       const char *list_name)
{
  return list_is_known (&age_list, code, list_name);
}

KpPlanningGroups
kp_age_group_get_planning_groups (const char *code,
                                  const char *list_name)
{
  return list_planning_groups (&age_list, code, list_name);
}

char *
kp_age_group_format (const char *code,
                     const char *list_name,
                     gboolean   *out_unknown)
{
  const char *number = NULL;
  char       *name = list_dup_name (&age_list, code, list_name, &number);

  if (out_unknown != NULL)
    *out_unknown = name == NULL;
  if (name != NULL)
    return name;
  if (number == NULL)
    return g_strdup (_ ("unknown age group"));
  /* Translators: a registry code whose name Komplan does not know; %s is its number */
  return g_strdup_printf (_ ("unknown age group (code %s)"), number);
}

KpPlanningGroups
kp_age_group_get_planning_groups_stored (const char *stored)
{
  if (kp_age_group_is_code (stored))
    return kp_age_group_get_planning_groups (stored, NULL);
  return kp_age_group_get_planning_groups (NULL, stored);
}

char *
kp_age_group_format_stored (const char *stored,
                            gboolean   *out_unknown)
{
  if (kp_age_group_is_code (stored))
    return kp_age_group_format (stored, NULL, out_unknown);
  return kp_age_group_format (NULL, stored, out_unknown);
}
