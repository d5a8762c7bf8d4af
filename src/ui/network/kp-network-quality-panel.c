/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-network-quality-panel.h"
#include "kp-network-code-lists.h"

/* The list shows the network's live issues, which a check in the background fills after
 * the network is first read and the network keeps current after every change; with
 * "Show dismissed" it shows a check of the services that includes the dismissed ones, made
 * again after every change of the network (the project's "changed"). */

struct _KpNetworkQualityPanel
{
  GtkBox parent_instance;

  KpProject      *project;
  GListModel     *live;  /* the network's issues not dismissed */
  GListStore     *store; /* what the list shows */
  GtkListBox     *list;
  GtkCheckButton *dismissed_check;
  GtkLabel       *summary_label;
  GtkBox         *header;
};

G_DEFINE_FINAL_TYPE (KpNetworkQualityPanel, kp_network_quality_panel, GTK_TYPE_BOX)

enum
{
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

enum
{
  SIGNAL_GO_TO,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

/* The project's network of services (created on first use). */
static KpServiceNetwork *
get_network (KpNetworkQualityPanel *self)
{
  return kp_service_network_get (self->project);
}

const char *
kp_network_quality_kind_get_title (KpDataQualityKind kind)
{
  switch (kind)
    {
    case KP_DATA_QUALITY_NO_ADDRESS_POINT:
      return _ ("Facility without an address point");
    case KP_DATA_QUALITY_ENDED_IN_USE:
      return _ ("Ended service still in use");
    case KP_DATA_QUALITY_NO_CONTACT:
      return _ ("No contact");
    case KP_DATA_QUALITY_FORM_NOT_ALLOWED:
      return _ ("Form not allowed for the type");
    case KP_DATA_QUALITY_REPEATED_FACILITY:
      return _ ("Facility listed more than once");
    case KP_DATA_QUALITY_MIXED_UNITS:
      return _ ("Capacity in several units");
    default:
      return _ ("Problem");
    }
}

static void
update_summary (KpNetworkQualityPanel *self)
{
  guint            n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  guint            n_open = 0;
  g_autofree char *summary = NULL;

  if (!kp_service_network_get_quality_ready (get_network (self)))
    {
      gtk_label_set_text (self->summary_label, _ ("Checking the data of the services…"));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpDataQualityIssue) issue = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      n_open += !kp_data_quality_issue_get_dismissed (issue);
    }
  if (n_open == 0)
    summary = g_strdup (_ ("No problems found in the data of the services."));
  else
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u problem to check",
                                            "%u problems to check", n_open),
                               n_open);
  gtk_label_set_text (self->summary_label, summary);
}

/* Shows the live issues, or every issue with the dismissed ones. */
static void
reload (KpNetworkQualityPanel *self)
{
  g_autoptr (GPtrArray) issues = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  if (gtk_check_button_get_active (self->dismissed_check))
    issues = kp_service_network_check_quality (get_network (self), TRUE);
  else
    {
      guint n_live = g_list_model_get_n_items (self->live);

      issues = g_ptr_array_new_full (n_live, g_object_unref);
      for (guint i = 0; i < n_live; i++)
        g_ptr_array_add (issues, g_list_model_get_item (self->live, i));
    }
  g_list_store_splice (self->store, 0, n, issues->pdata, issues->len);
  update_summary (self);
}

static void
on_live_items_changed_cb (KpNetworkQualityPanel *self)
{
  if (!gtk_check_button_get_active (self->dismissed_check))
    reload (self);
}

static void
on_project_changed_cb (KpNetworkQualityPanel *self,
                       KpChanges             *changes)
{
  if (gtk_check_button_get_active (self->dismissed_check) &&
      kp_changes_has_module (changes, "network"))
    reload (self);
}

static void
on_go_to_clicked_cb (GtkButton             *button,
                     KpNetworkQualityPanel *self)
{
  KpDataQualityIssue *issue = g_object_get_data (G_OBJECT (button), "issue");

  g_signal_emit (self, signals[SIGNAL_GO_TO], 0, kp_data_quality_issue_get_service (issue));
}

static void
on_dismiss_clicked_cb (GtkButton             *button,
                       KpNetworkQualityPanel *self)
{
  KpDataQualityIssue *issue = g_object_get_data (G_OBJECT (button), "issue");

  kp_network_quality_panel_dismiss (self, issue, !kp_data_quality_issue_get_dismissed (issue));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  KpNetworkQualityPanel *self = user_data;
  KpDataQualityIssue    *issue = item;
  KpService             *service = kp_data_quality_issue_get_service (issue);
  GtkWidget             *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget             *title = gtk_label_new (kp_network_quality_kind_get_title (
                  kp_data_quality_issue_get_kind (issue)));
  GtkWidget             *name = gtk_label_new (kp_service_get_name (service));
  GtkWidget             *message = gtk_label_new (kp_data_quality_issue_get_message (issue));
  GtkWidget             *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget             *go_to = gtk_button_new_with_mnemonic (_ ("_Go To"));
  GtkWidget             *dismiss = gtk_button_new_with_mnemonic (
                  kp_data_quality_issue_get_dismissed (issue) ? _ ("_Show Again") : _ ("_Dismiss"));

  gtk_widget_set_margin_start (row, 12);
  gtk_widget_set_margin_end (row, 12);
  gtk_widget_set_margin_top (row, 8);
  gtk_widget_set_margin_bottom (row, 8);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_widget_add_css_class (message, "dim-label");
  if (kp_data_quality_issue_get_dismissed (issue))
    gtk_widget_add_css_class (row, "kp-dismissed");

  g_object_set_data_full (G_OBJECT (go_to), "issue", g_object_ref (issue), g_object_unref);
  g_object_set_data_full (G_OBJECT (dismiss), "issue", g_object_ref (issue), g_object_unref);
  gtk_widget_set_name (dismiss, "quality-dismiss");
  gtk_widget_set_name (go_to, "quality-go-to");
  gtk_widget_set_tooltip_text (go_to, _ ("Select the service in the list"));
  g_signal_connect (go_to, "clicked", G_CALLBACK (on_go_to_clicked_cb), self);
  g_signal_connect (dismiss, "clicked", G_CALLBACK (on_dismiss_clicked_cb), self);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), go_to);
  gtk_box_append (GTK_BOX (buttons), dismiss);

  gtk_box_append (GTK_BOX (row), title);
  gtk_box_append (GTK_BOX (row), name);
  gtk_box_append (GTK_BOX (row), message);
  gtk_box_append (GTK_BOX (row), buttons);
  return row;
}

