/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-service-repository.h"
#include "kp-database-private.h"

/* The SQL that brings the registry's services from the reference library (attached as
 * "lib") into a project: which services the territory has, and copying their current
 * version over the registry part of the project's rows. Local data (texts, scope, kraj
 * network) lives in other columns and tables and is never written here. */

static const char SQL_HAS_REGISTRY[] =
    "SELECT count(*) FROM lib.sqlite_schema WHERE type = 'table' AND name = 'registry_import'";
static const char SQL_HAS_IMPORTS[] = "SELECT EXISTS (SELECT 1 FROM lib.registry_import)";

static const char SQL_CREATE_MATCH[] =
    "CREATE TEMP TABLE IF NOT EXISTS registry_match (row_id INTEGER PRIMARY KEY)";
static const char SQL_CLEAR_MATCH[] = "DELETE FROM temp.registry_match";
/* The territory's services: a current service with a facility in one of its obce, or
 * whose extended scope names one of its obce, okresy or kraje. */
static const char SQL_FILL_MATCH[] =
    "INSERT OR IGNORE INTO temp.registry_match (row_id) "
    "SELECT f.service_row FROM lib.registry_facility AS f "
    "JOIN lib.registry_service AS s ON s.row_id = f.service_row AND s.valid_to IS NULL "
    "WHERE f.obec_kod IN (SELECT kod FROM main.obec WHERE in_territory = 1) "
    "UNION "
    "SELECT g.service_row FROM lib.registry_group AS g "
    "JOIN lib.registry_service AS s ON s.row_id = g.service_row AND s.valid_to IS NULL "
    "WHERE g.kind = 'scope' AND g.code IN ("
    "SELECT 'Obec/' || kod FROM main.obec WHERE in_territory = 1 "
    "UNION SELECT 'Okres/' || okres_kod FROM main.obec WHERE in_territory = 1 "
    "UNION SELECT 'Kraj/' || r.kraj_kod FROM main.obec AS o "
    "JOIN main.pou AS p ON p.kod = o.pou_kod JOIN main.orp AS r ON r.kod = p.orp_kod "
    "WHERE o.in_territory = 1)";
/* Across a change of the territory: the registry services matched for the old one, and
 * those of them that the new one (temp.registry_match filled again) no longer has. */
static const char SQL_CREATE_OLD_MATCH[] =
    "CREATE TEMP TABLE IF NOT EXISTS old_match (identifikator TEXT PRIMARY KEY)";
static const char SQL_CLEAR_OLD_MATCH[] = "DELETE FROM temp.old_match";
static const char SQL_FILL_OLD_MATCH[] =
    "INSERT OR IGNORE INTO temp.old_match (identifikator) SELECT s.identifikator "
    "FROM temp.registry_match AS m JOIN lib.registry_service AS s ON s.row_id = m.row_id";
#define LEFT_BEHIND                                                                       \
  "FROM main.service AS s WHERE s.is_local = 0 AND s.identifikator IN "                   \
  "(SELECT identifikator FROM temp.old_match) AND s.identifikator NOT IN "                \
  "(SELECT r.identifikator FROM temp.registry_match AS m JOIN lib.registry_service AS r " \
  "ON r.row_id = m.row_id)"
static const char SQL_LIST_LEFT_BEHIND[] = "SELECT s.nazev " LEFT_BEHIND " ORDER BY s.nazev";
static const char SQL_DELETE_LEFT_BEHIND[] =
    "DELETE FROM main.service WHERE id IN (SELECT s.id " LEFT_BEHIND ")";
static const char SQL_DELETE_SCOPE_OUTSIDE[] =
    "DELETE FROM main.service_scope WHERE obec_kod NOT IN "
    "(SELECT kod FROM main.obec WHERE in_territory = 1)";

static const char SQL_LIST_MATCH[] =
    "SELECT s.row_id, s.identifikator, s.content_hash, coalesce(s.nazev, d.nazev), s.datum_do "
    "FROM temp.registry_match AS m JOIN lib.registry_service AS s ON s.row_id = m.row_id "
    "LEFT JOIN lib.registry_code AS d ON d.list = 'druh' AND d.id = s.druh_id "
    "ORDER BY s.identifikator";
static const char SQL_LOAD_SNAPSHOTS[] =
    "SELECT identifikator, id, registry_hash, nazev, datum_do, in_registry FROM main.service "
    "WHERE is_local = 0";

