/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-action-page.h"
#include "kp-plan-entry-editor.h"

struct _KpPlanActionPage
{
  GtkBox parent_instance;

  KpPlan  *plan;
  gboolean dirty; /* changed while hidden: updated when shown */

  GtkDropDown   *plans_dropdown;
  GtkSpinButton *year_spin;
  GtkWidget     *create_button;
  GtkWidget     *carry_button;
  GtkStack      *stack;
  GtkListBox    *entries_box;
  GtkListBox    *budget_box;
  GtkListBox    *evaluation_box;
};

G_DEFINE_FINAL_TYPE (KpPlanActionPage, kp_plan_action_page, GTK_TYPE_BOX)

static void
toast (KpPlanActionPage *self,
       const char       *message)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "plan.toast", "s", message);
}

KpActionPlan *
kp_plan_action_page_get_shown (KpPlanActionPage *self)
{
  g_return_val_if_fail (KP_IS_PLAN_ACTION_PAGE (self), NULL);
  return gtk_drop_down_get_selected_item (self->plans_dropdown);
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
  g_autofree char *escaped_subtitle = subtitle != NULL ? g_markup_escape_text (subtitle, -1) : NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  if (escaped_subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
  gtk_list_box_append (box, row);
  return row;
}

static void
show_entries (KpPlanActionPage       *self,
              const KpActionPlanData *d)
{
  clear_box (self->entries_box);
  for (guint i = 0; i < d->entries->len; i++)
    {
      KpActionPlanEntry *e = g_ptr_array_index (d->entries, i);
      g_autofree char   *title = g_strdup_printf ("%s %s", e->code, e->title);
      g_autofree char   *planned = kp_format_money (kp_action_plan_entry_planned (e));
      g_autofree char   *spent = kp_format_money (kp_action_plan_entry_spent (e));
      /* Translators: an activity of an action plan, "Done · planned 1 000 Kč, spent 900 Kč" */
      g_autofree char *subtitle = g_strdup_printf (
          _ ("%s · planned %s, spent %s"),
          e->has_status ? kp_activity_status_get_name (e->status) : _ ("State not given"),
          planned, spent);

      GtkWidget *row = add_row (self->entries_box, title, subtitle);

      /* Enter or a click opens the activity's editor. */
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "item-uid", g_strdup (e->item_uid), g_free);
    }
}

/**
 * kp_plan_action_page_edit_entry:
 * @item_uid: an activity of the action plan shown
 *
 * Opens the editor of the activity's monitoring and of what the action plan adds to it.
 * Returns: (transfer none) (nullable): the editor, or %NULL when no action plan is shown
 */
GtkWidget *
kp_plan_action_page_edit_entry (KpPlanActionPage *self,
                                const char       *item_uid)
{
  KpActionPlan *shown;
  GtkWidget    *editor;
  GtkRoot      *root;

  g_return_val_if_fail (KP_IS_PLAN_ACTION_PAGE (self), NULL);

  shown = kp_plan_action_page_get_shown (self);
  if (shown == NULL)
    return NULL;
  editor = kp_plan_entry_editor_new (self->plan, shown, item_uid);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (editor));
  return editor;
}

static void
on_entries_row_activated_cb (KpPlanActionPage *self,
                             GtkListBoxRow    *row)
{
  const char *uid = g_object_get_data (G_OBJECT (row), "item-uid");

  if (uid != NULL)
    kp_plan_action_page_edit_entry (self, uid);
}

static void
show_budget (KpPlanActionPage       *self,
             const KpActionPlanData *d)
{
  g_autoptr (GPtrArray) by_source = kp_plan_budget_by_source (self->plan, d);
  g_autoptr (GPtrArray) by_priority = kp_action_plan_budget_by_priority (d);
  GPtrArray *tables[] = { by_source, by_priority };

  clear_box (self->budget_box);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    for (guint i = 0; i < tables[t]->len; i++)
      {
        KpBudgetLine    *line = g_ptr_array_index (tables[t], i);
        g_autofree char *planned = kp_format_money (line->planned);
        g_autofree char *spent = kp_format_money (line->spent);
        g_autofree char *subtitle = g_strdup_printf (_ ("planned %s, spent %s"), planned, spent);

        add_row (self->budget_box, line->label, subtitle);
      }
}

