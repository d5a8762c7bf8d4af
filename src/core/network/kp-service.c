/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-service.h"
#include "kp-service-private.h"
#include "kp-target-group.h"

/* A service of the network, as a row item for lists (one property per shown column) and
 * the detail pane. Built from kp-service-repository.c's rows; after a change the network
 * module re-reads them and kp_service_update() notifies what differs. */

struct _KpService
{
  GObject parent_instance;

  KpServiceData *data;
  char          *paragraph; /* "§ 49" */
  GStrv          obce;      /* distinct obec codes of the facilities */
};

G_DEFINE_FINAL_TYPE (KpService, kp_service, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_IDENTIFIKATOR,
  PROP_NAME,
  PROP_TYPE_CODE,
  PROP_TYPE_NAME,
  PROP_PARAGRAPH,
  PROP_FORMS,
  PROP_FORMS_TEXT,
  PROP_TARGET_GROUPS,
  PROP_AGE_GROUPS,
  PROP_AGE_NOTE,
  PROP_PROVIDER_NAME,
  PROP_ICO,
  PROP_PROVIDER_ADDRESS,
  PROP_FACILITIES,
  PROP_OBCE,
  PROP_CONTACTS,
  PROP_PHONES,
  PROP_EMAILS,
  PROP_WEBS,
  PROP_PROVIDER_PHONES,
  PROP_PROVIDER_EMAILS,
  PROP_PROVIDER_WEBS,
  PROP_DATE_FROM,
  PROP_DATE_TO,
  PROP_IS_ACTIVE,
  PROP_IN_REGISTRY,
  PROP_IS_LOCAL,
  PROP_LOCAL_KIND,
  PROP_DESCRIPTION,
  PROP_HOURS,
  PROP_FEES,
  PROP_ACCESSIBILITY,
  PROP_SCOPE,
  PROP_KRAJ_NETWORK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GPtrArray *
new_strings (void)
{
  return g_ptr_array_new_with_free_func (g_free);
}

static void
kp_service_finalize (GObject *object)
{
  KpService *self = KP_SERVICE (object);

  kp_service_data_free (self->data);
  g_free (self->paragraph);
  g_strfreev (self->obce);
  G_OBJECT_CLASS (kp_service_parent_class)->finalize (object);
}

static GStrv
strv_from (GPtrArray *strings)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv         strv;

  for (guint i = 0; i < strings->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (strings, i));
  strv = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return strv;
}

