/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-catalogue-parts.h"
#include "kp-catalogue-private.h"
#include "kp-document-text.h"

/* "Health care" (the Příbor guide's doctors, pharmacies and specialists, DOMAIN.md §6.2):
 * the project's related services of the kind "health care", in Czech order, each with its
 * contacts (kp_catalogue_draw_contact_entry()). Left out when there are none. */

/**
 * kp_catalogue_draw_health:
 *
 * The chapter of health care: the project's related services of the kind "health care".
 */
void
kp_catalogue_draw_health (KpCatalogue *cat)
{
  const KpCatalogueParts *parts = cat->snapshot->parts;

  if (!kp_catalogue_parts_has_health (parts))
    return;
  kp_catalogue_start_part (cat, D_ ("Health care"));
  kp_catalogue_heading (cat, D_ ("Health care"), "part-health", &cat->health_page);
  kp_text_layout_reset (cat->text, cat->width);
  kp_text_layout_append (cat->text, cat->style.body,
                         D_ ("Doctors, pharmacies and other health services in the territory "
                             "that work with social services. In an emergency call 155."));
  kp_catalogue_paragraph (cat, 0, 0);
  for (guint i = 0; i < parts->health->len; i++)
    kp_catalogue_draw_contact_entry (cat, g_ptr_array_index (parts->health, i));
}
