/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-capacity-group.h"
#include "kp-capacity-unit.h"
#include "kp-plan-detail-rows.h"

#include <math.h>

struct _KpPlanCapacityGroup
{
  AdwPreferencesGroup parent_instance;

  KpPlan        *plan;
  KpPlanItem    *item;
  GPtrArray     *rows;
  GtkDropDown   *unit_dropdown;
  GtkSpinButton *change_spin;
};

G_DEFINE_FINAL_TYPE (KpPlanCapacityGroup, kp_plan_capacity_group, ADW_TYPE_PREFERENCES_GROUP)

/* The units in the order the dropdown lists them: the network's first. */
static const KpCapacityUnit units[] = {
  KP_CAPACITY_UNIT_UVAZKY,
  KP_CAPACITY_UNIT_LUZKA,
  KP_CAPACITY_UNIT_KLIENT,
  KP_CAPACITY_UNIT_KONTAKT,
  KP_CAPACITY_UNIT_INTERV,
  KP_CAPACITY_UNIT_HOVOR,
};

char *
kp_plan_capacity_group_format (const KpPlanCapacity *change)
{
  KpCapacityUnit   unit;
  double           size = fabs (change->change);
  int              decimals = size == floor (size) ? 0 : 1;
  g_autofree char *text = NULL;

  if (kp_capacity_unit_from_code (change->unit, &unit))
    text = kp_capacity_unit_format_double (unit, size, decimals);
  else
    text = g_strdup_printf ("%g %s", size, change->unit != NULL ? change->unit : "");
  /* A minus sign, not a hyphen. */
  return g_strdup_printf ("%s%s", change->change < 0 ? "−" : "+", text);
}

static GPtrArray *
copy_changes (KpPlanCapacityGroup *self)
{
  GPtrArray *changes = kp_plan_item_get_data (self->item)->capacity;
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_plan_capacity_free);

  for (guint i = 0; i < changes->len; i++)
    g_ptr_array_add (copy, kp_plan_capacity_copy (g_ptr_array_index (changes, i)));
  return copy;
}

static void
write_changes (KpPlanCapacityGroup *self,
               GPtrArray           *changes)
{
  g_autoptr (GError) error = NULL;

  kp_plan_set_item_capacity (self->plan, self->item, changes, &error);
  kp_plan_detail_report (GTK_WIDGET (self), error);
}

static void
on_remove_clicked_cb (KpPlanCapacityGroup *self,
                      GtkWidget           *button)
{
  g_autoptr (GPtrArray) changes = copy_changes (self);

  g_ptr_array_remove_index (changes, kp_plan_detail_rows_get_index (button));
  write_changes (self, changes);
}

static void
on_add_clicked_cb (KpPlanCapacityGroup *self)
{
  guint  selected = gtk_drop_down_get_selected (self->unit_dropdown);
  double value;
  g_autoptr (GPtrArray) changes = NULL;
  const char *code;
  gboolean    found = FALSE;

  if (self->item == NULL || selected >= G_N_ELEMENTS (units))
    return;
  gtk_spin_button_update (self->change_spin);
  value = gtk_spin_button_get_value (self->change_spin);
  code = kp_capacity_unit_to_code (units[selected]);
  changes = copy_changes (self);
  for (guint i = 0; i < changes->len; i++)
    {
      KpPlanCapacity *change = g_ptr_array_index (changes, i);

      if (g_strcmp0 (change->unit, code) == 0)
        {
          change->change = value;
          found = TRUE;
        }
    }
  if (!found)
    {
      KpPlanCapacity change = { (char *) code, value };

      g_ptr_array_add (changes, kp_plan_capacity_copy (&change));
    }
  write_changes (self, changes);
}

static void
rebuild (KpPlanCapacityGroup *self)
{
  GPtrArray *changes;

  kp_plan_detail_rows_clear (ADW_PREFERENCES_GROUP (self), self->rows);
  if (self->item == NULL)
    return;
  changes = kp_plan_item_get_data (self->item)->capacity;
  for (guint i = 0; i < changes->len; i++)
    {
      g_autofree char *text = kp_plan_capacity_group_format (g_ptr_array_index (changes, i));
      AdwActionRow    *row = kp_plan_detail_rows_add (ADW_PREFERENCES_GROUP (self), self->rows,
                                                      text, NULL);
      g_autofree char *name = g_strdup_printf ("plan-capacity-%u", i);

      gtk_widget_set_name (GTK_WIDGET (row), name);
      gtk_widget_add_css_class (GTK_WIDGET (row), "numeric");
      kp_plan_detail_rows_add_remove (row, _ ("Remove the change of capacity"), i,
                                      G_CALLBACK (on_remove_clicked_cb), self);
    }
}

void
kp_plan_capacity_group_set_item (KpPlanCapacityGroup *self,
                                 KpPlan              *plan,
                                 KpPlanItem          *item)
{
  g_return_if_fail (KP_IS_PLAN_CAPACITY_GROUP (self));

  g_set_object (&self->plan, plan);
  g_set_object (&self->item, item);
  rebuild (self);
}

/* The row that adds a change: unit, signed number, Add; first, so the focus stays on it. */
static GtkWidget *
build_add_row (KpPlanCapacityGroup *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *add = gtk_button_new_with_mnemonic (_ ("A_dd Change"));
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    gtk_string_list_append (names, kp_capacity_unit_get_name (units[i]));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _ ("Add a change"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _ ("+ more, − less"));
  self->change_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (-10000, 10000, 0.5));
  gtk_spin_button_set_digits (self->change_spin, 1);
  gtk_spin_button_set_value (self->change_spin, 1);
  gtk_widget_set_name (GTK_WIDGET (self->change_spin), "plan-capacity-change");
  gtk_widget_set_valign (GTK_WIDGET (self->change_spin), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->change_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Change"), -1);
  self->unit_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL));
  gtk_widget_set_name (GTK_WIDGET (self->unit_dropdown), "plan-capacity-unit");
  gtk_widget_set_valign (GTK_WIDGET (self->unit_dropdown), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->unit_dropdown), _ ("Unit"));
  gtk_widget_set_name (add, "plan-capacity-add");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_add_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->change_spin));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->unit_dropdown));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), add);
  return row;
}

static void
kp_plan_capacity_group_dispose (GObject *object)
{
  KpPlanCapacityGroup *self = KP_PLAN_CAPACITY_GROUP (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->item);
  G_OBJECT_CLASS (kp_plan_capacity_group_parent_class)->dispose (object);
}

static void
kp_plan_capacity_group_finalize (GObject *object)
{
  g_ptr_array_unref (KP_PLAN_CAPACITY_GROUP (object)->rows);
  G_OBJECT_CLASS (kp_plan_capacity_group_parent_class)->finalize (object);
}

static void
kp_plan_capacity_group_class_init (KpPlanCapacityGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kp_plan_capacity_group_dispose;
  G_OBJECT_CLASS (klass)->finalize = kp_plan_capacity_group_finalize;
}

static void
kp_plan_capacity_group_init (KpPlanCapacityGroup *self)
{
  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _ ("Change of capacity"));
  gtk_widget_set_name (GTK_WIDGET (self), "plan-item-capacity");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), build_add_row (self));
}

GtkWidget *
kp_plan_capacity_group_new (void)
{
  return g_object_new (KP_TYPE_PLAN_CAPACITY_GROUP, NULL);
}
