/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-service-scope-editor.h"
#include "kp-czech.h"

#include <math.h>
#include <string.h>

struct _KpServiceScopeEditor
{
  KpServiceEditor parent_instance;

  GtkListBox    *list;
  GtkDropDown   *add_dropdown;
  GtkStringList *add_codes; /* kódy obcí in the order of the dropdown */
  gboolean       rebuilding;
};

G_DEFINE_FINAL_TYPE (KpServiceScopeEditor, kp_service_scope_editor, KP_TYPE_SERVICE_EDITOR)

static KpService *
get_service (KpServiceScopeEditor *self)
{
  return kp_service_editor_get_service (KP_SERVICE_EDITOR (self));
}

static KpServiceNetwork *
get_network (KpServiceScopeEditor *self)
{
  return kp_service_editor_get_network (KP_SERVICE_EDITOR (self));
}

static void rebuild (KpServiceScopeEditor *self);

static void
toast_error (KpServiceScopeEditor *self,
             GError               *error)
{
  kp_service_editor_toast (KP_SERVICE_EDITOR (self), error->message);
}

static const char *
obec_name (KpServiceScopeEditor *self,
           const char           *kod)
{
  GListModel *obce = kp_project_get_obce (kp_service_editor_get_project (KP_SERVICE_EDITOR (self)));

  for (guint i = 0; i < g_list_model_get_n_items (obce); i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);

      if (g_strcmp0 (kp_obec_get_kod (obec), kod) == 0)
        return kp_obec_get_nazev (obec); /* the project's model keeps it alive */
    }
  return kod;
}

static const KpServiceScope *
find_scope (KpServiceScopeEditor *self,
            const char           *obec_kod)
{
  GPtrArray *scope = kp_service_get_scope (get_service (self));

  for (guint i = 0; i < scope->len; i++)
    {
      KpServiceScope *s = g_ptr_array_index (scope, i);

      if (g_strcmp0 (s->obec_kod, obec_kod) == 0)
        return s;
    }
  return NULL;
}

static char *
format_share (double share)
{
  return share < 0 ? g_strdup ("") : kp_czech_format_double (share, share == floor (share) ? 0 : 1);
}

static void
on_share_entry_commit_cb (GtkWidget            *entry,
                          KpServiceScopeEditor *self)
{
  const char *kod = g_object_get_data (G_OBJECT (entry), "obec-kod");

  if (self->rebuilding || get_service (self) == NULL || kod == NULL)
    return;
  kp_service_scope_editor_commit_share (self, kod, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_share_focus_leave_cb (GtkEventControllerFocus *controller,
                         KpServiceScopeEditor    *self)
{
  on_share_entry_commit_cb (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)),
                            self);
}

static void
on_remove_clicked_cb (GtkButton            *button,
                      KpServiceScopeEditor *self)
{
  const char *kod = g_object_get_data (G_OBJECT (button), "obec-kod");
  g_autoptr (GError) error = NULL;
  g_autofree char *code = g_strdup (kod);

  if (!kp_service_network_remove_scope (get_network (self), get_service (self), code, &error))
    toast_error (self, error);
}

static void
on_add_clicked_cb (KpServiceScopeEditor *self)
{
  guint       position = gtk_drop_down_get_selected (self->add_dropdown);
  const char *kod;
  g_autoptr (GError) error = NULL;
  g_autofree char *code = NULL;

  if (self->add_codes == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->add_codes)))
    return;
  kod = gtk_string_list_get_string (self->add_codes, position);
  code = g_strdup (kod);
  if (!kp_service_network_set_scope (get_network (self), get_service (self), code, -1, &error))
    toast_error (self, error);
}

