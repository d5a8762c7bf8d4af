/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-network-export.h"
#include "kp-capacity-unit.h"
#include "kp-csv-writer.h"
#include "kp-service-kind.h"
#include "kp-service.h"

#include <string.h>

/* Translators: column titles of the exported network of services */
static const char *const column_titles[] = {
  N_ ("Registry ID"),
  N_ ("Service"),
  N_ ("Type"),
  N_ ("Paragraph"),
  N_ ("Origin"),
  N_ ("State"),
  N_ ("Form"),
  N_ ("Capacity"),
  N_ ("Unit"),
  N_ ("Non-stop"),
  N_ ("Provider"),
  N_ ("IČO"),
  N_ ("Provider address"),
  N_ ("Facilities"),
  N_ ("Target groups"),
  N_ ("Age groups"),
  N_ ("Phones"),
  N_ ("E-mails"),
  N_ ("Websites"),
  N_ ("Provided from"),
  N_ ("Provided until"),
  N_ ("Description"),
  N_ ("Opening hours"),
  N_ ("Fees"),
  N_ ("Accessibility"),
  N_ ("Obce of its scope"),
};

#define N_COLUMNS G_N_ELEMENTS (column_titles)

/* The columns that repeat the service on each of its rows. */
enum
{
  COL_ID,
  COL_NAME,
  COL_TYPE,
  COL_PARAGRAPH,
  COL_ORIGIN,
  COL_STATE,
  COL_FORM,
  COL_CAPACITY,
  COL_UNIT,
  COL_NONSTOP,
  COL_PROVIDER,
  COL_ICO,
  COL_PROVIDER_ADDRESS,
  COL_FACILITIES,
  COL_TARGET_GROUPS,
  COL_AGE_GROUPS,
  COL_PHONES,
  COL_EMAILS,
  COL_WEBS,
  COL_FROM,
  COL_TO,
  COL_DESCRIPTION,
  COL_HOURS,
  COL_FEES,
  COL_ACCESSIBILITY,
  COL_SCOPE,
};

G_STATIC_ASSERT (COL_SCOPE + 1 == N_COLUMNS);

static char *
join (char **strv)
{
  g_auto (GStrv) owned = strv;

  return owned != NULL ? g_strjoinv (", ", owned) : g_strdup ("");
}

/* The service's own contacts of @kind, or its provider's when it has none. */
static char *
contacts (KpService           *service,
          KpServiceContactKind kind)
{
  char **own = kp_service_dup_contacts (service, FALSE, kind);

  if (own != NULL && own[0] != NULL)
    return join (own);
  g_strfreev (own);
  return join (kp_service_dup_contacts (service, TRUE, kind));
}

/* "Havlíčkův Brod, Nádražní 1; Chotěboř, …": the facilities' addresses, each once. */
static char *
facilities (KpService *service)
{
  GPtrArray *list = kp_service_get_facilities (service);
  GString   *text = g_string_new (NULL);

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      const KpServiceFacility *facility = g_ptr_array_index (list, i);
      const char              *where = facility->address != NULL ? facility->address
                                                                 : facility->obec_name;

      if (where == NULL)
        continue;
      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append (text, where);
    }
  return g_string_free (text, FALSE);
}

/* "568414, 569704 (50 %)": the obce the user gave as the service's scope. */
static char *
scope (KpService *service)
{
  GPtrArray *list = kp_service_get_scope (service);
  GString   *text = g_string_new (NULL);

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      const KpServiceScope *entry = g_ptr_array_index (list, i);

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, entry->obec_kod);
      if (entry->share >= 0)
        {
          g_autofree char *share = kp_csv_format_decimal (entry->share);

          g_string_append_printf (text, " (%s %%)", share);
        }
    }
  return g_string_free (text, FALSE);
}

static const char *
origin (KpService *service)
{
  if (kp_service_get_is_local (service))
    return kp_service_local_kind_get_label (kp_service_get_local_kind (service));
  return kp_service_local_kind_get_label (KP_SERVICE_LOCAL_NONE);
}

static char *
dup_text (const char *text)
{
  return g_strdup (text != NULL ? text : "");
}

