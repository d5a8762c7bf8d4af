/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan.h"
#include "kp-plan-private.h"
#include "kp-error.h"

#include <string.h>

/* A plan's versions: starting one from a template, its vision, levels and period, its
 * states (draft → open for comments → approved → superseded), new revisions and the
 * comparison of two versions. */

/* Decree 505/2006 Sb., §39a: the parts of a plan, with live blocks where the project's
 * data belongs. The titles are Czech: they are the text of the user's document. */
static const struct
{
  int         depth;
  const char *title;
  const char *body;
} skeleton[] = {
  { 1, "Úvod",
    "Střednědobý plán rozvoje sociálních služeb navazuje na zákon č. 108/2006 Sb., o sociálních "
    "službách, a na vyhlášku č. 505/2006 Sb.\n" },
  { 1, "Popisná část", "" },
  { 2, "Organizační zajištění plánování", "" },
  { 2, "Popis procesu plánování", "" },
  { 1, "Analytická část", "" },
  { 2, "Sociodemografická analýza", "```komplan demography\n```\n" },
  { 2, "Analýza sociálních služeb", "```komplan services\n```\n" },
  { 2, "Analýza potřeb", "```komplan indicators\n```\n\n```komplan findings\n```\n" },
  { 2, "SWOT analýza", "```komplan swot\n```\n" },
  { 1, "Vyhodnocení předchozího plánu", "" },
  { 1, "Strategická část", "```komplan strategy\n```\n" },
  { 2, "Finanční zajištění", "```komplan budget\n```\n" },
  { 1, "Způsob zajištění sítě sociálních služeb", "" },
  { 1, "Monitoring a způsob aktualizace plánu", "" },
};

/* The generic priorities of CpKP plans (DOMAIN.md §2.3). */
static const char *const generic_priorities[] = {
  "Udržení stávajících sociálních služeb",
  "Zkvalitnění stávajících sociálních služeb",
  "Rozvoj sociálních služeb",
  "Zajištění doprovodných oblastí",
  "Všeobecná podpora rozvoje sociálních služeb",
};

void
kp_plan_fill_template (KpPlanVersionData    *data,
                       const KpPlanTemplate *tmpl)
{
  for (guint i = 0; tmpl->skeleton && i < G_N_ELEMENTS (skeleton); i++)
    {
      KpPlanChapterData *c = g_new0 (KpPlanChapterData, 1);

      c->uid = kp_plan_new_uid ();
      c->depth = skeleton[i].depth;
      c->title = g_strdup (skeleton[i].title);
      c->body = g_strdup (skeleton[i].body);
      g_ptr_array_add (data->chapters, c);
    }
  for (guint i = 0; tmpl->generic_priorities && i < G_N_ELEMENTS (generic_priorities); i++)
    {
      KpPlanItemData *item = kp_plan_item_data_new ();

      item->uid = kp_plan_new_uid ();
      item->title = g_strdup (generic_priorities[i]);
      item->focus = KP_PLAN_FOCUS_COMMON;
      g_ptr_array_add (data->items, item);
    }
}

static gboolean
check_levels (const char *const *levels,
              GError           **error)
{
  guint n = levels != NULL ? g_strv_length ((char **) levels) : 0;

  if (n < KP_PLAN_MIN_LEVELS || n > KP_PLAN_MAX_LEVELS)
    {
      g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                   _ ("A plan has %d to %d levels"), KP_PLAN_MIN_LEVELS, KP_PLAN_MAX_LEVELS);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    if (!kp_project_check_text (levels[i], _ ("Every level needs a name"), error))
      return FALSE;
  for (guint i = 0; i < n; i++)
    if (strchr (levels[i], '\n') != NULL)
      {
        g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                             _ ("A level’s name is one line"));
        return FALSE;
      }
  return TRUE;
}

typedef struct
{
  KpPlanVersionData *version;
  gint64             copy_from; /* a version whose content the new one copies */
  gint64             supersede; /* a version that becomes superseded */
} VersionEdit;

static gboolean
write_new_version (KpDatabase *db,
                   gpointer    data,
                   GError    **error)
{
  VersionEdit *edit = data;
  gint64       id;

  if (!kp_plan_repository_insert_version (db, edit->version, &id, error))
    return FALSE;
  if (edit->copy_from != 0)
    {
      g_autoptr (KpPlanVersionData) source = kp_plan_version_data_new ();

      source->id = edit->copy_from;
      if (!kp_plan_repository_load_content (db, source, error))
        return FALSE;
      /* Comments belong to the version they were made on. */
      g_ptr_array_set_size (source->comments, 0);
      return kp_plan_repository_write_content (db, id, source, error);
    }
  return kp_plan_repository_write_content (db, id, edit->version, error);
}

