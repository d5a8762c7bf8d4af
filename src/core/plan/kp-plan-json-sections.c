/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-json-private.h"
#include "kp-error.h"

/* The parts of "komplan-plan/1" beside the strategy: periods, chapters, comments and
 * action plans with their monitoring. */

/* "2026-2028", "2026–2028" or "2026". */
gboolean
kp_plan_json_parse_years (const char *text,
                          int        *from,
                          int        *to)
{
  g_auto (GStrv) parts = NULL;
  g_autofree char *plain = NULL;
  guint64          a = 0, b = 0;

  if (text == NULL)
    return FALSE;
  plain = g_strdup (text);
  {
    g_auto (GStrv) dash = g_strsplit (plain, "\342\200\223", -1);

    g_free (plain);
    plain = g_strjoinv ("-", dash);
  }
  parts = g_strsplit (plain, "-", -1);
  if (g_strv_length (parts) == 1)
    {
      if (!g_ascii_string_to_unsigned (g_strstrip (parts[0]), 10, 1000, 9999, &a, NULL))
        return FALSE;
      *from = *to = (int) a;
      return TRUE;
    }
  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (g_strstrip (parts[0]), 10, 1000, 9999, &a, NULL) ||
      !g_ascii_string_to_unsigned (g_strstrip (parts[1]), 10, 1000, 9999, &b, NULL) || b < a)
    return FALSE;
  *from = (int) a;
  *to = (int) b;
  return TRUE;
}

gboolean
kp_plan_json_parse_chapters (yajl_val           root,
                             KpPlanVersionData *v,
                             Reader            *r,
                             GError           **error)
{
  yajl_val list;

  if (!kp_plan_json_get_array (root, "chapters", &list, r, NULL, error))
    return FALSE;
  for (size_t i = 0; list != NULL && i < list->u.array.len; i++)
    {
      yajl_val           c = list->u.array.values[i];
      KpPlanChapterData *d;
      g_autofree char   *where = g_strdup_printf (_ ("chapter %zu"), i + 1);
      gboolean           has = FALSE;
      gint64             depth = 1;

      if (!YAJL_IS_OBJECT (c))
        return kp_plan_json_fail (error, r->name, where, _ ("not an object"));
      d = g_new0 (KpPlanChapterData, 1);
      g_ptr_array_add (v->chapters, d);
      if (!kp_plan_json_get_text (c, "id", &d->uid, r, where, error) ||
          !kp_plan_json_get_text (c, "title", &d->title, r, where, error) ||
          !kp_plan_json_get_integer (c, "depth", FALSE, &has, &depth, r, where, error))
        return FALSE;
      {
        yajl_val text = kp_plan_json_member (c, "text");

        if (text != NULL && !YAJL_IS_NULL (text) && !YAJL_IS_STRING (text))
          return kp_plan_json_fail (error, r->name, where, _ ("“%s” is not text"), "text");
        d->body = g_strdup (text != NULL && YAJL_IS_STRING (text) ? YAJL_GET_STRING (text) : "");
      }
      if (d->title == NULL)
        return kp_plan_json_fail (error, r->name, where, _ ("the chapter has no title"));
      if (depth < 1 || depth > 3)
        return kp_plan_json_fail (error, r->name, where, _ ("a chapter is on level 1, 2 or 3"));
      d->depth = (int) depth;
      if (d->uid == NULL)
        d->uid = kp_plan_new_uid ();
    }
  return TRUE;
}