static const char SQL_UPSERT_SERVICE[] =
    "INSERT INTO main.service (identifikator, is_local, nazev, druh_id, druh_nazev, paragraf, "
    "allowed_forms, provider_nazev, provider_ico, provider_ulice, provider_cislo_domovni, "
    "provider_cislo_orientacni, provider_psc, provider_obec_kod, provider_obec_nazev, datum_od, "
    "datum_do, age_note, in_registry, registry_hash) "
    "SELECT s.identifikator, 0, coalesce(s.nazev, d.nazev, s.identifikator), s.druh_id, "
    "d.nazev, d.paragraf, d.formy, s.provider_nazev, s.provider_ico, s.provider_ulice, "
    "s.provider_cislo_domovni, s.provider_cislo_orientacni, s.provider_psc, "
    "s.provider_obec_kod, (SELECT o.nazev FROM lib.obec AS o WHERE o.kod = s.provider_obec_kod), "
    "s.datum_od, s.datum_do, s.age_note, 1, s.content_hash "
    "FROM lib.registry_service AS s "
    "LEFT JOIN lib.registry_code AS d ON d.list = 'druh' AND d.id = s.druh_id "
    "WHERE s.row_id = ?1 "
    "ON CONFLICT (identifikator) DO UPDATE SET nazev = excluded.nazev, "
    "druh_id = excluded.druh_id, druh_nazev = excluded.druh_nazev, "
    "paragraf = excluded.paragraf, allowed_forms = excluded.allowed_forms, "
    "provider_nazev = excluded.provider_nazev, provider_ico = excluded.provider_ico, "
    "provider_ulice = excluded.provider_ulice, "
    "provider_cislo_domovni = excluded.provider_cislo_domovni, "
    "provider_cislo_orientacni = excluded.provider_cislo_orientacni, "
    "provider_psc = excluded.provider_psc, provider_obec_kod = excluded.provider_obec_kod, "
    "provider_obec_nazev = excluded.provider_obec_nazev, datum_od = excluded.datum_od, "
    "datum_do = excluded.datum_do, age_note = excluded.age_note, in_registry = 1, "
    "registry_hash = excluded.registry_hash RETURNING id";
static const char SQL_DELETE_FORMS[] = "DELETE FROM main.service_form WHERE service_id = ?2";
static const char SQL_DELETE_FACILITIES[] =
    "DELETE FROM main.service_facility WHERE service_id = ?2";
static const char SQL_DELETE_CONTACTS[] = "DELETE FROM main.service_contact WHERE service_id = ?2";
static const char SQL_DELETE_GROUPS[] = "DELETE FROM main.service_group WHERE service_id = ?2";
/* Capacity rows without a number carry no unit: nothing to count. */
static const char SQL_COPY_FORMS[] =
    "INSERT INTO main.service_form (service_id, position, forma, nonstop, unit, capacity, popis) "
    "SELECT ?2, row_number () OVER (ORDER BY f.position, c.position) - 1, "
    "replace (f.forma, 'FormaSocialniSluzby/', ''), f.nonstop, "
    "CASE WHEN c.pocet IS NULL THEN NULL ELSE replace (c.typ, 'TypKapacitySocialniSluzby/', '') "
    "END, c.pocet, c.popis "
    "FROM lib.registry_form AS f LEFT JOIN lib.registry_capacity AS c "
    "ON c.service_row = f.service_row AND c.form_position = f.position "
    "WHERE f.service_row = ?1";
static const char SQL_COPY_FACILITIES[] =
    "INSERT INTO main.service_facility (service_id, position, nazev, has_address, "
    "kod_adresniho_mista, ulice, cislo_domovni, cislo_orientacni, psc, obec_kod, obec_nazev, "
    "okres_kod, kraj_kod, od, do, repeats) "
    "SELECT ?2, f.position, f.nazev, f.has_address, f.kod_adresniho_mista, f.ulice, "
    "f.cislo_domovni, f.cislo_orientacni, f.psc, f.obec_kod, o.nazev, f.okres_kod, f.kraj_kod, "
    "f.poskytuje_od, f.poskytuje_do, f.repeats FROM lib.registry_facility AS f "
    "LEFT JOIN lib.obec AS o ON o.kod = f.obec_kod WHERE f.service_row = ?1";
