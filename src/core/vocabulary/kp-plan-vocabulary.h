/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * KpActivityStatus:
 * @KP_ACTIVITY_STATUS_NOT_STARTED: nezahájeno
 * @KP_ACTIVITY_STATUS_IN_PROGRESS: probíhá
 * @KP_ACTIVITY_STATUS_DONE: splněno
 * @KP_ACTIVITY_STATUS_PARTLY_DONE: částečně splněno
 * @KP_ACTIVITY_STATUS_NOT_DONE: nesplněno
 * @KP_ACTIVITY_STATUS_MOVED: přesunuto (to a later year or plan)
 * @KP_ACTIVITY_STATUS_CANCELLED: zrušeno
 *
 * The state of a plan activity (DOMAIN.md §2.4), in the order a picker lists them.
 */
typedef enum
{
  KP_ACTIVITY_STATUS_NOT_STARTED,
  KP_ACTIVITY_STATUS_IN_PROGRESS,
  KP_ACTIVITY_STATUS_DONE,
  KP_ACTIVITY_STATUS_PARTLY_DONE,
  KP_ACTIVITY_STATUS_NOT_DONE,
  KP_ACTIVITY_STATUS_MOVED,
  KP_ACTIVITY_STATUS_CANCELLED,
  KP_N_ACTIVITY_STATUSES
} KpActivityStatus;

/* Stable ASCII ids stored in project files: "not_started", "in_progress", "done",
 * "partly_done", "not_done", "moved", "cancelled". */
const char *kp_activity_status_to_string (KpActivityStatus status);
gboolean    kp_activity_status_from_string (const char       *id,
                                            KpActivityStatus *out_status);
/* The Czech word of plan files ("probíhá", "částečně splněno"): data, never translated;
 * compared without regard to case. */
const char *kp_activity_status_get_word (KpActivityStatus status);
gboolean    kp_activity_status_from_word (const char       *word,
                                          KpActivityStatus *out_status);
/* Translated, as a label: "In progress" ("Probíhá"). */
const char *kp_activity_status_get_name (KpActivityStatus status);
/* Whether an activity in this state is still to be done (it moves to the next action
 * plan): not started, in progress, partly done and moved. */
gboolean kp_activity_status_is_unfinished (KpActivityStatus status);

/**
 * KpFinancingSource:
 * @KP_FINANCING_SOURCE_MPSV: MPSV subsidy through the kraj (§101a)
 * @KP_FINANCING_SOURCE_KRAJ: the kraj's own money
 * @KP_FINANCING_SOURCE_OBEC: an obec (optionally which one, by its code)
 * @KP_FINANCING_SOURCE_UHRADY: users' fees (úhrady)
 * @KP_FINANCING_SOURCE_PNP: příspěvek na péči
 * @KP_FINANCING_SOURCE_ZP: health insurance companies
 * @KP_FINANCING_SOURCE_ESF: ESF+ (OPZ+)
 * @KP_FINANCING_SOURCE_IROP: IROP
 * @KP_FINANCING_SOURCE_NADACE: foundations
 * @KP_FINANCING_SOURCE_JINE: other sources
 *
 * Where the money of an activity comes from (DOMAIN.md §1.6), in the order budget tables
 * list them.
 */
typedef enum
{
  KP_FINANCING_SOURCE_MPSV,
  KP_FINANCING_SOURCE_KRAJ,
  KP_FINANCING_SOURCE_OBEC,
  KP_FINANCING_SOURCE_UHRADY,
  KP_FINANCING_SOURCE_PNP,
  KP_FINANCING_SOURCE_ZP,
  KP_FINANCING_SOURCE_ESF,
  KP_FINANCING_SOURCE_IROP,
  KP_FINANCING_SOURCE_NADACE,
  KP_FINANCING_SOURCE_JINE,
  KP_N_FINANCING_SOURCES
} KpFinancingSource;

/* Stable ASCII ids of files and the command line: "mpsv", "kraj", "obec", "uhrady",
 * "pnp", "zp", "esf", "irop", "nadace", "jine". */
const char *kp_financing_source_to_string (KpFinancingSource source);
gboolean    kp_financing_source_from_string (const char        *id,
                                             KpFinancingSource *out_source);
/* Translated: "MPSV (through the kraj)" ("MPSV (prostřednictvím kraje)"). */
const char *kp_financing_source_get_name (KpFinancingSource source);

/**
 * KpApprovalBody:
 * @KP_APPROVAL_BODY_ZASTUPITELSTVO: the town or obec council (zastupitelstvo)
 * @KP_APPROVAL_BODY_RADA: the town board (rada)
 * @KP_APPROVAL_BODY_SPRAVNI_RADA_MAS: the board of a MAS (správní rada)
 *
 * Who approved a version of a plan (DOMAIN.md §2.1).
 */
typedef enum
{
  KP_APPROVAL_BODY_ZASTUPITELSTVO,
  KP_APPROVAL_BODY_RADA,
  KP_APPROVAL_BODY_SPRAVNI_RADA_MAS,
  KP_N_APPROVAL_BODIES
} KpApprovalBody;

/* "zastupitelstvo", "rada", "spravni_rada_mas" */
const char *kp_approval_body_to_string (KpApprovalBody body);
gboolean    kp_approval_body_from_string (const char     *id,
                                          KpApprovalBody *out_body);
const char *kp_approval_body_get_name (KpApprovalBody body);

/**
 * KpSettlement:
 * @KP_SETTLEMENT_ACCEPTED: the comment was accepted (vyhověno)
 * @KP_SETTLEMENT_PARTLY: accepted in part (částečně vyhověno)
 * @KP_SETTLEMENT_REJECTED: rejected (nevyhověno)
 * @KP_SETTLEMENT_NOTED: taken into account (vzato na vědomí)
 *
 * How a public comment on a plan was settled.
 */
typedef enum
{
  KP_SETTLEMENT_ACCEPTED,
  KP_SETTLEMENT_PARTLY,
  KP_SETTLEMENT_REJECTED,
  KP_SETTLEMENT_NOTED,
  KP_N_SETTLEMENTS
} KpSettlement;

/* "accepted", "partly", "rejected", "noted" */
const char *kp_settlement_to_string (KpSettlement settlement);
gboolean    kp_settlement_from_string (const char   *id,
                                       KpSettlement *out_settlement);
const char *kp_settlement_get_name (KpSettlement settlement);

/* Money in whole Kč, the Czech way: "1 234 567 Kč" (no-break spaces). */
char *kp_format_money (gint64 amount);
/* Reads what a user typed as money in whole Kč: digits with any spaces between the
 * thousands, then optionally ",-", ",00" and "Kč" ("1 234 567 Kč", "120000,-"). %FALSE for
 * anything else: empty text, a sign, haléře, more than 15 digits. */
gboolean kp_parse_money (const char *text,
                         gint64     *out_amount);
/* Reads a number the Czech way ("1 234,5"; a dot is taken as the decimal mark too). %FALSE
 * for empty text or anything that is not a finite number. */
gboolean kp_parse_number (const char *text,
                          double     *out_value);
/* Reads a date the Czech way ("8. 12. 2025", "8.12.2025") or as ISO ("2025-12-08").
 * Returns: (transfer full) (nullable): the ISO date, %NULL when @text is no real date */
char *kp_parse_date (const char *text);

G_END_DECLS
