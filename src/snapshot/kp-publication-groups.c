/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-catalogue-builder.h"
#include "kp-czech.h"
#include "kp-document-text.h"
#include "kp-target-group.h"

#include <string.h>

/* The groups a leaflet is for, and which services each one lists: by the target groups a
 * service is registered for, else by its type (kp-catalogue-builder.h). */

/* Leaflet groups: the words of registry target groups (folded: no diacritics, lower case)
 * and the types of service that belong to each. */
static const struct
{
  const char *id;
  const char *title;
  const char *introduction;
  const char *words[8];
  const char *types[14];
} groups[KP_PUBLICATION_N_GROUPS] = {
  [KP_PUBLICATION_GROUP_ALL] = { NULL, NULL, NULL, { NULL }, { NULL } },
  [KP_PUBLICATION_GROUP_SENIORS] = {
      "seniors",
      N_ ("Seniors"),
      N_ ("Help for older people who want to stay at home for as long as possible, and for "
          "those who care for them: care at home, day care, residential homes and advice."),
      { "senior", "demenc", "pecujici", "paliativ", NULL },
      { "/4", "/5", "/8", "/9", "/13", "/14", "/29", NULL },
  },
  [KP_PUBLICATION_GROUP_FAMILIES] = {
      "families",
      N_ ("Families with Children"),
      N_ ("Support for parents and children in difficult times: early care, help at home, "
          "clubs for young people and advice."),
      { "rodin", "dit", "deti", "mladez", "matk", NULL },
      { "/17", "/25", "/28", NULL },
  },
  [KP_PUBLICATION_GROUP_CRISIS] = {
      "crisis",
      N_ ("People in Crisis"),
      N_ ("When life suddenly goes wrong – violence, loss of home, debts or a crisis you cannot "
          "cope with alone – these services help quickly, often free of charge and "
          "anonymously."),
      { "kriz", "nasili", "obet", "bez pristresi", "bez domova", "zavisl", "dluh", NULL },
      { "/18", "/20", "/21", "/22", "/23", "/24", "/26", "/32", "/34", NULL },
  },
  [KP_PUBLICATION_GROUP_DISABILITY] = {
      "disability",
      N_ ("People with Disabilities"),
      N_ ("Services that help people with a physical, sensory, mental or psychiatric "
          "disability live an independent life: personal assistance, day care, sheltered "
          "housing and rehabilitation."),
      { "postizen", "dusevn", "chronick", "mentaln", NULL },
      { "/3", "/6", "/7", "/10", "/11", "/12", "/15", "/19", "/30", "/33", "/35", NULL },
  },
};

const char *
kp_publication_group_to_string (KpPublicationGroup group)
{
  g_return_val_if_fail (group < KP_PUBLICATION_N_GROUPS, NULL);
  return groups[group].id;
}

const char *
kp_publication_group_get_title (KpPublicationGroup group)
{
  g_return_val_if_fail (group < KP_PUBLICATION_N_GROUPS, NULL);
  if (group == KP_PUBLICATION_GROUP_ALL)
    return D_ ("All services");
  return D_ (groups[group].title);
}

const char *
kp_publication_group_get_introduction (KpPublicationGroup group)
{
  g_return_val_if_fail (group < KP_PUBLICATION_N_GROUPS, NULL);
  return groups[group].introduction != NULL ? D_ (groups[group].introduction) : NULL;
}

gboolean
kp_publication_group_from_string (const char         *text,
                                  KpPublicationGroup *out_group)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  folded = kp_czech_fold (text);
  g_strstrip (folded);
  for (int g = KP_PUBLICATION_GROUP_SENIORS; g < KP_PUBLICATION_N_GROUPS; g++)
    {
      g_autofree char *title = kp_czech_fold (D_ (groups[g].title));
      g_autofree char *english = kp_czech_fold (groups[g].title);

      if (strcmp (folded, groups[g].id) == 0 || strcmp (folded, title) == 0 ||
          strcmp (folded, english) == 0)
        {
          *out_group = g;
          return TRUE;
        }
    }
  /* The Czech names, whatever the language of the process. */
  {
    static const struct
    {
      const char        *name;
      KpPublicationGroup group;
    } czech[] = {
      { "seniori", KP_PUBLICATION_GROUP_SENIORS },
      { "rodiny s detmi", KP_PUBLICATION_GROUP_FAMILIES },
      { "lide v krizi", KP_PUBLICATION_GROUP_CRISIS },
      { "osoby se zdravotnim postizenim", KP_PUBLICATION_GROUP_DISABILITY },
    };

    for (guint i = 0; i < G_N_ELEMENTS (czech); i++)
      if (strcmp (folded, czech[i].name) == 0)
        {
          *out_group = czech[i].group;
          return TRUE;
        }
  }
  return FALSE;
}

