/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan.h"
#include "kp-plan-private.h"
#include "kp-error.h"

/* The plan module's model: its versions, the strategy tree, chapters and comments of the
 * current version, and the action plans; read when the module is created and re-read, row
 * by row, after every change of its tables. */

/* Beyond this many changed items the tree is read again whole. */
#define FEW_CHANGES 256

static const char *const plan_tables[] = {
  "plan_version",
  "plan_item",
  "plan_item_tag",
  "plan_capacity",
  "plan_cost",
  "plan_indicator",
  "plan_chapter",
  "plan_comment",
  "action_plan",
  "action_plan_entry",
  "action_plan_amount",
  "action_plan_indicator",
  NULL,
};

static const char *const item_tables[] = {
  "plan_item",
  "plan_item_tag",
  "plan_capacity",
  "plan_cost",
  "plan_indicator",
  NULL,
};

static const char *const action_tables[] = {
  "action_plan",
  "action_plan_entry",
  "action_plan_amount",
  "action_plan_indicator",
  NULL,
};

G_DEFINE_FINAL_TYPE (KpPlan, kp_plan, KP_TYPE_PROJECT_MODULE)

KpDatabase *
kp_plan_get_database (KpPlan *self)
{
  return kp_project_get_database (kp_project_module_get_project (KP_PROJECT_MODULE (self)));
}

KpProject *
kp_plan_get_project (KpPlan *self)
{
  return kp_project_module_get_project (KP_PROJECT_MODULE (self));
}

gint64
kp_plan_get_current_id (KpPlan *self)
{
  return self->current != NULL ? kp_plan_version_get_id (self->current) : 0;
}

static void
clear_tree (KpPlan *self)
{
  g_list_store_remove_all (self->roots);
  g_hash_table_remove_all (self->items);
}

static gboolean
load_tree (KpPlan  *self,
           GError **error)
{
  g_autoptr (GPtrArray) rows = NULL;

  clear_tree (self);
  if (self->current == NULL)
    return TRUE;
  rows = kp_plan_repository_load_items (kp_plan_get_database (self), kp_plan_get_current_id (self),
                                        NULL, error);
  if (rows == NULL)
    return FALSE;
  kp_plan_apply_items (self, rows, NULL);
  return TRUE;
}

/* Chapters, comments, versions and action plans: lists of objects by id. */

typedef gint64 (*DataIdFunc) (gconstpointer data);
typedef gpointer (*NewObjectFunc) (gpointer data);
typedef void (*SetDataFunc) (gpointer object,
                             gpointer data);
typedef gint64 (*ObjectIdFunc) (gpointer object);

typedef struct
{
  DataIdFunc    data_id;
  ObjectIdFunc  object_id;
  NewObjectFunc new_object;
  SetDataFunc   set_data;
} ListKind;

/* Merges @datas (taken) into @store: all of its objects when @ids is NULL (then in the
 * order of @datas), else those of @ids (the others stay), then sorted by @compare. */
