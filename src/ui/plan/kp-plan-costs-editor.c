/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-costs-editor.h"
#include "kp-czech.h"
#include "kp-error.h"

struct _KpPlanCostsEditor
{
  AdwWindow parent_instance;

  KpPlan         *plan;
  KpPlanItem     *item;
  KpPlanItemData *data; /* what the editor holds: costs and indicators as edited */

  AdwPreferencesGroup *costs_group;
  AdwPreferencesGroup *indicators_group;
  GPtrArray           *cost_rows;      /* GtkWidget: the rows of costs, removed on rebuild */
  GPtrArray           *amount_entries; /* GtkEntry, one per cost */
  GPtrArray           *indicator_rows;
  GPtrArray           *indicator_entries; /* GtkEntry ×4 per indicator: name, unit, baseline, target */
  GtkDropDown         *year_dropdown;
  GtkDropDown         *source_dropdown;
  GtkDropDown         *obec_dropdown;
  GPtrArray           *obec_codes; /* char *: the obce of the obec dropdown after "not named" */
  GtkEntry            *amount_entry;
  GtkEntry            *new_indicator_entry;
  GtkLabel            *total_label;
  GtkLabel            *error_label;
};

G_DEFINE_FINAL_TYPE (KpPlanCostsEditor, kp_plan_costs_editor, ADW_TYPE_WINDOW)

static void rebuild (KpPlanCostsEditor *self);

static int
compare_costs (gconstpointer a,
               gconstpointer b)
{
  return kp_plan_cost_compare (*(KpPlanCost *const *) a, *(KpPlanCost *const *) b);
}

static int
period_from (KpPlanCostsEditor *self)
{
  return kp_plan_version_get_data (kp_plan_get_current_version (self->plan))->period_from;
}

static GtkEntry *
new_entry (const char *text,
           int         width,
           const char *name,
           const char *label)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), width);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_widget_set_name (entry, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  return GTK_ENTRY (entry);
}

static GtkWidget *
new_remove_button (const char *tooltip,
                   guint       index,
                   GCallback   callback,
                   gpointer    data)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
  g_signal_connect_swapped (button, "clicked", callback, data);
  return button;
}

static char *
format_value (gboolean has,
              double   value)
{
  return has ? kp_czech_format_double (value, value == (gint64) value ? 0 : 2) : g_strdup ("");
}

/* "2026 · Obce – Lesná" */
static char *
format_cost (KpPlanCostsEditor *self,
             const KpPlanCost  *cost)
{
  g_autofree char *obec = cost->obec_kod != NULL ? kp_plan_dup_obec_label (self->plan, cost->obec_kod)
                                                 : NULL;

  return g_strdup_printf ("%d · %s%s%s", cost->year, kp_financing_source_get_name (cost->source),
                          obec != NULL ? " – " : "", obec != NULL ? obec : "");
}

static gboolean
refuse (GtkEntry   *entry,
        const char *what,
        const char *message,
        GError    **error)
{
  gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID, "%s: %s", what, message);
  return FALSE;
}

/* Reads the entries into self->data; %FALSE with the entry marked when one is wrong. */
static gboolean
read_entries (KpPlanCostsEditor *self,
              GError           **error)
{
  for (guint i = 0; i < self->amount_entries->len; i++)
    {
      GtkEntry   *entry = g_ptr_array_index (self->amount_entries, i);
      KpPlanCost *cost = g_ptr_array_index (self->data->costs, i);

      gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
      if (!kp_parse_money (gtk_editable_get_text (GTK_EDITABLE (entry)), &cost->amount))
        {
          g_autofree char *what = format_cost (self, cost);

          return refuse (entry, what, _ ("write whole crowns, e.g. 120 000"), error);
        }
    }
  for (guint i = 0; i < self->data->indicators->len; i++)
    {
      KpPlanIndicator *n = g_ptr_array_index (self->data->indicators, i);
      GtkEntry        *name = g_ptr_array_index (self->indicator_entries, 4 * i);
      GtkEntry        *unit = g_ptr_array_index (self->indicator_entries, 4 * i + 1);
      GtkEntry        *values[2] = { g_ptr_array_index (self->indicator_entries, 4 * i + 2),
                                     g_ptr_array_index (self->indicator_entries, 4 * i + 3) };
      gboolean        *has[2] = { &n->has_baseline, &n->has_target };
      double          *value[2] = { &n->baseline, &n->target };

      g_free (n->name);
      n->name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (name))));
      g_free (n->unit);
      n->unit = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (unit))));
      if (*n->unit == '\0')
        g_clear_pointer (&n->unit, g_free);
      for (guint v = 0; v < 2; v++)
        {
          g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (values[v]))));

          gtk_widget_remove_css_class (GTK_WIDGET (values[v]), "error");
          *has[v] = *text != '\0';
          if (*has[v] && !kp_parse_number (text, value[v]))
            return refuse (values[v], n->name, _ ("write a number, e.g. 12 or 12,5"), error);
        }
    }
  return TRUE;
}

