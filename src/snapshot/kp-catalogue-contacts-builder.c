/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-catalogue-builder.h"
#include "kp-catalogue-parts-builder.h"
#include "kp-contact-text.h"
#include "kp-czech.h"
#include "kp-document-text.h"

/* Where the service of a catalogue entry is and how to reach it: its contacts and its
 * provider's, its addresses, and the obce it works for, an obec named with its okres where
 * the territory has another of the same name. */

char *
kp_catalogue_builder_dup_first_contact (KpService           *service,
                                        KpServiceContactKind kind)
{
  g_auto (GStrv) own = kp_service_dup_contacts (service, FALSE, kind);
  g_auto (GStrv) provider = NULL;

  if (own != NULL && own[0] != NULL)
    return g_strdup (own[0]);
  provider = kp_service_dup_contacts (service, TRUE, kind);
  return provider != NULL && provider[0] != NULL ? g_strdup (provider[0]) : NULL;
}

/* The phone numbers of the service (or of its provider, @provider), each grouped the Czech
 * way and on a line of its own; at most three. */
static char *
phones_of (KpService *service,
           gboolean   provider)
{
  g_autoptr (GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);
  g_auto (GStrv) raw = kp_service_dup_contacts (service, provider, KP_SERVICE_CONTACT_PHONE);

  for (int i = 0; raw != NULL && raw[i] != NULL; i++)
    {
      g_auto (GStrv) split = kp_contact_split_phones (raw[i]);

      for (int j = 0; split[j] != NULL; j++)
        if (numbers->len < 3 &&
            !g_ptr_array_find_with_equal_func (numbers, split[j], g_str_equal, NULL))
          g_ptr_array_add (numbers, g_strdup (split[j]));
    }
  if (numbers->len == 0)
    return NULL;
  g_ptr_array_add (numbers, NULL);
  return g_strjoinv ("\n", (char **) numbers->pdata);
}

/* The service's own phone numbers, else its provider's. */
static char *
phones_text (KpService *service)
{
  char *own = phones_of (service, FALSE);

  return own != NULL ? own : phones_of (service, TRUE);
}

static char *
first_provider_contact (KpService           *service,
                        KpServiceContactKind kind)
{
  g_auto (GStrv) values = kp_service_dup_contacts (service, TRUE, kind);

  return values != NULL && values[0] != NULL ? g_strdup (values[0]) : NULL;
}

/**
 * kp_catalogue_builder_first_phone:
 * @raw: (nullable): a phone field as kept in the project
 *
 * Returns: (transfer full) (nullable): its first number, grouped the Czech way
 */
char *
kp_catalogue_builder_first_phone (const char *raw)
{
  g_auto (GStrv) split = kp_contact_split_phones (raw);

  return split[0] != NULL ? g_strdup (split[0]) : NULL;
}
/* The contacts of the service (its own, else its provider's) and of its provider. */
void
kp_catalogue_builder_set_contacts (KpCatalogueEntry *entry,
                                   KpService        *service)
{
  g_autofree char *phone = NULL;
  g_autofree char *email = NULL;
  g_autofree char *web = NULL;
  g_autofree char *raw_web = NULL;

  phone = phones_text (service);
  email = kp_catalogue_builder_dup_first_contact (service, KP_SERVICE_CONTACT_EMAIL);
  raw_web = kp_catalogue_builder_dup_first_contact (service, KP_SERVICE_CONTACT_WEB);
  web = kp_contact_format_web (raw_web);
  kp_catalogue_entry_set_contacts (entry, phone, email, web);
  {
    g_autofree char *provider_phone = phones_of (service, TRUE);
    g_autofree char *provider_email = first_provider_contact (service, KP_SERVICE_CONTACT_EMAIL);
    g_autofree char *provider_raw_web = first_provider_contact (service, KP_SERVICE_CONTACT_WEB);
    g_autofree char *provider_web = kp_contact_format_web (provider_raw_web);
    g_autofree char *address = kp_catalogue_builder_dup_text (kp_service_get_provider_address (service));

    kp_catalogue_entry_set_provider_contacts (entry, address, provider_phone, provider_email,
                                              provider_web);
  }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return kp_czech_compare (*(const char *const *) a, *(const char *const *) b);
}

