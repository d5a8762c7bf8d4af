/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-service-repository.h"
#include "kp-database-private.h"

#include <string.h>

/* Reading a project's services and writing the edits of its local data (each inside the
 * edit path's transaction). The refresh from the library is in
 * kp-service-sync-repository.c. */

#define SERVICE_COLUMNS                                                                      \
  "id, identifikator, is_local, local_kind, in_registry, nazev, druh_id, druh_nazev, "       \
  "paragraf, allowed_forms, provider_nazev, provider_ico, provider_adresa, provider_ulice, " \
  "provider_cislo_domovni, provider_cislo_orientacni, provider_psc, provider_obec_nazev, "   \
  "datum_od, datum_do, age_note, popis, hodiny, uhrady, dostupnost"

/* ?1 NULL: every service not removed; else those of the JSON array of ids ?1 that are not
 * removed. */
#define IN_IDS(column) "(?1 IS NULL OR " column " IN (SELECT value FROM json_each (?1)))"
static const char SQL_LOAD_SERVICES[] =
    "SELECT " SERVICE_COLUMNS " FROM service WHERE removed = 0 AND " IN_IDS ("id");
static const char SQL_LOAD_FORMS[] =
    "SELECT service_id, forma, nonstop, unit, capacity, popis FROM service_form "
    "WHERE " IN_IDS ("service_id") " ORDER BY service_id, position";
static const char SQL_LOAD_FACILITIES[] =
    "SELECT service_id, nazev, has_address, kod_adresniho_mista, ulice, cislo_domovni, "
    "cislo_orientacni, psc, obec_kod, obec_nazev, okres_kod, kraj_kod, od, do, repeats "
    "FROM service_facility WHERE " IN_IDS ("service_id") " ORDER BY service_id, position";
static const char SQL_LOAD_CONTACTS[] =
    "SELECT service_id, level, kind, value, note FROM service_contact "
    "WHERE " IN_IDS ("service_id") " ORDER BY service_id, position";
static const char SQL_LOAD_GROUPS[] =
    "SELECT service_id, kind, coalesce(nazev, code) FROM service_group "
    "WHERE kind IN ('cilova', 'vekova') "
    "AND " IN_IDS ("service_id") " ORDER BY service_id, kind, nazev, code";
static const char SQL_LOAD_SCOPE[] =
    "SELECT service_id, obec_kod, share FROM service_scope "
    "WHERE " IN_IDS ("service_id") " ORDER BY service_id, obec_kod";
static const char SQL_LOAD_KRAJ_NETWORK[] =
    "SELECT service_id, year, in_network, capacity, unit FROM service_network "
    "WHERE " IN_IDS ("service_id") " ORDER BY service_id, year";
static const char SQL_PURGE_REMOVED[] = "DELETE FROM service WHERE removed = 1";
static const char SQL_LOAD_DISMISSALS[] = "SELECT issue_key FROM quality_dismissal";

static const char SQL_UPDATE_DESCRIPTION[] = "UPDATE service SET popis = ?2 WHERE id = ?1";
static const char SQL_UPDATE_HOURS[] = "UPDATE service SET hodiny = ?2 WHERE id = ?1";
static const char SQL_UPDATE_FEES[] = "UPDATE service SET uhrady = ?2 WHERE id = ?1";
static const char SQL_UPDATE_ACCESSIBILITY[] = "UPDATE service SET dostupnost = ?2 WHERE id = ?1";
static const char SQL_UPDATE_NAME[] =
    "UPDATE service SET nazev = ?2 WHERE id = ?1 AND is_local = 1";
static const char SQL_UPDATE_PROVIDER_NAME[] =
    "UPDATE service SET provider_nazev = ?2 WHERE id = ?1 AND is_local = 1";
static const char SQL_UPDATE_PROVIDER_ADDRESS[] =
    "UPDATE service SET provider_adresa = ?2 WHERE id = ?1 AND is_local = 1";
static const char SQL_UPDATE_LOCAL_KIND[] =
    "UPDATE service SET local_kind = ?2 WHERE id = ?1 AND is_local = 1";
