/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-data.h"

#include <string.h>

/* Plain data of a plan version: copying, freeing, comparing and walking it. */

static const struct
{
  const char *id;
  const char *name;
} states[] = {
  [KP_PLAN_STATE_DRAFT] = { "draft", NC_ ("plan state", "Draft") },
  [KP_PLAN_STATE_COMMENTS] = { "comments", NC_ ("plan state", "Open for comments") },
  [KP_PLAN_STATE_APPROVED] = { "approved", NC_ ("plan state", "Approved") },
  [KP_PLAN_STATE_SUPERSEDED] = { "superseded", NC_ ("plan state", "Superseded") },
};

const char *
kp_plan_state_to_string (KpPlanState state)
{
  g_return_val_if_fail (state <= KP_PLAN_STATE_SUPERSEDED, NULL);
  return states[state].id;
}

gboolean
kp_plan_state_from_string (const char  *id,
                           KpPlanState *out_state)
{
  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (states); i++)
    if (strcmp (states[i].id, id) == 0)
      {
        *out_state = (KpPlanState) i;
        return TRUE;
      }
  return FALSE;
}

const char *
kp_plan_state_get_name (KpPlanState state)
{
  g_return_val_if_fail (state <= KP_PLAN_STATE_SUPERSEDED, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "plan state", states[state].name);
}

gboolean
kp_plan_state_is_frozen (KpPlanState state)
{
  return state == KP_PLAN_STATE_APPROVED || state == KP_PLAN_STATE_SUPERSEDED;
}

static GPtrArray *
strings_new (void)
{
  return g_ptr_array_new_with_free_func (g_free);
}

static GPtrArray *
strings_copy (GPtrArray *strings)
{
  GPtrArray *copy = strings_new ();

  for (guint i = 0; i < strings->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (strings, i)));
  return copy;
}

static gpointer
copy_service_kind (gconstpointer src,
                   gpointer      user_data)
{
  return kp_plan_service_kind_copy (src);
}

static gpointer
copy_capacity (gconstpointer src,
               gpointer      user_data)
{
  return kp_plan_capacity_copy (src);
}

static gpointer
copy_cost (gconstpointer src,
           gpointer      user_data)
{
  return kp_plan_cost_copy (src);
}

static gpointer
copy_indicator (gconstpointer src,
                gpointer      user_data)
{
  return kp_plan_indicator_copy (src);
}

static GPtrArray *
array_copy (GPtrArray     *array,
            GCopyFunc      copy,
            GDestroyNotify free_func)
{
  GPtrArray *out = g_ptr_array_new_full (array->len, free_func);

  for (guint i = 0; i < array->len; i++)
    g_ptr_array_add (out, copy (g_ptr_array_index (array, i), NULL));
  return out;
}

static gboolean
strings_equal (GPtrArray *a,
               GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;
  return TRUE;
}

KpPlanCost *
kp_plan_cost_new (int               year,
                  KpFinancingSource source,
                  const char       *obec_kod,
                  gint64            amount)
{
  KpPlanCost *cost = g_new0 (KpPlanCost, 1);

  cost->year = year;
  cost->source = source;
  cost->obec_kod = obec_kod != NULL && *obec_kod != '\0' ? g_strdup (obec_kod) : NULL;
  cost->amount = amount;
  return cost;
}

KpPlanCost *
kp_plan_cost_copy (const KpPlanCost *cost)
{
  return kp_plan_cost_new (cost->year, cost->source, cost->obec_kod, cost->amount);
}

void
kp_plan_cost_free (KpPlanCost *cost)
{
  if (cost == NULL)
    return;
  g_free (cost->obec_kod);
  g_free (cost);
}

int
kp_plan_cost_compare (const KpPlanCost *a,
                      const KpPlanCost *b)
{
  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  if (a->source != b->source)
    return a->source < b->source ? -1 : 1;
  return g_strcmp0 (a->obec_kod, b->obec_kod);
}

KpPlanIndicator *
kp_plan_indicator_copy (const KpPlanIndicator *indicator)
{
  KpPlanIndicator *copy = g_new0 (KpPlanIndicator, 1);

  *copy = *indicator;
  copy->uid = g_strdup (indicator->uid);
  copy->name = g_strdup (indicator->name);
  copy->unit = g_strdup (indicator->unit);
  return copy;
}

