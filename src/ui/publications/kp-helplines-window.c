/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-helplines-window.h"
#include "kp-error-dialog.h"
#include "kp-error.h"
#include "kp-helplines-editor.h"
#include "kp-helplines-row.h"
#include "kp-publications.h"

struct _KpHelplinesWindow
{
  AdwPreferencesWindow parent_instance;

  KpProject      *project;
  KpPublications *publications; /* the project's */
  GPtrArray      *lines;        /* KpHelpline, as the list shows them */
  GtkWidget      *editor;       /* (nullable) the form shown */

  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (KpHelplinesWindow, kp_helplines_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
show_toast (KpHelplinesWindow *self,
            const char        *title,
            gboolean           undo)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  AdwToast        *toast = adw_toast_new (escaped);

  if (undo)
    {
      adw_toast_set_button_label (toast, _ ("_Undo"));
      adw_toast_set_action_name (toast, "helplines.undo");
    }
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

static void
clear_list (KpHelplinesWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
}

/* Shows the project's lines as they are now. */
static void
reload (KpHelplinesWindow *self)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *lines = kp_publications_dup_helplines (self->publications, &error);

  if (lines == NULL)
    {
      show_toast (self, error->message, FALSE);
      return;
    }
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  self->lines = lines;
  clear_list (self);
  for (guint i = 0; i < lines->len; i++)
    gtk_list_box_append (self->list, kp_helplines_row_new (g_ptr_array_index (lines, i), i));
}

static void
on_project_changed_cb (KpHelplinesWindow *self,
                       KpChanges         *changes)
{
  if (kp_changes_has_table (changes, "helpline"))
    reload (self);
}

/* Returns: (transfer full): a copy of the lines shown */
static GPtrArray *
copy_lines (KpHelplinesWindow *self)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_helpline_free);

  for (guint i = 0; i < self->lines->len; i++)
    g_ptr_array_add (lines, kp_helpline_copy (g_ptr_array_index (self->lines, i)));
  return lines;
}

static gboolean
same_line (const KpHelpline *a,
           const KpHelpline *b)
{
  return g_strcmp0 (a->name, b->name) == 0 && g_strcmp0 (a->phone, b->phone) == 0 &&
         g_strcmp0 (a->hours, b->hours) == 0 && g_strcmp0 (a->note, b->note) == 0 &&
         g_strv_equal ((const char *const *) a->groups, (const char *const *) b->groups);
}

static void
close_editor (KpHelplinesWindow *self)
{
  if (self->editor == NULL)
    return;
  self->editor = NULL;
  adw_preferences_window_close_subpage (ADW_PREFERENCES_WINDOW (self));
}

/* Keeps the form's line in place of the line it edits (where that is now: the list may have
 * changed meanwhile, by an undo), or at the end for a new one. */
static void
on_editor_save_cb (KpHelplinesWindow *self,
                   KpHelplinesEditor *editor)
{
  g_autoptr (GPtrArray) lines = copy_lines (self);
  g_autoptr (GError) error = NULL;
  const KpHelpline *original = kp_helplines_editor_get_original (editor);
  KpHelpline       *line = kp_helplines_editor_dup_line (editor);
  guint             position = lines->len;

  for (guint i = 0; original != NULL && i < lines->len; i++)
    if (same_line (g_ptr_array_index (lines, i), original))
      {
        position = i;
        break;
      }
  if (position < lines->len)
    {
      kp_helpline_free (g_ptr_array_index (lines, position));
      g_ptr_array_index (lines, position) = line;
    }
  else
    g_ptr_array_add (lines, line);
  if (!kp_publications_set_helplines (self->publications, lines, &error))
    {
      kp_helplines_editor_show_error (editor, error->message);
      return;
    }
  close_editor (self);
}

static void
on_editor_cancel_cb (KpHelplinesWindow *self)
{
  close_editor (self);
}

