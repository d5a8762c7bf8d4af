/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-catalogue-builder.h"
#include "kp-catalogue-parts-builder.h"
#include "kp-czech.h"
#include "kp-document-text.h"
#include "kp-key-contacts.h"
#include "kp-publications.h"
#include "kp-target-group.h"

#include <string.h>

/* A project's services as catalogue entries. Registry names (types, target groups, obce)
 * are data and stay as they are; only Komplan's own words are translated. */

void
kp_publication_selection_init (KpPublicationSelection *selection)
{
  memset (selection, 0, sizeof *selection);
  selection->registered = TRUE;
  selection->local = TRUE;
  selection->group = KP_PUBLICATION_GROUP_ALL;
}

void
kp_publication_selection_clear (KpPublicationSelection *selection)
{
  g_clear_pointer (&selection->type_code, g_free);
  g_clear_pointer (&selection->target_group, g_free);
  g_clear_pointer (&selection->date, g_free);
}

void
kp_publication_selection_copy (KpPublicationSelection       *dest,
                               const KpPublicationSelection *src)
{
  *dest = *src;
  dest->type_code = g_strdup (src->type_code);
  dest->target_group = g_strdup (src->target_group);
  dest->date = g_strdup (src->date);
}

static KpServiceForms
form_flag (const char *form)
{
  if (g_strcmp0 (form, "pob") == 0)
    return KP_SERVICE_FORM_RESIDENTIAL;
  if (g_strcmp0 (form, "amb") == 0)
    return KP_SERVICE_FORM_OUTPATIENT;
  if (g_strcmp0 (form, "ter") == 0)
    return KP_SERVICE_FORM_FIELD;
  return KP_SERVICE_FORM_NONE;
}

static KpServiceForms
service_forms (KpService *service)
{
  GPtrArray     *forms = kp_service_get_forms (service);
  KpServiceForms flags = KP_SERVICE_FORM_NONE;

  for (guint i = 0; forms != NULL && i < forms->len; i++)
    flags |= form_flag (((KpServiceForm *) g_ptr_array_index (forms, i))->form);
  return flags;
}

static gboolean
strv_contains_folded (const char *const *names,
                      const char        *needle)
{
  g_autofree char *folded_needle = kp_czech_fold (needle);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *folded = kp_czech_fold (names[i]);

      if (strcmp (folded, folded_needle) == 0)
        return TRUE;
    }
  return FALSE;
}

/**
 * kp_publication_selection_matches:
 *
 * Returns: whether @selection lists @service
 */
