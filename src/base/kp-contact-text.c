/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-contact-text.h"

#include <string.h>

/* Czech numbers have nine digits, printed in groups of three; the harmonised European
 * numbers 116 xxx are printed "116 111"; emergency and other short numbers (112, 1212) as
 * they are. */

static gboolean
is_filler (char c)
{
  return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/';
}

/* The digits of @raw when it is one phone number written with spaces, dashes, dots or
 * brackets, with a leading "+" kept; NULL when it has anything else. */
static char *
phone_digits (const char *raw)
{
  GString *digits = g_string_new (NULL);
  gboolean plus = FALSE;

  for (const char *p = raw; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p == '+' && digits->len == 0 && !plus)
        plus = TRUE;
      else if (p[0] == '\xc2' && p[1] == '\xa0') /* a no-break space */
        p++;
      else if (!is_filler (*p))
        {
          g_string_free (digits, TRUE);
          return NULL;
        }
    }
  if (plus)
    g_string_prepend_c (digits, '+');
  else if (g_str_has_prefix (digits->str, "00"))
    {
      g_string_erase (digits, 0, 2);
      g_string_prepend_c (digits, '+');
    }
  return g_string_free (digits, FALSE);
}

static void
append_groups (GString    *out,
               const char *nine)
{
  g_string_append_len (out, nine, 3);
  g_string_append_c (out, ' ');
  g_string_append_len (out, nine + 3, 3);
  g_string_append_c (out, ' ');
  g_string_append_len (out, nine + 6, 3);
}

/**
 * kp_contact_format_phone:
 * @raw: (nullable): one phone number as written anywhere
 *
 * Returns: (transfer full) (nullable): the number grouped the Czech way ("+420 317 756 579",
 *   "317 756 579", "116 111"), or @raw trimmed when it is not a number this knows; %NULL
 *   when @raw is empty
 */
char *
kp_contact_format_phone (const char *raw)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *digits = NULL;
  GString         *out;
  gsize            len;

  if (raw == NULL)
    return NULL;
  trimmed = g_strstrip (g_strdup (raw));
  if (*trimmed == '\0')
    return NULL;
  digits = phone_digits (trimmed);
  if (digits == NULL)
    return g_steal_pointer (&trimmed);
  len = strlen (digits);
  out = g_string_new (NULL);
  if (len == 13 && g_str_has_prefix (digits, "+420"))
    {
      g_string_append (out, "+420 ");
      append_groups (out, digits + 4);
    }
  else if (len == 9 && digits[0] != '+')
    append_groups (out, digits);
  else if (len == 6 && g_str_has_prefix (digits, "116"))
    g_string_append_printf (out, "116 %s", digits + 3);
  else if (len >= 3 && len <= 5 && digits[0] != '+')
    g_string_append (out, digits);
  else
    {
      g_string_free (out, TRUE);
      return g_steal_pointer (&trimmed);
    }
  return g_string_free (out, FALSE);
}

/* Cuts @piece into numbers when it is several nine-digit numbers written one after the
 * other with spaces ("317756579 603123456"). */
static void
add_piece (GPtrArray *phones,
           char      *piece)
{
  g_autofree char *digits = phone_digits (piece);
  gsize            len = digits != NULL ? strlen (digits) : 0;
  char            *phone;

  if (len > 9 && digits[0] != '+' && len % 9 == 0 && strchr (g_strstrip (piece), ' '))
    {
      for (gsize i = 0; i < len; i += 9)
        {
          char nine[10];

          memcpy (nine, digits + i, 9);
          nine[9] = '\0';
          g_ptr_array_add (phones, kp_contact_format_phone (nine));
        }
      return;
    }
  phone = kp_contact_format_phone (piece);
  if (phone != NULL)
    g_ptr_array_add (phones, phone);
}

/**
 * kp_contact_split_phones:
 * @raw: (nullable): a field with one or more phone numbers, separated by commas,
 *   semicolons, new lines or "nebo"
 *
 * Returns: (transfer full): each number formatted with kp_contact_format_phone(), in order,
 *   without repeats; an empty array for an empty field
 */
char **
kp_contact_split_phones (const char *raw)
{
  g_autoptr (GPtrArray) phones = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) unique = g_ptr_array_new ();
  g_autofree char *text = NULL;
  g_auto (GStrv) pieces = NULL;

  if (raw != NULL)
    {
      text = g_strdup (raw);
      for (char *p = strstr (text, " nebo "); p != NULL; p = strstr (p, " nebo "))
        memcpy (p, "  ;   ", 6);
      pieces = g_strsplit_set (text, ",;\n", -1);
      for (int i = 0; pieces[i] != NULL; i++)
        add_piece (phones, pieces[i]);
    }
  for (guint i = 0; i < phones->len; i++)
    if (!g_ptr_array_find_with_equal_func (unique, phones->pdata[i], g_str_equal, NULL))
      g_ptr_array_add (unique, g_strdup (phones->pdata[i]));
  g_ptr_array_add (unique, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&unique), FALSE);
}

/**
 * kp_contact_format_web:
 * @raw: (nullable): a web address as written anywhere
 *
 * Returns: (transfer full) (nullable): the address without "http://" or "https://" and
 *   without a "/" that ends it ("www.carvac.cz"); %NULL when @raw is empty
 */
char *
kp_contact_format_web (const char *raw)
{
  char *web;
  gsize len;

  if (raw == NULL)
    return NULL;
  web = g_strstrip (g_strdup (raw));
  if (g_ascii_strncasecmp (web, "https://", 8) == 0)
    memmove (web, web + 8, strlen (web + 8) + 1);
  else if (g_ascii_strncasecmp (web, "http://", 7) == 0)
    memmove (web, web + 7, strlen (web + 7) + 1);
  len = strlen (web);
  if (len > 0 && web[len - 1] == '/' && strchr (web, '/') == web + len - 1)
    web[len - 1] = '\0';
  if (*web == '\0')
    g_clear_pointer (&web, g_free);
  return web;
}
