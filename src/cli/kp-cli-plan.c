/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-cli-private.h"
#include "kp-czech.h"
#include "kp-plan.h"

/* komplan-cli plan export | import | info */

static gboolean
usage (GError    **error,
       const char *message)
{
  g_set_error_literal (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE, message);
  return FALSE;
}

static KpProject *
open_project (const char *path,
              GError    **error)
{
  char *paths[] = { (char *) path, NULL };

  if (!kp_cli_check_files (paths, error))
    return NULL;
  return kp_project_open (path, error);
}

/**
 * kp_cli_plan_export:
 *
 * komplan-cli plan export --json [--force] FILE.komplan OUT.json
 */
gboolean
kp_cli_plan_export (const KpCliOptions *options,
                    GError            **error)
{
  g_autoptr (KpProject) project = NULL;
  g_autofree char *json = NULL;
  g_autofree char *display = NULL;
  const char      *out;

  if (options->args == NULL || g_strv_length (options->args) != 2)
    return usage (error, _ ("“plan export” needs FILE.komplan and OUT.json (see “komplan-cli "
                            "plan export --help”)"));
  if (!options->json)
    return usage (error, _ ("“plan export” writes JSON only: give --json"));
  out = options->args[1];
  display = g_filename_display_name (out);
  if (!options->force && g_file_test (out, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_FAILED,
                   _ ("“%s” exists; give --force to replace it"), display);
      return FALSE;
    }
  project = open_project (options->args[0], error);
  if (project == NULL)
    return FALSE;
  json = kp_plan_export_json (kp_plan_get (project), 0, error);
  if (json == NULL)
    return FALSE;
  /* g_file_set_contents() writes a temporary file and renames it over OUT.json. */
  if (!g_file_set_contents (out, json, -1, error))
    return FALSE;
  g_print (_ ("Written: %s\n"), display);
  return TRUE;
}

/**
 * kp_cli_plan_import:
 *
 * komplan-cli plan import FILE.komplan PLAN.json
 */
gboolean
kp_cli_plan_import (const KpCliOptions *options,
                    GError            **error)
{
  g_autoptr (KpProject) project = NULL;
  g_autofree char *json = NULL;
  g_autofree char *name = NULL;
  gsize            length = 0;
  KpPlan          *plan;
  KpPlanVersion   *version;

  if (options->args == NULL || g_strv_length (options->args) != 2)
    return usage (error, _ ("“plan import” needs FILE.komplan and PLAN.json (see “komplan-cli "
                            "plan import --help”)"));
  if (!kp_cli_check_files (options->args, error) ||
      !g_file_get_contents (options->args[1], &json, &length, error))
    return FALSE;
  project = open_project (options->args[0], error);
  if (project == NULL)
    return FALSE;
  name = g_path_get_basename (options->args[1]);
  plan = kp_plan_get (project);
  if (!kp_plan_import_json (plan, json, length, name, error))
    return FALSE;
  version = kp_plan_get_current_version (plan);
  /* Translators: after an import, "Imported: plan.json, version 2, 30 items" */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Imported: %s, version %d, %u item\n",
                        "Imported: %s, version %d, %u items\n", kp_plan_count_items (plan)),
           name, kp_plan_version_get_data (version)->number, kp_plan_count_items (plan));
  return TRUE;
}

typedef struct
{
  guint  n_levels;
  guint  per_level[KP_PLAN_MAX_LEVELS];
  guint  activities;
  guint  by_status[KP_N_ACTIVITY_STATUSES + 1]; /* the last: without a state */
  GTree *by_year;                               /* year → gint64 * */
  gint64 by_source[KP_N_FINANCING_SOURCES];
  gint64 total;
} Summary;

static int
compare_years (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return GPOINTER_TO_INT (a) - GPOINTER_TO_INT (b);
}

static gboolean
count_item (const KpPlanItemData *item,
            const char           *code,
            int                   depth,
            const KpPlanItemData *parent,
            gpointer              user_data)
{
  Summary *s = user_data;

  if (depth >= 1 && depth <= KP_PLAN_MAX_LEVELS)
    s->per_level[depth - 1]++;
  if ((guint) depth == s->n_levels)
    {
      s->activities++;
      s->by_status[item->has_status ? item->status : KP_N_ACTIVITY_STATUSES]++;
    }
  for (guint i = 0; i < item->costs->len; i++)
    {
      KpPlanCost *c = g_ptr_array_index (item->costs, i);
      gint64     *year = g_tree_lookup (s->by_year, GINT_TO_POINTER (c->year));

      if (year == NULL)
        {
          year = g_new0 (gint64, 1);
          g_tree_insert (s->by_year, GINT_TO_POINTER (c->year), year);
        }
      *year += c->amount;
      s->by_source[c->source] += c->amount;
      s->total += c->amount;
    }
  return TRUE;
}

static gboolean
print_year_text (gpointer key,
                 gpointer value,
                 gpointer user_data)
{
  g_autofree char *label = g_strdup_printf ("%d", GPOINTER_TO_INT (key));

  kp_cli_fields_take (user_data, label, kp_format_money (*(gint64 *) value));
  return FALSE;
}

static gboolean
print_year_json (gpointer key,
                 gpointer value,
                 gpointer user_data)
{
  g_autofree char *year = g_strdup_printf ("%d", GPOINTER_TO_INT (key));

  kp_cli_json_key (user_data, year);
  kp_cli_json_int (user_data, *(gint64 *) value);
  return FALSE;
}

