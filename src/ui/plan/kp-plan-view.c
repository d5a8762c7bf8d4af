/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-view.h"
#include "kp-plan-view-private.h"
#include "kp-plan-action-page.h"
#include "kp-plan-chapters-page.h"
#include "kp-plan-item-detail.h"
#include "kp-plan-tree-row.h"
#include "kp-plan-versions-page.h"

G_DEFINE_FINAL_TYPE (KpPlanView, kp_plan_view, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_PROJECT,
  PROP_SELECTED_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Up to this many items the tree opens fully expanded. */
#define MAX_EXPANDED 2000

KpPlan *
kp_plan_view_get_plan (KpPlanView *self)
{
  return kp_plan_get (self->project);
}

void
kp_plan_view_toast (KpPlanView *self,
                    const char *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  KpPlanView *self = user_data;
  KpPlanItem *plan_item = item;

  if (kp_plan_item_is_activity (kp_plan_view_get_plan (self), plan_item))
    return NULL;
  return g_object_ref (kp_plan_item_get_children (plan_item));
}

static void
expand_top (KpPlanView *self)
{
  guint n = g_list_model_get_n_items (kp_plan_get_items (kp_plan_view_get_plan (self)));

  /* Expanding a row adds its children after it: walk the priorities from the end. */
  for (guint i = n; i > 0; i--)
    {
      g_autoptr (GtkTreeListRow) row = gtk_tree_list_model_get_child_row (self->tree_model, i - 1);

      if (row != NULL)
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

KpPlanItem *
kp_plan_view_get_selected_item (KpPlanView *self)
{
  GtkTreeListRow *row;

  g_return_val_if_fail (KP_IS_PLAN_VIEW (self), NULL);
  row = gtk_single_selection_get_selected_item (self->selection);
  return row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
}

static void
update_actions (KpPlanView *self)
{
  g_autoptr (KpPlanItem) item = kp_plan_view_get_selected_item (self);
  KpPlan  *plan = kp_plan_view_get_plan (self);
  gboolean editable = kp_plan_is_editable (plan);
  gboolean has = item != NULL && editable;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.start", !kp_plan_has_plan (plan));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.add-sibling", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.add-child",
                                 has && !kp_plan_item_is_activity (plan, item));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.rename", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.move-up",
                                 has && kp_plan_item_get_position (item) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.move-down", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.indent",
                                 has && kp_plan_item_get_position (item) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.outdent",
                                 has && kp_plan_item_get_parent (item) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.delete", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.edit-costs", has);
}

static gint64
sum_costs (GListModel *items)
{
  guint  n = g_list_model_get_n_items (items);
  gint64 sum = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpPlanItem) item = g_list_model_get_item (items, i);

      sum += kp_plan_item_get_total_costs (item) + sum_costs (kp_plan_item_get_children (item));
    }
  return sum;
}

static void
update_header (KpPlanView *self,
               KpChanges  *changes)
{
  KpPlan          *plan = kp_plan_view_get_plan (self);
  KpPlanVersion   *version = kp_plan_get_current_version (plan);
  guint            n = kp_plan_count_items (plan);
  g_autofree char *money = NULL;
  g_autofree char *total = NULL;

  /* A move changes no money: the sum over a kraj's plan is kept. */
  if (changes == NULL || n != self->counted_items || kp_changes_has_table (changes, "plan_cost") ||
      kp_changes_has_table (changes, "plan_version"))
    {
      self->total_costs = sum_costs (kp_plan_get_items (plan));
      self->counted_items = n;
    }
  money = kp_format_money (self->total_costs);

  gtk_stack_set_visible_child_name (self->main_stack, version != NULL ? "plan" : "empty");
  if (version != NULL)
    {
      const KpPlanVersionData *v = kp_plan_version_get_data (version);
      /* Translators: "Version 2 (2026–2028) · Draft" */
      g_autofree char *label = g_strdup_printf (_ ("%s · %s"), kp_plan_version_get_title (version),
                                                kp_plan_state_get_name (v->state));

      gtk_label_set_text (self->version_label, label);
    }
  /* Translators: under the strategy tree, "47 items, costs 1 234 567 Kč" */
  total = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item, costs %s",
                                        "%u items, costs %s", n),
                           n, money);
  gtk_label_set_text (self->total_label, total);
  update_actions (self);
}

