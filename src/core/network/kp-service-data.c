/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-capacity.h"
#include "kp-czech.h"
#include "kp-service-private.h"

#include <string.h>

/* A service's data (KpServiceData, built by kp-service-repository.c) and what is worked
 * out from it: whether it is provided on a date, its forms as text, its contacts. */

KpServiceData *
kp_service_data_new (void)
{
  KpServiceData *data = g_new0 (KpServiceData, 1);

  data->in_registry = TRUE;
  data->forms = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_service_form_free);
  data->facilities = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_service_facility_free);
  data->contacts = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_service_contact_free);
  data->target_groups = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  data->age_groups = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  data->scope = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_service_scope_free);
  data->kraj_network = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_kraj_network_entry_free);
  return data;
}

void
kp_service_data_free (KpServiceData *data)
{
  if (data == NULL)
    return;
  g_free (data->identifikator);
  g_free (data->name);
  g_free (data->type_code);
  g_free (data->type_name);
  g_free (data->paragraph);
  g_free (data->allowed_forms);
  g_free (data->provider_name);
  g_free (data->ico);
  g_free (data->provider_address);
  g_free (data->date_from);
  g_free (data->date_to);
  g_free (data->age_note);
  for (guint i = 0; i < G_N_ELEMENTS (data->texts); i++)
    g_free (data->texts[i]);
  g_ptr_array_unref (data->forms);
  g_ptr_array_unref (data->facilities);
  g_ptr_array_unref (data->contacts);
  g_ptr_array_unref (data->target_groups);
  g_ptr_array_unref (data->age_groups);
  g_ptr_array_unref (data->scope);
  g_ptr_array_unref (data->kraj_network);
  g_free (data);
}

typedef gboolean (*EqualFunc) (gconstpointer a,
                               gconstpointer b);

static gboolean
arrays_equal (GPtrArray *a,
              GPtrArray *b,
              EqualFunc  equal)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

static gboolean
strings_equal (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (a, b) == 0;
}

static gboolean
forms_equal (gconstpointer a,
             gconstpointer b)
{
  const KpServiceForm *fa = a;
  const KpServiceForm *fb = b;

  return g_strcmp0 (fa->form, fb->form) == 0 && fa->nonstop == fb->nonstop &&
         g_strcmp0 (fa->unit, fb->unit) == 0 && fa->capacity == fb->capacity &&
         g_strcmp0 (fa->note, fb->note) == 0;
}

static gboolean
facilities_equal (gconstpointer a,
                  gconstpointer b)
{
  const KpServiceFacility *fa = a;
  const KpServiceFacility *fb = b;

  return g_strcmp0 (fa->name, fb->name) == 0 && g_strcmp0 (fa->address, fb->address) == 0 &&
         g_strcmp0 (fa->address_point, fb->address_point) == 0 &&
         g_strcmp0 (fa->obec_kod, fb->obec_kod) == 0 &&
         g_strcmp0 (fa->obec_name, fb->obec_name) == 0 &&
         g_strcmp0 (fa->okres_kod, fb->okres_kod) == 0 &&
         g_strcmp0 (fa->kraj_kod, fb->kraj_kod) == 0 &&
         g_strcmp0 (fa->date_from, fb->date_from) == 0 &&
         g_strcmp0 (fa->date_to, fb->date_to) == 0 && fa->repeats == fb->repeats;
}

static gboolean
contacts_equal (gconstpointer a,
                gconstpointer b)
{
  const KpServiceContact *ca = a;
  const KpServiceContact *cb = b;

  return !ca->provider == !cb->provider && ca->kind == cb->kind &&
         g_strcmp0 (ca->value, cb->value) == 0 && g_strcmp0 (ca->note, cb->note) == 0;
}

static gboolean
scopes_equal (gconstpointer a,
              gconstpointer b)
{
  const KpServiceScope *sa = a;
  const KpServiceScope *sb = b;

  return g_strcmp0 (sa->obec_kod, sb->obec_kod) == 0 && sa->share == sb->share;
}

