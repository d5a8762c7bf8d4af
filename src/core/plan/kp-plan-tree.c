/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan.h"
#include "kp-plan-private.h"
#include "kp-error.h"

/* Edits of the strategy tree: adding, renaming, moving (up, down, in, out, anywhere) and
 * deleting items. Positions are 0, 1, 2 … among siblings; a move shifts the siblings it
 * leaves and those it joins, and the codes follow (kp-plan.c renumbers what changed). */

typedef struct
{
  gint64          version_id;
  gint64          id;
  gint64          old_parent;
  int             old_position;
  gint64          new_parent;
  int             new_position;
  KpPlanItemData *data; /* for an insertion */
  gint64          new_id;
} TreeEdit;

static gint64
parent_id_of (KpPlanItem *parent)
{
  return parent != NULL ? kp_plan_item_get_id (parent) : 0;
}

static GListModel *
siblings_of (KpPlan     *self,
             KpPlanItem *parent)
{
  return parent != NULL ? kp_plan_item_get_children (parent) : kp_plan_get_items (self);
}

/* How many levels @item and what is below it take. */
static int
subtree_height (KpPlanItem *item)
{
  GListModel *children = kp_plan_item_get_children (item);
  guint       n = g_list_model_get_n_items (children);
  int         height = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpPlanItem) child = g_list_model_get_item (children, i);

      height = MAX (height, subtree_height (child));
    }
  return height + 1;
}

static gboolean
check_depth (KpPlan  *self,
             int      depth,
             GError **error)
{
  guint n_levels = kp_plan_get_n_levels (self);

  if (depth > (int) n_levels)
    {
      g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE, "The plan has only %u level",
                                "The plan has only %u levels", n_levels),
                   n_levels);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_item (KpPlan     *self,
            KpPlanItem *item,
            GError    **error)
{
  if (item == NULL || kp_plan_find_item (self, kp_plan_item_get_id (item)) != item)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND,
                           _ ("The item is not in the plan"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_insert (KpDatabase *db,
              gpointer    data,
              GError    **error)
{
  TreeEdit *edit = data;

  return kp_plan_repository_shift_items (db, edit->version_id, edit->new_parent,
                                         edit->new_position, 1, error) &&
         kp_plan_repository_insert_item (db, edit->version_id, edit->new_parent,
                                         edit->new_position, edit->data, FALSE, &edit->new_id,
                                         error);
}

KpPlanItem *
kp_plan_add_item (KpPlan     *self,
                  KpPlanItem *parent,
                  int         position,
                  const char *title,
                  GError    **error)
{
  g_autoptr (KpPlanItemData) data = NULL;
  GListModel *siblings;
  guint       n;
  TreeEdit    edit = { 0 };
  int         depth;

  g_return_val_if_fail (KP_IS_PLAN (self), NULL);
  g_return_val_if_fail (parent == NULL || KP_IS_PLAN_ITEM (parent), NULL);

  if (!kp_plan_check_editable (self, error) ||
      (parent != NULL && !check_item (self, parent, error)))
    return NULL;
  depth = parent != NULL ? kp_plan_item_get_depth (parent) + 1 : 1;
  if (!check_depth (self, depth, error) ||
      !kp_project_check_text (title, _ ("The item needs a title"), error))
    return NULL;
  siblings = siblings_of (self, parent);
  n = g_list_model_get_n_items (siblings);
  data = kp_plan_item_data_new ();
  data->uid = kp_plan_new_uid ();
  data->title = kp_plan_clean_text (title);
  edit.version_id = kp_plan_get_current_id (self);
  edit.new_parent = parent_id_of (parent);
  edit.new_position = position < 0 || (guint) position > n ? (int) n : position;
  edit.data = data;
  if (!kp_project_edit (kp_plan_get_project (self), _ ("Add an item to the plan"), write_insert,
                        &edit, error))
    return NULL;
  return kp_plan_find_item (self, edit.new_id);
}

gboolean
kp_plan_rename_item (KpPlan     *self,
                     KpPlanItem *item,
                     const char *title,
                     GError    **error)
{
  g_autoptr (KpPlanItemData) data = NULL;

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KP_IS_PLAN_ITEM (item), FALSE);

  if (!kp_project_check_text (title, _ ("The item needs a title"), error))
    return FALSE;
  data = kp_plan_item_data_copy (kp_plan_item_get_data (item), FALSE);
  g_free (data->title);
  data->title = kp_plan_clean_text (title);
  return kp_plan_update_item (self, item, data, error);
}

static gboolean
write_move (KpDatabase *db,
            gpointer    data,
            GError    **error)
{
  TreeEdit *edit = data;

  /* Out of the way first, so that shifting the siblings never moves it too. */
  return kp_plan_repository_place_item (db, edit->id, edit->old_parent, G_MAXINT / 2, error) &&
         kp_plan_repository_shift_items (db, edit->version_id, edit->old_parent,
                                         edit->old_position + 1, -1, error) &&
         kp_plan_repository_shift_items (db, edit->version_id, edit->new_parent,
                                         edit->new_position, 1, error) &&
         kp_plan_repository_place_item (db, edit->id, edit->new_parent, edit->new_position, error);
}

static gboolean
is_below (KpPlanItem *item,
          KpPlanItem *ancestor)
{
  for (KpPlanItem *p = item; p != NULL; p = kp_plan_item_get_parent (p))
    if (p == ancestor)
      return TRUE;
  return FALSE;
}

gboolean
kp_plan_move_item (KpPlan     *self,
                   KpPlanItem *item,
                   KpPlanItem *parent,
                   int         position,
                   GError    **error)
{
  TreeEdit edit = { 0 };
  guint    n;
  int      depth;

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KP_IS_PLAN_ITEM (item), FALSE);
  g_return_val_if_fail (parent == NULL || KP_IS_PLAN_ITEM (parent), FALSE);

  if (!kp_plan_check_editable (self, error) || !check_item (self, item, error) ||
      (parent != NULL && !check_item (self, parent, error)))
    return FALSE;
  if (parent != NULL && is_below (parent, item))
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("An item cannot move below itself"));
      return FALSE;
    }
  depth = parent != NULL ? kp_plan_item_get_depth (parent) + 1 : 1;
  if (!check_depth (self, depth + subtree_height (item) - 1, error))
    return FALSE;
  n = g_list_model_get_n_items (siblings_of (self, parent));
  if (kp_plan_item_get_parent (item) == parent)
    n--;
  edit.version_id = kp_plan_get_current_id (self);
  edit.id = kp_plan_item_get_id (item);
  edit.old_parent = kp_plan_item_get_parent_id (item);
  edit.old_position = kp_plan_item_get_position (item);
  edit.new_parent = parent_id_of (parent);
  edit.new_position = position < 0 || (guint) position > n ? (int) n : position;
  if (edit.old_parent == edit.new_parent && edit.old_position == edit.new_position)
    return TRUE;
  return kp_project_edit (kp_plan_get_project (self), _ ("Move an item of the plan"), write_move,
                          &edit, error);
}

