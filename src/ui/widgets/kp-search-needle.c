/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-search-needle.h"
#include "kp-czech.h"

#include <string.h>

/**
 * kp_search_needle_update:
 * @needle: (inout) (nullable): the folded search text a filter matches with
 *   kp_czech_matches() (%NULL is the empty needle); replaced when it changes
 * @text: what the user typed
 * @change: (out): how the filter's results change
 *
 * Folds @text the way kp_czech_matches() expects and keeps it in @needle. A longer needle
 * that contains the old one can only match fewer items (every word of the old needle is
 * part of a word of the new one), a shorter one more, so the filter need not look at every
 * item again.
 *
 * Returns: %FALSE when the needle stays the same (nothing to filter again)
 */
gboolean
kp_search_needle_update (char           **needle,
                         const char      *text,
                         GtkFilterChange *change)
{
  g_autofree char *folded = g_strstrip (kp_czech_fold (text));
  const char      *old;

  g_return_val_if_fail (needle != NULL, FALSE);
  g_return_val_if_fail (change != NULL, FALSE);

  old = *needle != NULL ? *needle : "";
  if (g_str_equal (folded, old))
    return FALSE;
  if (strstr (folded, old) != NULL)
    *change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (old, folded) != NULL)
    *change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    *change = GTK_FILTER_CHANGE_DIFFERENT;
  g_free (*needle);
  *needle = g_steal_pointer (&folded);
  return TRUE;
}