/* The cells of the service, the form columns empty. */
static char **
service_cells (KpService *service)
{
  char **cells = g_new0 (char *, N_COLUMNS + 1);

  cells[COL_ID] = dup_text (kp_service_get_identifikator (service));
  cells[COL_NAME] = dup_text (kp_service_get_name (service));
  cells[COL_TYPE] = dup_text (kp_service_get_type_name (service));
  cells[COL_PARAGRAPH] = dup_text (kp_service_get_paragraph (service));
  cells[COL_ORIGIN] = dup_text (origin (service));
  cells[COL_STATE] = g_strdup (kp_service_get_is_active (service) ? C_ ("service state", "active")
                                                                  : C_ ("service state", "ended"));
  cells[COL_PROVIDER] = dup_text (kp_service_get_provider_name (service));
  cells[COL_ICO] = dup_text (kp_service_get_ico (service));
  cells[COL_PROVIDER_ADDRESS] = dup_text (kp_service_get_provider_address (service));
  cells[COL_FACILITIES] = facilities (service);
  cells[COL_TARGET_GROUPS] = join (kp_service_dup_target_group_names (service));
  cells[COL_AGE_GROUPS] = join (kp_service_dup_age_group_names (service));
  cells[COL_PHONES] = contacts (service, KP_SERVICE_CONTACT_PHONE);
  cells[COL_EMAILS] = contacts (service, KP_SERVICE_CONTACT_EMAIL);
  cells[COL_WEBS] = contacts (service, KP_SERVICE_CONTACT_WEB);
  cells[COL_FROM] = dup_text (kp_service_get_date_from (service));
  cells[COL_TO] = dup_text (kp_service_get_date_to (service));
  cells[COL_DESCRIPTION] = dup_text (kp_service_get_description (service));
  cells[COL_HOURS] = dup_text (kp_service_get_hours (service));
  cells[COL_FEES] = dup_text (kp_service_get_fees (service));
  cells[COL_ACCESSIBILITY] = dup_text (kp_service_get_accessibility (service));
  cells[COL_SCOPE] = scope (service);
  cells[COL_FORM] = g_strdup ("");
  cells[COL_CAPACITY] = g_strdup ("");
  cells[COL_UNIT] = g_strdup ("");
  cells[COL_NONSTOP] = g_strdup ("");
  return cells;
}

static void
set_cell (char      **cells,
          int         column,
          const char *text)
{
  g_free (cells[column]);
  cells[column] = dup_text (text);
}

static void
set_form (char               **cells,
          const KpServiceForm *form)
{
  KpCapacityUnit unit;

  set_cell (cells, COL_FORM, kp_service_form_get_label (form->form));
  if (form->unit != NULL)
    {
      g_autofree char *capacity = g_strdup_printf ("%" G_GINT64_FORMAT, form->capacity);

      set_cell (cells, COL_CAPACITY, capacity);
      set_cell (cells, COL_UNIT, kp_capacity_unit_from_code (form->unit, &unit) ? kp_capacity_unit_get_name (unit) : form->unit);
    }
  else
    {
      set_cell (cells, COL_CAPACITY, NULL);
      set_cell (cells, COL_UNIT, NULL);
    }
  set_cell (cells, COL_NONSTOP, form->nonstop < 0 ? NULL : form->nonstop ? _ ("yes")
                                                                         : _ ("no"));
}

static void
append_service (GString     *out,
                KpService   *service,
                KpCsvFlavour flavour)
{
  g_auto (GStrv) cells = service_cells (service);
  GPtrArray *forms = kp_service_get_forms (service);

  if (forms == NULL || forms->len == 0)
    {
      kp_csv_append_row (out, (const char *const *) cells, flavour);
      return;
    }
  for (guint i = 0; i < forms->len; i++)
    {
      set_form (cells, g_ptr_array_index (forms, i));
      kp_csv_append_row (out, (const char *const *) cells, flavour);
    }
}

static char *
build_table (GListModel  *services,
             KpCsvFlavour flavour)
{
  GString    *out = kp_csv_begin (flavour);
  const char *titles[N_COLUMNS + 1];

  for (guint i = 0; i < N_COLUMNS; i++)
    titles[i] = _ (column_titles[i]);
  titles[N_COLUMNS] = NULL;
  kp_csv_append_row (out, titles, flavour);
  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);

      append_service (out, service, flavour);
    }
  return g_string_free (out, FALSE);
}

/**
 * kp_network_export_tsv:
 * @services: a #GListModel of #KpService
 *
 * Returns: (transfer full): the table as tab-separated text with a header row
 */
char *
kp_network_export_tsv (GListModel *services)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (services), NULL);
  return build_table (services, KP_CSV_TSV);
}

/**
 * kp_network_export_csv:
 * @services: a #GListModel of #KpService
 * @path: the CSV file to write
 *
 * Returns: %FALSE with @error set (naming the file) when writing failed
 */
gboolean
kp_network_export_csv (GListModel *services,
                       const char *path,
                       GError    **error)
{
  g_autofree char *contents = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (services), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  contents = build_table (services, KP_CSV_CSV);
  return kp_csv_write_file (path, contents, strlen (contents), error);
}
