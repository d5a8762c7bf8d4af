/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-project.h"
#include "kp-project-private.h"
#include "kp-project-services-private.h"
#include "kp-czech.h"
#include "kp-error.h"
#include "kp-indicators.h"
#include "kp-project-repository.h"
#include "kp-project-writer.h"
#include "kp-undo-stack.h"

/* A planning project: one *.komplan file, its cached rows and its undo history. New files
 * are written by kp-project-writer.c. */

#define UNDO_LIMIT 200

struct _KpProject
{
  GObject parent_instance;

  KpDatabase  *db;
  KpProjectRow row;
  char        *reference_date;
  GListStore  *obce;       /* KpObec, Czech order */
  GListStore  *comparison; /* KpArea: territory, ORP, kraje, ČR */
  KpArea      *totals;
  KpUndoStack *undo;
};

G_DEFINE_FINAL_TYPE (KpProject, kp_project, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_PATH,
  PROP_NAME,
  PROP_TERRITORY_NAME,
  PROP_TERRITORY_KIND,
  PROP_PERIOD_FROM,
  PROP_PERIOD_TO,
  PROP_IS_SAMPLE,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
check_spec (const KpProjectSpec *spec,
            GError             **error)
{
  if (!kp_project_check_text (spec->name, _ ("The project needs a name"), error) ||
      !kp_project_check_period (spec->period_from, spec->period_to, error))
    return FALSE;
  if (spec->kind == KP_TERRITORY_ORP && (spec->orp_kod == NULL || *spec->orp_kod == '\0'))
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("Choose the ORP of the territory"));
      return FALSE;
    }
  if (spec->kind == KP_TERRITORY_CUSTOM && (spec->obce == NULL || spec->obce[0] == NULL))
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("Choose at least one obec for the territory"));
      return FALSE;
    }
  return TRUE;
}

static int
compare_obce (gconstpointer a,
              gconstpointer b)
{
  return kp_obec_compare_by_name (*(KpObec **) a, *(KpObec **) b);
}

static int
compare_areas (gconstpointer a,
               gconstpointer b)
{
  KpArea *area_a = *(KpArea **) a;
  KpArea *area_b = *(KpArea **) b;
  int     level_a = kp_area_get_level (area_a);
  int     level_b = kp_area_get_level (area_b);

  if (level_a != level_b)
    return level_a - level_b;
  return kp_czech_compare (kp_area_get_nazev (area_a), kp_area_get_nazev (area_b));
}

/* The territory's totals: the sum of its obce, named as the territory. */
static KpArea *
build_totals (KpProject *self)
{
  KpAgeTotals totals = { 0 };
  guint       n = g_list_model_get_n_items (G_LIST_MODEL (self->obce));
  const char *kraj_kod = NULL;
  const char *kraj_nazev = NULL;
  gboolean    one_kraj = TRUE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (G_LIST_MODEL (self->obce), i);

      kp_age_totals_add (&totals, kp_obec_get_totals (obec));
      if (i == 0)
        {
          kraj_kod = kp_obec_get_kraj_kod (obec);
          kraj_nazev = kp_obec_get_kraj_nazev (obec);
        }
      else if (g_strcmp0 (kraj_kod, kp_obec_get_kraj_kod (obec)) != 0)
        one_kraj = FALSE;
    }
  return kp_area_new (KP_AREA_LEVEL_TERRITORY, self->row.territory_code, NULL,
                      self->row.territory_name, one_kraj ? kraj_kod : NULL,
                      one_kraj ? kraj_nazev : NULL, self->reference_date, (int) n, &totals);
}

