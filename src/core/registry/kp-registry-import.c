/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-registry-private.h"
#include "kp-registry-repository.h"

#include <glib/gstdio.h>
#include <string.h>

/* Importing rpss.json into the reference library, inside the one transaction of
 * kp-library-import.c (the code lists: kp-registry-files.c). The registry is read as a
 * stream, one service at a time; each service is checked, normalised (facilities listed
 * twice merged, IČO with its leading zeros) and compared with its current version:
 * unchanged services cost a hash, changed ones get a new version and the old one is
 * closed, so history is kept. */

#define PROGRESS_EVERY 64

typedef struct
{
  KpImportBatch        *batch;
  const KpImportFile   *file;
  KpRegistryRepository *repo;
  KpRegistryParser     *parser;
  gint64                import_id;
  GHashTable           *codes[KP_REGISTRY_N_LISTS]; /* known ids */
  GHashTable           *current;                    /* identifikátor → KpRegistryCurrent */
  GHashTable           *in_file;                    /* identifikátor → record index */
  KpRegistryCounts      counts;
  char                  today[16];
  GString              *canon;
} ImportRun;

/* rpss.json */

/* Without the MPSV files, the built-in code lists are what the registry is checked
 * against. */
static gboolean
load_codes (ImportRun *run,
            GError   **error)
{
  for (int list = 0; list < KP_REGISTRY_N_LISTS; list++)
    {
      gint64 count = 0;

      if (!kp_registry_repository_count_codes (run->repo, list, &count, error))
        return FALSE;
      if (count == 0)
        {
          guint                 n;
          const KpRegistryCode *codes = kp_registry_builtin_codes (list, &n);

          for (guint i = 0; i < n; i++)
            if (!kp_registry_repository_insert_code (run->repo, list, &codes[i], TRUE, error))
              return FALSE;
        }
      run->codes[list] = kp_registry_repository_load_codes (run->repo, list, error);
      if (run->codes[list] == NULL)
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_active (const char *datum_do,
           const char *today)
{
  return datum_do == NULL || strcmp (datum_do, today) > 0;
}

static gboolean
same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (a, b) == 0;
}

/* One facility listed several times (same name, address point and dates) is one. */
static void
merge_facilities (KpRegistryService *service)
{
  GArray *facilities = service->facilities;
  guint   kept = 0;

  for (guint i = 0; i < facilities->len; i++)
    {
      KpRegistryFacility *f = &g_array_index (facilities, KpRegistryFacility, i);
      gboolean            merged = FALSE;

      for (guint j = 0; j < kept && !merged; j++)
        {
          KpRegistryFacility *k = &g_array_index (facilities, KpRegistryFacility, j);

          if (same_text (f->nazev, k->nazev) &&
              same_text (f->address.kod_adresniho_mista, k->address.kod_adresniho_mista) &&
              same_text (f->address.obec_kod, k->address.obec_kod) && same_text (f->od, k->od) &&
              same_text (f->do_, k->do_))
            {
              k->repeats++;
              merged = TRUE;
            }
        }
      if (!merged)
        g_array_index (facilities, KpRegistryFacility, kept++) = *f;
    }
  g_array_set_size (facilities, kept);
}

/* Keeps the codes of @list (or, for the scope, any "Name/digits"); others are ignored. */
static gboolean
filter_codes (ImportRun         *run,
              KpRegistryService *service,
              GPtrArray         *codes,
              int                list,
              GError           **error)
{
  guint kept = 0;

  for (guint i = 0; i < codes->len; i++)
    {
      const char *id = codes->pdata[i];
      const char *suffix = list < KP_REGISTRY_N_LISTS ? kp_registry_code_suffix (list, id)
                                                      : strrchr (id, '/');

      if (suffix == NULL)
        continue;
      if (list >= KP_REGISTRY_N_LISTS)
        suffix++;
      if (!kp_import_is_digits (suffix, 1, 12))
        {
          g_autofree char *quoted = kp_error_quote (id, -1);

          kp_registry_set_record_error (error, KP_IMPORT_ERROR_MISSING, run->file->display_name,
                                        service, _ ("unknown code “%s”"), quoted);
          return FALSE;
        }
      codes->pdata[kept++] = (gpointer) id;
    }
  g_ptr_array_set_size (codes, kept);
  return TRUE;
}

static gboolean
check_service (ImportRun         *run,
               KpRegistryService *service,
               char              *ico_buffer,
               GError           **error)
{
  const char *name = run->file->display_name;

  if (service->identifikator == NULL || service->identifikator[0] == '\0')
    {
      kp_registry_set_record_error (error, KP_IMPORT_ERROR_RECORD, name, service,
                                    _ ("the service has no identifikátor"));
      return FALSE;
    }
  if (service->druh == NULL)
    {
      kp_registry_set_record_error (error, KP_IMPORT_ERROR_RECORD, name, service,
                                    _ ("the service has no type (druhSocialniSluzby)"));
      return FALSE;
    }
  if (!g_hash_table_contains (run->codes[KP_REGISTRY_LIST_TYPES], service->druh))
    {
      g_autofree char *quoted = kp_error_quote (service->druh, -1);

      kp_registry_set_record_error (error, KP_IMPORT_ERROR_MISSING, name, service,
                                    _ ("unknown type of service “%s”; import the MPSV code "
                                       "list druhy-socialni-sluzby.json if it is newer"),
                                    quoted);
      return FALSE;
    }
  for (guint i = 0; i < service->forms->len; i++)
    {
      const char *forma = g_array_index (service->forms, KpRegistryForm, i).forma;

      if (forma == NULL || !g_hash_table_contains (run->codes[KP_REGISTRY_LIST_FORMS], forma))
        {
          g_autofree char *quoted = kp_error_quote (forma != NULL ? forma : "null", -1);

          kp_registry_set_record_error (error, KP_IMPORT_ERROR_MISSING, name, service,
                                        _ ("unknown form of service “%s”"), quoted);
          return FALSE;
        }
    }
  for (guint i = 0; i < service->capacities->len; i++)
    {
      const char *typ = g_array_index (service->capacities, KpRegistryCapacity, i).typ;

      if (typ != NULL && !g_hash_table_contains (run->codes[KP_REGISTRY_LIST_UNITS], typ))
        {
          g_autofree char *quoted = kp_error_quote (typ, -1);

          kp_registry_set_record_error (error, KP_IMPORT_ERROR_MISSING, name, service,
                                        _ ("unknown capacity unit “%s”"), quoted);
          return FALSE;
        }
    }
  if (service->provider_ico != NULL && service->provider_ico[0] != '\0')
    {
      gsize n = strlen (service->provider_ico);

      if (n > 8 || !kp_import_is_digits (service->provider_ico, 1, 8))
        {
          g_autofree char *quoted = kp_error_quote (service->provider_ico, -1);

          kp_registry_set_record_error (error, KP_IMPORT_ERROR_RECORD, name, service,
                                        _ ("the provider’s IČO “%s” is not 8 digits"), quoted);
          return FALSE;
        }
      /* IČO has 8 digits; a shorter one lost its leading zeros. */
      memset (ico_buffer, '0', 8 - n);
      memcpy (ico_buffer + 8 - n, service->provider_ico, n + 1);
      service->provider_ico = ico_buffer;
    }
  else
    service->provider_ico = NULL;
  return filter_codes (run, service, service->target_groups, KP_REGISTRY_LIST_TARGET_GROUPS,
                       error) &&
         filter_codes (run, service, service->age_groups, KP_REGISTRY_LIST_AGE_GROUPS, error) &&
         filter_codes (run, service, service->scope, KP_REGISTRY_N_LISTS, error);
}

static void
canon_add (GString    *canon,
           const char *text)
{
  if (text != NULL)
    g_string_append (canon, text);
  g_string_append_c (canon, '\x1f');
}

static void
canon_address (GString                 *canon,
               const KpRegistryAddress *a)
{
  canon_add (canon, a->present ? "a" : "-");
  canon_add (canon, a->kod_adresniho_mista);
  canon_add (canon, a->cislo_domovni);
  canon_add (canon, a->cislo_orientacni);
  canon_add (canon, a->dodatek);
  canon_add (canon, a->psc);
  canon_add (canon, a->ulice);
  canon_add (canon, a->cast_obce_kod);
  canon_add (canon, a->obec_kod);
  canon_add (canon, a->okres_kod);
  canon_add (canon, a->kraj_kod);
  canon_add (canon, a->obvod_kod);
}

/* Everything stored of a service, in a fixed order: equal texts mean no change. */
static char *
content_hash (GString                 *canon,
              const KpRegistryService *s)
{
  static const char *const flags[] = { "-", "0", "1" };

  g_string_truncate (canon, 0);
  canon_add (canon, s->portal_id);
  canon_add (canon, s->record_id);
  canon_add (canon, s->nazev);
  canon_add (canon, s->datum_od);
  canon_add (canon, s->datum_do);
  canon_add (canon, s->druh);
  canon_add (canon, s->age_note);
  canon_add (canon, s->provider_nazev);
  canon_add (canon, s->provider_ico);
  canon_address (canon, &s->provider_address);
  for (guint i = 0; i < s->facilities->len; i++)
    {
      const KpRegistryFacility *f = &g_array_index (s->facilities, KpRegistryFacility, i);

      g_string_append_printf (canon, "\x1e%u\x1f", f->repeats);
      canon_add (canon, f->nazev);
      canon_add (canon, f->od);
      canon_add (canon, f->do_);
      canon_address (canon, &f->address);
    }
  for (guint i = 0; i < s->forms->len; i++)
    {
      const KpRegistryForm *f = &g_array_index (s->forms, KpRegistryForm, i);

      g_string_append_c (canon, '\x1e');
      canon_add (canon, f->forma);
      canon_add (canon, flags[f->nonstop + 1]);
    }
  for (guint i = 0; i < s->capacities->len; i++)
    {
      const KpRegistryCapacity *c = &g_array_index (s->capacities, KpRegistryCapacity, i);

      g_string_append_printf (canon, "\x1e%u\x1f%" G_GINT64_FORMAT "\x1f%d\x1f", c->form,
                              c->pocet, c->has_pocet);
      canon_add (canon, c->typ);
      canon_add (canon, c->popis);
    }
  for (guint i = 0; i < s->contacts->len; i++)
    {
      const KpRegistryContact *c = &g_array_index (s->contacts, KpRegistryContact, i);

      g_string_append_printf (canon, "\x1e%d\x1f%d\x1f", c->level, c->kind);
      canon_add (canon, c->value);
      canon_add (canon, c->note);
    }
  g_string_append_c (canon, '\x1d');
  for (guint i = 0; i < s->target_groups->len; i++)
    canon_add (canon, s->target_groups->pdata[i]);
  g_string_append_c (canon, '\x1d');
  for (guint i = 0; i < s->age_groups->len; i++)
    canon_add (canon, s->age_groups->pdata[i]);
  g_string_append_c (canon, '\x1d');
  for (guint i = 0; i < s->scope->len; i++)
    canon_add (canon, s->scope->pdata[i]);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA1, (const guchar *) canon->str, canon->len);
}

