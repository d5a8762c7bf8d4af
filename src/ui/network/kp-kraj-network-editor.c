/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-kraj-network-editor.h"
#include "kp-capacity-unit.h"

#include <math.h>

struct _KpKrajNetworkEditor
{
  KpServiceEditor parent_instance;

  GtkSpinButton *year_spin;
  GtkSwitch     *in_network_switch;
  GtkSpinButton *capacity_spin;
  GtkDropDown   *unit_dropdown;
  GtkButton     *clear_button;
  AdwActionRow  *state_row;
  gboolean       updating;
};

G_DEFINE_FINAL_TYPE (KpKrajNetworkEditor, kp_kraj_network_editor, KP_TYPE_SERVICE_EDITOR)

static KpService *
get_service (KpKrajNetworkEditor *self)
{
  return kp_service_editor_get_service (KP_SERVICE_EDITOR (self));
}

static KpServiceNetwork *
get_network (KpKrajNetworkEditor *self)
{
  return kp_service_editor_get_network (KP_SERVICE_EDITOR (self));
}

/* The position of a network unit's code in the dropdown (the vocabulary's order); the
 * first when the entry has none. */
static guint
unit_position (const char *code)
{
  guint                 n;
  const KpCapacityUnit *units = kp_capacity_units_for_network (&n);
  KpCapacityUnit        unit;

  if (kp_capacity_unit_from_code (code, &unit))
    for (guint i = 0; i < n; i++)
      if (units[i] == unit)
        return i;
  return 0;
}

/* Returns: (nullable): the code of the unit at @position of the dropdown */
static const char *
unit_code (guint position)
{
  guint                 n;
  const KpCapacityUnit *units = kp_capacity_units_for_network (&n);

  return position < n ? kp_capacity_unit_to_code (units[position]) : NULL;
}

static void
update (KpKrajNetworkEditor *self)
{
  const KpKrajNetworkEntry *entry = NULL;
  int                       year = gtk_spin_button_get_value_as_int (self->year_spin);

  if (get_service (self) != NULL)
    entry = kp_service_get_kraj_entry (get_service (self), year);
  self->updating = TRUE;
  gtk_switch_set_active (self->in_network_switch, entry != NULL && entry->in_network);
  gtk_spin_button_set_value (self->capacity_spin,
                             entry != NULL && entry->capacity >= 0 ? entry->capacity : 0);
  gtk_drop_down_set_selected (self->unit_dropdown,
                              unit_position (entry != NULL ? entry->unit : NULL));
  self->updating = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->capacity_spin), entry != NULL && entry->in_network);
  gtk_widget_set_sensitive (GTK_WIDGET (self->unit_dropdown), entry != NULL && entry->in_network);
  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_button), entry != NULL);
  if (entry == NULL)
    adw_action_row_set_subtitle (self->state_row, _ ("Not recorded for this year"));
  else if (entry->in_network)
    adw_action_row_set_subtitle (self->state_row, _ ("Recorded for this year"));
  else
    adw_action_row_set_subtitle (self->state_row, _ ("Not in the kraj network"));
}

static void
commit (KpKrajNetworkEditor *self)
{
  int      year = gtk_spin_button_get_value_as_int (self->year_spin);
  gboolean in_network = gtk_switch_get_active (self->in_network_switch);
  double   capacity = gtk_spin_button_get_value (self->capacity_spin);
  guint    unit = gtk_drop_down_get_selected (self->unit_dropdown);
  g_autoptr (GError) error = NULL;

  if (self->updating || get_service (self) == NULL)
    return;
  if (!in_network)
    capacity = -1;
  if (!kp_service_network_set_kraj_entry (get_network (self), get_service (self), year,
                                          in_network, in_network && capacity > 0 ? capacity : -1,
                                          in_network ? unit_code (unit) : NULL, &error))
    {
      kp_service_editor_toast (KP_SERVICE_EDITOR (self), error->message);
      update (self);
    }
}

static void
on_year_changed_cb (KpKrajNetworkEditor *self)
{
  update (self);
}

static void
on_value_changed_cb (KpKrajNetworkEditor *self)
{
  commit (self);
}

