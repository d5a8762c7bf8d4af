/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-needs.h"
#include "kp-czech.h"
#include "kp-finding-lookup.h"
#include "kp-needs-private.h"
#include "kp-needs-repository.h"
#include "kp-survey-private.h"
#include "kp-survey-repository.h"

#include <string.h>

/* The needs module's model: the comparison figures, benchmarks, coverage bases, the
 * surveys, findings and SWOT, read when the module is made and re-read part by part after
 * every change of its tables. The edits are in kp-needs-edit.c and kp-needs-survey-edit.c,
 * the analysis in kp-needs-profile.c and kp-needs-coverage.c. */

static const char *const needs_tables[] = {
  "needs_area",
  "needs_area_age",
  "needs_orp_figures",
  "needs_benchmark",
  "needs_coverage_base",
  "survey",
  "survey_question",
  "survey_response",
  "survey_tag",
  "needs_finding",
  "needs_finding_group",
  "needs_finding_obec",
  "needs_finding_evidence",
  "needs_swot_item",
  "needs_swot_citation",
  NULL,
};

static const char *const reference_tables[] = { "needs_area", "needs_area_age",
                                                "needs_orp_figures", NULL };
static const char *const survey_tables[] = { "survey", "survey_question", "survey_response",
                                             "survey_tag", NULL };
static const char *const finding_tables[] = { "needs_finding", "needs_finding_group",
                                              "needs_finding_obec", "needs_finding_evidence",
                                              NULL };

static void kp_needs_finding_lookup_init (KpFindingLookupInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KpNeeds, kp_needs, KP_TYPE_PROJECT_MODULE, G_IMPLEMENT_INTERFACE (KP_TYPE_FINDING_LOOKUP, kp_needs_finding_lookup_init))

static gboolean
has_any_table (KpChanges         *changes,
               const char *const *tables)
{
  for (guint i = 0; tables[i] != NULL; i++)
    if (kp_changes_has_table (changes, tables[i]))
      return TRUE;
  return FALSE;
}

KpDatabase *
kp_needs_get_database (KpNeeds *self)
{
  return kp_project_get_database (kp_needs_get_project (self));
}

KpProject *
kp_needs_get_project (KpNeeds *self)
{
  return kp_project_module_get_project (KP_PROJECT_MODULE (self));
}

void
kp_needs_reload_reference (KpNeeds *self)
{
  g_autoptr (GError) error = NULL;
  KpNeedsReference *reference = kp_needs_read_reference (kp_needs_get_database (self), &error);

  if (reference == NULL)
    {
      g_warning ("Cannot read the comparison figures: %s", error->message);
      return;
    }
  g_clear_pointer (&self->reference, kp_needs_reference_free);
  self->reference = reference;
}

void
kp_needs_reload_benchmarks (KpNeeds *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) benchmarks = g_hash_table_new_full (
      g_str_hash, g_str_equal, NULL, (GDestroyNotify) kp_benchmark_free);
  g_autoptr (GHashTable) bases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  KpDatabase *db = kp_needs_get_database (self);

  if (!kp_needs_repository_load_benchmarks (db, benchmarks, &error) ||
      !kp_needs_repository_load_coverage_bases (db, bases, &error))
    {
      g_warning ("Cannot read the benchmarks: %s", error->message);
      return;
    }
  g_clear_pointer (&self->benchmarks, g_hash_table_unref);
  g_clear_pointer (&self->coverage_bases, g_hash_table_unref);
  self->benchmarks = g_steal_pointer (&benchmarks);
  self->coverage_bases = g_steal_pointer (&bases);
}

static int
compare_surveys (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return kp_czech_compare (kp_survey_get_name ((KpSurvey *) a), kp_survey_get_name ((KpSurvey *) b));
}

