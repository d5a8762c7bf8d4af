/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-comment-editor.h"
#include "kp-czech.h"
#include "kp-error.h"

struct _KpPlanCommentEditor
{
  AdwWindow parent_instance;

  KpPlan            *plan;
  KpPlanComment     *comment; /* nullable: a new comment */
  KpPlanCommentData *data;    /* as it was when the editor opened */
  GPtrArray         *targets; /* TargetChoice, what the target row offers */

  GtkSwitch     *public_switch;
  AdwEntryRow   *author_row;
  AdwEntryRow   *date_row;
  AdwComboRow   *target_row;
  GtkTextBuffer *text;
  AdwComboRow   *settlement_row;
  AdwEntryRow   *reason_row;
  AdwEntryRow   *change_row;
  GtkLabel      *error_label;
};

typedef struct
{
  KpPlanCommentTarget kind;
  char               *uid;
} TargetChoice;

G_DEFINE_FINAL_TYPE (KpPlanCommentEditor, kp_plan_comment_editor, ADW_TYPE_WINDOW)

static void
target_choice_free (TargetChoice *choice)
{
  g_free (choice->uid);
  g_free (choice);
}

static void
add_target (KpPlanCommentEditor *self,
            GtkStringList       *names,
            KpPlanCommentTarget  kind,
            const char          *uid,
            const char          *name)
{
  TargetChoice *choice = g_new0 (TargetChoice, 1);

  choice->kind = kind;
  choice->uid = g_strdup (uid);
  g_ptr_array_add (self->targets, choice);
  gtk_string_list_append (names, name);
}

static void
add_items (KpPlanCommentEditor *self,
           GtkStringList       *names,
           GListModel          *items)
{
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpPlanItem) item = g_list_model_get_item (items, i);
      g_autofree char *name = g_strdup_printf ("%s %s", kp_plan_item_get_code (item),
                                               kp_plan_item_get_title (item));

      add_target (self, names, KP_PLAN_COMMENT_ITEM, kp_plan_item_get_uid (item), name);
      add_items (self, names, kp_plan_item_get_children (item));
    }
}

/* The whole plan, its chapters, then its items in tree order. Returns: the position of
 * what the comment is on (0, the whole plan, when it is gone). */
static guint
fill_targets (KpPlanCommentEditor *self,
              GtkStringList       *names)
{
  GListModel *chapters = kp_plan_get_chapters (self->plan);
  guint       n = g_list_model_get_n_items (chapters);

  add_target (self, names, KP_PLAN_COMMENT_PLAN, NULL, _ ("The whole plan"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpPlanChapter) chapter = g_list_model_get_item (chapters, i);
      /* Translators: what a comment is on, "Chapter: Úvod" */
      g_autofree char *name = g_strdup_printf (_ ("Chapter: %s"), kp_plan_chapter_get_title (chapter));

      add_target (self, names, KP_PLAN_COMMENT_CHAPTER, kp_plan_chapter_get_data (chapter)->uid,
                  name);
    }
  add_items (self, names, kp_plan_get_items (self->plan));
  for (guint i = 1; i < self->targets->len; i++)
    {
      TargetChoice *choice = g_ptr_array_index (self->targets, i);

      if (choice->kind == self->data->target_kind &&
          g_strcmp0 (choice->uid, self->data->target_uid) == 0)
        return i;
    }
  return 0;
}

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

static AdwComboRow *
add_combo (AdwPreferencesGroup *group,
           const char          *title,
           GtkStringList       *names,
           guint                selected,
           const char          *name)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (row, selected);
  gtk_widget_set_name (GTK_WIDGET (row), name);
  adw_preferences_group_add (group, GTK_WIDGET (row));
  return row;
}

static AdwPreferencesGroup *
add_group (AdwPreferencesPage *page,
           const char         *title)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  if (title != NULL)
    adw_preferences_group_set_title (group, title);
  adw_preferences_page_add (page, group);
  return group;
}

/* The text of @row, stripped; %NULL when empty. */
static char *
dup_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
on_public_active_cb (KpPlanCommentEditor *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->author_row),
                            !gtk_switch_get_active (self->public_switch));
}

