/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-catalogue-settings.h"
#include "kp-error.h"
#include "kp-publications-private.h"
#include "kp-publications-repository.h"

#include <string.h>

/* The longest type code or target-group name kept (they come from the registry). */
#define MAX_CODE_LENGTH 256

struct _KpCatalogueSettings
{
  KpDocumentSettings parent_instance;

  KpPageSize           paper;
  KpCatalogueStructure structure;
  gboolean             registered;
  gboolean             local;
  char                *type_code;
  char                *target_group;
  KpServiceForms       form;
  gboolean             parts[KP_CATALOGUE_SETTINGS_N_PARTS];
};

/* The column of each optional part. */
static const KpCatalogueColumn part_columns[KP_CATALOGUE_SETTINGS_N_PARTS] = {
  [KP_CATALOGUE_SETTINGS_SITUATIONS] = KP_CATALOGUE_COLUMN_SITUATIONS,
  [KP_CATALOGUE_SETTINGS_AUTHORITIES] = KP_CATALOGUE_COLUMN_AUTHORITIES,
  [KP_CATALOGUE_SETTINGS_HEALTH] = KP_CATALOGUE_COLUMN_HEALTH,
};

G_DEFINE_FINAL_TYPE (KpCatalogueSettings, kp_catalogue_settings, KP_TYPE_DOCUMENT_SETTINGS)

/* Writes @value into @column, unless the settings are a copy. */
static gboolean
store (KpCatalogueSettings *self,
       KpCatalogueColumn    column,
       const char          *value,
       GError             **error)
{
  KpDocumentSettings *settings = KP_DOCUMENT_SETTINGS (self);
  KpDatabase         *db = kp_document_settings_get_database (settings);

  return db == NULL ||
         kp_publications_repository_set_catalogue (db, kp_document_settings_get_variant (settings),
                                                   column, value, error);
}

static gboolean
check_code (const char *code,
            GError    **error)
{
  gsize length = code != NULL ? strlen (code) : 0;

  if (code == NULL || (length > 0 && length <= MAX_CODE_LENGTH && g_utf8_validate (code, length, NULL)))
    return TRUE;
  g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                       _ ("The filter names no type of service or target group"));
  return FALSE;
}

static void
kp_catalogue_settings_copy_values (KpDocumentSettings *settings,
                                   KpDocumentSettings *copy_settings)
{
  KpCatalogueSettings *self = KP_CATALOGUE_SETTINGS (settings);
  KpCatalogueSettings *copy = KP_CATALOGUE_SETTINGS (copy_settings);

  copy->paper = self->paper;
  copy->structure = self->structure;
  copy->registered = self->registered;
  copy->local = self->local;
  copy->type_code = g_strdup (self->type_code);
  copy->target_group = g_strdup (self->target_group);
  copy->form = self->form;
  memcpy (copy->parts, self->parts, sizeof self->parts);
}

static void
kp_catalogue_settings_finalize (GObject *object)
{
  KpCatalogueSettings *self = KP_CATALOGUE_SETTINGS (object);

  g_free (self->type_code);
  g_free (self->target_group);
  G_OBJECT_CLASS (kp_catalogue_settings_parent_class)->finalize (object);
}

static void
kp_catalogue_settings_class_init (KpCatalogueSettingsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kp_catalogue_settings_finalize;
  KP_DOCUMENT_SETTINGS_CLASS (klass)->copy_values = kp_catalogue_settings_copy_values;
}

static void
kp_catalogue_settings_init (KpCatalogueSettings *self)
{
  self->paper = KP_PAGE_SIZE_A4;
  self->structure = KP_CATALOGUE_BY_TARGET_GROUP;
  self->registered = TRUE;
  self->local = TRUE;
  self->form = KP_SERVICE_FORM_NONE;
  for (guint i = 0; i < KP_CATALOGUE_SETTINGS_N_PARTS; i++)
    self->parts[i] = TRUE;
}

KpCatalogueSettings *
kp_catalogue_settings_new (void)
{
  return g_object_new (KP_TYPE_CATALOGUE_SETTINGS, "kind", KP_DOCUMENT_KIND_CATALOGUE, "variant",
                       "", NULL);
}

