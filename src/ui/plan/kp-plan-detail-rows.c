/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-plan-detail-rows.h"

void
kp_plan_detail_rows_clear (AdwPreferencesGroup *group,
                           GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

AdwActionRow *
kp_plan_detail_rows_add (AdwPreferencesGroup *group,
                         GPtrArray           *rows,
                         const char          *title,
                         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
  return ADW_ACTION_ROW (row);
}

GtkWidget *
kp_plan_detail_rows_add_remove (AdwActionRow *row,
                                const char   *tooltip,
                                guint         index,
                                GCallback     callback,
                                gpointer      data)
{
  GtkWidget       *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *name = g_strconcat (gtk_widget_get_name (GTK_WIDGET (row)), "-remove", NULL);

  gtk_widget_set_name (button, name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
  g_signal_connect_swapped (button, "clicked", callback, data);
  adw_action_row_add_suffix (row, button);
  return button;
}

guint
kp_plan_detail_rows_get_index (GtkWidget *button)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
}

void
kp_plan_detail_rows_add_empty (AdwPreferencesGroup *group,
                               GPtrArray           *rows,
                               const char          *text)
{
  AdwActionRow *row = kp_plan_detail_rows_add (group, rows, text, NULL);

  gtk_widget_add_css_class (GTK_WIDGET (row), "dim-label");
}

gboolean
kp_plan_detail_report (GtkWidget    *widget,
                       const GError *error)
{
  if (error == NULL)
    return TRUE;
  gtk_widget_activate_action (widget, "plan.toast", "s", error->message);
  return FALSE;
}
