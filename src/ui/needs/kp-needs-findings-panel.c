/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-needs-findings-panel.h"
#include "kp-finding-editor.h"
#include "kp-needs-common.h"

/* The findings of the analysis with filters by target group and source; each opens in the
 * editor. The list is the module's own (kp_needs_get_findings()), which updates in place. */

struct _KpNeedsFindingsPanel
{
  AdwBin parent_instance;

  KpProject          *project;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  GtkSingleSelection *selection;

  GtkLabel      *count_label;
  GtkDropDown   *group_dropdown;
  GtkDropDown   *source_dropdown;
  GtkColumnView *column_view;
};

G_DEFINE_FINAL_TYPE (KpNeedsFindingsPanel, kp_needs_findings_panel, ADW_TYPE_BIN)

static KpNeeds *
get_needs (KpNeedsFindingsPanel *self)
{
  return kp_needs_get (self->project);
}

static gboolean
filter_finding (gpointer item,
                gpointer user_data)
{
  KpNeedsFindingsPanel *self = user_data;
  const KpFindingData  *data = kp_finding_get_data (item);
  guint                 group = gtk_drop_down_get_selected (self->group_dropdown);
  guint                 source = gtk_drop_down_get_selected (self->source_dropdown);

  if (group > 0 && group != GTK_INVALID_LIST_POSITION &&
      !kp_planning_groups_contain (data->groups, group - 1))
    return FALSE;
  if (source > 0 && source != GTK_INVALID_LIST_POSITION && data->source != source - 1)
    return FALSE;
  return TRUE;
}

static void
update (KpNeedsFindingsPanel *self)
{
  guint            shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint            all = g_list_model_get_n_items (kp_needs_get_findings (get_needs (self)));
  g_autofree char *text = NULL;

  if (shown == all)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u finding", "%u findings", all), all);
  else
    /* Translators: how many findings the filters show, of how many */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u finding shown",
                                         "%u of %u findings shown", all),
                            shown, all);
  gtk_label_set_text (self->count_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "needs.edit-finding",
                                 gtk_single_selection_get_selected_item (self->selection) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "needs.remove-finding",
                                 gtk_single_selection_get_selected_item (self->selection) != NULL);
}

static void
on_filter_changed_cb (KpNeedsFindingsPanel *self)
{
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
edit (KpNeedsFindingsPanel *self,
      KpFinding            *finding)
{
  GtkWidget *editor = kp_finding_editor_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                             get_needs (self), finding);

  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_activate_cb (KpNeedsFindingsPanel *self,
                guint                 position)
{
  g_autoptr (KpFinding) finding = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (finding != NULL)
    edit (self, finding);
}

static void
kp_needs_findings_panel_add_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  edit (KP_NEEDS_FINDINGS_PANEL (widget), NULL);
}

static void
kp_needs_findings_panel_edit_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  KpNeedsFindingsPanel *self = KP_NEEDS_FINDINGS_PANEL (widget);
  KpFinding            *finding = gtk_single_selection_get_selected_item (self->selection);

  if (finding != NULL)
    edit (self, finding);
}

static void
kp_needs_findings_panel_remove_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  KpNeedsFindingsPanel *self = KP_NEEDS_FINDINGS_PANEL (widget);
  KpFinding            *finding = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr (GError) error = NULL;

  if (finding == NULL)
    return;
  if (!kp_needs_remove_finding (get_needs (self), kp_finding_get_id (finding), &error))
    kp_needs_ui_toast (widget, error->message);
  else
    kp_needs_ui_toast (widget, _ ("Finding removed; Ctrl+Z brings it back"));
}

/* A column showing a string property of KpFinding. */
static void
setup_text_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_list_item_set_child (item, label);
}

static void
bind_text_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  const char      *property = user_data;
  g_autofree char *text = NULL;

  g_object_get (gtk_list_item_get_item (item), property, &text, NULL);
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text != NULL ? text : "");
}

static void
add_column (KpNeedsFindingsPanel *self,
            const char           *title,
            const char           *property,
            gboolean              expand,
            int                   width)
{
  GtkListItemFactory  *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_text_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_text_cb), (gpointer) property);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (column, width);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);
}

static void
fill_filters (KpNeedsFindingsPanel *self)
{
  g_autoptr (GtkStringList) groups = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) sources = gtk_string_list_new (NULL);

  gtk_string_list_append (groups, _ ("All target groups"));
  for (guint g = 0; g < KP_N_PLANNING_GROUPS; g++)
    gtk_string_list_append (groups, kp_planning_group_get_name (g));
  gtk_string_list_append (sources, _ ("All sources"));
  for (guint s = 0; s < KP_N_FINDING_SOURCES; s++)
    gtk_string_list_append (sources, kp_finding_source_get_label (s));
  gtk_drop_down_set_model (self->group_dropdown, G_LIST_MODEL (groups));
  gtk_drop_down_set_model (self->source_dropdown, G_LIST_MODEL (sources));
}

static void
kp_needs_findings_panel_dispose (GObject *object)
{
  KpNeedsFindingsPanel *self = KP_NEEDS_FINDINGS_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_NEEDS_FINDINGS_PANEL);
  g_clear_object (&self->selection);
  self->filtered = NULL; /* the selection owned it */
  self->filter = NULL;
  g_clear_object (&self->project);
  G_OBJECT_CLASS (kp_needs_findings_panel_parent_class)->dispose (object);
}

static void
kp_needs_findings_panel_class_init (KpNeedsFindingsPanelClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_needs_findings_panel_dispose;

  gtk_widget_class_set_template_from_resource (
      widget_class, "/cz/komplan/Komplan/ui/needs/kp-needs-findings-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, KpNeedsFindingsPanel, count_label);
  gtk_widget_class_bind_template_child (widget_class, KpNeedsFindingsPanel, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpNeedsFindingsPanel, source_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpNeedsFindingsPanel, column_view);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);

  gtk_widget_class_install_action (widget_class, "needs.add-finding", NULL,
                                   kp_needs_findings_panel_add_action);
  gtk_widget_class_install_action (widget_class, "needs.edit-finding", NULL,
                                   kp_needs_findings_panel_edit_action);
  gtk_widget_class_install_action (widget_class, "needs.remove-finding", NULL,
                                   kp_needs_findings_panel_remove_action);
}

static void
kp_needs_findings_panel_init (KpNeedsFindingsPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_filters (self);
}

GtkWidget *
kp_needs_findings_panel_new (KpProject *project)
{
  KpNeedsFindingsPanel *self;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  self = g_object_new (KP_TYPE_NEEDS_FINDINGS_PANEL, NULL);
  self->project = g_object_ref (project);
  self->filter = gtk_custom_filter_new (filter_finding, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (kp_needs_get_findings (get_needs (self))),
                                              GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->filtered));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  add_column (self, _ ("Code"), "code", FALSE, 70);
  add_column (self, _ ("Finding"), "text", TRUE, -1);
  add_column (self, _ ("Target groups"), "groups-label", FALSE, 200);
  add_column (self, _ ("Source"), "source-label", FALSE, 150);
  add_column (self, _ ("Type of need"), "need-type-label", FALSE, 110);
  add_column (self, _ ("Priority"), "priority-label", FALSE, 80);
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}
