/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-czech.h"
#include "kp-import-private.h"
#include "kp-import-undo-repository.h"
#include "kp-registry-private.h"
#include "kp-registry-repository.h"

#include <string.h>

/* The shrink guard: an import that would make the library lose more than
 * KP_LIBRARY_MAX_LOSS of its obce, ORP, POU, okresy, kraje, boundaries of one level, ČSÚ
 * indicators of the SO ORP, contact offices of Úřad práce or registered services is refused unless forced, with a message
 * that says what would go.
 * A copy of the UI_OBEC.csv cut in the middle imports as a smaller country without any
 * error; this is what catches it. The tables as they were are the copies made for undo
 * (kp-library-undo.c), so the guard costs a few counts at the end of the import. */

#define N_EXAMPLES 3

typedef enum
{
  LOSS_REGISTRY = KP_N_LOSSES, /* after the KpLossKind of the reference tables */
  N_ALL_LOSSES
} LossExtra;

/* Which file's kind makes each loss, and which copied group holds its tables. */
static const struct
{
  KpReferenceKind kind;
  KpUndoGroup     group;
} loss_source[N_ALL_LOSSES] = {
  [KP_LOSS_KRAJE] = { KP_REFERENCE_KIND_KRAJE, KP_UNDO_GROUP_CODES },
  [KP_LOSS_OKRESY] = { KP_REFERENCE_KIND_OKRESY, KP_UNDO_GROUP_CODES },
  [KP_LOSS_ORP] = { KP_REFERENCE_KIND_ORP, KP_UNDO_GROUP_CODES },
  [KP_LOSS_POU] = { KP_REFERENCE_KIND_POU, KP_UNDO_GROUP_CODES },
  [KP_LOSS_OBCE] = { KP_REFERENCE_KIND_UI_OBEC, KP_UNDO_GROUP_OBCE },
  [KP_LOSS_BOUNDARIES_OBCE] = { KP_REFERENCE_KIND_GEO_OBCE, KP_UNDO_GROUP_BOUNDARIES },
  [KP_LOSS_BOUNDARIES_ORP] = { KP_REFERENCE_KIND_GEO_ORP, KP_UNDO_GROUP_BOUNDARIES },
  [KP_LOSS_BOUNDARIES_KRAJE] = { KP_REFERENCE_KIND_GEO_KRAJE, KP_UNDO_GROUP_BOUNDARIES },
  [KP_LOSS_ORP_INDICATORS] = { KP_REFERENCE_KIND_CSU_ORP, KP_UNDO_GROUP_ORP_INDICATORS },
  [KP_LOSS_UP_OFFICES] = { KP_REFERENCE_KIND_UP_OFFICES, KP_UNDO_GROUP_UP_OFFICES },
  [LOSS_REGISTRY] = { KP_REFERENCE_KIND_REGISTRY, 0 },
};