static gboolean
store_service (ImportRun         *run,
               KpRegistryService *service,
               GError           **error)
{
  KpRegistryCurrent   *current = g_hash_table_lookup (run->current, service->identifikator);
  g_autofree char     *hash = content_hash (run->canon, service);
  const char          *nazev = service->nazev;
  KpRegistryChangeKind kind;
  gint64               row_id = 0;

  if (current != NULL)
    {
      current->seen = TRUE;
      if (strcmp (current->content_hash, hash) == 0)
        return TRUE;
    }
  if (nazev == NULL && service->facilities->len > 0)
    nazev = g_array_index (service->facilities, KpRegistryFacility, 0).nazev;
  /* The old version is closed before the new one is current (one current row each). */
  if (current != NULL &&
      !kp_registry_repository_close_service (run->repo, current->row_id, run->import_id, error))
    return FALSE;
  if (!kp_registry_repository_insert_service (run->repo, service, nazev, hash, run->import_id,
                                              &row_id, error))
    return FALSE;
  if (current == NULL)
    {
      kind = KP_REGISTRY_CHANGE_NEW;
      run->counts.new_services++;
    }
  else if (is_active (current->datum_do, run->today) && !is_active (service->datum_do, run->today))
    {
      kind = KP_REGISTRY_CHANGE_ENDED;
      run->counts.ended_services++;
    }
  else
    {
      kind = KP_REGISTRY_CHANGE_CHANGED;
      run->counts.changed_services++;
    }
  return kp_registry_repository_insert_change (run->repo, run->import_id,
                                               service->identifikator, kind,
                                               current != NULL ? current->row_id : 0, row_id,
                                               error);
}

