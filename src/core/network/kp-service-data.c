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
  data->network = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_service_network_entry_free);
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
  g_ptr_array_unref (data->network);
  g_free (data);
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

const KpServiceNetworkEntry *
kp_service_get_network_entry (KpService *self,
                              int        year)
{
  g_return_val_if_fail (KP_IS_SERVICE (self), NULL);
  for (guint i = 0; i < kp_service_get_data (self)->network->len; i++)
    {
      KpServiceNetworkEntry *entry = g_ptr_array_index (kp_service_get_data (self)->network, i);

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
