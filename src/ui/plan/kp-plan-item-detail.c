/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-item-detail.h"
#include "kp-plan-capacity-group.h"
#include "kp-plan-costs-editor.h"
#include "kp-plan-findings-group.h"
#include "kp-plan-kinds-group.h"
#include "kp-plan-services-group.h"
#include "kp-plan-territory-group.h"
#include "kp-czech.h"
#include "kp-planning-group.h"

#include <string.h>

struct _KpPlanItemDetail
{
  GtkBox parent_instance;

  KpPlan     *plan;
  KpPlanItem *item;
  gboolean    updating;

  GtkWidget           *empty;
  GtkWidget           *content;
  AdwPreferencesGroup *item_group;
  AdwEntryRow         *title_row;
  AdwEntryRow         *description_row;
  AdwEntryRow         *justification_row;
  AdwPreferencesGroup *activity_group;
  AdwComboRow         *status_row;
  AdwEntryRow         *start_row;
  AdwEntryRow         *end_row;
  AdwEntryRow         *responsible_row;
  AdwEntryRow         *partners_row;
  AdwEntryRow         *implementer_row;
  AdwEntryRow         *groups_row;
  GtkWidget           *findings_group;
  GtkWidget           *kinds_group;
  GtkWidget           *services_group;
  GtkWidget           *territory_group;
  GtkWidget           *capacity_group;
  AdwComboRow         *focus_row;
  AdwEntryRow         *focus_name_row;
  AdwPreferencesGroup *costs_group;
  GtkLabel            *costs_label;
  AdwPreferencesGroup *indicators_group;
  GtkLabel            *indicators_label;
};

G_DEFINE_FINAL_TYPE (KpPlanItemDetail, kp_plan_item_detail, GTK_TYPE_BOX)

typedef void (*ModifyFunc) (KpPlanItemData *data,
                            const char     *text);

static void
apply (KpPlanItemDetail *self,
       ModifyFunc        modify,
       const char       *text)
{
  g_autoptr (KpPlanItemData) data = NULL;
  g_autoptr (GError) error = NULL;

  if (self->updating || self->item == NULL)
    return;
  data = kp_plan_item_data_copy (kp_plan_item_get_data (self->item), FALSE);
  modify (data, text);
  if (!kp_plan_update_item (self->plan, self->item, data, &error))
    gtk_widget_activate_action (GTK_WIDGET (self), "plan.toast", "s", error->message);
}

#define SETTER(name, member)              \
  static void name (KpPlanItemData *data, \
                    const char     *text) \
  {                                       \
    g_free (data->member);                \
    data->member = g_strdup (text);       \
  }
SETTER (set_title, title)
SETTER (set_description, description)
SETTER (set_justification, justification)
SETTER (set_start, start)
SETTER (set_end, end)
SETTER (set_responsible, responsible)
SETTER (set_partners, partners)
SETTER (set_focus_name, focus_name)
#undef SETTER

static gboolean
is_digits (const char *text,
           gsize       length)
{
  if (strlen (text) != length)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* A provider by IČO (8 digits), an obec by its code (6 digits), or anybody by name. */
static void
set_implementer (KpPlanItemData *data,
                 const char     *text)
{
  g_autofree char *clean = g_strstrip (g_strdup (text));

  g_free (data->implementer);
  data->implementer = NULL;
  data->implementer_kind = KP_PLAN_IMPLEMENTER_NONE;
  if (*clean == '\0')
    return;
  if (is_digits (clean, 8))
    data->implementer_kind = KP_PLAN_IMPLEMENTER_PROVIDER;
  else if (is_digits (clean, 6))
    data->implementer_kind = KP_PLAN_IMPLEMENTER_OBEC;
  else
    data->implementer_kind = KP_PLAN_IMPLEMENTER_TEXT;
  data->implementer = g_steal_pointer (&clean);
}

/* The registry's names of target groups, separated by commas or semicolons. */
static void
set_target_groups (KpPlanItemData *data,
                   const char     *text)
{
  g_auto (GStrv) names = g_strsplit_set (text, ",;", -1);

  g_ptr_array_set_size (data->target_groups, 0);
  for (guint i = 0; names[i] != NULL; i++)
    {
      char *name = g_strstrip (names[i]);

      if (*name != '\0')
        g_ptr_array_add (data->target_groups, g_strdup (name));
    }
}

static void
on_entry_apply_cb (AdwEntryRow      *row,
                   KpPlanItemDetail *self)
{
  ModifyFunc modify = g_object_get_data (G_OBJECT (row), "modify");

  apply (self, modify, gtk_editable_get_text (GTK_EDITABLE (row)));
}

static AdwEntryRow *
add_entry (KpPlanItemDetail    *self,
           AdwPreferencesGroup *group,
           const char          *title,
           const char          *name,
           ModifyFunc           modify)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_entry_row_set_show_apply_button (row, TRUE);
  gtk_widget_set_name (GTK_WIDGET (row), name);
  g_object_set_data (G_OBJECT (row), "modify", modify);
  g_signal_connect (row, "apply", G_CALLBACK (on_entry_apply_cb), self);
  adw_preferences_group_add (group, GTK_WIDGET (row));
  return row;
}

