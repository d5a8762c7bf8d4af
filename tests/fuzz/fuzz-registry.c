/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>
#include <stdio.h>

#include "kp-import-private.h"
#include "kp-registry-private.h"

/* libFuzzer entry point for the registry importer. Each input goes through the streaming
 * reader; when it reads without an error, it is also written as rpss.json and imported into
 * a new in-memory library (checks, normalisation, SQLite), which is slower. The same bytes
 * also go through the MPSV code-list reader. Any outcome but a crash, a leak or an error
 * message that is not UTF-8 is fine. See README.md. */

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static char *input_path;

static gboolean
on_code (const char *id,
         const char *name,
         guint       index,
         gpointer    user_data,
         GError    **error)
{
  return g_utf8_validate (id, -1, NULL) && (name == NULL || g_utf8_validate (name, -1, NULL));
}

static gboolean
on_service (KpRegistryService *service,
            gpointer           user_data,
            GError           **error)
{
  return TRUE;
}

static void
check_error (GError *error)
{
  if (error == NULL)
    return;
  if (!g_utf8_validate (error->message, -1, NULL))
    g_error ("an error message is not valid UTF-8");
  g_error_free (error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char       *paths[2] = { NULL, NULL };
  GError           *error = NULL;
  GPtrArray        *records;
  FILE             *file;
  gboolean          parsed;
  KpRegistryParser *parser = kp_registry_parser_new ("rpss.json", on_service, NULL);

  parsed = kp_registry_parser_parse_all (parser, data, size, NULL, &error);
  kp_registry_parser_free (parser);
  check_error (error);
  error = NULL;
  kp_registry_parse_code_list (data, size, "druhy-socialni-sluzby.json", on_code, NULL, &error);
  check_error (error);
  error = NULL;
  if (!parsed)
    return 0;

  if (input_path == NULL)
    {
      char *dir = g_dir_make_tmp ("kp-fuzz-XXXXXX", NULL);

      g_assert (dir != NULL);
      input_path = g_build_filename (dir, "rpss.json", NULL);
      g_free (dir);
    }
  file = g_fopen (input_path, "wb");
  g_assert (file != NULL);
  if (size > 0 && fwrite (data, 1, size, file) != size)
    g_error ("cannot write the input");
  fclose (file);

  /* ":memory:": a new, empty library for every input. */
  paths[0] = input_path;
  records = kp_import_run (":memory:", paths, KP_IMPORT_FLAGS_NONE, NULL, NULL, &error);
  if (records != NULL)
    g_ptr_array_unref (records);
  check_error (error);
  return 0;
}
