/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-pdf-preview.h"
#include "kp-progress.h"
#include "kp-publications-options.h"
#include "kp-publications-page.h"

G_BEGIN_DECLS

/* What kp-publications-page.c shares with kp-publications-page-export.c: the page's
 * instance, and the helpers of both. */

struct _KpPublicationsPage
{
  AdwBin parent_instance;

  KpProject *project;

  AdwToastOverlay       *toast_overlay;
  GtkScrolledWindow     *options_scrolled;
  GtkStack              *preview_stack;
  KpPdfPreview          *preview;
  AdwStatusPage         *empty_page;
  GtkWidget             *go_to_plan_button;
  GtkWidget             *export_odt_button;
  GtkSpinner            *spinner;
  GtkLabel              *note_label;
  GtkLabel              *info_label;
  GtkWidget             *progress_box;
  GtkProgressBar        *progress_bar;
  KpPublicationsOptions *options;

  guint              render_id;
  GCancellable      *render_cancellable;
  char              *shown_document; /* "kind:variant" of the document in the preview */
  GCancellable      *export_cancellable;
  KpProgress        *progress;
  GtkPrintOperation *print_operation;
  gboolean           empty; /* the document cannot be made: the status page is shown */
};

/* What a worker's callback needs: a weak reference, so that a closed page is not kept
 * alive by its rendering or export. */
typedef struct
{
  GWeakRef page;
  GFile   *file;
  char    *document; /* "kind:variant" of a rendering */
} KpPublicationsPending;

/* kp-publications-page.c */
KpPublicationsPending *kp_publications_pending_new (KpPublicationsPage *self,
                                                    GFile              *file);
void                   kp_publications_pending_free (KpPublicationsPending *pending);
/* Enables the actions for the page's state; the ODT export shows for a plan document. */
void kp_publications_page_update_actions (KpPublicationsPage *self);
/* Emits "exported" with the @path of the written file. */
void kp_publications_page_emit_exported (KpPublicationsPage *self,
                                         const char         *path);

/* kp-publications-page-export.c */
void kp_publications_page_class_add_export_actions (GtkWidgetClass *widget_class);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpPublicationsPending, kp_publications_pending_free)

G_END_DECLS