static void
on_status_selected_cb (KpPlanItemDetail *self)
{
  g_autoptr (KpPlanItemData) data = NULL;
  g_autoptr (GError) error = NULL;
  guint selected = adw_combo_row_get_selected (self->status_row);

  if (self->updating || self->item == NULL)
    return;
  data = kp_plan_item_data_copy (kp_plan_item_get_data (self->item), FALSE);
  data->has_status = selected > 0 && selected <= KP_N_ACTIVITY_STATUSES;
  data->status = data->has_status ? (KpActivityStatus) (selected - 1) : 0;
  if (!kp_plan_update_item (self->plan, self->item, data, &error))
    gtk_widget_activate_action (GTK_WIDGET (self), "plan.toast", "s", error->message);
}

/* What a priority or measure is for: the rows of the focus row are "not tagged", "common",
 * each planning group, then "a sub-territory". */
#define FOCUS_TERRITORY_ROW (2 + KP_N_PLANNING_GROUPS)

static guint
focus_to_row (const KpPlanItemData *d)
{
  KpPlanningGroup group;

  switch (d->focus)
    {
    case KP_PLAN_FOCUS_COMMON:
      return 1;
    case KP_PLAN_FOCUS_GROUP:
      return kp_planning_group_from_string (d->focus_group, &group) ? 2 + group : 0;
    case KP_PLAN_FOCUS_TERRITORY:
      return FOCUS_TERRITORY_ROW;
    case KP_PLAN_FOCUS_NONE:
    default:
      return 0;
    }
}

static void
on_focus_selected_cb (KpPlanItemDetail *self)
{
  g_autoptr (KpPlanItemData) data = NULL;
  g_autoptr (GError) error = NULL;
  guint selected = adw_combo_row_get_selected (self->focus_row);

  if (self->updating || self->item == NULL)
    return;
  data = kp_plan_item_data_copy (kp_plan_item_get_data (self->item), FALSE);
  g_clear_pointer (&data->focus_group, g_free);
  if (selected == 1)
    data->focus = KP_PLAN_FOCUS_COMMON;
  else if (selected >= 2 && selected < FOCUS_TERRITORY_ROW)
    {
      data->focus = KP_PLAN_FOCUS_GROUP;
      data->focus_group = g_strdup (kp_planning_group_to_string (selected - 2));
    }
  else if (selected == FOCUS_TERRITORY_ROW)
    data->focus = KP_PLAN_FOCUS_TERRITORY;
  else
    data->focus = KP_PLAN_FOCUS_NONE;
  if (!kp_plan_update_item (self->plan, self->item, data, &error))
    gtk_widget_activate_action (GTK_WIDGET (self), "plan.toast", "s", error->message);
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static char *
format_costs (KpPlan               *plan,
              const KpPlanItemData *d)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < d->costs->len; i++)
    {
      KpPlanCost      *c = g_ptr_array_index (d->costs, i);
      g_autofree char *money = kp_format_money (c->amount);
      g_autofree char *obec = c->obec_kod != NULL ? kp_plan_dup_obec_label (plan, c->obec_kod)
                                                  : NULL;

      g_string_append_printf (out, "%s%d · %s%s%s · %s", out->len > 0 ? "\n" : "", c->year,
                              kp_financing_source_get_name (c->source), obec != NULL ? " – " : "",
                              obec != NULL ? obec : "", money);
    }
  if (out->len == 0)
    g_string_append (out, _ ("No costs"));
  return g_string_free (out, FALSE);
}