static const char SQL_DELETE_CONTACTS[] = "DELETE FROM service_contact WHERE service_id = ?1";
static const char SQL_INSERT_CONTACT[] =
    "INSERT INTO service_contact (service_id, position, level, kind, value, note) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char SQL_SET_SCOPE[] =
    "INSERT OR REPLACE INTO service_scope (service_id, obec_kod, share) VALUES (?1, ?2, ?3)";
static const char SQL_DELETE_SCOPE[] =
    "DELETE FROM service_scope WHERE service_id = ?1 AND obec_kod = ?2";
static const char SQL_SET_KRAJ_ENTRY[] =
    "INSERT OR REPLACE INTO service_network (service_id, year, in_network, capacity, unit) "
    "VALUES (?1, ?2, ?3, ?4, ?5)";
static const char SQL_DELETE_KRAJ_ENTRY[] =
    "DELETE FROM service_network WHERE service_id = ?1 AND year = ?2";
static const char SQL_SET_REMOVED[] =
    "UPDATE service SET removed = ?2 WHERE id = ?1 AND is_local = 1";
static const char SQL_INSERT_LOCAL[] =
    "INSERT INTO service (is_local, nazev, local_kind, in_registry) VALUES (1, ?1, ?2, 1)";
static const char SQL_DISMISS[] = "INSERT OR IGNORE INTO quality_dismissal (issue_key) VALUES (?1)";
static const char SQL_UNDISMISS[] = "DELETE FROM quality_dismissal WHERE issue_key = ?1";

/* "Příkladová 1001/12, 580 01 Havlíčkův Brod"; without a street, the obec names the place.
 * Returns NULL when nothing is known. */
static char *
format_address (const char *ulice,
                const char *cislo_domovni,
                const char *cislo_orientacni,
                const char *psc,
                const char *obec)
{
  GString *text = g_string_new (NULL);

  if (ulice != NULL)
    g_string_append (text, ulice);
  else if (obec != NULL && cislo_domovni != NULL)
    g_string_append (text, obec);
  if (cislo_domovni != NULL)
    g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", cislo_domovni);
  if (cislo_orientacni != NULL)
    g_string_append_printf (text, "%s%s", cislo_domovni != NULL ? "/" : " ", cislo_orientacni);
  if (psc != NULL || obec != NULL)
    {
      if (text->len > 0)
        g_string_append (text, ", ");
      if (psc != NULL && strlen (psc) == 5)
        g_string_append_printf (text, "%.3s %s", psc, psc + 3);
      else if (psc != NULL)
        g_string_append (text, psc);
      if (obec != NULL)
        g_string_append_printf (text, "%s%s", psc != NULL ? " " : "", obec);
    }
  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      return NULL;
    }
  return g_string_free (text, FALSE);
}

static KpServiceData *
data_from_row (sqlite3_stmt *stmt)
{
  KpServiceData *d = kp_service_data_new ();

  d->id = sqlite3_column_int64 (stmt, 0);
  d->identifikator = kp_database_dup_column_text (stmt, 1);
  d->is_local = sqlite3_column_int (stmt, 2) != 0;
  d->local_kind = d->is_local ? kp_service_local_kind_from_string (
                                    kp_database_column_text (stmt, 3))
                              : KP_SERVICE_LOCAL_NONE;
  if (d->is_local && d->local_kind == KP_SERVICE_LOCAL_NONE)
    d->local_kind = KP_SERVICE_LOCAL_OTHER;
  d->in_registry = sqlite3_column_int (stmt, 4) != 0;
  d->name = kp_database_dup_column_text (stmt, 5);
  d->type_code = kp_database_dup_column_text (stmt, 6);
  d->type_name = kp_database_dup_column_text (stmt, 7);
  d->paragraph = kp_database_dup_column_text (stmt, 8);
  d->allowed_forms = kp_database_dup_column_text (stmt, 9);
  d->provider_name = kp_database_dup_column_text (stmt, 10);
  d->ico = kp_database_dup_column_text (stmt, 11);
  d->provider_address = kp_database_dup_column_text (stmt, 12);
  if (d->provider_address == NULL)
    d->provider_address = format_address (kp_database_column_text (stmt, 13),
                                          kp_database_column_text (stmt, 14),
                                          kp_database_column_text (stmt, 15),
                                          kp_database_column_text (stmt, 16),
                                          kp_database_column_text (stmt, 17));
  d->date_from = kp_database_dup_column_text (stmt, 18);
  d->date_to = kp_database_dup_column_text (stmt, 19);
  d->age_note = kp_database_dup_column_text (stmt, 20);
  for (int i = 0; i < 4; i++)
    d->texts[i] = kp_database_dup_column_text (stmt, 21 + i);
  return d;
}

