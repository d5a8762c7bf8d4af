/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-plan-private.h"

#include <math.h>
#include <string.h>
#include <yajl/yajl_gen.h>

/* Writes a plan version and its action plans as "komplan-plan/1" (docs/plan-format.md):
 * keys in a fixed order, empty fields left out, numbers without the process locale, so
 * that exporting what was imported gives the same bytes. */

#define FORMAT_ID "komplan-plan/1"

typedef yajl_gen Json;

static void
json_string (Json        json,
             const char *text)
{
  if (text == NULL)
    yajl_gen_null (json);
  else
    yajl_gen_string (json, (const unsigned char *) text, strlen (text));
}

static void
json_key (Json        json,
          const char *key)
{
  json_string (json, key);
}

static void
json_int (Json   json,
          gint64 value)
{
  yajl_gen_integer (json, value);
}

/* The shortest text that reads back as the same double: "10", "1.5", "0.1". */
static void
json_double (Json   json,
             double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      yajl_gen_null (json);
      return;
    }
  for (int digits = 1; digits <= 17; digits++)
    {
      char fmt[8];

      g_snprintf (fmt, sizeof fmt, "%%.%dg", digits);
      g_ascii_formatd (buf, sizeof buf, fmt, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  yajl_gen_number (json, buf, strlen (buf));
}

static void
text_member (Json        json,
             const char *key,
             const char *value)
{
  if (value == NULL)
    return;
  json_key (json, key);
  json_string (json, value);
}

static void
strings_member (Json        json,
                const char *key,
                GPtrArray  *values)
{
  if (values->len == 0)
    return;
  json_key (json, key);
  yajl_gen_array_open (json);
  for (guint i = 0; i < values->len; i++)
    json_string (json, g_ptr_array_index (values, i));
  yajl_gen_array_close (json);
}

static const char *
implementer_key (KpPlanImplementer kind)
{
  switch (kind)
    {
    case KP_PLAN_IMPLEMENTER_PROVIDER:
      return "ico";
    case KP_PLAN_IMPLEMENTER_OBEC:
      return "obec";
    case KP_PLAN_IMPLEMENTER_TEXT:
      return "text";
    case KP_PLAN_IMPLEMENTER_NONE:
    default:
      return NULL;
    }
}

static const char *
focus_id (KpPlanFocus focus)
{
  switch (focus)
    {
    case KP_PLAN_FOCUS_COMMON:
      return "common";
    case KP_PLAN_FOCUS_GROUP:
      return "group";
    case KP_PLAN_FOCUS_TERRITORY:
      return "territory";
    case KP_PLAN_FOCUS_NONE:
    default:
      return NULL;
    }
}

static void
write_item (Json                  json,
            const KpPlanItemData *d)
{
  yajl_gen_map_open (json);
  text_member (json, "id", d->uid);
  text_member (json, "title", d->title);
  text_member (json, "description", d->description);
  text_member (json, "justification", d->justification);
  text_member (json, "focus", focus_id (d->focus));
  text_member (json, "focus_group", d->focus_group);
  text_member (json, "focus_name", d->focus_name);
  strings_member (json, "findings", d->findings);
  strings_member (json, "target_groups", d->target_groups);
  if (d->service_kinds->len > 0)
    {
      json_key (json, "service_types");
      yajl_gen_array_open (json);
      for (guint i = 0; i < d->service_kinds->len; i++)
        {
          KpPlanServiceKind *k = g_ptr_array_index (d->service_kinds, i);

          yajl_gen_map_open (json);
          text_member (json, "type", k->kind);
          text_member (json, "form", k->form);
          yajl_gen_map_close (json);
        }
      yajl_gen_array_close (json);
    }
  strings_member (json, "services", d->services);
  strings_member (json, "obce", d->obce);
  if (implementer_key (d->implementer_kind) != NULL)
    {
      json_key (json, "implementer");
      yajl_gen_map_open (json);
      text_member (json, implementer_key (d->implementer_kind), d->implementer);
      yajl_gen_map_close (json);
    }
  text_member (json, "partners", d->partners);
  text_member (json, "responsible", d->responsible);
  text_member (json, "start", d->start);
  text_member (json, "end", d->end);
  if (d->has_status)
    text_member (json, "status", kp_activity_status_get_word (d->status));
  if (d->capacity->len > 0)
    {
      json_key (json, "capacity");
      yajl_gen_array_open (json);
      for (guint i = 0; i < d->capacity->len; i++)
        {
          KpPlanCapacity *c = g_ptr_array_index (d->capacity, i);

          yajl_gen_map_open (json);
          text_member (json, "unit", c->unit);
          json_key (json, "change");
          json_double (json, c->change);
          yajl_gen_map_close (json);
        }
      yajl_gen_array_close (json);
    }
  if (d->costs->len > 0)
    {
      json_key (json, "costs");
      yajl_gen_array_open (json);
      for (guint i = 0; i < d->costs->len; i++)
        {
          KpPlanCost *c = g_ptr_array_index (d->costs, i);

          yajl_gen_map_open (json);
          json_key (json, "year");
          json_int (json, c->year);
          text_member (json, "source", kp_financing_source_to_string (c->source));
          text_member (json, "obec", c->obec_kod);
          json_key (json, "amount");
          json_int (json, c->amount);
          yajl_gen_map_close (json);
        }
      yajl_gen_array_close (json);
    }
  if (d->indicators->len > 0)
    {
      json_key (json, "indicators");
      yajl_gen_array_open (json);
      for (guint i = 0; i < d->indicators->len; i++)
        {
          KpPlanIndicator *n = g_ptr_array_index (d->indicators, i);

          yajl_gen_map_open (json);
          text_member (json, "id", n->uid);
          text_member (json, "name", n->name);
          text_member (json, "unit", n->unit);
          if (n->has_baseline)
            {
              json_key (json, "baseline");
              json_double (json, n->baseline);
            }
          if (n->has_target)
            {
              json_key (json, "target");
              json_double (json, n->target);
            }
          yajl_gen_map_close (json);
        }
      yajl_gen_array_close (json);
    }
  text_member (json, "note", d->note);
  if (d->children->len > 0)
    {
      json_key (json, "children");
      yajl_gen_array_open (json);
      for (guint i = 0; i < d->children->len; i++)
        write_item (json, g_ptr_array_index (d->children, i));
      yajl_gen_array_close (json);
    }
  yajl_gen_map_close (json);
}

static const char *const comment_targets[] = { NULL, "chapter", "item" };

static void
write_comment (Json                     json,
               const KpPlanCommentData *c)
{
  yajl_gen_map_open (json);
  if (c->from_public)
    {
      json_key (json, "public");
      yajl_gen_bool (json, 1);
    }
  else
    text_member (json, "author", c->author);
  text_member (json, "date", c->received_on);
  if (comment_targets[c->target_kind] != NULL)
    text_member (json, comment_targets[c->target_kind], c->target_uid);
  text_member (json, "text", c->text);
  if (c->settled)
    text_member (json, "settlement", kp_settlement_to_string (c->settlement));
  text_member (json, "reason", c->reason);
  text_member (json, "change", c->change_made);
  yajl_gen_map_close (json);
}

static void
write_entry (Json                     json,
             const KpActionPlanEntry *e)
{
  yajl_gen_map_open (json);
  text_member (json, "item", e->item_uid);
  text_member (json, "code", e->code);
  text_member (json, "title", e->title);
  if (e->priority_uid != NULL || e->priority_code != NULL || e->priority_title != NULL)
    {
      json_key (json, "priority");
      yajl_gen_map_open (json);
      text_member (json, "id", e->priority_uid);
      text_member (json, "code", e->priority_code);
      text_member (json, "title", e->priority_title);
      yajl_gen_map_close (json);
    }
  text_member (json, "deadline", e->deadline);
  text_member (json, "responsible", e->responsible);
  text_member (json, "note", e->note);
  if (e->has_status)
    text_member (json, "status", kp_activity_status_get_word (e->status));
  text_member (json, "evaluation", e->evaluation);
  if (e->carried_over)
    {
      json_key (json, "carried_over");
      yajl_gen_bool (json, 1);
    }
  if (e->amounts->len > 0)
    {
      json_key (json, "amounts");
      yajl_gen_array_open (json);
      for (guint i = 0; i < e->amounts->len; i++)
        {
          KpActionPlanAmount *a = g_ptr_array_index (e->amounts, i);

          yajl_gen_map_open (json);
          json_key (json, "year");
          json_int (json, a->year);
          text_member (json, "source", kp_financing_source_to_string (a->source));
          text_member (json, "obec", a->obec_kod);
          json_key (json, "planned");
          json_int (json, a->planned);
          if (a->has_spent)
            {
              json_key (json, "spent");
              json_int (json, a->spent);
            }
          yajl_gen_map_close (json);
        }
      yajl_gen_array_close (json);
    }
  if (e->indicators->len > 0)
    {
      json_key (json, "indicators");
      yajl_gen_array_open (json);
      for (guint i = 0; i < e->indicators->len; i++)
        {
          KpActionPlanIndicator *n = g_ptr_array_index (e->indicators, i);

          yajl_gen_map_open (json);
          text_member (json, "id", n->uid);
          text_member (json, "name", n->name);
          text_member (json, "unit", n->unit);
          if (n->has_baseline)
            {
              json_key (json, "baseline");
              json_double (json, n->baseline);
            }
          if (n->has_target)
            {
              json_key (json, "target");
              json_double (json, n->target);
            }
          if (n->has_actual)
            {
              json_key (json, "actual");
              json_double (json, n->actual);
            }
          yajl_gen_map_close (json);
        }
      yajl_gen_array_close (json);
    }
  yajl_gen_map_close (json);
}

/* Returns: (transfer full): the JSON text, ending with a newline */
char *
kp_plan_json_write (const KpPlanVersionData *v,
                    GPtrArray               *action_plans)
{
  yajl_gen             json = yajl_gen_alloc (NULL);
  const unsigned char *buf;
  size_t               len;
  g_autofree char     *period = g_strdup_printf ("%d-%d", v->period_from, v->period_to);
  char                *out;

  yajl_gen_config (json, yajl_gen_beautify, 1);
  yajl_gen_config (json, yajl_gen_indent_string, "  ");
  yajl_gen_config (json, yajl_gen_validate_utf8, 1);

  yajl_gen_map_open (json);
  text_member (json, "format", FORMAT_ID);
  json_key (json, "version");
  json_int (json, v->number);
  text_member (json, "state", kp_plan_state_to_string (v->state));
  text_member (json, "period", period);
  strings_member (json, "levels", v->levels);
  text_member (json, "vision", v->vision);
  if (v->comments_from != NULL || v->comments_to != NULL)
    {
      json_key (json, "comments_window");
      yajl_gen_map_open (json);
      text_member (json, "from", v->comments_from);
      text_member (json, "to", v->comments_to);
      yajl_gen_map_close (json);
    }
  if (v->has_approved_by)
    {
      json_key (json, "approval");
      yajl_gen_map_open (json);
      text_member (json, "by", kp_approval_body_to_string (v->approved_by));
      text_member (json, "resolution", v->resolution);
      text_member (json, "date", v->approved_on);
      yajl_gen_map_close (json);
    }
  json_key (json, "chapters");
  yajl_gen_array_open (json);
  for (guint i = 0; i < v->chapters->len; i++)
    {
      KpPlanChapterData *c = g_ptr_array_index (v->chapters, i);

      yajl_gen_map_open (json);
      text_member (json, "id", c->uid);
      text_member (json, "title", c->title);
      json_key (json, "depth");
      json_int (json, c->depth);
      text_member (json, "text", c->body);
      yajl_gen_map_close (json);
    }
  yajl_gen_array_close (json);
  json_key (json, "items");
  yajl_gen_array_open (json);
  for (guint i = 0; i < v->items->len; i++)
    write_item (json, g_ptr_array_index (v->items, i));
  yajl_gen_array_close (json);
  if (v->comments->len > 0)
    {
      json_key (json, "comments");
      yajl_gen_array_open (json);
      for (guint i = 0; i < v->comments->len; i++)
        write_comment (json, g_ptr_array_index (v->comments, i));
      yajl_gen_array_close (json);
    }
  if (action_plans != NULL && action_plans->len > 0)
    {
      json_key (json, "action_plans");
      yajl_gen_array_open (json);
      for (guint i = 0; i < action_plans->len; i++)
        {
          KpActionPlanData *p = g_ptr_array_index (action_plans, i);
          g_autofree char  *years = p->year_to > p->year_from
                                        ? g_strdup_printf ("%d-%d", p->year_from, p->year_to)
                                        : g_strdup_printf ("%d", p->year_from);

          yajl_gen_map_open (json);
          text_member (json, "years", years);
          json_key (json, "version");
          json_int (json, p->version_number);
          json_key (json, "entries");
          yajl_gen_array_open (json);
          for (guint j = 0; j < p->entries->len; j++)
            write_entry (json, g_ptr_array_index (p->entries, j));
          yajl_gen_array_close (json);
          yajl_gen_map_close (json);
        }
      yajl_gen_array_close (json);
    }
  yajl_gen_map_close (json);
  yajl_gen_get_buf (json, &buf, &len);
  out = len > 0 && buf[len - 1] == '\n' ? g_strndup ((const char *) buf, len)
                                        : g_strdup_printf ("%.*s\n", (int) len, buf);
  yajl_gen_free (json);
  return out;
}
