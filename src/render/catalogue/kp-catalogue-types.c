/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-catalogue-types.h"
#include "kp-catalogue-parts.h"
#include "kp-document-text.h"

/* Constructors, copies and free functions of the publication snapshots. */

/**
 * kp_leaflet_section_get_title:
 *
 * Returns: (transfer none): the heading a leaflet gives @section, in the document's language
 */
const char *
kp_leaflet_section_get_title (KpLeafletSection section)
{
  switch (section)
    {
    case KP_LEAFLET_SECTION_HOME:
      return D_ ("Help at home");
    case KP_LEAFLET_SECTION_DAY:
      return D_ ("Day and outpatient services");
    case KP_LEAFLET_SECTION_HOMES:
      return D_ ("Homes and residential services");
    case KP_LEAFLET_SECTION_ADVICE:
      return D_ ("Advice");
    case KP_LEAFLET_SECTION_CRISIS:
      return D_ ("Crisis help");
    case KP_LEAFLET_SECTION_NONE:
    case KP_LEAFLET_N_SECTIONS:
    default:
      return "";
    }
}
/**
 * kp_service_form_get_name:
 * @form: one form
 *
 * Returns: the form's translated name, as the law names it ("terénní")
 */
const char *
kp_service_form_get_name (KpServiceForms form)
{
  switch (form)
    {
    case KP_SERVICE_FORM_RESIDENTIAL:
      return DC_ ("service form", "residential");
    case KP_SERVICE_FORM_OUTPATIENT:
      return DC_ ("service form", "outpatient");
    case KP_SERVICE_FORM_FIELD:
      return DC_ ("service form", "field");
    case KP_SERVICE_FORM_NONE:
    default:
      return "";
    }
}

static void
capacity_clear (gpointer data)
{
  g_free (((KpCapacity *) data)->unit);
}

static GPtrArray *
strv_array_new (void)
{
  return g_ptr_array_new_with_free_func (g_free);
}

static GPtrArray *
strv_array_copy (GPtrArray *array)
{
  GPtrArray *copy = strv_array_new ();

  for (guint i = 0; i < array->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (array, i)));
  return copy;
}

KpCatalogueEntry *
kp_catalogue_entry_new (const char *name,
                        const char *provider_name,
                        const char *provider_ico)
{
  KpCatalogueEntry *entry = g_new0 (KpCatalogueEntry, 1);

  g_return_val_if_fail (name != NULL, NULL);

  entry->name = g_strdup (name);
  entry->provider_name = g_strdup (provider_name != NULL ? provider_name : "");
  entry->provider_ico = g_strdup (provider_ico);
  entry->target_groups = strv_array_new ();
  entry->capacities = g_array_new (FALSE, FALSE, sizeof (KpCapacity));
  g_array_set_clear_func (entry->capacities, capacity_clear);
  entry->addresses = strv_array_new ();
  entry->obce = strv_array_new ();
  return entry;
}

KpCatalogueEntry *
kp_catalogue_entry_copy (const KpCatalogueEntry *entry)
{
  KpCatalogueEntry *copy;

  g_return_val_if_fail (entry != NULL, NULL);

  copy = kp_catalogue_entry_new (entry->name, entry->provider_name, entry->provider_ico);
  kp_catalogue_entry_set_type (copy, entry->type_name, entry->paragraph, entry->forms);
  kp_catalogue_entry_set_contacts (copy, entry->phone, entry->email, entry->web);
  kp_catalogue_entry_set_provider_contacts (copy, entry->provider_address, entry->provider_phone,
                                            entry->provider_email, entry->provider_web);
  g_ptr_array_unref (copy->target_groups);
  copy->target_groups = strv_array_copy (entry->target_groups);
  copy->age_text = g_strdup (entry->age_text);
  for (guint i = 0; i < entry->capacities->len; i++)
    {
      const KpCapacity *c = &g_array_index (entry->capacities, KpCapacity, i);

      kp_catalogue_entry_add_capacity (copy, c->value, c->unit, c->form);
    }
  g_ptr_array_unref (copy->addresses);
  copy->addresses = strv_array_copy (entry->addresses);
  copy->hours = g_strdup (entry->hours);
  copy->fees = g_strdup (entry->fees);
  copy->description = g_strdup (entry->description);
  g_ptr_array_unref (copy->obce);
  copy->obce = strv_array_copy (entry->obce);
  copy->is_local = entry->is_local;
  copy->has_unknown_group = entry->has_unknown_group;
  copy->section = entry->section;
  return copy;
}