typedef void (*RowFunc) (KpServiceData *data,
                         sqlite3_stmt  *stmt);

static void
add_form (KpServiceData *data,
          sqlite3_stmt  *stmt)
{
  KpServiceForm *form = g_new0 (KpServiceForm, 1);

  form->form = kp_database_dup_column_text (stmt, 1);
  form->nonstop = sqlite3_column_type (stmt, 2) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 2);
  form->unit = kp_database_dup_column_text (stmt, 3);
  form->capacity = sqlite3_column_int64 (stmt, 4);
  form->note = kp_database_dup_column_text (stmt, 5);
  g_ptr_array_add (data->forms, form);
}

static void
add_facility (KpServiceData *data,
              sqlite3_stmt  *stmt)
{
  KpServiceFacility *f = g_new0 (KpServiceFacility, 1);

  f->name = kp_database_dup_column_text (stmt, 1);
  if (sqlite3_column_int (stmt, 2) != 0)
    f->address = format_address (kp_database_column_text (stmt, 4),
                                 kp_database_column_text (stmt, 5),
                                 kp_database_column_text (stmt, 6),
                                 kp_database_column_text (stmt, 7),
                                 kp_database_column_text (stmt, 9));
  f->address_point = kp_database_dup_column_text (stmt, 3);
  f->obec_kod = kp_database_dup_column_text (stmt, 8);
  f->obec_name = kp_database_dup_column_text (stmt, 9);
  f->okres_kod = kp_database_dup_column_text (stmt, 10);
  f->kraj_kod = kp_database_dup_column_text (stmt, 11);
  f->date_from = kp_database_dup_column_text (stmt, 12);
  f->date_to = kp_database_dup_column_text (stmt, 13);
  f->repeats = (guint) MAX (sqlite3_column_int (stmt, 14), 1);
  g_ptr_array_add (data->facilities, f);
}

static void
add_contact (KpServiceData *data,
             sqlite3_stmt  *stmt)
{
  g_ptr_array_add (data->contacts,
                   kp_service_contact_new (g_strcmp0 (kp_database_column_text (stmt, 1),
                                                      "provider") == 0,
                                           kp_service_contact_kind_from_string (
                                               kp_database_column_text (stmt, 2)),
                                           kp_database_column_text (stmt, 3),
                                           kp_database_column_text (stmt, 4)));
}

static void
add_group (KpServiceData *data,
           sqlite3_stmt  *stmt)
{
  GPtrArray *list = g_strcmp0 (kp_database_column_text (stmt, 1), "cilova") == 0
                        ? data->target_groups
                        : data->age_groups;

  g_ptr_array_add (list, kp_database_dup_column_text (stmt, 2));
}

static void
add_scope (KpServiceData *data,
           sqlite3_stmt  *stmt)
{
  KpServiceScope *scope = g_new0 (KpServiceScope, 1);

  scope->obec_kod = kp_database_dup_column_text (stmt, 1);
  scope->share = sqlite3_column_type (stmt, 2) == SQLITE_NULL ? -1.0
                                                              : sqlite3_column_double (stmt, 2);
  g_ptr_array_add (data->scope, scope);
}

static void
add_kraj_entry (KpServiceData *data,
                sqlite3_stmt  *stmt)
{
  KpKrajNetworkEntry *entry = g_new0 (KpKrajNetworkEntry, 1);

  entry->year = sqlite3_column_int (stmt, 1);
  entry->in_network = sqlite3_column_int (stmt, 2) != 0;
  entry->capacity = sqlite3_column_type (stmt, 3) == SQLITE_NULL ? -1.0
                                                                 : sqlite3_column_double (stmt, 3);
  entry->unit = kp_database_dup_column_text (stmt, 4);
  g_ptr_array_add (data->kraj_network, entry);
}

