/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-czech.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unicode/ucol.h>
#include <unicode/ustring.h>

/* The no-break space separates thousands (1 234 567) and the parts of a date (1. 1. 2026), so
 * neither is ever broken across lines. */
#define NBSP "\302\240"

/* A UCollator must not be used from two threads at once: each thread gets its own. */
static void
collator_free (gpointer collator)
{
  ucol_close (collator);
}

static GPrivate collator_key = G_PRIVATE_INIT (collator_free);

static UCollator *
get_collator (void)
{
  UCollator *collator = g_private_get (&collator_key);

  if (collator == NULL)
    {
      UErrorCode status = U_ZERO_ERROR;

      collator = ucol_open ("cs", &status);
      if (U_FAILURE (status))
        g_error ("ICU has no Czech collation: %s", u_errorName (status));
      g_private_set (&collator_key, collator);
    }
  return collator;
}

static UChar *
to_uchar (const char *text,
          int32_t    *out_len)
{
  UErrorCode status = U_ZERO_ERROR;
  int32_t    len = 0;
  UChar     *buf;

  u_strFromUTF8 (NULL, 0, &len, text, -1, &status);
  status = U_ZERO_ERROR;
  buf = g_new (UChar, len + 1);
  u_strFromUTF8 (buf, len + 1, out_len, text, -1, &status);
  if (U_FAILURE (status))
    {
      *out_len = 0;
      buf[0] = 0;
    }
  return buf;
}

/**
 * kp_czech_compare:
 *
 * Compares two UTF-8 strings in Czech order ("ch" after "h", "č" after "c").
 * %NULL sorts first.
 */
int
kp_czech_compare (const char *a,
                  const char *b)
{
  UErrorCode       status = U_ZERO_ERROR;
  UCollationResult result;

  if (a == NULL)
    return b == NULL ? 0 : -1;
  if (b == NULL)
    return 1;

  result = ucol_strcollUTF8 (get_collator (), a, -1, b, -1, &status);
  if (U_FAILURE (status))
    return strcmp (a, b);
  return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1
                                                           : 0;
}

/* Bytes of a collation key that most names fit in (Czech names of obce: 20–60). */
#define KEY_GUESS 128

/**
 * kp_czech_collate_key:
 *
 * Returns: a key that compares with strcmp() in Czech order.
 */
char *
kp_czech_collate_key (const char *text)
{
  g_autofree UChar *u = NULL;
  int32_t           ulen = 0;
  int32_t           size;
  uint8_t          *key;

  if (text == NULL)
    return g_strdup ("");

  /* One pass for the usual name: its key fits the first buffer, which shrinks to it; only
   * a longer one is written again into a buffer of its size. */
  u = to_uchar (text, &ulen);
  key = g_malloc (KEY_GUESS);
  size = ucol_getSortKey (get_collator (), u, ulen, key, KEY_GUESS);
  key = g_realloc (key, size + 1);
  if (size >= KEY_GUESS)
    ucol_getSortKey (get_collator (), u, ulen, key, size + 1);
  key[size] = '\0';
  return (char *) key;
}

/**
 * kp_czech_fold:
 *
 * Folds text for search: diacritics removed and lower case, so "Žďár" matches "zdar".
 */
char *
kp_czech_fold (const char *text)
{
  g_autofree char *ascii = NULL;

  if (text == NULL)
    return g_strdup ("");
  ascii = g_str_to_ascii (text, "C");
  return g_ascii_strdown (ascii, -1);
}

/**
 * kp_czech_matches:
 * @folded_haystack: text folded with kp_czech_fold()
 * @folded_needle: search text folded with kp_czech_fold()
 *
 * Returns: whether every word of the needle occurs in the haystack.
 */
gboolean
kp_czech_matches (const char *folded_haystack,
                  const char *folded_needle)
{
  g_auto (GStrv) words = NULL;

  if (folded_needle == NULL || *folded_needle == '\0')
    return TRUE;
  if (folded_haystack == NULL)
    return FALSE;

  words = g_strsplit_set (folded_needle, " \t", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && strstr (folded_haystack, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

static void
append_grouped (GString *out,
                guint64  value)
{
  char digits[32];
  int  len = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, value);

  for (int i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, NBSP);
      g_string_append_c (out, digits[i]);
    }
}

/**
 * kp_czech_format_int:
 *
 * Returns: the number with no-break spaces between thousands: "10 701 777".
 */
char *
kp_czech_format_int (gint64 value)
{
  GString *out = g_string_new (NULL);

  if (value < 0)
    {
      g_string_append_c (out, '-');
      append_grouped (out, (guint64) (-(value + 1)) + 1);
    }
  else
    append_grouped (out, (guint64) value);
  return g_string_free (out, FALSE);
}

/**
 * kp_czech_format_double:
 * @decimals: digits after the decimal comma
 *
 * Returns: "1 234,5" for 1234.5 with one decimal.
 */
char *
kp_czech_format_double (double value,
                        int    decimals)
{
  GString *out = g_string_new (NULL);
  char     buf[G_ASCII_DTOSTR_BUF_SIZE];
  double   scale = 1.0;
  double   rounded;
  guint64  whole;
  guint64  frac;

  if (!isfinite (value))
    return g_strdup ("–");

  decimals = CLAMP (decimals, 0, 6);
  for (int i = 0; i < decimals; i++)
    scale *= 10.0;
  rounded = round (fabs (value) * scale);
  whole = (guint64) (rounded / scale);
  frac = (guint64) (rounded - (double) whole * scale);

  if (value < 0 && rounded > 0)
    g_string_append_c (out, '-');
  append_grouped (out, whole);
  if (decimals > 0)
    {
      g_snprintf (buf, sizeof buf, "%0*" G_GUINT64_FORMAT, decimals, frac);
      g_string_append_c (out, ',');
      g_string_append (out, buf);
    }
  return g_string_free (out, FALSE);
}

/**
 * kp_czech_format_percent:
 *
 * Returns: "20,2 %" (a no-break space before the sign, as Czech typography asks).
 */
char *
kp_czech_format_percent (double value,
                         int    decimals)
{
  g_autofree char *number = kp_czech_format_double (value, decimals);

  if (!isfinite (value))
    return g_steal_pointer (&number);
  return g_strconcat (number, NBSP "%", NULL);
}

/**
 * kp_czech_format_date:
 * @iso_date: "2020-12-31" (anything after the day is ignored)
 *
 * Returns: "31. 12. 2020", or a copy of the input when it is not an ISO date.
 */
char *
kp_czech_format_date (const char *iso_date)
{
  int year, month, day;

  if (iso_date == NULL)
    return g_strdup ("");
  if (sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return g_strdup (iso_date);
  return g_strdup_printf ("%d." NBSP "%d." NBSP "%d", day, month, year);
}

char *
kp_czech_format_date_dt (GDateTime *datetime)
{
  g_return_val_if_fail (datetime != NULL, NULL);
  return g_strdup_printf ("%d." NBSP "%d." NBSP "%d",
                          g_date_time_get_day_of_month (datetime),
                          g_date_time_get_month (datetime),
                          g_date_time_get_year (datetime));
}