static char *
format_number (gboolean has,
               double   value)
{
  return has ? kp_czech_format_double (value, value == (gint64) value ? 0 : 1) : g_strdup ("–");
}

static char *
format_indicators (const KpPlanItemData *d)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < d->indicators->len; i++)
    {
      KpPlanIndicator *n = g_ptr_array_index (d->indicators, i);
      g_autofree char *baseline = format_number (n->has_baseline, n->baseline);
      g_autofree char *target = format_number (n->has_target, n->target);

      /* Translators: an indicator, "Klienti (klienti): 10 → 20" */
      g_string_append_printf (out, _ ("%s%s (%s): %s → %s"), out->len > 0 ? "\n" : "", n->name,
                              n->unit != NULL ? n->unit : "", baseline, target);
    }
  if (out->len == 0)
    g_string_append (out, _ ("No indicators"));
  return g_string_free (out, FALSE);
}

static void
update (KpPlanItemDetail *self)
{
  const KpPlanItemData *d;
  gboolean              activity;
  g_autofree char      *groups = NULL;
  g_autofree char      *costs = NULL;
  g_autofree char      *indicators = NULL;
  g_autofree char      *heading = NULL;
  g_autoptr (GPtrArray) names = NULL;

  gtk_widget_set_visible (self->empty, self->item == NULL);
  gtk_widget_set_visible (self->content, self->item != NULL);
  if (self->item == NULL)
    return;
  d = kp_plan_item_get_data (self->item);
  activity = kp_plan_item_is_activity (self->plan, self->item);
  self->updating = TRUE;
  {
    const char *const *levels = kp_plan_get_levels (self->plan);
    int                depth = kp_plan_item_get_depth (self->item);

    heading = g_strdup_printf ("%s %s", levels != NULL && depth <= (int) g_strv_length ((char **) levels) ? levels[depth - 1] : "",
                               kp_plan_item_get_code (self->item));
  }
  adw_preferences_group_set_title (self->item_group, heading);
  set_text (self->title_row, d->title);
  set_text (self->description_row, d->description);
  set_text (self->justification_row, d->justification);
  gtk_widget_set_visible (GTK_WIDGET (self->activity_group), activity);
  gtk_widget_set_visible (GTK_WIDGET (self->focus_row), !activity);
  adw_combo_row_set_selected (self->focus_row, focus_to_row (d));
  gtk_widget_set_visible (GTK_WIDGET (self->focus_name_row),
                          !activity && d->focus == KP_PLAN_FOCUS_TERRITORY);
  set_text (self->focus_name_row, d->focus_name);
  gtk_widget_set_visible (GTK_WIDGET (self->costs_group), activity || d->costs->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->indicators_group), activity);
  adw_combo_row_set_selected (self->status_row, d->has_status ? d->status + 1 : 0);
  set_text (self->start_row, d->start);
  set_text (self->end_row, d->end);
  set_text (self->responsible_row, d->responsible);
  set_text (self->partners_row, d->partners);
  set_text (self->implementer_row, d->implementer);
  names = g_ptr_array_new ();
  for (guint i = 0; i < d->target_groups->len; i++)
    g_ptr_array_add (names, g_ptr_array_index (d->target_groups, i));
  g_ptr_array_add (names, NULL);
  groups = g_strjoinv (", ", (char **) names->pdata);
  set_text (self->groups_row, groups);
  kp_plan_findings_group_set_item (KP_PLAN_FINDINGS_GROUP (self->findings_group), self->plan,
                                   self->item);
  gtk_widget_set_visible (self->kinds_group, activity);
  gtk_widget_set_visible (self->services_group, activity);
  gtk_widget_set_visible (self->territory_group, activity);
  gtk_widget_set_visible (self->capacity_group, activity);
  if (activity)
    {
      kp_plan_kinds_group_set_item (KP_PLAN_KINDS_GROUP (self->kinds_group), self->plan,
                                    self->item);
      kp_plan_services_group_set_item (KP_PLAN_SERVICES_GROUP (self->services_group), self->plan,
                                       self->item);
      kp_plan_territory_group_set_item (KP_PLAN_TERRITORY_GROUP (self->territory_group),
                                        self->plan, self->item);
      kp_plan_capacity_group_set_item (KP_PLAN_CAPACITY_GROUP (self->capacity_group), self->plan,
                                       self->item);
    }
  costs = format_costs (self->plan, d);
  gtk_label_set_text (self->costs_label, costs);
  indicators = format_indicators (d);
  gtk_label_set_text (self->indicators_label, indicators);
  gtk_widget_set_sensitive (self->content, kp_plan_is_editable (self->plan));
  self->updating = FALSE;
}

