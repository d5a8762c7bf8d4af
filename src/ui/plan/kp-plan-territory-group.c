/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-territory-group.h"
#include "kp-czech.h"
#include "kp-plan-detail-rows.h"

#include <string.h>

struct _KpPlanTerritoryGroup
{
  AdwPreferencesGroup parent_instance;

  KpPlan     *plan;
  KpPlanItem *item;
  gboolean    updating;
  gboolean    choosing; /* the switch turned off, nothing checked yet */
  char       *folded_search;
  GPtrArray  *checks; /* GtkCheckButton, one per obec, with its "kod" */

  AdwActionRow   *whole_row;
  GtkSwitch      *whole_switch;
  GtkWidget      *chooser; /* the search field and the list */
  GtkSearchEntry *search_entry;
  GtkListBox     *list;
};

G_DEFINE_FINAL_TYPE (KpPlanTerritoryGroup, kp_plan_territory_group, ADW_TYPE_PREFERENCES_GROUP)

static void
write_checked (KpPlanTerritoryGroup *self)
{
  g_autoptr (GPtrArray) codes = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->checks, i);

      if (gtk_check_button_get_active (check))
        g_ptr_array_add (codes, g_object_get_data (G_OBJECT (check), "kod"));
    }
  /* Nothing checked is the whole territory again. */
  if (codes->len == 0)
    self->choosing = FALSE;
  g_ptr_array_add (codes, NULL);
  kp_plan_set_item_obce (self->plan, self->item, (const char *const *) codes->pdata, &error);
  kp_plan_detail_report (GTK_WIDGET (self), error);
}

static void
on_check_toggled_cb (KpPlanTerritoryGroup *self)
{
  if (!self->updating && self->item != NULL)
    write_checked (self);
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  KpPlanTerritoryGroup *self = user_data;
  const char           *key = g_object_get_data (G_OBJECT (row), "key");

  return self->folded_search == NULL || strstr (key, self->folded_search) != NULL;
}

static void
on_search_changed_cb (KpPlanTerritoryGroup *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->folded_search, g_free);
  if (*text != '\0')
    self->folded_search = kp_czech_fold (text);
  gtk_list_box_invalidate_filter (self->list);
}

static int
compare_obce (gconstpointer a,
              gconstpointer b)
{
  return g_strcmp0 (kp_obec_get_sort_key (*(KpObec **) a), kp_obec_get_sort_key (*(KpObec **) b));
}

/* A check row per obec of the territory, A–Z the Czech way; made once per plan. */
static void
build_list (KpPlanTerritoryGroup *self)
{
  GListModel *obce = kp_project_get_obce (kp_project_module_get_project (KP_PROJECT_MODULE (self->plan)));
  guint       n = g_list_model_get_n_items (obce);
  g_autoptr (GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (obce, i));
  g_ptr_array_sort (sorted, compare_obce);
  for (guint i = 0; i < sorted->len; i++)
    {
      KpObec          *obec = g_ptr_array_index (sorted, i);
      g_autofree char *label = kp_plan_dup_obec_label (self->plan, kp_obec_get_kod (obec));
      g_autofree char *name = g_strdup_printf ("plan-obec-%s", kp_obec_get_kod (obec));
      GtkWidget       *row = adw_action_row_new ();
      GtkWidget       *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_widget_set_name (check, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      g_object_set_data_full (G_OBJECT (check), "kod", g_strdup (kp_obec_get_kod (obec)), g_free);
      g_object_set_data_full (G_OBJECT (row), "key", kp_czech_fold (label), g_free);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (on_check_toggled_cb), self);
      gtk_list_box_append (self->list, row);
      g_ptr_array_add (self->checks, check);
    }
}

static void
update (KpPlanTerritoryGroup *self)
{
  GPtrArray       *codes;
  gboolean         whole;
  g_autofree char *summary = NULL;
  guint            n_obce = self->checks->len;

  if (self->item == NULL)
    return;
  codes = kp_plan_item_get_data (self->item)->obce;
  whole = codes->len == 0 && !self->choosing;
  self->updating = TRUE;
  gtk_switch_set_active (self->whole_switch, whole);
  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->checks, i);
      const char     *kod = g_object_get_data (G_OBJECT (check), "kod");
      gboolean        checked = FALSE;

      for (guint j = 0; j < codes->len && !checked; j++)
        checked = g_str_equal (g_ptr_array_index (codes, j), kod);
      gtk_check_button_set_active (check, checked);
    }
  self->updating = FALSE;
  gtk_widget_set_visible (self->chooser, !whole);
  if (codes->len == 0)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "All %u obec of the territory",
                                            "All %u obce of the territory", n_obce),
                               n_obce);
  else
    {
      GString *names = g_string_new (NULL);

      for (guint j = 0; j < codes->len; j++)
        {
          g_autofree char *label = kp_plan_dup_obec_label (self->plan, g_ptr_array_index (codes, j));

          g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", label);
        }
      /* Translators: the obce an activity takes place in, "2 of 12 obce: Lesná, Dubovice" */
      summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u obec: %s",
                                              "%u of %u obce: %s", n_obce),
                                 codes->len, n_obce, names->str);
      g_string_free (names, TRUE);
    }
  adw_action_row_set_subtitle (self->whole_row, summary);
}

