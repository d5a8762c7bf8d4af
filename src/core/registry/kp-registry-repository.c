/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-registry-repository.h"
#include "kp-database-private.h"

static const char SQL_COUNT_CODES[] = "SELECT count(*) FROM registry_code WHERE list = ?1";
static const char SQL_DELETE_CODES[] = "DELETE FROM registry_code WHERE list = ?1";
static const char SQL_INSERT_CODE[] =
    "INSERT OR REPLACE INTO registry_code (list, id, nazev, paragraf, formy, builtin) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char SQL_LOAD_CODES[] = "SELECT id FROM registry_code WHERE list = ?1";

static const char SQL_INSERT_IMPORT[] =
    "INSERT INTO registry_import (source_name, sha256, data_date, imported_at) "
    "VALUES (?1, ?2, ?3, ?4)";
static const char SQL_FINISH_IMPORT[] =
    "UPDATE registry_import SET services = ?2, facilities = ?3, facilities_without_point = ?4, "
    "new_services = ?5, changed_services = ?6, ended_services = ?7 WHERE id = ?1";
static const char SQL_LOAD_CURRENT[] =
    "SELECT identifikator, row_id, content_hash, datum_do FROM registry_service "
    "WHERE valid_to IS NULL";
static const char SQL_CLOSE_SERVICE[] = "UPDATE registry_service SET valid_to = ?2 WHERE row_id = ?1";
static const char SQL_INSERT_SERVICE[] =
    "INSERT INTO registry_service (identifikator, valid_from, content_hash, record_index, "
    "portal_id, record_id, nazev, druh_id, datum_od, datum_do, age_note, provider_nazev, "
    "provider_ico, provider_ulice, provider_cislo_domovni, provider_cislo_orientacni, "
    "provider_psc, provider_obec_kod, provider_okres_kod, provider_kraj_kod) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
    "?19, ?20)";
static const char SQL_INSERT_FACILITY[] =
    "INSERT INTO registry_facility (service_row, position, nazev, has_address, "
    "kod_adresniho_mista, ulice, cislo_domovni, cislo_orientacni, dodatek, psc, cast_obce_kod, "
    "obec_kod, okres_kod, kraj_kod, obvod_kod, poskytuje_od, poskytuje_do, repeats) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)";
static const char SQL_INSERT_FORM[] =
    "INSERT INTO registry_form (service_row, position, forma, nonstop) VALUES (?1, ?2, ?3, ?4)";
static const char SQL_INSERT_CAPACITY[] =
    "INSERT INTO registry_capacity (service_row, position, form_position, typ, pocet, popis) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char SQL_INSERT_CONTACT[] =
    "INSERT INTO registry_contact (service_row, position, level, kind, value, note) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char SQL_INSERT_GROUP[] =
    "INSERT OR IGNORE INTO registry_group (service_row, kind, code) VALUES (?1, ?2, ?3)";
static const char SQL_INSERT_CHANGE[] =
    "INSERT OR REPLACE INTO registry_change (import_id, identifikator, kind, old_row, new_row) "
    "VALUES (?1, ?2, ?3, ?4, ?5)";

struct _KpRegistryRepository
{
  KpDatabase *db;
};

KpRegistryRepository *
kp_registry_repository_new (KpDatabase *db)
{
  KpRegistryRepository *self = g_new0 (KpRegistryRepository, 1);

  self->db = g_object_ref (db);
  return self;
}

void
kp_registry_repository_free (KpRegistryRepository *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->db);
  g_free (self);
}

