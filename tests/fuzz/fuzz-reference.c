/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "fuzz-common.h"
#include "kp-import-private.h"

/* libFuzzer entry point for the whole reference import of any one file (README.md).
 * A library with the small fictional territory of tests/data/cli/ (code lists, obce,
 * population) is made once; for every input a copy of it takes the input through the
 * public import entry, as a file named after its look: an xlsx workbook, JSON (boundaries
 * or the registry) or CSV (RÚIAN). An import the shrink guard refuses is forced; every
 * import that succeeds is undone. A crash, a leak or a message that is not valid UTF-8 or
 * is too long is a finding; so is an undo that fails. */

static char   *work_dir;
static char   *template_path;
static GBytes *template_bytes;

static const char *const template_files[] = {
  "kraje.csv",
  "okresy.csv",
  "orp.csv",
  "pou.csv",
  "ciselnik_CSU.csv",
  "UI_OBEC.csv",
  "2020_vek_do_999.xlsx",
};

static void
remove_library (const char *path)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static void
make_template (void)
{
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize            length;

  work_dir = g_dir_make_tmp ("kp-fuzz-reference-XXXXXX", &error);
  g_assert_no_error (error);
  template_path = g_build_filename (work_dir, "template.sqlite", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (template_files); i++)
    g_ptr_array_add (paths, g_build_filename (KP_FUZZ_DATA_DIR, "cli", template_files[i], NULL));
  g_ptr_array_add (paths, NULL);
  records = kp_import_run (template_path, (const char *const *) paths->pdata,
                           KP_IMPORT_FLAGS_NONE, NULL, NULL, &error);
  g_assert_no_error (error);
  /* the last connection is closed: the file holds everything, without a WAL */
  g_assert_true (g_file_get_contents (template_path, &contents, &length, &error));
  template_bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
}

static const char *
name_for (const uint8_t *data,
          size_t         size)
{
  if (size >= 2 && data[0] == 'P' && data[1] == 'K')
    return "2021_vek_do_999.xlsx";
  for (size_t i = 0; i < size; i++)
    {
      if (data[i] == '{' || data[i] == '[')
        return "data.json";
      if (data[i] != ' ' && data[i] != '\n' && data[i] != '\r' && data[i] != '\t' &&
          data[i] != 0xEF && data[i] != 0xBB && data[i] != 0xBF)
        break;
    }
  return "UI_OBEC.csv";
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *library = NULL;
  g_autofree char *input = NULL;
  const char      *paths[2] = { NULL, NULL };
  GError          *error = NULL;
  GPtrArray       *records;
  FILE            *file;

  if (template_bytes == NULL)
    make_template ();
  library = g_build_filename (work_dir, "library.sqlite", NULL);
  input = g_build_filename (work_dir, name_for (data, size), NULL);
  remove_library (library);
  g_assert_true (g_file_set_contents (library, g_bytes_get_data (template_bytes, NULL),
                                      (gssize) g_bytes_get_size (template_bytes), NULL));
  file = g_fopen (input, "wb");
  g_assert (file != NULL);
  if (size > 0 && fwrite (data, 1, size, file) != size)
    g_error ("cannot write the input");
  fclose (file);

  paths[0] = input;
  records = kp_import_run (library, paths, KP_IMPORT_FLAGS_NONE, NULL, NULL, &error);
  if (records == NULL && g_error_matches (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_CHANGED))
    {
      kp_fuzz_check_error (error);
      error = NULL;
      records = kp_import_run (library, paths, KP_IMPORT_FLAGS_FORCE, NULL, NULL, &error);
    }
  kp_fuzz_check_error (error);
  error = NULL;
  if (records != NULL)
    {
      gboolean changed = FALSE;

      for (guint i = 0; i < records->len; i++)
        {
          KpImportRecord *record = g_ptr_array_index (records, i);

          kp_fuzz_check_text (record->note);
          changed = changed || !record->unchanged;
        }
      g_ptr_array_unref (records);
      if (changed)
        {
          records = kp_import_undo_run (library, &error);
          if (records == NULL)
            g_error ("the undo of an import failed: %s", error->message);
          g_ptr_array_unref (records);
        }
    }
  g_unlink (input);
  remove_library (library);
  return 0;
}
