/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define NBSP "\302\240"

/* Makes gettext answer in Czech from the catalogue built in the build tree (po/cs.po),
 * as the application does. Returns FALSE when the catalogue is not there (then tests of
 * Czech text skip). Call it first in main(). */
gboolean kp_test_use_czech (void);
/* Skips the current test when the catalogue is not built; fails when it is there but does
 * not translate. Returns whether it skipped. */
gboolean kp_test_skip_without_czech (void);

G_END_DECLS