void
kp_catalogue_entry_free (KpCatalogueEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->name);
  g_free (entry->provider_name);
  g_free (entry->provider_ico);
  g_free (entry->type_name);
  g_free (entry->paragraph);
  g_ptr_array_unref (entry->target_groups);
  g_free (entry->age_text);
  g_array_unref (entry->capacities);
  g_ptr_array_unref (entry->addresses);
  g_free (entry->phone);
  g_free (entry->email);
  g_free (entry->web);
  g_free (entry->hours);
  g_free (entry->fees);
  g_free (entry->description);
  g_ptr_array_unref (entry->obce);
  g_free (entry->provider_address);
  g_free (entry->provider_phone);
  g_free (entry->provider_email);
  g_free (entry->provider_web);
  g_free (entry);
}

static void
replace_string (char      **field,
                const char *value)
{
  char *copy = g_strdup (value);

  g_free (*field);
  *field = copy;
}

/**
 * kp_catalogue_entry_set_type:
 * @type_name: (nullable): the type of service in plain words
 * @paragraph: (nullable): "§ 40"; %NULL for a related (non-registered) service
 */
void
kp_catalogue_entry_set_type (KpCatalogueEntry *entry,
                             const char       *type_name,
                             const char       *paragraph,
                             KpServiceForms    forms)
{
  g_return_if_fail (entry != NULL);
  replace_string (&entry->type_name, type_name);
  replace_string (&entry->paragraph, paragraph);
  entry->forms = forms & KP_SERVICE_FORM_ALL;
}

void
kp_catalogue_entry_set_contacts (KpCatalogueEntry *entry,
                                 const char       *phone,
                                 const char       *email,
                                 const char       *web)
{
  g_return_if_fail (entry != NULL);
  replace_string (&entry->phone, phone);
  replace_string (&entry->email, email);
  replace_string (&entry->web, web);
}

/**
 * kp_catalogue_entry_set_provider_contacts:
 * @address: (nullable): the provider's seat
 * @phone: (nullable): its numbers, formatted, one a line
 * @email: (nullable):
 * @web: (nullable): without the scheme
 *
 * The provider's block of a catalogue by provider.
 */
void
kp_catalogue_entry_set_provider_contacts (KpCatalogueEntry *entry,
                                          const char       *address,
                                          const char       *phone,
                                          const char       *email,
                                          const char       *web)
{
  g_return_if_fail (entry != NULL);
  replace_string (&entry->provider_address, address);
  replace_string (&entry->provider_phone, phone);
  replace_string (&entry->provider_email, email);
  replace_string (&entry->provider_web, web);
}

void
kp_catalogue_entry_add_target_group (KpCatalogueEntry *entry,
                                     const char       *group)
{
  g_return_if_fail (entry != NULL && group != NULL);
  g_ptr_array_add (entry->target_groups, g_strdup (group));
}

/**
 * kp_catalogue_entry_add_capacity:
 * @unit: the unit as the reader should see it ("lůžka")
 * @form: the form the capacity belongs to, or %KP_SERVICE_FORM_NONE
 */
void
kp_catalogue_entry_add_capacity (KpCatalogueEntry *entry,
                                 double            value,
                                 const char       *unit,
                                 KpServiceForms    form)
{
  KpCapacity capacity = { value, g_strdup (unit != NULL ? unit : ""), form };

  g_return_if_fail (entry != NULL);
  g_array_append_val (entry->capacities, capacity);
}

