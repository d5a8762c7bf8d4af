/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-document-settings.h"
#include "kp-error.h"
#include "kp-publications-private.h"
#include "kp-publications-repository.h"

#include <string.h>

typedef struct
{
  KpDocumentKind kind;
  char          *variant;
  KpDatabase    *db; /* (nullable) NULL for a copy */

  char       *texts[KP_DOCUMENT_N_TEXTS];
  int         year;
  gboolean    print[KP_DOCUMENT_N_PRINT];
  GListStore *logos;    /* KpLogo */
  GArray     *logo_ids; /* gint64: the rows of @logos; 0 in a copy */
} KpDocumentSettingsPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (KpDocumentSettings, kp_document_settings, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_KIND,
  PROP_VARIANT,
  N_PROPS
};

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static gboolean
check_text (const char *text,
            GError    **error)
{
  gsize length = text != NULL ? strlen (text) : 0;

  if (text == NULL)
    return TRUE;
  if (!g_utf8_validate (text, length, NULL))
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("The text contains characters that are not valid and was not saved"));
      return FALSE;
    }
  if (length > KP_DOCUMENT_TEXT_MAX_LENGTH)
    {
      g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                   /* Translators: %d is a size in kilobytes, 64 */
                   _ ("The text is too long to be saved in the project (at most %d KiB)"),
                   KP_DOCUMENT_TEXT_MAX_LENGTH / 1024);
      return FALSE;
    }
  return TRUE;
}

static void
kp_document_settings_finalize (GObject *object)
{
  KpDocumentSettings        *self = KP_DOCUMENT_SETTINGS (object);
  KpDocumentSettingsPrivate *priv = kp_document_settings_get_instance_private (self);

  g_free (priv->variant);
  g_clear_object (&priv->db);
  for (guint i = 0; i < KP_DOCUMENT_N_TEXTS; i++)
    g_free (priv->texts[i]);
  g_object_unref (priv->logos);
  g_array_unref (priv->logo_ids);
  G_OBJECT_CLASS (kp_document_settings_parent_class)->finalize (object);
}

