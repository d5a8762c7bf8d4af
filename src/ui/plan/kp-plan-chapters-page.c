/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-chapters-page.h"

/* How long typing rests before the text is saved. */
#define SAVE_DELAY_MS 1200

struct _KpPlanChaptersPage
{
  GtkBox parent_instance;

  KpPlan        *plan;
  KpPlanChapter *chapter; /* the one being edited */
  guint          save_id;
  gboolean       loading;

  GtkListBox    *list;
  GtkWidget     *editor;
  GtkEntry      *title_entry;
  GtkSpinButton *depth_spin;
  GtkTextView   *text_view;
};

G_DEFINE_FINAL_TYPE (KpPlanChaptersPage, kp_plan_chapters_page, GTK_TYPE_BOX)

/* The live blocks a chapter can hold, as the document builder knows them. */
static const struct
{
  const char *kind;
  const char *label;
} live_blocks[] = {
  { "demography", N_ ("Demography table") },
  { "services", N_ ("Services by type with capacity") },
  { "indicators", N_ ("Indicator profile") },
  { "chart", N_ ("Chart") },
  { "map", N_ ("Map") },
  { "findings", N_ ("Findings") },
  { "swot", N_ ("SWOT") },
  { "strategy", N_ ("Strategy overview") },
  { "budget", N_ ("Budget summary") },
  { "evaluation", N_ ("Evaluation of the action plans") },
};

static void
toast (KpPlanChaptersPage *self,
       GError             *error)
{
  if (error != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "plan.toast", "s", error->message);
}

static char *
dup_text (KpPlanChaptersPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter    start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
save (KpPlanChaptersPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *body = NULL;

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (self->chapter == NULL || self->plan == NULL || !kp_plan_is_editable (self->plan))
    return;
  body = dup_text (self);
  kp_plan_update_chapter (self->plan, self->chapter, gtk_editable_get_text (GTK_EDITABLE (self->title_entry)),
                          gtk_spin_button_get_value_as_int (self->depth_spin), body, &error);
  toast (self, error);
}

static void
save_cb (gpointer data)
{
  KpPlanChaptersPage *self = data;

  self->save_id = 0;
  save (self);
}

static void
on_edited_cb (KpPlanChaptersPage *self)
{
  if (self->loading)
    return;
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add_once (SAVE_DELAY_MS, save_cb, self);
}

static void
show_chapter (KpPlanChaptersPage *self,
              KpPlanChapter      *chapter)
{
  const KpPlanChapterData *d;

  if (self->chapter != chapter)
    save (self);
  g_set_object (&self->chapter, chapter);
  gtk_widget_set_visible (self->editor, chapter != NULL);
  if (chapter == NULL)
    return;
  d = kp_plan_chapter_get_data (chapter);
  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), d->title);
  gtk_spin_button_set_value (self->depth_spin, d->depth);
  {
    GtkTextBuffer   *buffer = gtk_text_view_get_buffer (self->text_view);
    g_autofree char *now = dup_text (self);

    /* Keep the cursor when only this page's own save came back. */
    if (g_strcmp0 (now, d->body) != 0)
      gtk_text_buffer_set_text (buffer, d->body, -1);
  }
  gtk_widget_set_sensitive (self->editor, kp_plan_is_editable (self->plan));
  self->loading = FALSE;
}

static GtkWidget *
make_row (KpPlanChapter *chapter)
{
  const KpPlanChapterData *d = kp_plan_chapter_get_data (chapter);
  GtkWidget               *label = gtk_label_new (d->title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_start (label, 12 + 18 * (d->depth - 1));
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 8);
  if (d->depth == 1)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

static void
refresh (KpPlanChaptersPage *self)
{
  GListModel *chapters;
  guint       n, selected = G_MAXUINT;
  GtkWidget  *child;

  if (self->plan == NULL)
    return;
  chapters = kp_plan_get_chapters (self->plan);
  n = g_list_model_get_n_items (chapters);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpPlanChapter) chapter = g_list_model_get_item (chapters, i);

      gtk_list_box_append (self->list, make_row (chapter));
      if (chapter == self->chapter)
        selected = i;
    }
  if (selected == G_MAXUINT && n > 0 && self->chapter == NULL)
    selected = 0;
  if (selected != G_MAXUINT)
    {
      g_autoptr (KpPlanChapter) chapter = g_list_model_get_item (chapters, selected);

      gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, (int) selected));
      show_chapter (self, chapter);
    }
  else
    show_chapter (self, NULL);
}

