/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-needs-private.h"
#include "kp-czech.h"
#include "kp-error.h"
#include "kp-needs-repository.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

/* Edits of benchmarks, coverage bases, findings and SWOT. Each is checked here, then
 * written by a KpEditFunc through the project's one edit path as one undo step; the module
 * re-reads what changed (kp-needs.c) before the views hear of it. */

#define MAX_TEXT (64 * 1024)

gboolean
kp_needs_check_text (const char *text,
                     const char *message,
                     GError    **error)
{
  if (text != NULL && strlen (text) > MAX_TEXT)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("The text is too long"));
      return FALSE;
    }
  return kp_project_check_text (text, message, error);
}

/* Benchmarks. */

static int
compare_benchmarks (gconstpointer a,
                    gconstpointer b)
{
  return strcmp ((*(const KpBenchmark *const *) a)->indicator,
                 (*(const KpBenchmark *const *) b)->indicator);
}

GPtrArray *
kp_needs_list_benchmarks (KpNeeds *self)
{
  GPtrArray     *list;
  GHashTableIter iter;
  gpointer       value;

  g_return_val_if_fail (KP_IS_NEEDS (self), NULL);
  list = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, self->benchmarks);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (list, value);
  g_ptr_array_sort (list, compare_benchmarks);
  return list;
}

const KpBenchmark *
kp_needs_get_benchmark (KpNeeds    *self,
                        const char *indicator)
{
  g_return_val_if_fail (KP_IS_NEEDS (self), NULL);
  return indicator != NULL ? g_hash_table_lookup (self->benchmarks, indicator) : NULL;
}

