/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-catalogue-types.h"
#include "kp-project.h"

G_BEGIN_DECLS

/* Whom a publication names first: the project's local authorities that are active and have
 * a phone (the town's social department), as contacts (KpCrisisLine of kind CONTACT). The
 * leaflets list them under "Where to turn first"; an A5 catalogue on its back cover. */

void kp_key_contacts_add (KpProject *project,
                          GPtrArray *contacts);

G_END_DECLS
