/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-publications-logos.h"
#include "kp-file-chooser.h"

struct _KpPublicationsLogos
{
  AdwPreferencesGroup parent_instance;

  GtkLabel *note;

  KpSettingsWriter   *writer;
  KpDocumentSettings *settings;
  GSignalGroup       *logo_signals; /* on the logos of @settings */
  GPtrArray          *rows;         /* AdwActionRow, owned by the group, one per logo */
};

G_DEFINE_FINAL_TYPE (KpPublicationsLogos, kp_publications_logos, ADW_TYPE_PREFERENCES_GROUP)

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_remove_button_clicked_cb (GtkButton           *button,
                             KpPublicationsLogos *self)
{
  g_autoptr (GError) error = NULL;
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW);
  guint      index;

  if (row == NULL || self->settings == NULL || !g_ptr_array_find (self->rows, row, &index))
    return;
  if (!kp_settings_writer_check (self->writer,
                                 kp_document_settings_remove_logo (self->settings, index, &error),
                                 &error))
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->note), FALSE);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static GtkWidget *
make_row (KpPublicationsLogos *self,
          KpLogo              *logo)
{
  g_autofree char *escaped = g_markup_escape_text (kp_logo_get_file_name (logo), -1);
  GtkWidget       *row = adw_action_row_new ();
  GtkWidget       *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _ ("Remove the logo"));
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_button_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

/* One row per logo of the settings, in their order. */
static void
on_logos_items_changed_cb (KpPublicationsLogos *self)
{
  GListModel *logos = self->settings != NULL ? kp_document_settings_get_logos (self->settings)
                                             : NULL;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  for (guint i = 0; logos != NULL && i < g_list_model_get_n_items (logos); i++)
    {
      g_autoptr (KpLogo) logo = g_list_model_get_item (logos, i);
      GtkWidget *row = make_row (self, logo);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
}

static void
on_logos_chosen_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr (KpPublicationsLogos) self = user_data;
  g_autoptr (GListModel) files = kp_file_chooser_run_finish (result, NULL);

  /* The panel went away while the chooser was open. */
  if (files == NULL || self->note == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr (GFile) file = g_list_model_get_item (files, i);

      kp_publications_logos_add_file (self, file);
    }
}

static void
on_add_button_clicked_cb (KpPublicationsLogos *self)
{
  g_autoptr (GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr (GtkFileFilter) filter = NULL;
  const char *patterns[] = { "*.png", "*.PNG", "*.svg", "*.SVG", "*.svgz", "*.SVGZ", NULL };

  filter = kp_file_chooser_filter_new (_ ("Logos (PNG, SVG)"), patterns);
  g_list_store_append (filters, filter);
  kp_file_chooser_run_async (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                             KP_FILE_CHOOSER_OPEN_MULTIPLE, _ ("Add Logos"), _ ("_Add"),
                             G_LIST_MODEL (filters), NULL, on_logos_chosen_cb, g_object_ref (self));
}

static void
kp_publications_logos_dispose (GObject *object)
{
  KpPublicationsLogos *self = KP_PUBLICATIONS_LOGOS (object);

  g_signal_group_set_target (self->logo_signals, NULL);
  g_clear_object (&self->settings);
  g_clear_object (&self->writer);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_PUBLICATIONS_LOGOS);
  G_OBJECT_CLASS (kp_publications_logos_parent_class)->dispose (object);
}

static void
kp_publications_logos_finalize (GObject *object)
{
  KpPublicationsLogos *self = KP_PUBLICATIONS_LOGOS (object);

  g_object_unref (self->logo_signals);
  g_ptr_array_unref (self->rows);
  G_OBJECT_CLASS (kp_publications_logos_parent_class)->finalize (object);
}

static void
kp_publications_logos_class_init (KpPublicationsLogosClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_publications_logos_dispose;
  object_class->finalize = kp_publications_logos_finalize;

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/publications/kp-publications-logos.ui");
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsLogos, note);
  gtk_widget_class_bind_template_callback (widget_class, on_add_button_clicked_cb);
}

static void
kp_publications_logos_init (KpPublicationsLogos *self)
{
  self->rows = g_ptr_array_new ();
  self->logo_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_swapped (self->logo_signals, "items-changed",
                                  G_CALLBACK (on_logos_items_changed_cb), self);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kp_publications_logos_new (void)
{
  return g_object_new (KP_TYPE_PUBLICATIONS_LOGOS, NULL);
}

void
kp_publications_logos_set_writer (KpPublicationsLogos *self,
                                  KpSettingsWriter    *writer)
{
  g_return_if_fail (KP_IS_PUBLICATIONS_LOGOS (self));
  g_return_if_fail (KP_IS_SETTINGS_WRITER (writer));
  g_return_if_fail (self->writer == NULL);
  self->writer = g_object_ref (writer);
}

void
kp_publications_logos_set_settings (KpPublicationsLogos *self,
                                    KpDocumentSettings  *settings)
{
  g_return_if_fail (KP_IS_PUBLICATIONS_LOGOS (self));
  g_return_if_fail (KP_IS_DOCUMENT_SETTINGS (settings));

  if (!g_set_object (&self->settings, settings))
    return;
  g_signal_group_set_target (self->logo_signals, kp_document_settings_get_logos (settings));
  on_logos_items_changed_cb (self);
}

void
kp_publications_logos_set_note (KpPublicationsLogos *self,
                                const char          *note)
{
  g_return_if_fail (KP_IS_PUBLICATIONS_LOGOS (self));
  gtk_label_set_text (self->note, note != NULL ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->note), note != NULL && note[0] != '\0');
}

void
kp_publications_logos_add_file (KpPublicationsLogos *self,
                                GFile               *file)
{
  g_autoptr (GError) error = NULL;

  g_return_if_fail (KP_IS_PUBLICATIONS_LOGOS (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->settings != NULL && self->writer != NULL);

  if (!kp_settings_writer_check (self->writer,
                                 kp_document_settings_add_logo_file (self->settings, file, NULL,
                                                                     &error),
                                 &error))
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->note), FALSE);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}