gboolean
kp_plan_start (KpPlan               *self,
               const KpPlanTemplate *tmpl,
               GError              **error)
{
  g_autoptr (KpPlanVersionData) version = NULL;
  VersionEdit edit = { 0 };

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (tmpl != NULL, FALSE);

  if (kp_plan_has_plan (self))
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("The project already has a plan"));
      return FALSE;
    }
  if (!kp_project_check_period (tmpl->period_from, tmpl->period_to, error) ||
      !check_levels (tmpl->levels, error))
    return FALSE;
  version = kp_plan_version_data_new ();
  version->number = 1;
  version->period_from = tmpl->period_from;
  version->period_to = tmpl->period_to;
  for (guint i = 0; tmpl->levels[i] != NULL; i++)
    g_ptr_array_add (version->levels, kp_plan_clean_text (tmpl->levels[i]));
  kp_plan_fill_template (version, tmpl);
  edit.version = version;
  return kp_project_edit (kp_plan_get_project (self), _ ("Start the plan"), write_new_version,
                          &edit, error);
}

static gboolean
write_version (KpDatabase *db,
               gpointer    data,
               GError    **error)
{
  VersionEdit *edit = data;

  if (edit->supersede != 0)
    {
      g_autoptr (GPtrArray) versions = kp_plan_repository_list_versions (db, error);

      if (versions == NULL)
        return FALSE;
      for (guint i = 0; i < versions->len; i++)
        {
          KpPlanVersionData *v = g_ptr_array_index (versions, i);

          if (v->id == edit->supersede)
            {
              v->state = KP_PLAN_STATE_SUPERSEDED;
              if (!kp_plan_repository_update_version (db, v, error))
                return FALSE;
            }
        }
    }
  return kp_plan_repository_update_version (db, edit->version, error);
}

/* A copy of the current version's fields to change. */
static KpPlanVersionData *
dup_current (KpPlan *self)
{
  const KpPlanVersionData *v = kp_plan_version_get_data (kp_plan_get_current_version (self));
  KpPlanVersionData       *copy = kp_plan_version_data_new ();

  copy->id = v->id;
  copy->number = v->number;
  copy->period_from = v->period_from;
  copy->period_to = v->period_to;
  for (guint i = 0; i < v->levels->len; i++)
    g_ptr_array_add (copy->levels, g_strdup (g_ptr_array_index (v->levels, i)));
  copy->vision = g_strdup (v->vision);
  copy->state = v->state;
  copy->comments_from = g_strdup (v->comments_from);
  copy->comments_to = g_strdup (v->comments_to);
  copy->has_approved_by = v->has_approved_by;
  copy->approved_by = v->approved_by;
  copy->resolution = g_strdup (v->resolution);
  copy->approved_on = g_strdup (v->approved_on);
  copy->based_on = v->based_on;
  return copy;
}

static gboolean
save_version (KpPlan            *self,
              KpPlanVersionData *version,
              gint64             supersede,
              const char        *label,
              GError           **error)
{
  VersionEdit edit = { version, 0, supersede };

  return kp_project_edit (kp_plan_get_project (self), label, write_version, &edit, error);
}

gboolean
kp_plan_set_vision (KpPlan     *self,
                    const char *vision,
                    GError    **error)
{
  g_autoptr (KpPlanVersionData) version = NULL;

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);

  if (!kp_plan_check_editable (self, error))
    return FALSE;
  version = dup_current (self);
  g_free (version->vision);
  version->vision = kp_plan_clean_text (vision);
  return save_version (self, version, 0, _ ("Edit the vision"), error);
}

static int
tree_height (GListModel *items)
{
  guint n = g_list_model_get_n_items (items);
  int   height = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpPlanItem) item = g_list_model_get_item (items, i);

      height = MAX (height, tree_height (kp_plan_item_get_children (item)) + 1);
    }
  return height;
}

gboolean
kp_plan_set_levels (KpPlan            *self,
                    const char *const *levels,
                    GError           **error)
{
  g_autoptr (KpPlanVersionData) version = NULL;
  int height;

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);

  if (!kp_plan_check_editable (self, error) || !check_levels (levels, error))
    return FALSE;
  height = tree_height (kp_plan_get_items (self));
  if ((int) g_strv_length ((char **) levels) < height)
    {
      g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE, "The strategy already has %d level",
                                "The strategy already has %d levels", height),
                   height);
      return FALSE;
    }
  version = dup_current (self);
  g_ptr_array_set_size (version->levels, 0);
  for (guint i = 0; levels[i] != NULL; i++)
    g_ptr_array_add (version->levels, kp_plan_clean_text (levels[i]));
  return save_version (self, version, 0, _ ("Change the levels of the plan"), error);
}