static gboolean
kraj_entries_equal (gconstpointer a,
                    gconstpointer b)
{
  const KpKrajNetworkEntry *ea = a;
  const KpKrajNetworkEntry *eb = b;

  return ea->year == eb->year && !ea->in_network == !eb->in_network &&
         ea->capacity == eb->capacity && g_strcmp0 (ea->unit, eb->unit) == 0;
}

static gboolean
registry_equal (const KpServiceData *a,
                const KpServiceData *b)
{
  return g_strcmp0 (a->identifikator, b->identifikator) == 0 && !a->is_local == !b->is_local &&
         !a->in_registry == !b->in_registry && g_strcmp0 (a->type_code, b->type_code) == 0 &&
         g_strcmp0 (a->type_name, b->type_name) == 0 &&
         g_strcmp0 (a->paragraph, b->paragraph) == 0 &&
         g_strcmp0 (a->allowed_forms, b->allowed_forms) == 0 &&
         g_strcmp0 (a->date_from, b->date_from) == 0 && g_strcmp0 (a->date_to, b->date_to) == 0 &&
         g_strcmp0 (a->age_note, b->age_note) == 0 &&
         arrays_equal (a->forms, b->forms, forms_equal) &&
         arrays_equal (a->facilities, b->facilities, facilities_equal) &&
         arrays_equal (a->target_groups, b->target_groups, strings_equal) &&
         arrays_equal (a->age_groups, b->age_groups, strings_equal);
}

/* Which parts of a service differ between @a and @b (two versions of the same one). */
KpServiceDiff
kp_service_data_diff (const KpServiceData *a,
                      const KpServiceData *b)
{
  KpServiceDiff diff = KP_SERVICE_DIFF_NONE;

  if (g_strcmp0 (a->name, b->name) != 0)
    diff |= KP_SERVICE_DIFF_NAME;
  if (g_strcmp0 (a->provider_name, b->provider_name) != 0 || g_strcmp0 (a->ico, b->ico) != 0 ||
      g_strcmp0 (a->provider_address, b->provider_address) != 0)
    diff |= KP_SERVICE_DIFF_PROVIDER;
  if (a->local_kind != b->local_kind)
    diff |= KP_SERVICE_DIFF_LOCAL_KIND;
  for (guint i = 0; i < G_N_ELEMENTS (a->texts); i++)
    if (g_strcmp0 (a->texts[i], b->texts[i]) != 0)
      diff |= KP_SERVICE_DIFF_TEXTS;
  if (!arrays_equal (a->contacts, b->contacts, contacts_equal))
    diff |= KP_SERVICE_DIFF_CONTACTS;
  if (!arrays_equal (a->scope, b->scope, scopes_equal))
    diff |= KP_SERVICE_DIFF_SCOPE;
  if (!arrays_equal (a->kraj_network, b->kraj_network, kraj_entries_equal))
    diff |= KP_SERVICE_DIFF_KRAJ_NETWORK;
  if (!registry_equal (a, b))
    diff |= KP_SERVICE_DIFF_REGISTRY;
  return diff;
}

/* Whether the law allows @form ("pob", "amb", "ter") for this type; TRUE when unknown. */
gboolean
kp_service_allows_form (KpService  *self,
                        const char *form)
{
  g_auto (GStrv) allowed = NULL;

  g_return_val_if_fail (KP_IS_SERVICE (self), TRUE);
  if (kp_service_get_data (self)->allowed_forms == NULL || form == NULL)
    return TRUE;
  allowed = g_strsplit (kp_service_get_data (self)->allowed_forms, " ", -1);
  return g_strv_contains ((const char *const *) allowed, form);
}

/**
 * kp_service_dup_forms_text:
 *
 * Returns: (transfer full): the forms and their capacities on one line, e.g.
 *   "pobytová: 10 lůžek; terénní: 15 klientů", or "" for none
 */
char *
kp_service_dup_forms_text (KpService *self)
{
  GString    *text = g_string_new (NULL);
  const char *last_form = NULL;

  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  for (guint i = 0; i < kp_service_get_data (self)->forms->len; i++)
    {
      KpServiceForm *form = g_ptr_array_index (kp_service_get_data (self)->forms, i);

      if (g_strcmp0 (form->form, last_form) != 0)
        {
          if (text->len > 0)
            g_string_append (text, "; ");
          g_string_append (text, kp_service_form_get_label (form->form));
          last_form = form->form;
          if (form->unit != NULL)
            g_string_append (text, ": ");
        }
      else if (form->unit != NULL)
        g_string_append (text, ", ");
      if (form->unit != NULL)
        {
          g_autofree char *capacity = kp_capacity_unit_format_code (form->unit, form->capacity);

          g_string_append (text, capacity);
        }
    }
  return g_string_free (text, FALSE);
}

