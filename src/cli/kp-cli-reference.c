/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-cli-private.h"
#include "kp-czech.h"

#include <glib-unix.h>
#include <signal.h>
#include <unistd.h>

/* komplan-cli reference import | info | undo */

typedef struct
{
  GMainLoop         *loop;
  GCancellable      *cancellable;
  KpLibrary         *library;
  const char *const *paths;
  KpImportFlags      flags;
  KpProgress        *progress;
  GPtrArray         *records;
  GError            *error;
  char              *progress_line; /* the last one written, to skip repeats */
} ImportRun;

static void
on_progress_notify_cb (KpProgress *progress,
                       GParamSpec *pspec,
                       ImportRun  *run)
{
  g_autofree char *message = kp_progress_dup_message (progress);
  int              percent = (int) (kp_progress_get_fraction (progress) * 100.0 + 0.5);
  g_autofree char *line = g_strdup_printf ("%s %d %%", message != NULL ? message : "", percent);

  if (g_strcmp0 (line, run->progress_line) == 0)
    return;
  /* Carriage return and "erase line": the progress line is rewritten in place. */
  g_printerr ("\r\033[K%s", line);
  g_free (run->progress_line);
  run->progress_line = g_steal_pointer (&line);
}

static gboolean
on_interrupt_cb (gpointer user_data)
{
  ImportRun *run = user_data;

  g_cancellable_cancel (run->cancellable);
  return G_SOURCE_CONTINUE;
}

static gboolean
quit_loop (gpointer user_data)
{
  ImportRun *run = user_data;

  g_main_loop_quit (run->loop);
  return G_SOURCE_REMOVE;
}

static gpointer
import_thread (gpointer user_data)
{
  ImportRun *run = user_data;

  run->records = kp_library_import_files_full (run->library, run->paths, run->flags,
                                               run->progress, run->cancellable, &run->error);
  g_main_context_invoke (g_main_loop_get_context (run->loop), quit_loop, run);
  return NULL;
}

/* Runs the import in a thread of its own while this thread shows the progress on a
 * terminal and turns Ctrl+C into a clean cancel (the transaction is rolled back). The
 * thread is joined, so that nothing of the import outlives the command: the library's
 * connections are closed, and its WAL written into the file, before the process exits. */
static GPtrArray *
import_files (KpLibrary         *library,
              const char *const *paths,
              KpImportFlags      flags,
              GError           **error)
{
  g_autoptr (GMainContext) context = g_main_context_new ();
  g_autoptr (GMainLoop) loop = g_main_loop_new (context, FALSE);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (KpProgress) progress = NULL;
  g_autoptr (GSource) interrupt = NULL;
  ImportRun run = { loop, cancellable, library, paths, flags, NULL, NULL, NULL, NULL };
  GThread  *thread;

  g_main_context_push_thread_default (context);

  if (isatty (STDERR_FILENO))
    {
      progress = kp_progress_new ();
      g_signal_connect (progress, "notify::fraction", G_CALLBACK (on_progress_notify_cb), &run);
    }
  interrupt = g_unix_signal_source_new (SIGINT);
  g_source_set_callback (interrupt, on_interrupt_cb, &run, NULL);
  g_source_attach (interrupt, context);

  run.progress = progress;
  thread = g_thread_new ("kp-cli-import", import_thread, &run);
  g_main_loop_run (loop);
  g_thread_join (thread);

  g_source_destroy (interrupt);
  if (progress != NULL)
    g_signal_handlers_disconnect_by_data (progress, &run);
  if (run.progress_line != NULL)
    g_printerr ("\r\033[K");
  g_free (run.progress_line);
  g_main_context_pop_thread_default (context);

  if (run.records == NULL)
    {
      g_propagate_error (error, run.error);
      return NULL;
    }
  return run.records;
}

/**
 * kp_cli_reference_import:
 *
 * komplan-cli reference import [--reference DB] FILE…
 */