static void
show_error (KpPlanCommentEditor *self,
            const GError        *error)
{
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
on_save_clicked_cb (KpPlanCommentEditor *self)
{
  g_autoptr (GError) error = NULL;

  if (kp_plan_comment_editor_save (self, &error))
    gtk_window_close (GTK_WINDOW (self));
  else
    show_error (self, error);
}

static void
on_delete_clicked_cb (KpPlanCommentEditor *self)
{
  g_autoptr (GError) error = NULL;

  if (kp_plan_delete_comment (self->plan, self->comment, &error))
    gtk_window_close (GTK_WINDOW (self));
  else
    show_error (self, error);
}

static gboolean
save_shortcut (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  on_save_clicked_cb (KP_PLAN_COMMENT_EDITOR (widget));
  return TRUE;
}

static GtkWidget *
build_header (KpPlanCommentEditor *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_ ("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_ ("_Save"));

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_close), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_widget_set_name (save, "plan-comment-save");
  gtk_widget_set_tooltip_text (save, _ ("Save (Ctrl+Enter)"));
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (on_save_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  return header;
}

static void
build_who (KpPlanCommentEditor *self,
           AdwPreferencesPage  *page)
{
  AdwPreferencesGroup *group = add_group (page, _ ("Who and when"));
  GtkWidget           *public_row = adw_action_row_new ();
  g_autofree char     *date = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (public_row), _ ("From the _public"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (public_row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (public_row),
                               _ ("No personal name is kept, only “the public”"));
  self->public_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->public_switch), GTK_ALIGN_CENTER);
  gtk_widget_set_name (GTK_WIDGET (self->public_switch), "plan-comment-public");
  gtk_switch_set_active (self->public_switch, self->data->from_public);
  adw_action_row_add_suffix (ADW_ACTION_ROW (public_row), GTK_WIDGET (self->public_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (public_row),
                                         GTK_WIDGET (self->public_switch));
  adw_preferences_group_add (group, public_row);
  self->author_row = add_entry (group, _ ("_Organisation"), self->data->author,
                                "plan-comment-author");
  g_signal_connect_swapped (self->public_switch, "notify::active", G_CALLBACK (on_public_active_cb),
                            self);
  on_public_active_cb (self);
  date = kp_czech_format_date (self->data->received_on);
  self->date_row = add_entry (group, _ ("_Received on (day. month. year)"), date,
                              "plan-comment-date");
}

static void
build_text (KpPlanCommentEditor *self,
            AdwPreferencesPage  *page)
{
  AdwPreferencesGroup *group = add_group (page, _ ("The comment"));
  g_autoptr (GtkStringList) targets = gtk_string_list_new (NULL);
  guint      target = fill_targets (self, targets);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();

  self->target_row = add_combo (group, _ ("On"), targets, target, "plan-comment-target");
  adw_combo_row_set_use_subtitle (self->target_row, FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_set_size_request (view, -1, 120);
  gtk_widget_set_name (view, "plan-comment-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Text of the comment"), -1);
  self->text = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_set_text (self->text, self->data->text != NULL ? self->data->text : "", -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_widget_set_margin_top (frame, 12);
  adw_preferences_group_add (group, frame);
}

static void
build_settlement (KpPlanCommentEditor *self,
                  AdwPreferencesPage  *page)
{
  AdwPreferencesGroup *group = add_group (page, _ ("Settlement"));
  g_autoptr (GtkStringList) settlements = gtk_string_list_new (NULL);

  gtk_string_list_append (settlements, _ ("Not settled yet"));
  for (guint i = 0; i < KP_N_SETTLEMENTS; i++)
    gtk_string_list_append (settlements, kp_settlement_get_name (i));
  self->settlement_row = add_combo (group, _ ("Settled as"), settlements,
                                    self->data->settled ? self->data->settlement + 1 : 0,
                                    "plan-comment-settlement");
  self->reason_row = add_entry (group, _ ("_Reason"), self->data->reason, "plan-comment-reason");
  self->change_row = add_entry (group, _ ("_Change made in the plan"), self->data->change_made,
                                "plan-comment-change");
  if (self->comment != NULL)
    {
      AdwPreferencesGroup *end = add_group (page, NULL);
      GtkWidget *delete = gtk_button_new_with_mnemonic (_ ("_Delete the Comment"));

      gtk_widget_add_css_class (delete, "destructive-action");
      gtk_widget_set_halign (delete, GTK_ALIGN_CENTER);
      gtk_widget_set_name (delete, "plan-comment-delete");
      g_signal_connect_swapped (delete, "clicked", G_CALLBACK (on_delete_clicked_cb), self);
      adw_preferences_group_add (end, delete);
    }
}

static void
build (KpPlanCommentEditor *self)
{
  GtkWidget          *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());

  gtk_window_set_title (GTK_WINDOW (self),
                        self->comment != NULL ? _ ("Comment on the Plan") : _ ("New Comment"));
  gtk_box_append (GTK_BOX (box), build_header (self));
  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_widget_set_name (GTK_WIDGET (self->error_label), "plan-comment-error");
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_margin_top (GTK_WIDGET (self->error_label), 6);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));
  build_who (self, page);
  build_text (self, page);
  build_settlement (self, page);
  gtk_widget_set_vexpand (GTK_WIDGET (page), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (page));
  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
kp_plan_comment_editor_dispose (GObject *object)
{
  KpPlanCommentEditor *self = KP_PLAN_COMMENT_EDITOR (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->comment);
  g_clear_pointer (&self->data, kp_plan_comment_data_free);
  g_clear_pointer (&self->targets, g_ptr_array_unref);
  G_OBJECT_CLASS (kp_plan_comment_editor_parent_class)->dispose (object);
}

static void
kp_plan_comment_editor_class_init (KpPlanCommentEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_plan_comment_editor_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, save_shortcut,
                                NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, save_shortcut,
                                NULL);
}