/* For kp-publications.c: the catalogue's settings kept in @db. */
KpCatalogueSettings *
kp_catalogue_settings_new_stored (KpDatabase *db)
{
  KpCatalogueSettings *self = kp_catalogue_settings_new ();
  g_autoptr (GError) error = NULL;
  char *values[KP_CATALOGUE_N_COLUMNS];

  kp_document_settings_load (KP_DOCUMENT_SETTINGS (self), db);
  if (!kp_publications_repository_load_catalogue (db, "", values, &error))
    {
      g_debug ("Reading the catalogue's settings failed: %s", error->message);
      return self;
    }
  kp_page_size_from_string (values[KP_CATALOGUE_COLUMN_PAPER], &self->paper);
  kp_catalogue_structure_from_string (values[KP_CATALOGUE_COLUMN_STRUCTURE], &self->structure);
  if (values[KP_CATALOGUE_COLUMN_REGISTERED] != NULL)
    self->registered = !g_str_equal (values[KP_CATALOGUE_COLUMN_REGISTERED], "0");
  if (values[KP_CATALOGUE_COLUMN_LOCAL] != NULL)
    self->local = !g_str_equal (values[KP_CATALOGUE_COLUMN_LOCAL], "0");
  self->type_code = g_steal_pointer (&values[KP_CATALOGUE_COLUMN_TYPE_CODE]);
  self->target_group = g_steal_pointer (&values[KP_CATALOGUE_COLUMN_TARGET_GROUP]);
  kp_service_form_from_string (values[KP_CATALOGUE_COLUMN_FORM], &self->form);
  for (guint i = 0; i < KP_CATALOGUE_SETTINGS_N_PARTS; i++)
    if (values[part_columns[i]] != NULL)
      self->parts[i] = !g_str_equal (values[part_columns[i]], "0");
  for (guint i = 0; i < KP_CATALOGUE_N_COLUMNS; i++)
    g_free (values[i]);
  return self;
}

KpPageSize
kp_catalogue_settings_get_paper (KpCatalogueSettings *self)
{
  g_return_val_if_fail (KP_IS_CATALOGUE_SETTINGS (self), KP_PAGE_SIZE_A4);
  return self->paper;
}

gboolean
kp_catalogue_settings_set_paper (KpCatalogueSettings *self,
                                 KpPageSize           paper,
                                 GError             **error)
{
  g_return_val_if_fail (KP_IS_CATALOGUE_SETTINGS (self), FALSE);
  g_return_val_if_fail (kp_page_size_to_string (paper) != NULL, FALSE);

  if (self->paper == paper)
    return TRUE;
  if (!store (self, KP_CATALOGUE_COLUMN_PAPER, kp_page_size_to_string (paper), error))
    return FALSE;
  self->paper = paper;
  kp_document_settings_emit_changed (KP_DOCUMENT_SETTINGS (self));
  return TRUE;
}

KpCatalogueStructure
kp_catalogue_settings_get_structure (KpCatalogueSettings *self)
{
  g_return_val_if_fail (KP_IS_CATALOGUE_SETTINGS (self), KP_CATALOGUE_BY_TARGET_GROUP);
  return self->structure;
}

gboolean
kp_catalogue_settings_set_structure (KpCatalogueSettings *self,
                                     KpCatalogueStructure structure,
                                     GError             **error)
{
  g_return_val_if_fail (KP_IS_CATALOGUE_SETTINGS (self), FALSE);
  g_return_val_if_fail (kp_catalogue_structure_to_string (structure) != NULL, FALSE);

  if (self->structure == structure)
    return TRUE;
  if (!store (self, KP_CATALOGUE_COLUMN_STRUCTURE, kp_catalogue_structure_to_string (structure),
              error))
    return FALSE;
  self->structure = structure;
  kp_document_settings_emit_changed (KP_DOCUMENT_SETTINGS (self));
  return TRUE;
}

gboolean
kp_catalogue_settings_get_registered (KpCatalogueSettings *self)
{
  g_return_val_if_fail (KP_IS_CATALOGUE_SETTINGS (self), TRUE);
  return self->registered;
}

gboolean
kp_catalogue_settings_set_registered (KpCatalogueSettings *self,
                                      gboolean             registered,
                                      GError             **error)
{
  g_return_val_if_fail (KP_IS_CATALOGUE_SETTINGS (self), FALSE);

  registered = !!registered;
  if (self->registered == registered)
    return TRUE;
  if (!store (self, KP_CATALOGUE_COLUMN_REGISTERED, registered ? "1" : "0", error))
    return FALSE;
  self->registered = registered;
  kp_document_settings_emit_changed (KP_DOCUMENT_SETTINGS (self));
  return TRUE;
}

gboolean
kp_catalogue_settings_get_local (KpCatalogueSettings *self)
{
  g_return_val_if_fail (KP_IS_CATALOGUE_SETTINGS (self), TRUE);
  return self->local;
}

