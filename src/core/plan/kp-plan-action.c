/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan.h"
#include "kp-plan-private.h"
#include "kp-error.h"

#include <string.h>

/* Action plans: made from the current version for a year or two, their own fields and
 * monitoring, the carry-over of unfinished activities and the evaluation per priority. */

typedef struct
{
  KpActionPlanData *data;
  int               year_from;
  int               year_to;
  KpPlanItem       *priority;
} Collect;

static gboolean
runs_in (const KpPlanItemData *d,
         int                   year_from,
         int                   year_to)
{
  int start = d->start != NULL ? (int) g_ascii_strtoll (d->start, NULL, 10) : G_MININT;
  int end = d->end != NULL ? (int) g_ascii_strtoll (d->end, NULL, 10) : G_MAXINT;

  if (d->has_status && d->status == KP_ACTIVITY_STATUS_CANCELLED)
    return FALSE;
  return start <= year_to && end >= year_from;
}

static KpActionPlanEntry *
entry_from_item (KpPlanItem *item,
                 KpPlanItem *priority,
                 int         year_from,
                 int         year_to)
{
  const KpPlanItemData *d = kp_plan_item_get_data (item);
  KpActionPlanEntry    *e = kp_action_plan_entry_new ();

  e->item_uid = g_strdup (d->uid);
  e->code = g_strdup (kp_plan_item_get_code (item));
  e->title = g_strdup (d->title);
  e->priority_uid = g_strdup (kp_plan_item_get_uid (priority));
  e->priority_code = g_strdup (kp_plan_item_get_code (priority));
  e->priority_title = g_strdup (kp_plan_item_get_title (priority));
  e->responsible = g_strdup (d->responsible);
  if (d->end != NULL && (int) g_ascii_strtoll (d->end, NULL, 10) <= year_to)
    e->deadline = g_strdup (d->end);
  for (guint i = 0; i < d->costs->len; i++)
    {
      KpPlanCost         *c = g_ptr_array_index (d->costs, i);
      KpActionPlanAmount *a;

      if (c->year < year_from || c->year > year_to)
        continue;
      a = g_new0 (KpActionPlanAmount, 1);
      a->year = c->year;
      a->source = c->source;
      a->obec_kod = g_strdup (c->obec_kod);
      a->planned = c->amount;
      g_ptr_array_add (e->amounts, a);
    }
  for (guint i = 0; i < d->indicators->len; i++)
    {
      KpPlanIndicator       *n = g_ptr_array_index (d->indicators, i);
      KpActionPlanIndicator *m = g_new0 (KpActionPlanIndicator, 1);

      m->uid = g_strdup (n->uid);
      m->name = g_strdup (n->name);
      m->unit = g_strdup (n->unit);
      m->has_baseline = n->has_baseline;
      m->baseline = n->baseline;
      m->has_target = n->has_target;
      m->target = n->target;
      g_ptr_array_add (e->indicators, m);
    }
  return e;
}

static void
collect (KpPlan     *self,
         GListModel *items,
         Collect    *c)
{
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpPlanItem) item = g_list_model_get_item (items, i);

      if (kp_plan_item_get_depth (item) == 1)
        c->priority = item;
      if (kp_plan_item_is_activity (self, item))
        {
          if (runs_in (kp_plan_item_get_data (item), c->year_from, c->year_to))
            g_ptr_array_add (c->data->entries,
                             entry_from_item (item, c->priority, c->year_from, c->year_to));
        }
      else
        collect (self, kp_plan_item_get_children (item), c);
    }
}

typedef struct
{
  const KpActionPlanData *plan;
  gint64                  new_id;
  gint64                  delete_id;
  gint64                  update_id;
  GPtrArray              *old_entries; /* KpActionPlanEntry (borrowed) */
  GPtrArray              *new_entries;
  gint64                  add_to; /* plan id to append @added to */
  GPtrArray              *added;
} ActionEdit;

