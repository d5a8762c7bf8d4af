/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-text.h"

#include <string.h>

typedef enum
{
  LINE_NONE,
  LINE_PARAGRAPH,
  LINE_BULLET,
  LINE_NUMBER,
} LineKind;

/* The bullets office suites put before list items, as UTF-8. "\xef\x82\xa7" and
 * "\xef\x82\xb7" are Word's bullets from the Symbol and Wingdings fonts. */
static const char *const bullets[] = {
  "\xe2\x80\xa2", /* • */
  "\xc2\xb7",     /* · */
  "\xe2\x80\x93", /* – */
  "\xe2\x97\x8f", /* ● */
  "\xe2\x96\xaa", /* ▪ */
  "\xef\x82\xb7",
  "\xef\x82\xa7",
  "-",
  "*",
  "o",
};

static gboolean
is_space_char (char c)
{
  return c == ' ' || c == '\t';
}

/* When @line starts with a bullet and a space, the text after them. */
static const char *
after_bullet (const char *line)
{
  for (guint i = 0; i < G_N_ELEMENTS (bullets); i++)
    {
      gsize length = strlen (bullets[i]);

      if (strncmp (line, bullets[i], length) == 0 && is_space_char (line[length]))
        {
          const char *rest = line + length;

          while (is_space_char (*rest))
            rest++;
          return *rest != '\0' ? rest : NULL;
        }
    }
  return NULL;
}

/* When @line starts with "12." or "12)" and a space, the text after them. */
static const char *
after_number (const char *line,
              guint      *out_number)
{
  const char *p = line;
  guint       number = 0;

  while (g_ascii_isdigit (*p) && p - line < 9)
    number = number * 10 + (guint) (*p++ - '0');
  if (p == line || (*p != '.' && *p != ')') || !is_space_char (p[1]))
    return NULL;
  p++;
  while (is_space_char (*p))
    p++;
  if (*p == '\0')
    return NULL;
  *out_number = number;
  return p;
}

/* @text with what CommonMark reads as markup escaped: emphasis and links anywhere, and at
 * the start whatever would make a heading, list, quote or code. */
static void
append_escaped (GString    *out,
                const char *text)
{
  if (*text == '#' || *text == '>' || *text == '+' || *text == '-' || *text == '=' ||
      *text == '|')
    g_string_append_c (out, '\\');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (strchr ("\\`*_[]<", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

char *
kp_plan_text_from_plain (const char *text)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_auto (GStrv) lines = NULL;
  LineKind previous = LINE_NONE;

  if (text == NULL)
    return g_strdup ("");
  lines = g_strsplit_set (text, "\n\r\v\f", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char       *line = g_strstrip (lines[i]);
      const char *rest;
      guint       number = 0;
      LineKind    kind;

      if (*line == '\0')
        continue;
      if ((rest = after_bullet (line)) != NULL)
        kind = LINE_BULLET;
      else if ((rest = after_number (line, &number)) != NULL)
        kind = LINE_NUMBER;
      else
        {
          rest = line;
          kind = LINE_PARAGRAPH;
        }
      /* Items of one list follow each other; anything else stands apart. */
      if (out->len > 0)
        g_string_append (out, kind != LINE_PARAGRAPH && kind == previous ? "\n" : "\n\n");
      if (kind == LINE_BULLET)
        g_string_append (out, "- ");
      else if (kind == LINE_NUMBER)
        g_string_append_printf (out, "%u. ", number);
      else if (after_number (line, &number) == NULL && g_ascii_isdigit (*line))
        {
          /* "2026." alone would start a list: "2026\." does not. */
          const char *p = line;

          while (g_ascii_isdigit (*p))
            p++;
          if (*p == '.' || *p == ')')
            {
              g_string_append_len (out, line, p - line);
              g_string_append_c (out, '\\');
              rest = p;
            }
        }
      append_escaped (out, rest);
      previous = kind;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static const KpPlanLiveBlock live_blocks[] = {
  { "demography", N_ ("Demography table") },
  { "services", N_ ("Services by type with capacity") },
  { "indicators", N_ ("Indicator profile") },
  { "chart", N_ ("Chart") },
  { "map", N_ ("Map") },
  { "findings", N_ ("Findings") },
  { "swot", N_ ("SWOT") },
  { "strategy", N_ ("Strategy overview") },
  { "budget", N_ ("Budget summary") },
  { "evaluation", N_ ("Evaluation of the action plans") },
};

const KpPlanLiveBlock *
kp_plan_live_blocks (guint *out_n)
{
  g_return_val_if_fail (out_n != NULL, NULL);

  *out_n = G_N_ELEMENTS (live_blocks);
  return live_blocks;
}

const KpPlanLiveBlock *
kp_plan_live_block_find (const char *kind)
{
  for (guint i = 0; kind != NULL && i < G_N_ELEMENTS (live_blocks); i++)
    if (strcmp (live_blocks[i].kind, kind) == 0)
      return &live_blocks[i];
  return NULL;
}
