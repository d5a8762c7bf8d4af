/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-cli.h"
#include "kp-cli-commands.h"
#include "kp-error.h"

#include <errno.h>

/* komplan-cli GROUP COMMAND [OPTION…] [ARGUMENT…]: help and dispatch, driven by the tables
 * of kp-cli-commands.c, so parsing, the per-command help and the overview all come from
 * one place. */

#define HELP_WIDTH 79

G_DEFINE_QUARK (kp - cli - error - quark, kp_cli_error)

/* Help text. */

static void
wrap_text (GString    *out,
           const char *text,
           int         indent,
           int         first_column)
{
  g_auto (GStrv) words = g_strsplit (text, " ", -1);
  int column = first_column;

  if (column < indent)
    {
      g_string_append_printf (out, "%*s", indent - column, "");
      column = indent;
    }
  for (int i = 0; words[i] != NULL; i++)
    {
      int width = kp_cli_text_width (words[i]);

      if (words[i][0] == '\0')
        continue;
      if (column > indent && column + 1 + width > HELP_WIDTH)
        {
          g_string_append_printf (out, "\n%*s", indent, "");
          column = indent;
        }
      else if (column > indent)
        {
          g_string_append_c (out, ' ');
          column++;
        }
      g_string_append (out, words[i]);
      column += width;
    }
  g_string_append_c (out, '\n');
}

static char *
option_synopsis (OptionId id)
{
  const OptionDef *def = &kp_cli_option_defs[id];
  GString         *out = g_string_new (NULL);

  if (def->short_name != 0)
    g_string_append_printf (out, "-%c, ", def->short_name);
  else
    g_string_append (out, "    ");
  g_string_append_printf (out, "--%s", def->long_name);
  if (def->arg_description != NULL)
    g_string_append_printf (out, "=%s", _ (def->arg_description));
  return g_string_free (out, FALSE);
}

static void
append_options (GString       *out,
                const Command *command,
                int            indent,
                gboolean       with_help)
{
  int column_width = 0;

  for (int i = 0; command->options[i] != OPT_END; i++)
    {
      g_autofree char *synopsis = option_synopsis (command->options[i]);

      column_width = MAX (column_width, kp_cli_text_width (synopsis));
    }
  column_width = MIN (column_width, 28);

  for (int i = 0; command->options[i] != OPT_END; i++)
    {
      OptionId         id = command->options[i];
      g_autofree char *synopsis = option_synopsis (id);
      int              width = kp_cli_text_width (synopsis);
      int              text_column = indent + column_width + 3;

      if (id == OPT_HELP && !with_help)
        continue;
      g_string_append_printf (out, "%*s%s", indent, "", synopsis);
      if (width > column_width)
        {
          g_string_append_c (out, '\n');
          wrap_text (out, _ (kp_cli_option_defs[id].description), text_column, 0);
        }
      else
        wrap_text (out, _ (kp_cli_option_defs[id].description), text_column, indent + width);
    }
}

static void
append_command_usage (GString       *out,
                      const Command *command)
{
  g_string_append_printf (out, "komplan-cli %s %s %s", command->group, command->name,
                          _ ("[OPTION…]"));
  if (command->parameters != NULL)
    g_string_append_printf (out, " %s", _ (command->parameters));
}

static char *
command_help (const Command *command)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%s\n  ", _ ("Usage:"));
  append_command_usage (out, command);
  g_string_append (out, "\n\n");
  wrap_text (out, _ (command->summary), 0, 0);
  g_string_append_printf (out, "\n%s\n", _ ("Options:"));
  append_options (out, command, 2, TRUE);
  g_string_append_c (out, '\n');
  wrap_text (out, _ (command->description), 0, 0);
  return g_string_free (out, FALSE);
}