static gboolean
load (KpProject *self,
      GError   **error)
{
  g_autoptr (GPtrArray) obce = NULL;
  g_autoptr (GPtrArray) areas = NULL;
  g_autoptr (GError) local_error = NULL;

  if (!kp_project_repository_load_project (self->db, &self->row, error))
    return FALSE;
  self->reference_date = kp_project_repository_get_reference_date (self->db, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  obce = kp_project_repository_load_obce (self->db, error);
  if (obce == NULL)
    return FALSE;
  areas = kp_project_repository_load_areas (self->db, error);
  if (areas == NULL)
    return FALSE;

  g_ptr_array_sort (obce, compare_obce);
  g_list_store_splice (self->obce, 0, 0, obce->pdata, obce->len);

  self->totals = build_totals (self);
  g_ptr_array_sort (areas, compare_areas);
  g_list_store_append (self->comparison, self->totals);
  g_list_store_splice (self->comparison, 1, 0, areas->pdata, areas->len);
  return kp_project_services_load (self, error);
}

/* Writes one field, updates the cache and notifies. Nothing changes when it fails. */
gboolean
kp_project_apply_field (KpProject     *self,
                        KpProjectField field,
                        const char    *text,
                        int            period_from,
                        int            period_to,
                        GError       **error)
{
  switch (field)
    {
    case KP_PROJECT_FIELD_NAME:
      if (!kp_project_repository_update_name (self->db, text, error))
        return FALSE;
      g_free (self->row.name);
      self->row.name = g_strdup (text);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
      break;

    case KP_PROJECT_FIELD_TERRITORY_NAME:
      if (!kp_project_repository_update_territory_name (self->db, text, error))
        return FALSE;
      g_free (self->row.territory_name);
      self->row.territory_name = g_strdup (text);
      g_clear_object (&self->totals);
      self->totals = build_totals (self);
      g_list_store_splice (self->comparison, 0, 1, (gpointer *) &self->totals, 1);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERRITORY_NAME]);
      break;

    case KP_PROJECT_FIELD_PERIOD:
      if (!kp_project_repository_update_period (self->db, period_from, period_to, error))
        return FALSE;
      g_object_freeze_notify (G_OBJECT (self));
      if (self->row.period_from != period_from)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD_FROM]);
      if (self->row.period_to != period_to)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD_TO]);
      self->row.period_from = period_from;
      self->row.period_to = period_to;
      g_object_thaw_notify (G_OBJECT (self));
      break;

    default:
      g_assert_not_reached ();
    }
  return TRUE;
}

static void
on_undo_notify_can_undo_cb (KpProject *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
}

