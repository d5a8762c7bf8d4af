/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-registry-private.h"
#include "kp-registry-repository.h"

/* The files of the MPSV registry: telling rpss.json and the code lists from other
 * reference files, and importing the code lists (rpss.json: kp-registry-import.c). */

#define SNIFF_BYTES (64 * 1024)

static const struct
{
  KpReferenceKind kind;
  KpRegistryList  list;
  const char     *file_name;
} code_files[] = {
  { KP_REFERENCE_KIND_REGISTRY_TYPES, KP_REGISTRY_LIST_TYPES, "druhy-socialni-sluzby" },
  { KP_REFERENCE_KIND_REGISTRY_FORMS, KP_REGISTRY_LIST_FORMS, "formy-soc-sluzby" },
  { KP_REFERENCE_KIND_REGISTRY_UNITS, KP_REGISTRY_LIST_UNITS, "typy-kapacity-socialni-sluzby" },
  { KP_REFERENCE_KIND_REGISTRY_TARGET_GROUPS, KP_REGISTRY_LIST_TARGET_GROUPS,
    "cilove-skupiny-osoby" },
  { KP_REFERENCE_KIND_REGISTRY_AGE_GROUPS, KP_REGISTRY_LIST_AGE_GROUPS, "vekove-skupiny-osoby" },
};

gboolean
kp_registry_is_registry_kind (KpReferenceKind kind)
{
  if (kind == KP_REFERENCE_KIND_REGISTRY)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (code_files); i++)
    if (code_files[i].kind == kind)
      return TRUE;
  return FALSE;
}

static KpRegistryList
list_of_kind (KpReferenceKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (code_files); i++)
    if (code_files[i].kind == kind)
      return code_files[i].list;
  g_assert_not_reached ();
}

/* A JSON file with "polozky": rpss.json when its items look like services, else a code
 * list when its ids belong to one. A file named like one of them is taken for it even when
 * its content is broken, so that the error says what is wrong with it. */
KpReferenceKind
kp_registry_detect (GBytes     *contents,
                    const char *display_name)
{
  gsize            len;
  const char      *data = g_bytes_get_data (contents, &len);
  g_autofree char *head = NULL;
  g_autofree char *lower = g_ascii_strdown (display_name, -1);
  gsize            start = 0;

  if (g_str_has_prefix (lower, "rpss") && g_str_has_suffix (lower, ".json"))
    return KP_REFERENCE_KIND_REGISTRY;
  for (guint i = 0; i < G_N_ELEMENTS (code_files); i++)
    if (g_str_has_prefix (lower, code_files[i].file_name) && g_str_has_suffix (lower, ".json"))
      return code_files[i].kind;

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    start = 3;
  while (start < len && g_ascii_isspace (data[start]))
    start++;
  if (start >= len || data[start] != '{')
    return KP_REFERENCE_KIND_UNKNOWN;
  head = g_strndup (data + start, MIN (len - start, SNIFF_BYTES));
  if (strstr (head, "\"polozky\"") == NULL)
    return KP_REFERENCE_KIND_UNKNOWN;
  if (strstr (head, "\"druhSocialniSluzby\"") != NULL || strstr (head, "\"zarizeni\"") != NULL ||
      strstr (head, "\"datumPoskytovaniOd\"") != NULL)
    return KP_REFERENCE_KIND_REGISTRY;
  for (guint i = 0; i < G_N_ELEMENTS (code_files); i++)
    {
      g_autofree char *needle = g_strconcat ("\"", kp_registry_list_get_prefix (code_files[i].list),
                                             NULL);

      if (strstr (head, needle) != NULL)
        return code_files[i].kind;
    }
  return KP_REFERENCE_KIND_UNKNOWN;
}

/* Code-list files. */

typedef struct
{
  KpRegistryList list;
  const char    *display_name;
  GPtrArray     *ids;
  GPtrArray     *names;
} CodeListRun;

static gboolean
on_code (const char *id,
         const char *name,
         guint       index,
         gpointer    user_data,
         GError    **error)
{
  CodeListRun *run = user_data;
  const char  *suffix = kp_registry_code_suffix (run->list, id);

  if (suffix == NULL || suffix[0] == '\0')
    {
      g_autofree char *quoted = kp_error_quote (id, -1);

      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_RECORD,
                   _ ("%s, record %u: “%s” is not a code of the list %s"), run->display_name,
                   index, quoted, kp_registry_list_get_prefix (run->list));
      return FALSE;
    }
  g_ptr_array_add (run->ids, g_strdup (id));
  g_ptr_array_add (run->names, g_strdup (name != NULL && name[0] != '\0' ? name : id));
  return TRUE;
}

gboolean
kp_registry_import_codes (KpImportBatch      *batch,
                          const KpImportFile *file,
                          KpImportRecord     *record,
                          GError            **error)
{
  g_autoptr (KpRegistryRepository) repo = kp_registry_repository_new (batch->db);
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  CodeListRun   run = { list_of_kind (file->kind), file->display_name, ids, names };
  gsize         len;
  const guint8 *data = g_bytes_get_data (file->contents, &len);

  if (!kp_registry_parse_code_list (data, len, file->display_name, on_code, &run, error))
    return FALSE;
  if (ids->len == 0)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s has no items; it is not an MPSV code list"), file->display_name);
      return FALSE;
    }
  if (!kp_registry_repository_delete_codes (repo, run.list, error))
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      const KpRegistryCode *builtin = kp_registry_builtin_lookup (run.list, ids->pdata[i]);
      KpRegistryCode        code = { ids->pdata[i], names->pdata[i], NULL, NULL };

      if (builtin != NULL)
        {
          code.paragraph = builtin->paragraph;
          code.forms = builtin->forms;
        }
      if (!kp_registry_repository_insert_code (repo, run.list, &code, FALSE, error))
        return FALSE;
    }
  record->row_count = (int) ids->len;
  return kp_import_step (batch, 1.0, error);
}
