/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-action-plan-data.h"

/* Plain data of action plans: copying, freeing and their budget tables. */

KpActionPlanAmount *
kp_action_plan_amount_copy (const KpActionPlanAmount *amount)
{
  KpActionPlanAmount *copy = g_new0 (KpActionPlanAmount, 1);

  *copy = *amount;
  copy->obec_kod = g_strdup (amount->obec_kod);
  return copy;
}

void
kp_action_plan_amount_free (KpActionPlanAmount *amount)
{
  if (amount == NULL)
    return;
  g_free (amount->obec_kod);
  g_free (amount);
}

KpActionPlanIndicator *
kp_action_plan_indicator_copy (const KpActionPlanIndicator *indicator)
{
  KpActionPlanIndicator *copy = g_new0 (KpActionPlanIndicator, 1);

  *copy = *indicator;
  copy->uid = g_strdup (indicator->uid);
  copy->name = g_strdup (indicator->name);
  copy->unit = g_strdup (indicator->unit);
  return copy;
}

void
kp_action_plan_indicator_free (KpActionPlanIndicator *indicator)
{
  if (indicator == NULL)
    return;
  g_free (indicator->uid);
  g_free (indicator->name);
  g_free (indicator->unit);
  g_free (indicator);
}

KpActionPlanEntry *
kp_action_plan_entry_new (void)
{
  KpActionPlanEntry *entry = g_new0 (KpActionPlanEntry, 1);

  entry->amounts = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_action_plan_amount_free);
  entry->indicators =
      g_ptr_array_new_with_free_func ((GDestroyNotify) kp_action_plan_indicator_free);
  return entry;
}

KpActionPlanEntry *
kp_action_plan_entry_copy (const KpActionPlanEntry *entry)
{
  KpActionPlanEntry *copy = kp_action_plan_entry_new ();
  GPtrArray         *amounts = copy->amounts;
  GPtrArray         *indicators = copy->indicators;

  *copy = *entry;
  copy->amounts = amounts;
  copy->indicators = indicators;
  copy->item_uid = g_strdup (entry->item_uid);
  copy->code = g_strdup (entry->code);
  copy->title = g_strdup (entry->title);
  copy->priority_uid = g_strdup (entry->priority_uid);
  copy->priority_code = g_strdup (entry->priority_code);
  copy->priority_title = g_strdup (entry->priority_title);
  copy->deadline = g_strdup (entry->deadline);
  copy->responsible = g_strdup (entry->responsible);
  copy->note = g_strdup (entry->note);
  copy->evaluation = g_strdup (entry->evaluation);
  for (guint i = 0; i < entry->amounts->len; i++)
    g_ptr_array_add (amounts, kp_action_plan_amount_copy (g_ptr_array_index (entry->amounts, i)));
  for (guint i = 0; i < entry->indicators->len; i++)
    g_ptr_array_add (indicators,
                     kp_action_plan_indicator_copy (g_ptr_array_index (entry->indicators, i)));
  return copy;
}

void
kp_action_plan_entry_free (KpActionPlanEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->item_uid);
  g_free (entry->code);
  g_free (entry->title);
  g_free (entry->priority_uid);
  g_free (entry->priority_code);
  g_free (entry->priority_title);
  g_free (entry->deadline);
  g_free (entry->responsible);
  g_free (entry->note);
  g_free (entry->evaluation);
  g_ptr_array_unref (entry->amounts);
  g_ptr_array_unref (entry->indicators);
  g_free (entry);
}

gint64
kp_action_plan_entry_planned (const KpActionPlanEntry *entry)
{
  gint64 sum = 0;

  for (guint i = 0; i < entry->amounts->len; i++)
    sum += ((KpActionPlanAmount *) g_ptr_array_index (entry->amounts, i))->planned;
  return sum;
}

gint64
kp_action_plan_entry_spent (const KpActionPlanEntry *entry)
{
  gint64 sum = 0;

  for (guint i = 0; i < entry->amounts->len; i++)
    {
      KpActionPlanAmount *amount = g_ptr_array_index (entry->amounts, i);

      if (amount->has_spent)
        sum += amount->spent;
    }
  return sum;
}

KpActionPlanData *
kp_action_plan_data_new (void)
{
  KpActionPlanData *data = g_new0 (KpActionPlanData, 1);

  data->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_action_plan_entry_free);
  return data;
}

KpActionPlanData *
kp_action_plan_data_copy (const KpActionPlanData *data)
{
  KpActionPlanData *copy = kp_action_plan_data_new ();

  copy->id = data->id;
  copy->year_from = data->year_from;
  copy->year_to = data->year_to;
  copy->version_number = data->version_number;
  for (guint i = 0; i < data->entries->len; i++)
    g_ptr_array_add (copy->entries,
                     kp_action_plan_entry_copy (g_ptr_array_index (data->entries, i)));
  return copy;
}

void
kp_action_plan_data_free (KpActionPlanData *data)
{
  if (data == NULL)
    return;
  g_ptr_array_unref (data->entries);
  g_free (data);
}

