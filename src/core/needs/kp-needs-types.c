/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-needs-types.h"

#include <string.h>

typedef struct
{
  const char *id;
  const char *label;
} Entry;

static const Entry respondent_groups[KP_N_RESPONDENT_GROUPS] = {
  [KP_RESPONDENT_PUBLIC] = { "public", NC_ ("respondents", "Public") },
  [KP_RESPONDENT_USERS] = { "users", NC_ ("respondents", "Users of services") },
  [KP_RESPONDENT_COMMISSIONERS] = { "commissioners", NC_ ("respondents", "Obce (commissioners)") },
  [KP_RESPONDENT_PROVIDERS] = { "providers", NC_ ("respondents", "Providers") },
};

static const Entry question_types[KP_N_QUESTION_TYPES] = {
  [KP_QUESTION_SINGLE] = { "single", NC_ ("question type", "Single choice") },
  [KP_QUESTION_MULTIPLE] = { "multiple", NC_ ("question type", "Multiple choice") },
  [KP_QUESTION_SCALE] = { "scale", NC_ ("question type", "Scale 1–5") },
  [KP_QUESTION_YES_NO] = { "yes_no", NC_ ("question type", "Yes / no") },
  [KP_QUESTION_NUMBER] = { "number", NC_ ("question type", "Number") },
  [KP_QUESTION_TEXT] = { "text", NC_ ("question type", "Open answer") },
  [KP_QUESTION_OBEC] = { "obec", NC_ ("question type", "Obec of residence") },
  [KP_QUESTION_AGE_BAND] = { "age_band", NC_ ("question type", "Age band") },
};

static const Entry finding_sources[KP_N_FINDING_SOURCES] = {
  [KP_FINDING_STATISTICS] = { "statistics", NC_ ("finding source", "Statistics") },
  [KP_FINDING_SURVEY] = { "survey", NC_ ("finding source", "Survey") },
  [KP_FINDING_WORKING_GROUP] = { "working_group", NC_ ("finding source", "Working group") },
  [KP_FINDING_PROVIDER_DATA] = { "provider_data", NC_ ("finding source", "Provider data") },
  [KP_FINDING_COMMISSIONER] = { "commissioner", NC_ ("finding source", "Commissioner") },
};

static const Entry need_types[KP_N_NEED_TYPES] = {
  [KP_NEED_NORMATIVE] = { "normative", NC_ ("need type", "Normative") },
  [KP_NEED_FELT] = { "felt", NC_ ("need type", "Felt") },
  [KP_NEED_EXPRESSED] = { "expressed", NC_ ("need type", "Expressed") },
  [KP_NEED_COMPARATIVE] = { "comparative", NC_ ("need type", "Comparative") },
};

static const Entry swot_quadrants[KP_N_SWOT_QUADRANTS] = {
  [KP_SWOT_STRENGTHS] = { "strengths", NC_ ("SWOT", "Strengths") },
  [KP_SWOT_WEAKNESSES] = { "weaknesses", NC_ ("SWOT", "Weaknesses") },
  [KP_SWOT_OPPORTUNITIES] = { "opportunities", NC_ ("SWOT", "Opportunities") },
  [KP_SWOT_THREATS] = { "threats", NC_ ("SWOT", "Threats") },
};

static const Entry population_bases[KP_N_POPULATION_BASES] = {
  [KP_POPULATION_TOTAL] = { "total", NC_ ("population base", "All inhabitants") },
  [KP_POPULATION_0_14] = { "0_14", NC_ ("population base", "Inhabitants aged 0–14") },
  [KP_POPULATION_15_64] = { "15_64", NC_ ("population base", "Inhabitants aged 15–64") },
  [KP_POPULATION_65_PLUS] = { "65_plus", NC_ ("population base", "Inhabitants aged 65+") },
  [KP_POPULATION_80_PLUS] = { "80_plus", NC_ ("population base", "Inhabitants aged 80+") },
};

static gboolean
find (const Entry *entries,
      guint        n,
      const char  *id,
      guint       *out_index)
{
  for (guint i = 0; id != NULL && i < n; i++)
    if (strcmp (entries[i].id, id) == 0)
      {
        *out_index = i;
        return TRUE;
      }
  return FALSE;
}

/* The context of each table, for the labels' translations. */
#define LABEL(entries, context, value, n) \
  ((value) < (n) ? g_dpgettext2 (GETTEXT_PACKAGE, context, entries[value].label) : NULL)

const char *
kp_respondent_group_to_string (KpRespondentGroup group)
{
  g_return_val_if_fail (group < KP_N_RESPONDENT_GROUPS, NULL);
  return respondent_groups[group].id;
}

gboolean
kp_respondent_group_from_string (const char        *id,
                                 KpRespondentGroup *out_group)
{
  guint i;

  if (!find (respondent_groups, KP_N_RESPONDENT_GROUPS, id, &i))
    return FALSE;
  *out_group = (KpRespondentGroup) i;
  return TRUE;
}