/* "UI_OBEC.csv would remove 3 849 of the 6 258 obce (e.g. Abertamy, Adamov, Adamov)." */
static char *
describe_loss (int         loss,
               const char *file,
               gint64      lost,
               gint64      before,
               const char *examples)
{
  g_autofree char *n_lost = kp_czech_format_int (lost);
  g_autofree char *n_before = kp_czech_format_int (before);
  gulong           n = (gulong) lost;

  switch (loss)
    {
    case KP_LOSS_KRAJE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s would remove %s of the %s kraje (e.g. %s).",
                                           "%s would remove %s of the %s kraje (e.g. %s).", n),
                              file, n_lost, n_before, examples);
    case KP_LOSS_OKRESY:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s would remove %s of the %s okresy (e.g. %s).",
                                           "%s would remove %s of the %s okresy (e.g. %s).", n),
                              file, n_lost, n_before, examples);
    case KP_LOSS_ORP:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s would remove %s of the %s ORP (e.g. %s).",
                                           "%s would remove %s of the %s ORP (e.g. %s).", n),
                              file, n_lost, n_before, examples);
    case KP_LOSS_POU:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s would remove %s of the %s POU (e.g. %s).",
                                           "%s would remove %s of the %s POU (e.g. %s).", n),
                              file, n_lost, n_before, examples);
    case KP_LOSS_OBCE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s would remove %s of the %s obce (e.g. %s).",
                                           "%s would remove %s of the %s obce (e.g. %s).", n),
                              file, n_lost, n_before, examples);
    case KP_LOSS_BOUNDARIES_OBCE:
      return g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE,
                       "%s would remove the boundary of %s of the %s obce (e.g. %s).",
                       "%s would remove the boundaries of %s of the %s obce (e.g. %s).", n),
          file, n_lost, n_before, examples);
    case KP_LOSS_BOUNDARIES_ORP:
      return g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE,
                       "%s would remove the boundary of %s of the %s ORP (e.g. %s).",
                       "%s would remove the boundaries of %s of the %s ORP (e.g. %s).", n),
          file, n_lost, n_before, examples);
    case KP_LOSS_BOUNDARIES_KRAJE:
      return g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE,
                       "%s would remove the boundary of %s of the %s kraje (e.g. %s).",
                       "%s would remove the boundaries of %s of the %s kraje (e.g. %s).", n),
          file, n_lost, n_before, examples);
    case KP_LOSS_ORP_INDICATORS:
      return g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE,
                       "%s would remove the indicators of %s of the %s SO ORP (e.g. %s).",
                       "%s would remove the indicators of %s of the %s SO ORP (e.g. %s).", n),
          file, n_lost, n_before, examples);
    case KP_LOSS_UP_OFFICES:
      return g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE,
                       "%s would remove %s of the %s contact offices of Úřad práce (e.g. %s).",
                       "%s would remove %s of the %s contact offices of Úřad práce (e.g. %s).",
                       n),
          file, n_lost, n_before, examples);
    case LOSS_REGISTRY:
    default:
      return g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE,
                       "%s would remove %s of the %s registered services (e.g. %s).",
                       "%s would remove %s of the %s registered services (e.g. %s).", n),
          file, n_lost, n_before, examples);
    }
}

static gboolean
count_loss (KpImportBatch *batch,
            int            loss,
            gint64        *out_before,
            gint64        *out_lost,
            GPtrArray     *examples,
            GError       **error)
{
  if (loss == LOSS_REGISTRY)
    return kp_registry_repository_count_loss (batch->db, batch->last_registry_import,
                                              out_before, out_lost, examples, N_EXAMPLES,
                                              error);
  return kp_import_undo_repository_count_loss (batch->db, (KpLossKind) loss, out_before,
                                               out_lost, examples, N_EXAMPLES, error);
}

/**
 * kp_import_check_losses:
 * @changed: the display name of the file imported of each kind, or %NULL
 *
 * Returns: %FALSE with %KP_IMPORT_ERROR_CHANGED when the batch removes more than
 *   KP_LIBRARY_MAX_LOSS of anything the library held
 */
gboolean
kp_import_check_losses (KpImportBatch     *batch,
                        const char *const *changed,
                        GError           **error)
{
  g_autoptr (GString) message = g_string_new (NULL);

  for (int loss = 0; loss < N_ALL_LOSSES; loss++)
    {
      g_autoptr (GPtrArray) examples = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *joined = NULL;
      g_autofree char *sentence = NULL;
      const char      *file = changed[loss_source[loss].kind];
      gint64           before = 0, lost = 0;

      /* Only tables this batch changed can have lost anything. */
      if (file == NULL || (loss_source[loss].group != 0 &&
                           (batch->undo_saved & loss_source[loss].group) == 0))
        continue;
      if (!count_loss (batch, loss, &before, &lost, examples, error))
        return FALSE;
      if (lost == 0 || (double) lost <= (double) before * KP_LIBRARY_MAX_LOSS)
        continue;
      for (guint i = 0; i < examples->len; i++)
        {
          char *quoted = kp_error_quote (examples->pdata[i], -1);

          g_free (examples->pdata[i]);
          examples->pdata[i] = quoted;
        }
      g_ptr_array_add (examples, NULL);
      joined = g_strjoinv (", ", (char **) examples->pdata);
      sentence = describe_loss (loss, file, lost, before, joined);
      if (message->len > 0)
        g_string_append_c (message, ' ');
      g_string_append (message, sentence);
    }
  if (message->len == 0)
    return TRUE;
  g_set_error_literal (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_CHANGED, message->str);
  return FALSE;
}