gboolean
kp_catalogue_settings_set_local (KpCatalogueSettings *self,
                                 gboolean             local,
                                 GError             **error)
{
  g_return_val_if_fail (KP_IS_CATALOGUE_SETTINGS (self), FALSE);

  local = !!local;
  if (self->local == local)
    return TRUE;
  if (!store (self, KP_CATALOGUE_COLUMN_LOCAL, local ? "1" : "0", error))
    return FALSE;
  self->local = local;
  kp_document_settings_emit_changed (KP_DOCUMENT_SETTINGS (self));
  return TRUE;
}

const char *
kp_catalogue_settings_get_type_code (KpCatalogueSettings *self)
{
  g_return_val_if_fail (KP_IS_CATALOGUE_SETTINGS (self), NULL);
  return self->type_code;
}

gboolean
kp_catalogue_settings_set_type_code (KpCatalogueSettings *self,
                                     const char          *type_code,
                                     GError             **error)
{
  g_return_val_if_fail (KP_IS_CATALOGUE_SETTINGS (self), FALSE);

  if (g_strcmp0 (self->type_code, type_code) == 0)
    return TRUE;
  if (!check_code (type_code, error) ||
      !store (self, KP_CATALOGUE_COLUMN_TYPE_CODE, type_code, error))
    return FALSE;
  g_free (self->type_code);
  self->type_code = g_strdup (type_code);
  kp_document_settings_emit_changed (KP_DOCUMENT_SETTINGS (self));
  return TRUE;
}

const char *
kp_catalogue_settings_get_target_group (KpCatalogueSettings *self)
{
  g_return_val_if_fail (KP_IS_CATALOGUE_SETTINGS (self), NULL);
  return self->target_group;
}

gboolean
kp_catalogue_settings_set_target_group (KpCatalogueSettings *self,
                                        const char          *target_group,
                                        GError             **error)
{
  g_return_val_if_fail (KP_IS_CATALOGUE_SETTINGS (self), FALSE);

  if (g_strcmp0 (self->target_group, target_group) == 0)
    return TRUE;
  if (!check_code (target_group, error) ||
      !store (self, KP_CATALOGUE_COLUMN_TARGET_GROUP, target_group, error))
    return FALSE;
  g_free (self->target_group);
  self->target_group = g_strdup (target_group);
  kp_document_settings_emit_changed (KP_DOCUMENT_SETTINGS (self));
  return TRUE;
}

KpServiceForms
kp_catalogue_settings_get_form (KpCatalogueSettings *self)
{
  g_return_val_if_fail (KP_IS_CATALOGUE_SETTINGS (self), KP_SERVICE_FORM_NONE);
  return self->form;
}

gboolean
kp_catalogue_settings_set_form (KpCatalogueSettings *self,
                                KpServiceForms       form,
                                GError             **error)
{
  g_return_val_if_fail (KP_IS_CATALOGUE_SETTINGS (self), FALSE);
  g_return_val_if_fail (form == KP_SERVICE_FORM_NONE || kp_service_form_to_string (form) != NULL,
                        FALSE);

  if (self->form == form)
    return TRUE;
  if (!store (self, KP_CATALOGUE_COLUMN_FORM, kp_service_form_to_string (form), error))
    return FALSE;
  self->form = form;
  kp_document_settings_emit_changed (KP_DOCUMENT_SETTINGS (self));
  return TRUE;
}

gboolean
kp_catalogue_settings_get_part (KpCatalogueSettings    *self,
                                KpCatalogueSettingsPart part)
{
  g_return_val_if_fail (KP_IS_CATALOGUE_SETTINGS (self), TRUE);
  g_return_val_if_fail (part < KP_CATALOGUE_SETTINGS_N_PARTS, TRUE);
  return self->parts[part];
}

gboolean
kp_catalogue_settings_set_part (KpCatalogueSettings    *self,
                                KpCatalogueSettingsPart part,
                                gboolean                printed,
                                GError                **error)
{
  g_return_val_if_fail (KP_IS_CATALOGUE_SETTINGS (self), FALSE);
  g_return_val_if_fail (part < KP_CATALOGUE_SETTINGS_N_PARTS, FALSE);

  printed = !!printed;
  if (self->parts[part] == printed)
    return TRUE;
  if (!store (self, part_columns[part], printed ? "1" : "0", error))
    return FALSE;
  self->parts[part] = printed;
  kp_document_settings_emit_changed (KP_DOCUMENT_SETTINGS (self));
  return TRUE;
}