gboolean
kp_plan_set_period (KpPlan  *self,
                    int      period_from,
                    int      period_to,
                    GError **error)
{
  g_autoptr (KpPlanVersionData) version = NULL;

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);

  if (!kp_plan_check_editable (self, error) ||
      !kp_project_check_period (period_from, period_to, error))
    return FALSE;
  version = dup_current (self);
  version->period_from = period_from;
  version->period_to = period_to;
  return save_version (self, version, 0, _ ("Change the period of the plan"), error);
}

static gboolean
check_date (const char *date,
            GError    **error)
{
  g_autoptr (GDateTime) parsed = NULL;
  g_autofree char *with_time = NULL;

  if (date != NULL && strlen (date) == 10)
    {
      with_time = g_strconcat (date, "T00:00:00Z", NULL);
      parsed = g_date_time_new_from_iso8601 (with_time, NULL);
    }
  if (parsed == NULL)
    {
      g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                   _ ("“%s” is not a date"), date != NULL ? date : "");
      return FALSE;
    }
  return TRUE;
}

gboolean
kp_plan_open_for_comments (KpPlan     *self,
                           const char *from,
                           const char *to,
                           GError    **error)
{
  g_autoptr (KpPlanVersionData) version = NULL;

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);

  if (!kp_plan_check_editable (self, error) || !check_date (from, error) ||
      !check_date (to, error))
    return FALSE;
  if (strcmp (from, to) > 0)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("The time for comments ends before it begins"));
      return FALSE;
    }
  version = dup_current (self);
  version->state = KP_PLAN_STATE_COMMENTS;
  g_free (version->comments_from);
  version->comments_from = g_strdup (from);
  g_free (version->comments_to);
  version->comments_to = g_strdup (to);
  return save_version (self, version, 0, _ ("Open the plan for comments"), error);
}

gboolean
kp_plan_return_to_draft (KpPlan  *self,
                         GError **error)
{
  g_autoptr (KpPlanVersionData) version = NULL;

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);

  if (!kp_plan_check_editable (self, error))
    return FALSE;
  version = dup_current (self);
  if (version->state == KP_PLAN_STATE_DRAFT)
    return TRUE;
  version->state = KP_PLAN_STATE_DRAFT;
  return save_version (self, version, 0, _ ("Return the plan to a draft"), error);
}

gboolean
kp_plan_approve (KpPlan        *self,
                 KpApprovalBody body,
                 const char    *resolution,
                 const char    *date,
                 GError       **error)
{
  g_autoptr (KpPlanVersionData) version = NULL;
  GListModel *versions;
  guint       n;
  gint64      supersede = 0;

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (body < KP_N_APPROVAL_BODIES, FALSE);

  if (!kp_plan_check_editable (self, error) || !check_date (date, error) ||
      !kp_project_check_text (resolution, _ ("Give the number of the resolution"), error))
    return FALSE;
  versions = kp_plan_get_versions (self);
  n = g_list_model_get_n_items (versions);
  for (guint i = 0; i + 1 < n; i++)
    {
      g_autoptr (KpPlanVersion) older = g_list_model_get_item (versions, i);

      if (kp_plan_version_get_data (older)->state == KP_PLAN_STATE_APPROVED)
        supersede = kp_plan_version_get_id (older);
    }
  version = dup_current (self);
  version->state = KP_PLAN_STATE_APPROVED;
  version->has_approved_by = TRUE;
  version->approved_by = body;
  g_free (version->resolution);
  version->resolution = kp_plan_clean_text (resolution);
  g_free (version->approved_on);
  version->approved_on = g_strdup (date);
  return save_version (self, version, supersede, _ ("Approve the plan"), error);
}

gboolean
kp_plan_start_revision (KpPlan  *self,
                        GError **error)
{
  g_autoptr (KpPlanVersionData) version = NULL;
  VersionEdit edit = { 0 };

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);

  if (!kp_plan_has_plan (self) || kp_plan_is_editable (self))
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("A new revision starts from an approved version"));
      return FALSE;
    }
  version = dup_current (self);
  version->based_on = version->number;
  version->number++;
  version->state = KP_PLAN_STATE_DRAFT;
  g_clear_pointer (&version->comments_from, g_free);
  g_clear_pointer (&version->comments_to, g_free);
  version->has_approved_by = FALSE;
  g_clear_pointer (&version->resolution, g_free);
  g_clear_pointer (&version->approved_on, g_free);
  edit.version = version;
  edit.copy_from = kp_plan_get_current_id (self);
  return kp_project_edit (kp_plan_get_project (self), _ ("Start a new revision of the plan"),
                          write_new_version, &edit, error);
}

/* Comparison. */

void
kp_plan_difference_free (KpPlanDifference *difference)
{
  if (difference == NULL)
    return;
  g_free (difference->uid);
  g_free (difference->code);
  g_free (difference->title);
  g_clear_pointer (&difference->fields, g_ptr_array_unref);
  g_free (difference);
}

