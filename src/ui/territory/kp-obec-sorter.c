/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-obec-sorter.h"
#include "kp-czech.h"
#include "kp-obec.h"

#include <math.h>

static int
compare_by_name (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return gtk_ordering_from_cmpfunc (kp_obec_compare_by_name ((KpObec *) a, (KpObec *) b));
}

static int
compare_by_kod (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  return gtk_ordering_from_cmpfunc (g_strcmp0 (kp_obec_get_kod ((KpObec *) a),
                                               kp_obec_get_kod ((KpObec *) b)));
}

typedef const char *(*ObecTextGetter) (KpObec *obec);

static int
compare_by_text (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  ObecTextGetter getter = (ObecTextGetter) user_data;
  int            result = kp_czech_compare (getter ((KpObec *) a), getter ((KpObec *) b));

  if (result != 0)
    return gtk_ordering_from_cmpfunc (result);
  return compare_by_name (a, b, NULL);
}

typedef double (*ObecDoubleGetter) (KpObec *obec);

/* NAN (undefined) sorts below every number, so the order stays total. */
static int
compare_by_double (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  ObecDoubleGetter getter = (ObecDoubleGetter) user_data;
  double           x = getter ((KpObec *) a);
  double           y = getter ((KpObec *) b);

  if (isnan (x) || isnan (y))
    {
      if (isnan (x) && isnan (y))
        return compare_by_name (a, b, NULL);
      return isnan (x) ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
    }
  if (x != y)
    return x < y ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  return compare_by_name (a, b, NULL);
}

static GtkSorter *
custom_sorter_new (GCompareDataFunc func,
                   gpointer         user_data)
{
  return GTK_SORTER (gtk_custom_sorter_new (func, user_data, NULL));
}

static GtkSorter *
int64_sorter_new (const char *property)
{
  return GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (KP_TYPE_OBEC, NULL,
                                                                          property)));
}

/**
 * kp_obec_sorter_new:
 *
 * Returns: (transfer full): a sorter of KpObec items by @key, ascending
 */
GtkSorter *
kp_obec_sorter_new (KpObecSortKey key)
{
  switch (key)
    {
    case KP_OBEC_SORT_KOD:
      return custom_sorter_new (compare_by_kod, NULL);
    case KP_OBEC_SORT_NAZEV:
      return custom_sorter_new (compare_by_name, NULL);
    case KP_OBEC_SORT_STATUS:
      return custom_sorter_new (compare_by_text, (gpointer) kp_obec_get_status_label);
    case KP_OBEC_SORT_POU:
      return custom_sorter_new (compare_by_text, (gpointer) kp_obec_get_pou_nazev);
    case KP_OBEC_SORT_ORP:
      return custom_sorter_new (compare_by_text, (gpointer) kp_obec_get_orp_nazev);
    case KP_OBEC_SORT_POPULATION:
      return int64_sorter_new ("population");
    case KP_OBEC_SORT_AGE_0_14:
      return int64_sorter_new ("age-0-14");
    case KP_OBEC_SORT_AGE_15_64:
      return int64_sorter_new ("age-15-64");
    case KP_OBEC_SORT_AGE_65_PLUS:
      return int64_sorter_new ("age-65-plus");
    case KP_OBEC_SORT_AGE_80_PLUS:
      return int64_sorter_new ("age-80-plus");
    case KP_OBEC_SORT_SHARE_65_PLUS:
      return custom_sorter_new (compare_by_double, (gpointer) kp_obec_get_share_65_plus);
    case KP_OBEC_SORT_AGEING_INDEX:
      return custom_sorter_new (compare_by_double, (gpointer) kp_obec_get_ageing_index);
    case KP_OBEC_N_SORT_KEYS:
    default:
      g_return_val_if_reached (NULL);
    }
}
