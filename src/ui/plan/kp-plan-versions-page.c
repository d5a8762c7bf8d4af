/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-versions-page.h"
#include "kp-plan-comment-editor.h"
#include "kp-czech.h"

struct _KpPlanVersionsPage
{
  GtkBox parent_instance;

  KpPlan  *plan;
  gboolean dirty;   /* changed while hidden: updated when shown */
  gboolean filling; /* the compare dropdown is being filled */

  GtkListBox  *versions_box;
  AdwComboRow *body_row;
  AdwEntryRow *resolution_row;
  GtkWidget   *approve_button;
  GtkWidget   *comments_button;
  GtkWidget   *revision_button;
  GtkLabel    *changes_heading;
  GtkDropDown *compare_dropdown;
  GArray      *compare_numbers; /* int: the versions the dropdown offers, newest first */
  GtkListBox  *changes_box;
  GtkWidget   *add_comment_button;
  GtkListBox  *comments_box;
};

/* A list longer than this is cut: a new plan imported over a draft changes every item. */
#define MAX_CHANGES 100

G_DEFINE_FINAL_TYPE (KpPlanVersionsPage, kp_plan_versions_page, GTK_TYPE_BOX)

static void
toast (KpPlanVersionsPage *self,
       GError             *error)
{
  if (error != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "plan.toast", "s", error->message);
}

static void
clear_box (GtkListBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_list_box_remove (box, child);
}

static GtkWidget *
add_row (GtkListBox *box,
         const char *title,
         const char *subtitle)
{
  GtkWidget       *row = adw_action_row_new ();
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle != NULL ? subtitle : "", -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  gtk_list_box_append (box, row);
  return row;
}

static char *
describe_version (const KpPlanVersionData *v)
{
  g_autofree char *date = v->approved_on != NULL ? kp_czech_format_date (v->approved_on) : NULL;

  if (v->has_approved_by)
    /* Translators: "Approved · Council, resolution ZM/14/2025/7 of 8. 12. 2025" */
    return g_strdup_printf (_ ("%s · %s, resolution %s of %s"), kp_plan_state_get_name (v->state),
                            kp_approval_body_get_name (v->approved_by),
                            v->resolution != NULL ? v->resolution : "", date != NULL ? date : "");
  if (v->state == KP_PLAN_STATE_COMMENTS)
    {
      g_autofree char *from = kp_czech_format_date (v->comments_from);
      g_autofree char *to = kp_czech_format_date (v->comments_to);

      return g_strdup_printf (_ ("%s · %s to %s"), kp_plan_state_get_name (v->state), from, to);
    }
  return g_strdup (kp_plan_state_get_name (v->state));
}

static const char *
difference_kind (KpPlanDifferenceKind kind)
{
  switch (kind)
    {
    case KP_PLAN_DIFFERENCE_ADDED:
      return _ ("Added");
    case KP_PLAN_DIFFERENCE_REMOVED:
      return _ ("Removed");
    case KP_PLAN_DIFFERENCE_CHANGED:
    default:
      return _ ("Changed");
    }
}

/* The older versions the current one can be compared with, newest first; the one it was
 * copied from is chosen at first. */
static void
fill_compare (KpPlanVersionsPage      *self,
              const KpPlanVersionData *current)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  guint chosen = 0;

  g_array_set_size (self->compare_numbers, 0);
  for (int number = current->number - 1; number >= 1; number--)
    {
      /* Translators: what the current version is compared with, "Version 1" */
      g_autofree char *name = g_strdup_printf (_ ("with version %d"), number);

      if (number == current->based_on)
        chosen = self->compare_numbers->len;
      g_array_append_val (self->compare_numbers, number);
      gtk_string_list_append (names, name);
    }
  self->filling = TRUE;
  gtk_drop_down_set_model (self->compare_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->compare_dropdown, chosen);
  self->filling = FALSE;
}

