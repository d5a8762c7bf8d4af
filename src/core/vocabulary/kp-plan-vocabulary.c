/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-vocabulary.h"
#include "kp-czech.h"

#include <math.h>
#include <string.h>

/* The words of plans: activity states (DOMAIN.md §2.4), financing sources (§1.6), who
 * approves a plan (§2.1) and how a comment is settled. The Czech words of plan files are
 * data; the names are translated. */

static const struct
{
  const char *id;
  const char *word;
  const char *name;
} statuses[KP_N_ACTIVITY_STATUSES] = {
  [KP_ACTIVITY_STATUS_NOT_STARTED] = { "not_started", "nezahájeno",
                                       NC_ ("activity status", "Not started") },
  [KP_ACTIVITY_STATUS_IN_PROGRESS] = { "in_progress", "probíhá",
                                       NC_ ("activity status", "In progress") },
  [KP_ACTIVITY_STATUS_DONE] = { "done", "splněno", NC_ ("activity status", "Done") },
  [KP_ACTIVITY_STATUS_PARTLY_DONE] = { "partly_done", "částečně splněno",
                                       NC_ ("activity status", "Partly done") },
  [KP_ACTIVITY_STATUS_NOT_DONE] = { "not_done", "nesplněno",
                                    NC_ ("activity status", "Not done") },
  [KP_ACTIVITY_STATUS_MOVED] = { "moved", "přesunuto", NC_ ("activity status", "Moved") },
  [KP_ACTIVITY_STATUS_CANCELLED] = { "cancelled", "zrušeno",
                                     NC_ ("activity status", "Cancelled") },
};

static const struct
{
  const char *id;
  const char *name;
} sources[KP_N_FINANCING_SOURCES] = {
  /* Translators: the state subsidy for social services, paid through the kraj */
  [KP_FINANCING_SOURCE_MPSV] = { "mpsv", NC_ ("financing source", "MPSV (through the kraj)") },
  [KP_FINANCING_SOURCE_KRAJ] = { "kraj", NC_ ("financing source", "Kraj") },
  [KP_FINANCING_SOURCE_OBEC] = { "obec", NC_ ("financing source", "Obce") },
  [KP_FINANCING_SOURCE_UHRADY] = { "uhrady", NC_ ("financing source", "Users’ fees") },
  [KP_FINANCING_SOURCE_PNP] = { "pnp", NC_ ("financing source", "Care allowance") },
  [KP_FINANCING_SOURCE_ZP] = { "zp", NC_ ("financing source", "Health insurance") },
  [KP_FINANCING_SOURCE_ESF] = { "esf", NC_ ("financing source", "ESF+ (OPZ+)") },
  [KP_FINANCING_SOURCE_IROP] = { "irop", NC_ ("financing source", "IROP") },
  [KP_FINANCING_SOURCE_NADACE] = { "nadace", NC_ ("financing source", "Foundations") },
  [KP_FINANCING_SOURCE_JINE] = { "jine", NC_ ("financing source", "Other sources") },
};

static const struct
{
  const char *id;
  const char *name;
} bodies[KP_N_APPROVAL_BODIES] = {
  [KP_APPROVAL_BODY_ZASTUPITELSTVO] = { "zastupitelstvo", NC_ ("approved by", "Council") },
  [KP_APPROVAL_BODY_RADA] = { "rada", NC_ ("approved by", "Board") },
  [KP_APPROVAL_BODY_SPRAVNI_RADA_MAS] = { "spravni_rada_mas",
                                          NC_ ("approved by", "Board of the MAS") },
};

static const struct
{
  const char *id;
  const char *name;
} settlements[KP_N_SETTLEMENTS] = {
  [KP_SETTLEMENT_ACCEPTED] = { "accepted", NC_ ("comment settlement", "Accepted") },
  [KP_SETTLEMENT_PARTLY] = { "partly", NC_ ("comment settlement", "Partly accepted") },
  [KP_SETTLEMENT_REJECTED] = { "rejected", NC_ ("comment settlement", "Rejected") },
  [KP_SETTLEMENT_NOTED] = { "noted", NC_ ("comment settlement", "Taken into account") },
};

const char *
kp_activity_status_to_string (KpActivityStatus status)
{
  g_return_val_if_fail (status < KP_N_ACTIVITY_STATUSES, NULL);
  return statuses[status].id;
}

gboolean
kp_activity_status_from_string (const char       *id,
                                KpActivityStatus *out_status)
{
  for (guint i = 0; id != NULL && i < KP_N_ACTIVITY_STATUSES; i++)
    if (strcmp (statuses[i].id, id) == 0)
      {
        *out_status = (KpActivityStatus) i;
        return TRUE;
      }
  return FALSE;
}

const char *
kp_activity_status_get_word (KpActivityStatus status)
{
  g_return_val_if_fail (status < KP_N_ACTIVITY_STATUSES, NULL);
  return statuses[status].word;
}

gboolean
kp_activity_status_from_word (const char       *word,
                              KpActivityStatus *out_status)
{
  g_autofree char *folded = NULL;

  if (word == NULL || !g_utf8_validate (word, -1, NULL))
    return FALSE;
  folded = g_utf8_casefold (word, -1);
  g_strstrip (folded);
  for (guint i = 0; i < KP_N_ACTIVITY_STATUSES; i++)
    if (strcmp (statuses[i].word, folded) == 0)
      {
        *out_status = (KpActivityStatus) i;
        return TRUE;
      }
  return FALSE;
}

const char *
kp_activity_status_get_name (KpActivityStatus status)
{
  g_return_val_if_fail (status < KP_N_ACTIVITY_STATUSES, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "activity status", statuses[status].name);
}

