/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For gen-rpss only: the MPSV code lists that go with the registry it writes. */

#include <glib.h>

G_BEGIN_DECLS

/* Writes druhy-socialni-sluzby.json, formy-soc-sluzby.json,
 * typy-kapacity-socialni-sluzby.json, cilove-skupiny-osoby.json and
 * vekove-skupiny-osoby.json into @dir (created when missing), naming every code the
 * generated registry uses. */
gboolean gen_rpss_write_code_lists (const char *dir,
                                    GError    **error);

G_END_DECLS
