/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-service-local-editor.h"

/* The kinds a local service can have, in the order of the combo row. */
static const KpServiceLocalKind kinds[] = {
  KP_SERVICE_LOCAL_HEALTH,
  KP_SERVICE_LOCAL_AUTHORITY,
  KP_SERVICE_LOCAL_CRISIS_LINE,
  KP_SERVICE_LOCAL_COMMUNITY,
  KP_SERVICE_LOCAL_OTHER,
};

typedef enum
{
  FIELD_NAME,
  FIELD_PROVIDER,
  FIELD_ADDRESS,
  FIELD_PHONE,
  FIELD_EMAIL,
  FIELD_WEB,
  N_FIELDS
} Field;

struct _KpServiceLocalEditor
{
  KpServiceEditor parent_instance;

  AdwComboRow *kind_row;
  AdwEntryRow *rows[N_FIELDS];
  gboolean     updating;
};

G_DEFINE_FINAL_TYPE (KpServiceLocalEditor, kp_service_local_editor, KP_TYPE_SERVICE_EDITOR)

static KpService *
get_service (KpServiceLocalEditor *self)
{
  return kp_service_editor_get_service (KP_SERVICE_EDITOR (self));
}

static KpServiceNetwork *
get_network (KpServiceLocalEditor *self)
{
  return kp_service_editor_get_network (KP_SERVICE_EDITOR (self));
}

static void
toast (KpServiceLocalEditor *self,
       const char           *message)
{
  kp_service_editor_toast (KP_SERVICE_EDITOR (self), message);
}

static const KpServiceContactKind field_contact[] = {
  [FIELD_PHONE] = KP_SERVICE_CONTACT_PHONE,
  [FIELD_EMAIL] = KP_SERVICE_CONTACT_EMAIL,
  [FIELD_WEB] = KP_SERVICE_CONTACT_WEB,
};

static const char *
first_contact (KpService           *service,
               KpServiceContactKind kind)
{
  GPtrArray *contacts = kp_service_get_contacts (service);

  for (guint i = 0; i < contacts->len; i++)
    {
      KpServiceContact *c = g_ptr_array_index (contacts, i);

      if (!c->provider && c->kind == kind)
        return c->value;
    }
  return NULL;
}

static const char *
field_value (KpServiceLocalEditor *self,
             Field                 field)
{
  switch (field)
    {
    case FIELD_NAME:
      return kp_service_get_name (get_service (self));
    case FIELD_PROVIDER:
      return kp_service_get_provider_name (get_service (self));
    case FIELD_ADDRESS:
      return kp_service_get_provider_address (get_service (self));
    case FIELD_PHONE:
    case FIELD_EMAIL:
    case FIELD_WEB:
      return first_contact (get_service (self), field_contact[field]);
    case N_FIELDS:
    default:
      g_assert_not_reached ();
    }
}

static void
update (KpServiceLocalEditor *self)
{
  if (get_service (self) == NULL || !kp_service_get_is_local (get_service (self)))
    return;
  self->updating = TRUE;
  for (guint i = 0; i < N_FIELDS; i++)
    {
      const char *value = field_value (self, i);

      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->rows[i])), value ? value : "") != 0)
        gtk_editable_set_text (GTK_EDITABLE (self->rows[i]), value != NULL ? value : "");
    }
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i] == kp_service_get_local_kind (get_service (self)))
      adw_combo_row_set_selected (self->kind_row, i);
  self->updating = FALSE;
}

static void
on_row_apply_cb (AdwEntryRow          *row,
                 KpServiceLocalEditor *self)
{
  Field       field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "field"));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr (GError) error = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  gboolean         ok = TRUE;

  if (self->updating || get_service (self) == NULL)
    return;
  switch (field)
    {
    case FIELD_NAME:
      if (*stripped == '\0')
        {
          toast (self, _ ("A service needs a name"));
          update (self);
          return;
        }
      ok = kp_service_network_set_text (get_network (self), get_service (self), KP_SERVICE_TEXT_NAME,
                                        text, &error);
      break;
    case FIELD_PROVIDER:
      ok = kp_service_network_set_text (get_network (self), get_service (self),
                                        KP_SERVICE_TEXT_PROVIDER_NAME, text, &error);
      break;
    case FIELD_ADDRESS:
      ok = kp_service_network_set_text (get_network (self), get_service (self),
                                        KP_SERVICE_TEXT_PROVIDER_ADDRESS, text, &error);
      break;
    case FIELD_PHONE:
    case FIELD_EMAIL:
    case FIELD_WEB:
      kp_service_local_editor_set_contact (self, field_contact[field], text);
      return;
    case N_FIELDS:
    default:
      g_assert_not_reached ();
    }
  if (!ok)
    {
      toast (self, error->message);
      update (self);
    }
}