static gboolean
print_json (const KpPlanVersionData *v,
            Summary                 *s,
            GError                 **error)
{
  g_autoptr (KpCliJson) json = kp_cli_json_new ();
  g_autofree char *period = g_strdup_printf ("%d-%d", v->period_from, v->period_to);

  kp_cli_json_begin_object (json);
  kp_cli_json_key (json, "version");
  kp_cli_json_int (json, v->number);
  kp_cli_json_key (json, "state");
  kp_cli_json_string (json, kp_plan_state_to_string (v->state));
  kp_cli_json_key (json, "period");
  kp_cli_json_string (json, period);
  kp_cli_json_key (json, "levels");
  kp_cli_json_begin_array (json);
  for (guint i = 0; i < s->n_levels; i++)
    {
      kp_cli_json_begin_object (json);
      kp_cli_json_key (json, "name");
      kp_cli_json_string (json, g_ptr_array_index (v->levels, i));
      kp_cli_json_key (json, "items");
      kp_cli_json_int (json, s->per_level[i]);
      kp_cli_json_end_object (json);
    }
  kp_cli_json_end_array (json);
  kp_cli_json_key (json, "activities");
  kp_cli_json_int (json, s->activities);
  kp_cli_json_key (json, "activities_by_status");
  kp_cli_json_begin_object (json);
  for (guint i = 0; i < KP_N_ACTIVITY_STATUSES; i++)
    {
      kp_cli_json_key (json, kp_activity_status_to_string (i));
      kp_cli_json_int (json, s->by_status[i]);
    }
  kp_cli_json_key (json, "none");
  kp_cli_json_int (json, s->by_status[KP_N_ACTIVITY_STATUSES]);
  kp_cli_json_end_object (json);
  kp_cli_json_key (json, "costs_by_year");
  kp_cli_json_begin_object (json);
  g_tree_foreach (s->by_year, print_year_json, json);
  kp_cli_json_end_object (json);
  kp_cli_json_key (json, "costs_by_source");
  kp_cli_json_begin_object (json);
  for (guint i = 0; i < KP_N_FINANCING_SOURCES; i++)
    {
      kp_cli_json_key (json, kp_financing_source_to_string (i));
      kp_cli_json_int (json, s->by_source[i]);
    }
  kp_cli_json_end_object (json);
  kp_cli_json_key (json, "costs_total");
  kp_cli_json_int (json, s->total);
  kp_cli_json_end_object (json);
  return kp_cli_json_print (json, error);
}

static void
print_text (const KpPlanVersionData *v,
            Summary                 *s)
{
  g_autoptr (KpCliFields) head = kp_cli_fields_new ();
  g_autoptr (KpCliFields) levels = kp_cli_fields_new ();
  g_autoptr (KpCliFields) statuses = kp_cli_fields_new ();
  g_autoptr (KpCliFields) years = kp_cli_fields_new ();
  g_autoptr (KpCliFields) sources = kp_cli_fields_new ();

  kp_cli_fields_take (head, _ ("Version:"), g_strdup_printf ("%d", v->number));
  kp_cli_fields_add (head, _ ("State:"), kp_plan_state_get_name (v->state));
  kp_cli_fields_take (head, _ ("Period:"),
                      g_strdup_printf ("%d\342\200\223%d", v->period_from, v->period_to));
  kp_cli_fields_print (head, 0);
  g_print ("%s\n", _ ("Items per level:"));
  for (guint i = 0; i < s->n_levels; i++)
    kp_cli_fields_take (levels, g_ptr_array_index (v->levels, i),
                        g_strdup_printf ("%u", s->per_level[i]));
  kp_cli_fields_print (levels, 2);
  g_print ("%s\n", _ ("Activities per state:"));
  for (guint i = 0; i < KP_N_ACTIVITY_STATUSES; i++)
    kp_cli_fields_take (statuses, kp_activity_status_get_name (i),
                        g_strdup_printf ("%u", s->by_status[i]));
  /* Translators: activities whose state is not given */
  kp_cli_fields_take (statuses, _ ("No state"),
                      g_strdup_printf ("%u", s->by_status[KP_N_ACTIVITY_STATUSES]));
  kp_cli_fields_print (statuses, 2);
  g_print ("%s\n", _ ("Costs per year:"));
  g_tree_foreach (s->by_year, print_year_text, years);
  kp_cli_fields_take (years, _ ("Total"), kp_format_money (s->total));
  kp_cli_fields_print (years, 2);
  g_print ("%s\n", _ ("Costs per source:"));
  for (guint i = 0; i < KP_N_FINANCING_SOURCES; i++)
    if (s->by_source[i] != 0)
      kp_cli_fields_take (sources, kp_financing_source_get_name (i),
                          kp_format_money (s->by_source[i]));
  kp_cli_fields_print (sources, 2);
}

/**
 * kp_cli_plan_info:
 *
 * komplan-cli plan info [--json] FILE.komplan
 */
gboolean
kp_cli_plan_info (const KpCliOptions *options,
                  GError            **error)
{
  g_autoptr (KpProject) project = NULL;
  g_autoptr (KpPlanVersionData) v = NULL;
  Summary  s = { 0 };
  gboolean ok = TRUE;

  if (options->args == NULL || g_strv_length (options->args) != 1)
    return usage (error, _ ("“plan info” needs exactly one FILE.komplan (see “komplan-cli plan "
                            "info --help”)"));
  project = open_project (options->args[0], error);
  if (project == NULL)
    return FALSE;
  v = kp_plan_dup_version_data (kp_plan_get (project), 0, error);
  if (v == NULL)
    return FALSE;
  s.n_levels = MIN (v->levels->len, KP_PLAN_MAX_LEVELS);
  s.by_year = g_tree_new_full (compare_years, NULL, NULL, g_free);
  kp_plan_version_data_walk (v, count_item, &s);
  if (options->json)
    ok = print_json (v, &s, error);
  else
    print_text (v, &s);
  g_tree_unref (s.by_year);
  return ok;
}