static gboolean
on_service (KpRegistryService *service,
            gpointer           user_data,
            GError           **error)
{
  ImportRun *run = user_data;
  char       ico[16];
  gpointer   previous;

  if (!check_service (run, service, ico, error))
    return FALSE;
  if (g_hash_table_lookup_extended (run->in_file, service->identifikator, NULL, &previous))
    {
      kp_registry_set_record_error (error, KP_IMPORT_ERROR_DUPLICATE, run->file->display_name,
                                    service, _ ("the identifikátor is used by record %u too"),
                                    GPOINTER_TO_UINT (previous));
      return FALSE;
    }
  g_hash_table_insert (run->in_file, g_strdup (service->identifikator),
                       GUINT_TO_POINTER (service->index));

  merge_facilities (service);
  run->counts.services++;
  run->counts.facilities += service->facilities->len;
  for (guint i = 0; i < service->facilities->len; i++)
    if (g_array_index (service->facilities, KpRegistryFacility, i).address.kod_adresniho_mista ==
        NULL)
      run->counts.facilities_without_point++;

  if (!store_service (run, service, error))
    return FALSE;
  if (service->index % PROGRESS_EVERY == 0)
    {
      gsize total = g_bytes_get_size (run->file->contents);
      gsize done = kp_registry_parser_get_offset (run->parser);

      return kp_import_step (run->batch, total > 0 ? (double) done / (double) total : 0.0,
                             error);
    }
  return TRUE;
}