static void
on_selection_changed_cb (KpPlanView *self)
{
  g_autoptr (KpPlanItem) item = kp_plan_view_get_selected_item (self);

  kp_plan_item_detail_set_item (self->detail, item);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ITEM]);
}

static void
on_project_changed_cb (KpPlanView *self,
                       KpChanges  *changes)
{
  if (!kp_changes_has_module (changes, "plan"))
    return;
  update_header (self, changes);
  on_selection_changed_cb (self);
}

static void
on_row_activated_cb (KpPlanView *self,
                     guint       position)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* The row of @item in the flat tree, expanding its ancestors; G_MAXUINT when not shown. */
static guint
find_row (KpPlanView *self,
          KpPlanItem *item)
{
  GListModel *rows = G_LIST_MODEL (self->tree_model);
  guint       n = g_list_model_get_n_items (rows);

  if (kp_plan_item_get_parent (item) != NULL)
    {
      guint parent = find_row (self, kp_plan_item_get_parent (item));
      g_autoptr (GtkTreeListRow) row = NULL;

      if (parent == G_MAXUINT)
        return G_MAXUINT;
      row = gtk_tree_list_model_get_row (self->tree_model, parent);
      gtk_tree_list_row_set_expanded (row, TRUE);
      n = g_list_model_get_n_items (rows);
      for (guint i = parent + 1; i < n; i++)
        {
          g_autoptr (GtkTreeListRow) child = gtk_tree_list_model_get_row (self->tree_model, i);
          g_autoptr (KpPlanItem) candidate = gtk_tree_list_row_get_item (child);

          if (candidate == item)
            return i;
        }
      return G_MAXUINT;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree_model, i);
      g_autoptr (KpPlanItem) candidate = gtk_tree_list_row_get_item (row);

      if (candidate == item)
        return i;
    }
  return G_MAXUINT;
}

void
kp_plan_view_select_item (KpPlanView *self,
                          KpPlanItem *item)
{
  guint position;

  g_return_if_fail (KP_IS_PLAN_VIEW (self));

  position = item != NULL ? find_row (self, item) : G_MAXUINT;
  if (position == G_MAXUINT)
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      return;
    }
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->tree_view), "list.scroll-to-item", "u", position);
}

gboolean
kp_plan_view_show_item (KpPlanView *self,
                        const char *uid)
{
  KpPlanItem *item;

  g_return_val_if_fail (KP_IS_PLAN_VIEW (self), FALSE);
  g_return_val_if_fail (uid != NULL, FALSE);

  item = kp_plan_find_item_by_uid (kp_plan_view_get_plan (self), uid);
  if (item == NULL)
    return FALSE;
  gtk_stack_set_visible_child_name (self->section_stack, "strategy");
  kp_plan_view_select_item (self, item);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  return TRUE;
}

/* Construction. */

static void
kp_plan_view_constructed (GObject *object)
{
  KpPlanView *self = KP_PLAN_VIEW (object);
  KpPlan     *plan;
  g_autoptr (GtkListItemFactory) factory = kp_plan_tree_row_factory_new ();

  G_OBJECT_CLASS (kp_plan_view_parent_class)->constructed (object);
  plan = kp_plan_view_get_plan (self);
  /* A plan of a kraj (thousands of activities) opens with its measures shown and their
   * activities folded; a smaller one opens whole. */
  self->tree_model = gtk_tree_list_model_new (g_object_ref (kp_plan_get_items (plan)), FALSE,
                                              kp_plan_count_items (plan) <= MAX_EXPANDED,
                                              create_children, self, NULL);
  if (kp_plan_count_items (plan) > MAX_EXPANDED)
    expand_top (self);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_list_view_set_model (self->tree_view, GTK_SELECTION_MODEL (self->selection));
  gtk_list_view_set_factory (self->tree_view, factory);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tree_view, "activate", G_CALLBACK (on_row_activated_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->project, "changed", G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);
  kp_plan_item_detail_set_plan (self->detail, plan);
  kp_plan_chapters_page_set_plan (self->chapters_page, plan);
  kp_plan_action_page_set_plan (self->action_page, plan);
  kp_plan_versions_page_set_plan (self->versions_page, plan);
  update_header (self, NULL);
}