static void
on_kind_selected_cb (KpServiceLocalEditor *self)
{
  guint position = adw_combo_row_get_selected (self->kind_row);
  g_autoptr (GError) error = NULL;

  if (self->updating || get_service (self) == NULL || position >= G_N_ELEMENTS (kinds) ||
      kinds[position] == kp_service_get_local_kind (get_service (self)))
    return;
  if (!kp_service_network_set_local_kind (get_network (self), get_service (self), kinds[position],
                                          &error))
    {
      toast (self, error->message);
      update (self);
    }
}

static void
kp_service_local_editor_update (KpServiceEditor *editor)
{
  update (KP_SERVICE_LOCAL_EDITOR (editor));
}

static void
kp_service_local_editor_class_init (KpServiceLocalEditorClass *klass)
{
  KP_SERVICE_EDITOR_CLASS (klass)->update = kp_service_local_editor_update;
}

static void
kp_service_local_editor_init (KpServiceLocalEditor *self)
{
  const char *titles[N_FIELDS] = {
    [FIELD_NAME] = _ ("Name"),
    [FIELD_PROVIDER] = _ ("Provided by"),
    [FIELD_ADDRESS] = _ ("Address"),
    [FIELD_PHONE] = _ ("Phone"),
    [FIELD_EMAIL] = _ ("E-mail"),
    [FIELD_WEB] = _ ("Web"),
  };
  const char *names[N_FIELDS] = {
    [FIELD_NAME] = "local-name",
    [FIELD_PROVIDER] = "local-provider",
    [FIELD_ADDRESS] = "local-address",
    [FIELD_PHONE] = "local-phone",
    [FIELD_EMAIL] = "local-email",
    [FIELD_WEB] = "local-web",
  };
  g_autoptr (GtkStringList) kind_labels = gtk_string_list_new (NULL);
  GtkWidget *heading = gtk_label_new (_ ("Related Service"));
  GtkWidget *list = gtk_list_box_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (kind_labels, kp_service_local_kind_get_label (kinds[i]));
  self->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), _ ("Kind"));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_labels));
  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (on_kind_selected_cb),
                            self);

  for (guint i = 0; i < N_FIELDS; i++)
    {
      self->rows[i] = ADW_ENTRY_ROW (adw_entry_row_new ());
      gtk_widget_set_name (GTK_WIDGET (self->rows[i]), names[i]);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rows[i]), titles[i]);
      adw_entry_row_set_show_apply_button (self->rows[i], TRUE);
      g_object_set_data (G_OBJECT (self->rows[i]), "field", GUINT_TO_POINTER (i));
      g_signal_connect (self->rows[i], "apply", G_CALLBACK (on_row_apply_cb), self);
      gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->rows[i]));
      if (i == FIELD_NAME)
        gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->kind_row));
    }
  adw_entry_row_set_input_purpose (self->rows[FIELD_PHONE], GTK_INPUT_PURPOSE_PHONE);
  adw_entry_row_set_input_purpose (self->rows[FIELD_EMAIL], GTK_INPUT_PURPOSE_EMAIL);
  adw_entry_row_set_input_purpose (self->rows[FIELD_WEB], GTK_INPUT_PURPOSE_URL);

  gtk_box_append (GTK_BOX (self), heading);
  gtk_box_append (GTK_BOX (self), list);
}

GtkWidget *
kp_service_local_editor_new (KpProject *project)
{
  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  return g_object_new (KP_TYPE_SERVICE_LOCAL_EDITOR, "project", project, NULL);
}

gboolean
kp_service_local_editor_set_contact (KpServiceLocalEditor *self,
                                     KpServiceContactKind  kind,
                                     const char           *value)
{
  g_autoptr (GPtrArray) contacts = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  GPtrArray       *old;
  gboolean         replaced = FALSE;

  g_return_val_if_fail (KP_IS_SERVICE_LOCAL_EDITOR (self), FALSE);
  g_return_val_if_fail (get_service (self) != NULL, FALSE);

  text = g_strstrip (g_strdup (value != NULL ? value : ""));
  old = kp_service_get_contacts (get_service (self));
  contacts = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_service_contact_free);
  for (guint i = 0; i < old->len; i++)
    {
      KpServiceContact *c = g_ptr_array_index (old, i);

      if (!replaced && !c->provider && c->kind == kind)
        {
          replaced = TRUE;
          if (g_strcmp0 (c->value, text) == 0)
            return TRUE;
          if (*text != '\0')
            g_ptr_array_add (contacts, kp_service_contact_new (FALSE, kind, text, c->note));
          continue;
        }
      g_ptr_array_add (contacts, kp_service_contact_copy (c));
    }
  if (!replaced)
    {
      if (*text == '\0')
        return TRUE;
      g_ptr_array_add (contacts, kp_service_contact_new (FALSE, kind, text, NULL));
    }
  if (!kp_service_network_set_local_contacts (get_network (self), get_service (self), contacts, &error))
    {
      toast (self, error->message);
      update (self);
      return FALSE;
    }
  return TRUE;
}