static void
on_whole_active_cb (KpPlanTerritoryGroup *self)
{
  g_autoptr (GError) error = NULL;

  if (self->updating || self->item == NULL)
    return;
  if (gtk_switch_get_active (self->whole_switch))
    {
      self->choosing = FALSE;
      if (kp_plan_item_get_data (self->item)->obce->len > 0)
        {
          kp_plan_set_item_obce (self->plan, self->item, NULL, &error);
          kp_plan_detail_report (GTK_WIDGET (self), error);
        }
    }
  else
    self->choosing = TRUE;
  update (self);
  if (self->choosing)
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
kp_plan_territory_group_set_item (KpPlanTerritoryGroup *self,
                                  KpPlan               *plan,
                                  KpPlanItem           *item)
{
  g_return_if_fail (KP_IS_PLAN_TERRITORY_GROUP (self));

  /* Made again for another plan, or when the territory changed. */
  if (plan != self->plan ||
      (plan != NULL &&
       g_list_model_get_n_items (kp_project_get_obce (
           kp_project_module_get_project (KP_PROJECT_MODULE (plan)))) != self->checks->len))
    {
      GtkWidget *row;

      while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
        gtk_list_box_remove (self->list, row);
      g_ptr_array_set_size (self->checks, 0);
      g_set_object (&self->plan, plan);
      if (plan != NULL)
        build_list (self);
    }
  if (item != self->item)
    self->choosing = FALSE;
  g_set_object (&self->item, item);
  update (self);
}

static void
kp_plan_territory_group_dispose (GObject *object)
{
  KpPlanTerritoryGroup *self = KP_PLAN_TERRITORY_GROUP (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->item);
  G_OBJECT_CLASS (kp_plan_territory_group_parent_class)->dispose (object);
}

static void
kp_plan_territory_group_finalize (GObject *object)
{
  KpPlanTerritoryGroup *self = KP_PLAN_TERRITORY_GROUP (object);

  g_ptr_array_unref (self->checks);
  g_free (self->folded_search);
  G_OBJECT_CLASS (kp_plan_territory_group_parent_class)->finalize (object);
}

static void
kp_plan_territory_group_class_init (KpPlanTerritoryGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kp_plan_territory_group_dispose;
  G_OBJECT_CLASS (klass)->finalize = kp_plan_territory_group_finalize;
}

static void
kp_plan_territory_group_init (KpPlanTerritoryGroup *self)
{
  self->checks = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _ ("Territory of the activity"));
  gtk_widget_set_name (GTK_WIDGET (self), "plan-item-territory");

  self->whole_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->whole_row), _ ("The _whole territory"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->whole_row), TRUE);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->whole_row), FALSE);
  gtk_widget_set_name (GTK_WIDGET (self->whole_row), "plan-territory-summary");
  self->whole_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->whole_switch), GTK_ALIGN_CENTER);
  gtk_widget_set_name (GTK_WIDGET (self->whole_switch), "plan-territory-whole");
  g_signal_connect_swapped (self->whole_switch, "notify::active", G_CALLBACK (on_whole_active_cb),
                            self);
  adw_action_row_add_suffix (self->whole_row, GTK_WIDGET (self->whole_switch));
  adw_action_row_set_activatable_widget (self->whole_row, GTK_WIDGET (self->whole_switch));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->whole_row));

  self->chooser = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (self->chooser, 12);
  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text", _ ("Search the obce"), NULL);
  gtk_widget_set_name (GTK_WIDGET (self->search_entry), "plan-territory-search");
  g_signal_connect_swapped (self->search_entry, "search-changed",
                            G_CALLBACK (on_search_changed_cb), self);
  gtk_box_append (GTK_BOX (self->chooser), GTK_WIDGET (self->search_entry));
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_set_name (GTK_WIDGET (self->list), "plan-territory-obce");
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_filter_func (self->list, filter_row, self, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_box_append (GTK_BOX (self->chooser), GTK_WIDGET (self->list));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->chooser);
}

GtkWidget *
kp_plan_territory_group_new (void)
{
  return g_object_new (KP_TYPE_PLAN_TERRITORY_GROUP, NULL);
}