void
kp_budget_line_free (KpBudgetLine *line)
{
  if (line == NULL)
    return;
  g_free (line->key);
  g_free (line->label);
  g_free (line->obec_kod);
  g_free (line);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const KpBudgetLine *x = *(KpBudgetLine *const *) a;
  const KpBudgetLine *y = *(KpBudgetLine *const *) b;

  return g_strcmp0 (x->obec_kod, y->obec_kod);
}

/* The lines of the source obec: one for the money of obce not named, one per obec. */
static void
add_obec_lines (const KpActionPlanData *data,
                GPtrArray              *lines)
{
  g_autoptr (GHashTable) by_obec = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) found = g_ptr_array_new ();

  for (guint i = 0; i < data->entries->len; i++)
    {
      KpActionPlanEntry *entry = g_ptr_array_index (data->entries, i);

      for (guint j = 0; j < entry->amounts->len; j++)
        {
          KpActionPlanAmount *amount = g_ptr_array_index (entry->amounts, j);
          const char         *key = amount->obec_kod != NULL ? amount->obec_kod : "";
          KpBudgetLine       *line;

          if (amount->source != KP_FINANCING_SOURCE_OBEC)
            continue;
          line = g_hash_table_lookup (by_obec, key);
          if (line == NULL)
            {
              line = g_new0 (KpBudgetLine, 1);
              line->obec_kod = g_strdup (amount->obec_kod);
              line->key = amount->obec_kod != NULL ? g_strconcat ("obec:", amount->obec_kod, NULL)
                                                   : g_strdup ("obec");
              line->label = g_strdup (kp_financing_source_get_name (KP_FINANCING_SOURCE_OBEC));
              g_hash_table_insert (by_obec, (gpointer) key, line);
              g_ptr_array_add (found, line);
            }
          line->planned += amount->planned;
          if (amount->has_spent)
            line->spent += amount->spent;
        }
    }
  g_ptr_array_sort (found, compare_lines);
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (lines, g_ptr_array_index (found, i));
}

static GPtrArray *
budget_by_source (const KpActionPlanData *data,
                  gboolean                per_obec)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_budget_line_free);
  gint64     planned[KP_N_FINANCING_SOURCES] = { 0 };
  gint64     spent[KP_N_FINANCING_SOURCES] = { 0 };
  gboolean   used[KP_N_FINANCING_SOURCES] = { 0 };

  for (guint i = 0; i < data->entries->len; i++)
    {
      KpActionPlanEntry *entry = g_ptr_array_index (data->entries, i);

      for (guint j = 0; j < entry->amounts->len; j++)
        {
          KpActionPlanAmount *amount = g_ptr_array_index (entry->amounts, j);

          used[amount->source] = TRUE;
          planned[amount->source] += amount->planned;
          if (amount->has_spent)
            spent[amount->source] += amount->spent;
        }
    }
  for (guint s = 0; s < KP_N_FINANCING_SOURCES; s++)
    {
      KpBudgetLine *line;

      if (!used[s])
        continue;
      if (s == KP_FINANCING_SOURCE_OBEC && per_obec)
        {
          add_obec_lines (data, lines);
          continue;
        }
      line = g_new0 (KpBudgetLine, 1);
      line->key = g_strdup (kp_financing_source_to_string (s));
      line->label = g_strdup (kp_financing_source_get_name (s));
      line->planned = planned[s];
      line->spent = spent[s];
      g_ptr_array_add (lines, line);
    }
  return lines;
}

GPtrArray *
kp_action_plan_budget_by_source (const KpActionPlanData *data)
{
  return budget_by_source (data, FALSE);
}

GPtrArray *
kp_action_plan_budget_by_source_per_obec (const KpActionPlanData *data)
{
  return budget_by_source (data, TRUE);
}

GPtrArray *
kp_action_plan_budget_by_priority (const KpActionPlanData *data)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_budget_line_free);
  g_autoptr (GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < data->entries->len; i++)
    {
      KpActionPlanEntry *entry = g_ptr_array_index (data->entries, i);
      const char        *key = entry->priority_uid != NULL ? entry->priority_uid : "";
      KpBudgetLine      *line = g_hash_table_lookup (by_key, key);

      if (line == NULL)
        {
          line = g_new0 (KpBudgetLine, 1);
          line->key = g_strdup (key);
          line->label = entry->priority_code != NULL
                            ? g_strdup_printf ("%s %s", entry->priority_code,
                                               entry->priority_title != NULL
                                                   ? entry->priority_title
                                                   : "")
                            : g_strdup (entry->priority_title != NULL ? entry->priority_title
                                                                      : "");
          g_ptr_array_add (lines, line);
          g_hash_table_insert (by_key, line->key, line);
        }
      line->planned += kp_action_plan_entry_planned (entry);
      line->spent += kp_action_plan_entry_spent (entry);
    }
  return lines;
}
