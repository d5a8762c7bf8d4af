/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-view.h"
#include "kp-plan-view-private.h"

/* The plan.* actions of the Plán view and their keys: start a plan, add, rename, move,
 * indent, delete and drop items of the strategy tree, open the costs editor, undo from a
 * toast. Each edit goes through KpPlan (one undo step); a refusal is shown as a toast. */

static void
report (KpPlanView *self,
        GError     *error)
{
  if (error != NULL)
    kp_plan_view_toast (self, error->message);
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KpPlanView              *self = KP_PLAN_VIEW (widget);
  static const char *const levels[] = { "Priorita", "Opatření", "Aktivita", NULL };
  KpPlanTemplate           tmpl = { kp_project_get_period_from (self->project),
                                    kp_project_get_period_to (self->project), levels, TRUE,
                                    TRUE };
  g_autoptr (GError) error = NULL;

  kp_plan_start (kp_plan_view_get_plan (self), &tmpl, &error);
  report (self, error);
}

static const char *
level_name (KpPlanView *self,
            int         depth)
{
  const char *const *levels = kp_plan_get_levels (kp_plan_view_get_plan (self));

  if (levels == NULL || depth < 1 || depth > (int) g_strv_length ((char **) levels))
    return _ ("Item");
  return levels[depth - 1];
}

static void
add_item (KpPlanView *self,
          gboolean    child)
{
  g_autoptr (KpPlanItem) selected = kp_plan_view_get_selected_item (self);
  g_autoptr (GError) error = NULL;
  KpPlanItem      *parent = NULL;
  KpPlanItem      *item;
  int              position = -1;
  g_autofree char *title = NULL;

  if (selected != NULL && child)
    parent = selected;
  else if (selected != NULL)
    {
      parent = kp_plan_item_get_parent (selected);
      position = kp_plan_item_get_position (selected) + 1;
    }
  /* Translators: the title of a new item, "New Opatření" with the level's name */
  title = g_strdup_printf (_ ("New: %s"),
                           level_name (self, parent != NULL ? kp_plan_item_get_depth (parent) + 1
                                                            : 1));
  item = kp_plan_add_item (kp_plan_view_get_plan (self), parent, position, title, &error);
  report (self, error);
  if (item == NULL)
    return;
  kp_plan_view_select_item (self, item);
  kp_plan_item_detail_focus_title (self->detail);
}

static void
add_sibling_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  add_item (KP_PLAN_VIEW (widget), FALSE);
}

static void
add_child_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  add_item (KP_PLAN_VIEW (widget), TRUE);
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KpPlanView *self = KP_PLAN_VIEW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  kp_plan_item_detail_focus_title (self->detail);
}

static void
edit_costs_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  kp_plan_item_detail_edit_costs (KP_PLAN_VIEW (widget)->detail);
}

typedef gboolean (*MoveFunc) (KpPlan     *plan,
                              KpPlanItem *item,
                              GError    **error);

static void
move (KpPlanView *self,
      MoveFunc    func,
      int         delta)
{
  g_autoptr (KpPlanItem) item = kp_plan_view_get_selected_item (self);
  g_autoptr (GError) error = NULL;
  gboolean ok;

  if (item == NULL)
    return;
  ok = func != NULL ? func (kp_plan_view_get_plan (self), item, &error)
                    : kp_plan_move_item_by (kp_plan_view_get_plan (self), item, delta, &error);
  report (self, error);
  if (ok)
    {
      kp_plan_view_select_item (self, item);
      gtk_widget_grab_focus (GTK_WIDGET (self->tree_view));
    }
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move (KP_PLAN_VIEW (widget), NULL, -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move (KP_PLAN_VIEW (widget), NULL, 1);
}

static void
indent_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  move (KP_PLAN_VIEW (widget), kp_plan_indent_item, 0);
}

static void
outdent_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move (KP_PLAN_VIEW (widget), kp_plan_outdent_item, 0);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KpPlanView *self = KP_PLAN_VIEW (widget);
  g_autoptr (KpPlanItem) item = kp_plan_view_get_selected_item (self);
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast        *undo;

  if (item == NULL)
    return;
  title = g_strdup_printf (_ ("“%s %s” deleted"), kp_plan_item_get_code (item),
                           kp_plan_item_get_title (item));
  if (!kp_plan_delete_item (kp_plan_view_get_plan (self), item, &error))
    {
      report (self, error);
      return;
    }
  {
    g_autofree char *escaped = g_markup_escape_text (title, -1);

    undo = adw_toast_new (escaped);
  }
  adw_toast_set_button_label (undo, _ ("_Undo"));
  adw_toast_set_action_name (undo, "plan.undo");
  adw_toast_overlay_add_toast (self->toast_overlay, undo);
}

/* A row dropped on another: into it when it is one level up (a measure dropped on a
 * priority), else before it. */
static void
drop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KpPlanView *self = KP_PLAN_VIEW (widget);
  KpPlan     *plan = kp_plan_view_get_plan (self);
  g_autoptr (GError) error = NULL;
  gint64      dragged_id, target_id;
  KpPlanItem *dragged, *target, *parent;
  int         position;
  gboolean    ok;

  g_variant_get (parameter, "(xx)", &dragged_id, &target_id);
  dragged = kp_plan_find_item (plan, dragged_id);
  target = kp_plan_find_item (plan, target_id);
  if (dragged == NULL || target == NULL || dragged == target)
    return;
  if (!kp_plan_item_is_activity (plan, target) &&
      kp_plan_item_get_depth (target) + 1 == kp_plan_item_get_depth (dragged))
    ok = kp_plan_move_item (plan, dragged, target, -1, &error);
  else
    {
      parent = kp_plan_item_get_parent (target);
      position = kp_plan_item_get_position (target);
      if (kp_plan_item_get_parent (dragged) == parent &&
          kp_plan_item_get_position (dragged) < position)
        position--;
      ok = kp_plan_move_item (plan, dragged, parent, position, &error);
    }
  report (self, error);
  if (ok)
    kp_plan_view_select_item (self, dragged);
}

static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  kp_plan_view_toast (KP_PLAN_VIEW (widget), g_variant_get_string (parameter, NULL));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KpPlanView *self = KP_PLAN_VIEW (widget);
  g_autoptr (GError) error = NULL;

  kp_project_undo (self->project, &error);
  report (self, error);
}

void
kp_plan_view_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "plan.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "plan.add-sibling", NULL, add_sibling_action);
  gtk_widget_class_install_action (widget_class, "plan.add-child", NULL, add_child_action);
  gtk_widget_class_install_action (widget_class, "plan.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "plan.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "plan.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "plan.indent", NULL, indent_action);
  gtk_widget_class_install_action (widget_class, "plan.outdent", NULL, outdent_action);
  gtk_widget_class_install_action (widget_class, "plan.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "plan.edit-costs", NULL, edit_costs_action);
  gtk_widget_class_install_action (widget_class, "plan.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "plan.toast", "s", toast_action);
  gtk_widget_class_install_action (widget_class, "plan.drop", "(xx)", drop_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, 0, "plan.add-sibling", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_SHIFT_MASK,
                                       "plan.add-child", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "plan.rename", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F4, 0, "plan.edit-costs", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "plan.move-up",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "plan.move-down",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "plan.indent",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "plan.outdent",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "plan.delete", NULL);
}