gboolean
kp_plan_json_parse_comments (yajl_val           root,
                             KpPlanVersionData *v,
                             Reader            *r,
                             GError           **error)
{
  yajl_val list;

  if (!kp_plan_json_get_array (root, "comments", &list, r, NULL, error))
    return FALSE;
  for (size_t i = 0; list != NULL && i < list->u.array.len; i++)
    {
      yajl_val           c = list->u.array.values[i];
      KpPlanCommentData *d;
      g_autofree char   *where = g_strdup_printf (_ ("comment %zu"), i + 1);
      g_autofree char   *settlement = NULL;
      yajl_val           is_public = kp_plan_json_member (c, "public");

      if (!YAJL_IS_OBJECT (c))
        return kp_plan_json_fail (error, r->name, where, _ ("not an object"));
      d = kp_plan_comment_data_new ();
      g_ptr_array_add (v->comments, d);
      d->from_public = is_public != NULL && YAJL_IS_TRUE (is_public);
      if (!kp_plan_json_get_text (c, "author", &d->author, r, where, error) ||
          !kp_plan_json_get_text (c, "date", &d->received_on, r, where, error) ||
          !kp_plan_json_get_text (c, "text", &d->text, r, where, error) ||
          !kp_plan_json_get_text (c, "settlement", &settlement, r, where, error) ||
          !kp_plan_json_get_text (c, "reason", &d->reason, r, where, error) ||
          !kp_plan_json_get_text (c, "change", &d->change_made, r, where, error))
        return FALSE;
      if (kp_plan_json_member (c, "chapter") != NULL)
        {
          d->target_kind = KP_PLAN_COMMENT_CHAPTER;
          if (!kp_plan_json_get_text (c, "chapter", &d->target_uid, r, where, error))
            return FALSE;
        }
      else if (kp_plan_json_member (c, "item") != NULL)
        {
          d->target_kind = KP_PLAN_COMMENT_ITEM;
          if (!kp_plan_json_get_text (c, "item", &d->target_uid, r, where, error))
            return FALSE;
        }
      if (d->from_public)
        g_clear_pointer (&d->author, g_free);
      if ((!d->from_public && d->author == NULL) || d->text == NULL || d->received_on == NULL)
        return kp_plan_json_fail (error, r->name, where, _ ("a comment needs its author, date and text"));
      d->settled = settlement != NULL;
      if (settlement != NULL && !kp_settlement_from_string (settlement, &d->settlement))
        return kp_plan_json_fail (error, r->name, where, _ ("unknown settlement “%s”"), settlement);
    }
  return TRUE;
}

static gboolean
parse_entry (yajl_val           object,
             KpActionPlanEntry *e,
             int                year_from,
             int                year_to,
             Reader            *r,
             const char        *where,
             GError           **error)
{
  g_autofree char *status = NULL;
  yajl_val         priority = kp_plan_json_member (object, "priority");
  yajl_val         carried = kp_plan_json_member (object, "carried_over");
  yajl_val         amounts, indicators;

  if (!kp_plan_json_get_text (object, "item", &e->item_uid, r, where, error) ||
      !kp_plan_json_get_text (object, "code", &e->code, r, where, error) ||
      !kp_plan_json_get_text (object, "title", &e->title, r, where, error) ||
      !kp_plan_json_get_text (priority, "id", &e->priority_uid, r, where, error) ||
      !kp_plan_json_get_text (priority, "code", &e->priority_code, r, where, error) ||
      !kp_plan_json_get_text (priority, "title", &e->priority_title, r, where, error) ||
      !kp_plan_json_get_text (object, "deadline", &e->deadline, r, where, error) ||
      !kp_plan_json_get_text (object, "responsible", &e->responsible, r, where, error) ||
      !kp_plan_json_get_text (object, "note", &e->note, r, where, error) ||
      !kp_plan_json_get_text (object, "status", &status, r, where, error) ||
      !kp_plan_json_parse_status (status, &e->has_status, &e->status, r, where, error) ||
      !kp_plan_json_get_text (object, "evaluation", &e->evaluation, r, where, error) ||
      !kp_plan_json_get_array (object, "amounts", &amounts, r, where, error) ||
      !kp_plan_json_get_array (object, "indicators", &indicators, r, where, error))
    return FALSE;
  if (e->item_uid == NULL || e->code == NULL || e->title == NULL)
    return kp_plan_json_fail (error, r->name, where, _ ("an entry needs its item, code and title"));
  e->carried_over = carried != NULL && YAJL_IS_TRUE (carried);
  for (size_t i = 0; amounts != NULL && i < amounts->u.array.len; i++)
    {
      yajl_val            v = amounts->u.array.values[i];
      KpActionPlanAmount *a;
      gboolean            has = FALSE;
      gint64              year = 0;

      if (!YAJL_IS_OBJECT (v))
        return kp_plan_json_fail (error, r->name, where, _ ("an amount is not an object"));
      a = g_new0 (KpActionPlanAmount, 1);
      g_ptr_array_add (e->amounts, a);
      if (!kp_plan_json_get_integer (v, "year", TRUE, &has, &year, r, where, error) ||
          !kp_plan_json_parse_source (v, &a->source, &a->obec_kod, r, where, error) ||
          !kp_plan_json_get_integer (v, "planned", TRUE, &has, &a->planned, r, where, error) ||
          !kp_plan_json_get_integer (v, "spent", FALSE, &a->has_spent, &a->spent, r, where, error))
        return FALSE;
      if (year < year_from || year > year_to)
        return kp_plan_json_fail (error, r->name, where, _ ("the year %d lies outside the action plan"),
                                  (int) CLAMP (year, G_MININT, G_MAXINT));
      if (a->planned < 0 || (a->has_spent && a->spent < 0))
        return kp_plan_json_fail (error, r->name, where, _ ("an amount is negative"));
      a->year = (int) year;
    }
  for (size_t i = 0; indicators != NULL && i < indicators->u.array.len; i++)
    {
      yajl_val               v = indicators->u.array.values[i];
      KpActionPlanIndicator *n;

      if (!YAJL_IS_OBJECT (v))
        return kp_plan_json_fail (error, r->name, where, _ ("an indicator is not an object"));
      n = g_new0 (KpActionPlanIndicator, 1);
      g_ptr_array_add (e->indicators, n);
      if (!kp_plan_json_get_text (v, "id", &n->uid, r, where, error) ||
          !kp_plan_json_get_text (v, "name", &n->name, r, where, error) ||
          !kp_plan_json_get_text (v, "unit", &n->unit, r, where, error) ||
          !kp_plan_json_get_number (v, "baseline", &n->has_baseline, &n->baseline, r, where, error) ||
          !kp_plan_json_get_number (v, "target", &n->has_target, &n->target, r, where, error) ||
          !kp_plan_json_get_number (v, "actual", &n->has_actual, &n->actual, r, where, error))
        return FALSE;
      if (n->uid == NULL || n->name == NULL)
        return kp_plan_json_fail (error, r->name, where, _ ("an indicator needs its id and name"));
    }
  return TRUE;
}

