/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* A logo as a document draws it: the image's bytes as the project keeps them (a PNG or an
 * SVG drawing), with the name of the file it came from for messages. Decoded only when a
 * document is written, so an image that cannot be drawn is refused then, with its name. */

#define KP_DOCUMENT_LOGO_PNG "image/png"
#define KP_DOCUMENT_LOGO_SVG "image/svg+xml"

typedef struct
{
  char   *name;       /* the original file name, "erb-lesna.svg" */
  char   *media_type; /* KP_DOCUMENT_LOGO_PNG or KP_DOCUMENT_LOGO_SVG */
  GBytes *data;
} KpDocumentLogo;

KpDocumentLogo *kp_document_logo_new (const char *name,
                                      const char *media_type,
                                      GBytes     *data);
/* Reads @path; a name ending in .svg or .svgz is an SVG drawing, any other a PNG image. */
KpDocumentLogo *kp_document_logo_new_from_file (const char *path,
                                                GError    **error);
KpDocumentLogo *kp_document_logo_copy (const KpDocumentLogo *logo);
void            kp_document_logo_free (KpDocumentLogo *logo);

/* Returns: (transfer full) (element-type cairo_surface_t): one surface per logo (an image
 * for a PNG, a recording for an SVG, so it stays vectors), or %NULL with @error
 * (G_IO_ERROR_INVALID_DATA, naming the logo) when one cannot be decoded */
GPtrArray *kp_document_load_logos (GPtrArray *logos,
                                   GError   **error);
/* Returns: (transfer full): what the logos are, for a figure's alternative text: "Logos: EU,
 * erb-lesna" (their file names without the extension) */
char  *kp_document_logos_alt (GPtrArray *logos);
double kp_document_measure_logos (GPtrArray *surfaces,
                                  double     height,
                                  double     gap);
void   kp_document_draw_logos (cairo_t   *cr,
                               GPtrArray *surfaces,
                               double     x,
                               double     y,
                               double     height,
                               double     gap);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpDocumentLogo, kp_document_logo_free)

G_END_DECLS
