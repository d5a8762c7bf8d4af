/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-cli-private.h"
#include "kp-czech.h"
#include "kp-project-territory.h"

/* komplan-cli project territory: adding obce to a project's territory and removing them. */

typedef struct
{
  GMainLoop         *loop;
  KpTerritoryChange *change;
  GError            *error;
} ChangeRun;

/* "568414, 568422;568431" → { "568414", "568422", "568431" } */
static char **
split_codes (const char *text)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) parts = NULL;

  if (text == NULL)
    return g_strv_builder_end (builder);
  parts = g_strsplit_set (text, ",; \t\n", -1);
  for (int i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0')
      g_strv_builder_add (builder, parts[i]);
  return g_strv_builder_end (builder);
}

static void
on_change_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ChangeRun *run = user_data;

  run->change = kp_project_change_territory_finish (KP_PROJECT (source), result, &run->error);
  g_main_loop_quit (run->loop);
}

/* The change runs as a job in core's worker thread; this thread waits for it. */
static KpTerritoryChange *
change_territory (KpProject         *project,
                  KpLibrary         *library,
                  const char *const *add,
                  const char *const *remove,
                  GError           **error)
{
  g_autoptr (GMainContext) context = g_main_context_new ();
  g_autoptr (GMainLoop) loop = g_main_loop_new (context, FALSE);
  ChangeRun run = { loop, NULL, NULL };

  g_main_context_push_thread_default (context);
  kp_project_change_territory_async (project, library, add, remove, NULL, NULL,
                                     on_change_done_cb, &run);
  g_main_loop_run (loop);
  g_main_context_pop_thread_default (context);
  if (run.change == NULL)
    g_propagate_error (error, run.error);
  return run.change;
}

static void
print_change (KpProject         *project,
              KpTerritoryChange *change)
{
  g_autofree char *obce = kp_czech_format_int (change->obce);
  guint            n_services = change->services_removed->len;

  if (change->added == 0 && change->removed == 0)
    {
      g_print (_ ("%s: the territory is unchanged\n"), kp_project_get_territory_name (project));
      return;
    }
  /* Translators: the territory's name, then e.g. "12 obce" */
  g_print (g_dngettext (GETTEXT_PACKAGE, "%s: %s obec\n", "%s: %s obce\n", change->obce),
           kp_project_get_territory_name (project), obce);
  if (change->added > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "  %d obec added\n", "  %d obce added\n",
                          change->added),
             change->added);
  if (change->removed > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "  %d obec removed\n", "  %d obce removed\n",
                          change->removed),
             change->removed);
  if (n_services > 0)
    {
      g_print (g_dngettext (GETTEXT_PACKAGE, "  %u service removed with its local data:\n",
                            "  %u services removed with their local data:\n", n_services),
               n_services);
      for (guint i = 0; i < n_services; i++)
        g_print ("    %s\n", (const char *) g_ptr_array_index (change->services_removed, i));
    }
  if (change->scope_entries_removed > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "  %d entry of services’ territorial scope removed\n",
                          "  %d entries of services’ territorial scope removed\n",
                          change->scope_entries_removed),
             change->scope_entries_removed);
}

/**
 * kp_cli_project_territory:
 *
 * komplan-cli project territory [--reference DB] [--add CODES] [--remove CODES] FILE.komplan
 */
gboolean
kp_cli_project_territory (const KpCliOptions *options,
                          GError            **error)
{
  g_autoptr (KpProject) project = NULL;
  g_autoptr (KpLibrary) library = NULL;
  g_autoptr (KpTerritoryChange) change = NULL;
  g_auto (GStrv) add = split_codes (options->add);
  g_auto (GStrv) remove = split_codes (options->remove);

  if (options->args == NULL || options->args[0] == NULL || options->args[1] != NULL)
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
                   _ ("“project territory” needs exactly one FILE.komplan (see “komplan-cli "
                      "project territory --help”)"));
      return FALSE;
    }
  /* Opened first, as every command opens a project. */
  project = kp_project_open (options->args[0], error);
  if (project == NULL)
    return FALSE;
  if (add[0] == NULL && remove[0] == NULL)
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
                   _ ("“project territory” needs --add or --remove with obec codes (see "
                      "“komplan-cli project territory --help”)"));
      return FALSE;
    }
  library = kp_cli_open_library (options, TRUE, error);
  if (library == NULL)
    return FALSE;
  change = change_territory (project, library, (const char *const *) add,
                             (const char *const *) remove, error);
  if (change == NULL)
    return FALSE;
  print_change (project, change);
  return TRUE;
}