static void
merge_list (GListStore     *store,
            const ListKind *kind,
            GPtrArray      *datas,
            GArray         *ids,
            GCompareFunc    compare)
{
  GListModel *model = G_LIST_MODEL (store);
  guint       n = g_list_model_get_n_items (model);
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GHashTable) changed = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GPtrArray) wanted = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    g_hash_table_add (changed, &g_array_index (ids, gint64, i));
  for (guint i = 0; i < n; i++)
    {
      gpointer object = g_list_model_get_item (model, i);

      g_ptr_array_add (objects, object);
    }
  for (guint i = 0; i < objects->len; i++)
    {
      gpointer object = g_ptr_array_index (objects, i);
      gint64  *id = g_new (gint64, 1);

      *id = kind->object_id (object);
      g_hash_table_insert (by_id, id, object);
    }
  if (ids != NULL)
    for (guint i = 0; i < objects->len; i++)
      {
        gpointer object = g_ptr_array_index (objects, i);
        gint64   id = kind->object_id (object);

        if (!g_hash_table_contains (changed, &id))
          g_ptr_array_add (wanted, g_object_ref (object));
      }
  for (guint i = 0; i < datas->len; i++)
    {
      gpointer data = g_ptr_array_index (datas, i);
      gint64   id = kind->data_id (data);
      gpointer object = g_hash_table_lookup (by_id, &id);

      g_ptr_array_index (datas, i) = NULL;
      if (object != NULL)
        {
          kind->set_data (object, data);
          g_ptr_array_add (wanted, g_object_ref (object));
        }
      else
        g_ptr_array_add (wanted, kind->new_object (data));
    }
  if (compare != NULL)
    g_ptr_array_sort (wanted, compare);
  {
    GHashTableIter iter;
    gpointer       key;

    g_hash_table_iter_init (&iter, by_id);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_free (key);
  }
  kp_plan_splice_minimal (store, wanted);
}

static gint64
chapter_data_id (gconstpointer data)
{
  return ((const KpPlanChapterData *) data)->id;
}

static gint64
comment_data_id (gconstpointer data)
{
  return ((const KpPlanCommentData *) data)->id;
}

static gint64
version_data_id (gconstpointer data)
{
  return ((const KpPlanVersionData *) data)->id;
}

static gint64
action_data_id (gconstpointer data)
{
  return ((const KpActionPlanData *) data)->id;
}

static const ListKind chapter_kind = { chapter_data_id, (ObjectIdFunc) kp_plan_chapter_get_id,
                                       (NewObjectFunc) kp_plan_chapter_new,
                                       (SetDataFunc) kp_plan_chapter_set_data };
static const ListKind comment_kind = { comment_data_id, (ObjectIdFunc) kp_plan_comment_get_id,
                                       (NewObjectFunc) kp_plan_comment_new,
                                       (SetDataFunc) kp_plan_comment_set_data };
static const ListKind version_kind = { version_data_id, (ObjectIdFunc) kp_plan_version_get_id,
                                       (NewObjectFunc) kp_plan_version_new,
                                       (SetDataFunc) kp_plan_version_set_data };
static const ListKind action_kind = { action_data_id, (ObjectIdFunc) kp_action_plan_get_id,
                                      (NewObjectFunc) kp_action_plan_new,
                                      (SetDataFunc) kp_action_plan_set_data };

static int
compare_action_plans (gconstpointer a,
                      gconstpointer b)
{
  int ya = kp_action_plan_get_data (*(KpActionPlan *const *) a)->year_from;
  int yb = kp_action_plan_get_data (*(KpActionPlan *const *) b)->year_from;

  return ya < yb ? -1 : ya > yb;
}

static gboolean
load_chapters (KpPlan  *self,
               GError **error)
{
  g_autoptr (GPtrArray) chapters = NULL;

  if (self->current == NULL)
    {
      g_list_store_remove_all (self->chapters);
      return TRUE;
    }
  chapters = kp_plan_repository_load_chapters (kp_plan_get_database (self),
                                               kp_plan_get_current_id (self), error);
  if (chapters == NULL)
    return FALSE;
  merge_list (self->chapters, &chapter_kind, chapters, NULL, NULL);
  return TRUE;
}

static gboolean
load_comments (KpPlan  *self,
               GError **error)
{
  g_autoptr (GPtrArray) comments = NULL;

  if (self->current == NULL)
    {
      g_list_store_remove_all (self->comments);
      return TRUE;
    }
  comments = kp_plan_repository_load_comments (kp_plan_get_database (self),
                                               kp_plan_get_current_id (self), error);
  if (comments == NULL)
    return FALSE;
  merge_list (self->comments, &comment_kind, comments, NULL, NULL);
  return TRUE;
}

