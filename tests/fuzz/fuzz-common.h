/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <stddef.h>
#include <stdint.h>

G_BEGIN_DECLS

/* What the fuzz targets share (README.md). */

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* The longest message an importer may give: each quote of the file is cut short
 * (kp_error_quote), so a longer one quotes the file uncut somewhere. */
#define KP_FUZZ_MAX_MESSAGE 2000

/* A finding unless @error is %NULL or its message is valid UTF-8 and not too long;
 * frees @error. */
void kp_fuzz_check_error (GError *error);
/* A finding unless @text is valid UTF-8. */
void kp_fuzz_check_text (const char *text);

G_END_DECLS