void
kp_plan_indicator_free (KpPlanIndicator *indicator)
{
  if (indicator == NULL)
    return;
  g_free (indicator->uid);
  g_free (indicator->name);
  g_free (indicator->unit);
  g_free (indicator);
}

KpPlanCapacity *
kp_plan_capacity_copy (const KpPlanCapacity *capacity)
{
  KpPlanCapacity *copy = g_new0 (KpPlanCapacity, 1);

  copy->unit = g_strdup (capacity->unit);
  copy->change = capacity->change;
  return copy;
}

void
kp_plan_capacity_free (KpPlanCapacity *capacity)
{
  if (capacity == NULL)
    return;
  g_free (capacity->unit);
  g_free (capacity);
}

KpPlanServiceKind *
kp_plan_service_kind_copy (const KpPlanServiceKind *kind)
{
  KpPlanServiceKind *copy = g_new0 (KpPlanServiceKind, 1);

  copy->kind = g_strdup (kind->kind);
  copy->form = g_strdup (kind->form);
  return copy;
}

void
kp_plan_service_kind_free (KpPlanServiceKind *kind)
{
  if (kind == NULL)
    return;
  g_free (kind->kind);
  g_free (kind->form);
  g_free (kind);
}

KpPlanItemData *
kp_plan_item_data_new (void)
{
  KpPlanItemData *data = g_new0 (KpPlanItemData, 1);

  data->target_groups = strings_new ();
  data->service_kinds = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_plan_service_kind_free);
  data->services = strings_new ();
  data->obce = strings_new ();
  data->findings = strings_new ();
  data->capacity = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_plan_capacity_free);
  data->costs = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_plan_cost_free);
  data->indicators = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_plan_indicator_free);
  data->children = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_plan_item_data_free);
  return data;
}

KpPlanItemData *
kp_plan_item_data_copy (const KpPlanItemData *data,
                        gboolean              with_children)
{
  KpPlanItemData *copy = g_new0 (KpPlanItemData, 1);

  *copy = *data;
  copy->uid = g_strdup (data->uid);
  copy->title = g_strdup (data->title);
  copy->description = g_strdup (data->description);
  copy->justification = g_strdup (data->justification);
  copy->focus_group = g_strdup (data->focus_group);
  copy->focus_name = g_strdup (data->focus_name);
  copy->implementer = g_strdup (data->implementer);
  copy->partners = g_strdup (data->partners);
  copy->responsible = g_strdup (data->responsible);
  copy->start = g_strdup (data->start);
  copy->end = g_strdup (data->end);
  copy->note = g_strdup (data->note);
  copy->target_groups = strings_copy (data->target_groups);
  copy->service_kinds = array_copy (data->service_kinds, copy_service_kind,
                                    (GDestroyNotify) kp_plan_service_kind_free);
  copy->services = strings_copy (data->services);
  copy->obce = strings_copy (data->obce);
  copy->findings = strings_copy (data->findings);
  copy->capacity = array_copy (data->capacity, copy_capacity,
                               (GDestroyNotify) kp_plan_capacity_free);
  copy->costs = array_copy (data->costs, copy_cost,
                            (GDestroyNotify) kp_plan_cost_free);
  copy->indicators = array_copy (data->indicators, copy_indicator,
                                 (GDestroyNotify) kp_plan_indicator_free);
  copy->children = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_plan_item_data_free);
  for (guint i = 0; with_children && i < data->children->len; i++)
    g_ptr_array_add (copy->children, kp_plan_item_data_copy (g_ptr_array_index (data->children, i),
                                                             TRUE));
  return copy;
}

void
kp_plan_item_data_free (KpPlanItemData *data)
{
  if (data == NULL)
    return;
  g_free (data->uid);
  g_free (data->title);
  g_free (data->description);
  g_free (data->justification);
  g_free (data->focus_group);
  g_free (data->focus_name);
  g_free (data->implementer);
  g_free (data->partners);
  g_free (data->responsible);
  g_free (data->start);
  g_free (data->end);
  g_free (data->note);
  g_ptr_array_unref (data->target_groups);
  g_ptr_array_unref (data->service_kinds);
  g_ptr_array_unref (data->services);
  g_ptr_array_unref (data->obce);
  g_ptr_array_unref (data->findings);
  g_ptr_array_unref (data->capacity);
  g_ptr_array_unref (data->costs);
  g_ptr_array_unref (data->indicators);
  g_ptr_array_unref (data->children);
  g_free (data);
}