static void
show_evaluation (KpPlanActionPage       *self,
                 const KpActionPlanData *d)
{
  g_autoptr (GPtrArray) lines = kp_plan_evaluate (self->plan, d->year_from, d->year_to);

  clear_box (self->evaluation_box);
  for (guint i = 0; i < lines->len; i++)
    {
      KpEvaluationLine *l = g_ptr_array_index (lines, i);
      g_autofree char  *planned = kp_format_money (l->planned);
      g_autofree char  *spent = kp_format_money (l->spent);
      g_autofree char  *subtitle = g_strdup_printf (
           _ ("done %u, partly done %u, not done %u, moved %u; targets met %u of %u; planned %s, "
               "spent %s"),
           l->by_status[KP_ACTIVITY_STATUS_DONE], l->by_status[KP_ACTIVITY_STATUS_PARTLY_DONE],
           l->by_status[KP_ACTIVITY_STATUS_NOT_DONE], l->by_status[KP_ACTIVITY_STATUS_MOVED],
           l->targets_met, l->indicators, planned, spent);

      add_row (self->evaluation_box, l->label, subtitle);
    }
}

static void
refresh (KpPlanActionPage *self)
{
  KpActionPlan *shown = kp_plan_action_page_get_shown (self);

  gtk_stack_set_visible_child_name (self->stack, shown != NULL ? "plan" : "empty");
  gtk_widget_set_sensitive (self->carry_button, shown != NULL);
  gtk_widget_set_sensitive (self->create_button, self->plan != NULL && kp_plan_has_plan (self->plan));
  if (shown == NULL)
    return;
  show_entries (self, kp_action_plan_get_data (shown));
  show_budget (self, kp_action_plan_get_data (shown));
  show_evaluation (self, kp_action_plan_get_data (shown));
}

/* The page reads the plan only while it is shown: an edit of the strategy never waits for
 * it. */
static void
update (KpPlanActionPage *self)
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
on_map_cb (KpPlanActionPage *self)
{
  if (self->dirty)
    update (self);
}

static void
select_plan (KpPlanActionPage *self,
             KpActionPlan     *plan)
{
  GListModel *plans = kp_plan_get_action_plans (self->plan);
  guint       position;

  if (plan != NULL && g_list_store_find (G_LIST_STORE (plans), plan, &position))
    gtk_drop_down_set_selected (self->plans_dropdown, position);
  update (self);
}

static void
on_create_clicked_cb (KpPlanActionPage *self)
{
  g_autoptr (GError) error = NULL;
  int           year = gtk_spin_button_get_value_as_int (self->year_spin);
  KpActionPlan *plan = kp_plan_create_action_plan (self->plan, year, year, &error);

  if (plan == NULL)
    {
      toast (self, error->message);
      return;
    }
  select_plan (self, plan);
}

static void
on_carry_clicked_cb (KpPlanActionPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  KpActionPlan    *next;
  guint            moved = 0;

  next = kp_plan_carry_over (self->plan, kp_plan_action_page_get_shown (self), &moved, &error);
  if (next == NULL)
    {
      toast (self, error->message);
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u unfinished activity moved to the next year",
                                          "%u unfinished activities moved to the next year",
                                          moved),
                             moved);
  toast (self, message);
  select_plan (self, next);
}

static void
on_take_evaluation_clicked_cb (KpPlanActionPage *self)
{
  g_autoptr (GError) error = NULL;

  if (kp_plan_take_evaluation (self->plan, &error))
    toast (self, _ ("The evaluation is at the end of the chapter “Vyhodnocení předchozího "
                    "plánu”"));
  else
    toast (self, error->message);
}

static GtkListBox *
add_section (GtkBox     *box,
             const char *title,
             const char *name)
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
  return GTK_LIST_BOX (list);
}

static void
kp_plan_action_page_dispose (GObject *object)
{
  KpPlanActionPage *self = KP_PLAN_ACTION_PAGE (object);

  g_clear_object (&self->plan);
  G_OBJECT_CLASS (kp_plan_action_page_parent_class)->dispose (object);
}

static void
kp_plan_action_page_class_init (KpPlanActionPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kp_plan_action_page_dispose;
}

