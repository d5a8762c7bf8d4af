/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-plan.h"
#include "kp-plan-private.h"

/* The strategy tree of the plan module: re-reading changed items into their places, the
 * smallest change of each list of children, and the codes renumbered below what changed. */

static gint64 *
id_key (gint64 id)
{
  gint64 *key = g_new (gint64, 1);

  *key = id;
  return key;
}

static GListStore *
children_store (KpPlan *self,
                gint64  parent_id)
{
  KpPlanItem *parent;

  if (parent_id == 0)
    return self->roots;
  parent = g_hash_table_lookup (self->items, &parent_id);
  return parent != NULL ? kp_plan_item_get_store (parent) : NULL;
}

static void
renumber (GListModel *children,
          const char *prefix,
          int         depth)
{
  guint n = g_list_model_get_n_items (children);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpPlanItem) item = g_list_model_get_item (children, i);
      g_autofree char *code = prefix != NULL ? g_strdup_printf ("%s.%u", prefix, i + 1)
                                             : g_strdup_printf ("%u", i + 1);

      kp_plan_item_set_code (item, code, depth);
      renumber (kp_plan_item_get_children (item), code, depth + 1);
    }
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  int pa = kp_plan_item_get_position (*(KpPlanItem *const *) a);
  int pb = kp_plan_item_get_position (*(KpPlanItem *const *) b);

  return pa < pb ? -1 : pa > pb;
}

/* When the @length items from @start differ only by one item moved from one end to the
 * other, moves it with one removal and one insertion: a view then changes two rows, not
 * the whole range. */
static gboolean
move_one (GListStore *store,
          GPtrArray  *wanted,
          guint       start,
          guint       length)
{
  GListModel *model = G_LIST_MODEL (store);
  guint       last = start + length - 1;
  g_autoptr (GObject) first_now = g_list_model_get_item (model, start);
  g_autoptr (GObject) last_now = g_list_model_get_item (model, last);
  gboolean down = first_now == g_ptr_array_index (wanted, last);
  gboolean up = last_now == g_ptr_array_index (wanted, start);

  for (guint i = start; (down || up) && i < last; i++)
    {
      g_autoptr (GObject) now_next = g_list_model_get_item (model, i + 1);
      g_autoptr (GObject) now_here = g_list_model_get_item (model, i);

      if (down && now_next != g_ptr_array_index (wanted, i))
        down = FALSE;
      if (up && now_here != g_ptr_array_index (wanted, i + 1))
        up = FALSE;
    }
  if (down)
    {
      g_list_store_remove (store, start);
      g_list_store_insert (store, last, first_now);
      return TRUE;
    }
  if (up)
    {
      g_list_store_remove (store, last);
      g_list_store_insert (store, start, last_now);
      return TRUE;
    }
  return FALSE;
}

/* Puts @store in the order of @wanted with the smallest splice. */
void
kp_plan_splice_minimal (GListStore *store,
                        GPtrArray  *wanted)
{
  GListModel *model = G_LIST_MODEL (store);
  guint       n = g_list_model_get_n_items (model);
  guint       prefix = 0, suffix = 0;

  while (prefix < n && prefix < wanted->len)
    {
      g_autoptr (GObject) item = g_list_model_get_item (model, prefix);

      if (item != g_ptr_array_index (wanted, prefix))
        break;
      prefix++;
    }
  while (suffix < n - prefix && suffix < wanted->len - prefix)
    {
      g_autoptr (GObject) item = g_list_model_get_item (model, n - 1 - suffix);

      if (item != g_ptr_array_index (wanted, wanted->len - 1 - suffix))
        break;
      suffix++;
    }
  if (prefix == n && prefix == wanted->len)
    return;
  if (n == wanted->len && n - prefix - suffix >= 2 &&
      move_one (store, wanted, prefix, n - prefix - suffix))
    return;
  g_list_store_splice (store, prefix, n - prefix - suffix, wanted->pdata + prefix,
                       wanted->len - prefix - suffix);
}

/* Rebuilds the children of @parent_id from what the store has and @placed (items whose
 * parent is it now), keeping those still there, in their positions. */
