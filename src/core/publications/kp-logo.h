/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A logo of a document, kept inside the project file: the image itself (PNG or SVG), its
 * media type and the name of the file it came from. Immutable.
 *
 * Only what core can check without an image library is checked here: the PNG signature or
 * an SVG root element, and the size; a compressed SVG (.svgz) is kept uncompressed. An
 * image that passes and still cannot be drawn is refused by the document that draws it. */

#define KP_LOGO_PNG "image/png"
#define KP_LOGO_SVG "image/svg+xml"
/* The largest image kept: 5 MiB. */
#define KP_LOGO_MAX_SIZE (5 * 1024 * 1024)

#define KP_TYPE_LOGO (kp_logo_get_type ())
G_DECLARE_FINAL_TYPE (KpLogo, kp_logo, KP, LOGO, GObject)

/* Checks @data as above. Returns: (transfer full) (nullable): the logo, or %NULL with
 * KP_PROJECT_ERROR_INVALID naming @file_name */
KpLogo     *kp_logo_new (const char *file_name,
                         GBytes     *data,
                         GError    **error);
const char *kp_logo_get_file_name (KpLogo *self);
const char *kp_logo_get_media_type (KpLogo *self);
GBytes     *kp_logo_get_data (KpLogo *self);

G_END_DECLS