static void
show_changes (KpPlanVersionsPage      *self,
              const KpPlanVersionData *current)
{
  g_autoptr (GPtrArray) diff = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *heading = NULL;
  guint            selected = gtk_drop_down_get_selected (self->compare_dropdown);
  gboolean         any = self->compare_numbers->len > 0;
  int              older;

  clear_box (self->changes_box);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->changes_heading)), any);
  gtk_widget_set_visible (GTK_WIDGET (self->changes_box), any);
  if (!any)
    return;
  older = g_array_index (self->compare_numbers, int,
                         MIN (selected, self->compare_numbers->len - 1));
  heading = g_strdup_printf (_ ("Changes in version %d"), current->number);
  gtk_label_set_text (self->changes_heading, heading);
  diff = kp_plan_compare (self->plan, older, current->number, &error);
  if (diff == NULL)
    {
      toast (self, error);
      return;
    }
  for (guint i = 0; i < MIN (diff->len, MAX_CHANGES); i++)
    {
      KpPlanDifference *d = g_ptr_array_index (diff, i);
      g_autofree char  *title = g_strdup_printf ("%s %s", d->code, d->title);

      add_row (self->changes_box, title, difference_kind (d->kind));
    }
  if (diff->len > MAX_CHANGES)
    {
      guint            more = diff->len - MAX_CHANGES;
      g_autofree char *title = g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE, "and %u more change", "and %u more changes", more), more);

      add_row (self->changes_box, title, NULL);
    }
  if (diff->len == 0)
    add_row (self->changes_box, _ ("No changes"), NULL);
}

static void
on_compare_selected_cb (KpPlanVersionsPage *self)
{
  KpPlanVersion *current;

  if (self->filling || self->plan == NULL)
    return;
  current = kp_plan_get_current_version (self->plan);
  if (current != NULL)
    show_changes (self, kp_plan_version_get_data (current));
}

static void
show_comments (KpPlanVersionsPage *self)
{
  GListModel *comments = kp_plan_get_comments (self->plan);
  guint       n = g_list_model_get_n_items (comments);

  clear_box (self->comments_box);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpPlanComment) comment = g_list_model_get_item (comments, i);
      const KpPlanCommentData *c = kp_plan_comment_get_data (comment);
      g_autofree char         *date = kp_czech_format_date (c->received_on);
      g_autofree char         *title = g_strdup_printf ("%s · %s", kp_plan_comment_get_title (comment), date);
      g_autofree char         *subtitle = g_strdup_printf (
                  "%s\n%s%s%s", c->text,
          c->settled ? kp_settlement_get_name (c->settlement) : _ ("Not settled yet"),
          c->reason != NULL ? ": " : "", c->reason != NULL ? c->reason : "");

      GtkWidget *row = add_row (self->comments_box, title, subtitle);

      /* Enter or a click opens the comment to settle it. */
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), kp_plan_is_editable (self->plan));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "comment", g_object_ref (comment), g_object_unref);
    }
  if (n == 0)
    add_row (self->comments_box, _ ("No comments on this version"), NULL);
}

static void
refresh (KpPlanVersionsPage *self)
{
  GListModel    *versions;
  KpPlanVersion *current;
  guint          n;

  if (self->plan == NULL)
    return;
  versions = kp_plan_get_versions (self->plan);
  current = kp_plan_get_current_version (self->plan);
  n = g_list_model_get_n_items (versions);
  clear_box (self->versions_box);
  for (guint i = n; i > 0; i--)
    {
      g_autoptr (KpPlanVersion) version = g_list_model_get_item (versions, i - 1);
      g_autofree char *subtitle = describe_version (kp_plan_version_get_data (version));

      add_row (self->versions_box, kp_plan_version_get_title (version), subtitle);
    }
  gtk_widget_set_sensitive (self->approve_button, kp_plan_is_editable (self->plan));
  gtk_widget_set_sensitive (self->comments_button, kp_plan_is_editable (self->plan));
  gtk_widget_set_sensitive (self->revision_button,
                            current != NULL && !kp_plan_is_editable (self->plan));
  gtk_widget_set_sensitive (self->add_comment_button, kp_plan_is_editable (self->plan));
  if (current != NULL)
    {
      fill_compare (self, kp_plan_version_get_data (current));
      show_changes (self, kp_plan_version_get_data (current));
    }
  show_comments (self);
}