static const char SQL_COPY_CONTACTS[] =
    "INSERT INTO main.service_contact (service_id, position, level, kind, value, note) "
    "SELECT ?2, position, level, kind, value, note FROM lib.registry_contact "
    "WHERE service_row = ?1";
static const char SQL_COPY_GROUPS[] =
    "INSERT INTO main.service_group (service_id, kind, code, nazev) "
    "SELECT ?2, g.kind, g.code, c.nazev FROM lib.registry_group AS g "
    "LEFT JOIN lib.registry_code AS c ON c.id = g.code AND c.list = "
    "CASE g.kind WHEN 'cilova' THEN 'cilova_skupina' WHEN 'vekova' THEN 'vekova_skupina' END "
    "WHERE g.service_row = ?1";
static const char SQL_SET_IN_REGISTRY[] = "UPDATE main.service SET in_registry = ?2 WHERE id = ?1";
static const char SQL_DELETE_SOURCES[] = "DELETE FROM main.source WHERE kind LIKE 'rpss%'";
static const char SQL_COPY_SOURCES[] =
    "INSERT INTO main.source (kind, source_name, data_date, sha256, row_count, imported_at) "
    "SELECT kind, source_name, data_date, sha256, row_count, imported_at "
    "FROM lib.import_log WHERE id IN "
    "(SELECT max(id) FROM lib.import_log WHERE kind LIKE 'rpss%' GROUP BY kind) ORDER BY id";

/**
 * kp_service_repository_has_registry:
 * @out_has_registry: (out): whether the library attached as "lib" holds registry data
 */
gboolean
kp_service_repository_has_registry (KpDatabase *db,
                                    gboolean   *out_has_registry,
                                    GError    **error)
{
  g_autoptr (sqlite3_stmt) check = NULL;

  /* A library of an older version has no registry tables; a new one may have them empty. */
  check = kp_database_prepare (db, SQL_HAS_REGISTRY, error);
  if (check == NULL || !kp_database_step_row (db, check, error))
    return FALSE;
  *out_has_registry = sqlite3_column_int (check, 0) > 0;
  g_clear_pointer (&check, sqlite3_finalize);
  if (*out_has_registry)
    {
      check = kp_database_prepare (db, SQL_HAS_IMPORTS, error);
      if (check == NULL || !kp_database_step_row (db, check, error))
        return FALSE;
      *out_has_registry = sqlite3_column_int (check, 0) > 0;
    }
  return TRUE;
}

gboolean
kp_service_repository_match (KpDatabase *db,
                             GError    **error)
{
  return kp_database_exec (db, SQL_CREATE_MATCH, error) &&
         kp_database_exec (db, SQL_CLEAR_MATCH, error) &&
         kp_database_exec (db, SQL_FILL_MATCH, error);
}

gboolean
kp_service_repository_keep_match (KpDatabase *db,
                                  GError    **error)
{
  return kp_database_exec (db, SQL_CREATE_OLD_MATCH, error) &&
         kp_database_exec (db, SQL_CLEAR_OLD_MATCH, error) &&
         kp_database_exec (db, SQL_FILL_OLD_MATCH, error);
}

