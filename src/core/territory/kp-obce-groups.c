/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-obce-groups.h"
#include "kp-czech.h"

static void
group_free (gpointer data)
{
  KpObceGroup *group = data;

  g_free (group->nazev);
  g_free (group->kod);
  g_free (group);
}

static const char *
group_key (KpObec          *obec,
           KpObceGroupLevel level)
{
  switch (level)
    {
    case KP_OBCE_GROUP_ORP:
      return kp_obec_get_orp_kod (obec);
    case KP_OBCE_GROUP_POU:
      return kp_obec_get_pou_kod (obec);
    case KP_OBCE_GROUP_OKRES:
    default:
      return kp_obec_get_okres_nazev (obec);
    }
}

static const char *
group_nazev (KpObec          *obec,
             KpObceGroupLevel level)
{
  switch (level)
    {
    case KP_OBCE_GROUP_ORP:
      return kp_obec_get_orp_nazev (obec);
    case KP_OBCE_GROUP_POU:
      return kp_obec_get_pou_nazev (obec);
    case KP_OBCE_GROUP_OKRES:
    default:
      return kp_obec_get_okres_nazev (obec);
    }
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const KpObceGroup *ga = *(const KpObceGroup *const *) a;
  const KpObceGroup *gb = *(const KpObceGroup *const *) b;
  int                order;

  if (ga->level != gb->level)
    return (int) ga->level - (int) gb->level;
  order = kp_czech_compare (ga->nazev, gb->nazev);
  return order != 0 ? order : g_strcmp0 (ga->kod, gb->kod);
}

/**
 * kp_obce_groups_list:
 *
 * Returns: (transfer full) (element-type KpObceGroup): see kp-obce-groups.h
 */
GPtrArray *
kp_obce_groups_list (GListModel *obce)
{
  GPtrArray *groups = g_ptr_array_new_with_free_func (group_free);
  guint      n = g_list_model_get_n_items (obce);

  for (int level = KP_OBCE_GROUP_ORP; level <= KP_OBCE_GROUP_OKRES; level++)
    {
      g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);
          const char  *key = group_key (obec, level);
          KpObceGroup *group;

          if (key == NULL || group_nazev (obec, level) == NULL)
            continue;
          group = g_hash_table_lookup (seen, key);
          if (group == NULL)
            {
              group = g_new0 (KpObceGroup, 1);
              group->level = level;
              group->kod = g_strdup (key);
              group->nazev = g_strdup (group_nazev (obec, level));
              g_hash_table_insert (seen, group->kod, group);
              g_ptr_array_add (groups, group);
            }
          group->n_obce++;
        }
    }
  g_ptr_array_sort (groups, compare_groups);
  return groups;
}

/**
 * kp_obce_groups_members:
 *
 * Returns: (transfer full) (element-type KpObec): see kp-obce-groups.h
 */
GPtrArray *
kp_obce_groups_members (GListModel        *obce,
                        const KpObceGroup *group)
{
  GPtrArray *members = g_ptr_array_new_with_free_func (g_object_unref);
  guint      n = g_list_model_get_n_items (obce);

  for (guint i = 0; i < n; i++)
    {
      KpObec *obec = g_list_model_get_item (obce, i);

      if (g_strcmp0 (group_key (obec, group->level), group->kod) == 0)
        g_ptr_array_add (members, obec);
      else
        g_object_unref (obec);
    }
  return members;
}