gboolean
kp_plan_json_parse_action_plans (yajl_val    root,
                                 KpPlanFile *file,
                                 Reader     *r,
                                 GError    **error)
{
  yajl_val list;

  if (!kp_plan_json_get_array (root, "action_plans", &list, r, NULL, error))
    return FALSE;
  if (list == NULL)
    return TRUE;
  file->action_plans = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_action_plan_data_free);
  for (size_t i = 0; i < list->u.array.len; i++)
    {
      yajl_val          p = list->u.array.values[i];
      KpActionPlanData *d;
      g_autofree char  *where = g_strdup_printf (_ ("action plan %zu"), i + 1);
      g_autofree char  *years = NULL;
      gboolean          has = FALSE;
      gint64            version = 1;
      yajl_val          entries;

      if (!YAJL_IS_OBJECT (p))
        return kp_plan_json_fail (error, r->name, where, _ ("not an object"));
      d = kp_action_plan_data_new ();
      g_ptr_array_add (file->action_plans, d);
      if (!kp_plan_json_get_text (p, "years", &years, r, where, error) ||
          !kp_plan_json_get_integer (p, "version", FALSE, &has, &version, r, where, error) ||
          !kp_plan_json_get_array (p, "entries", &entries, r, where, error))
        return FALSE;
      if (!kp_plan_json_parse_years (years, &d->year_from, &d->year_to) || d->year_to > d->year_from + 1)
        return kp_plan_json_fail (error, r->name, where, _ ("“years” is not one year or two, such as 2026"));
      if (d->year_from < r->period_from || d->year_to > r->period_to)
        return kp_plan_json_fail (error, r->name, where, _ ("its years lie outside the period %d–%d"),
                                  r->period_from, r->period_to);
      for (guint j = 0; j < i; j++)
        {
          KpActionPlanData *o = g_ptr_array_index (file->action_plans, j);

          if (o->year_from <= d->year_to && o->year_to >= d->year_from)
            return kp_plan_json_fail (error, r->name, where, _ ("another action plan has the same year"));
        }
      d->version_number = (int) version;
      for (size_t j = 0; entries != NULL && j < entries->u.array.len; j++)
        {
          yajl_val           e = entries->u.array.values[j];
          KpActionPlanEntry *entry;
          g_autofree char   *entry_where = g_strdup_printf (_ ("action plan %zu, entry %zu"),
                                                            i + 1, j + 1);

          if (!YAJL_IS_OBJECT (e))
            return kp_plan_json_fail (error, r->name, entry_where, _ ("not an object"));
          entry = kp_action_plan_entry_new ();
          g_ptr_array_add (d->entries, entry);
          if (!parse_entry (e, entry, d->year_from, d->year_to, r, entry_where, error))
            return FALSE;
          for (guint k = 0; k + 1 < d->entries->len; k++)
            if (g_strcmp0 (((KpActionPlanEntry *) g_ptr_array_index (d->entries, k))->item_uid,
                           entry->item_uid) == 0)
              return kp_plan_json_fail (error, r->name, entry_where, _ ("the activity is listed twice"));
        }
    }
  return TRUE;
}
