/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Sorters for lists of KpObec, one per column of the Territory table (in its order). Names
 * and other text compare in Czech order ("ch" after "h"), numbers numerically; undefined
 * values (NAN) sort below every number; ties fall back to the name, then the code. */
typedef enum
{
  KP_OBEC_SORT_KOD,
  KP_OBEC_SORT_NAZEV,
  KP_OBEC_SORT_STATUS,
  KP_OBEC_SORT_POU,
  KP_OBEC_SORT_ORP,
  KP_OBEC_SORT_POPULATION,
  KP_OBEC_SORT_AGE_0_14,
  KP_OBEC_SORT_AGE_15_64,
  KP_OBEC_SORT_AGE_65_PLUS,
  KP_OBEC_SORT_AGE_80_PLUS,
  KP_OBEC_SORT_SHARE_65_PLUS,
  KP_OBEC_SORT_AGEING_INDEX,
  KP_OBEC_N_SORT_KEYS,
} KpObecSortKey;

GtkSorter *kp_obec_sorter_new (KpObecSortKey key);

G_END_DECLS