static void
on_item_notify_cb (KpPlanItemDetail *self)
{
  update (self);
}

static GtkLabel *
add_summary (AdwPreferencesGroup *group,
             const char          *name)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_name (label, name);
  gtk_widget_add_css_class (label, "numeric");
  adw_preferences_group_add (group, label);
  return GTK_LABEL (label);
}

static void
kp_plan_item_detail_dispose (GObject *object)
{
  KpPlanItemDetail *self = KP_PLAN_ITEM_DETAIL (object);

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_clear_object (&self->item);
  g_clear_object (&self->plan);
  G_OBJECT_CLASS (kp_plan_item_detail_parent_class)->dispose (object);
}

static void
kp_plan_item_detail_class_init (KpPlanItemDetailClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kp_plan_item_detail_dispose;
}

static void
kp_plan_item_detail_init (KpPlanItemDetail *self)
{
  g_autoptr (GtkStringList) statuses = gtk_string_list_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  self->empty = adw_status_page_new ();
  adw_status_page_set_title (ADW_STATUS_PAGE (self->empty), _ ("No Item Selected"));
  adw_status_page_set_description (ADW_STATUS_PAGE (self->empty),
                                   _ ("Choose a priority, measure or activity in the strategy."));
  gtk_widget_set_vexpand (self->empty, TRUE);
  gtk_box_append (GTK_BOX (self), self->empty);

  self->content = adw_clamp_new ();
  gtk_widget_set_margin_top (self->content, 18);
  gtk_widget_set_margin_bottom (self->content, 18);
  gtk_widget_set_margin_start (self->content, 12);
  gtk_widget_set_margin_end (self->content, 12);
  adw_clamp_set_child (ADW_CLAMP (self->content), box);
  gtk_box_append (GTK_BOX (self), self->content);

  self->item_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->item_group));
  self->title_row = add_entry (self, self->item_group, _ ("_Title"), "plan-item-title", set_title);
  self->description_row = add_entry (self, self->item_group, _ ("_Description"),
                                     "plan-item-description", set_description);
  self->justification_row = add_entry (self, self->item_group,
                                       _ ("_Justification (findings of the analysis)"),
                                       "plan-item-justification", set_justification);

  {
    g_autoptr (GtkStringList) focuses = gtk_string_list_new (NULL);

    gtk_string_list_append (focuses, _ ("Not tagged"));
    gtk_string_list_append (focuses, _ ("Common to all target groups"));
    for (guint i = 0; i < KP_N_PLANNING_GROUPS; i++)
      gtk_string_list_append (focuses, kp_planning_group_get_name (i));
    gtk_string_list_append (focuses, _ ("A part of the territory"));
    self->focus_row = ADW_COMBO_ROW (adw_combo_row_new ());
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->focus_row), _ ("For"));
    adw_combo_row_set_model (self->focus_row, G_LIST_MODEL (focuses));
    gtk_widget_set_name (GTK_WIDGET (self->focus_row), "plan-item-focus");
    g_signal_connect_swapped (self->focus_row, "notify::selected",
                              G_CALLBACK (on_focus_selected_cb), self);
    adw_preferences_group_add (self->item_group, GTK_WIDGET (self->focus_row));
    self->focus_name_row = add_entry (self, self->item_group, _ ("_Part of the territory"),
                                      "plan-item-focus-name", set_focus_name);
  }
  self->findings_group = kp_plan_findings_group_new ();
  gtk_box_append (GTK_BOX (box), self->findings_group);
  self->activity_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->activity_group, _ ("Activity"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->activity_group));
  gtk_string_list_append (statuses, _ ("Not given"));
  for (guint i = 0; i < KP_N_ACTIVITY_STATUSES; i++)
    gtk_string_list_append (statuses, kp_activity_status_get_name (i));
  self->status_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), _ ("State"));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  gtk_widget_set_name (GTK_WIDGET (self->status_row), "plan-item-status");
  g_signal_connect_swapped (self->status_row, "notify::selected",
                            G_CALLBACK (on_status_selected_cb), self);
  adw_preferences_group_add (self->activity_group, GTK_WIDGET (self->status_row));
  self->start_row = add_entry (self, self->activity_group, _ ("_Start (year-month)"),
                               "plan-item-start", set_start);
  self->end_row = add_entry (self, self->activity_group, _ ("_End (year-month)"),
                             "plan-item-end", set_end);
  self->responsible_row = add_entry (self, self->activity_group, _ ("_Responsible"),
                                     "plan-item-responsible", set_responsible);
  self->partners_row = add_entry (self, self->activity_group, _ ("_Partners"),
                                  "plan-item-partners", set_partners);
  self->implementer_row = add_entry (self, self->activity_group,
                                     _ ("_Implementer (IČO of a provider, code of an obec, or "
                                        "a name)"),
                                     "plan-item-implementer", set_implementer);
  self->groups_row = add_entry (self, self->activity_group,
                                _ ("Target _groups (separated by commas)"),
                                "plan-item-target-groups", set_target_groups);

  self->kinds_group = kp_plan_kinds_group_new ();
  gtk_box_append (GTK_BOX (box), self->kinds_group);
  self->services_group = kp_plan_services_group_new ();
  gtk_box_append (GTK_BOX (box), self->services_group);
  self->territory_group = kp_plan_territory_group_new ();
  gtk_box_append (GTK_BOX (box), self->territory_group);
  self->capacity_group = kp_plan_capacity_group_new ();
  gtk_box_append (GTK_BOX (box), self->capacity_group);

  self->costs_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->costs_group, _ ("Costs per year and source"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->costs_group));
  self->costs_label = add_summary (self->costs_group, "plan-item-costs");
  {
    GtkWidget *edit = gtk_button_new_with_mnemonic (_ ("Edit _Costs and Indicators"));

    gtk_widget_set_name (edit, "plan-item-edit-costs");
    gtk_widget_add_css_class (edit, "flat");
    gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "plan.edit-costs");
    adw_preferences_group_set_header_suffix (self->costs_group, edit);
  }
  self->indicators_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->indicators_group, _ ("Indicators (baseline → target)"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->indicators_group));
  self->indicators_label = add_summary (self->indicators_group, "plan-item-indicators");
  update (self);
}

