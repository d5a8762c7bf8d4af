/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Adds many obce to a picker at once: all obce of an ORP, POU or okres, or a pasted list of
 * codes or names (kp-obce-paste.h), asking which obec is meant where several bear a name
 * and saying which pieces match none.
 *
 * Property "obce" (GListModel of KpObec). Signal "add" (GPtrArray of KpObec): the obce to
 * select. */

#define KP_TYPE_OBCE_ADDER (kp_obce_adder_get_type ())
G_DECLARE_FINAL_TYPE (KpObceAdder, kp_obce_adder, KP, OBCE_ADDER, AdwBin)

void kp_obce_adder_set_obce (KpObceAdder *self,
                             GListModel  *obce);

G_END_DECLS