static gboolean
find_survey_position (KpNeeds *self,
                      gint64   id,
                      guint   *out_position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->surveys));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpSurvey) survey = g_list_model_get_item (G_LIST_MODEL (self->surveys), i);

      if (kp_survey_get_id (survey) == id)
        {
          *out_position = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* Re-reads the surveys @ids (all when %NULL): updated in place, added, or removed. */
void
kp_needs_reload_surveys (KpNeeds      *self,
                         const gint64 *ids,
                         guint         n_ids)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) all = NULL;
  KpDatabase *db = kp_needs_get_database (self);

  if (ids == NULL)
    {
      all = kp_survey_repository_list_ids (db, &error);
      if (all == NULL)
        {
          g_warning ("Cannot read the surveys: %s", error->message);
          return;
        }
      g_list_store_remove_all (self->surveys);
      ids = (const gint64 *) all->data;
      n_ids = all->len;
    }
  for (guint i = 0; i < n_ids; i++)
    {
      KpSurveyData *data = kp_survey_repository_load (db, ids[i], &error);
      guint         position;
      gboolean      listed = find_survey_position (self, ids[i], &position);

      if (error != NULL)
        {
          g_warning ("Cannot read a survey: %s", error->message);
          g_clear_error (&error);
          continue;
        }
      if (data == NULL)
        {
          if (listed)
            g_list_store_remove (self->surveys, position);
          continue;
        }
      if (listed)
        {
          g_autoptr (KpSurvey) survey = g_list_model_get_item (G_LIST_MODEL (self->surveys),
                                                               position);
          gboolean renamed = g_strcmp0 (kp_survey_get_name (survey), data->name) != 0;

          kp_survey_update (survey, data);
          if (renamed)
            {
              g_list_store_remove (self->surveys, position);
              g_list_store_insert_sorted (self->surveys, survey, compare_surveys, NULL);
            }
          else
            g_list_store_splice (self->surveys, position, 1, (gpointer *) &survey, 1);
          continue;
        }
      {
        g_autoptr (KpSurvey) survey = kp_survey_new (data);

        g_list_store_insert_sorted (self->surveys, survey, compare_surveys, NULL);
      }
    }
}

static gboolean
find_finding_position (KpNeeds *self,
                       gint64   id,
                       guint   *out_position)
{
  GListModel *model = G_LIST_MODEL (self->findings);
  guint       low = 0, high = g_list_model_get_n_items (model);

  /* The list is sorted by id. */
  while (low < high)
    {
      guint mid = (low + high) / 2;
      g_autoptr (KpFinding) finding = g_list_model_get_item (model, mid);
      gint64 found = kp_finding_get_id (finding);

      if (found == id)
        {
          *out_position = mid;
          return TRUE;
        }
      if (found < id)
        low = mid + 1;
      else
        high = mid;
    }
  *out_position = low;
  return FALSE;
}

void
kp_needs_reload_findings (KpNeeds      *self,
                          const gint64 *ids,
                          guint         n_ids)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = kp_needs_repository_load_findings (kp_needs_get_database (self), ids,
                                                                  n_ids, &error);

  if (rows == NULL)
    {
      g_warning ("Cannot read the findings: %s", error->message);
      return;
    }
  if (ids == NULL)
    {
      g_autoptr (GPtrArray) findings = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < rows->len; i++)
        g_ptr_array_add (findings, kp_finding_new (g_steal_pointer (&g_ptr_array_index (rows, i))));
      g_list_store_splice (self->findings, 0, g_list_model_get_n_items (G_LIST_MODEL (self->findings)),
                           findings->pdata, findings->len);
      return;
    }
  for (guint i = 0; i < n_ids; i++)
    {
      KpFindingData *data = NULL;
      guint          position;
      gboolean       listed = find_finding_position (self, ids[i], &position);

      for (guint k = 0; k < rows->len; k++)
        {
          KpFindingData *row = g_ptr_array_index (rows, k);

          if (row != NULL && row->id == ids[i])
            data = g_steal_pointer (&g_ptr_array_index (rows, k));
        }
      if (data == NULL)
        {
          if (listed)
            g_list_store_remove (self->findings, position);
          continue;
        }
      if (listed)
        {
          g_autoptr (KpFinding) finding = g_list_model_get_item (G_LIST_MODEL (self->findings),
                                                                 position);

          kp_finding_update (finding, data);
          g_list_store_splice (self->findings, position, 1, (gpointer *) &finding, 1);
        }
      else
        {
          g_autoptr (KpFinding) finding = kp_finding_new (data);

          g_list_store_insert (self->findings, position, finding);
        }
    }
}

