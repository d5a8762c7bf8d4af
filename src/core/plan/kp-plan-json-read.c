/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-private.h"
#include "kp-error.h"
#include "kp-planning-group.h"
#include "kp-target-group.h"

#include <math.h>
#include <string.h>
#include <yajl/yajl_tree.h>

/* Reads "komplan-plan/1" (docs/plan-format.md) into plain data, checking every item; the
 * first problem refuses the whole file with the item (its code and title) and the reason. */

#define FORMAT_ID "komplan-plan/1"

typedef struct
{
  const char *name; /* the file, for messages */
  int         period_from;
  int         period_to;
  guint       n_levels;
} Reader;

void
kp_plan_file_free (KpPlanFile *file)
{
  if (file == NULL)
    return;
  kp_plan_version_data_free (file->version);
  g_clear_pointer (&file->action_plans, g_ptr_array_unref);
  g_free (file);
}

static gboolean fail (GError    **error,
                      const char *name,
                      const char *where,
                      const char *format,
                      ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail (GError    **error,
      const char *name,
      const char *where,
      const char *format,
      ...)
{
  g_autofree char *reason = NULL;
  va_list          ap;

  va_start (ap, format);
  reason = g_strdup_vprintf (format, ap);
  va_end (ap);
  if (where != NULL)
    /* Translators: the file, the place in it (an item), what is wrong */
    g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_RECORD, _ ("%s, %s: %s"), name, where,
                 reason);
  else
    g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT, _ ("%s: %s"), name, reason);
  return FALSE;
}

static yajl_val
member (yajl_val    object,
        const char *key)
{
  if (object == NULL || !YAJL_IS_OBJECT (object))
    return NULL;
  for (size_t i = 0; i < object->u.object.len; i++)
    if (strcmp (object->u.object.keys[i], key) == 0)
      return object->u.object.values[i];
  return NULL;
}

/* An optional string member: NULL when absent or null; FALSE when of another type. */
static gboolean
get_text (yajl_val    object,
          const char *key,
          char      **out,
          Reader     *r,
          const char *where,
          GError    **error)
{
  yajl_val value = member (object, key);

  *out = NULL;
  if (value == NULL || YAJL_IS_NULL (value))
    return TRUE;
  if (!YAJL_IS_STRING (value))
    return fail (error, r->name, where, _ ("“%s” is not text"), key);
  *out = kp_plan_clean_text (YAJL_GET_STRING (value));
  return TRUE;
}

static gboolean
get_strings (yajl_val    object,
             const char *key,
             GPtrArray  *out,
             Reader     *r,
             const char *where,
             GError    **error)
{
  yajl_val value = member (object, key);

  if (value == NULL || YAJL_IS_NULL (value))
    return TRUE;
  if (!YAJL_IS_ARRAY (value))
    return fail (error, r->name, where, _ ("“%s” is not a list"), key);
  for (size_t i = 0; i < value->u.array.len; i++)
    {
      yajl_val v = value->u.array.values[i];

      if (!YAJL_IS_STRING (v))
        return fail (error, r->name, where, _ ("“%s” lists something that is not text"), key);
      g_ptr_array_add (out, g_strdup (YAJL_GET_STRING (v)));
    }
  return TRUE;
}

static gboolean
get_number (yajl_val    object,
            const char *key,
            gboolean   *has,
            double     *out,
            Reader     *r,
            const char *where,
            GError    **error)
{
  yajl_val value = member (object, key);

  *has = FALSE;
  if (value == NULL || YAJL_IS_NULL (value))
    return TRUE;
  if (!YAJL_IS_NUMBER (value))
    return fail (error, r->name, where, _ ("“%s” is not a number"), key);
  *has = TRUE;
  *out = YAJL_IS_INTEGER (value) ? (double) YAJL_GET_INTEGER (value) : YAJL_GET_DOUBLE (value);
  return TRUE;
}

/* Whole Kč or a year: an integer. */
static gboolean
get_integer (yajl_val    object,
             const char *key,
             gboolean    required,
             gboolean   *has,
             gint64     *out,
             Reader     *r,
             const char *where,
             GError    **error)
{
  yajl_val value = member (object, key);

  *has = FALSE;
  if (value == NULL || YAJL_IS_NULL (value))
    {
      if (required)
        return fail (error, r->name, where, _ ("“%s” is missing"), key);
      return TRUE;
    }
  if (!YAJL_IS_INTEGER (value))
    return fail (error, r->name, where, _ ("“%s” is not a whole number"), key);
  *has = TRUE;
  *out = YAJL_GET_INTEGER (value);
  return TRUE;
}

