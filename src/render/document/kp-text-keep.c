/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-text-keep.h"

#include <string.h>

/* Words a line never breaks between:
 *   - the parts of an abbreviated legal form: "o. p. s.", "z. ú.", "s. r. o.", "a. s.";
 *   - the groups of a number: "+420 317 756 579", "999 01", "116 111";
 *   - a postcode and the town after it: "999 01 Lesná";
 *   - a street and its house number: "Zahradní 512/4".
 * So no line starts with a lone "s.", "579", "Lesná" or "512/4" torn from the rest. */

/* A one- or two-letter lower-case abbreviation with its full stop ("o.", "ú."), followed by
 * nothing or closing punctuation ("s.,", "o.)"). */
static gboolean
is_abbreviation (const char *word,
                 gsize       len,
                 gboolean    trailing)
{
  const char *end = word + len;
  const char *p = word;
  int         letters = 0;

  while (p < end && *p != '.')
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2 || !g_unichar_islower (c))
        return FALSE;
      letters++;
      p = g_utf8_next_char (p);
    }
  if (letters < 1 || letters > 2 || p >= end)
    return FALSE;
  p++; /* the full stop */
  if (!trailing)
    return p == end;
  for (; p < end; p++)
    if (strchr (",;)", *p) == NULL)
      return FALSE;
  return TRUE;
}

static gsize
count_digits (const char *word,
              gsize       len)
{
  gsize n = 0;

  while (n < len && g_ascii_isdigit (word[n]))
    n++;
  return n;
}

/* Only digits, or "+" and digits: "+420", "317", "01". */
static gboolean
is_number (const char *word,
           gsize       len)
{
  if (len > 0 && word[0] == '+')
    {
      word++;
      len--;
    }
  return len > 0 && count_digits (word, len) == len;
}

/* A group of two or three digits, with closing punctuation: "756", "579,", "01". */
static gboolean
is_digit_group (const char *word,
                gsize       len)
{
  gsize n = count_digits (word, len);

  if (n < 2 || n > 3)
    return FALSE;
  for (gsize i = n; i < len; i++)
    if (strchr (",;)", word[i]) == NULL)
      return FALSE;
  return TRUE;
}

/* A house number: "15", "512/4", "12a", "1234/56b,". */
static gboolean
is_house_number (const char *word,
                 gsize       len)
{
  gsize n = count_digits (word, len);
  gsize i = n;

  if (n == 0 || n > 5)
    return FALSE;
  if (i < len && word[i] == '/')
    {
      gsize m = count_digits (word + i + 1, len - i - 1);

      if (m == 0)
        return FALSE;
      i += 1 + m;
    }
  if (i < len && g_ascii_isalpha (word[i]))
    i++;
  for (; i < len; i++)
    if (strchr (",;", word[i]) == NULL)
      return FALSE;
  return TRUE;
}

/* A word that ends in a letter: a street's name, "Zahradní", "náměstí". */
static gboolean
ends_in_letter (const char *word,
                gsize       len)
{
  const char *last;
  gunichar    c;

  if (len == 0)
    return FALSE;
  last = g_utf8_find_prev_char (word, word + len);
  if (last == NULL)
    return FALSE;
  c = g_utf8_get_char_validated (last, word + len - last);
  return c != (gunichar) -1 && c != (gunichar) -2 && g_unichar_isalpha (c);
}

static gboolean
starts_upper (const char *word,
              gsize       len)
{
  gunichar c = g_utf8_get_char_validated (word, len);

  return c != (gunichar) -1 && c != (gunichar) -2 && g_unichar_isupper (c);
}

/**
 * kp_text_keeps_together:
 * @prev: the word before a space (not NUL-terminated)
 * @next: the word after it
 *
 * Returns: whether a line must not break between @prev and @next
 */
gboolean
kp_text_keeps_together (const char *prev,
                        gsize       prev_len,
                        const char *next,
                        gsize       next_len)
{
  if (is_abbreviation (prev, prev_len, FALSE) && is_abbreviation (next, next_len, TRUE))
    return TRUE;
  if (is_number (prev, prev_len) && is_digit_group (next, next_len))
    return TRUE;
  if (prev_len == 2 && is_number (prev, prev_len) && starts_upper (next, next_len))
    return TRUE; /* "999 01 Lesná" */
  if (ends_in_letter (prev, prev_len) && is_house_number (next, next_len))
    return TRUE;
  return FALSE;
}

/**
 * kp_text_is_address:
 *
 * Returns: whether @word is a web or e-mail address, which may break after a hyphen; a
 *   hyphen in other words joins a name ("Frýdek-Místek") and is never a line's end
 */
gboolean
kp_text_is_address (const char *word,
                    gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if (word[i] == '/' || word[i] == '@')
      return TRUE;
  return len > 4 && g_ascii_strncasecmp (word, "www.", 4) == 0;
}
