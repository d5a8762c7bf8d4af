/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Czech text handling: collation (ICU "cs": "ch" sorts after "h"), diacritics- and
 * case-insensitive folding for search, and numbers and dates printed the Czech way. */

int      kp_czech_compare (const char *a,
                           const char *b);
char    *kp_czech_collate_key (const char *text);
char    *kp_czech_fold (const char *text);
gboolean kp_czech_matches (const char *folded_haystack,
                           const char *folded_needle);

char *kp_czech_format_int (gint64 value);
char *kp_czech_format_double (double value,
                              int    decimals);
char *kp_czech_format_percent (double value,
                               int    decimals);
char *kp_czech_format_date (const char *iso_date);
char *kp_czech_format_date_dt (GDateTime *datetime);

G_END_DECLS
