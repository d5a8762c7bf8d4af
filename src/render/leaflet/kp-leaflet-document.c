/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-leaflet-document.h"
#include "kp-preprint-check.h"
#include "kp-leaflet-private.h"

struct _KpLeafletDocument
{
  KpDocument parent_instance;

  KpCatalogueSnapshot *snapshot;
  KpLeafletOptions    *options;
  KpRenderResult       result; /* of the last write that drew the leaflet */
};

G_DEFINE_FINAL_TYPE (KpLeafletDocument, kp_leaflet_document, KP_TYPE_DOCUMENT)

static void
kp_leaflet_document_get_page_size (KpDocument *document,
                                   double     *width,
                                   double     *height)
{
  KpLeafletDocument *self = KP_LEAFLET_DOCUMENT (document);

  kp_leaflet_get_page_size (self->options->format, width, height);
}

/* One note, the one that matters most: no services, services left out, shortened. */
static void
add_note (KpDocument           *document,
          const KpRenderResult *result)
{
  g_autofree char *note = NULL;

  if (result->n_entries == 0)
    {
      kp_document_add_note (document, KP_DOCUMENT_NOTE_WARNING,
                            _ ("No service of the project is for this group. The leaflet shows "
                               "its contacts and crisis lines only."));
      return;
    }
  if (result->n_omitted > 0)
    note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%d service did not fit on the leaflet; it refers "
                                         "readers to the catalogue.",
                                         "%d services did not fit on the leaflet; it refers "
                                         "readers to the catalogue.",
                                         (gulong) result->n_omitted),
                            result->n_omitted);
  else if (result->n_shortened > 0)
    note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%d service is shown without its description to fit "
                                         "the leaflet.",
                                         "%d services are shown without their descriptions to "
                                         "fit the leaflet.",
                                         (gulong) result->n_shortened),
                            result->n_shortened);
  if (note != NULL)
    kp_document_add_note (document, result->n_omitted > 0 ? KP_DOCUMENT_NOTE_WARNING : KP_DOCUMENT_NOTE_INFO,
                          note);
}

static gboolean
kp_leaflet_document_write_pdf (KpDocument       *document,
                               KpDocumentWriter *writer,
                               KpProgress       *progress,
                               GCancellable     *cancellable,
                               GError          **error)
{
  KpLeafletDocument *self = KP_LEAFLET_DOCUMENT (document);
  KpRenderResult     result = { 0 };
  g_autofree char   *summary = NULL;

  if (!kp_leaflet_write (self->snapshot, self->options, writer, progress, cancellable, &result,
                         error))
    return FALSE;
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d service", "%d services",
                                          (gulong) result.n_entries),
                             result.n_entries);
  kp_document_set_summary (document, summary);
  add_note (document, &result);
  kp_preprint_add_notes (document, self->snapshot, self->options->key_contacts);
  /* Written by the thread that writes, read after the write finished (kp-document.h). */
  self->result = result;
  return TRUE;
}

static void
kp_leaflet_document_finalize (GObject *object)
{
  KpLeafletDocument *self = KP_LEAFLET_DOCUMENT (object);

  kp_catalogue_snapshot_free (self->snapshot);
  kp_leaflet_options_free (self->options);
  G_OBJECT_CLASS (kp_leaflet_document_parent_class)->finalize (object);
}

static void
kp_leaflet_document_class_init (KpLeafletDocumentClass *klass)
{
  GObjectClass    *object_class = G_OBJECT_CLASS (klass);
  KpDocumentClass *document_class = KP_DOCUMENT_CLASS (klass);

  object_class->finalize = kp_leaflet_document_finalize;
  document_class->get_page_size = kp_leaflet_document_get_page_size;
  document_class->write_pdf = kp_leaflet_document_write_pdf;
}

static void
kp_leaflet_document_init (KpLeafletDocument *self)
{
}

/**
 * kp_leaflet_document_new:
 * @snapshot: (transfer full): the chosen services, in the order they should appear, and
 *   local lines (contacts of kind CONTACT join the key contacts)
 * @options: (transfer full): texts, format, key contacts, logos
 *
 * Returns: (transfer full): the leaflet, not yet written
 */
KpDocument *
kp_leaflet_document_new (KpCatalogueSnapshot *snapshot,
                         KpLeafletOptions    *options)
{
  KpLeafletDocument *self;

  g_return_val_if_fail (snapshot != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_object_new (KP_TYPE_LEAFLET_DOCUMENT, "kind", KP_DOCUMENT_KIND_LEAFLET, "title",
                       options->title, "for-print", options->print.for_print, NULL);
  self->snapshot = snapshot;
  self->options = options;
  return KP_DOCUMENT (self);
}

const KpLeafletOptions *
kp_leaflet_document_get_options (KpLeafletDocument *self)
{
  g_return_val_if_fail (KP_IS_LEAFLET_DOCUMENT (self), NULL);
  return self->options;
}

const KpCatalogueSnapshot *
kp_leaflet_document_get_snapshot (KpLeafletDocument *self)
{
  g_return_val_if_fail (KP_IS_LEAFLET_DOCUMENT (self), NULL);
  return self->snapshot;
}

void
kp_leaflet_document_get_result (KpLeafletDocument *self,
                                KpRenderResult    *out_result)
{
  g_return_if_fail (KP_IS_LEAFLET_DOCUMENT (self));
  g_return_if_fail (out_result != NULL);
  *out_result = self->result;
}
