/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan.h"
#include "kp-plan-private.h"
#include "kp-capacity-unit.h"
#include "kp-error.h"
#include "kp-planning-group.h"
#include "kp-service-kind.h"
#include "kp-target-group.h"

#include <math.h>
#include <string.h>

/* Edits of an item's fields, of the chapters and of the comments of the current version,
 * each checked here and written as one undo step. */

static gboolean
invalid (GError    **error,
         const char *path,
         const char *reason)
{
  if (path != NULL)
    /* Translators: an item of the plan, then what is wrong with it */
    g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID, _ ("%s: %s"), path, reason);
  else
    g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID, reason);
  return FALSE;
}

static gboolean
is_digits (const char *text,
           gsize       length)
{
  if (text == NULL || strlen (text) != length)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* "YYYY-MM" */
static gboolean
is_month (const char *text)
{
  guint64 month = 0;

  if (text == NULL || strlen (text) != 7 || text[4] != '-' || !g_ascii_isdigit (text[5]) ||
      !g_ascii_isdigit (text[6]))
    return FALSE;
  for (int i = 0; i < 4; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return g_ascii_string_to_unsigned (text + 5, 10, 1, 12, &month, NULL);
}

gboolean
kp_plan_check_item_data (const KpPlanItemData *d,
                         int                   period_from,
                         int                   period_to,
                         const char           *path,
                         GError              **error)
{
  KpPlanningGroup group;

  if (d->title == NULL || *d->title == '\0' || !g_utf8_validate (d->title, -1, NULL))
    return invalid (error, path, _ ("the item needs a title"));
  if (d->focus == KP_PLAN_FOCUS_GROUP && !kp_planning_group_from_string (d->focus_group, &group))
    return invalid (error, path, _ ("the target group it is for is not known"));
  if ((d->start != NULL && !is_month (d->start)) || (d->end != NULL && !is_month (d->end)))
    return invalid (error, path, _ ("start and end are a year and month such as 2026-01"));
  if (d->start != NULL && d->end != NULL && strcmp (d->start, d->end) > 0)
    return invalid (error, path, _ ("it ends before it starts"));
  if (d->implementer_kind == KP_PLAN_IMPLEMENTER_PROVIDER && !is_digits (d->implementer, 8))
    return invalid (error, path, _ ("a provider is named by its IČO of 8 digits"));
  if (d->implementer_kind == KP_PLAN_IMPLEMENTER_OBEC && !is_digits (d->implementer, 6))
    return invalid (error, path, _ ("an obec is named by its code of 6 digits"));
  if (d->implementer_kind == KP_PLAN_IMPLEMENTER_TEXT &&
      (d->implementer == NULL || *d->implementer == '\0'))
    return invalid (error, path, _ ("the implementer has no name"));
  for (guint i = 0; i < d->target_groups->len; i++)
    {
      const char *name = g_ptr_array_index (d->target_groups, i);

      if (kp_target_group_find_name (name) == NULL)
        {
          g_autofree char *reason = g_strdup_printf (_ ("unknown target group “%s”"), name);

          return invalid (error, path, reason);
        }
    }
  for (guint i = 0; i < d->service_kinds->len; i++)
    {
      KpPlanServiceKind   *k = g_ptr_array_index (d->service_kinds, i);
      const KpServiceKind *kind = kp_service_kind_lookup (k->kind);

      if (kind == NULL)
        {
          g_autofree char *reason = g_strdup_printf (_ ("unknown type of service “%s”"), k->kind);

          return invalid (error, path, reason);
        }
      if (k->form != NULL && !kp_service_kind_allows_form (kind, k->form))
        {
          g_autofree char *reason = g_strdup_printf (_ ("%s cannot be provided in the form “%s”"),
                                                     kind->name, k->form);

          return invalid (error, path, reason);
        }
    }
  for (guint i = 0; i < d->obce->len; i++)
    if (!is_digits (g_ptr_array_index (d->obce, i), 6))
      return invalid (error, path, _ ("a kód obce has 6 digits"));
  for (guint i = 0; i < d->capacity->len; i++)
    {
      KpPlanCapacity *c = g_ptr_array_index (d->capacity, i);
      KpCapacityUnit  unit;

      if (!kp_capacity_unit_from_code (c->unit, &unit))
        {
          g_autofree char *reason = g_strdup_printf (_ ("unknown unit of capacity “%s”"),
                                                     c->unit != NULL ? c->unit : "");

          return invalid (error, path, reason);
        }
      if (!isfinite (c->change))
        return invalid (error, path, _ ("a change of capacity is a number"));
    }
  for (guint i = 0; i < d->costs->len; i++)
    {
      KpPlanCost *c = g_ptr_array_index (d->costs, i);

      if (c->year < period_from || c->year > period_to)
        {
          g_autofree char *reason = g_strdup_printf (_ ("the year %d of a cost lies outside the "
                                                        "plan’s period %d–%d"),
                                                     c->year, period_from, period_to);

          return invalid (error, path, reason);
        }
      if (c->amount < 0)
        return invalid (error, path, _ ("an amount of money cannot be negative"));
      if (c->source >= KP_N_FINANCING_SOURCES)
        return invalid (error, path, _ ("unknown source of money"));
      if (c->obec_kod != NULL &&
          (c->source != KP_FINANCING_SOURCE_OBEC || !is_digits (c->obec_kod, 6)))
        return invalid (error, path, _ ("only the source “obec” names an obec, by 6 digits"));
      for (guint j = 0; j < i; j++)
        if (kp_plan_cost_compare (g_ptr_array_index (d->costs, j), c) == 0)
          return invalid (error, path, _ ("a year and source of money is given twice"));
    }
  for (guint i = 0; i < d->indicators->len; i++)
    {
      KpPlanIndicator *n = g_ptr_array_index (d->indicators, i);

      if (n->name == NULL || *n->name == '\0')
        return invalid (error, path, _ ("an indicator needs a name"));
      if ((n->has_baseline && !isfinite (n->baseline)) || (n->has_target && !isfinite (n->target)))
        return invalid (error, path, _ ("an indicator’s values are numbers"));
    }
  return TRUE;
}

static int
compare_cost_ptrs (gconstpointer a,
                   gconstpointer b)
{
  return kp_plan_cost_compare (*(KpPlanCost *const *) a, *(KpPlanCost *const *) b);
}

/* Cleans what the user typed: stripped texts, known spellings, sorted costs, uids. */
static KpPlanItemData *
normalise (const KpPlanItemData *data)
{
  KpPlanItemData *d = kp_plan_item_data_copy (data, FALSE);
  char          **texts[] = { &d->title, &d->description, &d->justification, &d->focus_name,
                              &d->implementer, &d->partners, &d->responsible, &d->start,
                              &d->end, &d->note };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      char *clean = kp_plan_clean_text (*texts[i]);

      g_free (*texts[i]);
      *texts[i] = clean;
    }
  if (d->implementer == NULL)
    d->implementer_kind = KP_PLAN_IMPLEMENTER_NONE;
  for (guint i = 0; i < d->target_groups->len; i++)
    {
      const char *known = kp_target_group_find_name (g_ptr_array_index (d->target_groups, i));

      if (known != NULL)
        {
          g_free (g_ptr_array_index (d->target_groups, i));
          g_ptr_array_index (d->target_groups, i) = g_strdup (known);
        }
    }
  for (guint i = 0; i < d->indicators->len; i++)
    {
      KpPlanIndicator *n = g_ptr_array_index (d->indicators, i);

      if (n->uid == NULL)
        n->uid = kp_plan_new_uid ();
    }
  g_ptr_array_sort (d->costs, compare_cost_ptrs);
  return d;
}

typedef struct
{
  gint64                id;
  const KpPlanItemData *old_data;
  const KpPlanItemData *new_data;
} UpdateEdit;

static gboolean
write_update (KpDatabase *db,
              gpointer    data,
              GError    **error)
{
  UpdateEdit *edit = data;

  return kp_plan_repository_update_item (db, edit->id, edit->old_data, edit->new_data, error);
}

gboolean
kp_plan_update_item (KpPlan               *self,
                     KpPlanItem           *item,
                     const KpPlanItemData *data,
                     GError              **error)
{
  g_autoptr (KpPlanItemData) clean = NULL;
  const KpPlanVersionData *version;
  UpdateEdit               edit;
  g_autoptr (GPtrArray) fields = NULL;
  const char *label;

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KP_IS_PLAN_ITEM (item), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  if (!kp_plan_check_editable (self, error))
    return FALSE;
  if (kp_plan_find_item (self, kp_plan_item_get_id (item)) != item)
    return invalid (error, NULL, _ ("The item is not in the plan"));
  version = kp_plan_version_get_data (kp_plan_get_current_version (self));
  clean = normalise (data);
  if (!kp_plan_check_item_data (clean, version->period_from, version->period_to,
                                kp_plan_item_get_code (item), error))
    return FALSE;
  fields = kp_plan_item_data_diff_fields (kp_plan_item_get_data (item), clean);
  if (fields->len == 1)
    return TRUE;
  label = fields->len == 2 && g_str_equal (g_ptr_array_index (fields, 0), "title")
              ? _ ("Rename an item of the plan")
              : _ ("Edit an item of the plan");
  edit = (UpdateEdit){ kp_plan_item_get_id (item), kp_plan_item_get_data (item), clean };
  return kp_project_edit (kp_plan_get_project (self), label, write_update, &edit, error);
}

/* Chapters. */

typedef struct
{
  gint64             version_id;
  KpPlanChapterData *data;
  int                position;
  gint64             new_id;
  GPtrArray         *order; /* KpPlanChapter, for a move */
} ChapterEdit;

static gboolean
write_chapter_insert (KpDatabase *db,
                      gpointer    data,
                      GError    **error)
{
  ChapterEdit *edit = data;

  for (guint i = 0; i < edit->order->len; i++)
    if (!kp_plan_repository_place_chapter (
            db, kp_plan_chapter_get_id (g_ptr_array_index (edit->order, i)),
            (int) i < edit->position ? (int) i : (int) i + 1, error))
      return FALSE;
  return kp_plan_repository_insert_chapter (db, edit->version_id, edit->position, edit->data,
                                            &edit->new_id, error);
}

static GPtrArray *
chapters_in_order (KpPlan *self)
{
  GListModel *model = kp_plan_get_chapters (self);
  guint       n = g_list_model_get_n_items (model);
  GPtrArray  *order = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (order, g_list_model_get_item (model, i));
  return order;
}

KpPlanChapter *
kp_plan_add_chapter (KpPlan     *self,
                     int         position,
                     const char *title,
                     GError    **error)
{
  g_autoptr (GPtrArray) order = NULL;
  KpPlanChapterData data = { 0 };
  g_autofree char  *clean = NULL;
  g_autofree char  *uid = NULL;
  ChapterEdit       edit = { 0 };
  guint             n;

  g_return_val_if_fail (KP_IS_PLAN (self), NULL);

  if (!kp_plan_check_editable (self, error) ||
      !kp_project_check_text (title, _ ("The chapter needs a title"), error))
    return NULL;
  order = chapters_in_order (self);
  n = order->len;
  clean = kp_plan_clean_text (title);
  uid = kp_plan_new_uid ();
  data = (KpPlanChapterData){ 0, uid, 1, clean, (char *) "" };
  edit.version_id = kp_plan_get_current_id (self);
  edit.data = &data;
  edit.position = position < 0 || (guint) position > n ? (int) n : position;
  edit.order = order;
  if (!kp_project_edit (kp_plan_get_project (self), _ ("Add a chapter"), write_chapter_insert,
                        &edit, error))
    return NULL;
  n = g_list_model_get_n_items (kp_plan_get_chapters (self));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpPlanChapter) chapter = g_list_model_get_item (kp_plan_get_chapters (self), i);

      if (kp_plan_chapter_get_id (chapter) == edit.new_id)
        return chapter;
    }
  return NULL;
}