static void
show_error (KpPlanCostsEditor *self,
            const GError      *error)
{
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
on_remove_cost_clicked_cb (KpPlanCostsEditor *self,
                           GtkWidget         *button)
{
  g_autoptr (GError) error = NULL;

  if (!read_entries (self, &error))
    {
      show_error (self, error);
      return;
    }
  g_ptr_array_remove_index (self->data->costs,
                            GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index")));
  rebuild (self);
}

static void
on_remove_indicator_clicked_cb (KpPlanCostsEditor *self,
                                GtkWidget         *button)
{
  g_autoptr (GError) error = NULL;

  if (!read_entries (self, &error))
    {
      show_error (self, error);
      return;
    }
  g_ptr_array_remove_index (self->data->indicators,
                            GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index")));
  rebuild (self);
}

static void
on_add_cost_clicked_cb (KpPlanCostsEditor *self)
{
  g_autoptr (GError) error = NULL;
  int year = period_from (self) +
             (int) gtk_drop_down_get_selected (self->year_dropdown);
  guint       source = gtk_drop_down_get_selected (self->source_dropdown);
  guint       obec = gtk_drop_down_get_selected (self->obec_dropdown);
  const char *obec_kod = NULL;
  gint64      amount;

  if (!read_entries (self, &error))
    {
      show_error (self, error);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->amount_entry), "error");
  if (!kp_parse_money (gtk_editable_get_text (GTK_EDITABLE (self->amount_entry)), &amount))
    {
      refuse (self->amount_entry, _ ("New cost"), _ ("write whole crowns, e.g. 120 000"), &error);
      show_error (self, error);
      return;
    }
  if (source == KP_FINANCING_SOURCE_OBEC && obec >= 1 && obec <= self->obec_codes->len)
    obec_kod = g_ptr_array_index (self->obec_codes, obec - 1);
  for (guint i = 0; i < self->data->costs->len; i++)
    {
      KpPlanCost *cost = g_ptr_array_index (self->data->costs, i);

      /* The same year and source (and obec) again adds to it. */
      if (cost->year == year && cost->source == source && g_strcmp0 (cost->obec_kod, obec_kod) == 0)
        {
          cost->amount += amount;
          rebuild (self);
          return;
        }
    }
  g_ptr_array_add (self->data->costs, kp_plan_cost_new (year, source, obec_kod, amount));
  g_ptr_array_sort (self->data->costs, compare_costs);
  gtk_editable_set_text (GTK_EDITABLE (self->amount_entry), "");
  rebuild (self);
}

static void
on_add_indicator_clicked_cb (KpPlanCostsEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_indicator_entry))));
  KpPlanIndicator *indicator;

  if (!read_entries (self, &error))
    {
      show_error (self, error);
      return;
    }
  if (*name == '\0')
    {
      refuse (self->new_indicator_entry, _ ("New indicator"), _ ("give it a name"), &error);
      show_error (self, error);
      return;
    }
  indicator = g_new0 (KpPlanIndicator, 1);
  indicator->name = g_steal_pointer (&name);
  g_ptr_array_add (self->data->indicators, indicator);
  gtk_editable_set_text (GTK_EDITABLE (self->new_indicator_entry), "");
  rebuild (self);
}

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static void
rebuild (KpPlanCostsEditor *self)
{
  g_autofree char *total = kp_format_money (kp_plan_item_data_total_costs (self->data));
  g_autofree char *total_text = g_strdup_printf (_ ("Total %s"), total);

  clear_rows (self->costs_group, self->cost_rows);
  clear_rows (self->indicators_group, self->indicator_rows);
  g_ptr_array_set_size (self->amount_entries, 0);
  g_ptr_array_set_size (self->indicator_entries, 0);
  for (guint i = 0; i < self->data->costs->len; i++)
    {
      KpPlanCost      *cost = g_ptr_array_index (self->data->costs, i);
      GtkWidget       *row = adw_action_row_new ();
      g_autofree char *title = format_cost (self, cost);
      g_autofree char *amount = kp_czech_format_int (cost->amount);
      g_autofree char *name = g_strdup_printf ("plan-cost-amount-%u", i);
      GtkEntry        *entry = new_entry (amount, 12, name, title);

      gtk_entry_set_alignment (entry, 1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (entry));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new ("Kč"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 new_remove_button (_ ("Remove the cost"), i,
                                                    G_CALLBACK (on_remove_cost_clicked_cb), self));
      adw_preferences_group_add (self->costs_group, row);
      g_ptr_array_add (self->cost_rows, row);
      g_ptr_array_add (self->amount_entries, entry);
    }
  gtk_label_set_text (self->total_label, total_text);
  for (guint i = 0; i < self->data->indicators->len; i++)
    {
      KpPlanIndicator *n = g_ptr_array_index (self->data->indicators, i);
      GtkWidget       *row = adw_action_row_new ();
      GtkWidget       *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      g_autofree char *baseline = format_value (n->has_baseline, n->baseline);
      g_autofree char *target = format_value (n->has_target, n->target);
      const char      *roles[] = { "name", "unit", "baseline", "target" };
      const char      *labels[] = { _ ("Indicator"), _ ("Unit"), _ ("Baseline"), _ ("Target") };
      const char      *texts[] = { n->name, n->unit, baseline, target };
      const int        widths[] = { 22, 8, 6, 6 };

      gtk_widget_set_margin_top (line, 6);
      gtk_widget_set_margin_bottom (line, 6);
      for (guint f = 0; f < G_N_ELEMENTS (roles); f++)
        {
          g_autofree char *name = g_strdup_printf ("plan-indicator-%s-%u", roles[f], i);
          GtkEntry        *entry = new_entry (texts[f], widths[f], name, labels[f]);

          gtk_entry_set_placeholder_text (entry, labels[f]);
          gtk_widget_set_hexpand (GTK_WIDGET (entry), f == 0);
          gtk_box_append (GTK_BOX (line), GTK_WIDGET (entry));
          g_ptr_array_add (self->indicator_entries, entry);
        }
      gtk_box_append (GTK_BOX (line),
                      new_remove_button (_ ("Remove the indicator"), i,
                                         G_CALLBACK (on_remove_indicator_clicked_cb), self));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), line);
      adw_preferences_group_add (self->indicators_group, row);
      g_ptr_array_add (self->indicator_rows, row);
    }
}

