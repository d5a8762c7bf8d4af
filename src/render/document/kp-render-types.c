/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-render-types.h"

#define MM_TO_PT(mm) ((mm) *72.0 / 25.4)

/**
 * kp_page_size_get_points:
 *
 * The page size in PostScript points, portrait.
 */
void
kp_page_size_get_points (KpPageSize size,
                         double    *out_width,
                         double    *out_height)
{
  switch (size)
    {
    case KP_PAGE_SIZE_A5:
      *out_width = MM_TO_PT (148.0);
      *out_height = MM_TO_PT (210.0);
      break;
    case KP_PAGE_SIZE_A4:
    default:
      *out_width = MM_TO_PT (210.0);
      *out_height = MM_TO_PT (297.0);
      break;
    }
}
