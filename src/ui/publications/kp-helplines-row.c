/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-helplines-row.h"
#include "kp-catalogue-builder.h"
#include "kp-contact-text.h"

char *
kp_helplines_row_dup_groups_text (const char *const *groups)
{
  GString *text = g_string_new (NULL);

  /* in the order of the leaflets' list, whatever the order kept */
  for (int g = KP_PUBLICATION_GROUP_SENIORS; g < KP_PUBLICATION_N_GROUPS; g++)
    if (groups != NULL && g_strv_contains (groups, kp_publication_group_to_string (g)))
      g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "",
                              kp_publication_group_get_title (g));
  if (text->len == 0)
    g_string_append (text, _ ("No leaflet, only the catalogue"));
  return g_string_free (text, FALSE);
}

GtkWidget *
kp_helplines_row_new (const KpHelpline *line,
                      guint             position)
{
  GtkWidget       *row = adw_action_row_new ();
  GtkWidget       *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *phone = kp_contact_format_phone (line->phone);
  g_autofree char *groups = kp_helplines_row_dup_groups_text ((const char *const *) line->groups);
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (line != NULL, NULL);

  if (line->hours != NULL && line->hours[0] != '\0')
    /* Translators: under a help line's name: its number, when it answers ("nonstop"), and
     * the groups whose leaflets print it */
    subtitle = g_strdup_printf (_ ("%s · %s\n%s"), phone, line->hours, groups);
  else
    /* Translators: under a help line's name: its number and the groups whose leaflets
     * print it */
    subtitle = g_strdup_printf (_ ("%s\n%s"), phone, groups);
  gtk_widget_set_name (row, "helpline-row");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), line->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _ ("Edit the line"));

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_name (remove, "helpline-remove");
  /* Translators: a button's tooltip beside a help line */
  gtk_widget_set_tooltip_text (remove, _ ("Remove the line"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "helplines.remove");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (remove),
                                          g_variant_new_uint32 (position));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}