static gboolean
check_benchmark (const KpBenchmark *benchmark,
                 GError           **error)
{
  if (!kp_benchmark_is_valid_indicator (benchmark->indicator))
    {
      g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                   _ ("Komplan has no indicator “%s”"), benchmark->indicator);
      return FALSE;
    }
  if (!isfinite (benchmark->value))
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("The benchmark needs a value"));
      return FALSE;
    }
  if (benchmark->year != 0 && (benchmark->year < 1900 || benchmark->year > 2100))
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("The benchmark’s year must lie between 1900 and 2100"));
      return FALSE;
    }
  if (benchmark->better != KP_INDICATOR_BETTER_HIGHER &&
      benchmark->better != KP_INDICATOR_BETTER_LOWER)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("Say whether a higher or a lower value is better"));
      return FALSE;
    }
  if (benchmark->source != NULL && (!g_utf8_validate (benchmark->source, -1, NULL) ||
                                    strlen (benchmark->source) > 1000))
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("The source must be a short text"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_benchmarks (KpDatabase *db,
                  gpointer    data,
                  GError    **error)
{
  GPtrArray *benchmarks = data;

  for (guint i = 0; i < benchmarks->len; i++)
    if (!kp_needs_repository_set_benchmark (db, g_ptr_array_index (benchmarks, i), error))
      return FALSE;
  return TRUE;
}

gboolean
kp_needs_set_benchmark (KpNeeds           *self,
                        const KpBenchmark *benchmark,
                        GError           **error)
{
  g_autoptr (GPtrArray) one = g_ptr_array_new ();

  g_return_val_if_fail (KP_IS_NEEDS (self), FALSE);
  g_return_val_if_fail (benchmark != NULL, FALSE);

  if (!check_benchmark (benchmark, error))
    return FALSE;
  g_ptr_array_add (one, (gpointer) benchmark);
  return kp_project_edit (kp_needs_get_project (self), _ ("Set a benchmark"), write_benchmarks,
                          one, error);
}

static gboolean
write_remove_benchmark (KpDatabase *db,
                        gpointer    data,
                        GError    **error)
{
  return kp_needs_repository_remove_benchmark (db, data, error);
}

gboolean
kp_needs_remove_benchmark (KpNeeds    *self,
                           const char *indicator,
                           GError    **error)
{
  g_return_val_if_fail (KP_IS_NEEDS (self), FALSE);
  g_return_val_if_fail (indicator != NULL, FALSE);

  if (!g_hash_table_contains (self->benchmarks, indicator))
    return TRUE;
  return kp_project_edit (kp_needs_get_project (self), _ ("Remove a benchmark"),
                          write_remove_benchmark, (gpointer) indicator, error);
}

typedef struct
{
  const char *type_code;
  int         base;
} BaseEdit;

static gboolean
write_base (KpDatabase *db,
            gpointer    data,
            GError    **error)
{
  BaseEdit *edit = data;

  return kp_needs_repository_set_coverage_base (db, edit->type_code, edit->base, error);
}

gboolean
kp_needs_set_coverage_base (KpNeeds         *self,
                            const char      *type_code,
                            KpPopulationBase base,
                            GError         **error)
{
  gboolean         is_default = FALSE;
  KpPopulationBase current;
  BaseEdit         edit;

  g_return_val_if_fail (KP_IS_NEEDS (self), FALSE);
  g_return_val_if_fail (type_code != NULL && base < KP_N_POPULATION_BASES, FALSE);

  current = kp_needs_get_coverage_base (self, type_code, &is_default);
  if (current == base)
    return TRUE;
  edit.type_code = type_code;
  /* Back to the default: the choice is forgotten, so a better default applies later. */
  edit.base = base == kp_needs_default_coverage_base (type_code) ? -1 : (int) base;
  return kp_project_edit (kp_needs_get_project (self), _ ("Change what a coverage is divided by"),
                          write_base, &edit, error);
}

gboolean
kp_needs_export_benchmarks (KpNeeds    *self,
                            const char *path,
                            GError    **error)
{
  g_autoptr (GPtrArray) list = NULL;
  g_autofree char *text = NULL;
  g_autofree char *part = NULL;

  g_return_val_if_fail (KP_IS_NEEDS (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  list = kp_needs_list_benchmarks (self);
  text = kp_benchmarks_to_json (list);
  part = g_strconcat (path, ".part", NULL);
  if (!g_file_set_contents (part, text, -1, error))
    return FALSE;
  if (g_rename (part, path) != 0)
    {
      int              saved = errno;
      g_autofree char *display = g_filename_display_name (path);

      g_remove (part);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _ ("Cannot write “%s”: %s"), display, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

gboolean
kp_needs_import_benchmarks (KpNeeds    *self,
                            const char *path,
                            guint      *out_count,
                            GError    **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *display = NULL;
  g_autoptr (GPtrArray) benchmarks = NULL;
  gsize length = 0;

  g_return_val_if_fail (KP_IS_NEEDS (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  display = g_filename_display_basename (path);
  if (!g_file_get_contents (path, &contents, &length, error))
    return FALSE;
  benchmarks = kp_benchmarks_from_json (contents, length, display, error);
  if (benchmarks == NULL)
    return FALSE;
  if (out_count != NULL)
    *out_count = benchmarks->len;
  if (benchmarks->len == 0)
    return TRUE;
  return kp_project_edit (kp_needs_get_project (self), _ ("Import benchmarks"), write_benchmarks,
                          benchmarks, error);
}

/* Findings. */

static gboolean
check_finding (const KpFindingData *data,
               GError             **error)
{
  if (!kp_needs_check_text (data->text, _ ("The finding needs a text"), error))
    return FALSE;
  if (data->source >= KP_N_FINDING_SOURCES || data->need_type >= KP_N_NEED_TYPES ||
      data->priority < 1 || data->priority > 3 || data->groups > KP_PLANNING_GROUPS_ALL)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("The finding’s source, type of need or priority is not valid"));
      return FALSE;
    }
  for (guint i = 0; data->evidence != NULL && i < data->evidence->len; i++)
    {
      const KpFindingEvidence *evidence = g_ptr_array_index (data->evidence, i);

      if ((evidence->indicator != NULL && !kp_benchmark_is_valid_indicator (evidence->indicator)) ||
          (evidence->indicator == NULL && (evidence->survey_id <= 0 || evidence->qid <= 0)))
        {
          g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                               _ ("The finding cites evidence that does not exist"));
          return FALSE;
        }
    }
  return TRUE;
}

typedef struct
{
  const KpFindingData *data;
  gint64               id;
} FindingEdit;

static gboolean
write_new_finding (KpDatabase *db,
                   gpointer    data,
                   GError    **error)
{
  FindingEdit     *edit = data;
  g_autofree char *text = g_strstrip (g_strdup (edit->data->text));
  KpFindingData    copy = *edit->data;

  copy.text = text;
  return kp_needs_repository_insert_finding (db, &copy, &edit->id, error);
}

gint64
kp_needs_add_finding (KpNeeds             *self,
                      const KpFindingData *data,
                      GError             **error)
{
  FindingEdit edit = { data, 0 };

  g_return_val_if_fail (KP_IS_NEEDS (self), 0);
  g_return_val_if_fail (data != NULL, 0);

  if (!check_finding (data, error) ||
      !kp_project_edit (kp_needs_get_project (self), _ ("Add a finding"), write_new_finding, &edit,
                        error))
    return 0;
  return edit.id;
}

static gboolean
write_finding (KpDatabase *db,
               gpointer    data,
               GError    **error)
{
  const KpFindingData *finding = data;
  g_autofree char     *text = g_strstrip (g_strdup (finding->text));
  KpFindingData        copy = *finding;

  copy.text = text;
  return kp_needs_repository_update_finding (db, &copy, error);
}

gboolean
kp_needs_update_finding (KpNeeds             *self,
                         const KpFindingData *data,
                         GError             **error)
{
  g_return_val_if_fail (KP_IS_NEEDS (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  if (kp_needs_find_finding (self, data->id) == NULL)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND,
                           _ ("The finding is not in the project"));
      return FALSE;
    }
  if (!check_finding (data, error))
    return FALSE;
  return kp_project_edit (kp_needs_get_project (self), _ ("Edit a finding"), write_finding,
                          (gpointer) data, error);
}

static gboolean
write_remove_finding (KpDatabase *db,
                      gpointer    data,
                      GError    **error)
{
  return kp_needs_repository_delete_finding (db, *(gint64 *) data, error);
}

gboolean
kp_needs_remove_finding (KpNeeds *self,
                         gint64   id,
                         GError **error)
{
  g_return_val_if_fail (KP_IS_NEEDS (self), FALSE);

  if (kp_needs_find_finding (self, id) == NULL)
    return TRUE;
  return kp_project_edit (kp_needs_get_project (self), _ ("Remove a finding"),
                          write_remove_finding, &id, error);
}

/* SWOT. */

static KpSwotItem *
find_swot (KpNeeds *self,
           gint64   id)
{
  for (guint i = 0; i < self->swot->len; i++)
    {
      KpSwotItem *item = g_ptr_array_index (self->swot, i);

      if (item->id == id)
        return item;
    }
  return NULL;
}

static gboolean
check_scope (const char *scope,
             GError    **error)
{
  KpPlanningGroup group;

  if (scope == NULL || *scope == '\0' || kp_planning_group_from_string (scope, &group))
    return TRUE;
  g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
               _ ("“%s” is not a target group of the plan"), scope);
  return FALSE;
}

GPtrArray *
kp_needs_list_swot (KpNeeds       *self,
                    const char    *scope,
                    KpSwotQuadrant quadrant)
{
  GPtrArray *list;

  g_return_val_if_fail (KP_IS_NEEDS (self), NULL);
  list = g_ptr_array_new ();
  for (guint i = 0; i < self->swot->len; i++)
    {
      KpSwotItem *item = g_ptr_array_index (self->swot, i);

      if (item->quadrant == quadrant && g_strcmp0 (item->scope, scope != NULL ? scope : "") == 0)
        g_ptr_array_add (list, item);
    }
  return list;
}

GStrv
kp_needs_list_swot_scopes (KpNeeds *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  gboolean used[KP_N_PLANNING_GROUPS] = { FALSE };
  gboolean overall = FALSE;

  g_return_val_if_fail (KP_IS_NEEDS (self), NULL);
  for (guint i = 0; i < self->swot->len; i++)
    {
      KpSwotItem     *item = g_ptr_array_index (self->swot, i);
      KpPlanningGroup group;

      if (*item->scope == '\0')
        overall = TRUE;
      else if (kp_planning_group_from_string (item->scope, &group))
        used[group] = TRUE;
    }
  if (overall)
    g_strv_builder_add (builder, "");
  for (guint g = 0; g < KP_N_PLANNING_GROUPS; g++)
    if (used[g])
      g_strv_builder_add (builder, kp_planning_group_to_string (g));
  return g_strv_builder_end (builder);
}

typedef struct
{
  const char    *scope;
  KpSwotQuadrant quadrant;
  const char    *text;
  gint64         id;
  GPtrArray     *order; /* KpSwotItem, for a move */
  const gint64  *findings;
  guint          n_findings;
} SwotEdit;

static gboolean
write_new_swot (KpDatabase *db,
                gpointer    data,
                GError    **error)
{
  SwotEdit        *edit = data;
  g_autofree char *text = g_strstrip (g_strdup (edit->text));

  return kp_needs_repository_insert_swot (db, edit->scope, edit->quadrant, text, &edit->id, error);
}

gint64
kp_needs_add_swot_item (KpNeeds       *self,
                        const char    *scope,
                        KpSwotQuadrant quadrant,
                        const char    *text,
                        GError       **error)
{
  SwotEdit edit = { scope != NULL ? scope : "", quadrant, text, 0, NULL, NULL, 0 };

  g_return_val_if_fail (KP_IS_NEEDS (self), 0);
  g_return_val_if_fail (quadrant < KP_N_SWOT_QUADRANTS, 0);

  if (!check_scope (scope, error) ||
      !kp_needs_check_text (text, _ ("The SWOT item needs a text"), error) ||
      !kp_project_edit (kp_needs_get_project (self), _ ("Add a SWOT item"), write_new_swot, &edit,
                        error))
    return 0;
  return edit.id;
}

static gboolean
write_swot_text (KpDatabase *db,
                 gpointer    data,
                 GError    **error)
{
  SwotEdit        *edit = data;
  g_autofree char *text = g_strstrip (g_strdup (edit->text));

  return kp_needs_repository_set_swot_text (db, edit->id, text, error);
}

static gboolean
check_swot (KpNeeds *self,
            gint64   id,
            GError **error)
{
  if (find_swot (self, id) != NULL)
    return TRUE;
  g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND,
                       _ ("The SWOT item is not in the project"));
  return FALSE;
}

gboolean
kp_needs_set_swot_text (KpNeeds    *self,
                        gint64      id,
                        const char *text,
                        GError    **error)
{
  SwotEdit edit = { NULL, 0, text, id, NULL, NULL, 0 };

  g_return_val_if_fail (KP_IS_NEEDS (self), FALSE);

  if (!check_swot (self, id, error) ||
      !kp_needs_check_text (text, _ ("The SWOT item needs a text"), error))
    return FALSE;
  return kp_project_edit (kp_needs_get_project (self), _ ("Edit a SWOT item"), write_swot_text,
                          &edit, error);
}

static gboolean
write_swot_order (KpDatabase *db,
                  gpointer    data,
                  GError    **error)
{
  SwotEdit *edit = data;

  for (guint i = 0; i < edit->order->len; i++)
    {
      KpSwotItem *item = g_ptr_array_index (edit->order, i);

      if (item->position != (int) i &&
          !kp_needs_repository_set_swot_position (db, item->id, (int) i, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
kp_needs_move_swot_item (KpNeeds *self,
                         gint64   id,
                         guint    position,
                         GError **error)
{
  g_autoptr (GPtrArray) order = NULL;
  KpSwotItem *item;
  SwotEdit    edit = { 0 };
  guint       current = 0;

  g_return_val_if_fail (KP_IS_NEEDS (self), FALSE);

  if (!check_swot (self, id, error))
    return FALSE;
  item = find_swot (self, id);
  order = kp_needs_list_swot (self, item->scope, item->quadrant);
  g_ptr_array_find (order, item, &current);
  position = MIN (position, order->len - 1);
  if (position == current)
    return TRUE;
  g_ptr_array_remove_index (order, current);
  g_ptr_array_insert (order, (int) position, item);
  edit.order = order;
  return kp_project_edit (kp_needs_get_project (self), _ ("Move a SWOT item"), write_swot_order,
                          &edit, error);
}

static gboolean
write_remove_swot (KpDatabase *db,
                   gpointer    data,
                   GError    **error)
{
  return kp_needs_repository_delete_swot (db, *(gint64 *) data, error);
}

gboolean
kp_needs_remove_swot_item (KpNeeds *self,
                           gint64   id,
                           GError **error)
{
  g_return_val_if_fail (KP_IS_NEEDS (self), FALSE);

  if (find_swot (self, id) == NULL)
    return TRUE;
  return kp_project_edit (kp_needs_get_project (self), _ ("Remove a SWOT item"),
                          write_remove_swot, &id, error);
}

static gboolean
write_citations (KpDatabase *db,
                 gpointer    data,
                 GError    **error)
{
  SwotEdit *edit = data;

  return kp_needs_repository_set_swot_citations (db, edit->id, edit->findings, edit->n_findings,
                                                 error);
}

gboolean
kp_needs_set_swot_citations (KpNeeds      *self,
                             gint64        id,
                             const gint64 *findings,
                             guint         n_findings,
                             GError      **error)
{
  SwotEdit edit = { NULL, 0, NULL, id, NULL, findings, n_findings };

  g_return_val_if_fail (KP_IS_NEEDS (self), FALSE);

  if (!check_swot (self, id, error))
    return FALSE;
  for (guint i = 0; i < n_findings; i++)
    if (kp_needs_find_finding (self, findings[i]) == NULL)
      {
        g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND,
                             _ ("The finding is not in the project"));
        return FALSE;
      }
  return kp_project_edit (kp_needs_get_project (self), _ ("Cite findings"), write_citations,
                          &edit, error);
}
