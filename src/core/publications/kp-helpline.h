/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A national help line a catalogue lists and a leaflet prints for the groups it serves. A
 * project starts with the national lines (resources/sql/project/0010-helplines.sql, which
 * names where each was checked) and keeps them as the user edits them. */
typedef struct
{
  char  *name;
  char  *phone;
  char  *hours;  /* (nullable) "nonstop", "denně 8–20 h" */
  char  *note;   /* (nullable) who it is for, "zdarma" */
  char **groups; /* the leaflet groups it serves: "seniors", "families", "crisis", … */
} KpHelpline;

KpHelpline *kp_helpline_new (const char        *name,
                             const char        *phone,
                             const char        *hours,
                             const char        *note,
                             const char *const *groups);
KpHelpline *kp_helpline_copy (const KpHelpline *helpline);
void        kp_helpline_free (KpHelpline *helpline);
gboolean    kp_helpline_serves (const KpHelpline *helpline,
                                const char       *group);
/* Whether @phone is one number a Czech reader can dial: 9 digits, or a short line's 3 to 6
 * starting with 1 (116 123), optionally after +420; %FALSE with @error
 * (KP_PROJECT_ERROR_INVALID) saying what is wrong, in words for the user. */
gboolean kp_helpline_check_phone (const char *phone,
                                  GError    **error);

/* Returns: (transfer full) (element-type KpHelpline): the national lines as checked with
 * their operators (kp-helpline-defaults.c), the list a new project starts with */
GPtrArray *kp_helpline_dup_defaults (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpHelpline, kp_helpline_free)

G_END_DECLS