static void
kp_service_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  KpService     *self = KP_SERVICE (object);
  KpServiceData *d = self->data;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, d->id);
      break;
    case PROP_IDENTIFIKATOR:
      g_value_set_string (value, d->identifikator);
      break;
    case PROP_NAME:
      g_value_set_string (value, d->name);
      break;
    case PROP_TYPE_CODE:
      g_value_set_string (value, d->type_code);
      break;
    case PROP_TYPE_NAME:
      g_value_set_string (value, kp_service_get_type_name (self));
      break;
    case PROP_PARAGRAPH:
      g_value_set_string (value, self->paragraph);
      break;
    case PROP_FORMS:
      g_value_set_boxed (value, d->forms);
      break;
    case PROP_FORMS_TEXT:
      g_value_take_string (value, kp_service_dup_forms_text (self));
      break;
    case PROP_TARGET_GROUPS:
      g_value_take_boxed (value, strv_from (d->target_groups));
      break;
    case PROP_AGE_GROUPS:
      g_value_take_boxed (value, strv_from (d->age_groups));
      break;
    case PROP_AGE_NOTE:
      g_value_set_string (value, d->age_note);
      break;
    case PROP_PROVIDER_NAME:
      g_value_set_string (value, d->provider_name);
      break;
    case PROP_ICO:
      g_value_set_string (value, d->ico);
      break;
    case PROP_PROVIDER_ADDRESS:
      g_value_set_string (value, d->provider_address);
      break;
    case PROP_FACILITIES:
      g_value_set_boxed (value, d->facilities);
      break;
    case PROP_OBCE:
      g_value_set_boxed (value, self->obce);
      break;
    case PROP_CONTACTS:
      g_value_set_boxed (value, d->contacts);
      break;
    case PROP_PHONES:
    case PROP_EMAILS:
    case PROP_WEBS:
      g_value_take_boxed (value, kp_service_dup_contacts (self, FALSE, prop_id - PROP_PHONES));
      break;
    case PROP_PROVIDER_PHONES:
    case PROP_PROVIDER_EMAILS:
    case PROP_PROVIDER_WEBS:
      g_value_take_boxed (value,
                          kp_service_dup_contacts (self, TRUE, prop_id - PROP_PROVIDER_PHONES));
      break;
    case PROP_DATE_FROM:
      g_value_set_string (value, d->date_from);
      break;
    case PROP_DATE_TO:
      g_value_set_string (value, d->date_to);
      break;
    case PROP_IS_ACTIVE:
      g_value_set_boolean (value, kp_service_get_is_active (self));
      break;
    case PROP_IN_REGISTRY:
      g_value_set_boolean (value, d->in_registry);
      break;
    case PROP_IS_LOCAL:
      g_value_set_boolean (value, d->is_local);
      break;
    case PROP_LOCAL_KIND:
      g_value_set_int (value, d->local_kind);
      break;
    case PROP_DESCRIPTION:
    case PROP_HOURS:
    case PROP_FEES:
    case PROP_ACCESSIBILITY:
      g_value_set_string (value, d->texts[prop_id - PROP_DESCRIPTION]);
      break;
    case PROP_SCOPE:
      g_value_set_boxed (value, d->scope);
      break;
    case PROP_KRAJ_NETWORK:
      g_value_set_boxed (value, d->kraj_network);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_service_class_init (KpServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  static const struct
  {
    int         id;
    const char *name;
  } strings[] = {
    { PROP_IDENTIFIKATOR, "identifikator" },
    { PROP_NAME, "name" },
    { PROP_TYPE_CODE, "type-code" },
    { PROP_TYPE_NAME, "type-name" },
    { PROP_PARAGRAPH, "paragraph" },
    { PROP_FORMS_TEXT, "forms-text" },
    { PROP_AGE_NOTE, "age-note" },
    { PROP_PROVIDER_NAME, "provider-name" },
    { PROP_ICO, "ico" },
    { PROP_PROVIDER_ADDRESS, "provider-address" },
    { PROP_DATE_FROM, "date-from" },
    { PROP_DATE_TO, "date-to" },
    { PROP_DESCRIPTION, "description" },
    { PROP_HOURS, "hours" },
    { PROP_FEES, "fees" },
    { PROP_ACCESSIBILITY, "accessibility" },
  };
  static const struct
  {
    int         id;
    const char *name;
  } string_lists[] = {
    { PROP_TARGET_GROUPS, "target-groups" },
    { PROP_AGE_GROUPS, "age-groups" },
    { PROP_OBCE, "obce" },
    { PROP_PHONES, "phones" },
    { PROP_EMAILS, "emails" },
    { PROP_WEBS, "webs" },
    { PROP_PROVIDER_PHONES, "provider-phones" },
    { PROP_PROVIDER_EMAILS, "provider-emails" },
    { PROP_PROVIDER_WEBS, "provider-webs" },
  };
  static const struct
  {
    int         id;
    const char *name;
  } arrays[] = {
    { PROP_FORMS, "forms" },
    { PROP_FACILITIES, "facilities" },
    { PROP_CONTACTS, "contacts" },
    { PROP_SCOPE, "scope" },
    { PROP_KRAJ_NETWORK, "network" },
  };

  object_class->finalize = kp_service_finalize;
  object_class->get_property = kp_service_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    properties[strings[i].id] = g_param_spec_string (strings[i].name, NULL, NULL, NULL, ro);
  for (guint i = 0; i < G_N_ELEMENTS (string_lists); i++)
    properties[string_lists[i].id] =
        g_param_spec_boxed (string_lists[i].name, NULL, NULL, G_TYPE_STRV, ro);
  for (guint i = 0; i < G_N_ELEMENTS (arrays); i++)
    properties[arrays[i].id] =
        g_param_spec_boxed (arrays[i].name, NULL, NULL, G_TYPE_PTR_ARRAY, ro);
  properties[PROP_IS_ACTIVE] = g_param_spec_boolean ("is-active", NULL, NULL, FALSE, ro);
  properties[PROP_IN_REGISTRY] = g_param_spec_boolean ("in-registry", NULL, NULL, FALSE, ro);
  properties[PROP_IS_LOCAL] = g_param_spec_boolean ("is-local", NULL, NULL, FALSE, ro);
  properties[PROP_LOCAL_KIND] = g_param_spec_int ("local-kind", NULL, NULL, KP_SERVICE_LOCAL_NONE,
                                                  KP_SERVICE_LOCAL_OTHER, KP_SERVICE_LOCAL_NONE,
                                                  ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kp_service_init (KpService *self)
{
}

static void
update_obce (KpService *self)
{
  g_autoptr (GPtrArray) codes = new_strings ();

  for (guint i = 0; i < self->data->facilities->len; i++)
    {
      KpServiceFacility *f = g_ptr_array_index (self->data->facilities, i);

      if (f->obec_kod != NULL &&
          !g_ptr_array_find_with_equal_func (codes, f->obec_kod, g_str_equal, NULL))
        g_ptr_array_add (codes, g_strdup (f->obec_kod));
    }
  g_strfreev (self->obce);
  self->obce = strv_from (codes);
}

/**
 * kp_service_new:
 * @data: (transfer full): the service's rows
 */
KpService *
kp_service_new (KpServiceData *data)
{
  KpService *self = g_object_new (KP_TYPE_SERVICE, NULL);

  self->data = data;
  /* Translators: a paragraph of Act 108/2006 Sb., e.g. "§ 49" */
  self->paragraph = data->paragraph != NULL ? g_strdup_printf (_ ("§ %s"), data->paragraph) : NULL;
  update_obce (self);
  return self;
}

static void
notify (KpService *self,
        int        first,
        int        last)
{
  for (int prop = first; prop <= last; prop++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/**
 * kp_service_update:
 * @data: (transfer full): the service's rows as they are now
 */
gboolean
kp_service_update (KpService     *self,
                   KpServiceData *data)
{
  KpServiceDiff diff;

  g_return_val_if_fail (KP_IS_SERVICE (self), FALSE);
  g_return_val_if_fail (data != NULL && data->id == self->data->id, FALSE);

  diff = kp_service_data_diff (self->data, data);
  kp_service_data_free (self->data);
  self->data = data;
  if (diff == KP_SERVICE_DIFF_NONE)
    return FALSE;

  g_free (self->paragraph);
  self->paragraph = data->paragraph != NULL ? g_strdup_printf (_ ("§ %s"), data->paragraph) : NULL;
  update_obce (self);
  g_object_freeze_notify (G_OBJECT (self));
  if (diff & KP_SERVICE_DIFF_NAME)
    notify (self, PROP_NAME, PROP_NAME);
  if (diff & KP_SERVICE_DIFF_PROVIDER)
    notify (self, PROP_PROVIDER_NAME, PROP_PROVIDER_ADDRESS);
  if (diff & KP_SERVICE_DIFF_LOCAL_KIND)
    notify (self, PROP_LOCAL_KIND, PROP_LOCAL_KIND);
  if (diff & (KP_SERVICE_DIFF_LOCAL_KIND | KP_SERVICE_DIFF_REGISTRY))
    notify (self, PROP_TYPE_NAME, PROP_TYPE_NAME);
  if (diff & KP_SERVICE_DIFF_TEXTS)
    notify (self, PROP_DESCRIPTION, PROP_ACCESSIBILITY);
  if (diff & KP_SERVICE_DIFF_CONTACTS)
    notify (self, PROP_CONTACTS, PROP_PROVIDER_WEBS);
  if (diff & KP_SERVICE_DIFF_SCOPE)
    notify (self, PROP_SCOPE, PROP_SCOPE);
  if (diff & KP_SERVICE_DIFF_KRAJ_NETWORK)
    notify (self, PROP_KRAJ_NETWORK, PROP_KRAJ_NETWORK);
  if (diff & KP_SERVICE_DIFF_REGISTRY)
    {
      notify (self, PROP_IDENTIFIKATOR, PROP_TYPE_CODE);
      notify (self, PROP_PARAGRAPH, PROP_AGE_NOTE);
      notify (self, PROP_ICO, PROP_ICO);
      notify (self, PROP_FACILITIES, PROP_OBCE);
      notify (self, PROP_DATE_FROM, PROP_IS_LOCAL);
    }
  g_object_thaw_notify (G_OBJECT (self));
  return TRUE;
}

KpServiceData *
kp_service_get_data (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  return self->data;
}

gint64
kp_service_get_id (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), 0);
  return self->data->id;
}

const char *
kp_service_get_identifikator (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  return self->data->identifikator;
}

const char *
kp_service_get_name (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  return self->data->name;
}

const char *
kp_service_get_type_code (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  return self->data->type_code;
}

/* The registry's name of the type; for a local service, what kind of service it is. */
const char *
kp_service_get_type_name (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  if (self->data->is_local)
    return kp_service_local_kind_get_label (self->data->local_kind);
  return self->data->type_name;
}

const char *
kp_service_get_paragraph (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  return self->paragraph;
}

GPtrArray *
kp_service_get_forms (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  return self->data->forms;
}

const char *const *
kp_service_get_target_groups (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  return (const char *const *) self->data->target_groups->pdata;
}

const char *const *
kp_service_get_age_groups (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  return (const char *const *) self->data->age_groups->pdata;
}

typedef char *(*FormatFunc) (const char *stored,
                             gboolean   *out_unknown);

static int
compare_target_groups (gconstpointer a,
                       gconstpointer b)
{
  return kp_target_group_compare_stored (*(const char *const *) a, *(const char *const *) b);
}

static int
compare_age_groups (gconstpointer a,
                    gconstpointer b)
{
  return kp_age_group_compare_stored (*(const char *const *) a, *(const char *const *) b);
}

/* The names to show of stored group values, in the order @compare gives. */
static char **
dup_group_names (GPtrArray   *stored,
                 GCompareFunc compare,
                 FormatFunc   format)
{
  g_autoptr (GPtrArray) sorted = g_ptr_array_new ();
  GStrvBuilder *names = g_strv_builder_new ();
  char        **result;

  for (guint i = 0; i < stored->len && stored->pdata[i] != NULL; i++)
    g_ptr_array_add (sorted, stored->pdata[i]);
  g_ptr_array_sort (sorted, compare);
  for (guint i = 0; i < sorted->len; i++)
    {
      char *name = format (sorted->pdata[i], NULL);

      g_strv_builder_add (names, name);
      g_free (name);
    }
  result = g_strv_builder_end (names);
  g_strv_builder_unref (names);
  return result;
}

/**
 * kp_service_dup_target_group_names:
 *
 * Returns: (transfer full): the target groups as they are shown: their names, the named
 *   ones A–Z, then "neznámá cílová skupina (kód 16)" for each code without a name, never a
 *   raw code
 */
char **
kp_service_dup_target_group_names (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  return dup_group_names (self->data->target_groups, compare_target_groups,
                          kp_target_group_format_stored);
}

/* Returns: (transfer full): the age groups as they are shown, like the target groups */
char **
kp_service_dup_age_group_names (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  return dup_group_names (self->data->age_groups, compare_age_groups, kp_age_group_format_stored);
}

const char *
kp_service_get_age_note (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  return self->data->age_note;
}

const char *
kp_service_get_provider_name (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  return self->data->provider_name;
}

const char *
kp_service_get_ico (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  return self->data->ico;
}

const char *
kp_service_get_provider_address (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  return self->data->provider_address;
}

GPtrArray *
kp_service_get_facilities (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  return self->data->facilities;
}

const char *const *
kp_service_get_obce (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  return (const char *const *) self->obce;
}

GPtrArray *
kp_service_get_contacts (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  return self->data->contacts;
}

const char *
kp_service_get_date_from (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  return self->data->date_from;
}

const char *
kp_service_get_date_to (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  return self->data->date_to;
}

gboolean
kp_service_get_in_registry (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), FALSE);
  return self->data->in_registry;
}

gboolean
kp_service_get_is_local (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), FALSE);
  return self->data->is_local;
}

KpServiceLocalKind
kp_service_get_local_kind (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), KP_SERVICE_LOCAL_NONE);
  return self->data->local_kind;
}

const char *
kp_service_get_text (KpService    *self,
                     KpServiceText field)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  switch (field)
    {
    case KP_SERVICE_TEXT_NAME:
      return self->data->name;
    case KP_SERVICE_TEXT_PROVIDER_NAME:
      return self->data->provider_name;
    case KP_SERVICE_TEXT_PROVIDER_ADDRESS:
      return self->data->provider_address;
    default:
      g_return_val_if_fail (field <= KP_SERVICE_TEXT_ACCESSIBILITY, NULL);
      return self->data->texts[field];
    }
}

GPtrArray *
kp_service_get_scope (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  return self->data->scope;
}

GPtrArray *
kp_service_get_kraj_network (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  return self->data->kraj_network;
}
