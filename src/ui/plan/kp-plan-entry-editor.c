/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-entry-editor.h"
#include "kp-czech.h"
#include "kp-error.h"

struct _KpPlanEntryEditor
{
  AdwWindow parent_instance;

  KpPlan            *plan;
  KpActionPlan      *action_plan;
  KpActionPlanEntry *entry; /* as it was when the editor opened */

  AdwEntryRow *deadline_row;
  AdwEntryRow *responsible_row;
  AdwEntryRow *note_row;
  AdwComboRow *status_row;
  AdwEntryRow *evaluation_row;
  GPtrArray   *planned_rows; /* AdwEntryRow, one per amount */
  GPtrArray   *spent_rows;
  GPtrArray   *actual_rows; /* one per indicator */
  GtkLabel    *error_label;
};

G_DEFINE_FINAL_TYPE (KpPlanEntryEditor, kp_plan_entry_editor, ADW_TYPE_WINDOW)

static AdwEntryRow *
add_entry (AdwPreferencesGroup *group,
           const char          *title,
           const char          *text,
           const char          *name)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  gtk_widget_set_name (GTK_WIDGET (row), name);
  adw_preferences_group_add (group, GTK_WIDGET (row));
  return row;
}

static AdwPreferencesGroup *
add_group (AdwPreferencesPage *page,
           const char         *title)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  adw_preferences_page_add (page, group);
  return group;
}

static char *
format_value (gboolean has,
              double   value)
{
  return has ? kp_czech_format_double (value, value == (gint64) value ? 0 : 2) : g_strdup ("");
}

/* The text of @row, stripped; %NULL when empty. */
static char *
dup_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static gboolean
refuse (KpPlanEntryEditor *self,
        AdwEntryRow       *row,
        const char        *message,
        GError           **error)
{
  gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  gtk_widget_grab_focus (GTK_WIDGET (row));
  g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID, "%s: %s",
               adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), message);
  return FALSE;
}

/* Fills @entry from the rows. */
static gboolean
read_rows (KpPlanEntryEditor *self,
           KpActionPlanEntry *entry,
           GError           **error)
{
  guint status = adw_combo_row_get_selected (self->status_row);

  g_free (entry->deadline);
  entry->deadline = dup_text (self->deadline_row);
  g_free (entry->responsible);
  entry->responsible = dup_text (self->responsible_row);
  g_free (entry->note);
  entry->note = dup_text (self->note_row);
  g_free (entry->evaluation);
  entry->evaluation = dup_text (self->evaluation_row);
  entry->has_status = status > 0 && status != GTK_INVALID_LIST_POSITION;
  entry->status = entry->has_status ? (KpActivityStatus) (status - 1) : 0;
  for (guint i = 0; i < entry->amounts->len; i++)
    {
      KpActionPlanAmount *amount = g_ptr_array_index (entry->amounts, i);
      g_autofree char    *planned = dup_text (g_ptr_array_index (self->planned_rows, i));
      g_autofree char    *spent = dup_text (g_ptr_array_index (self->spent_rows, i));

      if (!kp_parse_money (planned != NULL ? planned : "0", &amount->planned))
        return refuse (self, g_ptr_array_index (self->planned_rows, i),
                       _ ("write whole crowns, e.g. 120 000"), error);
      amount->has_spent = spent != NULL;
      if (spent != NULL && !kp_parse_money (spent, &amount->spent))
        return refuse (self, g_ptr_array_index (self->spent_rows, i),
                       _ ("write whole crowns, e.g. 120 000"), error);
    }
  for (guint i = 0; i < entry->indicators->len; i++)
    {
      KpActionPlanIndicator *indicator = g_ptr_array_index (entry->indicators, i);
      g_autofree char       *actual = dup_text (g_ptr_array_index (self->actual_rows, i));

      indicator->has_actual = actual != NULL;
      if (actual != NULL && !kp_parse_number (actual, &indicator->actual))
        return refuse (self, g_ptr_array_index (self->actual_rows, i),
                       _ ("write a number, e.g. 12 or 12,5"), error);
    }
  return TRUE;
}

static void
clear_marks (GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    gtk_widget_remove_css_class (g_ptr_array_index (rows, i), "error");
}

