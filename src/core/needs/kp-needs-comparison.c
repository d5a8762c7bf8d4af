/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-needs-private.h"
#include "kp-error.h"
#include "kp-indicators.h"
#include "kp-needs-reference-repository.h"

#include <string.h>

/* The comparison figures: every ORP, kraj and ČR by sex and five-year band, and the ČSÚ
 * indicators of every SO ORP, copied from the reference library into the project when it
 * is made (kp-project-writer.c) or later as an undoable job, so that a profile can always
 * be reproduced from the project alone. */

void
kp_needs_area_free (KpNeedsArea *area)
{
  if (area == NULL)
    return;
  g_free (area->kod);
  g_free (area->csu_kod);
  g_free (area->name);
  g_free (area->kraj_kod);
  g_free (area->ref_date);
  g_free (area);
}

void
kp_needs_area_sum_bands (KpNeedsArea *area)
{
  const gint64 *b = area->bands[0];
  KpAgeTotals  *t = &area->totals;

  *t = (KpAgeTotals){ 0 };
  for (int i = 0; i < KP_AGE_N_BANDS; i++)
    {
      t->total += b[i];
      if (i < 3)
        t->a0_14 += b[i];
      else if (i < 13)
        t->a15_64 += b[i];
      else
        t->a65_plus += b[i];
      if (i >= 16)
        t->a80_plus += b[i];
    }
}

void
kp_needs_reference_free (KpNeedsReference *reference)
{
  if (reference == NULL)
    return;
  g_clear_pointer (&reference->orp, g_ptr_array_unref);
  g_clear_pointer (&reference->kraje, g_ptr_array_unref);
  kp_needs_area_free (reference->cr);
  g_clear_pointer (&reference->by_key, g_hash_table_unref);
  g_clear_pointer (&reference->obce, g_hash_table_unref);
  kp_needs_area_free (reference->territory);
  g_free (reference->orp_figures_date);
  g_free (reference);
}

static char *
area_key (KpAreaLevel level,
          const char *kod)
{
  return g_strdup_printf ("%s:%s", kp_area_level_to_string (level), kod);
}

KpNeedsArea *
kp_needs_reference_lookup (KpNeedsReference *reference,
                           KpAreaLevel       level,
                           const char       *kod)
{
  g_autofree char *key = NULL;

  if (reference == NULL || kod == NULL)
    return NULL;
  if (level == KP_AREA_LEVEL_CR)
    return reference->cr;
  if (level == KP_AREA_LEVEL_TERRITORY)
    return reference->territory;
  if (level == KP_AREA_LEVEL_OBEC)
    return g_hash_table_lookup (reference->obce, kod);
  key = area_key (level, kod);
  return g_hash_table_lookup (reference->by_key, key);
}

static void
on_orp_figures_cb (const char         *csu_kod,
                   const char         *orp_kod,
                   const char         *name,
                   const char         *ref_date,
                   const KpOrpFigures *figures,
                   gpointer            user_data)
{
  KpNeedsReference *reference = user_data;
  KpNeedsArea      *orp = kp_needs_reference_lookup (reference, KP_AREA_LEVEL_ORP, orp_kod);
  KpNeedsArea      *kraj;

  if (reference->orp_figures_date == NULL || g_strcmp0 (ref_date, reference->orp_figures_date) > 0)
    {
      g_free (reference->orp_figures_date);
      reference->orp_figures_date = g_strdup (ref_date);
    }
  /* An ORP the code lists do not know still counts in ČR. */
  if (reference->cr != NULL)
    {
      kp_orp_figures_add (&reference->cr->orp, figures);
      reference->cr->has_orp = TRUE;
    }
  if (orp == NULL)
    return;
  orp->orp = *figures;
  orp->has_orp = TRUE;
  kraj = kp_needs_reference_lookup (reference, KP_AREA_LEVEL_KRAJ, orp->kraj_kod);
  if (kraj != NULL)
    {
      kp_orp_figures_add (&kraj->orp, figures);
      kraj->has_orp = TRUE;
    }
}