static void
on_row_selected_cb (KpPlanChaptersPage *self,
                    GtkListBoxRow      *row)
{
  g_autoptr (KpPlanChapter) chapter = NULL;

  if (row == NULL || self->plan == NULL)
    return;
  chapter = g_list_model_get_item (kp_plan_get_chapters (self->plan),
                                   (guint) gtk_list_box_row_get_index (row));
  if (chapter != self->chapter)
    show_chapter (self, chapter);
}

static guint
chapter_position (KpPlanChaptersPage *self)
{
  guint position = G_MAXUINT;

  if (self->chapter != NULL)
    g_list_store_find (G_LIST_STORE (kp_plan_get_chapters (self->plan)), self->chapter, &position);
  return position;
}

static void
add_clicked_cb (KpPlanChaptersPage *self)
{
  g_autoptr (GError) error = NULL;
  guint          position = chapter_position (self);
  KpPlanChapter *chapter;

  save (self);
  chapter = kp_plan_add_chapter (self->plan, position == G_MAXUINT ? -1 : (int) position + 1,
                                 _ ("New chapter"), &error);
  toast (self, error);
  if (chapter != NULL)
    {
      g_set_object (&self->chapter, chapter);
      refresh (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
    }
}

static void
move_chapter (KpPlanChaptersPage *self,
              int                 delta)
{
  g_autoptr (GError) error = NULL;
  guint position = chapter_position (self);

  if (position == G_MAXUINT || ((int) position + delta) < 0)
    return;
  save (self);
  kp_plan_move_chapter (self->plan, self->chapter, (int) position + delta, &error);
  toast (self, error);
}

static void
up_clicked_cb (KpPlanChaptersPage *self)
{
  move_chapter (self, -1);
}

static void
down_clicked_cb (KpPlanChaptersPage *self)
{
  move_chapter (self, 1);
}

static void
delete_clicked_cb (KpPlanChaptersPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpPlanChapter) chapter = NULL;

  if (self->chapter == NULL)
    return;
  g_clear_handle_id (&self->save_id, g_source_remove);
  chapter = g_object_ref (self->chapter);
  g_clear_object (&self->chapter);
  kp_plan_delete_chapter (self->plan, chapter, &error);
  toast (self, error);
}

/* Wraps the selection in @mark (bold, italic), or puts @prefix at the start of each
 * selected line (headings, lists), or inserts @text. */
static void
format_text (KpPlanChaptersPage *self,
             const char         *mark,
             const char         *prefix,
             const char         *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter    start, end;

  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
  if (mark != NULL)
    {
      GtkTextMark *end_mark = gtk_text_buffer_create_mark (buffer, NULL, &end, FALSE);

      gtk_text_buffer_insert (buffer, &start, mark, -1);
      gtk_text_buffer_get_iter_at_mark (buffer, &end, end_mark);
      gtk_text_buffer_insert (buffer, &end, mark, -1);
      gtk_text_buffer_delete_mark (buffer, end_mark);
    }
  else if (prefix != NULL)
    {
      int first = gtk_text_iter_get_line (&start);
      int last = gtk_text_iter_get_line (&end);

      for (int line = first; line <= last; line++)
        {
          GtkTextIter at;

          gtk_text_buffer_get_iter_at_line (buffer, &at, line);
          gtk_text_buffer_insert (buffer, &at, prefix, -1);
        }
    }
  else
    gtk_text_buffer_insert (buffer, &start, text, -1);
  gtk_text_buffer_end_user_action (buffer);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
bold_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  format_text (KP_PLAN_CHAPTERS_PAGE (widget), "**", NULL, NULL);
}

static void
italic_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  format_text (KP_PLAN_CHAPTERS_PAGE (widget), "*", NULL, NULL);
}

static void
heading_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  format_text (KP_PLAN_CHAPTERS_PAGE (widget), NULL, "## ", NULL);
}

static void
bullets_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  format_text (KP_PLAN_CHAPTERS_PAGE (widget), NULL, "- ", NULL);
}

static void
numbers_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  format_text (KP_PLAN_CHAPTERS_PAGE (widget), NULL, "1. ", NULL);
}