static void
on_undo_notify_can_redo_cb (KpProject *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
kp_project_dispose (GObject *object)
{
  KpProject *self = KP_PROJECT (object);

  g_clear_object (&self->obce);
  g_clear_object (&self->comparison);
  g_clear_object (&self->totals);
  g_clear_object (&self->undo);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (kp_project_parent_class)->dispose (object);
}

static void
kp_project_finalize (GObject *object)
{
  KpProject *self = KP_PROJECT (object);

  kp_project_row_clear (&self->row);
  g_free (self->reference_date);
  G_OBJECT_CLASS (kp_project_parent_class)->finalize (object);
}

static void
kp_project_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  KpProject *self = KP_PROJECT (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, kp_project_get_path (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, self->row.name);
      break;
    case PROP_TERRITORY_NAME:
      g_value_set_string (value, self->row.territory_name);
      break;
    case PROP_TERRITORY_KIND:
      g_value_set_int (value, self->row.territory_kind);
      break;
    case PROP_PERIOD_FROM:
      g_value_set_int (value, self->row.period_from);
      break;
    case PROP_PERIOD_TO:
      g_value_set_int (value, self->row.period_to);
      break;
    case PROP_IS_SAMPLE:
      g_value_set_boolean (value, self->row.is_sample);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, kp_project_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, kp_project_get_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Property writes go through the setters; a refused value changes nothing (bindings have
 * no way to show the error, editors call the setters and show it). */
static void
kp_project_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  KpProject *self = KP_PROJECT (object);
  g_autoptr (GError) error = NULL;

  switch (prop_id)
    {
    case PROP_NAME:
      kp_project_set_name (self, g_value_get_string (value), &error);
      break;
    case PROP_TERRITORY_NAME:
      kp_project_set_territory_name (self, g_value_get_string (value), &error);
      break;
    case PROP_PERIOD_FROM:
      kp_project_set_period (self, g_value_get_int (value), self->row.period_to, &error);
      break;
    case PROP_PERIOD_TO:
      kp_project_set_period (self, self->row.period_from, g_value_get_int (value), &error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
  if (error != NULL)
    g_debug ("Setting %s refused: %s", pspec->name, error->message);
}

static void
kp_project_class_init (KpProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags   ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kp_project_dispose;
  object_class->finalize = kp_project_finalize;
  object_class->get_property = kp_project_get_property;
  object_class->set_property = kp_project_set_property;

  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, ro);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_TERRITORY_NAME] = g_param_spec_string ("territory-name", NULL, NULL, NULL, rw);
  properties[PROP_TERRITORY_KIND] =
      g_param_spec_int ("territory-kind", NULL, NULL, KP_TERRITORY_ORP, KP_TERRITORY_CUSTOM,
                        KP_TERRITORY_ORP, ro);
  properties[PROP_PERIOD_FROM] =
      g_param_spec_int ("period-from", NULL, NULL, 0, G_MAXINT, KP_PROJECT_YEAR_MIN, rw);
  properties[PROP_PERIOD_TO] = g_param_spec_int ("period-to", NULL, NULL, 0, G_MAXINT, KP_PROJECT_YEAR_MIN, rw);
  properties[PROP_IS_SAMPLE] = g_param_spec_boolean ("is-sample", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kp_project_init (KpProject *self)
{
  self->obce = g_list_store_new (KP_TYPE_OBEC);
  self->comparison = g_list_store_new (KP_TYPE_AREA);
  self->undo = kp_undo_stack_new (UNDO_LIMIT);
  g_signal_connect_swapped (self->undo, "notify::can-undo",
                            G_CALLBACK (on_undo_notify_can_undo_cb), self);
  g_signal_connect_swapped (self->undo, "notify::can-redo",
                            G_CALLBACK (on_undo_notify_can_redo_cb), self);
}

/**
 * kp_project_create:
 * @library: the reference library the snapshot is taken from
 * @path: the new project file; an existing file there is replaced only when the new one
 *   is complete
 *
 * Validates @spec, copies the territory's obce, their hierarchy, population, the sources
 * and the comparison figures of its ORP, kraje and ČR into a new self-contained file.
 *
 * Returns: (transfer full): the opened project, or %NULL with @error set
 *   (#KP_PROJECT_ERROR_INVALID, #KP_PROJECT_ERROR_NOT_FOUND naming the unknown code,
 *   #KP_PROJECT_ERROR_NO_REFERENCE, or a file error)
 */
KpProject *
kp_project_create (KpLibrary           *library,
                   const char          *path,
                   const KpProjectSpec *spec,
                   GError             **error)
{
  g_autoptr (KpProject) project = NULL;

  g_return_val_if_fail (KP_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (spec != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_spec (spec, error))
    return NULL;
  if (!kp_project_writer_write_from_library (kp_library_get_path (library), path, spec, error))
    return NULL;
  project = kp_project_open (path, error);
  /* The registered services of the territory, when the library has the registry. */
  if (project == NULL || !kp_project_services_snapshot (project, library, error))
    return NULL;
  return g_steal_pointer (&project);
}

/**
 * kp_project_create_sample:
 * @path: where the sample project is written
 *
 * Writes the sample project: a fictional mikroregion with invented obce, population and
 * sources, clearly marked as example data (is-sample).
 *
 * Returns: (transfer full): the opened project, or %NULL with @error set
 */
KpProject *
kp_project_create_sample (const char *path,
                          GError    **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!kp_project_writer_write_sample (path, error))
    return NULL;
  return kp_project_open (path, error);
}

/**
 * kp_project_open:
 *
 * Opens a project file. Files that are not Komplan projects, are damaged or come from a
 * newer Komplan are refused with a #KpDatabaseError.
 *
 * Returns: (transfer full): the project, or %NULL with @error set
 */
KpProject *
kp_project_open (const char *path,
                 GError    **error)
{
  g_autoptr (KpProject) self = NULL;
  g_autoptr (KpDatabase) db = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  db = kp_database_open (path, KP_DATABASE_KIND_PROJECT, KP_DATABASE_FLAGS_NONE, error);
  if (db == NULL)
    return NULL;

  self = g_object_new (KP_TYPE_PROJECT, NULL);
  self->db = g_steal_pointer (&db);
  if (!load (self, error))
    {
      g_autofree char *display = g_filename_display_basename (path);

      g_prefix_error (error, _ ("Cannot read the project “%s”: "), display);
      return NULL;
    }
  return g_steal_pointer (&self);
}

KpDatabase *
kp_project_get_database (KpProject *self)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);
  return self->db;
}

KpUndoStack *
kp_project_get_undo_stack (KpProject *self)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);
  return self->undo;
}

const char *
kp_project_get_path (KpProject *self)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);
  return kp_database_get_path (self->db);
}

const char *
kp_project_get_name (KpProject *self)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);
  return self->row.name;
}

const char *
kp_project_get_territory_name (KpProject *self)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);
  return self->row.territory_name;
}

KpTerritoryKind
kp_project_get_territory_kind (KpProject *self)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), KP_TERRITORY_CUSTOM);
  return self->row.territory_kind;
}

int
kp_project_get_period_from (KpProject *self)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), 0);
  return self->row.period_from;
}

int
kp_project_get_period_to (KpProject *self)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), 0);
  return self->row.period_to;
}

gboolean
kp_project_get_is_sample (KpProject *self)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  return self->row.is_sample;
}

const char *
kp_project_get_reference_date (KpProject *self)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);
  return self->reference_date;
}

GListModel *
kp_project_get_obce (KpProject *self)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);
  return G_LIST_MODEL (self->obce);
}

KpArea *
kp_project_get_totals (KpProject *self)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);
  return self->totals;
}

GListModel *
kp_project_get_comparison (KpProject *self)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);
  return G_LIST_MODEL (self->comparison);
}

GPtrArray *
kp_project_list_sources (KpProject *self,
                         GError   **error)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);
  return kp_project_repository_load_sources (self->db, error);
}