static gboolean
load_action_plans (KpPlan  *self,
                   GArray  *ids,
                   GError **error)
{
  g_autoptr (GPtrArray) plans = kp_action_plan_repository_load (kp_plan_get_database (self), ids,
                                                                error);

  if (plans == NULL)
    return FALSE;
  merge_list (self->action_plans, &action_kind, plans, ids, compare_action_plans);
  return TRUE;
}

/* Reads the versions again. Returns: whether the current version is another one. */
static gboolean
load_versions (KpPlan   *self,
               gboolean *out_changed,
               GError  **error)
{
  g_autoptr (GPtrArray) versions = kp_plan_repository_list_versions (kp_plan_get_database (self),
                                                                     error);
  gint64 old_id = kp_plan_get_current_id (self);
  guint  n;

  if (versions == NULL)
    return FALSE;
  merge_list (self->versions, &version_kind, versions, NULL, NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->versions));
  g_clear_object (&self->current);
  if (n > 0)
    self->current = g_list_model_get_item (G_LIST_MODEL (self->versions), n - 1);
  g_clear_pointer (&self->levels, g_strfreev);
  if (self->current != NULL)
    {
      GPtrArray *levels = kp_plan_version_get_data (self->current)->levels;

      self->levels = g_new0 (char *, levels->len + 1);
      for (guint i = 0; i < levels->len; i++)
        self->levels[i] = g_strdup (g_ptr_array_index (levels, i));
    }
  *out_changed = old_id != kp_plan_get_current_id (self);
  return TRUE;
}

static gboolean
load_all (KpPlan  *self,
          GError **error)
{
  gboolean changed;

  return load_versions (self, &changed, error) && load_tree (self, error) &&
         load_chapters (self, error) && load_comments (self, error) &&
         load_action_plans (self, NULL, error);
}

static gboolean
kp_plan_load (KpProjectModule *module,
              GError         **error)
{
  return load_all (KP_PLAN (module), error);
}

static void
reload_items (KpPlan    *self,
              KpChanges *changes)
{
  g_autoptr (GArray) ids = kp_changes_dup_ids (changes, item_tables);
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;

  if (ids->len == 0)
    return;
  if (ids->len > FEW_CHANGES)
    {
      if (!load_tree (self, &error))
        g_warning ("Cannot read the plan again: %s", error->message);
      return;
    }
  rows = kp_plan_repository_load_items (kp_plan_get_database (self), kp_plan_get_current_id (self),
                                        ids, &error);
  if (rows == NULL)
    {
      g_warning ("Cannot read the changed items of the plan: %s", error->message);
      return;
    }
  kp_plan_apply_items (self, rows, ids);
}

static void
kp_plan_reload (KpProjectModule *module,
                KpChanges       *changes)
{
  KpPlan *self = KP_PLAN (module);
  g_autoptr (GError) error = NULL;
  gboolean other_version = FALSE;

  if (kp_changes_has_table (changes, "plan_version") &&
      !load_versions (self, &other_version, &error))
    {
      g_warning ("Cannot read the versions of the plan: %s", error->message);
      g_clear_error (&error);
    }
  if (other_version)
    {
      if (!load_tree (self, &error) || !load_chapters (self, &error) ||
          !load_comments (self, &error))
        {
          g_warning ("Cannot read the plan: %s", error->message);
          g_clear_error (&error);
        }
    }
  else
    {
      reload_items (self, changes);
      if (kp_changes_has_table (changes, "plan_chapter") && !load_chapters (self, &error))
        {
          g_warning ("Cannot read the chapters of the plan: %s", error->message);
          g_clear_error (&error);
        }
      if (kp_changes_has_table (changes, "plan_comment") && !load_comments (self, &error))
        {
          g_warning ("Cannot read the comments on the plan: %s", error->message);
          g_clear_error (&error);
        }
    }
  {
    g_autoptr (GArray) ids = kp_changes_dup_ids (changes, action_tables);

    if (ids->len > 0 && !load_action_plans (self, ids, &error))
      g_warning ("Cannot read the action plans: %s", error->message);
  }
}