static gboolean
type_in_group (KpPublicationGroup group,
               const char        *type_code)
{
  const char *slash = type_code != NULL ? strrchr (type_code, '/') : NULL;

  if (slash == NULL || !g_str_has_prefix (type_code, "DruhSocialniSluzby/"))
    return FALSE;
  for (guint i = 0; groups[group].types[i] != NULL; i++)
    if (strcmp (slash, groups[group].types[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
names_in_group (KpPublicationGroup group,
                const char *const *names)
{
  for (guint n = 0; names != NULL && names[n] != NULL; n++)
    {
      g_autofree char *folded = kp_czech_fold (names[n]);

      for (guint i = 0; groups[group].words[i] != NULL; i++)
        if (strstr (folded, groups[group].words[i]) != NULL)
          return TRUE;
    }
  return FALSE;
}

/* Whether @names has a target group known by its name, not only by a registry code that no
 * imported code list names (kp-target-group.h). */
static gboolean
has_known_name (const char *const *names)
{
  for (guint n = 0; names != NULL && names[n] != NULL; n++)
    if (!kp_target_group_is_code (names[n]))
      return TRUE;
  return FALSE;
}

/* The leaflet group a type of service belongs to, or ALL when none claims it. */
static KpPublicationGroup
group_of_type (const char *type_code)
{
  for (int g = KP_PUBLICATION_GROUP_SENIORS; g < KP_PUBLICATION_N_GROUPS; g++)
    if (type_in_group (g, type_code))
      return g;
  return KP_PUBLICATION_GROUP_ALL;
}

/**
 * kp_catalogue_builder_primary_target_group:
 * @type_code: (nullable): the registry code of the type of service ("DruhSocialniSluzby/4")
 * @names: (nullable): the service's target groups, as stored
 *
 * Which of a service's target groups is its main one, the chapter it appears under in a
 * catalogue by target group. The type of service decides when one of the groups fits it:
 * pečovatelská služba, tísňová péče, odlehčovací služby or domovy pro seniory serve seniors
 * first, azylové domy people in crisis, raná péče and sociálně aktivizační služby pro rodiny
 * families (the types of each leaflet group above); of several groups that fit, the one
 * nearest the leaflet group's core ("senioři" before "osoby žijící s demencí"). Otherwise the
 * first group as stored.
 *
 * Returns: the index into @names, or -1 when @names is empty
 */
int
kp_catalogue_builder_primary_target_group (const char        *type_code,
                                           const char *const *names)
{
  KpPublicationGroup home = group_of_type (type_code);
  int                best = 0, best_word = G_MAXINT;

  if (names == NULL || names[0] == NULL)
    return -1;
  for (int i = 0; home != KP_PUBLICATION_GROUP_ALL && names[i] != NULL; i++)
    {
      g_autofree char *folded = kp_czech_fold (names[i]);

      for (int w = 0; w < best_word && groups[home].words[w] != NULL; w++)
        if (strstr (folded, groups[home].words[w]) != NULL)
          {
            best = i;
            best_word = w;
          }
    }
  return best;
}

/**
 * kp_publication_group_matches:
 *
 * Returns: whether @service is for @group: by the target groups it is registered for;
 *   only a service registered for none (or for groups known only by their codes, when the
 *   code list was not imported) goes by its age groups and its type (a day-care
 *   centre registered for seniors only is no service for people with disabilities, though
 *   its type usually is); a local crisis line is for people in crisis
 */
gboolean
kp_publication_group_matches (KpPublicationGroup group,
                              KpService         *service)
{
  const char *const *targets;

  g_return_val_if_fail (group < KP_PUBLICATION_N_GROUPS, FALSE);
  g_return_val_if_fail (KP_IS_SERVICE (service), FALSE);
  if (group == KP_PUBLICATION_GROUP_ALL)
    return TRUE;
  if (group == KP_PUBLICATION_GROUP_CRISIS &&
      kp_service_get_local_kind (service) == KP_SERVICE_LOCAL_CRISIS_LINE)
    return TRUE;
  targets = kp_service_get_target_groups (service);
  if (has_known_name (targets))
    return names_in_group (group, targets);
  return names_in_group (group, kp_service_get_age_groups (service)) ||
         type_in_group (group, kp_service_get_type_code (service));
}
