/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "kp-catalogue-types.h"
#include "kp-document-logo.h"
#include "kp-document-writer.h"
#include "kp-text-layout.h"

G_BEGIN_DECLS

/* The typography and colours shared by the catalogue and the leaflets: one sans-serif
 * family, body text of at least 10 pt with generous leading (12 pt or more in large print),
 * dark text on white, one accent colour; and small helpers both documents need (links,
 * numbers; logos in kp-document-logo.h). */

/* Body text in large print: at least this size. */
#define KP_PUB_LARGE_BODY 12.0

#define KP_PUB_TEXT         0x1f1f1f
#define KP_PUB_MUTED        0x4f5961
#define KP_PUB_ACCENT       0x1b5e8c
#define KP_PUB_ACCENT_DARK  0x0e3b5c
#define KP_PUB_ACCENT_LIGHT 0xe8f0f7
#define KP_PUB_RULE         0xb9c8d4
#define KP_PUB_LINK         0x14539b
#define KP_PUB_EMERGENCY    0xa8201a
#define KP_PUB_WHITE        0xffffff

#define KP_PUB_MM(mm) ((mm) *72.0 / 25.4)

typedef struct
{
  KpTextCache *cache;
  double       body_size;
  guint        body;
  guint        body_bold;
  guint        muted;
  guint        label;
  guint        link;
  guint        italic;
  guint        small;
  guint        entry_title;
  guint        kind;
  guint        heading;
  guint        subheading;
  guint        band;
  guint        letter;
  guint        toc_section;
  guint        number;
  guint        phone;
  guint        emergency;
  guint        cover_title;
  guint        cover_subtitle;
  guint        cover_issuer;
  guint        inverse_title;
  guint        inverse;
} KpDocumentStyle;

void kp_document_style_init (KpDocumentStyle *style,
                             KpTextCache     *cache,
                             double           body_size);

char *kp_document_web_uri (const char *web);
char *kp_document_mail_uri (const char *email);
char *kp_document_tel_uri (const char *phone);
char *kp_document_format_number (double value);
char *kp_document_forms_text (KpServiceForms forms);
int   kp_document_year (int        year,
                        GDateTime *created);

void kp_document_fill_rect (cairo_t *cr,
                            guint32  rgb,
                            double   x,
                            double   y,
                            double   width,
                            double   height);
void kp_document_fill_to_edge (KpDocumentWriter *writer,
                               guint32           rgb,
                               double            x,
                               double            y,
                               double            width,
                               double            height);
void kp_document_hline (cairo_t *cr,
                        guint32  rgb,
                        double   x,
                        double   y,
                        double   width,
                        double   line_width);

G_END_DECLS
