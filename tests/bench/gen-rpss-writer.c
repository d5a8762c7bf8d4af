/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "gen-rpss-writer.h"

/* gen-rpss's JSON writer. The generated texts have no quotes or backslashes, so nothing
 * needs escaping. */

static void
newline (Writer *w)
{
  fputc ('\n', w->out);
  for (int i = 0; i < w->depth; i++)
    fputs ("  ", w->out);
}

static void
separate (Writer *w)
{
  if (w->after_key)
    {
      w->after_key = FALSE;
      return;
    }
  if (w->depth > 0)
    {
      if (w->has_items[w->depth])
        fputc (',', w->out);
      newline (w);
    }
  w->has_items[w->depth] = TRUE;
}

static void
open_container (Writer *w,
                char    bracket)
{
  separate (w);
  fputc (bracket, w->out);
  w->depth++;
  g_assert (w->depth < MAX_DEPTH);
  w->has_items[w->depth] = FALSE;
}

static void
close_container (Writer *w,
                 char    bracket)
{
  gboolean had_items = w->has_items[w->depth];

  w->depth--;
  if (had_items)
    newline (w);
  fputc (bracket, w->out);
}

void
json_begin_object (Writer *w)
{
  open_container (w, '{');
}

void
json_end_object (Writer *w)
{
  close_container (w, '}');
}

void
json_begin_array (Writer *w)
{
  open_container (w, '[');
}

void
json_end_array (Writer *w)
{
  close_container (w, ']');
}

void
json_key (Writer     *w,
          const char *name)
{
  separate (w);
  fprintf (w->out, "\"%s\": ", name);
  w->after_key = TRUE;
}

/* The generated texts have no quotes or backslashes, so no escaping is needed. */
void
json_string (Writer     *w,
             const char *value)
{
  separate (w);
  if (value == NULL)
    fputs ("null", w->out);
  else
    fprintf (w->out, "\"%s\"", value);
}

void
json_number (Writer *w,
             gint64  value)
{
  separate (w);
  fprintf (w->out, "%" G_GINT64_FORMAT, value);
}

void
json_literal (Writer     *w,
              const char *text)
{
  separate (w);
  fputs (text, w->out);
}

void
json_member_string (Writer     *w,
                    const char *name,
                    const char *value)
{
  json_key (w, name);
  json_string (w, value);
}

void
json_member_number (Writer     *w,
                    const char *name,
                    gint64      value)
{
  json_key (w, name);
  json_number (w, value);
}

void
json_member_ref (Writer     *w,
                 const char *name,
                 const char *id)
{
  json_key (w, name);
  json_begin_object (w);
  json_member_string (w, "id", id);
  json_end_object (w);
}
