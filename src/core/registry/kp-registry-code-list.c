/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-registry-private.h"

#include <string.h>
#include <yajl/yajl_parse.h>

/* A reader of the MPSV code-list files (druhy-socialni-sluzby.json and its siblings):
 * { "polozky": [ { "id": "DruhSocialniSluzby/1", "nazev": { "cs": "…" } or "…", … } ] }.
 * Streaming like the registry reader, with the same kind of limits. */

#define MAX_DEPTH 16
#define MAX_NAME  4096

typedef enum
{
  KEY_OTHER,
  KEY_POLOZKY,
  KEY_ID,
  KEY_NAZEV,
  KEY_CS,
} Key;

typedef struct
{
  const char        *display_name;
  KpRegistryCodeFunc func;
  gpointer           user_data;
  GError            *error;
  int                depth;
  int                items_depth; /* depth of the "polozky" array, 0 until it opens */
  Key                key;         /* the last key, at any depth */
  Key                item_key;    /* the last key of the current item */
  gboolean           in_nazev;
  guint              index;
  char              *id;
  char              *name;
} Reader;

static int
reader_fail (Reader     *reader,
             const char *reason)
{
  if (reader->error == NULL)
    {
      if (reader->index > 0)
        g_set_error (&reader->error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_RECORD,
                     _ ("%s, record %u: %s"), reader->display_name, reader->index, reason);
      else
        g_set_error (&reader->error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT, "%s: %s",
                     reader->display_name, reason);
    }
  return 0;
}

static gboolean
in_item (Reader *reader)
{
  return reader->items_depth > 0 && reader->depth >= reader->items_depth + 1;
}

static int
on_start (void *ctx)
{
  Reader *reader = ctx;

  if (++reader->depth > MAX_DEPTH)
    return reader_fail (reader, _ ("the data is nested too deep"));
  if (reader->items_depth > 0 && reader->depth == reader->items_depth + 1)
    {
      if (++reader->index > KP_REGISTRY_MAX_CODES)
        return reader_fail (reader, _ ("the list has too many items"));
      g_clear_pointer (&reader->id, g_free);
      g_clear_pointer (&reader->name, g_free);
      reader->item_key = KEY_OTHER;
    }
  reader->in_nazev = in_item (reader) && reader->depth == reader->items_depth + 2 &&
                     reader->item_key == KEY_NAZEV;
  return 1;
}

static int
on_start_array (void *ctx)
{
  Reader *reader = ctx;

  if (reader->depth == 1 && reader->key == KEY_POLOZKY && reader->items_depth == 0)
    {
      if (++reader->depth > MAX_DEPTH)
        return reader_fail (reader, _ ("the data is nested too deep"));
      reader->items_depth = reader->depth;
      return 1;
    }
  if (reader->items_depth > 0 && reader->depth == reader->items_depth)
    return reader_fail (reader, _ ("a list item is not an object"));
  return on_start (ctx);
}

static int
on_start_map (void *ctx)
{
  return on_start (ctx);
}

static int
on_end (void *ctx)
{
  Reader *reader = ctx;

  if (reader->items_depth > 0 && reader->depth == reader->items_depth + 1)
    {
      if (reader->id == NULL)
        return reader_fail (reader, _ ("the item has no “id”"));
      if (!reader->func (reader->id, reader->name, reader->index, reader->user_data,
                         &reader->error))
        return 0;
    }
  if (reader->depth == reader->items_depth)
    reader->items_depth = -1; /* closed: a second "polozky" is not read */
  reader->depth--;
  reader->in_nazev = FALSE;
  return 1;
}

static int
on_key (void                *ctx,
        const unsigned char *text,
        size_t               length)
{
  Reader *reader = ctx;
  Key     key = KEY_OTHER;

  if (length == 7 && memcmp (text, "polozky", 7) == 0)
    key = KEY_POLOZKY;
  else if (length == 2 && memcmp (text, "id", 2) == 0)
    key = KEY_ID;
  else if (length == 5 && memcmp (text, "nazev", 5) == 0)
    key = KEY_NAZEV;
  else if (length == 2 && memcmp (text, "cs", 2) == 0)
    key = KEY_CS;
  reader->key = key;
  if (in_item (reader) && reader->depth == reader->items_depth + 1)
    reader->item_key = key;
  return 1;
}

static int
on_string (void                *ctx,
           const unsigned char *text,
           size_t               length)
{
  Reader *reader = ctx;
  char  **target = NULL;

  if (!in_item (reader))
    return 1;
  if (reader->depth == reader->items_depth + 1 && reader->key == KEY_ID)
    target = &reader->id;
  else if ((reader->depth == reader->items_depth + 1 && reader->key == KEY_NAZEV) ||
           (reader->in_nazev && reader->key == KEY_CS))
    target = &reader->name;
  if (target == NULL)
    return 1;
  if (length > MAX_NAME || memchr (text, '\0', length) != NULL)
    return reader_fail (reader, _ ("a text is too long or contains a NUL character"));
  /* yajl lets overlong forms of UTF-8 through. */
  if (!g_utf8_validate_len ((const char *) text, length, NULL))
    return reader_fail (reader, _ ("a text is not valid UTF-8"));
  g_free (*target);
  *target = g_strndup ((const char *) text, length);
  return 1;
}

static int
on_number (void       *ctx,
           const char *text,
           size_t      length)
{
  Reader *reader = ctx;

  if (in_item (reader) && reader->depth == reader->items_depth + 1 && reader->key == KEY_ID)
    return reader_fail (reader, _ ("“id” is a number, but text is expected"));
  return 1;
}

static int
on_other (void *ctx)
{
  return 1;
}

static int
on_boolean (void *ctx,
            int   value)
{
  return 1;
}

static const yajl_callbacks callbacks = {
  .yajl_null = on_other,
  .yajl_boolean = on_boolean,
  .yajl_number = on_number,
  .yajl_string = on_string,
  .yajl_start_map = on_start_map,
  .yajl_map_key = on_key,
  .yajl_end_map = on_end,
  .yajl_start_array = on_start_array,
  .yajl_end_array = on_end,
};

/**
 * kp_registry_parse_code_list:
 * @func: called for each item with its id and Czech name (or %NULL)
 *
 * Returns: %FALSE with @error set when the file is not a code list or @func failed
 */
gboolean
kp_registry_parse_code_list (const guint8      *data,
                             gsize              length,
                             const char        *display_name,
                             KpRegistryCodeFunc func,
                             gpointer           user_data,
                             GError           **error)
{
  Reader      reader = { display_name, func, user_data };
  yajl_handle handle = yajl_alloc (&callbacks, NULL, &reader);
  yajl_status status;
  gboolean    ok = TRUE;

  if (length > 16 * 1024 * 1024)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s is too large to be an MPSV code list"), display_name);
      yajl_free (handle);
      return FALSE;
    }
  status = yajl_parse (handle, data, length);
  if (status == yajl_status_ok)
    status = yajl_complete_parse (handle);
  if (status != yajl_status_ok)
    {
      ok = FALSE;
      if (reader.error != NULL)
        g_propagate_error (error, g_steal_pointer (&reader.error));
      else
        {
          unsigned char *message = yajl_get_error (handle, 0, data, length);

          g_strstrip ((char *) message);
          g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                       _ ("%s: invalid JSON: %s"), display_name, (const char *) message);
          yajl_free_error (handle, message);
        }
    }
  else if (reader.items_depth == 0)
    {
      ok = FALSE;
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s has no list “polozky”; it is not an MPSV code list"), display_name);
    }
  g_free (reader.id);
  g_free (reader.name);
  yajl_free (handle);
  return ok;
}
