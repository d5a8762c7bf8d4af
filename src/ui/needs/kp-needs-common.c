/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-needs-common.h"
#include "kp-chart-view.h"
#include "kp-file-chooser.h"
#include "kp-needs-page.h"

#include <math.h>
#include <string.h>

#define EXPORT_WIDTH  1600
#define EXPORT_HEIGHT 1000

void
kp_needs_ui_toast (GtkWidget  *widget,
                   const char *message)
{
  GtkWidget *page;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  if (gtk_widget_activate_action (widget, "win.toast", "s", message))
    return;
  page = gtk_widget_get_ancestor (widget, KP_TYPE_NEEDS_PAGE);
  if (page != NULL)
    kp_needs_page_toast (KP_NEEDS_PAGE (page), message);
}

const char *
kp_needs_ui_rag_class (KpRag rag)
{
  switch (rag)
    {
    case KP_RAG_BETTER:
      return "kp-rag-better";
    case KP_RAG_SIMILAR:
      return "kp-rag-similar";
    case KP_RAG_WORSE:
      return "kp-rag-worse";
    case KP_RAG_NONE:
    default:
      return NULL;
    }
}

const char *
kp_needs_ui_rag_label (KpRag rag)
{
  switch (rag)
    {
    case KP_RAG_BETTER:
      return _ ("Better than the comparator");
    case KP_RAG_SIMILAR:
      return _ ("Similar to the comparator (within 5 %)");
    case KP_RAG_WORSE:
      return _ ("Worse than the comparator");
    case KP_RAG_NONE:
    default:
      return NULL;
    }
}

char *
kp_needs_ui_format (KpIndicator indicator,
                    double      value)
{
  return isnan (value) ? g_strdup ("–") : kp_indicator_format_number (indicator, value);
}

char *
kp_needs_ui_capitalize (const char *text)
{
  gunichar    first;
  char        buffer[8] = { 0 };
  const char *rest;

  g_return_val_if_fail (text != NULL, NULL);
  if (*text == '\0')
    return g_strdup ("");
  first = g_utf8_get_char (text);
  rest = g_utf8_next_char (text);
  g_unichar_to_utf8 (g_unichar_totitle (first), buffer);
  return g_strconcat (buffer, rest, NULL);
}

GtkWidget *
kp_needs_ui_label (const char *text,
                   float       xalign,
                   const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

typedef struct
{
  GtkWidget *widget;
  GtkWidget *chart_view;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_object_unref (data->widget);
  g_object_unref (data->chart_view);
  g_free (data);
}

static void
on_export_chosen_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  ExportData *data = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) files = kp_file_chooser_run_finish (result, &error);
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;
  const KpChart   *chart = kp_chart_view_get_chart (KP_CHART_VIEW (data->chart_view));
  KpChartFormat    format = KP_CHART_FORMAT_PNG;

  if (files == NULL || chart == NULL)
    {
      export_data_free (data);
      return;
    }
  file = g_list_model_get_item (files, 0);
  path = g_file_get_path (file);
  basename = g_file_get_basename (file);
  lower = g_ascii_strdown (basename, -1);
  if (g_str_has_suffix (lower, ".svg"))
    format = KP_CHART_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    format = KP_CHART_FORMAT_PDF;
  /* Points for SVG and PDF: half the pixels of a PNG, an A4 page's width and more. */
  if (path == NULL ||
      !kp_chart_export (chart, format, path,
                        format == KP_CHART_FORMAT_PNG ? EXPORT_WIDTH : EXPORT_WIDTH / 2,
                        format == KP_CHART_FORMAT_PNG ? EXPORT_HEIGHT : EXPORT_HEIGHT / 2, &error))
    message = g_strdup (error != NULL ? error->message : _ ("The chart could not be written"));
  else
    /* Translators: a toast after a chart was saved; the file's name */
    message = g_strdup_printf (_ ("Chart saved to %s"), basename);
  kp_needs_ui_toast (data->widget, message);
  export_data_free (data);
}

void
kp_needs_ui_export_chart (GtkWidget  *widget,
                          GtkWidget  *chart_view,
                          const char *file_name)
{
  static const char *const png[] = { "*.png", NULL };
  static const char *const svg[] = { "*.svg", NULL };
  static const char *const pdf[] = { "*.pdf", NULL };
  g_autoptr (GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr (GtkFileFilter) png_filter = kp_file_chooser_filter_new (_ ("PNG image"), png);
  g_autoptr (GtkFileFilter) svg_filter = kp_file_chooser_filter_new (_ ("SVG image"), svg);
  g_autoptr (GtkFileFilter) pdf_filter = kp_file_chooser_filter_new (_ ("PDF document"), pdf);
  ExportData *data;

  g_return_if_fail (KP_IS_CHART_VIEW (chart_view));
  if (kp_chart_view_get_chart (KP_CHART_VIEW (chart_view)) == NULL)
    return;
  g_list_store_append (filters, png_filter);
  g_list_store_append (filters, svg_filter);
  g_list_store_append (filters, pdf_filter);
  data = g_new0 (ExportData, 1);
  data->widget = g_object_ref (widget);
  data->chart_view = g_object_ref (chart_view);
  kp_file_chooser_run_async (GTK_WINDOW (gtk_widget_get_root (widget)), KP_FILE_CHOOSER_SAVE,
                             _ ("Export Chart"), _ ("_Export"), G_LIST_MODEL (filters), file_name,
                             on_export_chosen_cb, data);
}