const char *
kp_respondent_group_get_label (KpRespondentGroup group)
{
  g_return_val_if_fail (group < KP_N_RESPONDENT_GROUPS, NULL);
  return LABEL (respondent_groups, "respondents", group, KP_N_RESPONDENT_GROUPS);
}

const char *
kp_question_type_to_string (KpQuestionType type)
{
  g_return_val_if_fail (type < KP_N_QUESTION_TYPES, NULL);
  return question_types[type].id;
}

gboolean
kp_question_type_from_string (const char     *id,
                              KpQuestionType *out_type)
{
  guint i;

  if (!find (question_types, KP_N_QUESTION_TYPES, id, &i))
    return FALSE;
  *out_type = (KpQuestionType) i;
  return TRUE;
}

const char *
kp_question_type_get_label (KpQuestionType type)
{
  g_return_val_if_fail (type < KP_N_QUESTION_TYPES, NULL);
  return LABEL (question_types, "question type", type, KP_N_QUESTION_TYPES);
}

gboolean
kp_question_type_has_choices (KpQuestionType type)
{
  return type != KP_QUESTION_NUMBER && type != KP_QUESTION_TEXT;
}

const char *
kp_finding_source_to_string (KpFindingSource source)
{
  g_return_val_if_fail (source < KP_N_FINDING_SOURCES, NULL);
  return finding_sources[source].id;
}

gboolean
kp_finding_source_from_string (const char      *id,
                               KpFindingSource *out_source)
{
  guint i;

  if (!find (finding_sources, KP_N_FINDING_SOURCES, id, &i))
    return FALSE;
  *out_source = (KpFindingSource) i;
  return TRUE;
}

const char *
kp_finding_source_get_label (KpFindingSource source)
{
  g_return_val_if_fail (source < KP_N_FINDING_SOURCES, NULL);
  return LABEL (finding_sources, "finding source", source, KP_N_FINDING_SOURCES);
}

const char *
kp_need_type_to_string (KpNeedType type)
{
  g_return_val_if_fail (type < KP_N_NEED_TYPES, NULL);
  return need_types[type].id;
}

gboolean
kp_need_type_from_string (const char *id,
                          KpNeedType *out_type)
{
  guint i;

  if (!find (need_types, KP_N_NEED_TYPES, id, &i))
    return FALSE;
  *out_type = (KpNeedType) i;
  return TRUE;
}

const char *
kp_need_type_get_label (KpNeedType type)
{
  g_return_val_if_fail (type < KP_N_NEED_TYPES, NULL);
  return LABEL (need_types, "need type", type, KP_N_NEED_TYPES);
}

const char *
kp_swot_quadrant_to_string (KpSwotQuadrant quadrant)
{
  g_return_val_if_fail (quadrant < KP_N_SWOT_QUADRANTS, NULL);
  return swot_quadrants[quadrant].id;
}

gboolean
kp_swot_quadrant_from_string (const char     *id,
                              KpSwotQuadrant *out_quadrant)
{
  guint i;

  if (!find (swot_quadrants, KP_N_SWOT_QUADRANTS, id, &i))
    return FALSE;
  *out_quadrant = (KpSwotQuadrant) i;
  return TRUE;
}

const char *
kp_swot_quadrant_get_label (KpSwotQuadrant quadrant)
{
  g_return_val_if_fail (quadrant < KP_N_SWOT_QUADRANTS, NULL);
  return LABEL (swot_quadrants, "SWOT", quadrant, KP_N_SWOT_QUADRANTS);
}

const char *
kp_population_base_to_string (KpPopulationBase base)
{
  g_return_val_if_fail (base < KP_N_POPULATION_BASES, NULL);
  return population_bases[base].id;
}

gboolean
kp_population_base_from_string (const char       *id,
                                KpPopulationBase *out_base)
{
  guint i;

  if (!find (population_bases, KP_N_POPULATION_BASES, id, &i))
    return FALSE;
  *out_base = (KpPopulationBase) i;
  return TRUE;
}

const char *
kp_population_base_get_label (KpPopulationBase base)
{
  g_return_val_if_fail (base < KP_N_POPULATION_BASES, NULL);
  return LABEL (population_bases, "population base", base, KP_N_POPULATION_BASES);
}

const char *
kp_population_base_get_short_label (KpPopulationBase base)
{
  switch (base)
    {
    case KP_POPULATION_0_14:
      return "0–14";
    case KP_POPULATION_15_64:
      return "15–64";
    case KP_POPULATION_65_PLUS:
      return "65+";
    case KP_POPULATION_80_PLUS:
      return "80+";
    case KP_POPULATION_TOTAL:
    case KP_N_POPULATION_BASES:
    default:
      return C_ ("population base", "all");
    }
}

const char *
kp_finding_priority_get_label (int priority)
{
  switch (priority)
    {
    case 1:
      return C_ ("priority", "High");
    case 2:
      return C_ ("priority", "Medium");
    case 3:
      return C_ ("priority", "Low");
    default:
      g_return_val_if_reached (NULL);
    }
}