static gboolean
get_array (yajl_val    object,
           const char *key,
           yajl_val   *out,
           Reader     *r,
           const char *where,
           GError    **error)
{
  yajl_val value = member (object, key);

  *out = NULL;
  if (value == NULL || YAJL_IS_NULL (value))
    return TRUE;
  if (!YAJL_IS_ARRAY (value))
    return fail (error, r->name, where, _ ("“%s” is not a list"), key);
  *out = value;
  return TRUE;
}

static gboolean
parse_status (const char       *text,
              gboolean         *has,
              KpActivityStatus *out,
              Reader           *r,
              const char       *where,
              GError          **error)
{
  *has = text != NULL;
  if (text == NULL || kp_activity_status_from_word (text, out) ||
      kp_activity_status_from_string (text, out))
    return TRUE;
  return fail (error, r->name, where, _ ("unknown status “%s”"), text);
}

static gboolean
parse_source (yajl_val           object,
              KpFinancingSource *source,
              char             **obec,
              Reader            *r,
              const char        *where,
              GError           **error)
{
  g_autofree char *id = NULL;

  if (!get_text (object, "source", &id, r, where, error) ||
      !get_text (object, "obec", obec, r, where, error))
    return FALSE;
  if (id == NULL)
    return fail (error, r->name, where, _ ("a cost has no source"));
  if (!kp_financing_source_from_string (id, source))
    return fail (error, r->name, where, _ ("unknown source of money “%s”"), id);
  return TRUE;
}

static gboolean
parse_costs (yajl_val        object,
             KpPlanItemData *d,
             Reader         *r,
             const char     *where,
             GError        **error)
{
  yajl_val costs;

  if (!get_array (object, "costs", &costs, r, where, error))
    return FALSE;
  for (size_t i = 0; costs != NULL && i < costs->u.array.len; i++)
    {
      yajl_val          c = costs->u.array.values[i];
      gboolean          has;
      gint64            year = 0, amount = 0;
      KpFinancingSource source;
      g_autofree char  *obec = NULL;

      if (!YAJL_IS_OBJECT (c))
        return fail (error, r->name, where, _ ("a cost is not an object"));
      if (!get_integer (c, "year", TRUE, &has, &year, r, where, error) ||
          !get_integer (c, "amount", TRUE, &has, &amount, r, where, error) ||
          !parse_source (c, &source, &obec, r, where, error))
        return FALSE;
      if (amount < 0)
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, amount);

          return fail (error, r->name, where, _ ("the amount %s is negative"), number);
        }
      if (year < r->period_from || year > r->period_to)
        return fail (error, r->name, where, _ ("the year %d lies outside the period %d–%d"),
                     (int) CLAMP (year, G_MININT, G_MAXINT), r->period_from, r->period_to);
      g_ptr_array_add (d->costs, kp_plan_cost_new ((int) year, source, obec, amount));
    }
  return TRUE;
}

static gboolean
parse_indicators (yajl_val        object,
                  KpPlanItemData *d,
                  Reader         *r,
                  const char     *where,
                  GError        **error)
{
  yajl_val list;

  if (!get_array (object, "indicators", &list, r, where, error))
    return FALSE;
  for (size_t i = 0; list != NULL && i < list->u.array.len; i++)
    {
      yajl_val         v = list->u.array.values[i];
      KpPlanIndicator *n;

      if (!YAJL_IS_OBJECT (v))
        return fail (error, r->name, where, _ ("an indicator is not an object"));
      n = g_new0 (KpPlanIndicator, 1);
      g_ptr_array_add (d->indicators, n);
      if (!get_text (v, "id", &n->uid, r, where, error) ||
          !get_text (v, "name", &n->name, r, where, error) ||
          !get_text (v, "unit", &n->unit, r, where, error) ||
          !get_number (v, "baseline", &n->has_baseline, &n->baseline, r, where, error) ||
          !get_number (v, "target", &n->has_target, &n->target, r, where, error))
        return FALSE;
      if (n->uid == NULL)
        n->uid = kp_plan_new_uid ();
    }
  return TRUE;
}