static char *
dup_today (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

gboolean
kp_publication_selection_matches (const KpPublicationSelection *selection,
                                  KpService                    *service)
{
  g_autofree char *today = selection->date == NULL ? dup_today () : NULL;
  const char      *date = today != NULL ? today : selection->date;

  g_return_val_if_fail (KP_IS_SERVICE (service), FALSE);
  if (kp_service_get_is_local (service) ? !selection->local : !selection->registered)
    return FALSE;
  if (!kp_service_is_active_on (service, date))
    return FALSE;
  if (selection->type_code != NULL && selection->type_code[0] != '\0' &&
      g_strcmp0 (kp_service_get_type_code (service), selection->type_code) != 0)
    return FALSE;
  if (selection->target_group != NULL && selection->target_group[0] != '\0' &&
      !strv_contains_folded (kp_service_get_target_groups (service), selection->target_group))
    return FALSE;
  if (selection->forms != KP_SERVICE_FORM_NONE && !kp_service_get_is_local (service) &&
      (service_forms (service) & selection->forms) == 0)
    return FALSE;
  return kp_publication_group_matches (selection->group, service);
}

/* Where a leaflet lists @service: advice and crisis help by their type, the others by
 * their form, the one that reaches the client first (field, then outpatient, then
 * residential: pečovatelská služba given in the field and at its centre is help at home). */
static KpLeafletSection
leaflet_section (KpService *service)
{
  static const char *const advice[] = { "/1", NULL };
  static const char *const crisis[] = { "/18", "/23", "/34", NULL };
  const char              *code = kp_service_get_type_code (service);
  const char              *slash = code != NULL ? strrchr (code, '/') : NULL;
  KpServiceForms           forms = service_forms (service);

  if (kp_service_get_is_local (service))
    return kp_service_get_local_kind (service) == KP_SERVICE_LOCAL_CRISIS_LINE
               ? KP_LEAFLET_SECTION_CRISIS
               : KP_LEAFLET_SECTION_NONE;
  if (slash != NULL && g_strv_contains (advice, slash))
    return KP_LEAFLET_SECTION_ADVICE;
  if (slash != NULL && g_strv_contains (crisis, slash))
    return KP_LEAFLET_SECTION_CRISIS;
  if (forms & KP_SERVICE_FORM_FIELD)
    return KP_LEAFLET_SECTION_HOME;
  if (forms & KP_SERVICE_FORM_OUTPATIENT)
    return KP_LEAFLET_SECTION_DAY;
  if (forms & KP_SERVICE_FORM_RESIDENTIAL)
    return KP_LEAFLET_SECTION_HOMES;
  return KP_LEAFLET_SECTION_DAY;
}

/* The kind of a local service in the document's language (kp_service_local_kind_get_label()
 * gives it in the language of the user interface). */
static const char *
local_kind_label (KpServiceLocalKind kind)
{
  switch (kind)
    {
    case KP_SERVICE_LOCAL_HEALTH:
      return D_ ("health care");
    case KP_SERVICE_LOCAL_AUTHORITY:
      return D_ ("authority");
    case KP_SERVICE_LOCAL_CRISIS_LINE:
      return D_ ("crisis line");
    case KP_SERVICE_LOCAL_COMMUNITY:
      return D_ ("community service");
    case KP_SERVICE_LOCAL_OTHER:
    case KP_SERVICE_LOCAL_NONE:
    default:
      return D_ ("other related service");
    }
}

/* The registry's units in the words of a catalogue line "lůžka: 62". */
static const char *
unit_label (const char *unit)
{
  if (g_strcmp0 (unit, "luzka") == 0)
    return DC_ ("capacity unit", "beds");
  if (g_strcmp0 (unit, "klient") == 0)
    return DC_ ("capacity unit", "clients");
  if (g_strcmp0 (unit, "kontakt") == 0)
    return DC_ ("capacity unit", "contacts");
  if (g_strcmp0 (unit, "interv") == 0)
    return DC_ ("capacity unit", "interventions");
  if (g_strcmp0 (unit, "hovor") == 0)
    return DC_ ("capacity unit", "calls");
  return unit;
}

gboolean
kp_catalogue_builder_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* A target or age group as the document names it: the registry's name, or, for a code the
 * imported code lists do not name, a marked unknown value in the document's language
 * (never the raw code "CilovaSkupinaOsoby/16"). */
static char *
group_name (const char *stored,
            gboolean    is_target_group)
{
  const char *number;

  if (is_target_group ? !kp_target_group_stored_is_unknown (stored)
                      : !kp_age_group_stored_is_unknown (stored))
    return is_target_group ? kp_target_group_format_stored (stored, NULL)
                           : kp_age_group_format_stored (stored, NULL);
  number = strrchr (stored, '/');
  number = number != NULL ? number + 1 : stored;
  return is_target_group ? g_strdup_printf (D_ ("unknown target group (code %s)"), number)
                         : g_strdup_printf (D_ ("unknown age group (code %s)"), number);
}

char *
kp_catalogue_builder_dup_text (const char *text)
{
  return kp_catalogue_builder_is_blank (text) ? NULL : g_strstrip (g_strdup (text));
}

static char *
describe (KpService *service)
{
  const char *description = kp_service_get_description (service);
  const char *access = kp_service_get_accessibility (service);
  GString    *text;

  if (kp_catalogue_builder_is_blank (description) && kp_catalogue_builder_is_blank (access))
    return NULL;
  text = g_string_new (NULL);
  if (!kp_catalogue_builder_is_blank (description))
    {
      g_autofree char *d = g_strstrip (g_strdup (description));

      g_string_append (text, d);
    }
  if (!kp_catalogue_builder_is_blank (access))
    {
      g_autofree char *a = g_strstrip (g_strdup (access));

      if (text->len > 0)
        g_string_append_c (text, ' ');
      /* Translators: the accessibility of a service at the end of its description, e.g.
       * "Accessibility: wheelchair access from the yard." */
      g_string_append_printf (text, D_ ("Accessibility: %s."), a);
    }
  return g_string_free (text, FALSE);
}

/* The entry of @service, with the facilities active on @today. */
static KpCatalogueEntry *
build_entry (GHashTable *obec_names,
             KpService  *service,
             const char *today)
{
  const char *const *names;
  KpCatalogueEntry  *entry;
  GPtrArray         *forms;
  const char        *provider = kp_service_get_provider_name (service);
  int                primary;

  entry = kp_catalogue_entry_new (kp_service_get_name (service),
                                  provider != NULL ? provider : "", kp_service_get_ico (service));
  entry->is_local = kp_service_get_is_local (service);
  if (entry->is_local)
    kp_catalogue_entry_set_type (entry,
                                 local_kind_label (kp_service_get_local_kind (service)),
                                 NULL, KP_SERVICE_FORM_NONE);
  else
    kp_catalogue_entry_set_type (entry, kp_service_get_type_name (service),
                                 kp_service_get_paragraph (service), service_forms (service));

  /* the main target group first: the chapter of a catalogue by target group */
  names = kp_service_get_target_groups (service);
  for (int i = 0; names != NULL && names[i] != NULL; i++)
    entry->has_unknown_group |= kp_target_group_stored_is_unknown (names[i]);
  for (int i = 0; kp_service_get_age_groups (service) != NULL && kp_service_get_age_groups (service)[i] != NULL; i++)
    entry->has_unknown_group |= kp_age_group_stored_is_unknown (kp_service_get_age_groups (service)[i]);
  primary = kp_catalogue_builder_primary_target_group (kp_service_get_type_code (service), names);
  if (primary >= 0)
    {
      g_autofree char *name = group_name (names[primary], TRUE);

      kp_catalogue_entry_add_target_group (entry, name);
    }
  for (int i = 0; names != NULL && names[i] != NULL; i++)
    if (i != primary)
      {
        g_autofree char *name = group_name (names[i], TRUE);

        kp_catalogue_entry_add_target_group (entry, name);
      }
  if (!kp_catalogue_builder_is_blank (kp_service_get_age_note (service)))
    entry->age_text = kp_catalogue_builder_dup_text (kp_service_get_age_note (service));
  else if (kp_service_get_age_groups (service) != NULL && kp_service_get_age_groups (service)[0] != NULL)
    {
      const char *const *ages = kp_service_get_age_groups (service);
      GString           *text = g_string_new (NULL);

      for (int i = 0; ages[i] != NULL; i++)
        {
          g_autofree char *name = group_name (ages[i], FALSE);

          g_string_append (text, i > 0 ? ", " : "");
          g_string_append (text, name);
        }
      entry->age_text = g_string_free (text, FALSE);
    }

  forms = kp_service_get_forms (service);
  for (guint i = 0; forms != NULL && i < forms->len; i++)
    {
      KpServiceForm *f = g_ptr_array_index (forms, i);

      if (f->unit != NULL)
        kp_catalogue_entry_add_capacity (entry, (double) f->capacity, unit_label (f->unit),
                                         form_flag (f->form));
    }

  kp_catalogue_builder_add_addresses (entry, service, today);
  kp_catalogue_builder_set_contacts (entry, service);
  entry->hours = kp_catalogue_builder_dup_text (kp_service_get_hours (service));
  entry->fees = kp_catalogue_builder_dup_text (kp_service_get_fees (service));
  entry->description = describe (service);
  kp_catalogue_builder_add_obce (entry, obec_names, service, today);
  entry->section = leaflet_section (service);
  return entry;
}

/**
 * kp_catalogue_builder_entry:
 *
 * Returns: (transfer full): the catalogue entry of @service
 */
KpCatalogueEntry *
kp_catalogue_builder_entry (KpProject *project,
                            KpService *service)
{
  g_autoptr (GHashTable) obec_names = NULL;
  g_autofree char *today = NULL;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (KP_IS_SERVICE (service), NULL);

  obec_names = kp_catalogue_builder_obec_names_new (project);
  today = dup_today ();
  return build_entry (obec_names, service, today);
}

/**
 * kp_catalogue_builder_crisis_line:
 *
 * Returns: (transfer full) (nullable): the line, with the service's description and fees as
 *   its note
 */
KpCrisisLine *
kp_catalogue_builder_crisis_line (KpService *service)
{
  g_autofree char *raw_phone = kp_catalogue_builder_dup_first_contact (service, KP_SERVICE_CONTACT_PHONE);
  g_autofree char *phone = kp_catalogue_builder_first_phone (raw_phone);
  g_autofree char *note = kp_catalogue_builder_dup_text (kp_service_get_description (service));
  g_autofree char *fees = kp_catalogue_builder_dup_text (kp_service_get_fees (service));

  if (phone == NULL)
    return NULL;
  if (fees != NULL)
    {
      char *joined = note != NULL ? g_strdup_printf ("%s %s", note, fees) : g_strdup (fees);

      g_free (note);
      note = joined;
    }
  return kp_crisis_line_new (KP_CRISIS_LINE_HELPLINE, kp_service_get_name (service), phone,
                             kp_service_get_hours (service), note);
}

/* The project's national help lines: all of them in a catalogue, on a leaflet those that
 * serve its group (Linka seniorů for seniors, Linka bezpečí for families, …). */
static void
add_helplines (KpProject           *project,
               KpCatalogueSnapshot *snapshot,
               KpPublicationGroup   group)
{
  g_autoptr (GPtrArray) lines = kp_publications_dup_helplines (kp_project_get_publications (project),
                                                               NULL);

  for (guint i = 0; lines != NULL && i < lines->len; i++)
    {
      const KpHelpline *line = g_ptr_array_index (lines, i);
      g_autofree char  *phone = kp_catalogue_builder_first_phone (line->phone);

      if (group != KP_PUBLICATION_GROUP_ALL &&
          !kp_helpline_serves (line, kp_publication_group_to_string (group)))
        continue;
      kp_catalogue_snapshot_add_crisis_line (
          snapshot, kp_crisis_line_new (KP_CRISIS_LINE_HELPLINE, line->name,
                                        phone != NULL ? phone : line->phone, line->hours,
                                        line->note));
    }
}

/**
 * kp_catalogue_builder_build:
 *
 * Returns: (transfer full): the entries of the services @selection lists, in the project's
 *   order (the render orders them by its structure)
 */
KpCatalogueSnapshot *
kp_catalogue_builder_build (KpProject                    *project,
                            const KpPublicationSelection *selection)
{
  return kp_catalogue_builder_build_parts (project, selection, KP_CATALOGUE_PART_NONE);
}

/**
 * kp_catalogue_builder_build_parts:
 * @parts: the optional parts to fill: the authorities and health care take the related
 *   services of their kinds out of the chapters of services
 *
 * Returns: (transfer full): kp_catalogue_builder_build() with the parts asked for
 */
KpCatalogueSnapshot *
kp_catalogue_builder_build_parts (KpProject                    *project,
                                  const KpPublicationSelection *selection,
                                  KpCataloguePartFlags          parts)
{
  g_autoptr (GHashTable) obec_names = NULL;
  g_autoptr (GPtrArray) entry_services = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char     *today = NULL;
  const char          *date;
  KpCatalogueSnapshot *snapshot;
  GListModel          *services;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (selection != NULL, NULL);

  snapshot = kp_catalogue_snapshot_new ();
  if (parts != KP_CATALOGUE_PART_NONE)
    snapshot->parts = kp_catalogue_parts_new (parts);
  obec_names = kp_catalogue_builder_obec_names_new (project);
  /* Services and their facilities as they are on the selection's date. */
  today = selection->date == NULL ? dup_today () : NULL;
  date = today != NULL ? today : selection->date;
  add_helplines (project, snapshot, selection->group);
  services = kp_service_network_get_services (kp_service_network_get (project));
  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);

      if (!kp_publication_selection_matches (selection, service))
        continue;
      if (kp_service_get_local_kind (service) == KP_SERVICE_LOCAL_CRISIS_LINE)
        {
          KpCrisisLine *line = kp_catalogue_builder_crisis_line (service);

          if (line != NULL)
            kp_catalogue_snapshot_add_crisis_line (snapshot, line);
          continue;
        }
      {
        KpCatalogueEntry *entry = build_entry (obec_names, service, date);

        if (snapshot->parts != NULL && kp_catalogue_parts_take (snapshot->parts, service, entry))
          continue;
        kp_catalogue_snapshot_add_entry (snapshot, entry);
        g_ptr_array_add (entry_services, g_object_ref (service));
      }
    }
  if (snapshot->parts != NULL)
    {
      kp_catalogue_parts_finish (snapshot->parts, project);
      if (parts & KP_CATALOGUE_PART_SITUATIONS)
        kp_catalogue_situations_fill (snapshot, entry_services);
    }
  return snapshot;
}