KpNeedsReference *
kp_needs_read_reference (KpDatabase *db,
                         GError    **error)
{
  g_autoptr (KpNeedsReference) reference = g_new0 (KpNeedsReference, 1);
  g_autoptr (GPtrArray) areas = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer       value;

  reference->orp = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_needs_area_free);
  reference->kraje = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_needs_area_free);
  reference->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reference->obce = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                           (GDestroyNotify) kp_needs_area_free);
  if (!kp_needs_reference_repository_load_areas (db, areas, error))
    {
      g_ptr_array_set_free_func (areas, (GDestroyNotify) kp_needs_area_free);
      return NULL;
    }
  for (guint i = 0; i < areas->len; i++)
    {
      KpNeedsArea *area = g_ptr_array_index (areas, i);

      kp_needs_area_sum_bands (area);
      if (area->level == KP_AREA_LEVEL_CR)
        {
          kp_needs_area_free (reference->cr);
          reference->cr = area;
          continue;
        }
      g_ptr_array_add (area->level == KP_AREA_LEVEL_ORP ? reference->orp : reference->kraje, area);
      g_hash_table_insert (reference->by_key, area_key (area->level, area->kod), area);
    }
  if (!kp_needs_reference_repository_load_orp_figures (db, on_orp_figures_cb, reference, error) ||
      !kp_needs_reference_repository_load_obce (db, reference->obce, error))
    return NULL;

  /* The territory: the sum of its obce. */
  reference->territory = g_new0 (KpNeedsArea, 1);
  reference->territory->level = KP_AREA_LEVEL_TERRITORY;
  reference->territory->kod = g_strdup ("");
  kp_orp_figures_init (&reference->territory->orp);
  g_hash_table_iter_init (&iter, reference->obce);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      KpNeedsArea *obec = value;

      kp_needs_area_sum_bands (obec);
      for (int s = 0; s < KP_AGE_N_SEXES; s++)
        for (int b = 0; b < KP_AGE_N_BANDS; b++)
          reference->territory->bands[s][b] += obec->bands[s][b];
      reference->territory->has_bands = TRUE;
      if (reference->territory->ref_date == NULL)
        reference->territory->ref_date = g_strdup (obec->ref_date);
    }
  kp_needs_area_sum_bands (reference->territory);
  return g_steal_pointer (&reference);
}

/**
 * kp_needs_write_comparison:
 * @db: a project file with the library attached as "lib"
 *
 * Copies every ORP, kraj and ČR and the ČSÚ indicators of SO ORP, in one transaction of
 * its own.
 */
gboolean
kp_needs_write_comparison (KpDatabase *db,
                           GError    **error)
{
  gint64 rows = 0;

  if (!kp_database_begin (db, error))
    return FALSE;
  if (!kp_needs_reference_repository_copy (db, &rows, error) || !kp_database_commit (db, error))
    {
      kp_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

/* The job: on its own connection, inside the job's transaction. */
static gboolean
refresh_job (KpDatabase   *db,
             gpointer      data,
             KpProgress   *progress,
             GCancellable *cancellable,
             GError      **error)
{
  gint64 rows = 0;

  if (!kp_needs_reference_repository_copy (db, &rows, error))
    return FALSE;
  if (rows == 0)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NO_REFERENCE,
                           _ ("The reference data has no population by age yet; import the "
                              "ČSÚ files first"));
      return FALSE;
    }
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

static void
on_refresh_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  GError *error = NULL;

  if (!kp_project_run_job_finish (KP_PROJECT (source), result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
kp_needs_refresh_comparison_async (KpNeeds            *self,
                                   KpLibrary          *library,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  KpJobSpec spec = { 0 };

  g_return_if_fail (KP_IS_NEEDS (self));
  g_return_if_fail (KP_IS_LIBRARY (library));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kp_needs_refresh_comparison_async);
  g_task_set_name (task, "kp_needs_refresh_comparison");
  g_task_set_check_cancellable (task, FALSE);
  spec.label = _ ("Refresh the comparison figures");
  spec.library_path = kp_library_get_path (library);
  spec.func = refresh_job;
  kp_project_run_job_async (kp_needs_get_project (self), &spec, NULL, NULL, cancellable,
                            on_refresh_done_cb, g_steal_pointer (&task));
}

gboolean
kp_needs_refresh_comparison_finish (KpNeeds      *self,
                                    GAsyncResult *result,
                                    GError      **error)
{
  g_return_val_if_fail (KP_IS_NEEDS (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