void
kp_catalogue_entry_add_address (KpCatalogueEntry *entry,
                                const char       *address)
{
  g_return_if_fail (entry != NULL && address != NULL);
  g_ptr_array_add (entry->addresses, g_strdup (address));
}

void
kp_catalogue_entry_add_obec (KpCatalogueEntry *entry,
                             const char       *obec)
{
  g_return_if_fail (entry != NULL && obec != NULL);
  g_ptr_array_add (entry->obce, g_strdup (obec));
}

KpCrisisLine *
kp_crisis_line_new (KpCrisisLineKind kind,
                    const char      *name,
                    const char      *phone,
                    const char      *hours,
                    const char      *note)
{
  KpCrisisLine *line = g_new0 (KpCrisisLine, 1);

  g_return_val_if_fail (name != NULL, NULL);

  line->kind = kind;
  line->name = g_strdup (name);
  line->phone = g_strdup (phone != NULL ? phone : "");
  line->hours = g_strdup (hours);
  line->note = g_strdup (note);
  return line;
}

KpCrisisLine *
kp_crisis_line_copy (const KpCrisisLine *line)
{
  g_return_val_if_fail (line != NULL, NULL);
  return kp_crisis_line_new (line->kind, line->name, line->phone, line->hours, line->note);
}

void
kp_crisis_line_free (KpCrisisLine *line)
{
  if (line == NULL)
    return;
  g_free (line->name);
  g_free (line->phone);
  g_free (line->hours);
  g_free (line->note);
  g_free (line);
}

/**
 * kp_crisis_lines_new_national:
 *
 * The emergency numbers of the Czech Republic, names and notes translated. The national
 * help lines come from the project (kp-helpline.h in core), which keeps them as the user
 * edits them.
 *
 * Returns: (transfer full): a new array of #KpCrisisLine
 */
GPtrArray *
kp_crisis_lines_new_national (void)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_crisis_line_free);

  g_ptr_array_add (lines, kp_crisis_line_new (KP_CRISIS_LINE_EMERGENCY,
                                              D_ ("Emergency medical service"), "155",
                                              D_ ("nonstop"), NULL));
  g_ptr_array_add (lines, kp_crisis_line_new (KP_CRISIS_LINE_EMERGENCY,
                                              D_ ("Fire and rescue service"), "150",
                                              D_ ("nonstop"), NULL));
  g_ptr_array_add (lines, kp_crisis_line_new (KP_CRISIS_LINE_EMERGENCY, D_ ("Police"), "158",
                                              D_ ("nonstop"), NULL));
  g_ptr_array_add (lines, kp_crisis_line_new (KP_CRISIS_LINE_EMERGENCY,
                                              D_ ("European emergency number"), "112",
                                              D_ ("nonstop"),
                                              D_ ("Also in other languages and from abroad")));
  return lines;
}

KpCatalogueSnapshot *
kp_catalogue_snapshot_new (void)
{
  KpCatalogueSnapshot *snapshot = g_new0 (KpCatalogueSnapshot, 1);

  snapshot->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_catalogue_entry_free);
  snapshot->crisis_lines = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_crisis_line_free);
  return snapshot;
}

void
kp_catalogue_snapshot_free (KpCatalogueSnapshot *snapshot)
{
  if (snapshot == NULL)
    return;
  g_ptr_array_unref (snapshot->entries);
  g_ptr_array_unref (snapshot->crisis_lines);
  kp_catalogue_parts_free (snapshot->parts);
  g_free (snapshot);
}

/**
 * kp_catalogue_snapshot_copy:
 *
 * Returns: (transfer full): a deep copy
 */
