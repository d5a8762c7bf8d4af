/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-document-writer.h"
#include "kp-progress.h"
#include "kp-text-document-private.h"

G_BEGIN_DECLS

/* The PDF of a KpTextDocument: A4 pages laid out twice by the same code (a measuring pass
 * learns the page of every heading; the drawing pass prints the contents with them), on the
 * text engine and the flow of the catalogue (kp-text-layout.h, kp-document-flow.h). */

gboolean kp_text_paginator_write (const KpDocModel *model,
                                  KpDocumentWriter *writer,
                                  KpProgress       *progress,
                                  GCancellable     *cancellable,
                                  GError          **error);

G_END_DECLS
