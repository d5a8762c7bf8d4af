/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-project.h"
#include "kp-project-private.h"
#include "kp-changes-private.h"
#include "kp-czech.h"
#include "kp-error.h"
#include "kp-indicators.h"
#include "kp-project-repository.h"
#include "kp-project-writer.h"

/* A planning project: one *.komplan file, its row, its territory, its undo history and its
 * modules. Edits, undo and redo are in kp-project-edit.c, jobs and the creation of new
 * files in kp-project-jobs.c (which kp-project-writer.c writes). */

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
  KpHistory   *history;
  GHashTable  *modules; /* GType → KpProjectModule, created on first use */
  guint        busy;    /* jobs writing the file */
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

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

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
  return TRUE;
}

/* Re-reads the project's row after a change and notifies what differs. */
static void
reload_row (KpProject *self)
{
  KpProjectRow row = { 0 };
  g_autoptr (GError) error = NULL;
  gboolean renamed;

  if (!kp_project_repository_load_project (self->db, &row, &error))
    {
      /* The file was just written: failing to read it back is a broken environment. */
      g_warning ("Cannot read the project “%s” again: %s", kp_project_get_path (self),
                 error->message);
      return;
    }
  g_object_freeze_notify (G_OBJECT (self));
  if (g_strcmp0 (row.name, self->row.name) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
  if (row.period_from != self->row.period_from)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD_FROM]);
  if (row.period_to != self->row.period_to)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD_TO]);
  renamed = g_strcmp0 (row.territory_name, self->row.territory_name) != 0;
  kp_project_row_clear (&self->row);
  self->row = row;
  if (renamed)
    {
      g_clear_object (&self->totals);
      self->totals = build_totals (self);
      g_list_store_splice (self->comparison, 0, 1, (gpointer *) &self->totals, 1);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERRITORY_NAME]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/* Re-reads the obce, the totals and the comparison after the territory changed (or the
 * change was undone). */
static void
reload_territory (KpProject *self)
{
  g_autoptr (GPtrArray) obce = NULL;
  g_autoptr (GPtrArray) areas = NULL;
  g_autoptr (GError) error = NULL;
  char *date;

  date = kp_project_repository_get_reference_date (self->db, &error);
  if (error == NULL)
    obce = kp_project_repository_load_obce (self->db, &error);
  if (obce != NULL)
    areas = kp_project_repository_load_areas (self->db, &error);
  if (areas == NULL)
    {
      g_free (date);
      g_warning ("Cannot read the territory of “%s” again: %s", kp_project_get_path (self),
                 error->message);
      return;
    }
  g_free (self->reference_date);
  self->reference_date = date;
  g_ptr_array_sort (obce, compare_obce);
  g_list_store_splice (self->obce, 0, g_list_model_get_n_items (G_LIST_MODEL (self->obce)),
                       obce->pdata, obce->len);
  g_clear_object (&self->totals);
  self->totals = build_totals (self);
  g_ptr_array_sort (areas, compare_areas);
  g_ptr_array_insert (areas, 0, g_object_ref (self->totals));
  g_list_store_splice (self->comparison, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->comparison)), areas->pdata,
                       areas->len);
}

static gboolean
changes_territory (KpChanges *changes)
{
  static const char *const tables[] = { "obec", "population", "area_summary", "boundary", NULL };

  for (guint i = 0; tables[i] != NULL; i++)
    if (kp_changes_has_table (changes, tables[i]))
      return TRUE;
  return FALSE;
}

/* The class handler of "changed": the project and its modules reload what changed before
 * any other handler runs. */
static void
kp_project_real_changed (KpProject *self,
                         KpChanges *changes)
{
  const GType *types;
  guint        n_types;

  if (kp_changes_has_module (changes, "project"))
    {
      KpTerritoryKind kind = self->row.territory_kind;

      reload_row (self);
      if (changes_territory (changes))
        reload_territory (self);
      if (kind != self->row.territory_kind)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERRITORY_KIND]);
    }
  types = kp_project_modules_list (&n_types);
  for (guint i = 0; i < n_types; i++)
    {
      KpProjectModule      *module;
      KpProjectModuleClass *klass;

      module = g_hash_table_lookup (self->modules, GSIZE_TO_POINTER (types[i]));
      if (module == NULL)
        continue;
      klass = KP_PROJECT_MODULE_GET_CLASS (module);
      if (klass->reload != NULL && kp_changes_has_module (changes, klass->name))
        klass->reload (module, changes);
    }
}