static gboolean
service_kinds_equal (GPtrArray *a,
                     GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      KpPlanServiceKind *x = g_ptr_array_index (a, i);
      KpPlanServiceKind *y = g_ptr_array_index (b, i);

      if (g_strcmp0 (x->kind, y->kind) != 0 || g_strcmp0 (x->form, y->form) != 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
capacity_equal (GPtrArray *a,
                GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      KpPlanCapacity *x = g_ptr_array_index (a, i);
      KpPlanCapacity *y = g_ptr_array_index (b, i);

      if (g_strcmp0 (x->unit, y->unit) != 0 || x->change != y->change)
        return FALSE;
    }
  return TRUE;
}

static gboolean
costs_equal (GPtrArray *a,
             GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      KpPlanCost *x = g_ptr_array_index (a, i);
      KpPlanCost *y = g_ptr_array_index (b, i);

      if (kp_plan_cost_compare (x, y) != 0 || x->amount != y->amount)
        return FALSE;
    }
  return TRUE;
}

static gboolean
indicators_equal (GPtrArray *a,
                  GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      KpPlanIndicator *x = g_ptr_array_index (a, i);
      KpPlanIndicator *y = g_ptr_array_index (b, i);

      if (g_strcmp0 (x->uid, y->uid) != 0 || g_strcmp0 (x->name, y->name) != 0 ||
          g_strcmp0 (x->unit, y->unit) != 0 || x->has_baseline != y->has_baseline ||
          x->has_target != y->has_target || (x->has_baseline && x->baseline != y->baseline) ||
          (x->has_target && x->target != y->target))
        return FALSE;
    }
  return TRUE;
}

GPtrArray *
kp_plan_item_data_diff_fields (const KpPlanItemData *a,
                               const KpPlanItemData *b)
{
  GPtrArray *fields = g_ptr_array_new ();

#define TEXT_FIELD(member, name)             \
  if (g_strcmp0 (a->member, b->member) != 0) \
    g_ptr_array_add (fields, (gpointer) name);
  TEXT_FIELD (title, "title");
  TEXT_FIELD (description, "description");
  TEXT_FIELD (justification, "justification");
  if (a->focus != b->focus || g_strcmp0 (a->focus_group, b->focus_group) != 0 ||
      g_strcmp0 (a->focus_name, b->focus_name) != 0)
    g_ptr_array_add (fields, (gpointer) "focus");
  if (a->implementer_kind != b->implementer_kind || g_strcmp0 (a->implementer, b->implementer) != 0)
    g_ptr_array_add (fields, (gpointer) "implementer");
  TEXT_FIELD (partners, "partners");
  TEXT_FIELD (responsible, "responsible");
  TEXT_FIELD (start, "start");
  TEXT_FIELD (end, "end");
  if (a->has_status != b->has_status || (a->has_status && a->status != b->status))
    g_ptr_array_add (fields, (gpointer) "status");
  TEXT_FIELD (note, "note");
#undef TEXT_FIELD
  if (!strings_equal (a->target_groups, b->target_groups))
    g_ptr_array_add (fields, (gpointer) "target_groups");
  if (!service_kinds_equal (a->service_kinds, b->service_kinds))
    g_ptr_array_add (fields, (gpointer) "service_kinds");
  if (!strings_equal (a->services, b->services))
    g_ptr_array_add (fields, (gpointer) "services");
  if (!strings_equal (a->obce, b->obce))
    g_ptr_array_add (fields, (gpointer) "obce");
  if (!strings_equal (a->findings, b->findings))
    g_ptr_array_add (fields, (gpointer) "findings");
  if (!capacity_equal (a->capacity, b->capacity))
    g_ptr_array_add (fields, (gpointer) "capacity");
  if (!costs_equal (a->costs, b->costs))
    g_ptr_array_add (fields, (gpointer) "costs");
  if (!indicators_equal (a->indicators, b->indicators))
    g_ptr_array_add (fields, (gpointer) "indicators");
  g_ptr_array_add (fields, NULL);
  return fields;
}

