/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-preprint-check.h"
#include "kp-catalogue-parts.h"
#include "kp-catalogue-document.h"
#include "kp-leaflet-document.h"

#include <string.h>

/* Services are named in a warning, the first few of them: a town fixes them in the
 * registry or in the project before it prints. */
#define NAMED 3

void
kp_preprint_warning_free (KpPreprintWarning *warning)
{
  if (warning == NULL)
    return;
  g_free (warning->text);
  g_free (warning);
}

static void
add (GPtrArray     *warnings,
     KpPreprintKind kind,
     char          *text)
{
  KpPreprintWarning *w = g_new0 (KpPreprintWarning, 1);

  w->kind = kind;
  w->text = text;
  g_ptr_array_add (warnings, w);
}

/* A registry code where a name belongs: "CilovaSkupinaOsoby/98", "DruhSocialniSluzby/40". */
static gboolean
is_code (const char *text)
{
  const char *slash;

  if (text == NULL || !g_ascii_isupper (text[0]))
    return FALSE;
  slash = strchr (text, '/');
  if (slash == NULL || slash[1] == '\0')
    return FALSE;
  for (const char *p = text; p < slash; p++)
    if (!g_ascii_isalpha (*p))
      return FALSE;
  for (const char *p = slash + 1; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      return FALSE;
  return TRUE;
}

static gboolean
has_unknown_code (const KpCatalogueEntry *e)
{
  if (!e->is_local && (e->type_name == NULL || e->type_name[0] == '\0' || is_code (e->type_name)))
    return TRUE;
  if (e->has_unknown_group)
    return TRUE;
  for (guint i = 0; i < e->target_groups->len; i++)
    if (is_code (g_ptr_array_index (e->target_groups, i)))
      return TRUE;
  return FALSE;
}

static gboolean
has_text (const char *text)
{
  return text != NULL && text[0] != '\0';
}

/* "Domov Lesná, Poradna Podlesí and 2 more" */
static char *
name_list (GPtrArray *names)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < names->len && i < NAMED; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, g_ptr_array_index (names, i));
    }
  if (names->len > NAMED)
    {
      guint more = names->len - NAMED;

      /* Translators: after a list of service names, "and 4 more" */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, " and %u more", " and %u more", more),
                              more);
    }
  return g_string_free (text, FALSE);
}

/* Sorts @entries (KpCatalogueEntry) by what they lack: a code without a name, any contact,
 * a phone. */
static void
check_entries (GPtrArray *entries,
               GPtrArray *unknown,
               GPtrArray *no_contact,
               GPtrArray *no_phone)
{
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      const KpCatalogueEntry *e = g_ptr_array_index (entries, i);

      if (has_unknown_code (e))
        g_ptr_array_add (unknown, e->name);
      if (!has_text (e->phone) && !has_text (e->email) && !has_text (e->web))
        g_ptr_array_add (no_contact, e->name);
      else if (!has_text (e->phone))
        g_ptr_array_add (no_phone, e->name);
    }
}

/* The catalogue's optional parts that were asked for but would print empty: they are left
 * out, and the user learns why. */
static void
check_parts (GPtrArray                 *warnings,
             const KpCatalogueSnapshot *snapshot)
{
  const KpCatalogueParts *parts = snapshot->parts;

  if (parts == NULL)
    return;
  if ((parts->asked & KP_CATALOGUE_PART_AUTHORITIES) != 0 && parts->ospod->len == 0)
    add (warnings, KP_PREPRINT_NO_OSPOD,
         g_strdup (_ ("The chapter of authorities has no child protection authority (OSPOD): "
                      "add it as a related service of the kind “authority” whose name says "
                      "“OSPOD” or “sociálně-právní ochrana dětí”.")));
  if ((parts->asked & KP_CATALOGUE_PART_AUTHORITIES) != 0 && parts->offices->len == 0)
    add (warnings, KP_PREPRINT_NO_UP_OFFICE,
         g_strdup (_ ("The chapter of authorities names no contact office of Úřad práce ČR: the "
                      "reference data had none when the territory was set. Import up_cr.csv, "
                      "then set the territory again.")));
  if ((parts->asked & KP_CATALOGUE_PART_HEALTH) != 0 && parts->health->len == 0)
    add (warnings, KP_PREPRINT_NO_HEALTH,
         g_strdup (_ ("The chapter of health care is left out: the project has no related "
                      "service of the kind “health care”.")));
  if ((parts->asked & KP_CATALOGUE_PART_SITUATIONS) != 0 && parts->situations->len == 0 &&
      snapshot->entries->len > 0)
    add (warnings, KP_PREPRINT_NO_SITUATION,
         g_strdup (_ ("The index of life situations is left out: no service of the catalogue "
                      "matches any of the situations.")));
}

/**
 * kp_preprint_check:
 * @snapshot: what the document lists
 * @key_contacts: (element-type KpCrisisLine): the contacts it gives first: the local
 *   authority's social department
 * @result: (nullable): what writing it reported, for the services left out
 *
 * Returns: (transfer full) (element-type KpPreprintWarning): the warnings, most serious
 *   first; empty when the document is ready for print
 */