static gboolean
write_chapter_update (KpDatabase *db,
                      gpointer    data,
                      GError    **error)
{
  return kp_plan_repository_update_chapter (db, ((ChapterEdit *) data)->data, error);
}

gboolean
kp_plan_update_chapter (KpPlan        *self,
                        KpPlanChapter *chapter,
                        const char    *title,
                        int            depth,
                        const char    *body,
                        GError       **error)
{
  const KpPlanChapterData *old;
  g_autoptr (KpPlanChapterData) data = NULL;
  ChapterEdit edit = { 0 };

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KP_IS_PLAN_CHAPTER (chapter), FALSE);

  if (!kp_plan_check_editable (self, error) ||
      !kp_project_check_text (title, _ ("The chapter needs a title"), error))
    return FALSE;
  if (depth < 1 || depth > 3)
    return invalid (error, NULL, _ ("A chapter is on level 1, 2 or 3"));
  if (body != NULL && !g_utf8_validate (body, -1, NULL))
    return invalid (error, NULL, _ ("The text is not valid UTF-8"));
  old = kp_plan_chapter_get_data (chapter);
  data = kp_plan_chapter_data_copy (old);
  g_free (data->title);
  data->title = kp_plan_clean_text (title);
  data->depth = depth;
  g_free (data->body);
  data->body = g_strdup (body != NULL ? body : "");
  if (g_strcmp0 (data->title, old->title) == 0 && data->depth == old->depth &&
      g_strcmp0 (data->body, old->body) == 0)
    return TRUE;
  edit.data = data;
  return kp_project_edit (kp_plan_get_project (self), _ ("Edit a chapter"), write_chapter_update,
                          &edit, error);
}

