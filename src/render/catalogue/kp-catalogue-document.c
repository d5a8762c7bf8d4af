/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-catalogue-document.h"
#include "kp-catalogue-parts.h"
#include "kp-preprint-check.h"
#include "kp-catalogue-private.h"

struct _KpCatalogueDocument
{
  KpDocument parent_instance;

  KpCatalogueSnapshot *snapshot;
  KpCatalogueOptions  *options;
  KpRenderResult       result; /* of the last write that drew the catalogue */
};

G_DEFINE_FINAL_TYPE (KpCatalogueDocument, kp_catalogue_document, KP_TYPE_DOCUMENT)

static void
kp_catalogue_document_get_page_size (KpDocument *document,
                                     double     *width,
                                     double     *height)
{
  KpCatalogueDocument *self = KP_CATALOGUE_DOCUMENT (document);

  kp_page_size_get_points (self->options->paper_size, width, height);
}

static gboolean
kp_catalogue_document_write_pdf (KpDocument       *document,
                                 KpDocumentWriter *writer,
                                 KpProgress       *progress,
                                 GCancellable     *cancellable,
                                 GError          **error)
{
  KpCatalogueDocument *self = KP_CATALOGUE_DOCUMENT (document);
  KpRenderResult       result = { 0 };
  g_autofree char     *summary = NULL;
  guint                n_listed;

  if (!kp_catalogue_write (self->snapshot, self->options, writer, progress, cancellable, &result,
                           error))
    return FALSE;
  /* the services of the chapters, and the offices and doctors of their own chapters */
  n_listed = (guint) result.n_entries + kp_catalogue_parts_count_entries (self->snapshot->parts);
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d service", "%d services",
                                          (gulong) n_listed),
                             (int) n_listed);
  kp_document_set_summary (document, summary);
  if (result.n_entries == 0)
    kp_document_add_note (document, KP_DOCUMENT_NOTE_WARNING,
                          _ ("No service is selected: the project has no services yet, or the "
                             "filters leave none. The catalogue has its fixed parts only."));
  kp_preprint_add_notes (document, self->snapshot, self->options->key_contacts);
  /* Written by the thread that writes, read after the write finished (kp-document.h). */
  self->result = result;
  return TRUE;
}

static void
kp_catalogue_document_finalize (GObject *object)
{
  KpCatalogueDocument *self = KP_CATALOGUE_DOCUMENT (object);

  kp_catalogue_snapshot_free (self->snapshot);
  kp_catalogue_options_free (self->options);
  G_OBJECT_CLASS (kp_catalogue_document_parent_class)->finalize (object);
}

static void
kp_catalogue_document_class_init (KpCatalogueDocumentClass *klass)
{
  GObjectClass    *object_class = G_OBJECT_CLASS (klass);
  KpDocumentClass *document_class = KP_DOCUMENT_CLASS (klass);

  object_class->finalize = kp_catalogue_document_finalize;
  document_class->get_page_size = kp_catalogue_document_get_page_size;
  document_class->write_pdf = kp_catalogue_document_write_pdf;
}

static void
kp_catalogue_document_init (KpCatalogueDocument *self)
{
}

/**
 * kp_catalogue_document_new:
 * @snapshot: (transfer full): the services and local lines
 * @options: (transfer full): texts, structure, paper, logos
 *
 * Returns: (transfer full): the catalogue, not yet written
 */
KpDocument *
kp_catalogue_document_new (KpCatalogueSnapshot *snapshot,
                           KpCatalogueOptions  *options)
{
  KpCatalogueDocument *self;

  g_return_val_if_fail (snapshot != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_object_new (KP_TYPE_CATALOGUE_DOCUMENT, "kind", KP_DOCUMENT_KIND_CATALOGUE, "title",
                       options->title, "for-print", options->print.for_print, NULL);
  self->snapshot = snapshot;
  self->options = options;
  return KP_DOCUMENT (self);
}

const KpCatalogueSnapshot *
kp_catalogue_document_get_snapshot (KpCatalogueDocument *self)
{
  g_return_val_if_fail (KP_IS_CATALOGUE_DOCUMENT (self), NULL);
  return self->snapshot;
}

const KpCatalogueOptions *
kp_catalogue_document_get_options (KpCatalogueDocument *self)
{
  g_return_val_if_fail (KP_IS_CATALOGUE_DOCUMENT (self), NULL);
  return self->options;
}

void
kp_catalogue_document_get_result (KpCatalogueDocument *self,
                                  KpRenderResult      *out_result)
{
  g_return_if_fail (KP_IS_CATALOGUE_DOCUMENT (self));
  g_return_if_fail (out_result != NULL);
  *out_result = self->result;
}
