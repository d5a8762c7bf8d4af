/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-publications-printing.h"

struct _KpPublicationsPrinting
{
  AdwPreferencesGroup parent_instance;

  GtkSwitch *for_print_switch;
  GtkSwitch *large_print_switch;

  KpDocumentSettings *settings;
  KpSettingsWriter   *writer;
  gboolean            updating;
};

G_DEFINE_FINAL_TYPE (KpPublicationsPrinting, kp_publications_printing, ADW_TYPE_PREFERENCES_GROUP)

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
save_choice (KpPublicationsPrinting *self,
             GObject                *object,
             GError                **error)
{
  if (object == G_OBJECT (self->for_print_switch))
    return kp_document_settings_set_for_print (self->settings,
                                               gtk_switch_get_active (self->for_print_switch),
                                               error);
  if (object == G_OBJECT (self->large_print_switch))
    return kp_document_settings_set_large_print (self->settings,
                                                 gtk_switch_get_active (self->large_print_switch),
                                                 error);
  return TRUE;
}

static void
on_choice_changed_cb (GObject                *object,
                      GParamSpec             *pspec,
                      KpPublicationsPrinting *self)
{
  g_autoptr (GError) error = NULL;

  if (self->settings == NULL || self->updating)
    return;
  kp_settings_writer_check (self->writer, save_choice (self, object, &error), &error);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
kp_publications_printing_dispose (GObject *object)
{
  KpPublicationsPrinting *self = KP_PUBLICATIONS_PRINTING (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->writer);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_PUBLICATIONS_PRINTING);
  G_OBJECT_CLASS (kp_publications_printing_parent_class)->dispose (object);
}

static void
kp_publications_printing_class_init (KpPublicationsPrintingClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_publications_printing_dispose;

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/publications/kp-publications-printing.ui");
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsPrinting, for_print_switch);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsPrinting, large_print_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed_cb);
}

static void
kp_publications_printing_init (KpPublicationsPrinting *self)
{
  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->updating = FALSE;
}

GtkWidget *
kp_publications_printing_new (void)
{
  return g_object_new (KP_TYPE_PUBLICATIONS_PRINTING, NULL);
}

void
kp_publications_printing_set_writer (KpPublicationsPrinting *self,
                                     KpSettingsWriter       *writer)
{
  g_return_if_fail (KP_IS_PUBLICATIONS_PRINTING (self));
  g_return_if_fail (KP_IS_SETTINGS_WRITER (writer));
  g_return_if_fail (self->writer == NULL);
  self->writer = g_object_ref (writer);
}

void
kp_publications_printing_set_settings (KpPublicationsPrinting *self,
                                       KpDocumentSettings     *settings)
{
  g_return_if_fail (KP_IS_PUBLICATIONS_PRINTING (self));
  g_return_if_fail (KP_IS_DOCUMENT_SETTINGS (settings));

  g_set_object (&self->settings, settings);
  self->updating = TRUE;
  gtk_switch_set_active (self->for_print_switch, kp_document_settings_get_for_print (settings));
  gtk_switch_set_active (self->large_print_switch, kp_document_settings_get_large_print (settings));
  self->updating = FALSE;
}
