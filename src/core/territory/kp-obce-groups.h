/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kp-obec.h"

G_BEGIN_DECLS

/* The ORP, POU and okresy of a list of obce, to add all obce of one at once. */

typedef enum
{
  KP_OBCE_GROUP_ORP,
  KP_OBCE_GROUP_POU,
  KP_OBCE_GROUP_OKRES,
} KpObceGroupLevel;

typedef struct
{
  KpObceGroupLevel level;
  char            *nazev;
  char            *kod; /* the ORP's or POU's code; the okres's name for an okres */
  guint            n_obce;
} KpObceGroup;

/* Returns: (transfer full) (element-type KpObceGroup): ORP, then POU, then okresy, each by
 * Czech name */
GPtrArray *kp_obce_groups_list (GListModel *obce);
/* Returns: (transfer full) (element-type KpObec): the obce of @group, in @obce's order */
GPtrArray *kp_obce_groups_members (GListModel        *obce,
                                   const KpObceGroup *group);

G_END_DECLS
