/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-service-detail.h"
#include "kp-service-local-editor.h"
#include "kp-kraj-network-editor.h"
#include "kp-service-registry-rows.h"
#include "kp-service-scope-editor.h"

struct _KpServiceDetail
{
  AdwBin parent_instance;

  KpProject    *project;
  KpService    *service;
  GSignalGroup *service_signals; /* on service */
  gboolean      updating;

  GtkStack             *stack;
  GtkScrolledWindow    *scrolled;
  GtkLabel             *name_label;
  GtkLabel             *subtitle_label;
  GtkBox               *badges_box;
  GtkButton            *show_map_button;
  GtkButton            *remove_button;
  GtkWidget            *registry_box;
  GtkListBox           *registry_list;
  GtkWidget            *facilities_box;
  GtkListBox           *facilities_list;
  GtkWidget            *contacts_box;
  GtkListBox           *contacts_list;
  AdwBin               *local_editor_bin;
  KpServiceLocalEditor *local_editor;
  GtkTextView          *description_view;
  GtkButton            *description_apply_button;
  AdwEntryRow          *hours_row;
  AdwEntryRow          *fees_row;
  AdwEntryRow          *accessibility_row;
  AdwBin               *scope_editor_bin;
  KpServiceScopeEditor *scope_editor;
  AdwBin               *network_editor_bin;
  KpKrajNetworkEditor  *network_editor;
};

G_DEFINE_FINAL_TYPE (KpServiceDetail, kp_service_detail, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_PROJECT,
  PROP_SERVICE,
  N_PROPS
};

enum
{
  SIGNAL_REMOVE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

/* The project's network of services (created on first use). */
static KpServiceNetwork *
get_network (KpServiceDetail *self)
{
  return kp_service_network_get (self->project);
}

static void
toast (KpServiceDetail *self,
       const char      *message)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", message);
}

static void
add_badge (KpServiceDetail *self,
           const char      *text,
           const char      *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "kp-badge");
  gtk_widget_add_css_class (label, style);
  gtk_box_append (self->badges_box, label);
}

static void
fill_registry (KpServiceDetail *self)
{
  kp_service_registry_rows_fill (self->registry_list, self->service);
  gtk_widget_set_visible (self->registry_box, !kp_service_get_is_local (self->service));
}

static void
fill_facilities (KpServiceDetail *self)
{
  kp_service_registry_rows_fill_facilities (self->facilities_list, self->service);
  gtk_widget_set_visible (self->facilities_box, kp_service_get_facilities (self->service)->len > 0);
}

static void
fill_contacts (KpServiceDetail *self)
{
  kp_service_registry_rows_fill_contacts (self->contacts_list, self->service);
  gtk_widget_set_visible (self->contacts_box, TRUE);
}

static void
update_texts (KpServiceDetail *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  const char    *description = kp_service_get_description (self->service);
  struct
  {
    AdwEntryRow *row;
    const char  *text;
  } rows[] = {
    { self->hours_row, kp_service_get_hours (self->service) },
    { self->fees_row, kp_service_get_fees (self->service) },
    { self->accessibility_row, kp_service_get_accessibility (self->service) },
  };

  self->updating = TRUE;
  gtk_text_buffer_set_text (buffer, description != NULL ? description : "", -1);
  gtk_text_buffer_set_modified (buffer, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (rows[i].row)),
                   rows[i].text != NULL ? rows[i].text : "") != 0)
      gtk_editable_set_text (GTK_EDITABLE (rows[i].row), rows[i].text != NULL ? rows[i].text : "");
  self->updating = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->description_apply_button), FALSE);
}

static gboolean
has_area (KpService *service)
{
  const char *const *obce = kp_service_get_obce (service);

  return (obce != NULL && obce[0] != NULL) || kp_service_get_scope (service)->len > 0;
}

static void
update_header (KpServiceDetail *self)
{
  KpService       *service = self->service;
  GtkWidget       *child;
  g_autofree char *subtitle = NULL;
  gboolean         local = kp_service_get_is_local (service);

  gtk_label_set_text (self->name_label, kp_service_get_name (service));
  if (local)
    {
      const char *provider = kp_service_get_provider_name (service);

      /* Translators: kind of a local service and who provides it */
      subtitle = provider != NULL ? g_strdup_printf (_ ("%s · %s"),
                                                     kp_service_local_kind_get_label (
                                                         kp_service_get_local_kind (service)),
                                                     provider)
                                  : g_strdup (kp_service_local_kind_get_label (
                                        kp_service_get_local_kind (service)));
    }
  else
    subtitle = g_strdup_printf (_ ("%s · %s"), kp_service_get_type_name (service),
                                kp_service_get_provider_name (service));
  gtk_label_set_text (self->subtitle_label, subtitle);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->badges_box))) != NULL)
    gtk_box_remove (self->badges_box, child);
  if (local)
    /* Translators: badge of a local service that is not in the MPSV registry */
    add_badge (self, _ ("related / not registered"), "kp-badge-local");
  else
    {
      add_badge (self, _ ("registered"), "kp-badge-registered");
      if (kp_service_get_is_active (service))
        add_badge (self, _ ("active"), "kp-badge-active");
      else
        add_badge (self, _ ("ended"), "kp-badge-ended");
      if (!kp_service_get_in_registry (service))
        add_badge (self, _ ("no longer in the registry"), "kp-badge-ended");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->remove_button), local);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->show_map_button), "x",
                                    kp_service_get_id (service));
  gtk_widget_set_sensitive (GTK_WIDGET (self->show_map_button), has_area (service));
}