gboolean
kp_cli_reference_import (const KpCliOptions *options,
                         GError            **error)
{
  g_autoptr (KpLibrary) library = NULL;
  g_autoptr (GPtrArray) records = NULL;

  if (options->args == NULL || options->args[0] == NULL)
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
                   _ ("“reference import” needs at least one FILE (see “komplan-cli reference "
                      "import --help”)"));
      return FALSE;
    }
  if (!kp_cli_check_files (options->args, error))
    return FALSE;

  library = kp_cli_open_library (options, FALSE, error);
  if (library == NULL)
    return FALSE;
  records = import_files (library, (const char *const *) options->args,
                          options->force ? KP_IMPORT_FLAGS_FORCE : KP_IMPORT_FLAGS_NONE, error);
  if (records == NULL)
    {
      kp_cli_explain_force (error);
      return FALSE;
    }
  kp_cli_print_import_records (records, 0);
  return TRUE;
}

/**
 * kp_cli_reference_undo:
 *
 * komplan-cli reference undo [--reference DB]
 */
gboolean
kp_cli_reference_undo (const KpCliOptions *options,
                       GError            **error)
{
  g_autoptr (KpLibrary) library = NULL;
  g_autoptr (GPtrArray) records = NULL;
  g_autofree char *path = NULL;
  guint            n;

  if (options->args != NULL && options->args[0] != NULL)
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
                   _ ("“reference undo” takes no arguments, but “%s” was given (see "
                      "“komplan-cli reference undo --help”)"),
                   options->args[0]);
      return FALSE;
    }
  /* A library whose first import was undone holds nothing, yet is there: it says that
   * there is nothing to undo. */
  path = kp_cli_get_reference_path (options);
  library = kp_cli_open_library (options, !g_file_test (path, G_FILE_TEST_EXISTS), error);
  if (library == NULL)
    return FALSE;
  records = kp_library_undo_last_import (library, error);
  if (records == NULL)
    return FALSE;
  n = records->len;
  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "The last import was undone; the reference library is as it was "
                        "before it. The import of %u file was taken back:\n",
                        "The last import was undone; the reference library is as it was "
                        "before it. The import of %u files was taken back:\n",
                        n),
           n);
  kp_cli_print_import_records (records, 2);
  return TRUE;
}

static gboolean
print_info_json (KpLibrary             *library,
                 const KpLibraryCounts *counts,
                 GPtrArray             *imports,
                 GError               **error)
{
  g_autoptr (KpCliJson) json = kp_cli_json_new ();
  g_autofree char *absolute = g_canonicalize_filename (kp_library_get_path (library), NULL);
  g_autofree char *path = g_filename_display_name (absolute);

  kp_cli_json_begin_object (json);
  kp_cli_json_key (json, "reference");
  kp_cli_json_string (json, path);
  kp_cli_json_key (json, "ready");
  kp_cli_json_bool (json, kp_library_is_ready (library));
  kp_cli_json_key (json, "kraje");
  kp_cli_json_int (json, counts->kraje);
  kp_cli_json_key (json, "okresy");
  kp_cli_json_int (json, counts->okresy);
  kp_cli_json_key (json, "orp");
  kp_cli_json_int (json, counts->orp);
  kp_cli_json_key (json, "pou");
  kp_cli_json_int (json, counts->pou);
  kp_cli_json_key (json, "obce");
  kp_cli_json_int (json, counts->obce);
  kp_cli_json_key (json, "obce_with_population");
  kp_cli_json_int (json, counts->obce_with_population);
  kp_cli_json_key (json, "population");
  kp_cli_json_int (json, counts->population);
  kp_cli_json_key (json, "population_date");
  kp_cli_json_string (json, counts->population_date);
  kp_cli_json_key (json, "boundaries_obce");
  kp_cli_json_int (json, counts->boundaries_obce);
  kp_cli_json_key (json, "boundaries_orp");
  kp_cli_json_int (json, counts->boundaries_orp);
  kp_cli_json_key (json, "boundaries_kraje");
  kp_cli_json_int (json, counts->boundaries_kraje);
  kp_cli_json_key (json, "imports");
  kp_cli_json_begin_array (json);
  for (guint i = 0; i < imports->len; i++)
    kp_cli_json_import_record (json, g_ptr_array_index (imports, i));
  kp_cli_json_end_array (json);
  kp_cli_json_end_object (json);
  return kp_cli_json_print (json, error);
}

