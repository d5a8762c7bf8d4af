/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-publications-services.h"
#include "kp-czech.h"
#include "kp-service-network.h"
#include "kp-target-group.h"

struct _KpPublicationsServices
{
  AdwPreferencesGroup parent_instance;

  GtkSwitch   *registered_switch;
  GtkSwitch   *local_switch;
  AdwComboRow *type_row;
  AdwComboRow *target_row;
  AdwComboRow *form_row;

  KpProject           *project;
  KpCatalogueSettings *settings;
  KpSettingsWriter    *writer;
  GPtrArray           *type_codes;   /* char *, NULL first: all types */
  GPtrArray           *target_names; /* char *, NULL first: all groups */
  gboolean             updating;
};

G_DEFINE_FINAL_TYPE (KpPublicationsServices, kp_publications_services, ADW_TYPE_PREFERENCES_GROUP)

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The positions of the form row. */
static const KpServiceForms forms[] = {
  KP_SERVICE_FORM_NONE,
  KP_SERVICE_FORM_RESIDENTIAL,
  KP_SERVICE_FORM_OUTPATIENT,
  KP_SERVICE_FORM_FIELD,
};

static const char *
selected_value (AdwComboRow *row,
                GPtrArray   *values)
{
  guint i = adw_combo_row_get_selected (row);

  return i < values->len ? g_ptr_array_index (values, i) : NULL;
}

static gboolean
save_choice (KpPublicationsServices *self,
             GObject                *object,
             GError                **error)
{
  KpCatalogueSettings *s = self->settings;

  if (object == G_OBJECT (self->registered_switch))
    return kp_catalogue_settings_set_registered (s, gtk_switch_get_active (self->registered_switch),
                                                 error);
  if (object == G_OBJECT (self->local_switch))
    return kp_catalogue_settings_set_local (s, gtk_switch_get_active (self->local_switch), error);
  if (object == G_OBJECT (self->type_row))
    return kp_catalogue_settings_set_type_code (s, selected_value (self->type_row, self->type_codes),
                                                error);
  if (object == G_OBJECT (self->target_row))
    return kp_catalogue_settings_set_target_group (s, selected_value (self->target_row, self->target_names),
                                                   error);
  if (object == G_OBJECT (self->form_row))
    {
      guint selected = adw_combo_row_get_selected (self->form_row);

      return kp_catalogue_settings_set_form (s, forms[MIN (selected, G_N_ELEMENTS (forms) - 1)],
                                             error);
    }
  return TRUE;
}

static void
on_choice_changed_cb (GObject                *object,
                      GParamSpec             *pspec,
                      KpPublicationsServices *self)
{
  g_autoptr (GError) error = NULL;

  if (self->settings == NULL || self->updating)
    return;
  kp_settings_writer_check (self->writer, save_choice (self, object, &error), &error);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const char *const *pa = *(const char *const *const *) a;
  const char *const *pb = *(const char *const *const *) b;

  return kp_czech_compare (pa[1], pb[1]);
}

/* Target groups: the named ones A–Z, those without a name after them. */
static int
compare_target_pairs (gconstpointer a,
                      gconstpointer b)
{
  const char *const *pa = *(const char *const *const *) a;
  const char *const *pb = *(const char *const *const *) b;

  return kp_target_group_compare_stored (pa[0], pb[0]);
}

/* Fills @row with "all" and the values of @table (value → label) in the order of
 * @compare, selecting @selected. */
static void
fill_filter (AdwComboRow *row,
             GPtrArray   *values,
             const char  *all_label,
             GHashTable  *table,
             GCompareFunc compare,
             const char  *selected)
{
  g_autoptr (GPtrArray) pairs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GtkStringList) model = gtk_string_list_new (NULL);
  GHashTableIter iter;
  gpointer       key, value;
  guint          keep = 0;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char **pair = g_new (const char *, 2);

      pair[0] = key;
      pair[1] = value;
      g_ptr_array_add (pairs, pair);
    }
  g_ptr_array_sort (pairs, compare);
  g_ptr_array_set_size (values, 0);
  g_ptr_array_add (values, NULL);
  gtk_string_list_append (model, all_label);
  for (guint i = 0; i < pairs->len; i++)
    {
      const char **pair = g_ptr_array_index (pairs, i);

      g_ptr_array_add (values, g_strdup (pair[0]));
      gtk_string_list_append (model, pair[1]);
      if (g_strcmp0 (pair[0], selected) == 0)
        keep = values->len - 1;
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  adw_combo_row_set_selected (row, keep);
}