static gboolean
write_chapter_order (KpDatabase *db,
                     gpointer    data,
                     GError    **error)
{
  ChapterEdit *edit = data;

  for (guint i = 0; i < edit->order->len; i++)
    if (!kp_plan_repository_place_chapter (
            db, kp_plan_chapter_get_id (g_ptr_array_index (edit->order, i)), (int) i, error))
      return FALSE;
  return TRUE;
}

gboolean
kp_plan_move_chapter (KpPlan        *self,
                      KpPlanChapter *chapter,
                      int            position,
                      GError       **error)
{
  g_autoptr (GPtrArray) order = NULL;
  ChapterEdit edit = { 0 };
  guint       index;

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KP_IS_PLAN_CHAPTER (chapter), FALSE);

  if (!kp_plan_check_editable (self, error))
    return FALSE;
  order = chapters_in_order (self);
  if (!g_ptr_array_find (order, chapter, &index))
    return invalid (error, NULL, _ ("The chapter is not in the plan"));
  position = CLAMP (position, 0, (int) order->len - 1);
  if ((guint) position == index)
    return TRUE;
  g_ptr_array_insert (order, position > (int) index ? position + 1 : position,
                      g_object_ref (chapter));
  g_ptr_array_remove_index (order, position > (int) index ? index : index + 1);
  edit.order = order;
  return kp_project_edit (kp_plan_get_project (self), _ ("Move a chapter"), write_chapter_order,
                          &edit, error);
}