static void
update_all (KpServiceDetail *self)
{
  if (self->service == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }
  update_header (self);
  fill_registry (self);
  fill_facilities (self);
  fill_contacts (self);
  update_texts (self);
  gtk_widget_set_visible (GTK_WIDGET (self->local_editor_bin),
                          kp_service_get_is_local (self->service));
  gtk_widget_set_visible (GTK_WIDGET (self->network_editor_bin),
                          !kp_service_get_is_local (self->service));
  gtk_stack_set_visible_child_name (self->stack, "service");
}

static void
on_service_notify_cb (KpServiceDetail *self,
                      GParamSpec      *pspec)
{
  const char *name = g_param_spec_get_name (pspec);

  if (self->service == NULL)
    return;
  if (g_str_equal (name, "description") || g_str_equal (name, "hours") ||
      g_str_equal (name, "fees") || g_str_equal (name, "accessibility"))
    update_texts (self);
  else if (g_str_equal (name, "scope") || g_str_equal (name, "kraj-network"))
    update_header (self); /* the editors follow by themselves */
  else if (g_str_equal (name, "contacts") || g_str_has_prefix (name, "provider-") ||
           g_str_has_suffix (name, "phones") || g_str_has_suffix (name, "emails") ||
           g_str_has_suffix (name, "webs"))
    {
      update_header (self);
      fill_contacts (self);
    }
  else
    {
      update_header (self);
      fill_registry (self);
      fill_facilities (self);
    }
}

static void
on_description_changed_cb (KpServiceDetail *self)
{
  GtkTextBuffer   *buffer = gtk_text_view_get_buffer (self->description_view);
  g_autofree char *text = NULL;
  GtkTextIter      start, end;
  const char      *old;

  if (self->updating || self->service == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  old = kp_service_get_description (self->service);
  gtk_widget_set_sensitive (GTK_WIDGET (self->description_apply_button),
                            g_strcmp0 (text, old != NULL ? old : "") != 0);
}

static void
on_description_apply_clicked_cb (KpServiceDetail *self)
{
  kp_service_detail_apply_description (self);
}

static void
on_description_focus_leave_cb (KpServiceDetail *self)
{
  if (gtk_widget_get_sensitive (GTK_WIDGET (self->description_apply_button)))
    kp_service_detail_apply_description (self);
}

static void
on_text_row_apply_cb (AdwEntryRow     *row,
                      KpServiceDetail *self)
{
  KpServiceText field;
  g_autoptr (GError) error = NULL;

  if (self->updating || self->service == NULL)
    return;
  if (row == self->hours_row)
    field = KP_SERVICE_TEXT_HOURS;
  else if (row == self->fees_row)
    field = KP_SERVICE_TEXT_FEES;
  else
    field = KP_SERVICE_TEXT_ACCESSIBILITY;
  if (!kp_service_network_set_text (get_network (self), self->service, field,
                                    gtk_editable_get_text (GTK_EDITABLE (row)), &error))
    {
      toast (self, error->message);
      update_texts (self);
    }
}

static void
on_remove_clicked_cb (KpServiceDetail *self)
{
  if (self->service != NULL)
    g_signal_emit (self, signals[SIGNAL_REMOVE], 0, self->service);
}

/* The editors are told the project when they are made, and follow the shown service. */
static void
kp_service_detail_constructed (GObject *object)
{
  KpServiceDetail *self = KP_SERVICE_DETAIL (object);

  G_OBJECT_CLASS (kp_service_detail_parent_class)->constructed (object);
  g_assert (KP_IS_PROJECT (self->project));
  self->local_editor = KP_SERVICE_LOCAL_EDITOR (kp_service_local_editor_new (self->project));
  adw_bin_set_child (self->local_editor_bin, GTK_WIDGET (self->local_editor));
  self->scope_editor = KP_SERVICE_SCOPE_EDITOR (kp_service_scope_editor_new (self->project));
  adw_bin_set_child (self->scope_editor_bin, GTK_WIDGET (self->scope_editor));
  self->network_editor = KP_KRAJ_NETWORK_EDITOR (kp_kraj_network_editor_new (self->project));
  adw_bin_set_child (self->network_editor_bin, GTK_WIDGET (self->network_editor));
  g_object_bind_property (self, "service", self->local_editor, "service", G_BINDING_DEFAULT);
  g_object_bind_property (self, "service", self->scope_editor, "service", G_BINDING_DEFAULT);
  g_object_bind_property (self, "service", self->network_editor, "service", G_BINDING_DEFAULT);
}

static void
kp_service_detail_dispose (GObject *object)
{
  KpServiceDetail *self = KP_SERVICE_DETAIL (object);

  if (self->service_signals != NULL)
    g_signal_group_set_target (self->service_signals, NULL);
  g_clear_object (&self->service_signals);
  g_clear_object (&self->service);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_SERVICE_DETAIL);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (kp_service_detail_parent_class)->dispose (object);
}