static char *
overview_help (const char *only_group)
{
  GString         *out = g_string_new (NULL);
  g_autofree char *default_path = kp_library_get_default_path ();

  g_string_append_printf (out, "%s\n", _ ("Usage:"));
  if (only_group == NULL)
    g_string_append_printf (out, "  komplan-cli %s\n\n", _ ("COMMAND [OPTION…] [ARGUMENT…]"));
  else
    g_string_append_printf (out, "  komplan-cli %s %s\n\n", only_group,
                            _ ("COMMAND [OPTION…] [ARGUMENT…]"));
  if (only_group == NULL)
    wrap_text (out,
               _ ("Komplan’s command-line tool for community planning of social services: "
                  "imports the national reference data and creates and inspects planning "
                  "projects, without the graphical application."),
               0, 0);

  for (gsize g = 0; g < kp_cli_n_groups; g++)
    {
      if (only_group != NULL && g_strcmp0 (only_group, kp_cli_groups[g].name) != 0)
        continue;
      if (only_group == NULL)
        g_string_append_c (out, '\n');
      wrap_text (out, _ (kp_cli_groups[g].summary), 0, 0);
      for (gsize c = 0; c < kp_cli_n_commands; c++)
        {
          const Command *command = &kp_cli_commands[c];

          if (g_strcmp0 (command->group, kp_cli_groups[g].name) != 0)
            continue;
          g_string_append_c (out, '\n');
          g_string_append (out, "  ");
          append_command_usage (out, command);
          g_string_append_c (out, '\n');
          wrap_text (out, _ (command->summary), 6, 0);
          wrap_text (out, _ (command->description), 6, 0);
          g_string_append_c (out, '\n');
          append_options (out, command, 6, FALSE);
        }
    }

  if (only_group == NULL)
    {
      g_string_append_printf (out, "\n%s\n", _ ("Other commands and options:"));
      g_string_append (out, "  komplan-cli help [COMMAND]\n");
      wrap_text (out, _ ("Show this help, or the help of one command."), 6, 0);
      g_string_append (out, "  komplan-cli COMMAND --help\n");
      wrap_text (out, _ ("Show the help of one command."), 6, 0);
      g_string_append (out, "  komplan-cli --version\n");
      wrap_text (out, _ ("Show the version."), 6, 0);

      g_string_append_printf (out, "\n%s\n", _ ("Environment:"));
      g_string_append (out, "  KOMPLAN_REFERENCE\n");
      wrap_text (out, _ ("The reference library to use when --reference is not given."), 6, 0);
      g_string_append_printf (out, "\n%s\n", _ ("Default reference library:"));
      g_string_append_printf (out, "  %s\n", default_path);
      g_string_append_printf (out, "\n%s\n", _ ("Exit status:"));
      wrap_text (out, _ ("0 on success, 1 when the command failed, 2 when the command line is "
                         "wrong. Errors are printed as one line on standard error."),
                 2, 0);
    }
  return g_string_free (out, FALSE);
}

/* Dispatch. */

static const Group *
find_group (const char *name)
{
  for (gsize i = 0; i < kp_cli_n_groups; i++)
    if (g_strcmp0 (kp_cli_groups[i].name, name) == 0)
      return &kp_cli_groups[i];
  return NULL;
}

static const Command *
find_command (const char *group,
              const char *name)
{
  for (gsize i = 0; i < kp_cli_n_commands; i++)
    if (g_strcmp0 (kp_cli_commands[i].group, group) == 0 && g_strcmp0 (kp_cli_commands[i].name, name) == 0)
      return &kp_cli_commands[i];
  return NULL;
}

static char *
list_subcommands (const char *group)
{
  GString *out = g_string_new (NULL);

  for (gsize i = 0; i < kp_cli_n_commands; i++)
    {
      if (g_strcmp0 (kp_cli_commands[i].group, group) != 0)
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, kp_cli_commands[i].name);
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_help_flag (const char *arg)
{
  return g_strcmp0 (arg, "--help") == 0 || g_strcmp0 (arg, "-h") == 0;
}

static void
options_clear (KpCliOptions *options)
{
  g_clear_pointer (&options->reference, g_free);
  g_clear_pointer (&options->name, g_free);
  g_clear_pointer (&options->orp, g_free);
  g_clear_pointer (&options->obce, g_free);
  g_clear_pointer (&options->territory_name, g_free);
  g_clear_pointer (&options->period, g_free);
  g_clear_pointer (&options->indicator, g_free);
  g_clear_pointer (&options->method, g_free);
  g_clear_pointer (&options->size, g_free);
  g_clear_pointer (&options->by, g_free);
  g_clear_pointer (&options->paper, g_free);
  g_clear_pointer (&options->group, g_free);
  g_clear_pointer (&options->format, g_free);
  g_clear_pointer (&options->kind, g_free);
  g_clear_pointer (&options->args, g_strfreev);
}

static gboolean
parse_options (const Command *command,
               int            argc,
               char         **argv,
               KpCliOptions  *options,
               GError       **error)
{
  g_autoptr (GOptionContext) context = g_option_context_new (NULL);
  GOptionEntry entries[MAX_COMMAND_OPTIONS + 2] = { { 0 } };
  g_auto (GStrv) args = g_new0 (char *, argc + 2);
  g_autoptr (GError) local_error = NULL;
  int n = 0;

  for (; command->options[n] != OPT_END; n++)
    {
      const OptionDef *def = &kp_cli_option_defs[command->options[n]];

      entries[n].long_name = def->long_name;
      entries[n].short_name = def->short_name;
      entries[n].arg = def->arg;
      entries[n].arg_data = G_STRUCT_MEMBER_P (options, def->offset);
      entries[n].description = def->description;
      entries[n].arg_description = def->arg_description;
    }
  entries[n].long_name = G_OPTION_REMAINING;
  entries[n].arg = G_OPTION_ARG_FILENAME_ARRAY;
  entries[n].arg_data = &options->args;

  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  args[0] = g_strdup_printf ("komplan-cli %s %s", command->group, command->name);
  for (int i = 0; i < argc; i++)
    args[i + 1] = g_strdup (argv[i]);

  if (!g_option_context_parse_strv (context, &args, &local_error))
    {
      /* Translators: the first %s is GLib's message, e.g. "Unknown option --foo", then the
       * command, e.g. "project new" */
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
                   _ ("%s (see “komplan-cli %s %s --help”)"), local_error->message,
                   command->group, command->name);
      return FALSE;
    }
  return TRUE;
}

