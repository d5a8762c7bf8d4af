/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-publications-parts.h"

struct _KpPublicationsParts
{
  AdwPreferencesGroup parent_instance;

  GtkSwitch *situations_switch;
  GtkSwitch *authorities_switch;
  GtkSwitch *health_switch;

  KpCatalogueSettings *settings;
  KpSettingsWriter    *writer;
  gboolean             updating;
};

G_DEFINE_FINAL_TYPE (KpPublicationsParts, kp_publications_parts, ADW_TYPE_PREFERENCES_GROUP)

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkSwitch *
switch_of (KpPublicationsParts    *self,
           KpCatalogueSettingsPart part)
{
  switch (part)
    {
    case KP_CATALOGUE_SETTINGS_SITUATIONS:
      return self->situations_switch;
    case KP_CATALOGUE_SETTINGS_AUTHORITIES:
      return self->authorities_switch;
    case KP_CATALOGUE_SETTINGS_HEALTH:
    case KP_CATALOGUE_SETTINGS_N_PARTS:
    default:
      return self->health_switch;
    }
}

static void
on_choice_changed_cb (GObject             *object,
                      GParamSpec          *pspec,
                      KpPublicationsParts *self)
{
  g_autoptr (GError) error = NULL;
  gboolean ok = TRUE;

  if (self->settings == NULL || self->updating)
    return;
  for (KpCatalogueSettingsPart part = 0; part < KP_CATALOGUE_SETTINGS_N_PARTS; part++)
    if (object == G_OBJECT (switch_of (self, part)))
      ok = kp_catalogue_settings_set_part (self->settings, part,
                                           gtk_switch_get_active (GTK_SWITCH (object)), &error);
  kp_settings_writer_check (self->writer, ok, &error);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
kp_publications_parts_dispose (GObject *object)
{
  KpPublicationsParts *self = KP_PUBLICATIONS_PARTS (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->writer);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_PUBLICATIONS_PARTS);
  G_OBJECT_CLASS (kp_publications_parts_parent_class)->dispose (object);
}

static void
kp_publications_parts_class_init (KpPublicationsPartsClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_publications_parts_dispose;

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/publications/kp-publications-parts.ui");
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsParts, situations_switch);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsParts, authorities_switch);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsParts, health_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed_cb);
}

static void
kp_publications_parts_init (KpPublicationsParts *self)
{
  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->updating = FALSE;
}

void
kp_publications_parts_set_writer (KpPublicationsParts *self,
                                  KpSettingsWriter    *writer)
{
  g_return_if_fail (KP_IS_PUBLICATIONS_PARTS (self));
  g_return_if_fail (KP_IS_SETTINGS_WRITER (writer));
  g_return_if_fail (self->writer == NULL);
  self->writer = g_object_ref (writer);
}

void
kp_publications_parts_set_settings (KpPublicationsParts *self,
                                    KpCatalogueSettings *settings)
{
  g_return_if_fail (KP_IS_PUBLICATIONS_PARTS (self));
  g_return_if_fail (KP_IS_CATALOGUE_SETTINGS (settings));

  g_set_object (&self->settings, settings);
  self->updating = TRUE;
  for (KpCatalogueSettingsPart part = 0; part < KP_CATALOGUE_SETTINGS_N_PARTS; part++)
    gtk_switch_set_active (switch_of (self, part), kp_catalogue_settings_get_part (settings, part));
  self->updating = FALSE;
}