typedef struct
{
  const KpPlanItemData *item;
  char                 *code;
  char                 *parent_uid;
  int                   position;
} Placed;

static void
placed_free (Placed *placed)
{
  g_free (placed->code);
  g_free (placed->parent_uid);
  g_free (placed);
}

typedef struct
{
  GHashTable *by_uid; /* uid → Placed */
  GPtrArray  *order;  /* uids in tree order */
} Index;

static gboolean
index_item (const KpPlanItemData *item,
            const char           *code,
            int                   depth,
            const KpPlanItemData *parent,
            gpointer              user_data)
{
  Index  *index = user_data;
  Placed *placed = g_new0 (Placed, 1);
  guint   position = 0;

  placed->item = item;
  placed->code = g_strdup (code);
  placed->parent_uid = g_strdup (parent != NULL ? parent->uid : NULL);
  if (parent != NULL)
    g_ptr_array_find (parent->children, item, &position);
  placed->position = (int) position;
  g_hash_table_insert (index->by_uid, item->uid, placed);
  g_ptr_array_add (index->order, item->uid);
  return TRUE;
}

static void
build_index (Index                   *index,
             const KpPlanVersionData *data)
{
  index->by_uid = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) placed_free);
  index->order = g_ptr_array_new ();
  kp_plan_version_data_walk (data, index_item, index);
  /* Root positions: the walk cannot see them from a parent. */
  for (guint i = 0; i < data->items->len; i++)
    {
      const KpPlanItemData *item = g_ptr_array_index (data->items, i);

      ((Placed *) g_hash_table_lookup (index->by_uid, item->uid))->position = (int) i;
    }
}

static void
clear_index (Index *index)
{
  g_clear_pointer (&index->by_uid, g_hash_table_unref);
  g_clear_pointer (&index->order, g_ptr_array_unref);
}

static KpPlanDifference *
difference_new (KpPlanDifferenceKind kind,
                const Placed        *placed)
{
  KpPlanDifference *d = g_new0 (KpPlanDifference, 1);

  d->kind = kind;
  d->uid = g_strdup (placed->item->uid);
  d->code = g_strdup (placed->code);
  d->title = g_strdup (placed->item->title);
  d->fields = g_ptr_array_new ();
  return d;
}

GPtrArray *
kp_plan_compare (KpPlan  *self,
                 int      older,
                 int      newer,
                 GError **error)
{
  g_autoptr (KpPlanVersionData) a = NULL;
  g_autoptr (KpPlanVersionData) b = NULL;
  g_autoptr (GPtrArray) differences = NULL;
  Index old_index = { 0 }, new_index = { 0 };

  g_return_val_if_fail (KP_IS_PLAN (self), NULL);

  a = kp_plan_dup_version_data (self, older, error);
  if (a == NULL)
    return NULL;
  b = kp_plan_dup_version_data (self, newer, error);
  if (b == NULL)
    return NULL;
  build_index (&old_index, a);
  build_index (&new_index, b);
  differences = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_plan_difference_free);
  for (guint i = 0; i < new_index.order->len; i++)
    {
      const char *uid = g_ptr_array_index (new_index.order, i);
      Placed     *now = g_hash_table_lookup (new_index.by_uid, uid);
      Placed     *before = g_hash_table_lookup (old_index.by_uid, uid);
      g_autoptr (GPtrArray) fields = NULL;
      KpPlanDifference *d;

      if (before == NULL)
        {
          g_ptr_array_add (differences, difference_new (KP_PLAN_DIFFERENCE_ADDED, now));
          continue;
        }
      fields = kp_plan_item_data_diff_fields (before->item, now->item);
      g_ptr_array_set_size (fields, fields->len - 1);
      if (g_strcmp0 (before->parent_uid, now->parent_uid) != 0 ||
          before->position != now->position)
        g_ptr_array_add (fields, (gpointer) "place");
      if (fields->len == 0)
        continue;
      d = difference_new (KP_PLAN_DIFFERENCE_CHANGED, now);
      g_ptr_array_extend (d->fields, fields, NULL, NULL);
      g_ptr_array_add (differences, d);
    }
  for (guint i = 0; i < old_index.order->len; i++)
    {
      const char *uid = g_ptr_array_index (old_index.order, i);

      if (!g_hash_table_contains (new_index.by_uid, uid))
        g_ptr_array_add (differences, difference_new (KP_PLAN_DIFFERENCE_REMOVED,
                                                      g_hash_table_lookup (old_index.by_uid,
                                                                           uid)));
    }
  clear_index (&old_index);
  clear_index (&new_index);
  return g_steal_pointer (&differences);
}
