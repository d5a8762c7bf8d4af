/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-service-types.h"

#include <string.h>

/* The boxed parts of a service and the labels of their codes. */

G_DEFINE_BOXED_TYPE (KpServiceForm, kp_service_form, kp_service_form_copy, kp_service_form_free)
G_DEFINE_BOXED_TYPE (KpServiceFacility, kp_service_facility, kp_service_facility_copy, kp_service_facility_free)
G_DEFINE_BOXED_TYPE (KpServiceContact, kp_service_contact, kp_service_contact_copy, kp_service_contact_free)
G_DEFINE_BOXED_TYPE (KpServiceScope, kp_service_scope, kp_service_scope_copy, kp_service_scope_free)
G_DEFINE_BOXED_TYPE (KpKrajNetworkEntry, kp_kraj_network_entry, kp_kraj_network_entry_copy, kp_kraj_network_entry_free)

KpServiceForm *
kp_service_form_copy (const KpServiceForm *form)
{
  KpServiceForm *copy = g_new0 (KpServiceForm, 1);

  copy->form = g_strdup (form->form);
  copy->nonstop = form->nonstop;
  copy->unit = g_strdup (form->unit);
  copy->capacity = form->capacity;
  copy->note = g_strdup (form->note);
  return copy;
}

void
kp_service_form_free (KpServiceForm *form)
{
  if (form == NULL)
    return;
  g_free (form->form);
  g_free (form->unit);
  g_free (form->note);
  g_free (form);
}

KpServiceFacility *
kp_service_facility_copy (const KpServiceFacility *facility)
{
  KpServiceFacility *copy = g_new0 (KpServiceFacility, 1);

  copy->name = g_strdup (facility->name);
  copy->address = g_strdup (facility->address);
  copy->address_point = g_strdup (facility->address_point);
  copy->obec_kod = g_strdup (facility->obec_kod);
  copy->obec_name = g_strdup (facility->obec_name);
  copy->okres_kod = g_strdup (facility->okres_kod);
  copy->kraj_kod = g_strdup (facility->kraj_kod);
  copy->date_from = g_strdup (facility->date_from);
  copy->date_to = g_strdup (facility->date_to);
  copy->repeats = facility->repeats;
  return copy;
}

void
kp_service_facility_free (KpServiceFacility *facility)
{
  if (facility == NULL)
    return;
  g_free (facility->name);
  g_free (facility->address);
  g_free (facility->address_point);
  g_free (facility->obec_kod);
  g_free (facility->obec_name);
  g_free (facility->okres_kod);
  g_free (facility->kraj_kod);
  g_free (facility->date_from);
  g_free (facility->date_to);
  g_free (facility);
}

KpServiceContact *
kp_service_contact_new (gboolean             provider,
                        KpServiceContactKind kind,
                        const char          *value,
                        const char          *note)
{
  KpServiceContact *contact = g_new0 (KpServiceContact, 1);

  contact->provider = provider;
  contact->kind = kind;
  contact->value = g_strdup (value);
  contact->note = g_strdup (note);
  return contact;
}

KpServiceContact *
kp_service_contact_copy (const KpServiceContact *contact)
{
  return kp_service_contact_new (contact->provider, contact->kind, contact->value,
                                 contact->note);
}

void
kp_service_contact_free (KpServiceContact *contact)
{
  if (contact == NULL)
    return;
  g_free (contact->value);
  g_free (contact->note);
  g_free (contact);
}

KpServiceScope *
kp_service_scope_copy (const KpServiceScope *scope)
{
  KpServiceScope *copy = g_new0 (KpServiceScope, 1);

  copy->obec_kod = g_strdup (scope->obec_kod);
  copy->share = scope->share;
  return copy;
}

void
kp_service_scope_free (KpServiceScope *scope)
{
  if (scope == NULL)
    return;
  g_free (scope->obec_kod);
  g_free (scope);
}

KpKrajNetworkEntry *
kp_kraj_network_entry_copy (const KpKrajNetworkEntry *entry)
{
  KpKrajNetworkEntry *copy = g_new0 (KpKrajNetworkEntry, 1);

  copy->year = entry->year;
  copy->in_network = entry->in_network;
  copy->capacity = entry->capacity;
  copy->unit = g_strdup (entry->unit);
  return copy;
}

void
kp_kraj_network_entry_free (KpKrajNetworkEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->unit);
  g_free (entry);
}

static const struct
{
  KpServiceLocalKind kind;
  const char        *id;
  const char        *label;
} local_kinds[] = {
  { KP_SERVICE_LOCAL_HEALTH, "health", N_ ("health care") },
  { KP_SERVICE_LOCAL_AUTHORITY, "authority", N_ ("authority") },
  { KP_SERVICE_LOCAL_CRISIS_LINE, "crisis_line", N_ ("crisis line") },
  { KP_SERVICE_LOCAL_COMMUNITY, "community", N_ ("community service") },
  { KP_SERVICE_LOCAL_OTHER, "other", N_ ("other related service") },
};

const char *
kp_service_local_kind_get_label (KpServiceLocalKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (local_kinds); i++)
    if (local_kinds[i].kind == kind)
      return _ (local_kinds[i].label);
  /* Translators: a service registered under Act 108/2006 Sb. */
  return _ ("registered social service");
}

const char *
kp_service_local_kind_to_string (KpServiceLocalKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (local_kinds); i++)
    if (local_kinds[i].kind == kind)
      return local_kinds[i].id;
  return NULL;
}

KpServiceLocalKind
kp_service_local_kind_from_string (const char *id)
{
  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (local_kinds); i++)
    if (strcmp (local_kinds[i].id, id) == 0)
      return local_kinds[i].kind;
  return id != NULL ? KP_SERVICE_LOCAL_OTHER : KP_SERVICE_LOCAL_NONE;
}

const char *
kp_service_contact_kind_to_string (KpServiceContactKind kind)
{
  static const char *const ids[] = { "telefon", "email", "web", "fax" };

  g_return_val_if_fail (kind <= KP_SERVICE_CONTACT_FAX, "telefon");
  return ids[kind];
}

KpServiceContactKind
kp_service_contact_kind_from_string (const char *id)
{
  if (g_strcmp0 (id, "email") == 0)
    return KP_SERVICE_CONTACT_EMAIL;
  if (g_strcmp0 (id, "web") == 0)
    return KP_SERVICE_CONTACT_WEB;
  if (g_strcmp0 (id, "fax") == 0)
    return KP_SERVICE_CONTACT_FAX;
  return KP_SERVICE_CONTACT_PHONE;
}