/* The live issues and the project's changes are followed from here, in one place each. */
static void
kp_network_quality_panel_constructed (GObject *object)
{
  KpNetworkQualityPanel *self = KP_NETWORK_QUALITY_PANEL (object);

  G_OBJECT_CLASS (kp_network_quality_panel_parent_class)->constructed (object);
  g_assert (KP_IS_PROJECT (self->project));
  /* Asking for them starts the check in the background; the list fills when it is done. */
  self->live = g_object_ref (kp_service_network_get_quality_issues (get_network (self)));
  g_signal_connect_object (self->live, "items-changed", G_CALLBACK (on_live_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->project, "changed", G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);
  /* The code lists missing from the reference data come before the problems of services. */
  gtk_box_insert_child_after (self->header, kp_network_code_lists_new (self->project),
                              gtk_widget_get_first_child (GTK_WIDGET (self->header)));
  reload (self);
}

static void
kp_network_quality_panel_dispose (GObject *object)
{
  KpNetworkQualityPanel *self = KP_NETWORK_QUALITY_PANEL (object);

  g_clear_object (&self->live);
  g_clear_object (&self->project);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (kp_network_quality_panel_parent_class)->dispose (object);
}

static void
kp_network_quality_panel_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  KpNetworkQualityPanel *self = KP_NETWORK_QUALITY_PANEL (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_network_quality_panel_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  KpNetworkQualityPanel *self = KP_NETWORK_QUALITY_PANEL (object);

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
kp_network_quality_panel_class_init (KpNetworkQualityPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = kp_network_quality_panel_constructed;
  object_class->dispose = kp_network_quality_panel_dispose;
  object_class->get_property = kp_network_quality_panel_get_property;
  object_class->set_property = kp_network_quality_panel_set_property;

  properties[PROP_PROJECT] =
      g_param_spec_object ("project", NULL, NULL, KP_TYPE_PROJECT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  signals[SIGNAL_GO_TO] = g_signal_new ("go-to", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                        NULL, NULL, NULL, G_TYPE_NONE, 1, KP_TYPE_SERVICE);
}

static void
kp_network_quality_panel_init (KpNetworkQualityPanel *self)
{
  GtkWidget *heading = gtk_label_new (_ ("Data Quality"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  self->store = g_list_store_new (KP_TYPE_DATA_QUALITY_ISSUE);

  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 12);
  gtk_widget_set_margin_top (header, 12);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "title-4");
  self->summary_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->summary_label), "quality-summary");
  gtk_label_set_xalign (self->summary_label, 0);
  gtk_label_set_wrap (self->summary_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "dim-label");
  self->dismissed_check = GTK_CHECK_BUTTON (
      gtk_check_button_new_with_mnemonic (_ ("Show _dismissed problems")));
  gtk_widget_set_name (GTK_WIDGET (self->dismissed_check), "quality-show-dismissed");
  g_signal_connect_swapped (self->dismissed_check, "toggled", G_CALLBACK (reload), self);
  self->header = GTK_BOX (header);
  gtk_box_append (GTK_BOX (header), heading);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->summary_label));
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->dismissed_check));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_set_name (GTK_WIDGET (self->list), "quality-list");
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->store), create_row, self, NULL);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));

  gtk_box_append (GTK_BOX (self), header);
  gtk_box_append (GTK_BOX (self), scrolled);
}

GtkWidget *
kp_network_quality_panel_new (KpProject *project)
{
  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  return g_object_new (KP_TYPE_NETWORK_QUALITY_PANEL, "project", project, NULL);
}

GListModel *
kp_network_quality_panel_get_model (KpNetworkQualityPanel *self)
{
  g_return_val_if_fail (KP_IS_NETWORK_QUALITY_PANEL (self), NULL);
  return G_LIST_MODEL (self->store);
}

gboolean
kp_network_quality_panel_dismiss (KpNetworkQualityPanel *self,
                                  KpDataQualityIssue    *issue,
                                  gboolean               dismissed)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpDataQualityIssue) keep = NULL;

  g_return_val_if_fail (KP_IS_NETWORK_QUALITY_PANEL (self), FALSE);
  g_return_val_if_fail (KP_IS_DATA_QUALITY_ISSUE (issue), FALSE);

  keep = g_object_ref (issue); /* the list is rebuilt under it */
  if (!kp_service_network_set_issue_dismissed (get_network (self), issue, dismissed, &error))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", error->message);
      return FALSE;
    }
  return TRUE;
}