/* The page reads the plan only while it is shown: an edit of the strategy never waits for
 * it. */
static void
update (KpPlanVersionsPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  self->dirty = FALSE;
  refresh (self);
}

static void
on_map_cb (KpPlanVersionsPage *self)
{
  if (self->dirty)
    update (self);
}

static char *
today (int days)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static void
on_approve_clicked_cb (KpPlanVersionsPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *date = today (0);

  kp_plan_approve (self->plan, (KpApprovalBody) adw_combo_row_get_selected (self->body_row),
                   gtk_editable_get_text (GTK_EDITABLE (self->resolution_row)), date, &error);
  toast (self, error);
}

static void
on_comments_clicked_cb (KpPlanVersionsPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *from = today (0);
  g_autofree char *to = today (14);

  kp_plan_open_for_comments (self->plan, from, to, &error);
  toast (self, error);
}

static void
on_revision_clicked_cb (KpPlanVersionsPage *self)
{
  g_autoptr (GError) error = NULL;

  kp_plan_start_revision (self->plan, &error);
  toast (self, error);
}

/**
 * kp_plan_versions_page_edit_comment:
 * @comment: (nullable): a comment on the current version; %NULL for a new one
 *
 * Returns: (transfer none): the comment's editor (KpPlanCommentEditor), shown
 */
GtkWidget *
kp_plan_versions_page_edit_comment (KpPlanVersionsPage *self,
                                    KpPlanComment      *comment)
{
  GtkWidget *editor;
  GtkRoot   *root;

  g_return_val_if_fail (KP_IS_PLAN_VERSIONS_PAGE (self), NULL);

  editor = kp_plan_comment_editor_new (self->plan, comment);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (editor));
  return editor;
}

static void
on_add_comment_clicked_cb (KpPlanVersionsPage *self)
{
  kp_plan_versions_page_edit_comment (self, NULL);
}

static void
on_comments_row_activated_cb (KpPlanVersionsPage *self,
                              GtkListBoxRow      *row)
{
  KpPlanComment *comment = g_object_get_data (G_OBJECT (row), "comment");

  if (comment != NULL)
    kp_plan_versions_page_edit_comment (self, comment);
}

static GtkListBox *
add_section (GtkBox     *box,
             const char *title,
             const char *name,
             GtkLabel  **out_label)
{
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *list = gtk_list_box_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 12);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_name (list, name);
  gtk_box_append (box, label);
  gtk_box_append (box, list);
  if (out_label != NULL)
    *out_label = GTK_LABEL (label);
  return GTK_LIST_BOX (list);
}

static GtkWidget *
add_button (GtkBox     *box,
            const char *label,
            const char *name,
            GCallback   callback,
            gpointer    data)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_name (button, name);
  g_signal_connect_swapped (button, "clicked", callback, data);
  gtk_box_append (box, button);
  return button;
}

static void
kp_plan_versions_page_dispose (GObject *object)
{
  KpPlanVersionsPage *self = KP_PLAN_VERSIONS_PAGE (object);

  g_clear_object (&self->plan);
  g_clear_pointer (&self->compare_numbers, g_array_unref);
  G_OBJECT_CLASS (kp_plan_versions_page_parent_class)->dispose (object);
}

static void
kp_plan_versions_page_class_init (KpPlanVersionsPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kp_plan_versions_page_dispose;
}

