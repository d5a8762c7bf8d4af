/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Plain text pasted from LibreOffice Writer or Word (one paragraph a line, list items with
 * their bullet "•", "·", "–", "-", "*", "o" or Word's symbol bullet, or numbered "1." or
 * "1)") as the CommonMark of a plan chapter: paragraphs apart, bulleted and numbered lists
 * kept, characters CommonMark would read as markup at a line's start escaped.
 * Returns: (transfer full): the CommonMark, ending with no newline */
char *kp_plan_text_from_plain (const char *text);

/**
 * KpPlanLiveBlock:
 * @kind: what follows "komplan " in the info string of the fenced block ("demography")
 * @name: its name for a menu, untranslated (N_): pass it through _()
 *
 * A live block of a chapter: a fenced block "```komplan KIND" that the plan documents fill
 * from the project's data when they are made (docs/plan-format.md, "Chapters").
 */
typedef struct
{
  const char *kind;
  const char *name;
} KpPlanLiveBlock;

/* Returns: (transfer none) (array length=out_n): every kind of live block, in menu order */
const KpPlanLiveBlock *kp_plan_live_blocks (guint *out_n);
/* Returns: (transfer none) (nullable): the live block of @kind, %NULL for an unknown kind */
const KpPlanLiveBlock *kp_plan_live_block_find (const char *kind);

G_END_DECLS