/**
 * kp_project_emit_changed:
 *
 * Names the modules whose tables @changes touches and emits "changed".
 */
void
kp_project_emit_changed (KpProject *self,
                         KpChanges *changes)
{
  const char *const *tables = kp_changes_get_tables (changes);
  const GType       *types;
  guint              n_types;

  for (guint i = 0; tables[i] != NULL; i++)
    if (g_strcmp0 (kp_project_modules_owner (tables[i]), "project") == 0)
      kp_changes_add_module (changes, "project");
  types = kp_project_modules_list (&n_types);
  for (guint i = 0; i < n_types; i++)
    {
      KpProjectModuleClass *klass = g_type_class_peek (types[i]);

      for (guint j = 0; tables[j] != NULL; j++)
        if (g_strcmp0 (kp_project_modules_owner (tables[j]), klass->name) == 0)
          kp_changes_add_module (changes, klass->name);
    }
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, changes);
}

gboolean
kp_project_check_not_busy (KpProject *self,
                           GError   **error)
{
  if (self->busy == 0)
    return TRUE;
  g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_BUSY,
                       _ ("The project is busy with a longer task; try again when it is done"));
  return FALSE;
}

void
kp_project_hold_busy (KpProject *self,
                      gboolean   busy)
{
  g_assert (busy || self->busy > 0);
  if (busy)
    self->busy++;
  else
    self->busy--;
}

static void
on_history_notify_can_undo_cb (KpProject *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
}

static void
on_history_notify_can_redo_cb (KpProject *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
kp_project_dispose (GObject *object)
{
  KpProject *self = KP_PROJECT (object);

  g_clear_pointer (&self->modules, g_hash_table_unref);
  g_clear_object (&self->obce);
  g_clear_object (&self->comparison);
  g_clear_object (&self->totals);
  g_clear_object (&self->history);
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

  /**
   * KpProject::changed:
   * @changes: what changed, why, in which modules and rows
   *
   * Emitted after every committed edit, undo, redo and finished job. The class handler
   * runs first: the project and its modules reload what changed.
   */
  signals[SIGNAL_CHANGED] =
      g_signal_new_class_handler ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_FIRST,
                                  G_CALLBACK (kp_project_real_changed), NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, KP_TYPE_CHANGES | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
kp_project_init (KpProject *self)
{
  self->obce = g_list_store_new (KP_TYPE_OBEC);
  self->comparison = g_list_store_new (KP_TYPE_AREA);
  self->modules = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_object_unref);
  self->history = kp_history_new (UNDO_LIMIT);
  g_signal_connect_swapped (self->history, "notify::can-undo",
                            G_CALLBACK (on_history_notify_can_undo_cb), self);
  g_signal_connect_swapped (self->history, "notify::can-redo",
                            G_CALLBACK (on_history_notify_can_redo_cb), self);
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

      /* A database error names the file and says what to do already. */
      if (error != NULL && *error != NULL && (*error)->domain != KP_DATABASE_ERROR)
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

KpHistory *
kp_project_get_history (KpProject *self)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);
  return self->history;
}

gpointer
kp_project_get_module (KpProject *self,
                       GType      type,
                       GError   **error)
{
  KpProjectModuleClass *klass;
  KpProjectModule      *module;

  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, KP_TYPE_PROJECT_MODULE), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  module = g_hash_table_lookup (self->modules, GSIZE_TO_POINTER (type));
  if (module != NULL)
    return module;
  /* Kept even when loading fails: the views get an empty module rather than none. */
  module = g_object_new (type, "project", self, NULL);
  g_hash_table_insert (self->modules, GSIZE_TO_POINTER (type), module);
  klass = KP_PROJECT_MODULE_GET_CLASS (module);
  if (klass->load != NULL && !klass->load (module, error))
    return NULL;
  return module;
}

gpointer
kp_project_peek_module (KpProject *self,
                        GType      type)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);
  return g_hash_table_lookup (self->modules, GSIZE_TO_POINTER (type));
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