static gboolean
write_action (KpDatabase *db,
              gpointer    data,
              GError    **error)
{
  ActionEdit *edit = data;

  if (edit->delete_id != 0 && !kp_action_plan_repository_delete (db, edit->delete_id, error))
    return FALSE;
  if (edit->plan != NULL &&
      !kp_action_plan_repository_insert (db, edit->plan, &edit->new_id, error))
    return FALSE;
  for (guint i = 0; edit->new_entries != NULL && i < edit->new_entries->len; i++)
    if (!kp_action_plan_repository_update_entry (db, edit->update_id,
                                                 g_ptr_array_index (edit->old_entries, i),
                                                 g_ptr_array_index (edit->new_entries, i), error))
      return FALSE;
  for (guint i = 0; edit->added != NULL && i < edit->added->len; i++)
    if (!kp_action_plan_repository_insert_entry (db, edit->add_to, G_MAXINT / 2 + (int) i,
                                                 g_ptr_array_index (edit->added, i), error))
      return FALSE;
  return TRUE;
}

static gboolean
overlaps (KpPlan *self,
          int     year_from,
          int     year_to)
{
  GListModel *plans = kp_plan_get_action_plans (self);
  guint       n = g_list_model_get_n_items (plans);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpActionPlan) plan = g_list_model_get_item (plans, i);
      const KpActionPlanData *d = kp_action_plan_get_data (plan);

      if (d->year_from <= year_to && d->year_to >= year_from)
        return TRUE;
    }
  return FALSE;
}

KpActionPlan *
kp_plan_create_action_plan (KpPlan  *self,
                            int      year_from,
                            int      year_to,
                            GError **error)
{
  const KpPlanVersionData *version;
  g_autoptr (KpActionPlanData) data = NULL;
  Collect    c = { 0 };
  ActionEdit edit = { 0 };

  g_return_val_if_fail (KP_IS_PLAN (self), NULL);

  if (!kp_plan_has_plan (self))
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("The project has no plan yet"));
      return NULL;
    }
  version = kp_plan_version_get_data (kp_plan_get_current_version (self));
  if (year_to < year_from || year_to > year_from + 1)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("An action plan is for one year or two"));
      return NULL;
    }
  if (year_from < version->period_from || year_to > version->period_to)
    {
      g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                   _ ("The years of an action plan lie within the plan’s period %d–%d"),
                   version->period_from, version->period_to);
      return NULL;
    }
  if (overlaps (self, year_from, year_to))
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("An action plan for these years already exists"));
      return NULL;
    }
  data = kp_action_plan_data_new ();
  data->year_from = year_from;
  data->year_to = year_to;
  data->version_number = version->number;
  c = (Collect){ data, year_from, year_to, NULL };
  collect (self, kp_plan_get_items (self), &c);
  edit.plan = data;
  if (!kp_project_edit (kp_plan_get_project (self), _ ("Create an action plan"), write_action,
                        &edit, error))
    return NULL;
  return kp_plan_find_action_plan (self, year_from);
}

gboolean
kp_plan_delete_action_plan (KpPlan       *self,
                            KpActionPlan *plan,
                            GError      **error)
{
  ActionEdit edit = { 0 };

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KP_IS_ACTION_PLAN (plan), FALSE);

  edit.delete_id = kp_action_plan_get_id (plan);
  return kp_project_edit (kp_plan_get_project (self), _ ("Delete an action plan"), write_action,
                          &edit, error);
}

static KpActionPlanEntry *
find_entry (const KpActionPlanData *data,
            const char             *uid)
{
  for (guint i = 0; i < data->entries->len; i++)
    {
      KpActionPlanEntry *e = g_ptr_array_index (data->entries, i);

      if (g_strcmp0 (e->item_uid, uid) == 0)
        return e;
    }
  return NULL;
}