static void
kp_plan_comment_editor_init (KpPlanCommentEditor *self)
{
  self->targets = g_ptr_array_new_with_free_func ((GDestroyNotify) target_choice_free);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 720);
}

GtkWidget *
kp_plan_comment_editor_new (KpPlan        *plan,
                            KpPlanComment *comment)
{
  KpPlanCommentEditor *self;

  g_return_val_if_fail (KP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (comment == NULL || KP_IS_PLAN_COMMENT (comment), NULL);

  self = g_object_new (KP_TYPE_PLAN_COMMENT_EDITOR, NULL);
  self->plan = g_object_ref (plan);
  if (comment != NULL)
    {
      self->comment = g_object_ref (comment);
      self->data = kp_plan_comment_data_copy (kp_plan_comment_get_data (comment));
    }
  else
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_local ();

      self->data = kp_plan_comment_data_new ();
      self->data->received_on = g_date_time_format (now, "%Y-%m-%d");
    }
  build (self);
  return GTK_WIDGET (self);
}

gboolean
kp_plan_comment_editor_save (KpPlanCommentEditor *self,
                             GError             **error)
{
  g_autoptr (KpPlanCommentData) data = NULL;
  g_autofree char *date = NULL;
  GtkTextIter      start, end;
  TargetChoice    *target;
  guint            settlement;

  g_return_val_if_fail (KP_IS_PLAN_COMMENT_EDITOR (self), FALSE);

  gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
  date = dup_text (self->date_row);
  data = kp_plan_comment_data_copy (self->data);
  g_free (data->received_on);
  data->received_on = kp_parse_date (date);
  if (data->received_on == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("Write the date the comment came as day. month. year, e.g. 8. 12. "
                              "2025"));
      return FALSE;
    }
  data->from_public = gtk_switch_get_active (self->public_switch);
  g_free (data->author);
  data->author = data->from_public ? NULL : dup_text (self->author_row);
  target = g_ptr_array_index (self->targets, MIN (adw_combo_row_get_selected (self->target_row),
                                                  self->targets->len - 1));
  data->target_kind = target->kind;
  g_free (data->target_uid);
  data->target_uid = g_strdup (target->uid);
  gtk_text_buffer_get_bounds (self->text, &start, &end);
  g_free (data->text);
  data->text = gtk_text_buffer_get_text (self->text, &start, &end, FALSE);
  settlement = adw_combo_row_get_selected (self->settlement_row);
  data->settled = settlement > 0 && settlement != GTK_INVALID_LIST_POSITION;
  data->settlement = data->settled ? (KpSettlement) (settlement - 1) : 0;
  g_free (data->reason);
  data->reason = dup_text (self->reason_row);
  g_free (data->change_made);
  data->change_made = dup_text (self->change_row);
  return kp_plan_save_comment (self->plan, self->comment, data, error);
}