static void
print_info_text (KpLibrary             *library,
                 const KpLibraryCounts *counts,
                 GPtrArray             *imports)
{
  g_autoptr (KpCliFields) fields = kp_cli_fields_new ();
  g_autofree char *path = g_filename_display_name (kp_library_get_path (library));
  char            *population = kp_czech_format_int (counts->population);

  if (counts->population_date != NULL)
    {
      g_autofree char *number = population;
      g_autofree char *date = kp_czech_format_date (counts->population_date);

      /* Translators: population and its date, e.g. "10 701 777 (31. 12. 2020)" */
      population = g_strdup_printf (_ ("%s (%s)"), number, date);
    }

  kp_cli_fields_add (fields, _ ("Reference library"), path);
  kp_cli_fields_add (fields, _ ("Complete"),
                     kp_library_is_ready (library) ? _ ("yes")
                                                   : _ ("no, import the missing files"));
  kp_cli_fields_take (fields, _ ("Kraje"), kp_czech_format_int (counts->kraje));
  kp_cli_fields_take (fields, _ ("Okresy"), kp_czech_format_int (counts->okresy));
  kp_cli_fields_take (fields, _ ("ORP"), kp_czech_format_int (counts->orp));
  kp_cli_fields_take (fields, _ ("POU"), kp_czech_format_int (counts->pou));
  kp_cli_fields_take (fields, _ ("Obce"), kp_czech_format_int (counts->obce));
  kp_cli_fields_take (fields, _ ("Obce with population"),
                      kp_czech_format_int (counts->obce_with_population));
  kp_cli_fields_take (fields, _ ("Population"), population);
  kp_cli_fields_take (fields, _ ("Obce with a boundary"),
                      kp_czech_format_int (counts->boundaries_obce));
  kp_cli_fields_take (fields, _ ("ORP with a boundary"), kp_czech_format_int (counts->boundaries_orp));
  kp_cli_fields_take (fields, _ ("Kraje with a boundary"),
                      kp_czech_format_int (counts->boundaries_kraje));
  kp_cli_fields_print (fields, 0);

  g_print ("\n%s\n", _ ("Imports:"));
  if (imports->len == 0)
    g_print ("  %s\n", _ ("none"));
  for (guint i = 0; i < imports->len; i++)
    {
      KpImportRecord *record = g_ptr_array_index (imports, i);
      g_autoptr (KpCliFields) import_fields = kp_cli_fields_new ();

      g_print ("%s  %s\n", i > 0 ? "\n" : "", kp_reference_kind_get_label (record->kind));
      kp_cli_fields_add (import_fields, _ ("File"), record->source_name);
      kp_cli_fields_take (import_fields, _ ("Data date"),
                          record->data_date != NULL ? kp_czech_format_date (record->data_date)
                                                    : NULL);
      kp_cli_fields_take (import_fields, _ ("Rows"), kp_czech_format_int (record->row_count));
      kp_cli_fields_take (import_fields, _ ("Imported"),
                          kp_cli_format_timestamp (record->imported_at));
      kp_cli_fields_add (import_fields, _ ("SHA-256"), record->sha256);
      kp_cli_fields_print (import_fields, 4);
    }
}

/**
 * kp_cli_reference_info:
 *
 * komplan-cli reference info [--reference DB] [--json]
 */
gboolean
kp_cli_reference_info (const KpCliOptions *options,
                       GError            **error)
{
  g_autoptr (KpLibrary) library = NULL;
  g_autoptr (GPtrArray) imports = NULL;
  KpLibraryCounts counts = { 0 };
  gboolean        ok;

  if (options->args != NULL && options->args[0] != NULL)
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
                   _ ("“reference info” takes no arguments, but “%s” was given (see "
                      "“komplan-cli reference info --help”)"),
                   options->args[0]);
      return FALSE;
    }

  library = kp_cli_open_library (options, TRUE, error);
  if (library == NULL)
    return FALSE;
  if (!kp_library_get_counts (library, &counts, error))
    return FALSE;
  imports = kp_library_list_imports (library, error);
  if (imports == NULL)
    {
      kp_library_counts_clear (&counts);
      return FALSE;
    }

  ok = TRUE;
  if (options->json)
    ok = print_info_json (library, &counts, imports, error);
  else
    print_info_text (library, &counts, imports);
  kp_library_counts_clear (&counts);
  return ok;
}