gboolean
kp_registry_repository_count_codes (KpRegistryRepository *self,
                                    KpRegistryList        list,
                                    gint64               *out_count,
                                    GError              **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (self->db, SQL_COUNT_CODES, error);

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_text (stmt, 1, kp_registry_list_to_string (list));
  if (!kp_database_step_row (self->db, stmt, error))
    return FALSE;
  *out_count = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

gboolean
kp_registry_repository_delete_codes (KpRegistryRepository *self,
                                     KpRegistryList        list,
                                     GError              **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (self->db, SQL_DELETE_CODES, error);

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_text (stmt, 1, kp_registry_list_to_string (list));
  return kp_database_step_done (self->db, stmt, error);
}

gboolean
kp_registry_repository_insert_code (KpRegistryRepository *self,
                                    KpRegistryList        list,
                                    const KpRegistryCode *code,
                                    gboolean              builtin,
                                    GError              **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (self->db, SQL_INSERT_CODE, error);

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_text (stmt, 1, kp_registry_list_to_string (list));
  kp_database_bind_text (stmt, 2, code->id);
  kp_database_bind_text (stmt, 3, code->name);
  kp_database_bind_text (stmt, 4, code->paragraph);
  kp_database_bind_text (stmt, 5, code->forms);
  sqlite3_bind_int (stmt, 6, builtin ? 1 : 0);
  return kp_database_step_done (self->db, stmt, error);
}

GHashTable *
kp_registry_repository_load_codes (KpRegistryRepository *self,
                                   KpRegistryList        list,
                                   GError              **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (self->db, SQL_LOAD_CODES, error);
  g_autoptr (GHashTable) codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  kp_database_bind_text (stmt, 1, kp_registry_list_to_string (list));
  for (;;)
    {
      if (!kp_database_step (self->db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        return g_steal_pointer (&codes);
      g_hash_table_add (codes, kp_database_dup_column_text (stmt, 0));
    }
}

gboolean
kp_registry_repository_insert_import (KpRegistryRepository *self,
                                      const KpImportRecord *record,
                                      gint64               *out_id,
                                      GError              **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (self->db, SQL_INSERT_IMPORT, error);

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_text (stmt, 1, record->source_name);
  kp_database_bind_text (stmt, 2, record->sha256);
  kp_database_bind_text (stmt, 3, record->data_date);
  kp_database_bind_text (stmt, 4, record->imported_at);
  if (!kp_database_step_done (self->db, stmt, error))
    return FALSE;
  *out_id = sqlite3_last_insert_rowid (kp_database_get_handle (self->db));
  return TRUE;
}

gboolean
kp_registry_repository_finish_import (KpRegistryRepository   *self,
                                      gint64                  import_id,
                                      const KpRegistryCounts *counts,
                                      GError                **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (self->db, SQL_FINISH_IMPORT, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, import_id);
  sqlite3_bind_int (stmt, 2, (int) counts->services);
  sqlite3_bind_int (stmt, 3, (int) counts->facilities);
  sqlite3_bind_int (stmt, 4, (int) counts->facilities_without_point);
  sqlite3_bind_int (stmt, 5, (int) counts->new_services);
  sqlite3_bind_int (stmt, 6, (int) counts->changed_services);
  sqlite3_bind_int (stmt, 7, (int) counts->ended_services);
  return kp_database_step_done (self->db, stmt, error);
}

static void
current_free (gpointer data)
{
  KpRegistryCurrent *current = data;

  g_free (current->content_hash);
  g_free (current->datum_do);
  g_free (current);
}

GHashTable *
kp_registry_repository_load_current (KpRegistryRepository *self,
                                     GError              **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (self->db, SQL_LOAD_CURRENT, error);
  g_autoptr (GHashTable) current = NULL;
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  current = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, current_free);
  for (;;)
    {
      KpRegistryCurrent *row;

      if (!kp_database_step (self->db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        return g_steal_pointer (&current);
      row = g_new0 (KpRegistryCurrent, 1);
      row->row_id = sqlite3_column_int64 (stmt, 1);
      row->content_hash = kp_database_dup_column_text (stmt, 2);
      row->datum_do = kp_database_dup_column_text (stmt, 3);
      g_hash_table_insert (current, kp_database_dup_column_text (stmt, 0), row);
    }
}

gboolean
kp_registry_repository_close_service (KpRegistryRepository *self,
                                      gint64                row_id,
                                      gint64                import_id,
                                      GError              **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (self->db, SQL_CLOSE_SERVICE, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row_id);
  sqlite3_bind_int64 (stmt, 2, import_id);
  return kp_database_step_done (self->db, stmt, error);
}

static gboolean
insert_facilities (KpRegistryRepository    *self,
                   const KpRegistryService *service,
                   gint64                   row_id,
                   GError                 **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (self->db, SQL_INSERT_FACILITY, error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < service->facilities->len; i++)
    {
      const KpRegistryFacility *f = &g_array_index (service->facilities, KpRegistryFacility, i);
      const KpRegistryAddress  *a = &f->address;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, row_id);
      sqlite3_bind_int (stmt, 2, (int) i);
      kp_database_bind_text (stmt, 3, f->nazev);
      sqlite3_bind_int (stmt, 4, a->present ? 1 : 0);
      kp_database_bind_text (stmt, 5, a->kod_adresniho_mista);
      kp_database_bind_text (stmt, 6, a->ulice);
      kp_database_bind_text (stmt, 7, a->cislo_domovni);
      kp_database_bind_text (stmt, 8, a->cislo_orientacni);
      kp_database_bind_text (stmt, 9, a->dodatek);
      kp_database_bind_text (stmt, 10, a->psc);
      kp_database_bind_text (stmt, 11, a->cast_obce_kod);
      kp_database_bind_text (stmt, 12, a->obec_kod);
      kp_database_bind_text (stmt, 13, a->okres_kod);
      kp_database_bind_text (stmt, 14, a->kraj_kod);
      kp_database_bind_text (stmt, 15, a->obvod_kod);
      kp_database_bind_text (stmt, 16, f->od);
      kp_database_bind_text (stmt, 17, f->do_);
      sqlite3_bind_int (stmt, 18, (int) f->repeats);
      if (!kp_database_step_done (self->db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_forms (KpRegistryRepository    *self,
              const KpRegistryService *service,
              gint64                   row_id,
              GError                 **error)
{
  g_autoptr (KpBorrowedStmt) forms = kp_database_borrow (self->db, SQL_INSERT_FORM, error);
  g_autoptr (KpBorrowedStmt) capacities = NULL;

  if (forms == NULL)
    return FALSE;
  for (guint i = 0; i < service->forms->len; i++)
    {
      const KpRegistryForm *form = &g_array_index (service->forms, KpRegistryForm, i);

      sqlite3_reset (forms);
      sqlite3_bind_int64 (forms, 1, row_id);
      sqlite3_bind_int (forms, 2, (int) i);
      kp_database_bind_text (forms, 3, form->forma);
      if (form->nonstop < 0)
        sqlite3_bind_null (forms, 4);
      else
        sqlite3_bind_int (forms, 4, form->nonstop);
      if (!kp_database_step_done (self->db, forms, error))
        return FALSE;
    }

  capacities = kp_database_borrow (self->db, SQL_INSERT_CAPACITY, error);
  if (capacities == NULL)
    return FALSE;
  for (guint i = 0; i < service->capacities->len; i++)
    {
      const KpRegistryCapacity *c = &g_array_index (service->capacities, KpRegistryCapacity, i);

      sqlite3_reset (capacities);
      sqlite3_bind_int64 (capacities, 1, row_id);
      sqlite3_bind_int (capacities, 2, (int) i);
      sqlite3_bind_int (capacities, 3, (int) c->form);
      kp_database_bind_text (capacities, 4, c->typ);
      if (c->has_pocet)
        sqlite3_bind_int64 (capacities, 5, c->pocet);
      else
        sqlite3_bind_null (capacities, 5);
      kp_database_bind_text (capacities, 6, c->popis);
      if (!kp_database_step_done (self->db, capacities, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_contacts (KpRegistryRepository    *self,
                 const KpRegistryService *service,
                 gint64                   row_id,
                 GError                 **error)
{
  static const char *const kinds[] = { "telefon", "email", "web", "fax" };
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (self->db, SQL_INSERT_CONTACT, error);
  int position = 0;

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < service->contacts->len; i++)
    {
      const KpRegistryContact *c = &g_array_index (service->contacts, KpRegistryContact, i);

      if (c->value == NULL || c->value[0] == '\0')
        continue;
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, row_id);
      sqlite3_bind_int (stmt, 2, position++);
      kp_database_bind_text (stmt, 3,
                             c->level == KP_REGISTRY_LEVEL_SERVICE ? "service" : "provider");
      kp_database_bind_text (stmt, 4, kinds[c->kind]);
      kp_database_bind_text (stmt, 5, c->value);
      kp_database_bind_text (stmt, 6, c->note);
      if (!kp_database_step_done (self->db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_groups (KpRegistryRepository *self,
               gint64                row_id,
               const char           *kind,
               GPtrArray            *codes,
               GError              **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (self->db, SQL_INSERT_GROUP, error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < codes->len; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, row_id);
      kp_database_bind_text (stmt, 2, kind);
      kp_database_bind_text (stmt, 3, g_ptr_array_index (codes, i));
      if (!kp_database_step_done (self->db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
kp_registry_repository_insert_service (KpRegistryRepository    *self,
                                       const KpRegistryService *service,
                                       const char              *nazev,
                                       const char              *content_hash,
                                       gint64                   import_id,
                                       gint64                  *out_row_id,
                                       GError                 **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (self->db, SQL_INSERT_SERVICE, error);
  const KpRegistryAddress *a = &service->provider_address;
  gint64                   row_id;

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_text (stmt, 1, service->identifikator);
  sqlite3_bind_int64 (stmt, 2, import_id);
  kp_database_bind_text (stmt, 3, content_hash);
  sqlite3_bind_int (stmt, 4, (int) service->index);
  kp_database_bind_text (stmt, 5, service->portal_id);
  kp_database_bind_text (stmt, 6, service->record_id);
  kp_database_bind_text (stmt, 7, nazev);
  kp_database_bind_text (stmt, 8, service->druh);
  kp_database_bind_text (stmt, 9, service->datum_od);
  kp_database_bind_text (stmt, 10, service->datum_do);
  kp_database_bind_text (stmt, 11, service->age_note);
  kp_database_bind_text (stmt, 12, service->provider_nazev);
  kp_database_bind_text (stmt, 13, service->provider_ico);
  kp_database_bind_text (stmt, 14, a->ulice);
  kp_database_bind_text (stmt, 15, a->cislo_domovni);
  kp_database_bind_text (stmt, 16, a->cislo_orientacni);
  kp_database_bind_text (stmt, 17, a->psc);
  kp_database_bind_text (stmt, 18, a->obec_kod);
  kp_database_bind_text (stmt, 19, a->okres_kod);
  kp_database_bind_text (stmt, 20, a->kraj_kod);
  if (!kp_database_step_done (self->db, stmt, error))
    return FALSE;
  row_id = sqlite3_last_insert_rowid (kp_database_get_handle (self->db));

  if (!insert_facilities (self, service, row_id, error) ||
      !insert_forms (self, service, row_id, error) ||
      !insert_contacts (self, service, row_id, error) ||
      !insert_groups (self, row_id, "cilova", service->target_groups, error) ||
      !insert_groups (self, row_id, "vekova", service->age_groups, error) ||
      !insert_groups (self, row_id, "scope", service->scope, error))
    return FALSE;
  *out_row_id = row_id;
  return TRUE;
}

gboolean
kp_registry_repository_insert_change (KpRegistryRepository *self,
                                      gint64                import_id,
                                      const char           *identifikator,
                                      KpRegistryChangeKind  kind,
                                      gint64                old_row,
                                      gint64                new_row,
                                      GError              **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (self->db, SQL_INSERT_CHANGE, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, import_id);
  kp_database_bind_text (stmt, 2, identifikator);
  kp_database_bind_text (stmt, 3, kp_registry_change_kind_to_string (kind));
  kp_database_bind_id (stmt, 4, old_row);
  kp_database_bind_id (stmt, 5, new_row);
  return kp_database_step_done (self->db, stmt, error);
}
