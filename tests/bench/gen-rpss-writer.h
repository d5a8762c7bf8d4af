/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For gen-rpss only: a pretty-printed JSON writer with two-space indentation, as the
 * registry export. */

#include <glib.h>
#include <stdio.h>

#define MAX_DEPTH 32

typedef struct
{
  FILE    *out;
  int      depth;
  gboolean has_items[MAX_DEPTH];
  gboolean after_key;
} Writer;

void json_begin_object (Writer *w);
void json_end_object (Writer *w);
void json_begin_array (Writer *w);
void json_end_array (Writer *w);
void json_key (Writer     *w,
               const char *name);
void json_string (Writer     *w,
                  const char *value);
void json_number (Writer *w,
                  gint64  value);
void json_literal (Writer     *w,
                   const char *text);
void json_member_string (Writer     *w,
                         const char *name,
                         const char *value);
void json_member_number (Writer     *w,
                         const char *name,
                         gint64      value);
void json_member_ref (Writer     *w,
                      const char *name,
                      const char *id);