static void
on_clear_clicked_cb (KpKrajNetworkEditor *self)
{
  g_autoptr (GError) error = NULL;

  if (get_service (self) == NULL)
    return;
  if (!kp_service_network_clear_kraj_entry (get_network (self), get_service (self),
                                            gtk_spin_button_get_value_as_int (self->year_spin),
                                            &error))
    kp_service_editor_toast (KP_SERVICE_EDITOR (self), error->message);
}

static void
kp_kraj_network_editor_update (KpServiceEditor *editor)
{
  update (KP_KRAJ_NETWORK_EDITOR (editor));
}

static GtkWidget *
suffix_row (GtkListBox *list,
            const char *title,
            GtkWidget  *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), suffix);
  gtk_list_box_append (list, row);
  return row;
}

static void
kp_kraj_network_editor_class_init (KpKrajNetworkEditorClass *klass)
{
  KpServiceEditorClass *editor_class = KP_SERVICE_EDITOR_CLASS (klass);

  editor_class->follows = "notify::kraj-network";
  editor_class->update = kp_kraj_network_editor_update;
}

static void
kp_kraj_network_editor_init (KpKrajNetworkEditor *self)
{
  GtkWidget *heading = gtk_label_new (_ ("Kraj Network"));
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *capacity_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GtkStringList) unit_labels = gtk_string_list_new (NULL);
  guint                 n_units;
  const KpCapacityUnit *units = kp_capacity_units_for_network (&n_units);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  self->year_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (2000, 2100, 1));
  gtk_widget_set_name (GTK_WIDGET (self->year_spin), "network-year");
  gtk_spin_button_set_value (self->year_spin, g_date_time_get_year (now));
  g_signal_connect_swapped (self->year_spin, "value-changed", G_CALLBACK (on_year_changed_cb), self);
  suffix_row (GTK_LIST_BOX (list), _ ("_Year"), GTK_WIDGET (self->year_spin));

  self->in_network_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_name (GTK_WIDGET (self->in_network_switch), "network-in");
  g_signal_connect_swapped (self->in_network_switch, "notify::active",
                            G_CALLBACK (on_value_changed_cb), self);
  self->state_row = ADW_ACTION_ROW (suffix_row (GTK_LIST_BOX (list), _ ("In the kraj _network"),
                                                GTK_WIDGET (self->in_network_switch)));

  self->capacity_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 100000, 0.1));
  gtk_widget_set_name (GTK_WIDGET (self->capacity_spin), "network-capacity");
  gtk_spin_button_set_digits (self->capacity_spin, 1);
  g_signal_connect_swapped (self->capacity_spin, "value-changed", G_CALLBACK (on_value_changed_cb),
                            self);
  for (guint i = 0; i < n_units; i++)
    gtk_string_list_append (unit_labels, kp_capacity_unit_get_description (units[i]));
  self->unit_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (unit_labels)),
                                                          NULL));
  g_signal_connect_swapped (self->unit_dropdown, "notify::selected",
                            G_CALLBACK (on_value_changed_cb), self);
  gtk_box_append (GTK_BOX (capacity_box), GTK_WIDGET (self->capacity_spin));
  gtk_box_append (GTK_BOX (capacity_box), GTK_WIDGET (self->unit_dropdown));
  suffix_row (GTK_LIST_BOX (list), _ ("_Capacity in the network"), capacity_box);

  self->clear_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_ ("_Forget This Year")));
  gtk_widget_set_halign (GTK_WIDGET (self->clear_button), GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->clear_button),
                               _ ("Remove what is recorded about the network in this year"));
  g_signal_connect_swapped (self->clear_button, "clicked", G_CALLBACK (on_clear_clicked_cb), self);

  gtk_box_append (GTK_BOX (self), heading);
  gtk_box_append (GTK_BOX (self), list);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->clear_button));
  update (self);
}

GtkWidget *
kp_kraj_network_editor_new (KpProject *project)
{
  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  return g_object_new (KP_TYPE_KRAJ_NETWORK_EDITOR, "project", project, NULL);
}