static void
rebuild_children (KpPlan    *self,
                  gint64     parent_id,
                  GPtrArray *placed)
{
  GListStore *store = children_store (self, parent_id);
  KpPlanItem *parent = parent_id != 0 ? g_hash_table_lookup (self->items, &parent_id) : NULL;
  g_autoptr (GPtrArray) wanted = g_ptr_array_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint n;

  if (store == NULL)
    return;
  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpPlanItem) item = g_list_model_get_item (G_LIST_MODEL (store), i);
      gint64 id = kp_plan_item_get_id (item);

      if (g_hash_table_lookup (self->items, &id) == item &&
          kp_plan_item_get_parent_id (item) == parent_id && g_hash_table_add (seen, item))
        g_ptr_array_add (wanted, item);
    }
  for (guint i = 0; placed != NULL && i < placed->len; i++)
    {
      KpPlanItem *item = g_ptr_array_index (placed, i);

      if (g_hash_table_add (seen, item))
        g_ptr_array_add (wanted, item);
    }
  g_ptr_array_sort (wanted, compare_positions);
  for (guint i = 0; i < wanted->len; i++)
    kp_plan_item_set_parent (g_ptr_array_index (wanted, i), parent);
  kp_plan_splice_minimal (store, wanted);
}

static void
renumber_under (KpPlan *self,
                gint64  parent_id)
{
  KpPlanItem *parent;

  if (parent_id == 0)
    {
      renumber (G_LIST_MODEL (self->roots), NULL, 1);
      return;
    }
  parent = g_hash_table_lookup (self->items, &parent_id);
  if (parent != NULL)
    renumber (kp_plan_item_get_children (parent), kp_plan_item_get_code (parent),
              kp_plan_item_get_depth (parent) + 1);
}

/* Applies @rows (the items of @ids that exist; all items when @ids is NULL). */
void
kp_plan_apply_items (KpPlan    *self,
                     GPtrArray *rows,
                     GArray    *ids)
{
  g_autoptr (GHashTable) placed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GHashTable) dirty = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr (GHashTable) present = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GPtrArray) removed = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer       key;

  for (guint i = 0; i < rows->len; i++)
    {
      KpPlanItemRow *row = g_ptr_array_index (rows, i);
      gint64         id = row->data->id;
      gint64         parent_id = row->parent_id;
      KpPlanItem    *item = g_hash_table_lookup (self->items, &id);
      GPtrArray     *list;

      if (item != NULL)
        {
          gint64 old_parent = kp_plan_item_get_parent_id (item);

          if (!kp_plan_item_update (item, row))
            {
              g_hash_table_add (present, (gpointer) &kp_plan_item_get_data (item)->id);
              continue;
            }
          g_hash_table_add (dirty, id_key (old_parent));
        }
      else
        {
          item = kp_plan_item_new (row);
          g_hash_table_insert (self->items, id_key (id), item);
        }
      g_hash_table_add (present, (gpointer) &kp_plan_item_get_data (item)->id);
      g_hash_table_add (dirty, id_key (parent_id));
      list = g_hash_table_lookup (placed, &parent_id);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (placed, id_key (parent_id), list);
        }
      g_ptr_array_add (list, item);
    }
  /* Items named by the change that no longer exist. */
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      gint64      id = g_array_index (ids, gint64, i);
      KpPlanItem *item = g_hash_table_lookup (self->items, &id);

      if (item == NULL || g_hash_table_contains (present, &id))
        continue;
      g_hash_table_add (dirty, id_key (kp_plan_item_get_parent_id (item)));
      g_ptr_array_add (removed, id_key (id));
    }
  /* Out of the index first, so that no parent keeps a deleted child. */
  for (guint i = 0; i < removed->len; i++)
    {
      gint64     *id = g_ptr_array_index (removed, i);
      KpPlanItem *item = g_hash_table_lookup (self->items, id);

      g_list_store_remove_all (kp_plan_item_get_store (item));
    }
  {
    g_autoptr (GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < removed->len; i++)
      {
        KpPlanItem *item = g_hash_table_lookup (self->items, g_ptr_array_index (removed, i));

        g_ptr_array_add (keep, g_object_ref (item));
        g_hash_table_remove (self->items, g_ptr_array_index (removed, i));
      }
    g_hash_table_iter_init (&iter, dirty);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      rebuild_children (self, *(gint64 *) key, g_hash_table_lookup (placed, key));
  }
  g_hash_table_iter_init (&iter, dirty);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    renumber_under (self, *(gint64 *) key);
}