static void
kp_service_detail_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KpServiceDetail *self = KP_SERVICE_DETAIL (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    case PROP_SERVICE:
      g_value_set_object (value, self->service);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_service_detail_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KpServiceDetail *self = KP_SERVICE_DETAIL (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    case PROP_SERVICE:
      kp_service_detail_set_service (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_service_detail_class_init (KpServiceDetailClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kp_service_detail_constructed;
  object_class->dispose = kp_service_detail_dispose;
  object_class->get_property = kp_service_detail_get_property;
  object_class->set_property = kp_service_detail_set_property;

  properties[PROP_PROJECT] =
      g_param_spec_object ("project", NULL, NULL, KP_TYPE_PROJECT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SERVICE] =
      g_param_spec_object ("service", NULL, NULL, KP_TYPE_SERVICE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         NULL, NULL, NULL, G_TYPE_NONE, 1, KP_TYPE_SERVICE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/network/kp-service-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, scrolled);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, badges_box);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, show_map_button);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, remove_button);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, registry_box);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, registry_list);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, facilities_box);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, facilities_list);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, contacts_box);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, contacts_list);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, local_editor_bin);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, description_view);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, description_apply_button);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, hours_row);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, fees_row);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, accessibility_row);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, scope_editor_bin);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, network_editor_bin);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_description_apply_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_text_row_apply_cb);
}

static void
kp_service_detail_init (KpServiceDetail *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (gtk_text_view_get_buffer (self->description_view), "changed",
                           G_CALLBACK (on_description_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_description_focus_leave_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->description_view), focus);
  gtk_stack_set_visible_child_name (self->stack, "none");
  /* The target first: the action takes an id. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->show_map_button), "x", (gint64) 0);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->show_map_button),
                                  "win.show-service-on-map");
  self->service_signals = g_signal_group_new (KP_TYPE_SERVICE);
  g_signal_group_connect_swapped (self->service_signals, "notify",
                                  G_CALLBACK (on_service_notify_cb), self);
}

/**
 * kp_service_detail_new:
 *
 * Returns: (transfer floating): the detail of the services of @project
 */
GtkWidget *
kp_service_detail_new (KpProject *project)
{
  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  return g_object_new (KP_TYPE_SERVICE_DETAIL, "project", project, NULL);
}

KpProject *
kp_service_detail_get_project (KpServiceDetail *self)
{
  g_return_val_if_fail (KP_IS_SERVICE_DETAIL (self), NULL);
  return self->project;
}

/* Returns: (transfer none) (nullable) */
KpService *
kp_service_detail_get_service (KpServiceDetail *self)
{
  g_return_val_if_fail (KP_IS_SERVICE_DETAIL (self), NULL);
  return self->service;
}

/**
 * kp_service_detail_set_service:
 * @service: (nullable): a service of the project
 */
void
kp_service_detail_set_service (KpServiceDetail *self,
                               KpService       *service)
{
  g_return_if_fail (KP_IS_SERVICE_DETAIL (self));
  g_return_if_fail (service == NULL || KP_IS_SERVICE (service));
  g_return_if_fail (self->project != NULL);

  if (self->service == service)
    return;
  /* A description typed and not saved yet is kept, as leaving the field would. */
  if (self->service != NULL && gtk_widget_get_sensitive (GTK_WIDGET (self->description_apply_button)))
    kp_service_detail_apply_description (self);
  g_set_object (&self->service, service);
  g_signal_group_set_target (self->service_signals, service);
  update_all (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVICE]);
}

gboolean
kp_service_detail_apply_description (KpServiceDetail *self)
{
  GtkTextBuffer   *buffer;
  GtkTextIter      start, end;
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (KP_IS_SERVICE_DETAIL (self), FALSE);
  if (self->service == NULL)
    return FALSE;
  buffer = gtk_text_view_get_buffer (self->description_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->description_apply_button), FALSE);
  if (!kp_service_network_set_text (get_network (self), self->service, KP_SERVICE_TEXT_DESCRIPTION,
                                    text, &error))
    {
      toast (self, error->message);
      update_texts (self);
      return FALSE;
    }
  return TRUE;
}