static void
kp_plan_dispose (GObject *object)
{
  KpPlan *self = KP_PLAN (object);

  g_clear_object (&self->current);
  g_clear_object (&self->versions);
  g_clear_object (&self->roots);
  g_clear_pointer (&self->items, g_hash_table_unref);
  g_clear_object (&self->chapters);
  g_clear_object (&self->comments);
  g_clear_object (&self->action_plans);
  g_clear_pointer (&self->levels, g_strfreev);
  G_OBJECT_CLASS (kp_plan_parent_class)->dispose (object);
}

static void
kp_plan_class_init (KpPlanClass *klass)
{
  GObjectClass         *object_class = G_OBJECT_CLASS (klass);
  KpProjectModuleClass *module_class = KP_PROJECT_MODULE_CLASS (klass);

  object_class->dispose = kp_plan_dispose;

  module_class->name = "plan";
  module_class->tables = plan_tables;
  module_class->load = kp_plan_load;
  module_class->reload = kp_plan_reload;
}

static void
kp_plan_init (KpPlan *self)
{
  self->versions = g_list_store_new (KP_TYPE_PLAN_VERSION);
  self->roots = g_list_store_new (KP_TYPE_PLAN_ITEM);
  self->items = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->chapters = g_list_store_new (KP_TYPE_PLAN_CHAPTER);
  self->comments = g_list_store_new (KP_TYPE_PLAN_COMMENT);
  self->action_plans = g_list_store_new (KP_TYPE_ACTION_PLAN);
}

/**
 * kp_plan_get:
 *
 * Returns: (transfer none): the plan of @project, created and read on first use
 */
KpPlan *
kp_plan_get (KpProject *project)
{
  g_autoptr (GError) error = NULL;
  KpPlan *self;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);

  self = kp_project_get_module (project, KP_TYPE_PLAN, &error);
  if (self != NULL)
    return self;
  g_warning ("Cannot read the plan of “%s”: %s", kp_project_get_path (project), error->message);
  return kp_project_peek_module (project, KP_TYPE_PLAN);
}

GListModel *
kp_plan_get_versions (KpPlan *self)
{
  g_return_val_if_fail (KP_IS_PLAN (self), NULL);
  return G_LIST_MODEL (self->versions);
}

/**
 * kp_plan_get_current_version:
 *
 * Returns: (transfer none) (nullable): the newest version, %NULL without a plan
 */
KpPlanVersion *
kp_plan_get_current_version (KpPlan *self)
{
  g_return_val_if_fail (KP_IS_PLAN (self), NULL);
  return self->current;
}

gboolean
kp_plan_has_plan (KpPlan *self)
{
  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  return self->current != NULL;
}

gboolean
kp_plan_is_editable (KpPlan *self)
{
  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  return self->current != NULL &&
         !kp_plan_state_is_frozen (kp_plan_version_get_data (self->current)->state);
}

gboolean
kp_plan_check_editable (KpPlan  *self,
                        GError **error)
{
  if (self->current == NULL)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("The project has no plan yet"));
      return FALSE;
    }
  if (!kp_plan_is_editable (self))
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("This version of the plan is approved and cannot change; start "
                              "a new revision"));
      return FALSE;
    }
  return TRUE;
}

const char *const *
kp_plan_get_levels (KpPlan *self)
{
  g_return_val_if_fail (KP_IS_PLAN (self), NULL);
  return (const char *const *) self->levels;
}

guint
kp_plan_get_n_levels (KpPlan *self)
{
  g_return_val_if_fail (KP_IS_PLAN (self), 0);
  return self->levels != NULL ? g_strv_length (self->levels) : 0;
}