void
kp_needs_reload_swot (KpNeeds *self)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *swot = kp_needs_repository_load_swot (kp_needs_get_database (self), &error);

  if (swot == NULL)
    {
      g_warning ("Cannot read the SWOT: %s", error->message);
      return;
    }
  g_clear_pointer (&self->swot, g_ptr_array_unref);
  self->swot = swot;
}

static void
kp_needs_reload (KpProjectModule *module,
                 KpChanges       *changes)
{
  KpNeeds *self = KP_NEEDS (module);

  if (has_any_table (changes, reference_tables))
    kp_needs_reload_reference (self);
  if (kp_changes_has_table (changes, "needs_benchmark") ||
      kp_changes_has_table (changes, "needs_coverage_base"))
    kp_needs_reload_benchmarks (self);
  if (has_any_table (changes, survey_tables))
    {
      g_autoptr (GArray) ids = kp_changes_dup_ids (changes, survey_tables);

      kp_needs_reload_surveys (self, (const gint64 *) ids->data, ids->len);
    }
  if (has_any_table (changes, finding_tables))
    {
      g_autoptr (GArray) ids = kp_changes_dup_ids (changes, finding_tables);

      kp_needs_reload_findings (self, (const gint64 *) ids->data, ids->len);
    }
  if (kp_changes_has_table (changes, "needs_swot_item") ||
      kp_changes_has_table (changes, "needs_swot_citation") || has_any_table (changes, finding_tables))
    kp_needs_reload_swot (self);
}

static gboolean
kp_needs_load (KpProjectModule *module,
               GError         **error)
{
  KpNeeds    *self = KP_NEEDS (module);
  KpDatabase *db = kp_needs_get_database (self);

  self->reference = kp_needs_read_reference (db, error);
  if (self->reference == NULL)
    return FALSE;
  kp_needs_reload_benchmarks (self);
  kp_needs_reload_surveys (self, NULL, 0);
  kp_needs_reload_findings (self, NULL, 0);
  kp_needs_reload_swot (self);
  return self->benchmarks != NULL && self->swot != NULL;
}

static void
kp_needs_dispose (GObject *object)
{
  KpNeeds *self = KP_NEEDS (object);

  g_clear_pointer (&self->reference, kp_needs_reference_free);
  g_clear_pointer (&self->benchmarks, g_hash_table_unref);
  g_clear_pointer (&self->coverage_bases, g_hash_table_unref);
  g_clear_object (&self->surveys);
  g_clear_object (&self->findings);
  g_clear_pointer (&self->swot, g_ptr_array_unref);
  G_OBJECT_CLASS (kp_needs_parent_class)->dispose (object);
}

/* The plan cites a finding as "Z-12" (kp_finding_dup_ref()). */
static char *
kp_needs_dup_finding_title (KpFindingLookup *lookup,
                            const char      *finding_id)
{
  KpFinding *finding;
  gint64     id;

  if (!kp_finding_parse_ref (finding_id, &id))
    return NULL;
  finding = kp_needs_find_finding (KP_NEEDS (lookup), id);
  return finding != NULL ? g_strdup (kp_finding_get_text (finding)) : NULL;
}

static void
kp_needs_finding_lookup_init (KpFindingLookupInterface *iface)
{
  iface->dup_finding_title = kp_needs_dup_finding_title;
}

static void
kp_needs_class_init (KpNeedsClass *klass)
{
  GObjectClass         *object_class = G_OBJECT_CLASS (klass);
  KpProjectModuleClass *module_class = KP_PROJECT_MODULE_CLASS (klass);

  object_class->dispose = kp_needs_dispose;

  module_class->name = "needs";
  module_class->tables = needs_tables;
  module_class->load = kp_needs_load;
  module_class->reload = kp_needs_reload;
}

static void
kp_needs_init (KpNeeds *self)
{
  self->surveys = g_list_store_new (KP_TYPE_SURVEY);
  self->findings = g_list_store_new (KP_TYPE_FINDING);
  self->benchmarks = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify) kp_benchmark_free);
  self->coverage_bases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->swot = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_swot_item_free);
}

