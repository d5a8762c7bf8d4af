/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-project-settings.h"
#include "kp-error.h"
#include "kp-project-private.h"
#include "kp-setting-repository.h"

#include <string.h>

/* Longest key: keys are names chosen by the program, never typed by the user. */
#define MAX_KEY_LENGTH 256

static gboolean
is_valid_key (const char *key)
{
  gsize len = key != NULL ? strlen (key) : 0;

  return len > 0 && len <= MAX_KEY_LENGTH && g_utf8_validate (key, len, NULL);
}

/**
 * kp_project_dup_setting:
 *
 * Returns: (transfer full) (nullable): the value stored under @key, or %NULL
 */
char *
kp_project_dup_setting (KpProject  *self,
                        const char *key)
{
  g_autoptr (GError) error = NULL;
  char *value = NULL;

  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);
  g_return_val_if_fail (is_valid_key (key), NULL);

  if (!kp_setting_repository_get (kp_project_get_database (self), key, &value, &error))
    g_debug ("Reading the setting %s failed: %s", key, error->message);
  return value;
}

/**
 * kp_project_set_setting:
 * @value: (nullable): the new value; %NULL removes @key
 *
 * Returns: %TRUE when the value is stored; %FALSE with @error set, and nothing changed
 */
gboolean
kp_project_set_setting (KpProject  *self,
                        const char *key,
                        const char *value,
                        GError    **error)
{
  gsize len = 0;

  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (is_valid_key (key), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (value != NULL)
    {
      len = strlen (value);
      if (!g_utf8_validate (value, len, NULL))
        {
          g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                               _ ("The text contains characters that are not valid and was not saved"));
          return FALSE;
        }
      if (len > KP_PROJECT_SETTING_MAX_LENGTH)
        {
          g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                       /* Translators: %d is a size in kilobytes, 64 */
                       _ ("The text is too long to be saved in the project (at most %d KiB)"),
                       KP_PROJECT_SETTING_MAX_LENGTH / 1024);
          return FALSE;
        }
    }

  if (value == NULL)
    return kp_setting_repository_delete (kp_project_get_database (self), key, error);
  return kp_setting_repository_set (kp_project_get_database (self), key, value, len, error);
}
