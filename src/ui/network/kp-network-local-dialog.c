/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-network-local-dialog.h"

struct _KpNetworkLocalDialog
{
  AdwWindow parent_instance;

  KpProject   *project;
  AdwEntryRow *name_row;
  AdwComboRow *kind_row;
  GtkButton   *add_button;
  GtkLabel    *error_label;
};

G_DEFINE_FINAL_TYPE (KpNetworkLocalDialog, kp_network_local_dialog, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

enum
{
  SIGNAL_ADDED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static const KpServiceLocalKind kinds[] = {
  KP_SERVICE_LOCAL_HEALTH,
  KP_SERVICE_LOCAL_AUTHORITY,
  KP_SERVICE_LOCAL_CRISIS_LINE,
  KP_SERVICE_LOCAL_COMMUNITY,
  KP_SERVICE_LOCAL_OTHER,
};

static void
on_name_changed_cb (KpNetworkLocalDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), *name != '\0');
}

static void
on_add_clicked_cb (KpNetworkLocalDialog *self)
{
  kp_network_local_dialog_add (self);
}

static void
kp_network_local_dialog_dispose (GObject *object)
{
  KpNetworkLocalDialog *self = KP_NETWORK_LOCAL_DIALOG (object);

  g_clear_object (&self->project);
  G_OBJECT_CLASS (kp_network_local_dialog_parent_class)->dispose (object);
}

static void
kp_network_local_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  KpNetworkLocalDialog *self = KP_NETWORK_LOCAL_DIALOG (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_network_local_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  KpNetworkLocalDialog *self = KP_NETWORK_LOCAL_DIALOG (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_network_local_dialog_class_init (KpNetworkLocalDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_network_local_dialog_dispose;
  object_class->get_property = kp_network_local_dialog_get_property;
  object_class->set_property = kp_network_local_dialog_set_property;
  properties[PROP_PROJECT] =
      g_param_spec_object ("project", NULL, NULL, KP_TYPE_PROJECT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  signals[SIGNAL_ADDED] = g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                        NULL, NULL, NULL, G_TYPE_NONE, 1, KP_TYPE_SERVICE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kp_network_local_dialog_init (KpNetworkLocalDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_ ("_Cancel"));
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *intro = gtk_label_new (_ ("A service that is not in the registry of social "
                                       "services but that people of the territory use: a "
                                       "doctor, an office, a crisis line, volunteers."));
  GtkWidget *list = gtk_list_box_new ();
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_window_set_title (GTK_WINDOW (self), _ ("Add Related Service"));
  gtk_window_set_default_size (GTK_WINDOW (self), 460, -1);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_close), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->add_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_ ("_Add")));
  gtk_widget_set_name (GTK_WIDGET (self->add_button), "local-dialog-add");
  gtk_widget_add_css_class (GTK_WIDGET (self->add_button), "suggested-action");
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), FALSE);
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (on_add_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->add_button));

  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_widget_add_css_class (intro, "dim-label");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  self->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  gtk_widget_set_name (GTK_WIDGET (self->name_row), "local-dialog-name");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _ ("Name"));
  adw_entry_row_set_activates_default (self->name_row, TRUE);
  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (on_name_changed_cb), self);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (labels, kp_service_local_kind_get_label (kinds[i]));
  self->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  gtk_widget_set_name (GTK_WIDGET (self->kind_row), "local-dialog-kind");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), _ ("Kind"));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (labels));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->name_row));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->kind_row));

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  gtk_box_append (GTK_BOX (content), intro);
  gtk_box_append (GTK_BOX (content), list);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->error_label));
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), content);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->add_button));
}

KpNetworkLocalDialog *
kp_network_local_dialog_new (GtkWindow *parent,
                             KpProject *project)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);

  return g_object_new (KP_TYPE_NETWORK_LOCAL_DIALOG, "transient-for", parent, "project", project,
                       NULL);
}

KpService *
kp_network_local_dialog_add (KpNetworkLocalDialog *self)
{
  g_autofree char *name = NULL;
  guint            kind = 0;
  KpService       *service;
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (KP_IS_NETWORK_LOCAL_DIALOG (self), NULL);

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  kind = adw_combo_row_get_selected (self->kind_row);
  if (*name == '\0' || kind >= G_N_ELEMENTS (kinds))
    return NULL;
  service = kp_service_network_add_local_service (kp_service_network_get (self->project), name,
                                                  kinds[kind], &error);
  if (service == NULL)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return NULL;
    }
  g_signal_emit (self, signals[SIGNAL_ADDED], 0, service);
  gtk_window_close (GTK_WINDOW (self));
  return service;
}