GPtrArray *
kp_service_repository_list_left_behind (KpDatabase *db,
                                        GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LIST_LEFT_BEHIND, error);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gboolean has_row = TRUE;

  if (stmt == NULL)
    return NULL;
  for (;;)
    {
      if (!kp_database_step (db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      g_ptr_array_add (names, kp_database_dup_column_text (stmt, 0));
    }
  return g_steal_pointer (&names);
}

gboolean
kp_service_repository_remove_left_behind (KpDatabase *db,
                                          gboolean    with_registry,
                                          int        *out_scope_entries,
                                          GError    **error)
{
  if (with_registry && !kp_database_exec (db, SQL_DELETE_LEFT_BEHIND, error))
    return FALSE;
  if (!kp_database_exec (db, SQL_DELETE_SCOPE_OUTSIDE, error))
    return FALSE;
  *out_scope_entries = sqlite3_changes (kp_database_get_handle (db));
  return TRUE;
}

static void
snapshot_free (gpointer data)
{
  KpServiceSnapshot *snapshot = data;

  g_free (snapshot->hash);
  g_free (snapshot->name);
  g_free (snapshot->date_to);
  g_free (snapshot);
}

GHashTable *
kp_service_repository_load_snapshots (KpDatabase *db,
                                      GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD_SNAPSHOTS, error);
  g_autoptr (GHashTable) snapshots = NULL;
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  snapshots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, snapshot_free);
  for (;;)
    {
      KpServiceSnapshot *snapshot;

      if (!kp_database_step (db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        return g_steal_pointer (&snapshots);
      snapshot = g_new0 (KpServiceSnapshot, 1);
      snapshot->id = sqlite3_column_int64 (stmt, 1);
      snapshot->hash = kp_database_dup_column_text (stmt, 2);
      snapshot->name = kp_database_dup_column_text (stmt, 3);
      snapshot->date_to = kp_database_dup_column_text (stmt, 4);
      snapshot->in_registry = sqlite3_column_int (stmt, 5) != 0;
      g_hash_table_insert (snapshots, kp_database_dup_column_text (stmt, 0), snapshot);
    }
}

gboolean
kp_service_repository_foreach_match (KpDatabase        *db,
                                     KpServiceMatchFunc func,
                                     gpointer           user_data,
                                     GError           **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LIST_MATCH, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      if (!kp_database_step (db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      if (!func (sqlite3_column_int64 (stmt, 0), kp_database_column_text (stmt, 1),
                 kp_database_column_text (stmt, 2), kp_database_column_text (stmt, 3),
                 kp_database_column_text (stmt, 4), user_data, error))
        return FALSE;
    }
}

/* The statements of one copy, in the order they run: ?1 the library row, ?2 the
 * project's service id. */
static const char *const copy_statements[] = {
  SQL_DELETE_FORMS,
  SQL_DELETE_FACILITIES,
  SQL_DELETE_CONTACTS,
  SQL_DELETE_GROUPS,
  SQL_COPY_FORMS,
  SQL_COPY_FACILITIES,
  SQL_COPY_CONTACTS,
  SQL_COPY_GROUPS,
};

struct _KpServiceCopier
{
  KpDatabase   *db;
  sqlite3_stmt *upsert; /* returns the project's service id, inserted or updated */
  sqlite3_stmt *steps[G_N_ELEMENTS (copy_statements)];
};

void
kp_service_copier_free (KpServiceCopier *self)
{
  if (self == NULL)
    return;
  sqlite3_finalize (self->upsert);
  for (guint i = 0; i < G_N_ELEMENTS (self->steps); i++)
    sqlite3_finalize (self->steps[i]);
  g_object_unref (self->db);
  g_free (self);
}

KpServiceCopier *
kp_service_copier_new (KpDatabase *db,
                       GError    **error)
{
  g_autoptr (KpServiceCopier) self = g_new0 (KpServiceCopier, 1);

  self->db = g_object_ref (db);
  self->upsert = kp_database_prepare (db, SQL_UPSERT_SERVICE, error);
  if (self->upsert == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (copy_statements); i++)
    {
      self->steps[i] = kp_database_prepare (db, copy_statements[i], error);
      if (self->steps[i] == NULL)
        return NULL;
    }
  return g_steal_pointer (&self);
}

gboolean
kp_service_copier_copy (KpServiceCopier *self,
                        gint64           row_id,
                        GError         **error)
{
  gint64 id;

  sqlite3_reset (self->upsert);
  sqlite3_bind_int64 (self->upsert, 1, row_id);
  if (!kp_database_step_row (self->db, self->upsert, error))
    return FALSE;
  id = sqlite3_column_int64 (self->upsert, 0);
  sqlite3_reset (self->upsert);

  for (guint i = 0; i < G_N_ELEMENTS (self->steps); i++)
    {
      sqlite3_stmt *stmt = self->steps[i];

      /* Every statement has ?2; a DELETE leaves ?1 unused. */
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, row_id);
      sqlite3_bind_int64 (stmt, 2, id);
      if (!kp_database_step_done (self->db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
kp_service_repository_set_in_registry (KpDatabase *db,
                                       gint64      id,
                                       gboolean    in_registry,
                                       GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_SET_IN_REGISTRY, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, in_registry ? 1 : 0);
  return kp_database_step_done (db, stmt, error);
}

/* The project's sources list the registry files its services came from. */
gboolean
kp_service_repository_copy_sources (KpDatabase *db,
                                    GError    **error)
{
  return kp_database_exec (db, SQL_DELETE_SOURCES, error) &&
         kp_database_exec (db, SQL_COPY_SOURCES, error);
}