static int
exit_status_for (const GError *error)
{
  if (error->domain == KP_CLI_ERROR && error->code == KP_CLI_ERROR_USAGE)
    return 2;
  if (error->domain == G_OPTION_ERROR)
    return 2;
  return 1;
}

/* The one place that prints an error: one line, prefixed with the program name. */
static int
report_error (const GError *error)
{
  g_autofree char *line = g_strdup (error->message);

  g_strdelimit (line, "\r\n", ' ');
  g_strstrip (line);
  g_printerr ("komplan-cli: %s\n", line);
  return exit_status_for (error);
}

static int
report_usage (const char *format,
              ...) G_GNUC_PRINTF (1, 2);

static int
report_usage (const char *format,
              ...)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  va_list          ap;

  va_start (ap, format);
  message = g_strdup_vprintf (format, ap);
  va_end (ap);
  error = g_error_new_literal (KP_CLI_ERROR, KP_CLI_ERROR_USAGE, message);
  return report_error (error);
}

static int
print_help (char *text)
{
  g_print ("%s", text);
  g_free (text);
  return 0;
}

/* "komplan-cli help [GROUP [COMMAND]]" */
static int
run_help (int    argc,
          char **argv)
{
  const Command *command;

  if (argc == 0)
    return print_help (overview_help (NULL));
  if (find_group (argv[0]) == NULL)
    return report_usage (_ ("Unknown command “%s”; run “komplan-cli --help” for the list of "
                            "commands"),
                         argv[0]);
  if (argc == 1)
    return print_help (overview_help (argv[0]));
  command = find_command (argv[0], argv[1]);
  if (command == NULL || argc > 2)
    return report_usage (_ ("Unknown command “%s”; run “komplan-cli --help” for the list of "
                            "commands"),
                         argc > 2 ? argv[2] : argv[1]);
  return print_help (command_help (command));
}

static int
run_command (const Command *command,
             int            argc,
             char         **argv)
{
  KpCliOptions options = { 0 };
  g_autoptr (GError) error = NULL;
  int status = 0;

  if (!parse_options (command, argc, argv, &options, &error))
    status = report_error (error);
  else if (options.help)
    status = print_help (command_help (command));
  else if (!command->func (&options, &error))
    status = report_error (error);
  options_clear (&options);
  return status;
}

/**
 * kp_cli_run:
 *
 * Runs one komplan-cli command. Output goes to stdout, one clear error line to stderr.
 *
 * Returns: the exit status: 0 on success, 1 when the command failed, 2 on a usage error
 */