static void
kp_plan_versions_page_init (KpPlanVersionsPage *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *approval = adw_preferences_group_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autoptr (GtkStringList) bodies = gtk_string_list_new (NULL);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_widget_set_margin_bottom (content, 18);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (self), scrolled);

  self->versions_box = add_section (GTK_BOX (content), _ ("Versions"), "plan-versions", NULL);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (approval), _ ("Approval"));
  gtk_widget_set_margin_top (approval, 12);
  for (guint i = 0; i < KP_N_APPROVAL_BODIES; i++)
    gtk_string_list_append (bodies, kp_approval_body_get_name (i));
  self->body_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->body_row), _ ("Approved by"));
  adw_combo_row_set_model (self->body_row, G_LIST_MODEL (bodies));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (approval), GTK_WIDGET (self->body_row));
  self->resolution_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->resolution_row),
                                 _ ("Resolution number"));
  gtk_widget_set_name (GTK_WIDGET (self->resolution_row), "plan-resolution");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (approval), GTK_WIDGET (self->resolution_row));
  gtk_box_append (GTK_BOX (content), approval);
  gtk_widget_set_margin_top (buttons, 6);
  self->comments_button = add_button (GTK_BOX (buttons), _ ("Open for _Comments (14 days)"),
                                      "plan-open-comments", G_CALLBACK (on_comments_clicked_cb),
                                      self);
  self->approve_button = add_button (GTK_BOX (buttons), _ ("_Approve Today"), "plan-approve",
                                     G_CALLBACK (on_approve_clicked_cb), self);
  self->revision_button = add_button (GTK_BOX (buttons), _ ("Start a New _Revision"),
                                      "plan-revision", G_CALLBACK (on_revision_clicked_cb), self);
  gtk_box_append (GTK_BOX (content), buttons);
  self->compare_numbers = g_array_new (FALSE, FALSE, sizeof (int));
  self->changes_box = add_section (GTK_BOX (content), "", "plan-changes", &self->changes_heading);
  {
    /* The heading, then which older version to compare with. */
    GtkWidget *heading = GTK_WIDGET (self->changes_heading);
    GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

    g_object_ref (heading);
    gtk_box_remove (GTK_BOX (content), heading);
    gtk_widget_insert_before (line, GTK_WIDGET (content), GTK_WIDGET (self->changes_box));
    gtk_box_append (GTK_BOX (line), heading);
    g_object_unref (heading);
    self->compare_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
    gtk_widget_set_name (GTK_WIDGET (self->compare_dropdown), "plan-compare");
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->compare_dropdown),
                                 _ ("The version to compare with"));
    gtk_widget_set_margin_top (GTK_WIDGET (self->compare_dropdown), 12);
    g_signal_connect_swapped (self->compare_dropdown, "notify::selected",
                              G_CALLBACK (on_compare_selected_cb), self);
    gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->compare_dropdown));
  }
  self->comments_box = add_section (GTK_BOX (content), _ ("Public comments on this version"),
                                    "plan-comments", NULL);
  g_signal_connect_swapped (self->comments_box, "row-activated",
                            G_CALLBACK (on_comments_row_activated_cb), self);
  self->add_comment_button = gtk_button_new_with_mnemonic (_ ("_Add a Comment"));
  gtk_widget_set_name (self->add_comment_button, "plan-add-comment");
  gtk_widget_set_halign (self->add_comment_button, GTK_ALIGN_START);
  gtk_widget_set_margin_top (self->add_comment_button, 6);
  g_signal_connect_swapped (self->add_comment_button, "clicked",
                            G_CALLBACK (on_add_comment_clicked_cb), self);
  gtk_box_append (GTK_BOX (content), self->add_comment_button);
}

void
kp_plan_versions_page_set_plan (KpPlanVersionsPage *self,
                                KpPlan             *plan)
{
  g_return_if_fail (KP_IS_PLAN_VERSIONS_PAGE (self));

  g_set_object (&self->plan, plan);
  g_signal_connect_object (kp_project_module_get_project (KP_PROJECT_MODULE (plan)), "changed",
                           G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}