/**
 * kp_catalogue_builder_dup_data_date:
 *
 * Returns: (transfer full) (nullable): the date of the registry's data
 */
char *
kp_catalogue_builder_dup_data_date (KpProject *project)
{
  g_autoptr (GPtrArray) sources = NULL;
  char *date = NULL;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  sources = kp_project_list_sources (project, NULL);
  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      KpImportRecord *record = g_ptr_array_index (sources, i);

      if (record->kind == KP_REFERENCE_KIND_REGISTRY && record->data_date != NULL &&
          (date == NULL || strcmp (record->data_date, date) > 0))
        {
          g_free (date);
          date = g_strdup (record->data_date);
        }
    }
  return date;
}

/**
 * kp_catalogue_builder_default_options:
 *
 * Returns: (transfer full): the options a new catalogue of @project starts with
 */
KpCatalogueOptions *
kp_catalogue_builder_default_options (KpProject *project)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  KpCatalogueOptions *options;
  const char         *territory;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  territory = kp_project_get_territory_name (project);
  options = kp_catalogue_options_new (D_ ("Catalogue of Social Service Providers"));
  options->subtitle = g_strdup (territory);
  options->issuer = g_strdup (territory);
  options->year = g_date_time_get_year (now);
  options->data_date = kp_catalogue_builder_dup_data_date (project);
  options->structure = KP_CATALOGUE_BY_TARGET_GROUP;
  options->paper_size = KP_PAGE_SIZE_A4;
  options->national_lines = TRUE;
  kp_key_contacts_add (project, options->key_contacts);
  return options;
}