GPtrArray *
kp_preprint_check (const KpCatalogueSnapshot *snapshot,
                   GPtrArray                 *key_contacts,
                   const KpRenderResult      *result)
{
  GPtrArray *warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_preprint_warning_free);
  g_autoptr (GPtrArray) unknown = g_ptr_array_new ();
  g_autoptr (GPtrArray) no_contact = g_ptr_array_new ();
  g_autoptr (GPtrArray) no_phone = g_ptr_array_new ();
  gboolean authority = FALSE;

  g_return_val_if_fail (snapshot != NULL, warnings);

  if (snapshot->entries->len == 0)
    add (warnings, KP_PREPRINT_NO_SERVICES,
         g_strdup (_ ("The document lists no service: the project has none for it, or the "
                      "selection leaves none out.")));
  check_entries (snapshot->entries, unknown, no_contact, no_phone);
  /* the authorities and health care printed in chapters of their own are entries too */
  if (kp_catalogue_parts_has_authorities (snapshot->parts))
    {
      check_entries (snapshot->parts->social, unknown, no_contact, no_phone);
      check_entries (snapshot->parts->ospod, unknown, no_contact, no_phone);
    }
  if (kp_catalogue_parts_has_health (snapshot->parts))
    check_entries (snapshot->parts->health, unknown, no_contact, no_phone);
  if (unknown->len > 0)
    {
      g_autofree char *list = name_list (unknown);

      add (warnings, KP_PREPRINT_UNKNOWN_CODE,
           g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u service has a type or target group known only by "
                                         "its registry code (import the MPSV code lists): %s",
                                         "%u services have a type or target group known only "
                                         "by its registry code (import the MPSV code lists): %s",
                                         unknown->len),
                            unknown->len, list));
    }
  if (no_contact->len > 0)
    {
      g_autofree char *list = name_list (no_contact);

      add (warnings, KP_PREPRINT_NO_CONTACT,
           g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u service has no phone, e-mail or web address: %s",
                                         "%u services have no phone, e-mail or web address: %s",
                                         no_contact->len),
                            no_contact->len, list));
    }
  if (no_phone->len > 0)
    {
      g_autofree char *list = name_list (no_phone);

      add (warnings, KP_PREPRINT_NO_PHONE,
           g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u service has no phone number: %s",
                                         "%u services have no phone number: %s", no_phone->len),
                            no_phone->len, list));
    }

  for (guint i = 0; key_contacts != NULL && i < key_contacts->len; i++)
    authority |= ((KpCrisisLine *) g_ptr_array_index (key_contacts, i))->kind ==
                 KP_CRISIS_LINE_CONTACT;
  for (guint i = 0; i < snapshot->crisis_lines->len; i++)
    authority |= ((KpCrisisLine *) g_ptr_array_index (snapshot->crisis_lines, i))->kind ==
                 KP_CRISIS_LINE_CONTACT;
  if (!authority)
    add (warnings, KP_PREPRINT_NO_AUTHORITY,
         g_strdup (_ ("No authority to turn to first: add the municipal social department as a "
                      "related service of the kind “authority” with its phone number.")));

  check_parts (warnings, snapshot);
  if (result != NULL && result->n_omitted > 0)
    add (warnings, KP_PREPRINT_LEFT_OUT,
         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%d service did not fit and is left out; each form of "
                                       "service keeps at least one.",
                                       "%d services did not fit and are left out; each form of "
                                       "service keeps at least one.",
                                       (gulong) result->n_omitted),
                          result->n_omitted));
  return warnings;
}

/**
 * kp_preprint_check_document:
 * @document: a catalogue or a leaflet
 *
 * The check of kp_preprint_check() for @document; the services left out are known once it
 * has been written.
 *
 * Returns: (transfer full) (element-type KpPreprintWarning): the warnings; none for other
 *   documents
 */
GPtrArray *
kp_preprint_check_document (KpDocument *document)
{
  KpRenderResult result = { 0 };

  g_return_val_if_fail (KP_IS_DOCUMENT (document), NULL);

  if (KP_IS_CATALOGUE_DOCUMENT (document))
    {
      KpCatalogueDocument *self = KP_CATALOGUE_DOCUMENT (document);

      return kp_preprint_check (kp_catalogue_document_get_snapshot (self),
                                kp_catalogue_document_get_options (self)->key_contacts, NULL);
    }
  if (KP_IS_LEAFLET_DOCUMENT (document))
    {
      KpLeafletDocument *self = KP_LEAFLET_DOCUMENT (document);

      kp_leaflet_document_get_result (self, &result);
      return kp_preprint_check (kp_leaflet_document_get_snapshot (self),
                                kp_leaflet_document_get_options (self)->key_contacts, &result);
    }
  return g_ptr_array_new_with_free_func ((GDestroyNotify) kp_preprint_warning_free);
}

/**
 * kp_preprint_add_notes:
 *
 * Adds the warnings of the check that the document's own notes do not already give (no
 * services, services left out) as notes of @document, for the Publications view.
 */
void
kp_preprint_add_notes (KpDocument                *document,
                       const KpCatalogueSnapshot *snapshot,
                       GPtrArray                 *key_contacts)
{
  g_autoptr (GPtrArray) warnings = kp_preprint_check (snapshot, key_contacts, NULL);

  for (guint i = 0; i < warnings->len; i++)
    {
      const KpPreprintWarning *w = g_ptr_array_index (warnings, i);

      if (w->kind != KP_PREPRINT_NO_SERVICES && w->kind != KP_PREPRINT_LEFT_OUT)
        kp_document_add_note (document, KP_DOCUMENT_NOTE_WARNING, w->text);
    }
}
