/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-json-private.h"
#include "kp-error.h"
#include "kp-planning-group.h"
#include "kp-target-group.h"

#include <math.h>
#include <string.h>

/* Reads "komplan-plan/1" (docs/plan-format.md) into plain data, checking every item; the
 * first problem refuses the whole file with the item (its code and title) and the reason. */

#define FORMAT_ID "komplan-plan/1"

void
kp_plan_file_free (KpPlanFile *file)
{
  if (file == NULL)
    return;
  kp_plan_version_data_free (file->version);
  g_clear_pointer (&file->action_plans, g_ptr_array_unref);
  g_free (file);
}

gboolean
kp_plan_json_fail (GError    **error,
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

yajl_val
kp_plan_json_member (yajl_val    object,
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
gboolean
kp_plan_json_get_text (yajl_val    object,
                       const char *key,
                       char      **out,
                       Reader     *r,
                       const char *where,
                       GError    **error)
{
  yajl_val value = kp_plan_json_member (object, key);

  *out = NULL;
  if (value == NULL || YAJL_IS_NULL (value))
    return TRUE;
  if (!YAJL_IS_STRING (value))
    return kp_plan_json_fail (error, r->name, where, _ ("“%s” is not text"), key);
  *out = kp_plan_clean_text (YAJL_GET_STRING (value));
  return TRUE;
}

gboolean
kp_plan_json_get_strings (yajl_val    object,
                          const char *key,
                          GPtrArray  *out,
                          Reader     *r,
                          const char *where,
                          GError    **error)
{
  yajl_val value = kp_plan_json_member (object, key);

  if (value == NULL || YAJL_IS_NULL (value))
    return TRUE;
  if (!YAJL_IS_ARRAY (value))
    return kp_plan_json_fail (error, r->name, where, _ ("“%s” is not a list"), key);
  for (size_t i = 0; i < value->u.array.len; i++)
    {
      yajl_val v = value->u.array.values[i];

      if (!YAJL_IS_STRING (v))
        return kp_plan_json_fail (error, r->name, where, _ ("“%s” lists something that is not text"), key);
      g_ptr_array_add (out, g_strdup (YAJL_GET_STRING (v)));
    }
  return TRUE;
}

gboolean
kp_plan_json_get_number (yajl_val    object,
                         const char *key,
                         gboolean   *has,
                         double     *out,
                         Reader     *r,
                         const char *where,
                         GError    **error)
{
  yajl_val value = kp_plan_json_member (object, key);

  *has = FALSE;
  if (value == NULL || YAJL_IS_NULL (value))
    return TRUE;
  if (!YAJL_IS_NUMBER (value))
    return kp_plan_json_fail (error, r->name, where, _ ("“%s” is not a number"), key);
  *has = TRUE;
  /* yajl reads a fraction with strtod(), which follows the locale: under a Czech one it
   * stops at the point of "2.5". The number's own text is read again, the JSON way. */
  *out = YAJL_IS_INTEGER (value) ? (double) YAJL_GET_INTEGER (value)
                                 : g_ascii_strtod (value->u.number.r, NULL);
  return TRUE;
}

/* Whole Kč or a year: an integer. */
gboolean
kp_plan_json_get_integer (yajl_val    object,
                          const char *key,
                          gboolean    required,
                          gboolean   *has,
                          gint64     *out,
                          Reader     *r,
                          const char *where,
                          GError    **error)
{
  yajl_val value = kp_plan_json_member (object, key);

  *has = FALSE;
  if (value == NULL || YAJL_IS_NULL (value))
    {
      if (required)
        return kp_plan_json_fail (error, r->name, where, _ ("“%s” is missing"), key);
      return TRUE;
    }
  if (!YAJL_IS_INTEGER (value))
    return kp_plan_json_fail (error, r->name, where, _ ("“%s” is not a whole number"), key);
  *has = TRUE;
  *out = YAJL_GET_INTEGER (value);
  return TRUE;
}

gboolean
kp_plan_json_get_array (yajl_val    object,
                        const char *key,
                        yajl_val   *out,
                        Reader     *r,
                        const char *where,
                        GError    **error)
{
  yajl_val value = kp_plan_json_member (object, key);

  *out = NULL;
  if (value == NULL || YAJL_IS_NULL (value))
    return TRUE;
  if (!YAJL_IS_ARRAY (value))
    return kp_plan_json_fail (error, r->name, where, _ ("“%s” is not a list"), key);
  *out = value;
  return TRUE;
}

gboolean
kp_plan_json_parse_status (const char       *text,
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
  return kp_plan_json_fail (error, r->name, where, _ ("unknown status “%s”"), text);
}

gboolean
kp_plan_json_parse_source (yajl_val           object,
                           KpFinancingSource *source,
                           char             **obec,
                           Reader            *r,
                           const char        *where,
                           GError           **error)
{
  g_autofree char *id = NULL;

  if (!kp_plan_json_get_text (object, "source", &id, r, where, error) ||
      !kp_plan_json_get_text (object, "obec", obec, r, where, error))
    return FALSE;
  if (id == NULL)
    return kp_plan_json_fail (error, r->name, where, _ ("a cost has no source"));
  if (!kp_financing_source_from_string (id, source))
    return kp_plan_json_fail (error, r->name, where, _ ("unknown source of money “%s”"), id);
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

  if (!kp_plan_json_get_array (object, "costs", &costs, r, where, error))
    return FALSE;
  for (size_t i = 0; costs != NULL && i < costs->u.array.len; i++)
    {
      yajl_val          c = costs->u.array.values[i];
      gboolean          has;
      gint64            year = 0, amount = 0;
      KpFinancingSource source;
      g_autofree char  *obec = NULL;

      if (!YAJL_IS_OBJECT (c))
        return kp_plan_json_fail (error, r->name, where, _ ("a cost is not an object"));
      if (!kp_plan_json_get_integer (c, "year", TRUE, &has, &year, r, where, error) ||
          !kp_plan_json_get_integer (c, "amount", TRUE, &has, &amount, r, where, error) ||
          !kp_plan_json_parse_source (c, &source, &obec, r, where, error))
        return FALSE;
      if (amount < 0)
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, amount);

          return kp_plan_json_fail (error, r->name, where, _ ("the amount %s is negative"), number);
        }
      if (year < r->period_from || year > r->period_to)
        return kp_plan_json_fail (error, r->name, where, _ ("the year %d lies outside the period %d–%d"),
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

  if (!kp_plan_json_get_array (object, "indicators", &list, r, where, error))
    return FALSE;
  for (size_t i = 0; list != NULL && i < list->u.array.len; i++)
    {
      yajl_val         v = list->u.array.values[i];
      KpPlanIndicator *n;

      if (!YAJL_IS_OBJECT (v))
        return kp_plan_json_fail (error, r->name, where, _ ("an indicator is not an object"));
      n = g_new0 (KpPlanIndicator, 1);
      g_ptr_array_add (d->indicators, n);
      if (!kp_plan_json_get_text (v, "id", &n->uid, r, where, error) ||
          !kp_plan_json_get_text (v, "name", &n->name, r, where, error) ||
          !kp_plan_json_get_text (v, "unit", &n->unit, r, where, error) ||
          !kp_plan_json_get_number (v, "baseline", &n->has_baseline, &n->baseline, r, where, error) ||
          !kp_plan_json_get_number (v, "target", &n->has_target, &n->target, r, where, error))
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

  if (!kp_plan_json_get_array (object, "capacity", &list, r, where, error))
    return FALSE;
  for (size_t i = 0; list != NULL && i < list->u.array.len; i++)
    {
      yajl_val        v = list->u.array.values[i];
      KpPlanCapacity *c;
      gboolean        has = FALSE;

      if (!YAJL_IS_OBJECT (v))
        return kp_plan_json_fail (error, r->name, where, _ ("a change of capacity is not an object"));
      c = g_new0 (KpPlanCapacity, 1);
      g_ptr_array_add (d->capacity, c);
      if (!kp_plan_json_get_text (v, "unit", &c->unit, r, where, error) ||
          !kp_plan_json_get_number (v, "change", &has, &c->change, r, where, error))
        return FALSE;
      if (!has)
        return kp_plan_json_fail (error, r->name, where, _ ("a change of capacity has no number"));
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

  if (!kp_plan_json_get_array (object, "service_types", &list, r, where, error))
    return FALSE;
  for (size_t i = 0; list != NULL && i < list->u.array.len; i++)
    {
      yajl_val           v = list->u.array.values[i];
      KpPlanServiceKind *k;

      if (!YAJL_IS_OBJECT (v))
        return kp_plan_json_fail (error, r->name, where, _ ("a type of service is not an object"));
      k = g_new0 (KpPlanServiceKind, 1);
      g_ptr_array_add (d->service_kinds, k);
      if (!kp_plan_json_get_text (v, "type", &k->kind, r, where, error) ||
          !kp_plan_json_get_text (v, "form", &k->form, r, where, error))
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
  yajl_val value = kp_plan_json_member (object, "implementer");

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
      if (kp_plan_json_member (value, keys[i].key) == NULL)
        continue;
      d->implementer_kind = keys[i].kind;
      return kp_plan_json_get_text (value, keys[i].key, &d->implementer, r, where, error);
    }
  return kp_plan_json_fail (error, r->name, where, _ ("the implementer has no “ico”, “obec” or “text”"));
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
  yajl_val         title = kp_plan_json_member (object, "title");

  if (title != NULL && YAJL_IS_STRING (title))
    /* Translators: an item of the plan in a message, "item 1.2 “Title”" */
    where = g_strdup_printf (_ ("item %s “%s”"), code, YAJL_GET_STRING (title));
  else
    where = g_strdup_printf (_ ("item %s"), code);
  if (depth > r->n_levels)
    return kp_plan_json_fail (error, r->name, where,
                              g_dngettext (GETTEXT_PACKAGE, "more levels than the plan’s %u",
                                           "more levels than the plan’s %u", r->n_levels),
                              r->n_levels);
  if (!kp_plan_json_get_text (object, "id", &d->uid, r, where, error) ||
      !kp_plan_json_get_text (object, "title", &d->title, r, where, error) ||
      !kp_plan_json_get_text (object, "description", &d->description, r, where, error) ||
      !kp_plan_json_get_text (object, "justification", &d->justification, r, where, error) ||
      !kp_plan_json_get_text (object, "focus", &focus, r, where, error) ||
      !kp_plan_json_get_text (object, "focus_group", &d->focus_group, r, where, error) ||
      !kp_plan_json_get_text (object, "focus_name", &d->focus_name, r, where, error) ||
      !kp_plan_json_get_strings (object, "findings", d->findings, r, where, error) ||
      !kp_plan_json_get_strings (object, "target_groups", d->target_groups, r, where, error) ||
      !parse_service_types (object, d, r, where, error) ||
      !kp_plan_json_get_strings (object, "services", d->services, r, where, error) ||
      !kp_plan_json_get_strings (object, "obce", d->obce, r, where, error) ||
      !parse_implementer (object, d, r, where, error) ||
      !kp_plan_json_get_text (object, "partners", &d->partners, r, where, error) ||
      !kp_plan_json_get_text (object, "responsible", &d->responsible, r, where, error) ||
      !kp_plan_json_get_text (object, "start", &d->start, r, where, error) ||
      !kp_plan_json_get_text (object, "end", &d->end, r, where, error) ||
      !kp_plan_json_get_text (object, "status", &status, r, where, error) ||
      !kp_plan_json_parse_status (status, &d->has_status, &d->status, r, where, error) ||
      !parse_capacity (object, d, r, where, error) || !parse_costs (object, d, r, where, error) ||
      !parse_indicators (object, d, r, where, error) ||
      !kp_plan_json_get_text (object, "note", &d->note, r, where, error) ||
      !kp_plan_json_get_array (object, "children", &children, r, where, error))
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
        return kp_plan_json_fail (error, r->name, where, _ ("unknown focus “%s”"), focus);
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
      return kp_plan_json_fail (error, r->name, where, "%s", reason);
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

          return kp_plan_json_fail (error, r->name, where, _ ("not an object"));
        }
      d = kp_plan_item_data_new ();
      g_ptr_array_add (out, d);
      if (!parse_item (object, d, code, depth, r, error))
        return FALSE;
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
      kp_plan_json_fail (error, name, NULL, _ ("the file is not UTF-8 text"));
      return NULL;
    }
  text = g_strndup (json, length);
  root = yajl_tree_parse (text, message, sizeof message);
  if (root == NULL)
    {
      g_strdelimit (message, "\r\n", ' ');
      kp_plan_json_fail (error, name, NULL, _ ("not JSON: %s"), g_strstrip (message));
      return NULL;
    }
  file->version = kp_plan_version_data_new ();
  if (!YAJL_IS_OBJECT (root))
    {
      kp_plan_json_fail (error, name, NULL, _ ("not a plan file (it is no JSON object)"));
      goto out;
    }
  if (!kp_plan_json_get_text (root, "format", &format, &r, NULL, error))
    goto out;
  if (g_strcmp0 (format, FORMAT_ID) != 0)
    {
      kp_plan_json_fail (error, name, NULL, _ ("not a plan file: “format” is not “%s”"), FORMAT_ID);
      goto out;
    }
  if (!kp_plan_json_get_text (root, "period", &period, &r, NULL, error))
    goto out;
  if (!kp_plan_json_parse_years (period, &r.period_from, &r.period_to))
    {
      kp_plan_json_fail (error, name, NULL, _ ("“period” is not a period of years such as 2026-2028"));
      goto out;
    }
  file->version->period_from = r.period_from;
  file->version->period_to = r.period_to;
  if (!kp_plan_json_get_strings (root, "levels", file->version->levels, &r, NULL, error))
    goto out;
  r.n_levels = file->version->levels->len;
  if (r.n_levels < KP_PLAN_MIN_LEVELS || r.n_levels > KP_PLAN_MAX_LEVELS)
    {
      kp_plan_json_fail (error, name, NULL, _ ("“levels” names %d to %d levels"), KP_PLAN_MIN_LEVELS,
                         KP_PLAN_MAX_LEVELS);
      goto out;
    }
  if (!kp_plan_json_get_text (root, "vision", &file->version->vision, &r, NULL, error) ||
      !kp_plan_json_parse_chapters (root, file->version, &r, error) ||
      !kp_plan_json_get_array (root, "items", &items, &r, NULL, error) ||
      (items != NULL && !parse_items (items, file->version->items, NULL, 1, &r, error)) ||
      !kp_plan_json_parse_comments (root, file->version, &r, error) ||
      !kp_plan_json_parse_action_plans (root, file, &r, error))
    goto out;
  {
    g_autoptr (GHashTable) uids = g_hash_table_new (g_str_hash, g_str_equal);

    if (!kp_plan_version_data_walk (file->version, check_uid, uids))
      {
        kp_plan_json_fail (error, name, NULL, _ ("two items have the same “id”"));
        goto out;
      }
  }
  ok = TRUE;
out:
  yajl_tree_free (root);
  return ok ? g_steal_pointer (&file) : NULL;
}