static void
kp_document_settings_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  KpDocumentSettingsPrivate *priv = kp_document_settings_get_instance_private (KP_DOCUMENT_SETTINGS (object));

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, priv->kind);
      break;
    case PROP_VARIANT:
      g_value_set_string (value, priv->variant);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_document_settings_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  KpDocumentSettingsPrivate *priv = kp_document_settings_get_instance_private (KP_DOCUMENT_SETTINGS (object));

  switch (prop_id)
    {
    case PROP_KIND:
      priv->kind = g_value_get_int (value);
      break;
    case PROP_VARIANT:
      g_free (priv->variant);
      priv->variant = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_document_settings_class_init (KpDocumentSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kp_document_settings_finalize;
  object_class->get_property = kp_document_settings_get_property;
  object_class->set_property = kp_document_settings_set_property;

  /* A KpDocumentKind. */
  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, 0, KP_DOCUMENT_N_KINDS - 1, 0,
                                            G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                G_PARAM_STATIC_STRINGS);
  properties[PROP_VARIANT] = g_param_spec_string ("variant", NULL, NULL, "",
                                                  G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                      G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kp_document_settings_init (KpDocumentSettings *self)
{
  KpDocumentSettingsPrivate *priv = kp_document_settings_get_instance_private (self);

  priv->variant = g_strdup ("");
  priv->logos = g_list_store_new (KP_TYPE_LOGO);
  priv->logo_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

void
kp_document_settings_load (KpDocumentSettings *self,
                           KpDatabase         *db)
{
  KpDocumentSettingsPrivate *priv = kp_document_settings_get_instance_private (self);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) logos = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto (KpDocumentRow) row = { 0 };

  g_return_if_fail (KP_IS_DOCUMENT_SETTINGS (self));
  g_return_if_fail (KP_IS_DATABASE (db));
  g_return_if_fail (priv->db == NULL);

  priv->db = g_object_ref (db);
  if (!kp_publications_repository_load_document (db, priv->kind, priv->variant, &row, &error) ||
      !kp_publications_repository_load_print (db, priv->kind, priv->variant, priv->print, &error) ||
      !kp_publications_repository_load_logos (db, priv->kind, priv->variant, logos,
                                              priv->logo_ids, &error))
    {
      g_debug ("Reading the settings of %s “%s” failed: %s", kp_document_kind_to_string (priv->kind),
               priv->variant, error->message);
      g_array_set_size (priv->logo_ids, 0);
      return;
    }
  for (guint i = 0; i < KP_DOCUMENT_N_TEXTS; i++)
    priv->texts[i] = g_steal_pointer (&row.texts[i]);
  priv->year = row.year;
  g_list_store_splice (priv->logos, 0, 0, logos->pdata, logos->len);
}

KpDatabase *
kp_document_settings_get_database (KpDocumentSettings *self)
{
  KpDocumentSettingsPrivate *priv = kp_document_settings_get_instance_private (self);

  return priv->db;
}

void
kp_document_settings_emit_changed (KpDocumentSettings *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

KpDocumentKind
kp_document_settings_get_kind (KpDocumentSettings *self)
{
  KpDocumentSettingsPrivate *priv;

  g_return_val_if_fail (KP_IS_DOCUMENT_SETTINGS (self), KP_DOCUMENT_KIND_CATALOGUE);
  priv = kp_document_settings_get_instance_private (self);
  return priv->kind;
}

/**
 * kp_document_settings_get_variant:
 *
 * Returns: which document of its kind: "" for the catalogue, the group of a leaflet
 */
const char *
kp_document_settings_get_variant (KpDocumentSettings *self)
{
  KpDocumentSettingsPrivate *priv;

  g_return_val_if_fail (KP_IS_DOCUMENT_SETTINGS (self), NULL);
  priv = kp_document_settings_get_instance_private (self);
  return priv->variant;
}

gboolean
kp_document_settings_get_is_stored (KpDocumentSettings *self)
{
  KpDocumentSettingsPrivate *priv;

  g_return_val_if_fail (KP_IS_DOCUMENT_SETTINGS (self), FALSE);
  priv = kp_document_settings_get_instance_private (self);
  return priv->db != NULL;
}

/**
 * kp_document_settings_copy:
 *
 * Returns: (transfer full): settings of the same document with the same values, kept in
 *   memory only: its setters write nothing
 */
KpDocumentSettings *
kp_document_settings_copy (KpDocumentSettings *self)
{
  KpDocumentSettingsPrivate *priv;
  KpDocumentSettingsPrivate *copy_priv;
  KpDocumentSettings        *copy;

  g_return_val_if_fail (KP_IS_DOCUMENT_SETTINGS (self), NULL);
  priv = kp_document_settings_get_instance_private (self);

  copy = g_object_new (G_OBJECT_TYPE (self), "kind", priv->kind, "variant", priv->variant, NULL);
  copy_priv = kp_document_settings_get_instance_private (copy);
  for (guint i = 0; i < KP_DOCUMENT_N_TEXTS; i++)
    copy_priv->texts[i] = g_strdup (priv->texts[i]);
  copy_priv->year = priv->year;
  for (guint i = 0; i < KP_DOCUMENT_N_PRINT; i++)
    copy_priv->print[i] = priv->print[i];
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (priv->logos)); i++)
    {
      g_autoptr (KpLogo) logo = g_list_model_get_item (G_LIST_MODEL (priv->logos), i);
      gint64 none = 0;

      g_list_store_append (copy_priv->logos, logo);
      g_array_append_val (copy_priv->logo_ids, none);
    }
  if (KP_DOCUMENT_SETTINGS_GET_CLASS (self)->copy_values != NULL)
    KP_DOCUMENT_SETTINGS_GET_CLASS (self)->copy_values (self, copy);
  return copy;
}

const char *
kp_document_settings_get_text (KpDocumentSettings *self,
                               KpDocumentText      field)
{
  KpDocumentSettingsPrivate *priv;

  g_return_val_if_fail (KP_IS_DOCUMENT_SETTINGS (self), NULL);
  g_return_val_if_fail (field < KP_DOCUMENT_N_TEXTS, NULL);
  priv = kp_document_settings_get_instance_private (self);
  return priv->texts[field];
}

/**
 * kp_document_settings_set_text:
 * @text: (nullable): the new text; %NULL: the default
 *
 * Returns: %TRUE when the text is kept; %FALSE with @error set, and nothing changed
 */
gboolean
kp_document_settings_set_text (KpDocumentSettings *self,
                               KpDocumentText      field,
                               const char         *text,
                               GError            **error)
{
  KpDocumentSettingsPrivate *priv;

  g_return_val_if_fail (KP_IS_DOCUMENT_SETTINGS (self), FALSE);
  g_return_val_if_fail (field < KP_DOCUMENT_N_TEXTS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  priv = kp_document_settings_get_instance_private (self);

  if (g_strcmp0 (priv->texts[field], text) == 0)
    return TRUE;
  if (!check_text (text, error))
    return FALSE;
  if (priv->db != NULL && !kp_publications_repository_set_text (priv->db, priv->kind,
                                                                priv->variant, field, text, error))
    return FALSE;
  g_free (priv->texts[field]);
  priv->texts[field] = g_strdup (text);
  kp_document_settings_emit_changed (self);
  return TRUE;
}

int
kp_document_settings_get_year (KpDocumentSettings *self)
{
  KpDocumentSettingsPrivate *priv;

  g_return_val_if_fail (KP_IS_DOCUMENT_SETTINGS (self), 0);
  priv = kp_document_settings_get_instance_private (self);
  return priv->year;
}

gboolean
kp_document_settings_set_year (KpDocumentSettings *self,
                               int                 year,
                               GError            **error)
{
  KpDocumentSettingsPrivate *priv;

  g_return_val_if_fail (KP_IS_DOCUMENT_SETTINGS (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  priv = kp_document_settings_get_instance_private (self);

  if (priv->year == year)
    return TRUE;
  if (year != 0 && (year < KP_DOCUMENT_YEAR_MIN || year > KP_DOCUMENT_YEAR_MAX))
    {
      g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                   _ ("The year must be between %d and %d"), KP_DOCUMENT_YEAR_MIN,
                   KP_DOCUMENT_YEAR_MAX);
      return FALSE;
    }
  if (priv->db != NULL && !kp_publications_repository_set_year (priv->db, priv->kind,
                                                                priv->variant, year, error))
    return FALSE;
  priv->year = year;
  kp_document_settings_emit_changed (self);
  return TRUE;
}

static gboolean
store_print (KpDocumentSettings *self,
             KpDocumentPrint     flag,
             gboolean            value,
             GError            **error)
{
  KpDocumentSettingsPrivate *priv = kp_document_settings_get_instance_private (self);

  value = !!value;
  if (priv->print[flag] == value)
    return TRUE;
  if (priv->db != NULL && !kp_publications_repository_set_print (priv->db, priv->kind,
                                                                 priv->variant, flag, value, error))
    return FALSE;
  priv->print[flag] = value;
  kp_document_settings_emit_changed (self);
  return TRUE;
}

gboolean
kp_document_settings_get_for_print (KpDocumentSettings *self)
{
  KpDocumentSettingsPrivate *priv;

  g_return_val_if_fail (KP_IS_DOCUMENT_SETTINGS (self), FALSE);
  priv = kp_document_settings_get_instance_private (self);
  return priv->print[KP_DOCUMENT_PRINT_FOR_PRINT];
}

/**
 * kp_document_settings_set_for_print:
 *
 * Returns: %TRUE when the choice is kept; %FALSE with @error set, and nothing changed
 */
gboolean
kp_document_settings_set_for_print (KpDocumentSettings *self,
                                    gboolean            for_print,
                                    GError            **error)
{
  g_return_val_if_fail (KP_IS_DOCUMENT_SETTINGS (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  return store_print (self, KP_DOCUMENT_PRINT_FOR_PRINT, for_print, error);
}

gboolean
kp_document_settings_get_large_print (KpDocumentSettings *self)
{
  KpDocumentSettingsPrivate *priv;

  g_return_val_if_fail (KP_IS_DOCUMENT_SETTINGS (self), FALSE);
  priv = kp_document_settings_get_instance_private (self);
  return priv->print[KP_DOCUMENT_PRINT_LARGE];
}

/**
 * kp_document_settings_set_large_print:
 *
 * Returns: %TRUE when the choice is kept; %FALSE with @error set, and nothing changed
 */
gboolean
kp_document_settings_set_large_print (KpDocumentSettings *self,
                                      gboolean            large_print,
                                      GError            **error)
{
  g_return_val_if_fail (KP_IS_DOCUMENT_SETTINGS (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  return store_print (self, KP_DOCUMENT_PRINT_LARGE, large_print, error);
}

GListModel *
kp_document_settings_get_logos (KpDocumentSettings *self)
{
  KpDocumentSettingsPrivate *priv;

  g_return_val_if_fail (KP_IS_DOCUMENT_SETTINGS (self), NULL);
  priv = kp_document_settings_get_instance_private (self);
  return G_LIST_MODEL (priv->logos);
}

/**
 * kp_document_settings_add_logo:
 * @file_name: the name of the file the image came from, shown in messages
 *
 * Returns: %TRUE when the logo is kept; %FALSE with @error set (KP_PROJECT_ERROR_INVALID
 *   when it is no PNG or SVG image of at most KP_LOGO_MAX_SIZE), and nothing changed
 */
gboolean
kp_document_settings_add_logo (KpDocumentSettings *self,
                               const char         *file_name,
                               GBytes             *data,
                               GError            **error)
{
  KpDocumentSettingsPrivate *priv;
  g_autoptr (KpLogo) logo = NULL;
  gint64 id = 0;

  g_return_val_if_fail (KP_IS_DOCUMENT_SETTINGS (self), FALSE);
  g_return_val_if_fail (file_name != NULL, FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  priv = kp_document_settings_get_instance_private (self);

  logo = kp_logo_new (file_name, data, error);
  if (logo == NULL)
    return FALSE;
  if (priv->db != NULL && !kp_publications_repository_add_logo (priv->db, priv->kind,
                                                                priv->variant, logo, &id, error))
    return FALSE;
  g_array_append_val (priv->logo_ids, id);
  g_list_store_append (priv->logos, logo);
  kp_document_settings_emit_changed (self);
  return TRUE;
}

/**
 * kp_document_settings_add_logo_file:
 *
 * Returns: %TRUE when the logo is kept; %FALSE with @error set, and nothing changed
 */
gboolean
kp_document_settings_add_logo_file (KpDocumentSettings *self,
                                    GFile              *file,
                                    GCancellable       *cancellable,
                                    GError            **error)
{
  g_autoptr (GFileInputStream) stream = NULL;
  g_autoptr (GBytes) data = NULL;
  g_autofree char   *basename = NULL;
  g_autofree char   *name = NULL;
  g_autofree guint8 *buffer = NULL;
  gsize              length = 0;

  g_return_val_if_fail (KP_IS_DOCUMENT_SETTINGS (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return FALSE;
  /* One byte more than a logo may have: kp_logo_new() refuses a file that fills it. */
  buffer = g_malloc (KP_LOGO_MAX_SIZE + 1);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, KP_LOGO_MAX_SIZE + 1, &length,
                                cancellable, error))
    return FALSE;
  data = g_bytes_new_take (g_realloc (g_steal_pointer (&buffer), MAX (length, 1)), length);
  basename = g_file_get_basename (file);
  name = g_filename_display_name (basename != NULL ? basename : "logo");
  return kp_document_settings_add_logo (self, name, data, error);
}

/**
 * kp_document_settings_remove_logo:
 * @position: the logo's position in kp_document_settings_get_logos()
 *
 * Returns: %TRUE when the logo is gone; %FALSE with @error set, and nothing changed
 */
gboolean
kp_document_settings_remove_logo (KpDocumentSettings *self,
                                  guint               position,
                                  GError            **error)
{
  KpDocumentSettingsPrivate *priv;

  g_return_val_if_fail (KP_IS_DOCUMENT_SETTINGS (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  priv = kp_document_settings_get_instance_private (self);
  g_return_val_if_fail (position < priv->logo_ids->len, FALSE);

  if (priv->db != NULL &&
      !kp_publications_repository_remove_logo (priv->db, g_array_index (priv->logo_ids, gint64, position),
                                               error))
    return FALSE;
  g_array_remove_index (priv->logo_ids, position);
  g_list_store_remove (priv->logos, position);
  kp_document_settings_emit_changed (self);
  return TRUE;
}