KpCatalogueSnapshot *
kp_catalogue_snapshot_copy (const KpCatalogueSnapshot *snapshot)
{
  KpCatalogueSnapshot *copy;

  g_return_val_if_fail (snapshot != NULL, NULL);

  copy = kp_catalogue_snapshot_new ();
  for (guint i = 0; i < snapshot->entries->len; i++)
    g_ptr_array_add (copy->entries, kp_catalogue_entry_copy (g_ptr_array_index (snapshot->entries, i)));
  for (guint i = 0; i < snapshot->crisis_lines->len; i++)
    g_ptr_array_add (copy->crisis_lines,
                     kp_crisis_line_copy (g_ptr_array_index (snapshot->crisis_lines, i)));
  copy->parts = snapshot->parts != NULL ? kp_catalogue_parts_copy (snapshot->parts) : NULL;
  return copy;
}

/**
 * kp_catalogue_snapshot_add_entry:
 * @entry: (transfer full):
 */
void
kp_catalogue_snapshot_add_entry (KpCatalogueSnapshot *snapshot,
                                 KpCatalogueEntry    *entry)
{
  g_return_if_fail (snapshot != NULL && entry != NULL);
  g_ptr_array_add (snapshot->entries, entry);
}

/**
 * kp_catalogue_snapshot_add_crisis_line:
 * @line: (transfer full): a local line; the national ones are added by the renderer
 */
void
kp_catalogue_snapshot_add_crisis_line (KpCatalogueSnapshot *snapshot,
                                       KpCrisisLine        *line)
{
  g_return_if_fail (snapshot != NULL && line != NULL);
  g_ptr_array_add (snapshot->crisis_lines, line);
}

static GPtrArray *
logos_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) kp_document_logo_free);
}

static void
logos_copy (GPtrArray *dest,
            GPtrArray *src)
{
  for (guint i = 0; i < src->len; i++)
    g_ptr_array_add (dest, kp_document_logo_copy (g_ptr_array_index (src, i)));
}

KpCatalogueOptions *
kp_catalogue_options_new (const char *title)
{
  KpCatalogueOptions *options = g_new0 (KpCatalogueOptions, 1);

  options->title = g_strdup (title != NULL ? title : "");
  options->logos = logos_new ();
  options->key_contacts = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_crisis_line_free);
  options->structure = KP_CATALOGUE_BY_TARGET_GROUP;
  options->paper_size = KP_PAGE_SIZE_A4;
  options->national_lines = TRUE;
  return options;
}

void
kp_catalogue_options_free (KpCatalogueOptions *options)
{
  if (options == NULL)
    return;
  g_free (options->title);
  g_free (options->subtitle);
  g_free (options->issuer);
  g_free (options->introduction);
  g_ptr_array_unref (options->logos);
  g_ptr_array_unref (options->key_contacts);
  g_free (options->publicity_text);
  g_free (options->impressum_note);
  g_free (options->data_date);
  g_free (options->font_family);
  g_clear_pointer (&options->created, g_date_time_unref);
  g_free (options);
}

/**
 * kp_catalogue_options_add_logo:
 * @logo: (transfer full): the next logo
 */
void
kp_catalogue_options_add_logo (KpCatalogueOptions *options,
                               KpDocumentLogo     *logo)
{
  g_return_if_fail (options != NULL && logo != NULL);
  g_ptr_array_add (options->logos, logo);
}

/**
 * kp_catalogue_options_copy:
 *
 * Returns: (transfer full): a deep copy
 */
KpCatalogueOptions *
kp_catalogue_options_copy (const KpCatalogueOptions *options)
{
  KpCatalogueOptions *copy;

  g_return_val_if_fail (options != NULL, NULL);

  copy = kp_catalogue_options_new (options->title);
  copy->subtitle = g_strdup (options->subtitle);
  copy->issuer = g_strdup (options->issuer);
  copy->year = options->year;
  copy->introduction = g_strdup (options->introduction);
  logos_copy (copy->logos, options->logos);
  copy->publicity_text = g_strdup (options->publicity_text);
  copy->impressum_note = g_strdup (options->impressum_note);
  copy->data_date = g_strdup (options->data_date);
  copy->font_family = g_strdup (options->font_family);
  copy->structure = options->structure;
  copy->paper_size = options->paper_size;
  copy->compact = options->compact;
  copy->national_lines = options->national_lines;
  for (guint i = 0; i < options->key_contacts->len; i++)
    g_ptr_array_add (copy->key_contacts,
                     kp_crisis_line_copy (g_ptr_array_index (options->key_contacts, i)));
  copy->print = options->print;
  copy->created = options->created != NULL ? g_date_time_ref (options->created) : NULL;
  return copy;
}