static void
open_editor (KpHelplinesWindow *self,
             const KpHelpline  *line)
{
  self->editor = kp_helplines_editor_new (line);
  g_signal_connect_object (self->editor, "save", G_CALLBACK (on_editor_save_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->editor, "cancel", G_CALLBACK (on_editor_cancel_cb), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_window_present_subpage (ADW_PREFERENCES_WINDOW (self), self->editor);
  gtk_widget_grab_focus (self->editor);
}

static void
on_list_row_activated_cb (KpHelplinesWindow *self,
                          GtkListBoxRow     *row)
{
  int position = gtk_list_box_row_get_index (row);

  if (position >= 0 && position < (int) self->lines->len)
    open_editor (self, g_ptr_array_index (self->lines, position));
}

static void
helplines_add_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  open_editor (KP_HELPLINES_WINDOW (widget), NULL);
}

static void
helplines_remove_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  KpHelplinesWindow *self = KP_HELPLINES_WINDOW (widget);
  guint              position = g_variant_get_uint32 (parameter);
  g_autoptr (GPtrArray) lines = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (position >= self->lines->len)
    return;
  lines = copy_lines (self);
  name = g_strdup (((KpHelpline *) g_ptr_array_index (lines, position))->name);
  g_ptr_array_remove_index (lines, position);
  if (!kp_publications_set_helplines (self->publications, lines, &error))
    {
      show_toast (self, error->message, FALSE);
      return;
    }
  /* Translators: a toast; %s is the name of a help line */
  title = g_strdup_printf (_ ("“%s” removed"), name);
  show_toast (self, title, TRUE);
}

static void
on_reset_response_cb (KpHelplinesWindow *self,
                      const char        *response)
{
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "reset") != 0)
    return;
  if (!kp_publications_reset_helplines (self->publications, &error))
    {
      show_toast (self, error->message, FALSE);
      return;
    }
  show_toast (self, _ ("National help lines restored"), TRUE);
}

static void
helplines_reset_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KpHelplinesWindow *self = KP_HELPLINES_WINDOW (widget);
  GtkWindow         *dialog;

  dialog = kp_confirm_dialog_show (GTK_WINDOW (self), _ ("Restore the National Help Lines?"),
                                   _ ("The list will hold the lines Komplan comes with, as "
                                      "checked with their operators. Lines you added or "
                                      "changed are left out; Ctrl+Z brings them back."),
                                   "reset", _ ("_Restore"), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reset_response_cb), self,
                           G_CONNECT_SWAPPED);
}

/* helplines.undo and helplines.redo: the project's, as Ctrl+Z in the main window. */
static void
helplines_history_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  KpHelplinesWindow *self = KP_HELPLINES_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  gboolean undo = g_str_equal (action_name, "helplines.undo");

  if (undo ? kp_project_undo (self->project, &error) : kp_project_redo (self->project, &error))
    return;
  if (!g_error_matches (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOTHING_TO_UNDO))
    show_toast (self, error->message, FALSE);
}

static void
kp_helplines_window_dispose (GObject *object)
{
  KpHelplinesWindow *self = KP_HELPLINES_WINDOW (object);

  self->editor = NULL;
  self->publications = NULL;
  g_clear_object (&self->project);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_HELPLINES_WINDOW);
  G_OBJECT_CLASS (kp_helplines_window_parent_class)->dispose (object);
}

static void
kp_helplines_window_finalize (GObject *object)
{
  KpHelplinesWindow *self = KP_HELPLINES_WINDOW (object);

  g_clear_pointer (&self->lines, g_ptr_array_unref);
  G_OBJECT_CLASS (kp_helplines_window_parent_class)->finalize (object);
}

static void
kp_helplines_window_class_init (KpHelplinesWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_helplines_window_dispose;
  object_class->finalize = kp_helplines_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/publications/kp-helplines-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KpHelplinesWindow, list);
  gtk_widget_class_bind_template_callback (widget_class, on_list_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "helplines.add", NULL, helplines_add_action);
  gtk_widget_class_install_action (widget_class, "helplines.remove", "u",
                                   helplines_remove_action);
  gtk_widget_class_install_action (widget_class, "helplines.reset", NULL, helplines_reset_action);
  gtk_widget_class_install_action (widget_class, "helplines.undo", NULL,
                                   helplines_history_action);
  gtk_widget_class_install_action (widget_class, "helplines.redo", NULL,
                                   helplines_history_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "helplines.undo",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "helplines.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "helplines.redo", NULL);
}

static void
kp_helplines_window_init (KpHelplinesWindow *self)
{
  GtkWidget *empty;

  gtk_widget_init_template (GTK_WIDGET (self));
  empty = gtk_label_new (_ ("No help line: the documents print none"));
  gtk_widget_set_margin_top (empty, 12);
  gtk_widget_set_margin_bottom (empty, 12);
  gtk_widget_add_css_class (empty, "dim-label");
  gtk_list_box_set_placeholder (self->list, empty);
}

GtkWidget *
kp_helplines_window_new (KpProject *project,
                         GtkWindow *parent)
{
  KpHelplinesWindow *self;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (KP_TYPE_HELPLINES_WINDOW, "transient-for", parent, NULL);
  self->project = g_object_ref (project);
  self->publications = kp_project_get_publications (project);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);
  reload (self);
  return GTK_WIDGET (self);
}