/**
 * kp_needs_get:
 *
 * Returns: (transfer none): the needs analysis of @project, created and read on first use
 */
KpNeeds *
kp_needs_get (KpProject *project)
{
  g_autoptr (GError) error = NULL;
  KpNeeds *self;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);

  self = kp_project_get_module (project, KP_TYPE_NEEDS, &error);
  if (self != NULL)
    return self;
  g_warning ("Cannot read the needs analysis of “%s”: %s", kp_project_get_path (project),
             error->message);
  return kp_project_peek_module (project, KP_TYPE_NEEDS);
}

gboolean
kp_needs_has_comparison (KpNeeds *self)
{
  g_return_val_if_fail (KP_IS_NEEDS (self), FALSE);
  return self->reference != NULL && self->reference->orp->len > 0;
}

const char *
kp_needs_get_orp_figures_date (KpNeeds *self)
{
  g_return_val_if_fail (KP_IS_NEEDS (self), NULL);
  return self->reference != NULL ? self->reference->orp_figures_date : NULL;
}

gboolean
kp_needs_get_bands (KpNeeds    *self,
                    KpAreaLevel level,
                    const char *kod,
                    const char *sex,
                    gint64     *out_bands)
{
  KpNeedsArea *area;
  int          s = g_strcmp0 (sex, "muzi") == 0 ? 1 : (g_strcmp0 (sex, "zeny") == 0 ? 2 : 0);

  g_return_val_if_fail (KP_IS_NEEDS (self), FALSE);
  area = kp_needs_reference_lookup (self->reference, level, kod != NULL ? kod : "");
  if (area == NULL || !area->has_bands)
    return FALSE;
  memcpy (out_bands, area->bands[s], sizeof area->bands[s]);
  return TRUE;
}

GListModel *
kp_needs_get_surveys (KpNeeds *self)
{
  g_return_val_if_fail (KP_IS_NEEDS (self), NULL);
  return G_LIST_MODEL (self->surveys);
}

KpSurvey *
kp_needs_find_survey (KpNeeds    *self,
                      const char *name)
{
  guint n;

  g_return_val_if_fail (KP_IS_NEEDS (self), NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->surveys));
  for (guint i = 0; name != NULL && i < n; i++)
    {
      g_autoptr (KpSurvey) survey = g_list_model_get_item (G_LIST_MODEL (self->surveys), i);

      if (g_strcmp0 (kp_survey_get_name (survey), name) == 0)
        return survey; /* the store keeps it */
    }
  return NULL;
}

KpSurvey *
kp_needs_find_survey_by_id (KpNeeds *self,
                            gint64   id)
{
  guint position;

  g_return_val_if_fail (KP_IS_NEEDS (self), NULL);
  if (!find_survey_position (self, id, &position))
    return NULL;
  {
    g_autoptr (KpSurvey) survey = g_list_model_get_item (G_LIST_MODEL (self->surveys), position);

    return survey; /* the store keeps it */
  }
}

GListModel *
kp_needs_get_findings (KpNeeds *self)
{
  g_return_val_if_fail (KP_IS_NEEDS (self), NULL);
  return G_LIST_MODEL (self->findings);
}

KpFinding *
kp_needs_find_finding (KpNeeds *self,
                       gint64   id)
{
  guint position;

  g_return_val_if_fail (KP_IS_NEEDS (self), NULL);
  if (!find_finding_position (self, id, &position))
    return NULL;
  {
    g_autoptr (KpFinding) finding = g_list_model_get_item (G_LIST_MODEL (self->findings), position);

    return finding; /* the store keeps it */
  }
}

GStrv
kp_needs_dup_obce_names (KpNeeds *self)
{
  GListModel *obce;
  GStrv       names;
  guint       n;

  g_return_val_if_fail (KP_IS_NEEDS (self), NULL);
  obce = kp_project_get_obce (kp_needs_get_project (self));
  n = g_list_model_get_n_items (obce);
  names = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);

      names[i] = g_strdup (kp_obec_get_nazev (obec));
    }
  return names;
}