static void
kp_publications_services_dispose (GObject *object)
{
  KpPublicationsServices *self = KP_PUBLICATIONS_SERVICES (object);

  g_clear_object (&self->project);
  g_clear_object (&self->settings);
  g_clear_object (&self->writer);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_PUBLICATIONS_SERVICES);
  G_OBJECT_CLASS (kp_publications_services_parent_class)->dispose (object);
}

static void
kp_publications_services_finalize (GObject *object)
{
  KpPublicationsServices *self = KP_PUBLICATIONS_SERVICES (object);

  g_ptr_array_unref (self->type_codes);
  g_ptr_array_unref (self->target_names);
  G_OBJECT_CLASS (kp_publications_services_parent_class)->finalize (object);
}

static void
kp_publications_services_class_init (KpPublicationsServicesClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_publications_services_dispose;
  object_class->finalize = kp_publications_services_finalize;

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/publications/kp-publications-services.ui");
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsServices, registered_switch);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsServices, local_switch);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsServices, type_row);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsServices, target_row);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsServices, form_row);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed_cb);
}

static void
kp_publications_services_init (KpPublicationsServices *self)
{
  self->type_codes = g_ptr_array_new_with_free_func (g_free);
  self->target_names = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kp_publications_services_new (void)
{
  return g_object_new (KP_TYPE_PUBLICATIONS_SERVICES, NULL);
}

void
kp_publications_services_setup (KpPublicationsServices *self,
                                KpProject              *project,
                                KpCatalogueSettings    *settings,
                                KpSettingsWriter       *writer)
{
  KpServiceForms form;

  g_return_if_fail (KP_IS_PUBLICATIONS_SERVICES (self));
  g_return_if_fail (KP_IS_PROJECT (project));
  g_return_if_fail (KP_IS_CATALOGUE_SETTINGS (settings));
  g_return_if_fail (KP_IS_SETTINGS_WRITER (writer));
  g_return_if_fail (self->settings == NULL);

  self->project = g_object_ref (project);
  self->settings = g_object_ref (settings);
  self->writer = g_object_ref (writer);
  self->updating = TRUE;
  form = kp_catalogue_settings_get_form (settings);
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    if (forms[i] == form)
      adw_combo_row_set_selected (self->form_row, i);
  gtk_switch_set_active (self->registered_switch, kp_catalogue_settings_get_registered (settings));
  gtk_switch_set_active (self->local_switch, kp_catalogue_settings_get_local (settings));
  self->updating = FALSE;
  kp_publications_services_update_filters (self);
}

void
kp_publications_services_update_filters (KpPublicationsServices *self)
{
  GListModel *services;
  g_autoptr (GHashTable) types = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GHashTable) targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gboolean updating;

  g_return_if_fail (KP_IS_PUBLICATIONS_SERVICES (self));
  if (self->project == NULL)
    return;
  services = kp_service_network_get_services (kp_service_network_get (self->project));
  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);
      const char *const *groups = kp_service_get_target_groups (service);

      if (kp_service_get_type_code (service) != NULL && kp_service_get_type_name (service) != NULL)
        g_hash_table_replace (types, g_strdup (kp_service_get_type_code (service)),
                              g_strdup (kp_service_get_type_name (service)));
      for (guint g = 0; groups != NULL && groups[g] != NULL; g++)
        g_hash_table_replace (targets, g_strdup (groups[g]),
                              kp_target_group_format_stored (groups[g], NULL));
    }
  updating = self->updating;
  self->updating = TRUE;
  fill_filter (self->type_row, self->type_codes, _ ("All types"), types, compare_pairs,
               kp_catalogue_settings_get_type_code (self->settings));
  fill_filter (self->target_row, self->target_names, _ ("All target groups"), targets,
               compare_target_pairs, kp_catalogue_settings_get_target_group (self->settings));
  self->updating = updating;
}
