/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-changes.h"
#include "kp-changes-private.h"
#include "kp-database-private.h"

#include <string.h>

/* The tables and rows of a changeset, kept for the "changed" signal of a project. */

typedef struct
{
  GArray    *ids;  /* gint64, sorted and distinct once built */
  GPtrArray *keys; /* char *, sorted, distinct and NULL-terminated once built */
} Rows;

struct _KpChanges
{
  gatomicrefcount ref;

  KpChangeKind kind;
  char        *label;
  GHashTable  *rows;    /* table → Rows */
  GPtrArray   *tables;  /* char *, sorted, NULL-terminated */
  GPtrArray   *modules; /* char *, NULL-terminated */
};

G_DEFINE_BOXED_TYPE (KpChanges, kp_changes, kp_changes_ref, kp_changes_unref)

static const char *const no_strings[] = { NULL };

static void
rows_free (gpointer data)
{
  Rows *rows = data;

  g_array_unref (rows->ids);
  g_ptr_array_unref (rows->keys);
  g_free (rows);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 ia = *(const gint64 *) a;
  gint64 ib = *(const gint64 *) b;

  return ia < ib ? -1 : ia > ib;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
sort_distinct_ids (GArray *ids)
{
  guint kept = 0;

  g_array_sort (ids, compare_ids);
  for (guint i = 0; i < ids->len; i++)
    if (kept == 0 || g_array_index (ids, gint64, kept - 1) != g_array_index (ids, gint64, i))
      g_array_index (ids, gint64, kept++) = g_array_index (ids, gint64, i);
  g_array_set_size (ids, kept);
}

static void
sort_distinct_keys (GPtrArray *keys)
{
  guint kept = 0;

  g_ptr_array_sort (keys, compare_strings);
  for (guint i = 0; i < keys->len; i++)
    {
      if (kept > 0 && strcmp (keys->pdata[kept - 1], keys->pdata[i]) == 0)
        g_free (keys->pdata[i]);
      else
        keys->pdata[kept++] = keys->pdata[i];
    }
  g_ptr_array_set_free_func (keys, NULL);
  g_ptr_array_set_size (keys, kept);
  g_ptr_array_set_free_func (keys, g_free);
  g_ptr_array_add (keys, NULL);
}

static Rows *
ensure_rows (KpChanges  *self,
             const char *table)
{
  Rows *rows = g_hash_table_lookup (self->rows, table);

  if (rows == NULL)
    {
      rows = g_new0 (Rows, 1);
      rows->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      rows->keys = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (self->rows, g_strdup (table), rows);
    }
  return rows;
}

/* Adds the row @iter points at: its first primary-key column, taken from the values
 * after an insert and from those before an update or a delete. */
static void
add_row (KpChanges              *self,
         sqlite3_changeset_iter *iter)
{
  const char    *table = NULL;
  unsigned char *pk = NULL;
  sqlite3_value *value = NULL;
  int            n_columns = 0;
  int            op = 0;
  int            column = 0;
  Rows          *rows;

  if (sqlite3changeset_op (iter, &table, &n_columns, &op, NULL) != SQLITE_OK ||
      sqlite3changeset_pk (iter, &pk, &n_columns) != SQLITE_OK)
    return;
  while (column < n_columns && !pk[column])
    column++;
  rows = ensure_rows (self, table);
  if (column == n_columns)
    return;
  if (op == SQLITE_INSERT)
    sqlite3changeset_new (iter, column, &value);
  else
    sqlite3changeset_old (iter, column, &value);
  if (value == NULL)
    return;
  if (sqlite3_value_type (value) == SQLITE_INTEGER)
    {
      gint64 id = sqlite3_value_int64 (value);

      g_array_append_val (rows->ids, id);
    }
  else if (sqlite3_value_type (value) == SQLITE_TEXT)
    g_ptr_array_add (rows->keys, g_strdup ((const char *) sqlite3_value_text (value)));
}

/**
 * kp_changes_new:
 * @label: (nullable): the step's label
 * @changeset: a changeset of kp_changeset_record()
 */
KpChanges *
kp_changes_new (KpChangeKind kind,
                const char  *label,
                GBytes      *changeset,
                GError     **error)
{
  g_autoptr (KpChanges) self = g_new0 (KpChanges, 1);
  gsize          size = 0;
  const void    *bytes = g_bytes_get_data (changeset, &size);
  GHashTableIter iter;
  gpointer       table;
  gpointer       rows;

  g_atomic_ref_count_init (&self->ref);
  self->kind = kind;
  self->label = g_strdup (label);
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, rows_free);
  self->tables = g_ptr_array_new_with_free_func (g_free);
  self->modules = g_ptr_array_new_with_free_func (g_free);
  if (size > 0)
    {
      sqlite3_changeset_iter *changes = NULL;
      int                     rc = sqlite3changeset_start (&changes, (int) size, (void *) bytes);

      while (rc == SQLITE_OK && (rc = sqlite3changeset_next (changes)) == SQLITE_ROW)
        {
          add_row (self, changes);
          rc = SQLITE_OK;
        }
      if (changes != NULL)
        {
          int finalized = sqlite3changeset_finalize (changes);

          if (rc == SQLITE_DONE)
            rc = finalized;
        }
      if (rc != SQLITE_OK && rc != SQLITE_DONE)
        {
          g_set_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_CORRUPT,
                       _ ("A recorded change cannot be read: %s"), sqlite3_errstr (rc));
          return NULL;
        }
    }

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &table, &rows))
    {
      sort_distinct_ids (((Rows *) rows)->ids);
      sort_distinct_keys (((Rows *) rows)->keys);
      g_ptr_array_add (self->tables, g_strdup (table));
    }
  g_ptr_array_sort (self->tables, compare_strings);
  g_ptr_array_add (self->tables, NULL);
  g_ptr_array_add (self->modules, NULL);
  return g_steal_pointer (&self);
}