static void
link_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KpPlanChaptersPage *self = KP_PLAN_CHAPTERS_PAGE (widget);
  GtkTextBuffer      *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter         start, end;

  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
  {
    GtkTextMark *end_mark = gtk_text_buffer_create_mark (buffer, NULL, &end, FALSE);

    gtk_text_buffer_insert (buffer, &start, "[", -1);
    gtk_text_buffer_get_iter_at_mark (buffer, &end, end_mark);
    gtk_text_buffer_insert (buffer, &end, "](https://)", -1);
    gtk_text_buffer_delete_mark (buffer, end_mark);
  }
  gtk_text_buffer_end_user_action (buffer);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
live_block_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  g_autofree char *block = g_strdup_printf ("\n```komplan %s\n```\n",
                                            g_variant_get_string (parameter, NULL));

  format_text (KP_PLAN_CHAPTERS_PAGE (widget), NULL, NULL, block);
}

static GtkWidget *
tool_button (const char *icon,
             const char *tooltip,
             const char *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static GtkWidget *
callback_button (const char *icon,
                 const char *tooltip,
                 GCallback   callback,
                 gpointer    data)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  g_signal_connect_swapped (button, "clicked", callback, data);
  return button;
}

static void
kp_plan_chapters_page_dispose (GObject *object)
{
  KpPlanChaptersPage *self = KP_PLAN_CHAPTERS_PAGE (object);

  save (self);
  g_clear_object (&self->chapter);
  g_clear_object (&self->plan);
  G_OBJECT_CLASS (kp_plan_chapters_page_parent_class)->dispose (object);
}

static void
kp_plan_chapters_page_class_init (KpPlanChaptersPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_plan_chapters_page_dispose;
  gtk_widget_class_install_action (widget_class, "chapter.bold", NULL, bold_action);
  gtk_widget_class_install_action (widget_class, "chapter.italic", NULL, italic_action);
  gtk_widget_class_install_action (widget_class, "chapter.heading", NULL, heading_action);
  gtk_widget_class_install_action (widget_class, "chapter.bullets", NULL, bullets_action);
  gtk_widget_class_install_action (widget_class, "chapter.numbers", NULL, numbers_action);
  gtk_widget_class_install_action (widget_class, "chapter.link", NULL, link_action);
  gtk_widget_class_install_action (widget_class, "chapter.live-block", "s", live_block_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_b, GDK_CONTROL_MASK, "chapter.bold",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "chapter.italic", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, GDK_CONTROL_MASK, "chapter.link",
                                       NULL);
}

