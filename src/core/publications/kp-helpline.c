/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-helpline.h"

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
