/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* The page of a PDF for the print shop: the trimmed page in the middle of a larger sheet,
 * with 3 mm of bleed around it and crop marks (and fold marks) outside the bleed, in the
 * slug. Colour that runs to the trimmed edge is drawn on into the bleed, so that no white
 * line shows when the cut is off by a little. */

#define KP_PRINT_MM(mm) ((mm) *72.0 / 25.4)
/* How far colour runs past the trimmed edge. */
#define KP_PRINT_BLEED KP_PRINT_MM (3)
/* From the trimmed edge to the edge of the sheet: the bleed, then the marks. */
#define KP_PRINT_SLUG KP_PRINT_MM (10)
/* The marks start this far from the trimmed edge (never inside the bleed) … */
#define KP_PRINT_MARK_OFFSET KP_PRINT_MM (3)
/* … and are this long. */
#define KP_PRINT_MARK_LENGTH KP_PRINT_MM (6)

/* Draws the crop marks at the four corners of the trimmed page (@x, @y, @width, @height in
 * the device space of @cr) and a dashed fold mark above and below it at each of @folds
 * (distances from the trimmed page's left edge). */
void kp_print_marks_draw (cairo_t      *cr,
                          double        x,
                          double        y,
                          double        width,
                          double        height,
                          const double *folds,
                          guint         n_folds);

G_END_DECLS