KpPlanVersionData *
kp_plan_dup_version_data (KpPlan  *self,
                          int      number,
                          GError **error)
{
  g_autoptr (GPtrArray) versions = NULL;

  g_return_val_if_fail (KP_IS_PLAN (self), NULL);

  versions = kp_plan_repository_list_versions (kp_plan_get_database (self), error);
  if (versions == NULL)
    return NULL;
  for (guint i = 0; i < versions->len; i++)
    {
      KpPlanVersionData *v = g_ptr_array_index (versions, i);

      if ((number == 0 && i + 1 == versions->len) || v->number == number)
        {
          KpPlanVersionData *data = g_ptr_array_steal_index (versions, i);

          if (!kp_plan_repository_load_content (kp_plan_get_database (self), data, error))
            {
              kp_plan_version_data_free (data);
              return NULL;
            }
          return data;
        }
    }
  if (number == 0)
    g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND,
                         _ ("The project has no plan yet"));
  else
    g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND,
                 _ ("The plan has no version %d"), number);
  return NULL;
}

GListModel *
kp_plan_get_items (KpPlan *self)
{
  g_return_val_if_fail (KP_IS_PLAN (self), NULL);
  return G_LIST_MODEL (self->roots);
}

/**
 * kp_plan_find_item:
 *
 * Returns: (transfer none) (nullable): the item of the current version with @id
 */
KpPlanItem *
kp_plan_find_item (KpPlan *self,
                   gint64  id)
{
  g_return_val_if_fail (KP_IS_PLAN (self), NULL);
  return g_hash_table_lookup (self->items, &id);
}

/**
 * kp_plan_find_item_by_uid:
 *
 * Returns: (transfer none) (nullable)
 */
KpPlanItem *
kp_plan_find_item_by_uid (KpPlan     *self,
                          const char *uid)
{
  GHashTableIter iter;
  gpointer       value;

  g_return_val_if_fail (KP_IS_PLAN (self), NULL);
  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (g_strcmp0 (kp_plan_item_get_uid (value), uid) == 0)
      return value;
  return NULL;
}

guint
kp_plan_count_items (KpPlan *self)
{
  g_return_val_if_fail (KP_IS_PLAN (self), 0);
  return g_hash_table_size (self->items);
}

gboolean
kp_plan_item_is_activity (KpPlan     *self,
                          KpPlanItem *item)
{
  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KP_IS_PLAN_ITEM (item), FALSE);
  return kp_plan_item_get_depth (item) >= (int) kp_plan_get_n_levels (self);
}

GListModel *
kp_plan_get_chapters (KpPlan *self)
{
  g_return_val_if_fail (KP_IS_PLAN (self), NULL);
  return G_LIST_MODEL (self->chapters);
}

GListModel *
kp_plan_get_comments (KpPlan *self)
{
  g_return_val_if_fail (KP_IS_PLAN (self), NULL);
  return G_LIST_MODEL (self->comments);
}

GListModel *
kp_plan_get_action_plans (KpPlan *self)
{
  g_return_val_if_fail (KP_IS_PLAN (self), NULL);
  return G_LIST_MODEL (self->action_plans);
}

/**
 * kp_plan_find_action_plan:
 *
 * Returns: (transfer none) (nullable): the action plan that begins in @year
 */
KpActionPlan *
kp_plan_find_action_plan (KpPlan *self,
                          int     year)
{
  guint n;

  g_return_val_if_fail (KP_IS_PLAN (self), NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->action_plans));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpActionPlan) plan = g_list_model_get_item (G_LIST_MODEL (self->action_plans), i);

      if (kp_action_plan_get_data (plan)->year_from == year)
        return plan;
    }
  return NULL;
}

char *
kp_plan_clean_text (const char *text)
{
  char *clean;

  if (text == NULL)
    return NULL;
  clean = g_strstrip (g_strdup (text));
  if (*clean == '\0')
    g_clear_pointer (&clean, g_free);
  return clean;
}
