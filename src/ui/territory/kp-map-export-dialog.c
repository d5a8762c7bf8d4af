/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-map-export-dialog.h"
#include "kp-error-dialog.h"
#include "kp-file-chooser.h"

struct _KpMapExportDialog
{
  AdwWindow parent_instance;

  AdwComboRow   *format_row;
  GtkSpinButton *width_spin;
  GtkSpinButton *height_spin;
  AdwActionRow  *unit_row;

  KpMapPainter *painter;
  KpMapView     view;
  char         *base_name;
};

G_DEFINE_FINAL_TYPE (KpMapExportDialog, kp_map_export_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const struct
{
  KpMapExportFormat format;
  const char       *extension;
  const char       *filter_name;
} formats[] = {
  { KP_MAP_EXPORT_PNG, "png", N_ ("PNG images") },
  { KP_MAP_EXPORT_SVG, "svg", N_ ("SVG drawings") },
  { KP_MAP_EXPORT_PDF, "pdf", N_ ("PDF documents") },
};

#define IMAGE_WIDTH   1600
#define IMAGE_HEIGHT  1000
#define A4_LONG_SIDE  842 /* points */
#define A4_SHORT_SIDE 595

static guint
format_index (KpMapExportDialog *self)
{
  return MIN (adw_combo_row_get_selected (self->format_row), G_N_ELEMENTS (formats) - 1);
}

static void
on_format_changed_cb (KpMapExportDialog *self)
{
  gboolean page = formats[format_index (self)].format == KP_MAP_EXPORT_PDF;

  /* A PDF is a page for print, A4 landscape unless the user asks for another size; the
   * images are as large as a screen. */
  gtk_spin_button_set_value (self->width_spin, page ? A4_LONG_SIDE : IMAGE_WIDTH);
  gtk_spin_button_set_value (self->height_spin, page ? A4_SHORT_SIDE : IMAGE_HEIGHT);
  /* Cairo's vector surfaces measure in points, the PNG in pixels. */
  adw_action_row_set_subtitle (self->unit_row, formats[format_index (self)].format == KP_MAP_EXPORT_PNG
                                                   ? _ ("Pixels")
                                                   : _ ("Points (1/72 inch)"));
}

/**
 * kp_map_export_dialog_write:
 *
 * Writes the map in the chosen format and size to @path (through @path + ".part").
 */
gboolean
kp_map_export_dialog_write (KpMapExportDialog *self,
                            const char        *path,
                            GError           **error)
{
  KpMapView view = self->view;
  double    w = gtk_spin_button_get_value (self->width_spin);
  double    h = gtk_spin_button_get_value (self->height_spin);

  g_return_val_if_fail (KP_IS_MAP_EXPORT_DIALOG (self), FALSE);
  /* A page for print: title, the same area as on screen in a frame, legend, sources. */
  if (formats[format_index (self)].format == KP_MAP_EXPORT_PDF)
    return kp_map_painter_export_page (self->painter, &self->view, w, h, path, error);
  /* The same area as on screen, fitted into the new size. */
  if (view.width > 0 && view.height > 0)
    view.scale *= MIN (w / view.width, h / view.height);
  view.width = w;
  view.height = h;
  view.flags |= KP_MAP_DRAW_LABELS | KP_MAP_DRAW_SCALE_BAR | KP_MAP_DRAW_LEGEND | KP_MAP_DRAW_SOURCE |
                KP_MAP_DRAW_BACKGROUND;
  return kp_map_painter_export (self->painter, &view, formats[format_index (self)].format, path,
                                error);
}

static void
on_file_chosen_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr (KpMapExportDialog) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) files = kp_file_chooser_run_finish (result, &error);
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *basename = NULL;

  if (files == NULL)
    return;
  file = g_list_model_get_item (files, 0);
  path = g_file_get_path (file);
  if (path == NULL)
    return;
  if (!kp_map_export_dialog_write (self, path, &error))
    {
      kp_error_dialog_show (GTK_WINDOW (self), _ ("Could Not Export the Map"), error->message);
      return;
    }
  basename = g_file_get_basename (file);
  g_signal_emit (self, signals[SIGNAL_EXPORTED], 0, basename);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_export_clicked_cb (KpMapExportDialog *self)
{
  guint i = format_index (self);
  g_autoptr (GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr (GtkFileFilter) filter = NULL;
  g_autofree char *pattern = g_strconcat ("*.", formats[i].extension, NULL);
  g_autofree char *name = g_strconcat (self->base_name, ".", formats[i].extension, NULL);
  const char      *patterns[] = { pattern, NULL };

  filter = kp_file_chooser_filter_new (_ (formats[i].filter_name), patterns);
  g_list_store_append (filters, filter);
  kp_file_chooser_run_async (GTK_WINDOW (self), KP_FILE_CHOOSER_SAVE, _ ("Export Map"),
                             _ ("_Export"), G_LIST_MODEL (filters), name, on_file_chosen_cb,
                             g_object_ref (self));
}

static void
kp_map_export_dialog_dispose (GObject *object)
{
  KpMapExportDialog *self = KP_MAP_EXPORT_DIALOG (object);

  g_clear_object (&self->painter);
  g_clear_pointer (&self->base_name, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_MAP_EXPORT_DIALOG);
  G_OBJECT_CLASS (kp_map_export_dialog_parent_class)->dispose (object);
}

static void
kp_map_export_dialog_class_init (KpMapExportDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_map_export_dialog_dispose;

  signals[SIGNAL_EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/territory/kp-map-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KpMapExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, KpMapExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, KpMapExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, KpMapExportDialog, unit_row);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_format_changed_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kp_map_export_dialog_init (KpMapExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kp_map_export_dialog_new:
 * @view: the view shown now
 * @base_name: the suggested file name without extension
 */
KpMapExportDialog *
kp_map_export_dialog_new (GtkWindow       *parent,
                          KpMapPainter    *painter,
                          const KpMapView *view,
                          const char      *base_name)
{
  KpMapExportDialog *self = g_object_new (KP_TYPE_MAP_EXPORT_DIALOG, "transient-for", parent, NULL);

  self->painter = g_object_ref (painter);
  self->view = *view;
  self->base_name = g_strdup (base_name);
  return self;
}