static void
on_save_clicked_cb (KpPlanCostsEditor *self)
{
  g_autoptr (GError) error = NULL;

  if (kp_plan_costs_editor_save (self, &error))
    gtk_window_close (GTK_WINDOW (self));
  else
    show_error (self, error);
}

static gboolean
save_shortcut (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  on_save_clicked_cb (KP_PLAN_COSTS_EDITOR (widget));
  return TRUE;
}

static GtkWidget *
build_header (KpPlanCostsEditor *self)
{
  GtkWidget       *header = adw_header_bar_new ();
  GtkWidget       *cancel = gtk_button_new_with_mnemonic (_ ("_Cancel"));
  GtkWidget       *save = gtk_button_new_with_mnemonic (_ ("_Save"));
  GtkWidget       *title = adw_window_title_new (NULL, NULL);
  g_autofree char *heading = g_strdup_printf ("%s %s", kp_plan_item_get_code (self->item),
                                              kp_plan_item_get_title (self->item));

  gtk_window_set_title (GTK_WINDOW (self), heading);
  adw_window_title_set_title (ADW_WINDOW_TITLE (title), heading);
  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (title), _ ("Costs and indicators"));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_close), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_widget_set_name (save, "plan-costs-save");
  gtk_widget_set_tooltip_text (save, _ ("Save (Ctrl+Enter)"));
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (on_save_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  return header;
}

