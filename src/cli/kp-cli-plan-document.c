/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kp-cli-private.h"
#include "kp-plan-document-builder.h"

/* komplan-cli export plan|action-plan|evaluation|comments [--year N] [--force]
 *   FILE.komplan OUT.pdf|OUT.odt
 *
 * The plan documents (kp-plan-document-builder.h) as a PDF or an ODT, by the extension of
 * OUT; written to a temporary file and renamed, so a failure leaves no half file. */

static gboolean
parse_output (const KpCliOptions *options,
              const char         *command,
              KpDocumentFormat   *out_format,
              GError            **error)
{
  g_autofree char *lower = NULL;
  g_autofree char *display = NULL;

  if (options->args == NULL || g_strv_length (options->args) != 2)
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
                   /* Translators: %s is a command, "export plan" */
                   _ ("“%s” needs FILE.komplan and OUT.pdf or OUT.odt (see “komplan-cli %s "
                      "--help”)"),
                   command, command);
      return FALSE;
    }
  lower = g_ascii_strdown (options->args[1], -1);
  display = g_filename_display_name (options->args[1]);
  if (g_str_has_suffix (lower, ".pdf"))
    *out_format = KP_DOCUMENT_FORMAT_PDF;
  else if (g_str_has_suffix (lower, ".odt"))
    *out_format = KP_DOCUMENT_FORMAT_ODT;
  else
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE, _ ("“%s” must end in .pdf or .odt"),
                   display);
      return FALSE;
    }
  if (!options->force && g_file_test (options->args[1], G_FILE_TEST_EXISTS))
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_FAILED,
                   _ ("“%s” already exists; give --force to replace it"), display);
      return FALSE;
    }
  return TRUE;
}

static gboolean
export_plan_document (const KpCliOptions *options,
                      const char         *command,
                      KpDocumentKind      kind,
                      const char         *what,
                      GError            **error)
{
  g_autoptr (KpProject) project = NULL;
  g_autoptr (KpDocument) document = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *display = NULL;
  g_autofree char *pages = NULL;
  KpDocumentFormat format = KP_DOCUMENT_FORMAT_PDF;
  int              n_pages;

  if (options->year < 0)
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE, _ ("--year must be a year, e.g. 2026"));
      return FALSE;
    }
  if (!parse_output (options, command, &format, error))
    return FALSE;
  project = kp_project_open (options->args[0], error);
  if (project == NULL)
    return FALSE;
  document = kp_plan_document_build (project, kind, options->year, &local_error);
  if (document == NULL)
    {
      g_set_error_literal (error, KP_CLI_ERROR, KP_CLI_ERROR_FAILED, local_error->message);
      return FALSE;
    }
  if (!kp_document_write_file (document, options->args[1], format, NULL, NULL, error))
    return FALSE;

  display = g_filename_display_name (options->args[1]);
  n_pages = kp_document_get_n_pages (document);
  if (format == KP_DOCUMENT_FORMAT_PDF && n_pages > 0)
    {
      pages = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d page", "%d pages",
                                            (gulong) n_pages),
                               n_pages);
      /* Translators: the file written, what it is, "12 pages" */
      g_print (_ ("%s: %s, %s\n"), display, what, pages);
    }
  else
    /* Translators: the file written and what it is, "plan.odt: the plan" */
    g_print (_ ("%s: %s\n"), display, what);
  return TRUE;
}

gboolean
kp_cli_export_plan (const KpCliOptions *options,
                    GError            **error)
{
  return export_plan_document (options, "export plan", KP_DOCUMENT_KIND_PLAN, _ ("the plan"),
                               error);
}

gboolean
kp_cli_export_action_plan (const KpCliOptions *options,
                           GError            **error)
{
  return export_plan_document (options, "export action-plan", KP_DOCUMENT_KIND_ACTION_PLAN,
                               _ ("the action plan"), error);
}

gboolean
kp_cli_export_evaluation (const KpCliOptions *options,
                          GError            **error)
{
  return export_plan_document (options, "export evaluation", KP_DOCUMENT_KIND_EVALUATION,
                               _ ("the evaluation report"), error);
}

gboolean
kp_cli_export_comments (const KpCliOptions *options,
                        GError            **error)
{
  return export_plan_document (options, "export comments", KP_DOCUMENT_KIND_COMMENTS,
                               _ ("the settlement of comments"), error);
}