static void
kp_plan_chapters_page_init (KpPlanChaptersPage *self)
{
  GtkWidget *side = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *side_bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *tools = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  GtkWidget *text_scrolled = gtk_scrolled_window_new ();
  g_autoptr (GMenu) blocks = g_menu_new ();
  GtkWidget *blocks_button = gtk_menu_button_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_HORIZONTAL);
  gtk_widget_set_size_request (side, 300, -1);
  gtk_widget_set_margin_start (side_bar, 6);
  gtk_widget_set_margin_top (side_bar, 6);
  gtk_widget_set_margin_bottom (side_bar, 6);
  gtk_box_append (GTK_BOX (side_bar), callback_button ("list-add-symbolic", _ ("Add a chapter after the selected one"), G_CALLBACK (add_clicked_cb), self));
  gtk_box_append (GTK_BOX (side_bar), callback_button ("go-up-symbolic", _ ("Move the chapter up"), G_CALLBACK (up_clicked_cb), self));
  gtk_box_append (GTK_BOX (side_bar), callback_button ("go-down-symbolic", _ ("Move the chapter down"), G_CALLBACK (down_clicked_cb), self));
  gtk_box_append (GTK_BOX (side_bar), callback_button ("user-trash-symbolic", _ ("Delete the chapter"), G_CALLBACK (delete_clicked_cb), self));
  gtk_box_append (GTK_BOX (side), side_bar);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_set_name (GTK_WIDGET (self->list), "plan-chapters");
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  g_signal_connect_swapped (self->list, "row-selected", G_CALLBACK (on_row_selected_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (side), scrolled);
  gtk_box_append (GTK_BOX (self), side);
  gtk_box_append (GTK_BOX (self), gtk_separator_new (GTK_ORIENTATION_VERTICAL));

  self->editor = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_hexpand (self->editor, TRUE);
  gtk_widget_set_margin_start (self->editor, 12);
  gtk_widget_set_margin_end (self->editor, 12);
  gtk_widget_set_margin_top (self->editor, 6);
  gtk_widget_set_margin_bottom (self->editor, 12);
  self->title_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_name (GTK_WIDGET (self->title_entry), "plan-chapter-title");
  gtk_widget_set_hexpand (GTK_WIDGET (self->title_entry), TRUE);
  g_signal_connect_swapped (self->title_entry, "changed", G_CALLBACK (on_edited_cb), self);
  self->depth_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, 3, 1));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->depth_spin), _ ("Level of the chapter in the contents"));
  g_signal_connect_swapped (self->depth_spin, "value-changed", G_CALLBACK (on_edited_cb), self);
  gtk_box_append (GTK_BOX (head), GTK_WIDGET (self->title_entry));
  gtk_box_append (GTK_BOX (head), GTK_WIDGET (self->depth_spin));
  gtk_box_append (GTK_BOX (self->editor), head);

  gtk_box_append (GTK_BOX (tools), tool_button ("format-text-bold-symbolic", _ ("Bold (Ctrl+B)"), "chapter.bold"));
  gtk_box_append (GTK_BOX (tools), tool_button ("format-text-italic-symbolic", _ ("Italic (Ctrl+I)"), "chapter.italic"));
  gtk_box_append (GTK_BOX (tools), tool_button ("format-justify-left-symbolic", _ ("Heading"), "chapter.heading"));
  gtk_box_append (GTK_BOX (tools), tool_button ("view-list-bullet-symbolic", _ ("Bulleted list"), "chapter.bullets"));
  gtk_box_append (GTK_BOX (tools), tool_button ("view-list-ordered-symbolic", _ ("Numbered list"), "chapter.numbers"));
  gtk_box_append (GTK_BOX (tools), tool_button ("insert-link-symbolic", _ ("Link (Ctrl+K)"), "chapter.link"));
  for (guint i = 0; i < G_N_ELEMENTS (live_blocks); i++)
    {
      g_autofree char *action = g_strdup_printf ("chapter.live-block::%s", live_blocks[i].kind);

      g_menu_append (blocks, _ (live_blocks[i].label), action);
    }
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (blocks_button), G_MENU_MODEL (blocks));
  gtk_menu_button_set_label (GTK_MENU_BUTTON (blocks_button), _ ("Insert Data"));
  gtk_widget_set_tooltip_text (blocks_button, _ ("A table, chart or list from the project’s data that stays current"));
  gtk_box_append (GTK_BOX (tools), blocks_button);
  gtk_box_append (GTK_BOX (self->editor), tools);

  self->text_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_widget_set_name (GTK_WIDGET (self->text_view), "plan-chapter-text");
  gtk_text_view_set_wrap_mode (self->text_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (self->text_view, 12);
  gtk_text_view_set_right_margin (self->text_view, 12);
  gtk_text_view_set_top_margin (self->text_view, 12);
  gtk_text_view_set_bottom_margin (self->text_view, 12);
  gtk_text_view_set_monospace (self->text_view, TRUE);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->text_view), "changed", G_CALLBACK (on_edited_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (text_scrolled), GTK_WIDGET (self->text_view));
  gtk_widget_set_vexpand (text_scrolled, TRUE);
  gtk_widget_add_css_class (text_scrolled, "card");
  gtk_box_append (GTK_BOX (self->editor), text_scrolled);
  gtk_box_append (GTK_BOX (self), self->editor);
  gtk_widget_set_visible (self->editor, FALSE);
}

static void
on_project_changed_cb (KpPlanChaptersPage *self,
                       KpChanges          *changes)
{
  if (kp_changes_has_table (changes, "plan_chapter") ||
      kp_changes_has_table (changes, "plan_version"))
    refresh (self);
}

void
kp_plan_chapters_page_set_plan (KpPlanChaptersPage *self,
                                KpPlan             *plan)
{
  g_return_if_fail (KP_IS_PLAN_CHAPTERS_PAGE (self));

  g_set_object (&self->plan, plan);
  g_signal_connect_object (kp_project_module_get_project (KP_PROJECT_MODULE (plan)), "changed",
                           G_CALLBACK (on_project_changed_cb), self, G_CONNECT_SWAPPED);
  refresh (self);
}

void
kp_plan_chapters_page_flush (KpPlanChaptersPage *self)
{
  g_return_if_fail (KP_IS_PLAN_CHAPTERS_PAGE (self));
  save (self);
}