static int
compare_obce (gconstpointer a,
              gconstpointer b)
{
  return g_strcmp0 (kp_obec_get_sort_key (*(KpObec **) a), kp_obec_get_sort_key (*(KpObec **) b));
}

/* Which obec gives the money of the source obec: not named, or an obec of the territory
 * by name (with its okres where names repeat), A–Z. Shown only for that source. */
static GtkDropDown *
build_obec_dropdown (KpPlanCostsEditor *self)
{
  GListModel *obce = kp_project_get_obce (kp_project_module_get_project (KP_PROJECT_MODULE (self->plan)));
  guint       n = g_list_model_get_n_items (obce);
  g_autoptr (GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr (GtkExpression) expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  GtkDropDown *dropdown;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (obce, i));
  g_ptr_array_sort (sorted, compare_obce);
  gtk_string_list_append (labels, _ ("Obec not named"));
  for (guint i = 0; i < sorted->len; i++)
    {
      const char      *kod = kp_obec_get_kod (g_ptr_array_index (sorted, i));
      g_autofree char *label = kp_plan_dup_obec_label (self->plan, kod);

      gtk_string_list_append (labels, label);
      g_ptr_array_add (self->obec_codes, g_strdup (kod));
    }
  dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)),
                                               gtk_expression_ref (expression)));
  gtk_drop_down_set_enable_search (dropdown, TRUE);
  gtk_widget_set_name (GTK_WIDGET (dropdown), "plan-cost-obec");
  gtk_widget_set_tooltip_text (GTK_WIDGET (dropdown), _ ("Which obec"));
  return dropdown;
}

static void
on_source_selected_cb (KpPlanCostsEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->obec_dropdown),
                          gtk_drop_down_get_selected (self->source_dropdown) ==
                              KP_FINANCING_SOURCE_OBEC);
}

/* The line that adds a cost: year, source (and obec), amount. */
static GtkWidget *
build_new_cost (KpPlanCostsEditor *self)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *add = gtk_button_new_with_mnemonic (_ ("A_dd Cost"));
  g_autoptr (GtkStringList) years = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) sources = gtk_string_list_new (NULL);
  const KpPlanVersionData *v = kp_plan_version_get_data (kp_plan_get_current_version (self->plan));

  for (int year = v->period_from; year <= v->period_to; year++)
    {
      g_autofree char *text = g_strdup_printf ("%d", year);

      gtk_string_list_append (years, text);
    }
  for (guint i = 0; i < KP_N_FINANCING_SOURCES; i++)
    gtk_string_list_append (sources, kp_financing_source_get_name (i));
  self->year_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (years)), NULL));
  gtk_widget_set_name (GTK_WIDGET (self->year_dropdown), "plan-cost-year");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->year_dropdown), _ ("Year"));
  self->source_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (sources)), NULL));
  gtk_widget_set_name (GTK_WIDGET (self->source_dropdown), "plan-cost-source");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->source_dropdown), _ ("Source of money"));
  gtk_widget_set_hexpand (GTK_WIDGET (self->source_dropdown), TRUE);
  self->obec_dropdown = build_obec_dropdown (self);
  g_signal_connect_swapped (self->source_dropdown, "notify::selected",
                            G_CALLBACK (on_source_selected_cb), self);
  on_source_selected_cb (self);
  self->amount_entry = new_entry (NULL, 12, "plan-cost-new-amount", _ ("Amount in whole Kč"));
  gtk_entry_set_placeholder_text (self->amount_entry, _ ("Amount in Kč"));
  gtk_entry_set_alignment (self->amount_entry, 1);
  g_signal_connect_swapped (self->amount_entry, "activate", G_CALLBACK (on_add_cost_clicked_cb),
                            self);
  gtk_widget_set_name (add, "plan-cost-add");
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_add_cost_clicked_cb), self);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->year_dropdown));
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->source_dropdown));
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->obec_dropdown));
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->amount_entry));
  gtk_box_append (GTK_BOX (line), add);
  return line;
}