gboolean
kp_plan_move_item_by (KpPlan     *self,
                      KpPlanItem *item,
                      int         delta,
                      GError    **error)
{
  KpPlanItem *parent;
  int         position;
  guint       n;

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KP_IS_PLAN_ITEM (item), FALSE);

  parent = kp_plan_item_get_parent (item);
  n = g_list_model_get_n_items (siblings_of (self, parent));
  position = kp_plan_item_get_position (item) + delta;
  if (position < 0 || position >= (int) n)
    return TRUE;
  return kp_plan_move_item (self, item, parent, position, error);
}

gboolean
kp_plan_indent_item (KpPlan     *self,
                     KpPlanItem *item,
                     GError    **error)
{
  KpPlanItem *parent;
  g_autoptr (KpPlanItem) before = NULL;
  int position;

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KP_IS_PLAN_ITEM (item), FALSE);

  parent = kp_plan_item_get_parent (item);
  position = kp_plan_item_get_position (item);
  if (position == 0)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("The first item cannot move in: there is nothing above it"));
      return FALSE;
    }
  before = g_list_model_get_item (siblings_of (self, parent), (guint) position - 1);
  return kp_plan_move_item (self, item, before, -1, error);
}

gboolean
kp_plan_outdent_item (KpPlan     *self,
                      KpPlanItem *item,
                      GError    **error)
{
  KpPlanItem *parent;

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KP_IS_PLAN_ITEM (item), FALSE);

  parent = kp_plan_item_get_parent (item);
  if (parent == NULL)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("The item is already on the top level"));
      return FALSE;
    }
  return kp_plan_move_item (self, item, kp_plan_item_get_parent (parent),
                            kp_plan_item_get_position (parent) + 1, error);
}

static gboolean
write_delete (KpDatabase *db,
              gpointer    data,
              GError    **error)
{
  TreeEdit *edit = data;

  return kp_plan_repository_delete_item (db, edit->id, error) &&
         kp_plan_repository_shift_items (db, edit->version_id, edit->old_parent,
                                         edit->old_position + 1, -1, error);
}

gboolean
kp_plan_delete_item (KpPlan     *self,
                     KpPlanItem *item,
                     GError    **error)
{
  TreeEdit edit = { 0 };

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KP_IS_PLAN_ITEM (item), FALSE);

  if (!kp_plan_check_editable (self, error) || !check_item (self, item, error))
    return FALSE;
  edit.version_id = kp_plan_get_current_id (self);
  edit.id = kp_plan_item_get_id (item);
  edit.old_parent = kp_plan_item_get_parent_id (item);
  edit.old_position = kp_plan_item_get_position (item);
  return kp_project_edit (kp_plan_get_project (self), _ ("Delete an item of the plan"),
                          write_delete, &edit, error);
}
