/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-cli-private.h"
#include "kp-czech.h"
#include "kp-service-network.h"

/* komplan-cli project import-registry, and the services and capacity lines that
 * project info shows. */

static const char *
change_label (KpRegistryChangeKind kind)
{
  switch (kind)
    {
    case KP_REGISTRY_CHANGE_NEW:
      /* Translators: a service new in the registry; a column of a short list */
      return C_ ("registry change", "new");
    case KP_REGISTRY_CHANGE_CHANGED:
      return C_ ("registry change", "changed");
    case KP_REGISTRY_CHANGE_ENDED:
    default:
      return C_ ("registry change", "ended");
    }
}

/* "rpss.json: 6 733 services, 18 907 facilities (676 without an address point); since the
 * previous import 12 new, 3 changed, 1 ended" */
static void
print_library_report (const KpImportRecord   *record,
                      const KpRegistryReport *report)
{
  g_autofree char *services = kp_czech_format_int (report->services);
  g_autofree char *facilities = kp_czech_format_int (report->facilities);
  g_autofree char *without = kp_czech_format_int (report->facilities_without_point);

  if (record->unchanged)
    {
      /* Translators: %s is a file name */
      g_print (_ ("%s: unchanged since it was last imported\n"), record->source_name);
      return;
    }
  /* Translators: file name, numbers of services, facilities and facilities without a RÚIAN
   * address point */
  g_print (_ ("%s: %s services, %s facilities (%s without an address point)\n"),
           record->source_name, services, facilities, without);
  if (report->import_id > 1)
    /* Translators: counts of services new, changed and ended since the previous import */
    g_print (_ ("Since the previous import: %u new, %u changed, %u ended\n"),
             report->new_services, report->changed_services, report->ended_services);
}

static void
print_refresh (KpProject               *project,
               const KpServicesRefresh *refresh)
{
  /* Translators: project name, then counts of its registered services */
  g_print (_ ("%s: %u registered services in the territory, %u active; %u new, %u changed, "
              "%u ended\n"),
           kp_project_get_name (project), refresh->services,
           kp_service_network_count_active_services (kp_service_network_get (project)),
           refresh->new_services, refresh->changed_services, refresh->ended_services);
  for (guint i = 0; i < refresh->changes->len; i++)
    {
      KpRegistryChange *change = g_ptr_array_index (refresh->changes, i);
      g_autofree char  *label = kp_cli_pad (change_label (change->kind), 8, FALSE);

      g_print ("  %s %s  %s\n", label, change->identifikator,
               change->name != NULL ? change->name : "");
    }
}

typedef struct
{
  GMainLoop         *loop;
  KpServicesRefresh *refresh;
  GError            *error;
} RefreshRun;

static void
on_refresh_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  RefreshRun *run = user_data;

  run->refresh = kp_service_network_refresh_finish (KP_SERVICE_NETWORK (source), result,
                                                    &run->error);
  g_main_loop_quit (run->loop);
}

/* The refresh runs as a job in core's worker thread; this thread waits for it. */
static KpServicesRefresh *
refresh_services (KpProject *project,
                  KpLibrary *library,
                  GError   **error)
{
  g_autoptr (GMainContext) context = g_main_context_new ();
  g_autoptr (GMainLoop) loop = g_main_loop_new (context, FALSE);
  RefreshRun run = { loop, NULL, NULL };

  g_main_context_push_thread_default (context);
  kp_service_network_refresh_async (kp_service_network_get (project), library, NULL, NULL,
                                    on_refresh_done_cb, &run);
  g_main_loop_run (loop);
  g_main_context_pop_thread_default (context);
  if (run.refresh == NULL)
    g_propagate_error (error, run.error);
  return run.refresh;
}

static KpImportRecord *
find_registry_record (GPtrArray *records)
{
  for (guint i = 0; i < records->len; i++)
    {
      KpImportRecord *record = g_ptr_array_index (records, i);

      if (record->kind == KP_REFERENCE_KIND_REGISTRY)
        return record;
    }
  return NULL;
}

/**
 * kp_cli_project_import_registry:
 *
 * komplan-cli project import-registry [--reference DB] FILE.komplan rpss.json [CODES.json…]
 */