static gboolean
write_chapter_delete (KpDatabase *db,
                      gpointer    data,
                      GError    **error)
{
  ChapterEdit *edit = data;

  return kp_plan_repository_delete_chapter (db, edit->new_id, error) &&
         write_chapter_order (db, data, error);
}

gboolean
kp_plan_delete_chapter (KpPlan        *self,
                        KpPlanChapter *chapter,
                        GError       **error)
{
  g_autoptr (GPtrArray) order = NULL;
  ChapterEdit edit = { 0 };

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KP_IS_PLAN_CHAPTER (chapter), FALSE);

  if (!kp_plan_check_editable (self, error))
    return FALSE;
  order = chapters_in_order (self);
  if (!g_ptr_array_remove (order, chapter))
    return invalid (error, NULL, _ ("The chapter is not in the plan"));
  edit.order = order;
  edit.new_id = kp_plan_chapter_get_id (chapter);
  return kp_project_edit (kp_plan_get_project (self), _ ("Delete a chapter"),
                          write_chapter_delete, &edit, error);
}

/* Comments. */

typedef struct
{
  gint64                   version_id;
  const KpPlanCommentData *data;
  gint64                   id;
} CommentEdit;

static gboolean
write_comment (KpDatabase *db,
               gpointer    data,
               GError    **error)
{
  CommentEdit *edit = data;

  if (edit->data == NULL)
    return kp_plan_repository_delete_comment (db, edit->id, error);
  if (edit->data->id == 0)
    return kp_plan_repository_insert_comment (db, edit->version_id, edit->data, &edit->id, error);
  return kp_plan_repository_update_comment (db, edit->data, error);
}

static gboolean
is_iso_date (const char *text)
{
  g_autoptr (GDateTime) date = NULL;
  g_autofree char *with_time = NULL;

  if (text == NULL || strlen (text) != 10)
    return FALSE;
  with_time = g_strconcat (text, "T00:00:00Z", NULL);
  date = g_date_time_new_from_iso8601 (with_time, NULL);
  return date != NULL;
}

gboolean
kp_plan_save_comment (KpPlan                  *self,
                      KpPlanComment           *comment,
                      const KpPlanCommentData *data,
                      GError                 **error)
{
  g_autoptr (KpPlanCommentData) clean = NULL;
  CommentEdit edit = { 0 };

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (comment == NULL || KP_IS_PLAN_COMMENT (comment), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  if (!kp_plan_check_editable (self, error))
    return FALSE;
  clean = kp_plan_comment_data_copy (data);
  clean->id = comment != NULL ? kp_plan_comment_get_id (comment) : 0;
  if (clean->from_public)
    g_clear_pointer (&clean->author, g_free);
  if (!clean->from_public && (clean->author == NULL || *g_strstrip (clean->author) == '\0'))
    return invalid (error, NULL, _ ("Name the organisation that commented, or choose the public"));
  if (clean->text == NULL || *g_strstrip (clean->text) == '\0')
    return invalid (error, NULL, _ ("The comment has no text"));
  if (!is_iso_date (clean->received_on))
    return invalid (error, NULL, _ ("The date the comment came is not a date"));
  edit.version_id = kp_plan_get_current_id (self);
  edit.data = clean;
  return kp_project_edit (kp_plan_get_project (self),
                          comment != NULL ? _ ("Edit a comment") : _ ("Add a comment"),
                          write_comment, &edit, error);
}

gboolean
kp_plan_delete_comment (KpPlan        *self,
                        KpPlanComment *comment,
                        GError       **error)
{
  CommentEdit edit = { 0 };

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KP_IS_PLAN_COMMENT (comment), FALSE);

  if (!kp_plan_check_editable (self, error))
    return FALSE;
  edit.id = kp_plan_comment_get_id (comment);
  return kp_project_edit (kp_plan_get_project (self), _ ("Delete a comment"), write_comment, &edit,
                          error);
}