gboolean
kp_plan_item_data_equal_fields (const KpPlanItemData *a,
                                const KpPlanItemData *b)
{
  g_autoptr (GPtrArray) fields = kp_plan_item_data_diff_fields (a, b);

  return fields->len == 1;
}

gint64
kp_plan_item_data_total_costs (const KpPlanItemData *data)
{
  gint64 total = 0;

  for (guint i = 0; i < data->costs->len; i++)
    total += ((KpPlanCost *) g_ptr_array_index (data->costs, i))->amount;
  return total;
}

KpPlanChapterData *
kp_plan_chapter_data_copy (const KpPlanChapterData *data)
{
  KpPlanChapterData *copy = g_new0 (KpPlanChapterData, 1);

  *copy = *data;
  copy->uid = g_strdup (data->uid);
  copy->title = g_strdup (data->title);
  copy->body = g_strdup (data->body);
  return copy;
}

void
kp_plan_chapter_data_free (KpPlanChapterData *data)
{
  if (data == NULL)
    return;
  g_free (data->uid);
  g_free (data->title);
  g_free (data->body);
  g_free (data);
}

KpPlanCommentData *
kp_plan_comment_data_new (void)
{
  return g_new0 (KpPlanCommentData, 1);
}

KpPlanCommentData *
kp_plan_comment_data_copy (const KpPlanCommentData *data)
{
  KpPlanCommentData *copy = g_new0 (KpPlanCommentData, 1);

  *copy = *data;
  copy->author = g_strdup (data->author);
  copy->received_on = g_strdup (data->received_on);
  copy->target_uid = g_strdup (data->target_uid);
  copy->text = g_strdup (data->text);
  copy->reason = g_strdup (data->reason);
  copy->change_made = g_strdup (data->change_made);
  return copy;
}

void
kp_plan_comment_data_free (KpPlanCommentData *data)
{
  if (data == NULL)
    return;
  g_free (data->author);
  g_free (data->received_on);
  g_free (data->target_uid);
  g_free (data->text);
  g_free (data->reason);
  g_free (data->change_made);
  g_free (data);
}

KpPlanVersionData *
kp_plan_version_data_new (void)
{
  KpPlanVersionData *data = g_new0 (KpPlanVersionData, 1);

  data->levels = strings_new ();
  data->chapters = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_plan_chapter_data_free);
  data->items = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_plan_item_data_free);
  data->comments = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_plan_comment_data_free);
  return data;
}

void
kp_plan_version_data_free (KpPlanVersionData *data)
{
  if (data == NULL)
    return;
  g_ptr_array_unref (data->levels);
  g_free (data->vision);
  g_free (data->comments_from);
  g_free (data->comments_to);
  g_free (data->resolution);
  g_free (data->approved_on);
  g_ptr_array_unref (data->chapters);
  g_ptr_array_unref (data->items);
  g_ptr_array_unref (data->comments);
  g_free (data);
}

static gboolean
walk (GPtrArray            *items,
      const char           *prefix,
      int                   depth,
      const KpPlanItemData *parent,
      KpPlanItemVisitFunc   func,
      gpointer              user_data)
{
  for (guint i = 0; i < items->len; i++)
    {
      const KpPlanItemData *item = g_ptr_array_index (items, i);
      g_autofree char      *code = prefix != NULL ? g_strdup_printf ("%s.%u", prefix, i + 1)
                                                  : g_strdup_printf ("%u", i + 1);

      if (!func (item, code, depth, parent, user_data) ||
          !walk (item->children, code, depth + 1, item, func, user_data))
        return FALSE;
    }
  return TRUE;
}

/* Calls @func for every item in preorder until it returns %FALSE. Returns: whether it
 * visited them all */
gboolean
kp_plan_version_data_walk (const KpPlanVersionData *data,
                           KpPlanItemVisitFunc      func,
                           gpointer                 user_data)
{
  return walk (data->items, NULL, 1, NULL, func, user_data);
}

char *
kp_plan_new_uid (void)
{
  g_autofree char *uuid = g_uuid_string_random ();
  GString         *out = g_string_new (NULL);

  /* 16 hex digits are unique enough within one plan and short in files. */
  for (const char *p = uuid; *p != '\0' && out->len < 16; p++)
    if (*p != '-')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}
