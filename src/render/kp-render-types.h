/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Snapshot structs that render draws from: plain values copied out of the store on the main
 * thread, so drawing can run in a worker and be tested without a database. */

/**
 * KpPageSize:
 * @KP_PAGE_SIZE_A4: 210 × 297 mm
 * @KP_PAGE_SIZE_A5: 148 × 210 mm
 */
typedef enum
{
  KP_PAGE_SIZE_A4,
  KP_PAGE_SIZE_A5,
} KpPageSize;

void kp_page_size_get_points (KpPageSize size,
                              double    *out_width,
                              double    *out_height);

G_END_DECLS