/**
 * kp_catalogue_options_add_contact:
 * @note: (nullable): e.g. the office and its hours
 */
void
kp_catalogue_options_add_contact (KpCatalogueOptions *options,
                                  const char         *name,
                                  const char         *phone,
                                  const char         *note)
{
  g_return_if_fail (options != NULL && name != NULL);
  g_ptr_array_add (options->key_contacts,
                   kp_crisis_line_new (KP_CRISIS_LINE_CONTACT, name, phone, NULL, note));
}

KpLeafletOptions *
kp_leaflet_options_new (const char     *title,
                        KpLeafletFormat format)
{
  KpLeafletOptions *options = g_new0 (KpLeafletOptions, 1);

  options->title = g_strdup (title != NULL ? title : "");
  options->format = format;
  options->key_contacts = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_crisis_line_free);
  options->logos = logos_new ();
  options->national_lines = TRUE;
  return options;
}

void
kp_leaflet_options_free (KpLeafletOptions *options)
{
  if (options == NULL)
    return;
  g_free (options->title);
  g_free (options->subtitle);
  g_free (options->introduction);
  g_free (options->issuer);
  g_ptr_array_unref (options->key_contacts);
  g_ptr_array_unref (options->logos);
  g_free (options->publicity_text);
  g_free (options->catalogue_hint);
  g_free (options->font_family);
  g_clear_pointer (&options->created, g_date_time_unref);
  g_free (options);
}

/**
 * kp_leaflet_options_add_logo:
 * @logo: (transfer full): the next logo
 */
void
kp_leaflet_options_add_logo (KpLeafletOptions *options,
                             KpDocumentLogo   *logo)
{
  g_return_if_fail (options != NULL && logo != NULL);
  g_ptr_array_add (options->logos, logo);
}

/**
 * kp_leaflet_options_copy:
 *
 * Returns: (transfer full): a deep copy
 */
KpLeafletOptions *
kp_leaflet_options_copy (const KpLeafletOptions *options)
{
  KpLeafletOptions *copy;

  g_return_val_if_fail (options != NULL, NULL);

  copy = kp_leaflet_options_new (options->title, options->format);
  copy->subtitle = g_strdup (options->subtitle);
  copy->introduction = g_strdup (options->introduction);
  copy->issuer = g_strdup (options->issuer);
  copy->year = options->year;
  for (guint i = 0; i < options->key_contacts->len; i++)
    g_ptr_array_add (copy->key_contacts,
                     kp_crisis_line_copy (g_ptr_array_index (options->key_contacts, i)));
  logos_copy (copy->logos, options->logos);
  copy->publicity_text = g_strdup (options->publicity_text);
  copy->catalogue_hint = g_strdup (options->catalogue_hint);
  copy->font_family = g_strdup (options->font_family);
  copy->national_lines = options->national_lines;
  copy->print = options->print;
  copy->created = options->created != NULL ? g_date_time_ref (options->created) : NULL;
  return copy;
}

/**
 * kp_leaflet_options_add_contact:
 * @note: (nullable): e.g. the office and its hours
 */
void
kp_leaflet_options_add_contact (KpLeafletOptions *options,
                                const char       *name,
                                const char       *phone,
                                const char       *note)
{
  g_return_if_fail (options != NULL && name != NULL);
  g_ptr_array_add (options->key_contacts,
                   kp_crisis_line_new (KP_CRISIS_LINE_CONTACT, name, phone, NULL, note));
}
