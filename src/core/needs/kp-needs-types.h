/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The vocabularies of the needs analysis. Each value has a stable ASCII id that the project
 * file stores, the command line and JSON read and write ("public", "multiple"), and a
 * translated label. The from_string functions return FALSE for NULL or an unknown id and
 * leave *out untouched. */

/**
 * KpRespondentGroup:
 * @KP_RESPONDENT_PUBLIC: the public (veřejnost)
 * @KP_RESPONDENT_USERS: users of services (uživatelé)
 * @KP_RESPONDENT_COMMISSIONERS: obce as commissioners (obce, zadavatelé)
 * @KP_RESPONDENT_PROVIDERS: providers of services (poskytovatelé)
 *
 * Who a survey asked.
 */
typedef enum
{
  KP_RESPONDENT_PUBLIC,
  KP_RESPONDENT_USERS,
  KP_RESPONDENT_COMMISSIONERS,
  KP_RESPONDENT_PROVIDERS,
  KP_N_RESPONDENT_GROUPS
} KpRespondentGroup;

/**
 * KpQuestionType:
 * @KP_QUESTION_SINGLE: one of the choices
 * @KP_QUESTION_MULTIPLE: any of the choices, in one cell separated by ";" or ","
 * @KP_QUESTION_SCALE: a scale from 1 to 5
 * @KP_QUESTION_YES_NO: ano / ne
 * @KP_QUESTION_NUMBER: a number
 * @KP_QUESTION_TEXT: an open answer
 * @KP_QUESTION_OBEC: the obec the respondent lives in
 * @KP_QUESTION_AGE_BAND: the respondent's age band ("18–29", "65 a více")
 */
typedef enum
{
  KP_QUESTION_SINGLE,
  KP_QUESTION_MULTIPLE,
  KP_QUESTION_SCALE,
  KP_QUESTION_YES_NO,
  KP_QUESTION_NUMBER,
  KP_QUESTION_TEXT,
  KP_QUESTION_OBEC,
  KP_QUESTION_AGE_BAND,
  KP_N_QUESTION_TYPES
} KpQuestionType;

/**
 * KpFindingSource:
 * @KP_FINDING_STATISTICS: statistics (ČSÚ, the indicator profile)
 * @KP_FINDING_SURVEY: a survey question
 * @KP_FINDING_WORKING_GROUP: a working group
 * @KP_FINDING_PROVIDER_DATA: data of the providers
 * @KP_FINDING_COMMISSIONER: a commissioner (an obec, the kraj)
 */
typedef enum
{
  KP_FINDING_STATISTICS,
  KP_FINDING_SURVEY,
  KP_FINDING_WORKING_GROUP,
  KP_FINDING_PROVIDER_DATA,
  KP_FINDING_COMMISSIONER,
  KP_N_FINDING_SOURCES
} KpFindingSource;

/**
 * KpNeedType:
 * @KP_NEED_NORMATIVE: measured against a standard (normativní)
 * @KP_NEED_FELT: what people say they need (pociťovaná)
 * @KP_NEED_EXPRESSED: demand shown by requests and waiting lists (vyjádřená)
 * @KP_NEED_COMPARATIVE: found by comparing with other areas (srovnávací)
 *
 * Bradshaw's four types of need (DOMAIN.md §5.3).
 */
typedef enum
{
  KP_NEED_NORMATIVE,
  KP_NEED_FELT,
  KP_NEED_EXPRESSED,
  KP_NEED_COMPARATIVE,
  KP_N_NEED_TYPES
} KpNeedType;

/**
 * KpSwotQuadrant:
 * @KP_SWOT_STRENGTHS: silné stránky
 * @KP_SWOT_WEAKNESSES: slabé stránky
 * @KP_SWOT_OPPORTUNITIES: příležitosti
 * @KP_SWOT_THREATS: hrozby
 */
typedef enum
{
  KP_SWOT_STRENGTHS,
  KP_SWOT_WEAKNESSES,
  KP_SWOT_OPPORTUNITIES,
  KP_SWOT_THREATS,
  KP_N_SWOT_QUADRANTS
} KpSwotQuadrant;

/**
 * KpPopulationBase:
 * @KP_POPULATION_TOTAL: all inhabitants
 * @KP_POPULATION_0_14: inhabitants aged 0–14
 * @KP_POPULATION_15_64: inhabitants aged 15–64
 * @KP_POPULATION_65_PLUS: inhabitants aged 65 and over
 * @KP_POPULATION_80_PLUS: inhabitants aged 80 and over
 *
 * The population a coverage ratio divides a capacity by.
 */
typedef enum
{
  KP_POPULATION_TOTAL,
  KP_POPULATION_0_14,
  KP_POPULATION_15_64,
  KP_POPULATION_65_PLUS,
  KP_POPULATION_80_PLUS,
  KP_N_POPULATION_BASES
} KpPopulationBase;

/**
 * KpRag:
 * @KP_RAG_NONE: not compared (no comparator, no value, or no better direction)
 * @KP_RAG_BETTER: better than the comparator (green)
 * @KP_RAG_SIMILAR: within 5 % of it (amber)
 * @KP_RAG_WORSE: worse (red)
 */
typedef enum
{
  KP_RAG_NONE,
  KP_RAG_BETTER,
  KP_RAG_SIMILAR,
  KP_RAG_WORSE,
} KpRag;

const char *kp_respondent_group_to_string (KpRespondentGroup group);
gboolean    kp_respondent_group_from_string (const char        *id,
                                             KpRespondentGroup *out_group);
const char *kp_respondent_group_get_label (KpRespondentGroup group);

const char *kp_question_type_to_string (KpQuestionType type);
gboolean    kp_question_type_from_string (const char     *id,
                                          KpQuestionType *out_type);
const char *kp_question_type_get_label (KpQuestionType type);
/* Whether answers are counted by choice (single, multiple, scale, yes/no, obec, age
 * band), not read as numbers or text. */
gboolean kp_question_type_has_choices (KpQuestionType type);

const char *kp_finding_source_to_string (KpFindingSource source);
gboolean    kp_finding_source_from_string (const char      *id,
                                           KpFindingSource *out_source);
const char *kp_finding_source_get_label (KpFindingSource source);

const char *kp_need_type_to_string (KpNeedType type);
gboolean    kp_need_type_from_string (const char *id,
                                      KpNeedType *out_type);
const char *kp_need_type_get_label (KpNeedType type);

const char *kp_swot_quadrant_to_string (KpSwotQuadrant quadrant);
gboolean    kp_swot_quadrant_from_string (const char     *id,
                                          KpSwotQuadrant *out_quadrant);
const char *kp_swot_quadrant_get_label (KpSwotQuadrant quadrant);

/* Ids "total", "0_14", "15_64", "65_plus", "80_plus"; labels "obyvatelé celkem",
 * "obyvatelé 65+". */
const char *kp_population_base_to_string (KpPopulationBase base);
gboolean    kp_population_base_from_string (const char       *id,
                                            KpPopulationBase *out_base);
const char *kp_population_base_get_label (KpPopulationBase base);
/* Short, for a chart's label: "všichni", "0–14", "65+". */
const char *kp_population_base_get_short_label (KpPopulationBase base);

/* Priority of a finding: 1 high, 2 medium, 3 low; "vysoká", "střední", "nízká". */
const char *kp_finding_priority_get_label (int priority);

G_END_DECLS