/* Kód obce → the name a catalogue prints, of the obce of the project's territory: the name,
 * with its okres where another obec of the territory has the same name ("Nová Ves, okres
 * Kolín"). The codes are borrowed from the project's list of obce, which keeps them while a
 * snapshot is built. */
GHashTable *
kp_catalogue_builder_obec_names_new (KpProject *project)
{
  GListModel *obce = kp_project_get_obce (project);
  guint       n = g_list_model_get_n_items (obce);
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr (GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint o = 0; o < n; o++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, o);
      const char *nazev = kp_obec_get_nazev (obec);
      guint       count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, nazev));

      if (nazev != NULL)
        g_hash_table_insert (counts, g_strdup (nazev), GUINT_TO_POINTER (count + 1));
    }
  for (guint o = 0; o < n; o++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, o);
      const char *kod = kp_obec_get_kod (obec);
      const char *nazev = kp_obec_get_nazev (obec);
      const char *okres = kp_obec_get_okres_nazev (obec);

      if (kod == NULL || nazev == NULL || g_hash_table_contains (names, kod))
        continue;
      if (GPOINTER_TO_UINT (g_hash_table_lookup (counts, nazev)) > 1 && !kp_catalogue_builder_is_blank (okres))
        /* Translators: an obec told apart from another of the same name by its okres */
        g_hash_table_insert (names, (gpointer) kod,
                             g_strdup_printf (D_ ("%s, district of %s"), nazev, okres));
      else
        g_hash_table_insert (names, (gpointer) kod, g_strdup (nazev));
    }
  return names;
}

/* Names of the obce @service works for: those of its facilities and of its scope, each
 * once, in Czech order; an obec of the territory as kp_catalogue_builder_obec_names_new() names it. */
void
kp_catalogue_builder_add_obce (KpCatalogueEntry *entry,
                               GHashTable       *obec_names,
                               KpService        *service,
                               const char       *date)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  GPtrArray *facilities = kp_service_get_facilities (service);
  GPtrArray *scope = kp_service_get_scope (service);

  for (guint i = 0; facilities != NULL && i < facilities->len; i++)
    {
      KpServiceFacility *f = g_ptr_array_index (facilities, i);
      const char        *name;

      if (!kp_service_facility_is_active_on (f, date) || kp_catalogue_builder_is_blank (f->obec_name))
        continue;
      /* an obec of the territory by its code, told apart from its namesakes */
      name = f->obec_kod != NULL ? g_hash_table_lookup (obec_names, f->obec_kod) : NULL;
      if (name == NULL)
        name = f->obec_name;
      if (g_hash_table_add (seen, (gpointer) name))
        g_ptr_array_add (names, (gpointer) name);
    }
  for (guint i = 0; scope != NULL && i < scope->len; i++)
    {
      KpServiceScope *s = g_ptr_array_index (scope, i);
      const char     *name = s->obec_kod != NULL ? g_hash_table_lookup (obec_names, s->obec_kod)
                                                 : NULL;

      if (name != NULL && g_hash_table_add (seen, (gpointer) name))
        g_ptr_array_add (names, (gpointer) name);
    }
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    kp_catalogue_entry_add_obec (entry, g_ptr_array_index (names, i));
}

void
kp_catalogue_builder_add_addresses (KpCatalogueEntry *entry,
                                    KpService        *service,
                                    const char       *date)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *facilities = kp_service_get_facilities (service);

  for (guint i = 0; facilities != NULL && i < facilities->len; i++)
    {
      KpServiceFacility *f = g_ptr_array_index (facilities, i);
      const char        *line = !kp_catalogue_builder_is_blank (f->address) ? f->address : f->obec_name;

      /* A shelter's address is not published: its obec is all a reader gets. */
      if (!kp_service_facility_is_active_on (f, date) || kp_catalogue_builder_is_blank (line))
        continue;
      if (g_hash_table_add (seen, (gpointer) line))
        kp_catalogue_entry_add_address (entry, line);
    }
  if (entry->addresses->len == 0 && !kp_catalogue_builder_is_blank (kp_service_get_provider_address (service)) &&
      kp_service_get_is_local (service))
    kp_catalogue_entry_add_address (entry, kp_service_get_provider_address (service));
}