gboolean
kp_activity_status_is_unfinished (KpActivityStatus status)
{
  return status == KP_ACTIVITY_STATUS_NOT_STARTED || status == KP_ACTIVITY_STATUS_IN_PROGRESS ||
         status == KP_ACTIVITY_STATUS_PARTLY_DONE || status == KP_ACTIVITY_STATUS_MOVED;
}

const char *
kp_financing_source_to_string (KpFinancingSource source)
{
  g_return_val_if_fail (source < KP_N_FINANCING_SOURCES, NULL);
  return sources[source].id;
}

gboolean
kp_financing_source_from_string (const char        *id,
                                 KpFinancingSource *out_source)
{
  for (guint i = 0; id != NULL && i < KP_N_FINANCING_SOURCES; i++)
    if (strcmp (sources[i].id, id) == 0)
      {
        *out_source = (KpFinancingSource) i;
        return TRUE;
      }
  return FALSE;
}

const char *
kp_financing_source_get_name (KpFinancingSource source)
{
  g_return_val_if_fail (source < KP_N_FINANCING_SOURCES, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "financing source", sources[source].name);
}

const char *
kp_approval_body_to_string (KpApprovalBody body)
{
  g_return_val_if_fail (body < KP_N_APPROVAL_BODIES, NULL);
  return bodies[body].id;
}

gboolean
kp_approval_body_from_string (const char     *id,
                              KpApprovalBody *out_body)
{
  for (guint i = 0; id != NULL && i < KP_N_APPROVAL_BODIES; i++)
    if (strcmp (bodies[i].id, id) == 0)
      {
        *out_body = (KpApprovalBody) i;
        return TRUE;
      }
  return FALSE;
}

const char *
kp_approval_body_get_name (KpApprovalBody body)
{
  g_return_val_if_fail (body < KP_N_APPROVAL_BODIES, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "approved by", bodies[body].name);
}

const char *
kp_settlement_to_string (KpSettlement settlement)
{
  g_return_val_if_fail (settlement < KP_N_SETTLEMENTS, NULL);
  return settlements[settlement].id;
}

gboolean
kp_settlement_from_string (const char   *id,
                           KpSettlement *out_settlement)
{
  for (guint i = 0; id != NULL && i < KP_N_SETTLEMENTS; i++)
    if (strcmp (settlements[i].id, id) == 0)
      {
        *out_settlement = (KpSettlement) i;
        return TRUE;
      }
  return FALSE;
}

const char *
kp_settlement_get_name (KpSettlement settlement)
{
  g_return_val_if_fail (settlement < KP_N_SETTLEMENTS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "comment settlement", settlements[settlement].name);
}

char *
kp_format_money (gint64 amount)
{
  g_autofree char *number = kp_czech_format_int (amount);

  /* Translators: an amount of money in whole crowns, %s is e.g. "1 234 567" */
  return g_strdup_printf (_ ("%s\302\240Kč"), number);
}

/* @text without spaces of any kind (the thousands of "1 234", typed or pasted). */
static char *
strip_spaces (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x00A0 && c != 0x202F && c != 0x2009)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
strip_suffix (char       *text,
              const char *suffix)
{
  gsize length = strlen (text);
  gsize suffix_length = strlen (suffix);

  if (length < suffix_length || strcmp (text + length - suffix_length, suffix) != 0)
    return FALSE;
  text[length - suffix_length] = '\0';
  return TRUE;
}

gboolean
kp_parse_money (const char *text,
                gint64     *out_amount)
{
  g_autofree char *digits = NULL;
  gint64           amount = 0;
  gsize            length;

  g_return_val_if_fail (out_amount != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  digits = strip_spaces (text);
  if (!strip_suffix (digits, "Kč"))
    strip_suffix (digits, "kč");
  if (!strip_suffix (digits, ",-") && !strip_suffix (digits, ",–") && !strip_suffix (digits, ",00"))
    strip_suffix (digits, ".00");
  length = strlen (digits);
  if (length == 0 || length > 15)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (digits[i]))
        return FALSE;
      amount = amount * 10 + (digits[i] - '0');
    }
  *out_amount = amount;
  return TRUE;
}

gboolean
kp_parse_number (const char *text,
                 double     *out_value)
{
  g_autofree char *number = NULL;
  char            *end = NULL;
  double           value;

  g_return_val_if_fail (out_value != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  number = strip_spaces (text);
  g_strdelimit (number, ",", '.');
  if (*number == '\0' || strchr (number, 'x') != NULL || strchr (number, 'X') != NULL)
    return FALSE;
  value = g_ascii_strtod (number, &end);
  if (end == NULL || *end != '\0' || !isfinite (value))
    return FALSE;
  *out_value = value;
  return TRUE;
}

char *
kp_parse_date (const char *text)
{
  g_autofree char *compact = NULL;
  g_auto (GStrv) parts = NULL;
  guint64 numbers[3];

  if (text == NULL)
    return NULL;
  compact = strip_spaces (text);
  if (strlen (compact) == 10 && compact[4] == '-' && compact[7] == '-')
    {
      parts = g_strsplit (compact, "-", 3);
      /* ISO: year, month, day; reversed below to day, month, year. */
      if (g_strv_length (parts) == 3)
        {
          char *year = parts[0];

          parts[0] = parts[2];
          parts[2] = year;
        }
    }
  else
    parts = g_strsplit (compact, ".", 3);
  if (g_strv_length (parts) != 3)
    return NULL;
  for (guint i = 0; i < 3; i++)
    if (!g_ascii_string_to_unsigned (parts[i], 10, 1, i == 2 ? 9999 : 31, &numbers[i], NULL))
      return NULL;
  if (numbers[2] < 1000 || !g_date_valid_dmy (numbers[0], numbers[1], numbers[2]))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", (guint) numbers[2], (guint) numbers[1],
                          (guint) numbers[0]);
}
