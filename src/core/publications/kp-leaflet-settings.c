/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-leaflet-settings.h"
#include "kp-publications-private.h"
#include "kp-publications-repository.h"

struct _KpLeafletSettings
{
  KpDocumentSettings parent_instance;

  KpLeafletFormat format;
};

G_DEFINE_FINAL_TYPE (KpLeafletSettings, kp_leaflet_settings, KP_TYPE_DOCUMENT_SETTINGS)

static void
kp_leaflet_settings_copy_values (KpDocumentSettings *settings,
                                 KpDocumentSettings *copy)
{
  KP_LEAFLET_SETTINGS (copy)->format = KP_LEAFLET_SETTINGS (settings)->format;
}

static void
kp_leaflet_settings_class_init (KpLeafletSettingsClass *klass)
{
  KP_DOCUMENT_SETTINGS_CLASS (klass)->copy_values = kp_leaflet_settings_copy_values;
}

static void
kp_leaflet_settings_init (KpLeafletSettings *self)
{
  self->format = KP_LEAFLET_A4_TRIFOLD;
}

/**
 * kp_leaflet_settings_new:
 * @group: the group's id, "seniors"
 */
KpLeafletSettings *
kp_leaflet_settings_new (const char *group)
{
  g_return_val_if_fail (group != NULL && *group != '\0', NULL);
  return g_object_new (KP_TYPE_LEAFLET_SETTINGS, "kind", KP_DOCUMENT_KIND_LEAFLET, "variant", group,
                       NULL);
}

/* For kp-publications.c: the settings of the leaflet for @group kept in @db. */
KpLeafletSettings *
kp_leaflet_settings_new_stored (KpDatabase *db,
                                const char *group)
{
  KpLeafletSettings *self = kp_leaflet_settings_new (group);
  g_autoptr (GError) error = NULL;
  g_autofree char *format = NULL;

  kp_document_settings_load (KP_DOCUMENT_SETTINGS (self), db);
  if (!kp_publications_repository_load_leaflet (db, group, &format, &error))
    g_debug ("Reading the settings of the leaflet “%s” failed: %s", group, error->message);
  kp_leaflet_format_from_string (format, &self->format);
  return self;
}

const char *
kp_leaflet_settings_get_group (KpLeafletSettings *self)
{
  g_return_val_if_fail (KP_IS_LEAFLET_SETTINGS (self), NULL);
  return kp_document_settings_get_variant (KP_DOCUMENT_SETTINGS (self));
}

KpLeafletFormat
kp_leaflet_settings_get_format (KpLeafletSettings *self)
{
  g_return_val_if_fail (KP_IS_LEAFLET_SETTINGS (self), KP_LEAFLET_A4_TRIFOLD);
  return self->format;
}

gboolean
kp_leaflet_settings_set_format (KpLeafletSettings *self,
                                KpLeafletFormat    format,
                                GError           **error)
{
  KpDatabase *db;

  g_return_val_if_fail (KP_IS_LEAFLET_SETTINGS (self), FALSE);
  g_return_val_if_fail (kp_leaflet_format_to_string (format) != NULL, FALSE);

  if (self->format == format)
    return TRUE;
  db = kp_document_settings_get_database (KP_DOCUMENT_SETTINGS (self));
  if (db != NULL &&
      !kp_publications_repository_set_leaflet_format (db, kp_leaflet_settings_get_group (self),
                                                      kp_leaflet_format_to_string (format), error))
    return FALSE;
  self->format = format;
  kp_document_settings_emit_changed (KP_DOCUMENT_SETTINGS (self));
  return TRUE;
}