static void
kp_plan_view_dispose (GObject *object)
{
  KpPlanView *self = KP_PLAN_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_PLAN_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree_model);
  G_OBJECT_CLASS (kp_plan_view_parent_class)->dispose (object);
}

static void
kp_plan_view_finalize (GObject *object)
{
  KpPlanView *self = KP_PLAN_VIEW (object);

  g_clear_object (&self->project);
  G_OBJECT_CLASS (kp_plan_view_parent_class)->finalize (object);
}

static void
kp_plan_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KpPlanView *self = KP_PLAN_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    case PROP_SELECTED_ITEM:
      g_value_take_object (value, kp_plan_view_get_selected_item (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_plan_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KpPlanView *self = KP_PLAN_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_plan_view_class_init (KpPlanViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kp_plan_view_constructed;
  object_class->dispose = kp_plan_view_dispose;
  object_class->finalize = kp_plan_view_finalize;
  object_class->get_property = kp_plan_view_get_property;
  object_class->set_property = kp_plan_view_set_property;

  properties[PROP_PROJECT] =
      g_param_spec_object ("project", NULL, NULL, KP_TYPE_PROJECT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ITEM] =
      g_param_spec_object ("selected-item", NULL, NULL, KP_TYPE_PLAN_ITEM,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KP_TYPE_PLAN_ITEM_DETAIL);
  g_type_ensure (KP_TYPE_PLAN_CHAPTERS_PAGE);
  g_type_ensure (KP_TYPE_PLAN_ACTION_PAGE);
  g_type_ensure (KP_TYPE_PLAN_VERSIONS_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/plan/kp-plan-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KpPlanView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KpPlanView, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KpPlanView, section_stack);
  gtk_widget_class_bind_template_child (widget_class, KpPlanView, version_label);
  gtk_widget_class_bind_template_child (widget_class, KpPlanView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KpPlanView, tree_view);
  gtk_widget_class_bind_template_child (widget_class, KpPlanView, total_label);
  gtk_widget_class_bind_template_child (widget_class, KpPlanView, detail);
  gtk_widget_class_bind_template_child (widget_class, KpPlanView, chapters_page);
  gtk_widget_class_bind_template_child (widget_class, KpPlanView, action_page);
  gtk_widget_class_bind_template_child (widget_class, KpPlanView, versions_page);

  kp_plan_view_install_actions (widget_class);
}

static void
kp_plan_view_init (KpPlanView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kp_plan_view_new (KpProject *project)
{
  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  return g_object_new (KP_TYPE_PLAN_VIEW, "project", project, NULL);
}

KpProject *
kp_plan_view_get_project (KpPlanView *self)
{
  g_return_val_if_fail (KP_IS_PLAN_VIEW (self), NULL);
  return self->project;
}

char *
kp_plan_view_dup_rows_text (KpPlanView *self)
{
  GListModel *rows;
  GString    *out = g_string_new (NULL);
  guint       n;

  g_return_val_if_fail (KP_IS_PLAN_VIEW (self), NULL);
  rows = G_LIST_MODEL (self->tree_model);
  n = g_list_model_get_n_items (rows);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree_model, i);
      g_autoptr (KpPlanItem) item = gtk_tree_list_row_get_item (row);

      g_string_append_printf (out, "%s%s %s", out->len > 0 ? "\n" : "",
                              kp_plan_item_get_code (item), kp_plan_item_get_title (item));
    }
  return g_string_free (out, FALSE);
}