static GtkWidget *
build_new_indicator (KpPlanCostsEditor *self)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *add = gtk_button_new_with_mnemonic (_ ("Add _Indicator"));

  self->new_indicator_entry = new_entry (NULL, 22, "plan-indicator-new", _ ("New indicator"));
  gtk_entry_set_placeholder_text (self->new_indicator_entry, _ ("Name of a new indicator"));
  gtk_widget_set_hexpand (GTK_WIDGET (self->new_indicator_entry), TRUE);
  g_signal_connect_swapped (self->new_indicator_entry, "activate",
                            G_CALLBACK (on_add_indicator_clicked_cb), self);
  gtk_widget_set_name (add, "plan-indicator-add");
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_add_indicator_clicked_cb), self);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->new_indicator_entry));
  gtk_box_append (GTK_BOX (line), add);
  return line;
}

static void
build (KpPlanCostsEditor *self)
{
  GtkWidget           *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  AdwPreferencesPage  *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *group;

  gtk_box_append (GTK_BOX (box), build_header (self));
  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_widget_set_name (GTK_WIDGET (self->error_label), "plan-costs-error");
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_margin_top (GTK_WIDGET (self->error_label), 6);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _ ("Add a cost"));
  adw_preferences_group_add (group, build_new_cost (self));
  adw_preferences_page_add (page, group);
  self->costs_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->costs_group, _ ("Costs per year and source"));
  self->total_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->total_label), "plan-costs-total");
  gtk_widget_add_css_class (GTK_WIDGET (self->total_label), "numeric");
  adw_preferences_group_set_header_suffix (self->costs_group, GTK_WIDGET (self->total_label));
  adw_preferences_page_add (page, self->costs_group);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _ ("Add an indicator"));
  adw_preferences_group_add (group, build_new_indicator (self));
  adw_preferences_page_add (page, group);
  self->indicators_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->indicators_group,
                                   _ ("Indicators: name, unit, baseline and target"));
  adw_preferences_page_add (page, self->indicators_group);
  rebuild (self);

  gtk_widget_set_vexpand (GTK_WIDGET (page), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (page));
  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
kp_plan_costs_editor_dispose (GObject *object)
{
  KpPlanCostsEditor *self = KP_PLAN_COSTS_EDITOR (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->item);
  g_clear_pointer (&self->data, kp_plan_item_data_free);
  g_clear_pointer (&self->cost_rows, g_ptr_array_unref);
  g_clear_pointer (&self->amount_entries, g_ptr_array_unref);
  g_clear_pointer (&self->indicator_rows, g_ptr_array_unref);
  g_clear_pointer (&self->indicator_entries, g_ptr_array_unref);
  g_clear_pointer (&self->obec_codes, g_ptr_array_unref);
  G_OBJECT_CLASS (kp_plan_costs_editor_parent_class)->dispose (object);
}

static void
kp_plan_costs_editor_class_init (KpPlanCostsEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_plan_costs_editor_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, save_shortcut,
                                NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, save_shortcut,
                                NULL);
}

static void
kp_plan_costs_editor_init (KpPlanCostsEditor *self)
{
  self->cost_rows = g_ptr_array_new ();
  self->amount_entries = g_ptr_array_new ();
  self->indicator_rows = g_ptr_array_new ();
  self->indicator_entries = g_ptr_array_new ();
  self->obec_codes = g_ptr_array_new_with_free_func (g_free);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 720);
}

GtkWidget *
kp_plan_costs_editor_new (KpPlan     *plan,
                          KpPlanItem *item)
{
  KpPlanCostsEditor *self;

  g_return_val_if_fail (KP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (KP_IS_PLAN_ITEM (item), NULL);

  self = g_object_new (KP_TYPE_PLAN_COSTS_EDITOR, NULL);
  self->plan = g_object_ref (plan);
  self->item = g_object_ref (item);
  self->data = kp_plan_item_data_copy (kp_plan_item_get_data (item), FALSE);
  build (self);
  return GTK_WIDGET (self);
}

gboolean
kp_plan_costs_editor_save (KpPlanCostsEditor *self,
                           GError           **error)
{
  g_return_val_if_fail (KP_IS_PLAN_COSTS_EDITOR (self), FALSE);

  if (!read_entries (self, error))
    return FALSE;
  return kp_plan_update_item (self->plan, self->item, self->data, error);
}