int
kp_cli_run (int    argc,
            char **argv)
{
  const Command *command;

  if (argc < 2)
    return report_usage (_ ("No command given; run “komplan-cli --help” for the list of "
                            "commands"));
  if (is_help_flag (argv[1]) || g_strcmp0 (argv[1], "help") == 0)
    return run_help (argc - 2, argv + 2);
  if (g_strcmp0 (argv[1], "--version") == 0)
    {
      g_print ("komplan-cli %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (argv[1][0] == '-')
    return report_usage (_ ("Unknown option “%s”; run “komplan-cli --help” for the list of "
                            "commands"),
                         argv[1]);
  if (find_group (argv[1]) == NULL)
    return report_usage (_ ("Unknown command “%s”; run “komplan-cli --help” for the list of "
                            "commands"),
                         argv[1]);
  if (argc < 3)
    {
      g_autofree char *names = list_subcommands (argv[1]);

      return report_usage (_ ("“%s” needs a command: %s; run “komplan-cli %s --help”"),
                           argv[1], names, argv[1]);
    }
  if (is_help_flag (argv[2]))
    return print_help (overview_help (argv[1]));

  command = find_command (argv[1], argv[2]);
  if (command == NULL)
    {
      g_autofree char *names = list_subcommands (argv[1]);

      return report_usage (_ ("Unknown command “%s %s”; the commands of “%s” are: %s"),
                           argv[1], argv[2], argv[1], names);
    }
  return run_command (command, argc - 3, argv + 3);
}

/* Helpers the commands share. */

/**
 * kp_cli_get_reference_path:
 *
 * Returns: the reference library to use: --reference, else $KOMPLAN_REFERENCE, else the
 *   default library in the user data directory
 */
char *
kp_cli_get_reference_path (const KpCliOptions *options)
{
  const char *env = g_getenv ("KOMPLAN_REFERENCE");

  if (options->reference != NULL && options->reference[0] != '\0')
    return g_strdup (options->reference);
  if (env != NULL && env[0] != '\0')
    return g_strdup (env);
  return kp_library_get_default_path ();
}

/* A library that holds no import yet (its first import failed, was killed before it
 * committed, or was undone) is no library either. */
static KpLibrary *
open_existing_library (const char *path,
                       const char *display,
                       GError    **error)
{
  g_autoptr (KpLibrary) library = NULL;
  g_autoptr (GPtrArray) imports = NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      library = kp_library_open (path, error);
      if (library == NULL)
        return NULL;
      imports = kp_library_list_imports (library, error);
      if (imports == NULL)
        return NULL;
      if (imports->len > 0)
        return g_steal_pointer (&library);
    }
  g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_FAILED,
               _ ("There is no reference library at “%s”; import the national files "
                  "first with “komplan-cli reference import FILE…”"),
               display);
  return NULL;
}

/**
 * kp_cli_open_library:
 * @must_exist: refuse to create a new library, or to use one that holds nothing yet
 *
 * Returns: (transfer full): the reference library, or %NULL with @error set
 */
KpLibrary *
kp_cli_open_library (const KpCliOptions *options,
                     gboolean            must_exist,
                     GError            **error)
{
  g_autofree char *path = kp_cli_get_reference_path (options);
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *dir = NULL;

  if (must_exist)
    return open_existing_library (path, display, error);
  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int              saved = errno;
      g_autofree char *dir_display = g_filename_display_name (dir);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _ ("Cannot create the folder “%s”: %s"), dir_display, g_strerror (saved));
      return NULL;
    }
  return kp_library_open (path, error);
}

/**
 * kp_cli_explain_force:
 *
 * Adds to an import refused as %KP_IMPORT_ERROR_CHANGED how to import it anyway.
 */
void
kp_cli_explain_force (GError **error)
{
  g_autofree char *message = NULL;

  if (error == NULL || !g_error_matches (*error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_CHANGED))
    return;
  /* Translators: the first %s says what the import would remove */
  message = g_strdup_printf (_ ("%s Nothing was imported; run the command again with --force "
                                "to import anyway."),
                             (*error)->message);
  g_free ((*error)->message);
  (*error)->message = g_steal_pointer (&message);
}

/**
 * kp_cli_check_files:
 * @paths: the %NULL-terminated paths named on the command line
 *
 * Returns: %TRUE when each is a regular file; else %FALSE with @error naming the first
 *   that is missing or is not a file
 */
gboolean
kp_cli_check_files (char   **paths,
                    GError **error)
{
  for (int i = 0; paths[i] != NULL; i++)
    {
      g_autofree char *display = NULL;

      if (g_file_test (paths[i], G_FILE_TEST_IS_REGULAR))
        continue;
      display = g_filename_display_name (paths[i]);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   g_file_test (paths[i], G_FILE_TEST_EXISTS) ? _ ("“%s” is not a file")
                                                              : _ ("“%s” does not exist"),
                   display);
      return FALSE;
    }
  return TRUE;
}
