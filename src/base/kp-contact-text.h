/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Contacts as a Czech document prints them, from contacts as the registry keeps them:
 * "317756579" becomes "317 756 579", "00420317756579" "+420 317 756 579", "116111"
 * "116 111"; a field with several numbers ("317756579, 603123456") gives each on its own;
 * "http://www.carvac.cz/" becomes "www.carvac.cz". What is not recognised is kept as it is
 * (trimmed), never guessed at. */

char  *kp_contact_format_phone (const char *raw);
char **kp_contact_split_phones (const char *raw);
char  *kp_contact_format_web (const char *raw);

G_END_DECLS
