/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-service-detail.h"
#include "kp-czech.h"
#include "kp-service-local-editor.h"
#include "kp-service-network-editor.h"
#include "kp-service-scope-editor.h"

#include <string.h>

struct _KpServiceDetail
{
  AdwBin parent_instance;

  KpProject *project;
  KpService *service;
  gboolean   updating;

  GtkStack               *stack;
  GtkScrolledWindow      *scrolled;
  GtkLabel               *name_label;
  GtkLabel               *subtitle_label;
  GtkBox                 *badges_box;
  GtkButton              *show_map_button;
  GtkButton              *remove_button;
  GtkWidget              *registry_box;
  GtkListBox             *registry_list;
  GtkWidget              *facilities_box;
  GtkListBox             *facilities_list;
  GtkWidget              *contacts_box;
  GtkListBox             *contacts_list;
  KpServiceLocalEditor   *local_editor;
  GtkTextView            *description_view;
  GtkButton              *description_apply_button;
  AdwEntryRow            *hours_row;
  AdwEntryRow            *fees_row;
  AdwEntryRow            *accessibility_row;
  KpServiceScopeEditor   *scope_editor;
  KpServiceNetworkEditor *network_editor;
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
  SIGNAL_TOAST,
  SIGNAL_SHOW_ON_MAP,
  SIGNAL_REMOVE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* A row with a plain title and subtitle (never markup: the texts come from the registry). */
static GtkWidget *
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_append (list, row);
  return row;
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

static char *
join_strv (const char *const *strv)
{
  return strv != NULL && strv[0] != NULL ? g_strjoinv (", ", (char **) strv) : NULL;
}

static char *
format_dates (KpService *service)
{
  const char      *from = kp_service_get_date_from (service);
  const char      *to = kp_service_get_date_to (service);
  g_autofree char *from_text = from != NULL ? kp_czech_format_date (from) : NULL;
  g_autofree char *to_text = to != NULL ? kp_czech_format_date (to) : NULL;

  if (from_text != NULL && to_text != NULL)
    /* Translators: dates of provision of a service, "from – to" */
    return g_strdup_printf (_ ("%s – %s"), from_text, to_text);
  if (from_text != NULL)
    /* Translators: a service provided since a date */
    return g_strdup_printf (_ ("since %s"), from_text);
  if (to_text != NULL)
    /* Translators: a service provided until a date */
    return g_strdup_printf (_ ("until %s"), to_text);
  return NULL;
}

static void
fill_forms (KpServiceDetail *self)
{
  GPtrArray *forms = kp_service_get_forms (self->service);

  for (guint i = 0; i < forms->len; i++)
    {
      KpServiceForm   *form = g_ptr_array_index (forms, i);
      g_autofree char *capacity = form->unit != NULL ? kp_capacity_format (form->unit, form->capacity)
                                                     : g_strdup (_ ("capacity not registered"));
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      /* Translators: a form of a service, e.g. "Form: pobytová" */
      title = g_strdup_printf (_ ("Form: %s"), kp_service_form_get_label (form->form));
      if (form->nonstop == 1)
        /* Translators: capacity of a form provided non-stop, e.g. "62 lůžek, nepřetržitě" */
        subtitle = g_strdup_printf (_ ("%s, non-stop"), capacity);
      else
        subtitle = g_strdup (capacity);
      if (form->note != NULL && *form->note != '\0')
        {
          char *with_note = g_strdup_printf ("%s (%s)", subtitle, form->note);

          g_free (subtitle);
          subtitle = with_note;
        }
      add_row (self->registry_list, title, subtitle);
    }
}

static void
fill_registry (KpServiceDetail *self)
{
  KpService       *service = self->service;
  const char      *ico = kp_service_get_ico (service);
  g_autofree char *targets = join_strv (kp_service_get_target_groups (service));
  g_autofree char *ages = join_strv (kp_service_get_age_groups (service));
  g_autofree char *dates = format_dates (service);
  g_autofree char *provider = NULL;
  const char      *age_note = kp_service_get_age_note (service);

  clear_list (self->registry_list);
  if (!kp_service_get_is_local (service))
    {
      g_autofree char *type = g_strdup_printf ("%s (%s)", kp_service_get_type_name (service),
                                               kp_service_get_paragraph (service));

      add_row (self->registry_list, _ ("Type of service"), type);
      add_row (self->registry_list, _ ("Identifier"), kp_service_get_identifikator (service));
      fill_forms (self);
      add_row (self->registry_list, _ ("Target groups"),
               targets != NULL ? targets : _ ("not given"));
      if (ages != NULL && age_note != NULL)
        {
          char *both = g_strdup_printf ("%s; %s", ages, age_note);

          g_free (ages);
          ages = both;
        }
      add_row (self->registry_list, _ ("Age groups"),
               ages != NULL ? ages : age_note != NULL ? age_note
                                                      : _ ("not given"));
    }
  if (ico != NULL)
    /* Translators: provider name and its IČO */
    provider = g_strdup_printf (_ ("%s, IČO %s"), kp_service_get_provider_name (service), ico);
  else
    provider = g_strdup (kp_service_get_provider_name (service));
  if (!kp_service_get_is_local (service))
    {
      add_row (self->registry_list, _ ("Provider"), provider != NULL ? provider : _ ("not given"));
      if (kp_service_get_provider_address (service) != NULL)
        add_row (self->registry_list, _ ("Provider’s address"),
                 kp_service_get_provider_address (service));
      add_row (self->registry_list, _ ("Provided"), dates != NULL ? dates : _ ("not given"));
    }
  gtk_widget_set_visible (self->registry_box, !kp_service_get_is_local (service));
}

static void
fill_facilities (KpServiceDetail *self)
{
  GPtrArray *facilities = kp_service_get_facilities (self->service);

  clear_list (self->facilities_list);
  for (guint i = 0; i < facilities->len; i++)
    {
      KpServiceFacility *f = g_ptr_array_index (facilities, i);
      GString           *subtitle = g_string_new (NULL);

      if (f->address != NULL)
        g_string_append (subtitle, f->address);
      else
        g_string_append (subtitle, _ ("address not given"));
      if (f->obec_name != NULL && (f->address == NULL || strstr (f->address, f->obec_name) == NULL))
        g_string_append_printf (subtitle, ", %s", f->obec_name);
      if (f->date_to != NULL)
        {
          g_autofree char *to = kp_czech_format_date (f->date_to);

          /* Translators: a facility that is no longer used, with the date */
          g_string_append_printf (subtitle, _ (" (until %s)"), to);
        }
      add_row (self->facilities_list, f->name != NULL ? f->name : _ ("Facility"), subtitle->str);
      g_string_free (subtitle, TRUE);
    }
  gtk_widget_set_visible (self->facilities_box, facilities->len > 0);
}

static char *
contact_uri (const KpServiceContact *contact)
{
  if (contact->kind == KP_SERVICE_CONTACT_EMAIL)
    return g_strconcat ("mailto:", contact->value, NULL);
  if (contact->kind == KP_SERVICE_CONTACT_WEB)
    return g_str_has_prefix (contact->value, "http://") ||
                   g_str_has_prefix (contact->value, "https://")
               ? g_strdup (contact->value)
               : g_strconcat ("https://", contact->value, NULL);
  return NULL;
}

static const char *
contact_title (const KpServiceContact *contact)
{
  switch (contact->kind)
    {
    case KP_SERVICE_CONTACT_PHONE:
      return contact->provider ? _ ("Provider’s phone") : _ ("Phone");
    case KP_SERVICE_CONTACT_EMAIL:
      return contact->provider ? _ ("Provider’s e-mail") : _ ("E-mail");
    case KP_SERVICE_CONTACT_WEB:
      return contact->provider ? _ ("Provider’s web") : _ ("Web");
    case KP_SERVICE_CONTACT_FAX:
    default:
      return contact->provider ? _ ("Provider’s fax") : _ ("Fax");
    }
}

static void
fill_contacts (KpServiceDetail *self)
{
  GPtrArray *contacts = kp_service_get_contacts (self->service);

  clear_list (self->contacts_list);
  for (guint i = 0; i < contacts->len; i++)
    {
      KpServiceContact *c = g_ptr_array_index (contacts, i);
      g_autofree char  *uri = contact_uri (c);
      GtkWidget        *row = add_row (self->contacts_list, contact_title (c), NULL);
      GtkWidget        *value;

      if (uri != NULL)
        {
          value = gtk_link_button_new_with_label (uri, c->value);
          gtk_widget_set_tooltip_text (value, uri);
        }
      else
        {
          value = gtk_label_new (c->value);
          gtk_label_set_selectable (GTK_LABEL (value), TRUE);
        }
      gtk_widget_set_valign (value, GTK_ALIGN_CENTER);
      if (c->note != NULL && *c->note != '\0')
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), c->note);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
    }
  if (contacts->len == 0)
    add_row (self->contacts_list, _ ("No contact known"),
             kp_service_get_is_local (self->service) ? _ ("Add a phone, e-mail or web above.")
                                                     : NULL);
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
  gtk_widget_set_visible (GTK_WIDGET (self->local_editor), kp_service_get_is_local (self->service));
  gtk_widget_set_visible (GTK_WIDGET (self->network_editor),
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
  else if (g_str_equal (name, "scope") || g_str_equal (name, "network"))
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
  if (!kp_project_set_service_text (self->project, self->service, field,
                                    gtk_editable_get_text (GTK_EDITABLE (row)), &error))
    {
      g_signal_emit (self, signals[SIGNAL_TOAST], 0, error->message);
      update_texts (self);
    }
}

