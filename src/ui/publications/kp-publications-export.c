/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-publications-export.h"
#include "kp-file-chooser.h"
#include "kp-plan.h"

void
kp_publications_export_choose_file (GtkWidget          *parent,
                                    KpDocumentFormat    format,
                                    const char         *name,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data)
{
  g_autoptr (GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr (GtkFileFilter) filter = NULL;
  const char *pdf[] = { "*.pdf", "*.PDF", NULL };
  const char *odt[] = { "*.odt", "*.ODT", NULL };
  gboolean    is_odt = format == KP_DOCUMENT_FORMAT_ODT;

  filter = kp_file_chooser_filter_new (is_odt ? _ ("ODT documents") : _ ("PDF documents"),
                                       is_odt ? odt : pdf);
  g_list_store_append (filters, filter);
  kp_file_chooser_run_async (GTK_WINDOW (gtk_widget_get_root (parent)), KP_FILE_CHOOSER_SAVE,
                             is_odt ? _ ("Export ODT") : _ ("Export PDF"), _ ("_Export"),
                             G_LIST_MODEL (filters), name, callback, user_data);
}

KpDocumentFormat
kp_publications_export_format_of (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ".odt") ? KP_DOCUMENT_FORMAT_ODT : KP_DOCUMENT_FORMAT_PDF;
}

AdwToast *
kp_publications_export_failure_toast (const char   *basename,
                                      const GError *error)
{
  g_autofree char *display = g_filename_display_name (basename);
  g_autofree char *text = NULL;
  g_autofree char *escaped = NULL;
  AdwToast        *toast;

  /* Translators: a toast after a failed export; the file name, then why */
  text = g_strdup_printf (_ ("“%s” was not saved: %s"), display, error->message);
  escaped = g_markup_escape_text (text, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_timeout (toast, 0);
  return toast;
}

void
kp_publications_export_describe_empty (KpProject     *project,
                                       KpDocumentKind kind,
                                       const GError  *error,
                                       const char   **out_title,
                                       const char   **out_description)
{
  if (!kp_plan_has_plan (kp_plan_get (project)))
    {
      *out_title = _ ("No Plan Yet");
      *out_description = _ ("The plan, its action plans, the evaluation report and the "
                            "settlement of comments are made from the project’s plan. Start "
                            "the plan in the Plan view.");
      return;
    }
  if (kind == KP_DOCUMENT_KIND_ACTION_PLAN)
    {
      *out_title = _ ("No Action Plan for This Year");
      *out_description = _ ("Choose another year, or make the action plan in the Plan view.");
      return;
    }
  *out_title = _ ("The Document Cannot Be Made");
  *out_description = error->message;
}
