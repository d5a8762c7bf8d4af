/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-publications-services.h"
#include "kp-czech.h"
#include "kp-project-settings.h"

struct _KpPublicationsServices
{
  AdwPreferencesGroup parent_instance;

  GtkSwitch   *registered_switch;
  GtkSwitch   *local_switch;
  AdwComboRow *type_row;
  AdwComboRow *target_row;
  AdwComboRow *form_row;

  KpSettingsWriter *writer;
  GPtrArray        *type_codes;   /* char *, NULL first: all types */
  GPtrArray        *target_names; /* char *, NULL first: all groups */
  gboolean          updating;
};

G_DEFINE_FINAL_TYPE (KpPublicationsServices, kp_publications_services, ADW_TYPE_PREFERENCES_GROUP)

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The positions of the form row: the value kept for each, and the forms it selects. */
static const struct
{
  const char    *value;
  KpServiceForms forms;
} forms[] = {
  { "all", KP_SERVICE_FORM_NONE },
  { "residential", KP_SERVICE_FORM_RESIDENTIAL },
  { "outpatient", KP_SERVICE_FORM_OUTPATIENT },
  { "field", KP_SERVICE_FORM_FIELD },
};

static KpProject *
get_project (KpPublicationsServices *self)
{
  return self->writer != NULL ? kp_settings_writer_get_project (self->writer) : NULL;
}

static const char *
selected_value (AdwComboRow *row,
                GPtrArray   *values)
{
  guint i = adw_combo_row_get_selected (row);

  return i < values->len ? g_ptr_array_index (values, i) : NULL;
}

static void
save_choice (KpPublicationsServices *self,
             GObject                *object)
{
  KpSettingsWriter *writer = self->writer;

  if (object == G_OBJECT (self->registered_switch))
    kp_settings_writer_write (writer, "catalogue.registered",
                              gtk_switch_get_active (self->registered_switch) ? "true" : "false");
  else if (object == G_OBJECT (self->local_switch))
    kp_settings_writer_write (writer, "catalogue.local",
                              gtk_switch_get_active (self->local_switch) ? "true" : "false");
  else if (object == G_OBJECT (self->type_row))
    kp_settings_writer_write (writer, "catalogue.type",
                              selected_value (self->type_row, self->type_codes));
  else if (object == G_OBJECT (self->target_row))
    kp_settings_writer_write (writer, "catalogue.target-group",
                              selected_value (self->target_row, self->target_names));
  else if (object == G_OBJECT (self->form_row))
    {
      guint selected = adw_combo_row_get_selected (self->form_row);

      if (selected < G_N_ELEMENTS (forms))
        kp_settings_writer_write (writer, "catalogue.form", forms[selected].value);
    }
}

static void
restore_choices (KpPublicationsServices *self)
{
  KpProject       *project = get_project (self);
  g_autofree char *registered = kp_project_dup_setting (project, "catalogue.registered");
  g_autofree char *local = kp_project_dup_setting (project, "catalogue.local");
  g_autofree char *form = kp_project_dup_setting (project, "catalogue.form");

  for (guint i = 0; form != NULL && i < G_N_ELEMENTS (forms); i++)
    if (g_str_equal (form, forms[i].value))
      adw_combo_row_set_selected (self->form_row, i);
  if (registered != NULL)
    gtk_switch_set_active (self->registered_switch, !g_str_equal (registered, "false"));
  if (local != NULL)
    gtk_switch_set_active (self->local_switch, !g_str_equal (local, "false"));
}

static void
on_choice_changed_cb (GObject                *object,
                      GParamSpec             *pspec,
                      KpPublicationsServices *self)
{
  if (get_project (self) == NULL || self->updating)
    return;
  save_choice (self, object);
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

/* Fills @row with "all" and the values of @table (value → label), selecting the value kept
 * under @setting. */
static void
fill_filter (KpPublicationsServices *self,
             AdwComboRow            *row,
             GPtrArray              *values,
             const char             *all_label,
             GHashTable             *table,
             const char             *setting)
{
  g_autofree char *selected = kp_project_dup_setting (get_project (self), setting);
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
  g_ptr_array_sort (pairs, compare_pairs);
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
kp_publications_services_set_writer (KpPublicationsServices *self,
                                     KpSettingsWriter       *writer)
{
  g_return_if_fail (KP_IS_PUBLICATIONS_SERVICES (self));
  g_return_if_fail (KP_IS_SETTINGS_WRITER (writer));
  g_return_if_fail (self->writer == NULL);
  self->writer = g_object_ref (writer);
  self->updating = TRUE;
  restore_choices (self);
  self->updating = FALSE;
  kp_publications_services_update_filters (self);
}

void
kp_publications_services_update_filters (KpPublicationsServices *self)
{
  KpProject  *project;
  GListModel *services;
  g_autoptr (GHashTable) types = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GHashTable) targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gboolean updating;

  g_return_if_fail (KP_IS_PUBLICATIONS_SERVICES (self));
  project = get_project (self);
  if (project == NULL)
    return;
  services = kp_project_get_services (project);
  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);
      const char *const *groups = kp_service_get_target_groups (service);

      if (kp_service_get_type_code (service) != NULL && kp_service_get_type_name (service) != NULL)
        g_hash_table_replace (types, g_strdup (kp_service_get_type_code (service)),
                              g_strdup (kp_service_get_type_name (service)));
      for (guint g = 0; groups != NULL && groups[g] != NULL; g++)
        g_hash_table_replace (targets, g_strdup (groups[g]), g_strdup (groups[g]));
    }
  updating = self->updating;
  self->updating = TRUE;
  fill_filter (self, self->type_row, self->type_codes, _ ("All types"), types, "catalogue.type");
  fill_filter (self, self->target_row, self->target_names, _ ("All target groups"), targets,
               "catalogue.target-group");
  self->updating = updating;
}

void
kp_publications_services_get_selection (KpPublicationsServices *self,
                                        KpPublicationSelection *selection)
{
  guint form;

  g_return_if_fail (KP_IS_PUBLICATIONS_SERVICES (self));
  g_return_if_fail (selection != NULL);
  form = adw_combo_row_get_selected (self->form_row);
  kp_publication_selection_init (selection);
  selection->registered = gtk_switch_get_active (self->registered_switch);
  selection->local = gtk_switch_get_active (self->local_switch);
  selection->type_code = g_strdup (selected_value (self->type_row, self->type_codes));
  selection->target_group = g_strdup (selected_value (self->target_row, self->target_names));
  selection->forms = form < G_N_ELEMENTS (forms) ? forms[form].forms : KP_SERVICE_FORM_NONE;
}
