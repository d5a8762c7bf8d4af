/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-helpline.h"
#include "kp-error.h"

#include <string.h>

/**
 * kp_helpline_new:
 * @groups: (nullable): the leaflet groups' ids
 *
 * Returns: (transfer full): a new line with copies of the values
 */
KpHelpline *
kp_helpline_new (const char        *name,
                 const char        *phone,
                 const char        *hours,
                 const char        *note,
                 const char *const *groups)
{
  KpHelpline *line = g_new0 (KpHelpline, 1);

  g_return_val_if_fail (name != NULL && phone != NULL, line);
  line->name = g_strdup (name);
  line->phone = g_strdup (phone);
  line->hours = g_strdup (hours);
  line->note = g_strdup (note);
  line->groups = groups != NULL ? g_strdupv ((char **) groups) : g_new0 (char *, 1);
  return line;
}

KpHelpline *
kp_helpline_copy (const KpHelpline *helpline)
{
  g_return_val_if_fail (helpline != NULL, NULL);
  return kp_helpline_new (helpline->name, helpline->phone, helpline->hours, helpline->note,
                          (const char *const *) helpline->groups);
}

void
kp_helpline_free (KpHelpline *helpline)
{
  if (helpline == NULL)
    return;
  g_free (helpline->name);
  g_free (helpline->phone);
  g_free (helpline->hours);
  g_free (helpline->note);
  g_strfreev (helpline->groups);
  g_free (helpline);
}

/**
 * kp_helpline_serves:
 * @group: a leaflet group's id, "seniors"
 *
 * Returns: whether a leaflet of @group prints the line
 */
gboolean
kp_helpline_serves (const KpHelpline *helpline,
                    const char       *group)
{
  g_return_val_if_fail (helpline != NULL, FALSE);
  return group != NULL && g_strv_contains ((const char *const *) helpline->groups, group);
}

static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == 0x00A0 || c == 0x202F || c == '\t';
}

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID, message);
  return FALSE;
}

/* The digits of @phone, without its spaces and without +420 or 00420; %NULL with @error
 * set for a character that has no place in a number, or a foreign prefix. */
static char *
dup_national_digits (const char *phone,
                     GError    **error)
{
  g_autoptr (GString) digits = g_string_new (NULL);
  gboolean plus = FALSE;

  for (const char *p = phone; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_space (c))
        continue;
      if (c == '+' && digits->len == 0 && !plus)
        {
          plus = TRUE;
          continue;
        }
      if (c == ',' || c == ';')
        {
          invalid (error, _ ("Give one number only: another number is a line of its own"));
          return NULL;
        }
      if (c > 0x7F || !g_ascii_isdigit (c))
        {
          char character[8] = { 0 };

          g_unichar_to_utf8 (c, character);
          g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                       /* Translators: %s is the character, in quotation marks */
                       _ ("A phone number has only digits and spaces, and +420 at the start: "
                          "“%s” does not belong in it"),
                       character);
          return NULL;
        }
      g_string_append_c (digits, (char) c);
    }
  if (!plus && g_str_has_prefix (digits->str, "00"))
    {
      g_string_erase (digits, 0, 2);
      plus = TRUE;
    }
  if (plus)
    {
      if (!g_str_has_prefix (digits->str, "420"))
        {
          g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                       /* Translators: %.3s is the start of a foreign prefix, "421" */
                       _ ("The number starts with +%.3s, which is not the Czech prefix +420"),
                       digits->str);
          return NULL;
        }
      g_string_erase (digits, 0, 3);
    }
  return g_strdup (digits->str);
}

/**
 * kp_helpline_check_phone:
 * @phone: (nullable): the number as the user typed it, "800 200 007", "+420 116 123"
 *
 * Returns: %TRUE for one number a Czech reader can dial; %FALSE with @error set
 */
gboolean
kp_helpline_check_phone (const char *phone,
                         GError    **error)
{
  g_autofree char *digits = NULL;
  int              n;

  if (phone == NULL || !g_utf8_validate (phone, -1, NULL))
    return invalid (error, _ ("Enter the phone number of the line"));
  digits = dup_national_digits (phone, error);
  if (digits == NULL)
    return FALSE;
  n = (int) strlen (digits);
  if (n == 0)
    return invalid (error, _ ("Enter the phone number of the line"));
  if (n == 9 && digits[0] == '0')
    return invalid (error, _ ("A Czech phone number does not start with 0"));
  if (n == 9 || (n >= 3 && n <= 6 && digits[0] == '1'))
    return TRUE;
  if (n < 9)
    g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                 g_dngettext (GETTEXT_PACKAGE,
                              "The number has only %d digit: a Czech phone number has 9, the "
                              "short number of a line such as 116 123 has 3 to 6 and starts "
                              "with 1",
                              "The number has only %d digits: a Czech phone number has 9, the "
                              "short number of a line such as 116 123 has 3 to 6 and starts "
                              "with 1",
                              (gulong) n),
                 n);
  else
    g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                 g_dngettext (GETTEXT_PACKAGE,
                              "The number has %d digit, a Czech phone number has only 9",
                              "The number has %d digits, a Czech phone number has only 9",
                              (gulong) n),
                 n);
  return FALSE;
}