static void
kp_plan_action_page_init (KpPlanActionPage *self)
{
  GtkWidget     *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget     *scrolled = gtk_scrolled_window_new ();
  GtkWidget     *clamp = adw_clamp_new ();
  GtkWidget     *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget     *empty = adw_status_page_new ();
  GtkExpression *title = gtk_property_expression_new (KP_TYPE_ACTION_PLAN, NULL, "title");
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 6);
  self->plans_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, title));
  gtk_widget_set_name (GTK_WIDGET (self->plans_dropdown), "plan-action-plans");
  g_signal_connect_swapped (self->plans_dropdown, "notify::selected", G_CALLBACK (update), self);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->plans_dropdown));
  self->carry_button = gtk_button_new_with_mnemonic (_ ("_Move Unfinished to the Next Year"));
  gtk_widget_set_name (self->carry_button, "plan-carry-over");
  g_signal_connect_swapped (self->carry_button, "clicked", G_CALLBACK (on_carry_clicked_cb), self);
  gtk_box_append (GTK_BOX (bar), self->carry_button);
  gtk_widget_set_hexpand (GTK_WIDGET (self->carry_button), FALSE);
  {
    GtkWidget *spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

    gtk_widget_set_hexpand (spacer, TRUE);
    gtk_box_append (GTK_BOX (bar), spacer);
  }
  self->year_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (2000, 2100, 1));
  gtk_spin_button_set_value (self->year_spin, g_date_time_get_year (now));
  gtk_widget_set_name (GTK_WIDGET (self->year_spin), "plan-action-year");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->year_spin), _ ("Year of the new action plan"));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->year_spin));
  self->create_button = gtk_button_new_with_mnemonic (_ ("_Create Action Plan"));
  gtk_widget_set_name (self->create_button, "plan-create-action-plan");
  gtk_widget_add_css_class (self->create_button, "suggested-action");
  g_signal_connect_swapped (self->create_button, "clicked", G_CALLBACK (on_create_clicked_cb),
                            self);
  gtk_box_append (GTK_BOX (bar), self->create_button);
  gtk_box_append (GTK_BOX (self), bar);
  gtk_box_append (GTK_BOX (self), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _ ("No Action Plan Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _ ("An action plan takes the activities of the plan that run "
                                      "in its year, with that year’s costs."));
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_widget_set_margin_bottom (content, 18);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_stack_add_named (self->stack, scrolled, "plan");
  self->entries_box = add_section (GTK_BOX (content), _ ("Activities"), "plan-action-entries");
  g_signal_connect_swapped (self->entries_box, "row-activated",
                            G_CALLBACK (on_entries_row_activated_cb), self);
  self->budget_box = add_section (GTK_BOX (content), _ ("Budget per source and per priority"),
                                  "plan-action-budget");
  self->evaluation_box = add_section (GTK_BOX (content), _ ("Evaluation per priority"),
                                      "plan-action-evaluation");
  {
    GtkWidget *take = gtk_button_new_with_mnemonic (_ ("_Take the Evaluation into the Plan"));

    gtk_widget_set_name (take, "plan-take-evaluation");
    gtk_widget_set_tooltip_text (take, _ ("Write the evaluation of the previous plan’s years into "
                                          "the chapter “Vyhodnocení předchozího plánu”"));
    gtk_widget_set_halign (take, GTK_ALIGN_START);
    gtk_widget_set_margin_top (take, 6);
    g_signal_connect_swapped (take, "clicked", G_CALLBACK (on_take_evaluation_clicked_cb), self);
    gtk_box_append (GTK_BOX (content), take);
  }
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->stack));
}

static void
on_plan_changed_cb (KpPlanActionPage *self)
{
  update (self);
}

void
kp_plan_action_page_set_plan (KpPlanActionPage *self,
                              KpPlan           *plan)
{
  g_return_if_fail (KP_IS_PLAN_ACTION_PAGE (self));

  g_set_object (&self->plan, plan);
  gtk_drop_down_set_model (self->plans_dropdown, kp_plan_get_action_plans (plan));
  g_signal_connect_object (kp_project_module_get_project (KP_PROJECT_MODULE (plan)), "changed",
                           G_CALLBACK (on_plan_changed_cb), self, G_CONNECT_SWAPPED);
  update (self);
}