static GtkWidget *
scope_row (KpServiceScopeEditor *self,
           KpServiceScope       *scope)
{
  GtkWidget          *row = adw_action_row_new ();
  GtkWidget          *entry = gtk_entry_new ();
  GtkWidget          *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkEventController *focus = gtk_event_controller_focus_new ();
  g_autofree char    *share = format_share (scope->share);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), obec_name (self, scope->obec_kod));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), scope->obec_kod);

  g_object_set_data_full (G_OBJECT (entry), "obec-kod", g_strdup (scope->obec_kod), g_free);
  gtk_editable_set_text (GTK_EDITABLE (entry), share);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 5);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 6);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
  gtk_entry_set_alignment (GTK_ENTRY (entry), 1.0);
  /* Translators: shown in an empty share of capacity */
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _ ("share"));
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (entry, _ ("Share of the capacity for this obec in per cent; "
                                         "leave empty when not known"));
  gtk_widget_add_css_class (entry, "numeric");
  g_signal_connect (entry, "activate", G_CALLBACK (on_share_entry_commit_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_share_focus_leave_cb), self);
  gtk_widget_add_controller (entry, focus);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new ("%"));

  g_object_set_data_full (G_OBJECT (remove), "obec-kod", g_strdup (scope->obec_kod), g_free);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _ ("Remove the obec from the scope"));
  gtk_widget_add_css_class (remove, "flat");
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static GtkWidget *
add_row (KpServiceScopeEditor *self)
{
  GtkWidget  *row = adw_action_row_new ();
  GtkWidget  *button = gtk_button_new_with_mnemonic (_ ("_Add"));
  GListModel *obce = kp_project_get_obce (kp_service_editor_get_project (KP_SERVICE_EDITOR (self)));
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);

  g_clear_object (&self->add_codes);
  self->add_codes = gtk_string_list_new (NULL);
  for (guint i = 0; i < g_list_model_get_n_items (obce); i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);

      if (find_scope (self, kp_obec_get_kod (obec)) != NULL)
        continue;
      gtk_string_list_append (names, kp_obec_get_nazev (obec));
      gtk_string_list_append (self->add_codes, kp_obec_get_kod (obec));
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _ ("Add an obec"));
  self->add_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL));
  gtk_widget_set_name (GTK_WIDGET (self->add_dropdown), "scope-add-obec");
  gtk_widget_set_valign (GTK_WIDGET (self->add_dropdown), GTK_ALIGN_CENTER);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (button, g_list_model_get_n_items (G_LIST_MODEL (names)) > 0);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_add_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->add_dropdown));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
rebuild (KpServiceScopeEditor *self)
{
  GtkWidget *child;
  GPtrArray *scope;

  self->rebuilding = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  self->add_dropdown = NULL;
  self->rebuilding = FALSE;
  if (get_service (self) == NULL)
    return;

  scope = kp_service_get_scope (get_service (self));
  for (guint i = 0; i < scope->len; i++)
    gtk_list_box_append (self->list, scope_row (self, g_ptr_array_index (scope, i)));
  gtk_list_box_append (self->list, add_row (self));
}

static void
kp_service_scope_editor_update (KpServiceEditor *editor)
{
  rebuild (KP_SERVICE_SCOPE_EDITOR (editor));
}

static void
kp_service_scope_editor_dispose (GObject *object)
{
  KpServiceScopeEditor *self = KP_SERVICE_SCOPE_EDITOR (object);

  g_clear_object (&self->add_codes);
  G_OBJECT_CLASS (kp_service_scope_editor_parent_class)->dispose (object);
}

static void
kp_service_scope_editor_class_init (KpServiceScopeEditorClass *klass)
{
  KpServiceEditorClass *editor_class = KP_SERVICE_EDITOR_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_service_scope_editor_dispose;
  editor_class->follows = "notify::scope";
  editor_class->update = kp_service_scope_editor_update;
}

static void
kp_service_scope_editor_init (KpServiceScopeEditor *self)
{
  GtkWidget *heading = gtk_label_new (_ ("Territorial Scope"));
  GtkWidget *note = gtk_label_new (_ ("The obce the service works for, with the share of its "
                                      "capacity for each when it is known."));

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_widget_add_css_class (note, "dim-label");
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_set_name (GTK_WIDGET (self->list), "service-scope-list");
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_box_append (GTK_BOX (self), heading);
  gtk_box_append (GTK_BOX (self), note);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->list));
}

GtkWidget *
kp_service_scope_editor_new (KpProject *project)
{
  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  return g_object_new (KP_TYPE_SERVICE_SCOPE_EDITOR, "project", project, NULL);
}

gboolean
kp_service_scope_editor_commit_share (KpServiceScopeEditor *self,
                                      const char           *obec_kod,
                                      const char           *text)
{
  g_autoptr (GError) error = NULL;
  g_autofree char      *number = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char      *code = g_strdup (obec_kod);
  double                share = -1;
  char                 *end = NULL;
  const KpServiceScope *old;

  g_return_val_if_fail (KP_IS_SERVICE_SCOPE_EDITOR (self), FALSE);
  g_return_val_if_fail (get_service (self) != NULL, FALSE);

  if (*number != '\0')
    {
      g_strdelimit (number, ",", '.');
      g_strdelimit (number, "%", ' ');
      share = g_ascii_strtod (number, &end);
      while (end != NULL && g_ascii_isspace (*end))
        end++;
      if (end == number || (end != NULL && *end != '\0') || share < 0 || share > 100 || isnan (share))
        {
          kp_service_editor_toast (KP_SERVICE_EDITOR (self),
                                   _ ("The share must be a number from 0 to 100"));
          rebuild (self);
          return FALSE;
        }
    }
  old = find_scope (self, code);
  if (old != NULL && fabs (old->share - share) < 1e-9)
    return TRUE;
  if (!kp_service_network_set_scope (get_network (self), get_service (self), code, share, &error))
    {
      toast_error (self, error);
      rebuild (self);
      return FALSE;
    }
  return TRUE;
}
