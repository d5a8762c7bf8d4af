/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-item-detail.h"
#include "kp-czech.h"

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
  AdwActionRow        *implementer_row;
  AdwActionRow        *groups_row;
  AdwActionRow        *findings_row;
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
#undef SETTER

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

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static char *
format_implementer (const KpPlanItemData *d)
{
  switch (d->implementer_kind)
    {
    case KP_PLAN_IMPLEMENTER_PROVIDER:
      /* Translators: an implementer given by IČO */
      return g_strdup_printf (_ ("Provider, IČO %s"), d->implementer);
    case KP_PLAN_IMPLEMENTER_OBEC:
      return g_strdup_printf (_ ("Obec, code %s"), d->implementer);
    case KP_PLAN_IMPLEMENTER_TEXT:
      return g_strdup (d->implementer);
    case KP_PLAN_IMPLEMENTER_NONE:
    default:
      return g_strdup (_ ("Not given"));
    }
}

static char *
format_costs (const KpPlanItemData *d)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < d->costs->len; i++)
    {
      KpPlanCost      *c = g_ptr_array_index (d->costs, i);
      g_autofree char *money = kp_format_money (c->amount);

      g_string_append_printf (out, "%s%d · %s · %s", out->len > 0 ? "\n" : "", c->year,
                              kp_financing_source_get_name (c->source), money);
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
  g_autofree char      *implementer = NULL;
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
  gtk_widget_set_visible (GTK_WIDGET (self->costs_group), activity || d->costs->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->indicators_group), activity);
  adw_combo_row_set_selected (self->status_row, d->has_status ? d->status + 1 : 0);
  set_text (self->start_row, d->start);
  set_text (self->end_row, d->end);
  set_text (self->responsible_row, d->responsible);
  set_text (self->partners_row, d->partners);
  implementer = format_implementer (d);
  adw_action_row_set_subtitle (self->implementer_row, implementer);
  names = g_ptr_array_new ();
  for (guint i = 0; i < d->target_groups->len; i++)
    g_ptr_array_add (names, g_ptr_array_index (d->target_groups, i));
  g_ptr_array_add (names, NULL);
  groups = g_strjoinv (", ", (char **) names->pdata);
  adw_action_row_set_subtitle (self->groups_row, *groups != '\0' ? groups : _ ("Not given"));
  {
    /* Only the findings the needs analysis has: an id it does not know shows nothing. */
    g_autoptr (GString) findings = g_string_new (NULL);

    for (guint i = 0; i < d->findings->len; i++)
      {
        g_autofree char *title = kp_plan_dup_finding_title (self->plan,
                                                            g_ptr_array_index (d->findings, i));

        if (title != NULL)
          g_string_append_printf (findings, "%s%s", findings->len > 0 ? "\n" : "", title);
      }
    gtk_widget_set_visible (GTK_WIDGET (self->findings_row), findings->len > 0);
    adw_action_row_set_subtitle (self->findings_row, findings->str);
  }
  costs = format_costs (d);
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

  self->findings_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->findings_row),
                                 _ ("Answers the findings"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->findings_row), FALSE);
  adw_action_row_set_subtitle_lines (self->findings_row, 6);
  adw_preferences_group_add (self->item_group, GTK_WIDGET (self->findings_row));
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
  self->implementer_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->implementer_row), _ ("Implementer"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->implementer_row), FALSE);
  adw_preferences_group_add (self->activity_group, GTK_WIDGET (self->implementer_row));
  self->groups_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->groups_row), _ ("Target groups"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->groups_row), FALSE);
  adw_preferences_group_add (self->activity_group, GTK_WIDGET (self->groups_row));

  self->costs_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->costs_group, _ ("Costs per year and source"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->costs_group));
  self->costs_label = add_summary (self->costs_group, "plan-item-costs");
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

void
kp_plan_item_detail_focus_title (KpPlanItemDetail *self)
{
  g_return_if_fail (KP_IS_PLAN_ITEM_DETAIL (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}