/**
 * kp_service_dup_contacts:
 * @provider: the provider's contacts rather than the service's own
 *
 * Returns: (transfer full): the values of one kind of contact
 */
char **
kp_service_dup_contacts (KpService           *self,
                         gboolean             provider,
                         KpServiceContactKind kind)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  for (guint i = 0; i < kp_service_get_data (self)->contacts->len; i++)
    {
      KpServiceContact *c = g_ptr_array_index (kp_service_get_data (self)->contacts, i);

      if (!c->provider == !provider && c->kind == kind)
        g_strv_builder_add (builder, c->value);
    }
  return g_strv_builder_end (builder);
}

/* A phone, an e-mail or a web, of the service or of its provider. */
gboolean
kp_service_has_contact (KpService *self)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), FALSE);
  for (guint i = 0; i < kp_service_get_data (self)->contacts->len; i++)
    {
      KpServiceContact *c = g_ptr_array_index (kp_service_get_data (self)->contacts, i);

      if (c->kind != KP_SERVICE_CONTACT_FAX && c->value != NULL && c->value[0] != '\0')
        return TRUE;
    }
  return FALSE;
}

/**
 * kp_service_is_active_on:
 * @iso_date: "2026-01-01"
 *
 * Returns: whether the service is provided on @iso_date: it has begun, has not ended, and
 *   (for a registered service) the registry still lists it
 */
gboolean
kp_service_is_active_on (KpService  *self,
                         const char *iso_date)
{
  KpServiceData *d;

  g_return_val_if_fail (KP_IS_SERVICE (self), FALSE);
  g_return_val_if_fail (iso_date != NULL, FALSE);
  d = kp_service_get_data (self);
  if (!d->is_local && !d->in_registry)
    return FALSE;
  if (d->date_from != NULL && strcmp (d->date_from, iso_date) > 0)
    return FALSE;
  return d->date_to == NULL || strcmp (d->date_to, iso_date) > 0;
}

gboolean
kp_service_get_is_active (KpService *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  return kp_service_is_active_on (self, today);
}

gboolean
kp_service_facility_is_active_on (const KpServiceFacility *facility,
                                  const char              *iso_date)
{
  if (facility->date_from != NULL && strcmp (facility->date_from, iso_date) > 0)
    return FALSE;
  return facility->date_to == NULL || strcmp (facility->date_to, iso_date) > 0;
}

const char *
kp_service_get_description (KpService *self)
{
  return kp_service_get_text (self, KP_SERVICE_TEXT_DESCRIPTION);
}

const char *
kp_service_get_hours (KpService *self)
{
  return kp_service_get_text (self, KP_SERVICE_TEXT_HOURS);
}

const char *
kp_service_get_fees (KpService *self)
{
  return kp_service_get_text (self, KP_SERVICE_TEXT_FEES);
}

const char *
kp_service_get_accessibility (KpService *self)
{
  return kp_service_get_text (self, KP_SERVICE_TEXT_ACCESSIBILITY);
}

const KpKrajNetworkEntry *
kp_service_get_kraj_entry (KpService *self,
                           int        year)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  for (guint i = 0; i < kp_service_get_data (self)->kraj_network->len; i++)
    {
      KpKrajNetworkEntry *entry = g_ptr_array_index (kp_service_get_data (self)->kraj_network, i);

      if (entry->year == year)
        return entry;
    }
  return NULL;
}

int
kp_service_compare_by_name (KpService *a,
                            KpService *b)
{
  int result = kp_czech_compare (kp_service_get_data (a)->name, kp_service_get_data (b)->name);

  if (result != 0)
    return result;
  return kp_service_get_data (a)->id < kp_service_get_data (b)->id ? -1 : kp_service_get_data (a)->id > kp_service_get_data (b)->id;
}
