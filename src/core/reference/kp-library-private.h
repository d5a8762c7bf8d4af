/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: the library's own connection, for readers outside kp-library.c. */

#include "kp-database.h"
#include "kp-library.h"

G_BEGIN_DECLS

KpDatabase *kp_library_get_database (KpLibrary *self);

G_END_DECLS