static gboolean
check_entry (const KpActionPlanData  *plan,
             const KpActionPlanEntry *entry,
             GError                 **error)
{
  for (guint i = 0; i < entry->amounts->len; i++)
    {
      KpActionPlanAmount *a = g_ptr_array_index (entry->amounts, i);

      if (a->year < plan->year_from || a->year > plan->year_to)
        {
          g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                       _ ("%s: the year %d lies outside the action plan"), entry->code, a->year);
          return FALSE;
        }
      if (a->planned < 0 || (a->has_spent && a->spent < 0))
        {
          g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                       _ ("%s: an amount of money cannot be negative"), entry->code);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
kp_plan_update_action_plan_entry (KpPlan                  *self,
                                  KpActionPlan            *plan,
                                  const KpActionPlanEntry *entry,
                                  GError                 **error)
{
  const KpActionPlanData *data;
  KpActionPlanEntry      *old;
  g_autoptr (GPtrArray) olds = g_ptr_array_new ();
  g_autoptr (GPtrArray) news = g_ptr_array_new ();
  ActionEdit edit = { 0 };

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KP_IS_ACTION_PLAN (plan), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);

  data = kp_action_plan_get_data (plan);
  old = find_entry (data, entry->item_uid);
  if (old == NULL)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND,
                           _ ("The activity is not in the action plan"));
      return FALSE;
    }
  if (!check_entry (data, entry, error))
    return FALSE;
  g_ptr_array_add (olds, old);
  g_ptr_array_add (news, (gpointer) entry);
  edit.update_id = data->id;
  edit.old_entries = olds;
  edit.new_entries = news;
  return kp_project_edit (kp_plan_get_project (self), _ ("Edit an activity of the action plan"),
                          write_action, &edit, error);
}

/* The entry an unfinished activity gets in the next year. */
static KpActionPlanEntry *
carried_entry (KpPlan                  *self,
               const KpActionPlanEntry *old,
               int                      year)
{
  KpActionPlanEntry *e = kp_action_plan_entry_copy (old);
  KpPlanItem        *item = kp_plan_find_item_by_uid (self, old->item_uid);

  e->carried_over = TRUE;
  e->has_status = old->has_status && (old->status == KP_ACTIVITY_STATUS_IN_PROGRESS ||
                                      old->status == KP_ACTIVITY_STATUS_PARTLY_DONE);
  e->status = KP_ACTIVITY_STATUS_IN_PROGRESS;
  g_clear_pointer (&e->evaluation, g_free);
  if (e->deadline != NULL && (int) g_ascii_strtoll (e->deadline, NULL, 10) < year)
    g_clear_pointer (&e->deadline, g_free);
  g_ptr_array_set_size (e->amounts, 0);
  /* The plan's money for that year, or what was not spent. */
  if (item != NULL)
    for (guint i = 0; i < kp_plan_item_get_data (item)->costs->len; i++)
      {
        KpPlanCost         *c = g_ptr_array_index (kp_plan_item_get_data (item)->costs, i);
        KpActionPlanAmount *a;

        if (c->year != year)
          continue;
        a = g_new0 (KpActionPlanAmount, 1);
        a->year = year;
        a->source = c->source;
        a->obec_kod = g_strdup (c->obec_kod);
        a->planned = c->amount;
        g_ptr_array_add (e->amounts, a);
      }
  if (e->amounts->len == 0)
    for (guint i = 0; i < old->amounts->len; i++)
      {
        KpActionPlanAmount *o = g_ptr_array_index (old->amounts, i);
        gint64              rest = o->planned - (o->has_spent ? o->spent : 0);
        KpActionPlanAmount *a;

        if (rest <= 0)
          continue;
        a = g_new0 (KpActionPlanAmount, 1);
        a->year = year;
        a->source = o->source;
        a->obec_kod = g_strdup (o->obec_kod);
        a->planned = rest;
        g_ptr_array_add (e->amounts, a);
      }
  for (guint i = 0; i < e->indicators->len; i++)
    ((KpActionPlanIndicator *) g_ptr_array_index (e->indicators, i))->has_actual = FALSE;
  return e;
}