void
kp_plan_item_detail_set_plan (KpPlanItemDetail *self,
                              KpPlan           *plan)
{
  g_return_if_fail (KP_IS_PLAN_ITEM_DETAIL (self));
  g_set_object (&self->plan, plan);
}

void
kp_plan_item_detail_set_item (KpPlanItemDetail *self,
                              KpPlanItem       *item)
{
  g_return_if_fail (KP_IS_PLAN_ITEM_DETAIL (self));

  if (self->item != item)
    {
      if (self->item != NULL)
        g_signal_handlers_disconnect_by_data (self->item, self);
      g_set_object (&self->item, item);
      if (item != NULL)
        g_signal_connect_object (item, "notify", G_CALLBACK (on_item_notify_cb), self,
                                 G_CONNECT_SWAPPED);
    }
  update (self);
}

/**
 * kp_plan_item_detail_edit_costs:
 *
 * Opens the editor of the costs and indicators of the item shown.
 * Returns: (transfer none) (nullable): the editor, or %NULL when no item is shown or the
 *   version cannot change
 */
GtkWidget *
kp_plan_item_detail_edit_costs (KpPlanItemDetail *self)
{
  GtkWidget *editor;
  GtkRoot   *root;

  g_return_val_if_fail (KP_IS_PLAN_ITEM_DETAIL (self), NULL);

  if (self->item == NULL || !kp_plan_is_editable (self->plan))
    return NULL;
  editor = kp_plan_costs_editor_new (self->plan, self->item);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (editor));
  return editor;
}

void
kp_plan_item_detail_focus_title (KpPlanItemDetail *self)
{
  g_return_if_fail (KP_IS_PLAN_ITEM_DETAIL (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}