static void
on_editor_toast_cb (KpServiceDetail *self,
                    const char      *message)
{
  g_signal_emit (self, signals[SIGNAL_TOAST], 0, message);
}

static void
on_show_map_clicked_cb (KpServiceDetail *self)
{
  if (self->service != NULL)
    g_signal_emit (self, signals[SIGNAL_SHOW_ON_MAP], 0, self->service);
}

static void
on_remove_clicked_cb (KpServiceDetail *self)
{
  if (self->service != NULL)
    g_signal_emit (self, signals[SIGNAL_REMOVE], 0, self->service);
}

static void
kp_service_detail_dispose (GObject *object)
{
  KpServiceDetail *self = KP_SERVICE_DETAIL (object);

  if (self->service != NULL)
    g_signal_handlers_disconnect_by_data (self->service, self);
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
      kp_service_detail_set_project (self, g_value_get_object (value));
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

  object_class->dispose = kp_service_detail_dispose;
  object_class->get_property = kp_service_detail_get_property;
  object_class->set_property = kp_service_detail_set_property;

  properties[PROP_PROJECT] =
      g_param_spec_object ("project", NULL, NULL, KP_TYPE_PROJECT,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SERVICE] =
      g_param_spec_object ("service", NULL, NULL, KP_TYPE_SERVICE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                        NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[SIGNAL_SHOW_ON_MAP] = g_signal_new ("show-on-map", G_TYPE_FROM_CLASS (klass),
                                              G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                              1, KP_TYPE_SERVICE);
  signals[SIGNAL_REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         NULL, NULL, NULL, G_TYPE_NONE, 1, KP_TYPE_SERVICE);

  g_type_ensure (KP_TYPE_SERVICE_LOCAL_EDITOR);
  g_type_ensure (KP_TYPE_SERVICE_SCOPE_EDITOR);
  g_type_ensure (KP_TYPE_SERVICE_NETWORK_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/kp-service-detail.ui");
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
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, local_editor);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, description_view);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, description_apply_button);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, hours_row);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, fees_row);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, accessibility_row);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, scope_editor);
  gtk_widget_class_bind_template_child (widget_class, KpServiceDetail, network_editor);
  gtk_widget_class_bind_template_callback (widget_class, on_show_map_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_toast_cb);
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
}

void
kp_service_detail_set_project (KpServiceDetail *self,
                               KpProject       *project)
{
  g_return_if_fail (KP_IS_SERVICE_DETAIL (self));
  g_return_if_fail (project == NULL || KP_IS_PROJECT (project));

  if (g_set_object (&self->project, project))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
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
  if (self->service != NULL)
    g_signal_handlers_disconnect_by_data (self->service, self);
  g_set_object (&self->service, service);
  if (service != NULL)
    g_signal_connect_object (service, "notify", G_CALLBACK (on_service_notify_cb), self,
                             G_CONNECT_SWAPPED);
  kp_service_local_editor_set_service (self->local_editor, self->project, service);
  kp_service_scope_editor_set_service (self->scope_editor, self->project, service);
  kp_service_network_editor_set_service (self->network_editor, self->project, service);
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
  if (!kp_project_set_service_text (self->project, self->service, KP_SERVICE_TEXT_DESCRIPTION,
                                    text, &error))
    {
      g_signal_emit (self, signals[SIGNAL_TOAST], 0, error->message);
      update_texts (self);
      return FALSE;
    }
  return TRUE;
}
