/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-helplines-editor.h"
#include "kp-catalogue-builder.h"
#include "kp-contact-text.h"

#define N_GROUPS (KP_PUBLICATION_N_GROUPS - KP_PUBLICATION_GROUP_SENIORS)

struct _KpHelplinesEditor
{
  GtkBox parent_instance;

  KpHelpline *original; /* (nullable) */

  AdwWindowTitle      *window_title;
  GtkWidget           *save_button;
  AdwEntryRow         *name_row;
  AdwEntryRow         *phone_row;
  AdwEntryRow         *hours_row;
  AdwEntryRow         *note_row;
  GtkLabel            *phone_error;
  AdwPreferencesGroup *groups_group;
  GtkCheckButton      *checks[N_GROUPS];
};

G_DEFINE_FINAL_TYPE (KpHelplinesEditor, kp_helplines_editor, GTK_TYPE_BOX)

enum
{
  SIGNAL_SAVE,
  SIGNAL_CANCEL,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Returns: (transfer full) (nullable): the row's text trimmed, %NULL when empty */
static char *
dup_text (AdwEntryRow *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/* Save is offered for a line with a name and a number a reader can dial; what is wrong
 * with a number typed is said under the fields. */
static void
on_entry_changed_cb (KpHelplinesEditor *self)
{
  g_autofree char *name = dup_text (self->name_row);
  g_autofree char *phone = dup_text (self->phone_row);
  g_autoptr (GError) error = NULL;
  gboolean good_phone = kp_helpline_check_phone (phone, &error);

  if (phone != NULL && !good_phone)
    {
      gtk_label_set_text (self->phone_error, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->phone_row), "error");
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->phone_row), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->phone_error), phone != NULL && !good_phone);
  gtk_widget_set_sensitive (self->save_button, name != NULL && good_phone);
}

static void
on_save_clicked_cb (KpHelplinesEditor *self)
{
  if (gtk_widget_get_sensitive (self->save_button))
    g_signal_emit (self, signals[SIGNAL_SAVE], 0);
}

static void
on_cancel_clicked_cb (KpHelplinesEditor *self)
{
  g_signal_emit (self, signals[SIGNAL_CANCEL], 0);
}

/* Focusing the form focuses the name, the first thing to type (or to change). */
static gboolean
kp_helplines_editor_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (KP_HELPLINES_EDITOR (widget)->name_row));
}

static void
add_group_rows (KpHelplinesEditor *self)
{
  for (int i = 0; i < N_GROUPS; i++)
    {
      KpPublicationGroup group = KP_PUBLICATION_GROUP_SENIORS + i;
      GtkWidget         *row = adw_action_row_new ();
      GtkWidget         *check = gtk_check_button_new ();
      g_autofree char   *name = g_strdup_printf ("helpline-group-%s",
                                                 kp_publication_group_to_string (group));

      gtk_widget_set_name (check, name);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     kp_publication_group_get_title (group));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->groups_group, row);
      self->checks[i] = GTK_CHECK_BUTTON (check);
    }
}

static void
kp_helplines_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KP_TYPE_HELPLINES_EDITOR);
  G_OBJECT_CLASS (kp_helplines_editor_parent_class)->dispose (object);
}

static void
kp_helplines_editor_finalize (GObject *object)
{
  KpHelplinesEditor *self = KP_HELPLINES_EDITOR (object);

  g_clear_pointer (&self->original, kp_helpline_free);
  G_OBJECT_CLASS (kp_helplines_editor_parent_class)->finalize (object);
}

static void
kp_helplines_editor_class_init (KpHelplinesEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_helplines_editor_dispose;
  object_class->finalize = kp_helplines_editor_finalize;
  widget_class->grab_focus = kp_helplines_editor_grab_focus;

  signals[SIGNAL_SAVE] = g_signal_new ("save", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                       NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_CANCEL] = g_signal_new ("cancel", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/publications/kp-helplines-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KpHelplinesEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, KpHelplinesEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, KpHelplinesEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, KpHelplinesEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, KpHelplinesEditor, hours_row);
  gtk_widget_class_bind_template_child (widget_class, KpHelplinesEditor, note_row);
  gtk_widget_class_bind_template_child (widget_class, KpHelplinesEditor, phone_error);
  gtk_widget_class_bind_template_child (widget_class, KpHelplinesEditor, groups_group);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
}

static void
kp_helplines_editor_init (KpHelplinesEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_group_rows (self);
}

GtkWidget *
kp_helplines_editor_new (const KpHelpline *line)
{
  KpHelplinesEditor *self = g_object_new (KP_TYPE_HELPLINES_EDITOR, NULL);

  if (line == NULL)
    {
      adw_window_title_set_title (self->window_title, _ ("New Help Line"));
      return GTK_WIDGET (self);
    }
  self->original = kp_helpline_copy (line);
  adw_window_title_set_title (self->window_title, _ ("Edit Help Line"));
  set_text (self->name_row, line->name);
  set_text (self->phone_row, line->phone);
  set_text (self->hours_row, line->hours);
  set_text (self->note_row, line->note);
  for (int i = 0; i < N_GROUPS; i++)
    gtk_check_button_set_active (
        self->checks[i], kp_helpline_serves (line, kp_publication_group_to_string (
                                                       KP_PUBLICATION_GROUP_SENIORS + i)));
  return GTK_WIDGET (self);
}

const KpHelpline *
kp_helplines_editor_get_original (KpHelplinesEditor *self)
{
  g_return_val_if_fail (KP_IS_HELPLINES_EDITOR (self), NULL);
  return self->original;
}

KpHelpline *
kp_helplines_editor_dup_line (KpHelplinesEditor *self)
{
  g_autofree char *name = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *typed = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *note = NULL;
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) groups = NULL;

  g_return_val_if_fail (KP_IS_HELPLINES_EDITOR (self), NULL);

  name = dup_text (self->name_row);
  typed = dup_text (self->phone_row);
  phone = typed != NULL ? kp_contact_format_phone (typed) : NULL;
  hours = dup_text (self->hours_row);
  note = dup_text (self->note_row);
  for (int i = 0; i < N_GROUPS; i++)
    if (gtk_check_button_get_active (self->checks[i]))
      g_strv_builder_add (builder, kp_publication_group_to_string (KP_PUBLICATION_GROUP_SENIORS + i));
  /* groups of another version of Komplan stay as they were */
  for (guint i = 0; self->original != NULL && self->original->groups[i] != NULL; i++)
    {
      KpPublicationGroup group;

      if (!kp_publication_group_from_string (self->original->groups[i], &group))
        g_strv_builder_add (builder, self->original->groups[i]);
    }
  groups = g_strv_builder_end (builder);
  return kp_helpline_new (name != NULL ? name : "", phone != NULL ? phone : "", hours, note,
                          (const char *const *) groups);
}

void
kp_helplines_editor_show_error (KpHelplinesEditor *self,
                                const char        *message)
{
  g_return_if_fail (KP_IS_HELPLINES_EDITOR (self));
  gtk_label_set_text (self->phone_error, message);
  gtk_widget_set_visible (GTK_WIDGET (self->phone_error), message != NULL);
}