static void
on_save_clicked_cb (KpPlanEntryEditor *self)
{
  g_autoptr (GError) error = NULL;

  if (kp_plan_entry_editor_save (self, &error))
    {
      gtk_window_close (GTK_WINDOW (self));
      return;
    }
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static gboolean
save_shortcut (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  on_save_clicked_cb (KP_PLAN_ENTRY_EDITOR (widget));
  return TRUE;
}

static void
build_amounts (KpPlanEntryEditor  *self,
               AdwPreferencesPage *page)
{
  AdwPreferencesGroup *group;

  if (self->entry->amounts->len == 0)
    return;
  group = add_group (page, _ ("Money (whole Kč)"));
  adw_preferences_group_set_description (
      group, _ ("Leave “spent” empty until the money is accounted for."));
  for (guint i = 0; i < self->entry->amounts->len; i++)
    {
      KpActionPlanAmount *a = g_ptr_array_index (self->entry->amounts, i);
      const char         *source = kp_financing_source_get_name (a->source);
      g_autofree char    *planned = kp_czech_format_int (a->planned);
      g_autofree char    *spent = a->has_spent ? kp_czech_format_int (a->spent) : NULL;
      /* Translators: a row title, "Planned 2026 · Kraj" */
      g_autofree char *planned_title = g_strdup_printf (_ ("Planned %d · %s"), a->year, source);
      /* Translators: a row title, "Spent 2026 · Kraj" */
      g_autofree char *spent_title = g_strdup_printf (_ ("Spent %d · %s"), a->year, source);
      g_autofree char *planned_name = g_strdup_printf ("plan-entry-planned-%u", i);
      g_autofree char *spent_name = g_strdup_printf ("plan-entry-spent-%u", i);

      g_ptr_array_add (self->planned_rows, add_entry (group, planned_title, planned, planned_name));
      g_ptr_array_add (self->spent_rows, add_entry (group, spent_title, spent, spent_name));
    }
}

static void
build_indicators (KpPlanEntryEditor  *self,
                  AdwPreferencesPage *page)
{
  AdwPreferencesGroup *group;

  if (self->entry->indicators->len == 0)
    return;
  group = add_group (page, _ ("Indicators: actual values"));
  for (guint i = 0; i < self->entry->indicators->len; i++)
    {
      KpActionPlanIndicator *n = g_ptr_array_index (self->entry->indicators, i);
      g_autofree char       *actual = format_value (n->has_actual, n->actual);
      g_autofree char       *target = format_value (n->has_target, n->target);
      g_autofree char       *name = g_strdup_printf ("plan-entry-actual-%u", i);
      /* Translators: a row title, "Klienti (počet), target 20" */
      g_autofree char *title = g_strdup_printf (_ ("%s (%s), target %s"), n->name,
                                                n->unit != NULL ? n->unit : "",
                                                *target != '\0' ? target : "–");

      g_ptr_array_add (self->actual_rows, add_entry (group, title, actual, name));
    }
}

static void
build (KpPlanEntryEditor *self)
{
  const KpActionPlanData *d = kp_action_plan_get_data (self->action_plan);
  GtkWidget              *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget              *header = adw_header_bar_new ();
  GtkWidget              *cancel = gtk_button_new_with_mnemonic (_ ("_Cancel"));
  GtkWidget              *save = gtk_button_new_with_mnemonic (_ ("_Save"));
  GtkWidget              *title = adw_window_title_new (NULL, NULL);
  AdwPreferencesPage     *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup    *group;
  g_autoptr (GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autofree char *heading = g_strdup_printf ("%s %s", self->entry->code, self->entry->title);
  g_autofree char *subtitle = d->year_from == d->year_to
                                  ? g_strdup_printf (_ ("Action plan %d"), d->year_from)
                                  : g_strdup_printf (_ ("Action plan %d–%d"), d->year_from,
                                                     d->year_to);

  gtk_window_set_title (GTK_WINDOW (self), heading);
  adw_window_title_set_title (ADW_WINDOW_TITLE (title), heading);
  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (title), subtitle);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_close), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_widget_set_name (save, "plan-entry-save");
  gtk_widget_set_tooltip_text (save, _ ("Save (Ctrl+Enter)"));
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (on_save_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (box), header);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_widget_set_name (GTK_WIDGET (self->error_label), "plan-entry-error");
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_margin_top (GTK_WIDGET (self->error_label), 6);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));

  group = add_group (page, _ ("Monitoring"));
  gtk_string_list_append (statuses, _ ("Not given"));
  for (guint i = 0; i < KP_N_ACTIVITY_STATUSES; i++)
    gtk_string_list_append (statuses, kp_activity_status_get_name (i));
  self->status_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), _ ("State"));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  adw_combo_row_set_selected (self->status_row,
                              self->entry->has_status ? self->entry->status + 1 : 0);
  gtk_widget_set_name (GTK_WIDGET (self->status_row), "plan-entry-status");
  adw_preferences_group_add (group, GTK_WIDGET (self->status_row));
  self->evaluation_row = add_entry (group, _ ("_Evaluation"), self->entry->evaluation,
                                    "plan-entry-evaluation");

  group = add_group (page, _ ("In this action plan"));
  self->deadline_row = add_entry (group, _ ("_Deadline"), self->entry->deadline,
                                  "plan-entry-deadline");
  self->responsible_row = add_entry (group, _ ("_Responsible person"), self->entry->responsible,
                                     "plan-entry-responsible");
  self->note_row = add_entry (group, _ ("_Note"), self->entry->note, "plan-entry-note");
  build_amounts (self, page);
  build_indicators (self, page);

  gtk_widget_set_vexpand (GTK_WIDGET (page), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (page));
  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