static gboolean
parse_capacity (yajl_val        object,
                KpPlanItemData *d,
                Reader         *r,
                const char     *where,
                GError        **error)
{
  yajl_val list;

  if (!get_array (object, "capacity", &list, r, where, error))
    return FALSE;
  for (size_t i = 0; list != NULL && i < list->u.array.len; i++)
    {
      yajl_val        v = list->u.array.values[i];
      KpPlanCapacity *c;
      gboolean        has = FALSE;

      if (!YAJL_IS_OBJECT (v))
        return fail (error, r->name, where, _ ("a change of capacity is not an object"));
      c = g_new0 (KpPlanCapacity, 1);
      g_ptr_array_add (d->capacity, c);
      if (!get_text (v, "unit", &c->unit, r, where, error) ||
          !get_number (v, "change", &has, &c->change, r, where, error))
        return FALSE;
      if (!has)
        return fail (error, r->name, where, _ ("a change of capacity has no number"));
    }
  return TRUE;
}

static gboolean
parse_service_types (yajl_val        object,
                     KpPlanItemData *d,
                     Reader         *r,
                     const char     *where,
                     GError        **error)
{
  yajl_val list;

  if (!get_array (object, "service_types", &list, r, where, error))
    return FALSE;
  for (size_t i = 0; list != NULL && i < list->u.array.len; i++)
    {
      yajl_val           v = list->u.array.values[i];
      KpPlanServiceKind *k;

      if (!YAJL_IS_OBJECT (v))
        return fail (error, r->name, where, _ ("a type of service is not an object"));
      k = g_new0 (KpPlanServiceKind, 1);
      g_ptr_array_add (d->service_kinds, k);
      if (!get_text (v, "type", &k->kind, r, where, error) ||
          !get_text (v, "form", &k->form, r, where, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
parse_implementer (yajl_val        object,
                   KpPlanItemData *d,
                   Reader         *r,
                   const char     *where,
                   GError        **error)
{
  static const struct
  {
    const char       *key;
    KpPlanImplementer kind;
  } keys[] = { { "ico", KP_PLAN_IMPLEMENTER_PROVIDER },
               { "obec", KP_PLAN_IMPLEMENTER_OBEC },
               { "text", KP_PLAN_IMPLEMENTER_TEXT } };
  yajl_val value = member (object, "implementer");

  if (value == NULL || YAJL_IS_NULL (value))
    return TRUE;
  if (YAJL_IS_STRING (value))
    {
      d->implementer_kind = KP_PLAN_IMPLEMENTER_TEXT;
      d->implementer = kp_plan_clean_text (YAJL_GET_STRING (value));
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      if (member (value, keys[i].key) == NULL)
        continue;
      d->implementer_kind = keys[i].kind;
      return get_text (value, keys[i].key, &d->implementer, r, where, error);
    }
  return fail (error, r->name, where, _ ("the implementer has no “ico”, “obec” or “text”"));
}

static gboolean parse_items (yajl_val    list,
                             GPtrArray  *out,
                             const char *prefix,
                             guint       depth,
                             Reader     *r,
                             GError    **error);

static gboolean
parse_item (yajl_val        object,
            KpPlanItemData *d,
            const char     *code,
            guint           depth,
            Reader         *r,
            GError        **error)
{
  g_autofree char *where = NULL;
  g_autofree char *focus = NULL;
  g_autofree char *status = NULL;
  yajl_val         children;
  yajl_val         title = member (object, "title");

  if (title != NULL && YAJL_IS_STRING (title))
    /* Translators: an item of the plan in a message, "item 1.2 “Title”" */
    where = g_strdup_printf (_ ("item %s “%s”"), code, YAJL_GET_STRING (title));
  else
    where = g_strdup_printf (_ ("item %s"), code);
  if (depth > r->n_levels)
    return fail (error, r->name, where,
                 g_dngettext (GETTEXT_PACKAGE, "more levels than the plan’s %u",
                              "more levels than the plan’s %u", r->n_levels),
                 r->n_levels);
  if (!get_text (object, "id", &d->uid, r, where, error) ||
      !get_text (object, "title", &d->title, r, where, error) ||
      !get_text (object, "description", &d->description, r, where, error) ||
      !get_text (object, "justification", &d->justification, r, where, error) ||
      !get_text (object, "focus", &focus, r, where, error) ||
      !get_text (object, "focus_group", &d->focus_group, r, where, error) ||
      !get_text (object, "focus_name", &d->focus_name, r, where, error) ||
      !get_strings (object, "findings", d->findings, r, where, error) ||
      !get_strings (object, "target_groups", d->target_groups, r, where, error) ||
      !parse_service_types (object, d, r, where, error) ||
      !get_strings (object, "services", d->services, r, where, error) ||
      !get_strings (object, "obce", d->obce, r, where, error) ||
      !parse_implementer (object, d, r, where, error) ||
      !get_text (object, "partners", &d->partners, r, where, error) ||
      !get_text (object, "responsible", &d->responsible, r, where, error) ||
      !get_text (object, "start", &d->start, r, where, error) ||
      !get_text (object, "end", &d->end, r, where, error) ||
      !get_text (object, "status", &status, r, where, error) ||
      !parse_status (status, &d->has_status, &d->status, r, where, error) ||
      !parse_capacity (object, d, r, where, error) || !parse_costs (object, d, r, where, error) ||
      !parse_indicators (object, d, r, where, error) ||
      !get_text (object, "note", &d->note, r, where, error) ||
      !get_array (object, "children", &children, r, where, error))
    return FALSE;
  if (focus != NULL)
    {
      if (g_str_equal (focus, "common"))
        d->focus = KP_PLAN_FOCUS_COMMON;
      else if (g_str_equal (focus, "group"))
        d->focus = KP_PLAN_FOCUS_GROUP;
      else if (g_str_equal (focus, "territory"))
        d->focus = KP_PLAN_FOCUS_TERRITORY;
      else
        return fail (error, r->name, where, _ ("unknown focus “%s”"), focus);
    }
  if (d->uid == NULL)
    d->uid = kp_plan_new_uid ();
  for (guint i = 0; i < d->target_groups->len; i++)
    {
      const char *known = kp_target_group_find_name (g_ptr_array_index (d->target_groups, i));

      if (known != NULL)
        {
          g_free (g_ptr_array_index (d->target_groups, i));
          g_ptr_array_index (d->target_groups, i) = g_strdup (known);
        }
    }
  if (!kp_plan_check_item_data (d, r->period_from, r->period_to, NULL, error))
    {
      g_autofree char *reason = g_strdup ((*error)->message);

      g_clear_error (error);
      return fail (error, r->name, where, "%s", reason);
    }
  return children == NULL || parse_items (children, d->children, code, depth + 1, r, error);
}

static gboolean
parse_items (yajl_val    list,
             GPtrArray  *out,
             const char *prefix,
             guint       depth,
             Reader     *r,
             GError    **error)
{
  for (size_t i = 0; i < list->u.array.len; i++)
    {
      yajl_val         object = list->u.array.values[i];
      g_autofree char *code = prefix != NULL ? g_strdup_printf ("%s.%zu", prefix, i + 1)
                                             : g_strdup_printf ("%zu", i + 1);
      KpPlanItemData  *d;

      if (!YAJL_IS_OBJECT (object))
        {
          g_autofree char *where = g_strdup_printf (_ ("item %s"), code);

          return fail (error, r->name, where, _ ("not an object"));
        }
      d = kp_plan_item_data_new ();
      g_ptr_array_add (out, d);
      if (!parse_item (object, d, code, depth, r, error))
        return FALSE;
    }
  return TRUE;
}

/* "2026-2028", "2026–2028" or "2026". */
static gboolean
parse_years (const char *text,
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

static gboolean
parse_chapters (yajl_val           root,
                KpPlanVersionData *v,
                Reader            *r,
                GError           **error)
{
  yajl_val list;

  if (!get_array (root, "chapters", &list, r, NULL, error))
    return FALSE;
  for (size_t i = 0; list != NULL && i < list->u.array.len; i++)
    {
      yajl_val           c = list->u.array.values[i];
      KpPlanChapterData *d;
      g_autofree char   *where = g_strdup_printf (_ ("chapter %zu"), i + 1);
      gboolean           has = FALSE;
      gint64             depth = 1;

      if (!YAJL_IS_OBJECT (c))
        return fail (error, r->name, where, _ ("not an object"));
      d = g_new0 (KpPlanChapterData, 1);
      g_ptr_array_add (v->chapters, d);
      if (!get_text (c, "id", &d->uid, r, where, error) ||
          !get_text (c, "title", &d->title, r, where, error) ||
          !get_integer (c, "depth", FALSE, &has, &depth, r, where, error))
        return FALSE;
      {
        yajl_val text = member (c, "text");

        if (text != NULL && !YAJL_IS_NULL (text) && !YAJL_IS_STRING (text))
          return fail (error, r->name, where, _ ("“%s” is not text"), "text");
        d->body = g_strdup (text != NULL && YAJL_IS_STRING (text) ? YAJL_GET_STRING (text) : "");
      }
      if (d->title == NULL)
        return fail (error, r->name, where, _ ("the chapter has no title"));
      if (depth < 1 || depth > 3)
        return fail (error, r->name, where, _ ("a chapter is on level 1, 2 or 3"));
      d->depth = (int) depth;
      if (d->uid == NULL)
        d->uid = kp_plan_new_uid ();
    }
  return TRUE;
}

static gboolean
parse_comments (yajl_val           root,
                KpPlanVersionData *v,
                Reader            *r,
                GError           **error)
{
  yajl_val list;

  if (!get_array (root, "comments", &list, r, NULL, error))
    return FALSE;
  for (size_t i = 0; list != NULL && i < list->u.array.len; i++)
    {
      yajl_val           c = list->u.array.values[i];
      KpPlanCommentData *d;
      g_autofree char   *where = g_strdup_printf (_ ("comment %zu"), i + 1);
      g_autofree char   *settlement = NULL;
      yajl_val           is_public = member (c, "public");

      if (!YAJL_IS_OBJECT (c))
        return fail (error, r->name, where, _ ("not an object"));
      d = kp_plan_comment_data_new ();
      g_ptr_array_add (v->comments, d);
      d->from_public = is_public != NULL && YAJL_IS_TRUE (is_public);
      if (!get_text (c, "author", &d->author, r, where, error) ||
          !get_text (c, "date", &d->received_on, r, where, error) ||
          !get_text (c, "text", &d->text, r, where, error) ||
          !get_text (c, "settlement", &settlement, r, where, error) ||
          !get_text (c, "reason", &d->reason, r, where, error) ||
          !get_text (c, "change", &d->change_made, r, where, error))
        return FALSE;
      if (member (c, "chapter") != NULL)
        {
          d->target_kind = KP_PLAN_COMMENT_CHAPTER;
          if (!get_text (c, "chapter", &d->target_uid, r, where, error))
            return FALSE;
        }
      else if (member (c, "item") != NULL)
        {
          d->target_kind = KP_PLAN_COMMENT_ITEM;
          if (!get_text (c, "item", &d->target_uid, r, where, error))
            return FALSE;
        }
      if (d->from_public)
        g_clear_pointer (&d->author, g_free);
      if ((!d->from_public && d->author == NULL) || d->text == NULL || d->received_on == NULL)
        return fail (error, r->name, where, _ ("a comment needs its author, date and text"));
      d->settled = settlement != NULL;
      if (settlement != NULL && !kp_settlement_from_string (settlement, &d->settlement))
        return fail (error, r->name, where, _ ("unknown settlement “%s”"), settlement);
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
  yajl_val         priority = member (object, "priority");
  yajl_val         carried = member (object, "carried_over");
  yajl_val         amounts, indicators;

  if (!get_text (object, "item", &e->item_uid, r, where, error) ||
      !get_text (object, "code", &e->code, r, where, error) ||
      !get_text (object, "title", &e->title, r, where, error) ||
      !get_text (priority, "id", &e->priority_uid, r, where, error) ||
      !get_text (priority, "code", &e->priority_code, r, where, error) ||
      !get_text (priority, "title", &e->priority_title, r, where, error) ||
      !get_text (object, "deadline", &e->deadline, r, where, error) ||
      !get_text (object, "responsible", &e->responsible, r, where, error) ||
      !get_text (object, "note", &e->note, r, where, error) ||
      !get_text (object, "status", &status, r, where, error) ||
      !parse_status (status, &e->has_status, &e->status, r, where, error) ||
      !get_text (object, "evaluation", &e->evaluation, r, where, error) ||
      !get_array (object, "amounts", &amounts, r, where, error) ||
      !get_array (object, "indicators", &indicators, r, where, error))
    return FALSE;
  if (e->item_uid == NULL || e->code == NULL || e->title == NULL)
    return fail (error, r->name, where, _ ("an entry needs its item, code and title"));
  e->carried_over = carried != NULL && YAJL_IS_TRUE (carried);
  for (size_t i = 0; amounts != NULL && i < amounts->u.array.len; i++)
    {
      yajl_val            v = amounts->u.array.values[i];
      KpActionPlanAmount *a;
      gboolean            has = FALSE;
      gint64              year = 0;

      if (!YAJL_IS_OBJECT (v))
        return fail (error, r->name, where, _ ("an amount is not an object"));
      a = g_new0 (KpActionPlanAmount, 1);
      g_ptr_array_add (e->amounts, a);
      if (!get_integer (v, "year", TRUE, &has, &year, r, where, error) ||
          !parse_source (v, &a->source, &a->obec_kod, r, where, error) ||
          !get_integer (v, "planned", TRUE, &has, &a->planned, r, where, error) ||
          !get_integer (v, "spent", FALSE, &a->has_spent, &a->spent, r, where, error))
        return FALSE;
      if (year < year_from || year > year_to)
        return fail (error, r->name, where, _ ("the year %d lies outside the action plan"),
                     (int) CLAMP (year, G_MININT, G_MAXINT));
      if (a->planned < 0 || (a->has_spent && a->spent < 0))
        return fail (error, r->name, where, _ ("an amount is negative"));
      a->year = (int) year;
    }
  for (size_t i = 0; indicators != NULL && i < indicators->u.array.len; i++)
    {
      yajl_val               v = indicators->u.array.values[i];
      KpActionPlanIndicator *n;

      if (!YAJL_IS_OBJECT (v))
        return fail (error, r->name, where, _ ("an indicator is not an object"));
      n = g_new0 (KpActionPlanIndicator, 1);
      g_ptr_array_add (e->indicators, n);
      if (!get_text (v, "id", &n->uid, r, where, error) ||
          !get_text (v, "name", &n->name, r, where, error) ||
          !get_text (v, "unit", &n->unit, r, where, error) ||
          !get_number (v, "baseline", &n->has_baseline, &n->baseline, r, where, error) ||
          !get_number (v, "target", &n->has_target, &n->target, r, where, error) ||
          !get_number (v, "actual", &n->has_actual, &n->actual, r, where, error))
        return FALSE;
      if (n->uid == NULL || n->name == NULL)
        return fail (error, r->name, where, _ ("an indicator needs its id and name"));
    }
  return TRUE;
}

static gboolean
parse_action_plans (yajl_val    root,
                    KpPlanFile *file,
                    Reader     *r,
                    GError    **error)
{
  yajl_val list;

  if (!get_array (root, "action_plans", &list, r, NULL, error))
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
        return fail (error, r->name, where, _ ("not an object"));
      d = kp_action_plan_data_new ();
      g_ptr_array_add (file->action_plans, d);
      if (!get_text (p, "years", &years, r, where, error) ||
          !get_integer (p, "version", FALSE, &has, &version, r, where, error) ||
          !get_array (p, "entries", &entries, r, where, error))
        return FALSE;
      if (!parse_years (years, &d->year_from, &d->year_to) || d->year_to > d->year_from + 1)
        return fail (error, r->name, where, _ ("“years” is not one year or two, such as 2026"));
      if (d->year_from < r->period_from || d->year_to > r->period_to)
        return fail (error, r->name, where, _ ("its years lie outside the period %d–%d"),
                     r->period_from, r->period_to);
      for (guint j = 0; j < i; j++)
        {
          KpActionPlanData *o = g_ptr_array_index (file->action_plans, j);

          if (o->year_from <= d->year_to && o->year_to >= d->year_from)
            return fail (error, r->name, where, _ ("another action plan has the same year"));
        }
      d->version_number = (int) version;
      for (size_t j = 0; entries != NULL && j < entries->u.array.len; j++)
        {
          yajl_val           e = entries->u.array.values[j];
          KpActionPlanEntry *entry;
          g_autofree char   *entry_where = g_strdup_printf (_ ("action plan %zu, entry %zu"),
                                                            i + 1, j + 1);

          if (!YAJL_IS_OBJECT (e))
            return fail (error, r->name, entry_where, _ ("not an object"));
          entry = kp_action_plan_entry_new ();
          g_ptr_array_add (d->entries, entry);
          if (!parse_entry (e, entry, d->year_from, d->year_to, r, entry_where, error))
            return FALSE;
          for (guint k = 0; k + 1 < d->entries->len; k++)
            if (g_strcmp0 (((KpActionPlanEntry *) g_ptr_array_index (d->entries, k))->item_uid,
                           entry->item_uid) == 0)
              return fail (error, r->name, entry_where, _ ("the activity is listed twice"));
        }
    }
  return TRUE;
}

/* Uids are unique in a version. */
static gboolean
check_uid (const KpPlanItemData *item,
           const char           *code,
           int                   depth,
           const KpPlanItemData *parent,
           gpointer              user_data)
{
  return g_hash_table_add (user_data, item->uid);
}

KpPlanFile *
kp_plan_json_parse (const char *json,
                    gsize       length,
                    const char *name,
                    GError    **error)
{
  g_autoptr (KpPlanFile) file = g_new0 (KpPlanFile, 1);
  g_autofree char *text = NULL;
  g_autofree char *format = NULL;
  g_autofree char *period = NULL;
  char             message[256] = "";
  yajl_val         root;
  yajl_val         items;
  Reader           r = { name, 0, 0, 0 };
  gboolean         ok = FALSE;

  if (!g_utf8_validate (json, (gssize) length, NULL))
    {
      fail (error, name, NULL, _ ("the file is not UTF-8 text"));
      return NULL;
    }
  text = g_strndup (json, length);
  root = yajl_tree_parse (text, message, sizeof message);
  if (root == NULL)
    {
      g_strdelimit (message, "\r\n", ' ');
      fail (error, name, NULL, _ ("not JSON: %s"), g_strstrip (message));
      return NULL;
    }
  file->version = kp_plan_version_data_new ();
  if (!YAJL_IS_OBJECT (root))
    {
      fail (error, name, NULL, _ ("not a plan file (it is no JSON object)"));
      goto out;
    }
  if (!get_text (root, "format", &format, &r, NULL, error))
    goto out;
  if (g_strcmp0 (format, FORMAT_ID) != 0)
    {
      fail (error, name, NULL, _ ("not a plan file: “format” is not “%s”"), FORMAT_ID);
      goto out;
    }
  if (!get_text (root, "period", &period, &r, NULL, error))
    goto out;
  if (!parse_years (period, &r.period_from, &r.period_to))
    {
      fail (error, name, NULL, _ ("“period” is not a period of years such as 2026-2028"));
      goto out;
    }
  file->version->period_from = r.period_from;
  file->version->period_to = r.period_to;
  if (!get_strings (root, "levels", file->version->levels, &r, NULL, error))
    goto out;
  r.n_levels = file->version->levels->len;
  if (r.n_levels < KP_PLAN_MIN_LEVELS || r.n_levels > KP_PLAN_MAX_LEVELS)
    {
      fail (error, name, NULL, _ ("“levels” names %d to %d levels"), KP_PLAN_MIN_LEVELS,
            KP_PLAN_MAX_LEVELS);
      goto out;
    }
  if (!get_text (root, "vision", &file->version->vision, &r, NULL, error) ||
      !parse_chapters (root, file->version, &r, error) ||
      !get_array (root, "items", &items, &r, NULL, error) ||
      (items != NULL && !parse_items (items, file->version->items, NULL, 1, &r, error)) ||
      !parse_comments (root, file->version, &r, error) ||
      !parse_action_plans (root, file, &r, error))
    goto out;
  {
    g_autoptr (GHashTable) uids = g_hash_table_new (g_str_hash, g_str_equal);

    if (!kp_plan_version_data_walk (file->version, check_uid, uids))
      {
        fail (error, name, NULL, _ ("two items have the same “id”"));
        goto out;
      }
  }
  ok = TRUE;
out:
  yajl_tree_free (root);
  return ok ? g_steal_pointer (&file) : NULL;
}