KpActionPlan *
kp_plan_carry_over (KpPlan       *self,
                    KpActionPlan *plan,
                    guint        *out_n_moved,
                    GError      **error)
{
  const KpActionPlanData  *data;
  const KpPlanVersionData *version;
  KpActionPlan            *next;
  int                      year;
  g_autoptr (KpActionPlanData) new_plan = NULL;
  g_autoptr (GPtrArray) added = g_ptr_array_new_with_free_func (
      (GDestroyNotify) kp_action_plan_entry_free);
  g_autoptr (GPtrArray) olds = g_ptr_array_new ();
  g_autoptr (GPtrArray) news = g_ptr_array_new_with_free_func (
      (GDestroyNotify) kp_action_plan_entry_free);
  ActionEdit edit = { 0 };

  g_return_val_if_fail (KP_IS_PLAN (self), NULL);
  g_return_val_if_fail (KP_IS_ACTION_PLAN (plan), NULL);

  data = kp_action_plan_get_data (plan);
  year = data->year_to + 1;
  if (!kp_plan_has_plan (self))
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("The project has no plan yet"));
      return NULL;
    }
  version = kp_plan_version_get_data (kp_plan_get_current_version (self));
  if (year > version->period_to)
    {
      g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                   _ ("The plan’s period ends in %d; unfinished activities go to the next plan"),
                   version->period_to);
      return NULL;
    }
  next = kp_plan_find_action_plan (self, year);
  for (guint i = 0; i < data->entries->len; i++)
    {
      KpActionPlanEntry *e = g_ptr_array_index (data->entries, i);
      KpActionPlanEntry *marked;

      if (e->has_status && !kp_activity_status_is_unfinished (e->status))
        continue;
      if (next == NULL || find_entry (kp_action_plan_get_data (next), e->item_uid) == NULL)
        g_ptr_array_add (added, carried_entry (self, e, year));
      if (e->has_status && e->status != KP_ACTIVITY_STATUS_NOT_STARTED)
        continue;
      marked = kp_action_plan_entry_copy (e);
      marked->has_status = TRUE;
      marked->status = KP_ACTIVITY_STATUS_MOVED;
      g_ptr_array_add (olds, e);
      g_ptr_array_add (news, marked);
    }
  if (out_n_moved != NULL)
    *out_n_moved = added->len;
  if (next == NULL)
    {
      new_plan = kp_action_plan_data_new ();
      new_plan->year_from = year;
      new_plan->year_to = year;
      new_plan->version_number = version->number;
      g_ptr_array_extend_and_steal (new_plan->entries, g_steal_pointer (&added));
      added = g_ptr_array_new ();
      edit.plan = new_plan;
    }
  else
    {
      edit.add_to = kp_action_plan_get_id (next);
      edit.added = added;
    }
  edit.update_id = data->id;
  edit.old_entries = olds;
  edit.new_entries = news;
  if (!kp_project_edit (kp_plan_get_project (self),
                        _ ("Move the unfinished activities to the next year"), write_action, &edit,
                        error))
    return NULL;
  return kp_plan_find_action_plan (self, year);
}

/* Evaluation. */

void
kp_evaluation_line_free (KpEvaluationLine *line)
{
  if (line == NULL)
    return;
  g_free (line->priority_uid);
  g_free (line->label);
  g_free (line);
}

typedef struct
{
  const KpActionPlanEntry *latest;
  gint64                   planned;
  gint64                   spent;
} Outcome;

static gboolean
target_met (const KpActionPlanIndicator *n)
{
  if (!n->has_target || !n->has_actual)
    return FALSE;
  /* A target below the baseline is a decrease. */
  if (n->has_baseline && n->target < n->baseline)
    return n->actual <= n->target;
  return n->actual >= n->target;
}

static void
add_outcome (KpEvaluationLine *line,
             const Outcome    *outcome)
{
  const KpActionPlanEntry *e = outcome->latest;

  line->activities++;
  line->by_status[e->has_status ? e->status : KP_ACTIVITY_STATUS_NOT_STARTED]++;
  for (guint i = 0; i < e->indicators->len; i++)
    {
      KpActionPlanIndicator *n = g_ptr_array_index (e->indicators, i);

      if (!n->has_target)
        continue;
      line->indicators++;
      if (target_met (n))
        line->targets_met++;
    }
  line->planned += outcome->planned;
  line->spent += outcome->spent;
}