void
kp_changes_add_module (KpChanges  *self,
                       const char *module)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (module != NULL);

  if (kp_changes_has_module (self, module))
    return;
  g_ptr_array_insert (self->modules, (int) self->modules->len - 1, g_strdup (module));
}

KpChanges *
kp_changes_ref (KpChanges *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref);
  return self;
}

void
kp_changes_unref (KpChanges *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref))
    return;
  g_free (self->label);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->tables, g_ptr_array_unref);
  g_clear_pointer (&self->modules, g_ptr_array_unref);
  g_free (self);
}

KpChangeKind
kp_changes_get_kind (KpChanges *self)
{
  g_return_val_if_fail (self != NULL, KP_CHANGE_EDIT);
  return self->kind;
}

const char *
kp_changes_get_label (KpChanges *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->label;
}

const char *const *
kp_changes_get_modules (KpChanges *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char *const *) self->modules->pdata;
}

gboolean
kp_changes_has_module (KpChanges  *self,
                       const char *module)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (module != NULL, FALSE);
  return g_strv_contains (kp_changes_get_modules (self), module);
}

const char *const *
kp_changes_get_tables (KpChanges *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char *const *) self->tables->pdata;
}

gboolean
kp_changes_has_table (KpChanges  *self,
                      const char *table)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (table != NULL, FALSE);
  return g_hash_table_contains (self->rows, table);
}

const gint64 *
kp_changes_get_ids (KpChanges  *self,
                    const char *table,
                    guint      *n_ids)
{
  Rows *rows;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (n_ids != NULL, NULL);

  rows = g_hash_table_lookup (self->rows, table);
  *n_ids = rows != NULL ? rows->ids->len : 0;
  return *n_ids > 0 ? (const gint64 *) (gpointer) rows->ids->data : NULL;
}

const char *const *
kp_changes_get_keys (KpChanges  *self,
                     const char *table)
{
  Rows *rows;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (table != NULL, NULL);

  rows = g_hash_table_lookup (self->rows, table);
  return rows != NULL ? (const char *const *) rows->keys->pdata : no_strings;
}

GArray *
kp_changes_dup_ids (KpChanges         *self,
                    const char *const *tables)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (self != NULL, ids);
  g_return_val_if_fail (tables != NULL, ids);

  for (guint i = 0; tables[i] != NULL; i++)
    {
      guint         n = 0;
      const gint64 *table_ids = kp_changes_get_ids (self, tables[i], &n);

      if (n > 0)
        g_array_append_vals (ids, table_ids, n);
    }
  sort_distinct_ids (ids);
  return ids;
}