/* Binds @ids as a JSON array to ?1, or NULL for all. */
static void
bind_ids (sqlite3_stmt *stmt,
          const char   *ids_json)
{
  kp_database_bind_text (stmt, 1, ids_json);
}

/* Runs one child query and hands each row to the service it belongs to. */
static gboolean
load_children (KpDatabase *db,
               const char *sql,
               const char *ids_json,
               GHashTable *by_id,
               RowFunc     func,
               GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  bind_ids (stmt, ids_json);
  for (;;)
    {
      KpServiceData *data;
      gint64         service_id;

      if (!kp_database_step (db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      service_id = sqlite3_column_int64 (stmt, 0);
      data = g_hash_table_lookup (by_id, &service_id);
      if (data != NULL)
        func (data, stmt);
    }
}

static char *
ids_to_json (GArray *ids)
{
  GString *json = g_string_new ("[");

  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "",
                            g_array_index (ids, gint64, i));
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

/**
 * kp_service_repository_load:
 * @ids: (nullable) (element-type gint64): the services to read; %NULL for all
 *
 * Returns: (transfer full) (element-type KpServiceData): the services not removed, in no
 *   order; or %NULL with @error set
 */
GPtrArray *
kp_service_repository_load (KpDatabase *db,
                            GArray     *ids,
                            GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD_SERVICES, error);
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_service_data_free);
  g_autofree char *ids_json = ids != NULL ? ids_to_json (ids) : NULL;
  gboolean         has_row;

  if (stmt == NULL)
    return NULL;
  bind_ids (stmt, ids_json);
  for (;;)
    {
      KpServiceData *data;

      if (!kp_database_step (db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      data = data_from_row (stmt);
      g_ptr_array_add (rows, data);
      g_hash_table_insert (by_id, &data->id, data);
    }
  if (rows->len > 0 &&
      (!load_children (db, SQL_LOAD_FORMS, ids_json, by_id, add_form, error) ||
       !load_children (db, SQL_LOAD_FACILITIES, ids_json, by_id, add_facility, error) ||
       !load_children (db, SQL_LOAD_CONTACTS, ids_json, by_id, add_contact, error) ||
       !load_children (db, SQL_LOAD_GROUPS, ids_json, by_id, add_group, error) ||
       !load_children (db, SQL_LOAD_SCOPE, ids_json, by_id, add_scope, error) ||
       !load_children (db, SQL_LOAD_KRAJ_NETWORK, ids_json, by_id, add_kraj_entry, error)))
    return NULL;
  return g_steal_pointer (&rows);
}

gboolean
kp_service_repository_purge_removed (KpDatabase *db,
                                     GError    **error)
{
  return kp_database_exec (db, SQL_PURGE_REMOVED, error);
}

GHashTable *
kp_service_repository_load_dismissals (KpDatabase *db,
                                       GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD_DISMISSALS, error);
  g_autoptr (GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  for (;;)
    {
      if (!kp_database_step (db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        return g_steal_pointer (&keys);
      g_hash_table_add (keys, kp_database_dup_column_text (stmt, 0));
    }
}

/* Runs @sql with ?1 = @id and ?2 = @text. */
static gboolean
run_with_id_text (KpDatabase *db,
                  const char *sql,
                  gint64      id,
                  const char *text,
                  GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  kp_database_bind_text (stmt, 2, text);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_service_repository_update_text (KpDatabase   *db,
                                   gint64        id,
                                   KpServiceText field,
                                   const char   *text,
                                   GError      **error)
{
  static const char *const statements[] = {
    [KP_SERVICE_TEXT_DESCRIPTION] = SQL_UPDATE_DESCRIPTION,
    [KP_SERVICE_TEXT_HOURS] = SQL_UPDATE_HOURS,
    [KP_SERVICE_TEXT_FEES] = SQL_UPDATE_FEES,
    [KP_SERVICE_TEXT_ACCESSIBILITY] = SQL_UPDATE_ACCESSIBILITY,
    [KP_SERVICE_TEXT_NAME] = SQL_UPDATE_NAME,
    [KP_SERVICE_TEXT_PROVIDER_NAME] = SQL_UPDATE_PROVIDER_NAME,
    [KP_SERVICE_TEXT_PROVIDER_ADDRESS] = SQL_UPDATE_PROVIDER_ADDRESS,
  };

  g_return_val_if_fail (field < G_N_ELEMENTS (statements), FALSE);
  return run_with_id_text (db, statements[field], id, text, error);
}

gboolean
kp_service_repository_update_local_kind (KpDatabase        *db,
                                         gint64             id,
                                         KpServiceLocalKind kind,
                                         GError           **error)
{
  return run_with_id_text (db, SQL_UPDATE_LOCAL_KIND, id, kp_service_local_kind_to_string (kind),
                           error);
}

gboolean
kp_service_repository_replace_contacts (KpDatabase *db,
                                        gint64      id,
                                        GPtrArray  *contacts,
                                        GError    **error)
{
  g_autoptr (sqlite3_stmt) insert = NULL;

  if (!run_with_id_text (db, SQL_DELETE_CONTACTS, id, NULL, error))
    return FALSE;
  insert = kp_database_prepare (db, SQL_INSERT_CONTACT, error);
  if (insert == NULL)
    return FALSE;
  for (guint i = 0; i < contacts->len; i++)
    {
      KpServiceContact *c = g_ptr_array_index (contacts, i);

      sqlite3_reset (insert);
      sqlite3_bind_int64 (insert, 1, id);
      sqlite3_bind_int (insert, 2, (int) i);
      kp_database_bind_text (insert, 3, c->provider ? "provider" : "service");
      kp_database_bind_text (insert, 4, kp_service_contact_kind_to_string (c->kind));
      kp_database_bind_text (insert, 5, c->value);
      kp_database_bind_text (insert, 6, c->note);
      if (!kp_database_step_done (db, insert, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * kp_service_repository_set_scope:
 * @scope: (nullable): the entry, or %NULL to delete the obec from the scope
 */
gboolean
kp_service_repository_set_scope (KpDatabase           *db,
                                 gint64                id,
                                 const char           *obec_kod,
                                 const KpServiceScope *scope,
                                 GError              **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, scope != NULL ? SQL_SET_SCOPE : SQL_DELETE_SCOPE,
                                                       error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  kp_database_bind_text (stmt, 2, obec_kod);
  if (scope != NULL && scope->share >= 0)
    sqlite3_bind_double (stmt, 3, scope->share);
  else if (scope != NULL)
    sqlite3_bind_null (stmt, 3);
  return kp_database_step_done (db, stmt, error);
}

/**
 * kp_service_repository_set_kraj_entry:
 * @entry: (nullable): the entry, or %NULL to delete the year
 */
gboolean
kp_service_repository_set_kraj_entry (KpDatabase               *db,
                                      gint64                    id,
                                      int                       year,
                                      const KpKrajNetworkEntry *entry,
                                      GError                  **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (
      db, entry != NULL ? SQL_SET_KRAJ_ENTRY : SQL_DELETE_KRAJ_ENTRY, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, year);
  if (entry != NULL)
    {
      sqlite3_bind_int (stmt, 3, entry->in_network ? 1 : 0);
      if (entry->capacity >= 0)
        sqlite3_bind_double (stmt, 4, entry->capacity);
      else
        sqlite3_bind_null (stmt, 4);
      kp_database_bind_text (stmt, 5, entry->unit);
    }
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_service_repository_set_removed (KpDatabase *db,
                                   gint64      id,
                                   gboolean    removed,
                                   GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_SET_REMOVED, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, removed ? 1 : 0);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_service_repository_insert_local (KpDatabase        *db,
                                    const char        *name,
                                    KpServiceLocalKind kind,
                                    gint64            *out_id,
                                    GError           **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_INSERT_LOCAL, error);

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_text (stmt, 1, name);
  kp_database_bind_text (stmt, 2, kp_service_local_kind_to_string (kind));
  if (!kp_database_step_done (db, stmt, error))
    return FALSE;
  *out_id = sqlite3_last_insert_rowid (kp_database_get_handle (db));
  return TRUE;
}

gboolean
kp_service_repository_set_dismissed (KpDatabase *db,
                                     const char *issue_key,
                                     gboolean    dismissed,
                                     GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, dismissed ? SQL_DISMISS : SQL_UNDISMISS,
                                                       error);

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_text (stmt, 1, issue_key);
  return kp_database_step_done (db, stmt, error);
}