gboolean
kp_cli_project_import_registry (const KpCliOptions *options,
                                GError            **error)
{
  g_autoptr (KpLibrary) library = NULL;
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (KpRegistryReport) report = NULL;
  g_autoptr (KpProject) project = NULL;
  g_autoptr (KpServicesRefresh) refresh = NULL;
  g_autoptr (GError) local_error = NULL;
  KpImportRecord *record;
  const char     *path;

  if (options->args == NULL || options->args[0] == NULL || options->args[1] == NULL)
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
                   _ ("“project import-registry” needs a FILE.komplan and the registry file "
                      "rpss.json (see “komplan-cli project import-registry --help”)"));
      return FALSE;
    }
  path = options->args[0];

  /* Opened first, as every command opens a project: a file that is not a project fails
   * before anything is imported. */
  project = kp_project_open (path, error);
  if (project == NULL || !kp_cli_check_files (options->args + 1, error))
    return FALSE;
  library = kp_cli_open_library (options, FALSE, error);
  if (library == NULL)
    return FALSE;
  records = kp_library_import_files_full (library, (const char *const *) options->args + 1,
                                          options->force ? KP_IMPORT_FLAGS_FORCE
                                                         : KP_IMPORT_FLAGS_NONE,
                                          NULL, NULL, error);
  if (records == NULL)
    {
      kp_cli_explain_force (error);
      return FALSE;
    }
  record = find_registry_record (records);
  if (record == NULL)
    {
      g_autofree char *display = g_filename_display_basename (options->args[1]);

      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
                   _ ("None of the files is the registry of social services (rpss.json); “%s” "
                      "is another reference file"),
                   display);
      return FALSE;
    }
  report = kp_library_get_registry_report (library, 0, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (report != NULL)
    print_library_report (record, report);

  refresh = refresh_services (project, library, error);
  if (refresh == NULL)
    return FALSE;
  print_refresh (project, refresh);
  return TRUE;
}

/**
 * kp_cli_registry_write_json:
 *
 * Adds "services" (active registered services in the territory) and "capacity" (their
 * registered capacity by unit, keyed by kp_capacity_unit_get_key()) to the object being
 * written.
 */
void
kp_cli_registry_write_json (KpCliJson *json,
                            KpProject *project)
{
  KpServiceNetwork *network = kp_service_network_get (project);
  g_autoptr (GPtrArray) totals = kp_service_network_get_capacity_totals (network, NULL, NULL,
                                                                         KP_CAPACITY_BY_UNIT);

  kp_cli_json_key (json, "services");
  kp_cli_json_int (json, kp_service_network_count_active_services (network));
  kp_cli_json_key (json, "capacity");
  kp_cli_json_begin_object (json);
  for (guint i = 0; i < totals->len; i++)
    {
      KpCapacityTotal *total = g_ptr_array_index (totals, i);
      KpCapacityUnit   unit;

      kp_cli_json_key (json, kp_capacity_unit_from_code (total->unit, &unit)
                                 ? kp_capacity_unit_get_key (unit)
                                 : total->unit);
      kp_cli_json_int (json, total->total);
    }
  kp_cli_json_end_object (json);
}

/* "Services: 12", "Capacity: 40 beds, 120 clients" */
void
kp_cli_registry_add_fields (KpCliFields *fields,
                            KpProject   *project)
{
  KpServiceNetwork *network = kp_service_network_get (project);
  g_autoptr (GPtrArray) totals = kp_service_network_get_capacity_totals (network, NULL, NULL,
                                                                         KP_CAPACITY_BY_UNIT);
  GString *capacity = g_string_new (NULL);

  kp_cli_fields_take (fields, _ ("Registered services"),
                      kp_czech_format_int (kp_service_network_count_active_services (network)));
  for (guint i = 0; i < totals->len; i++)
    {
      KpCapacityTotal *total = g_ptr_array_index (totals, i);
      g_autofree char *text = kp_capacity_unit_format_code (total->unit, total->total);

      if (capacity->len > 0)
        g_string_append (capacity, ", ");
      g_string_append (capacity, text);
    }
  if (capacity->len == 0)
    g_string_append (capacity, _ ("none"));
  kp_cli_fields_take (fields, _ ("Registered capacity"), g_string_free (capacity, FALSE));
}