kp_plan_entry_editor_dispose (GObject *object)
{
  KpPlanEntryEditor *self = KP_PLAN_ENTRY_EDITOR (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->action_plan);
  g_clear_pointer (&self->entry, kp_action_plan_entry_free);
  g_clear_pointer (&self->planned_rows, g_ptr_array_unref);
  g_clear_pointer (&self->spent_rows, g_ptr_array_unref);
  g_clear_pointer (&self->actual_rows, g_ptr_array_unref);
  G_OBJECT_CLASS (kp_plan_entry_editor_parent_class)->dispose (object);
}

static void
kp_plan_entry_editor_class_init (KpPlanEntryEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_plan_entry_editor_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, save_shortcut,
                                NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, save_shortcut,
                                NULL);
}

static void
kp_plan_entry_editor_init (KpPlanEntryEditor *self)
{
  self->planned_rows = g_ptr_array_new ();
  self->spent_rows = g_ptr_array_new ();
  self->actual_rows = g_ptr_array_new ();
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 680);
}

GtkWidget *
kp_plan_entry_editor_new (KpPlan       *plan,
                          KpActionPlan *action_plan,
                          const char   *item_uid)
{
  const KpActionPlanData *d;
  KpPlanEntryEditor      *self;

  g_return_val_if_fail (KP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (KP_IS_ACTION_PLAN (action_plan), NULL);
  g_return_val_if_fail (item_uid != NULL, NULL);

  self = g_object_new (KP_TYPE_PLAN_ENTRY_EDITOR, NULL);
  self->plan = g_object_ref (plan);
  self->action_plan = g_object_ref (action_plan);
  d = kp_action_plan_get_data (action_plan);
  for (guint i = 0; i < d->entries->len && self->entry == NULL; i++)
    {
      KpActionPlanEntry *e = g_ptr_array_index (d->entries, i);

      if (g_strcmp0 (e->item_uid, item_uid) == 0)
        self->entry = kp_action_plan_entry_copy (e);
    }
  if (self->entry == NULL)
    {
      self->entry = kp_action_plan_entry_new ();
      self->entry->item_uid = g_strdup (item_uid);
      self->entry->code = g_strdup ("");
      self->entry->title = g_strdup (item_uid);
    }
  build (self);
  return GTK_WIDGET (self);
}

gboolean
kp_plan_entry_editor_save (KpPlanEntryEditor *self,
                           GError           **error)
{
  g_autoptr (KpActionPlanEntry) entry = NULL;

  g_return_val_if_fail (KP_IS_PLAN_ENTRY_EDITOR (self), FALSE);

  clear_marks (self->planned_rows);
  clear_marks (self->spent_rows);
  clear_marks (self->actual_rows);
  entry = kp_action_plan_entry_copy (self->entry);
  if (!read_rows (self, entry, error))
    return FALSE;
  return kp_plan_update_action_plan_entry (self->plan, self->action_plan, entry, error);
}