/* Services of the previous import missing from this one have ended. */
static gboolean
close_missing (ImportRun *run,
               GError   **error)
{
  GHashTableIter     iter;
  const char        *identifikator;
  KpRegistryCurrent *current;

  g_hash_table_iter_init (&iter, run->current);
  while (g_hash_table_iter_next (&iter, (gpointer *) &identifikator, (gpointer *) &current))
    {
      if (current->seen)
        continue;
      if (!kp_registry_repository_close_service (run->repo, current->row_id, run->import_id,
                                                 error))
        return FALSE;
      if (!is_active (current->datum_do, run->today))
        continue;
      run->counts.ended_services++;
      if (!kp_registry_repository_insert_change (run->repo, run->import_id, identifikator,
                                                 KP_REGISTRY_CHANGE_ENDED, current->row_id, 0,
                                                 error))
        return FALSE;
    }
  return TRUE;
}

/* The file's date: the registry states none, so the day it was saved (downloaded). */
static char *
file_date (const char *path)
{
  GStatBuf st;
  g_autoptr (GDateTime) time = NULL;

  if (g_stat (path, &st) != 0)
    return NULL;
  time = g_date_time_new_from_unix_utc ((gint64) st.st_mtime);
  return time != NULL ? g_date_time_format (time, "%Y-%m-%d") : NULL;
}

gboolean
kp_registry_import_services (KpImportBatch      *batch,
                             const KpImportFile *file,
                             KpImportRecord     *record,
                             GError            **error)
{
  g_autoptr (KpRegistryRepository) repo = kp_registry_repository_new (batch->db);
  g_autoptr (KpRegistryParser) parser = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  ImportRun        run = { 0 };
  gsize            len;
  const guint8    *data = g_bytes_get_data (file->contents, &len);
  gboolean         ok = FALSE;

  record->data_date = file_date (file->path);
  run.batch = batch;
  run.file = file;
  run.repo = repo;
  g_strlcpy (run.today, today, sizeof run.today);
  run.in_file = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  run.canon = g_string_sized_new (4096);
  parser = kp_registry_parser_new (file->display_name, on_service, &run);
  run.parser = parser;

  if (load_codes (&run, error) &&
      kp_registry_repository_insert_import (repo, record, &run.import_id, error) &&
      (run.current = kp_registry_repository_load_current (repo, error)) != NULL &&
      kp_registry_parser_parse_all (parser, data, len, batch->cancellable, error) &&
      close_missing (&run, error) &&
      kp_registry_repository_finish_import (repo, run.import_id, &run.counts, error))
    {
      record->row_count = (int) run.counts.services;
      ok = TRUE;
    }

  for (int list = 0; list < KP_REGISTRY_N_LISTS; list++)
    g_clear_pointer (&run.codes[list], g_hash_table_unref);
  g_clear_pointer (&run.current, g_hash_table_unref);
  g_hash_table_unref (run.in_file);
  g_string_free (run.canon, TRUE);
  return ok;
}