GPtrArray *
kp_plan_evaluate (KpPlan *self,
                  int     year_from,
                  int     year_to)
{
  GListModel *plans;
  guint       n;
  g_autoptr (GHashTable) outcomes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr (GPtrArray) order = g_ptr_array_new (); /* uids, first seen first */
  g_autoptr (GHashTable) lines_by_key = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray        *lines;
  KpEvaluationLine *total;

  g_return_val_if_fail (KP_IS_PLAN (self), NULL);

  plans = kp_plan_get_action_plans (self);
  n = g_list_model_get_n_items (plans);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpActionPlan) plan = g_list_model_get_item (plans, i);
      const KpActionPlanData *d = kp_action_plan_get_data (plan);

      if (d->year_to < year_from || d->year_from > year_to)
        continue;
      for (guint j = 0; j < d->entries->len; j++)
        {
          const KpActionPlanEntry *e = g_ptr_array_index (d->entries, j);
          Outcome                 *o = g_hash_table_lookup (outcomes, e->item_uid);

          if (o == NULL)
            {
              o = g_new0 (Outcome, 1);
              g_hash_table_insert (outcomes, e->item_uid, o);
              g_ptr_array_add (order, e->item_uid);
            }
          o->latest = e;
          for (guint k = 0; k < e->amounts->len; k++)
            {
              KpActionPlanAmount *a = g_ptr_array_index (e->amounts, k);

              if (a->year < year_from || a->year > year_to)
                continue;
              o->planned += a->planned;
              o->spent += a->has_spent ? a->spent : 0;
            }
        }
    }
  lines = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_evaluation_line_free);
  total = g_new0 (KpEvaluationLine, 1);
  total->label = g_strdup (_ ("Total"));
  for (guint i = 0; i < order->len; i++)
    {
      Outcome                 *o = g_hash_table_lookup (outcomes, g_ptr_array_index (order, i));
      const KpActionPlanEntry *e = o->latest;
      const char              *key = e->priority_uid != NULL ? e->priority_uid : "";
      KpEvaluationLine        *line = g_hash_table_lookup (lines_by_key, key);

      if (line == NULL)
        {
          line = g_new0 (KpEvaluationLine, 1);
          line->priority_uid = g_strdup (e->priority_uid);
          line->label = g_strdup_printf ("%s %s", e->priority_code != NULL ? e->priority_code : "",
                                         e->priority_title != NULL ? e->priority_title : "");
          g_strstrip (line->label);
          g_ptr_array_add (lines, line);
          g_hash_table_insert (lines_by_key, line->priority_uid != NULL ? line->priority_uid : (char *) "",
                               line);
        }
      add_outcome (line, o);
      add_outcome (total, o);
    }
  g_ptr_array_add (lines, total);
  return lines;
}

char *
kp_plan_format_evaluation (KpPlan *self,
                           int     year_from,
                           int     year_to)
{
  g_autoptr (GPtrArray) lines = NULL;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (KP_IS_PLAN (self), NULL);

  lines = kp_plan_evaluate (self, year_from, year_to);
  for (guint i = 0; i < lines->len; i++)
    {
      KpEvaluationLine *l = g_ptr_array_index (lines, i);
      g_autofree char  *planned = kp_format_money (l->planned);
      g_autofree char  *spent = kp_format_money (l->spent);
      g_autofree char  *activities = g_strdup_printf (
           g_dngettext (GETTEXT_PACKAGE, "%u activity", "%u activities", l->activities),
           l->activities);

      g_string_append_printf (out, "- **%s**: %s; ", l->label, activities);
      /* Translators: counts of activities by their state in an evaluation */
      g_string_append_printf (out, _ ("done %u, partly done %u, not done %u, moved %u"),
                              l->by_status[KP_ACTIVITY_STATUS_DONE],
                              l->by_status[KP_ACTIVITY_STATUS_PARTLY_DONE],
                              l->by_status[KP_ACTIVITY_STATUS_NOT_DONE],
                              l->by_status[KP_ACTIVITY_STATUS_MOVED]);
      g_string_append (out, "; ");
      g_string_append_printf (out, _ ("targets met %u of %u"), l->targets_met, l->indicators);
      g_string_append (out, "; ");
      g_string_append_printf (out, _ ("planned %s, spent %s"), planned, spent);
      g_string_append (out, "\n");
    }
  return g_string_free (out, FALSE);
}
