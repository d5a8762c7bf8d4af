/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-catalogue-parts.h"
#include "kp-catalogue-private.h"
#include "kp-czech.h"
#include "kp-document-text.h"

#include <math.h>

/* "Authorities and first contact" (DOMAIN.md §6.3: OSPOD, Úřad práce, the municipal social
 * worker): the municipal social department, the child protection authority (OSPOD) and the
 * contact offices of Úřad práce ČR in the territory or nearest to it. A section with nothing
 * to say is left out, and the whole chapter when all three are; the check before printing
 * says what is missing (kp-preprint-check.c). Úřad práce publishes its offices without
 * addresses or phones in its open data: the chapter names them and says where the rest is,
 * and never makes up a contact. */

/* Where Úřad práce ČR publishes the addresses, hours and phones of its offices. */
#define UP_WEB "www.uradprace.cz"

static void
append_field (KpCatalogue *cat,
              const char  *label,
              const char  *value)
{
  g_autofree char *with_colon = NULL;
  g_autofree char *joined = NULL;
  g_auto (GStrv) lines = NULL;

  if (value == NULL || *value == '\0')
    return;
  with_colon = g_strdup_printf (DC_ ("field label", "%s:"), label);
  /* several phone numbers, one a line in an entry, run on here */
  lines = g_strsplit (value, "\n", -1);
  joined = g_strjoinv (", ", lines);
  kp_text_layout_append (cat->text, cat->style.body, "\n");
  kp_text_layout_append (cat->text, cat->style.label, with_colon);
  kp_text_layout_append (cat->text, cat->style.body, " ");
  kp_text_layout_append (cat->text, cat->style.body, joined);
}

/**
 * kp_catalogue_draw_contact_entry:
 *
 * A related service (an office, a doctor) as one paragraph: its name, who runs it, then its
 * address, phones, e-mail, web, hours and description, a line each.
 */
void
kp_catalogue_draw_contact_entry (KpCatalogue            *cat,
                                 const KpCatalogueEntry *entry)
{
  kp_text_layout_reset (cat->text, cat->width);
  kp_text_layout_append (cat->text, cat->style.body_bold, entry->name);
  if (entry->provider_name != NULL && *entry->provider_name != '\0' &&
      g_strcmp0 (entry->provider_name, entry->name) != 0)
    {
      kp_text_layout_append (cat->text, cat->style.muted, " · ");
      kp_text_layout_append (cat->text, cat->style.muted, entry->provider_name);
    }
  for (guint i = 0; i < entry->addresses->len; i++)
    append_field (cat, entry->addresses->len > 1 ? D_ ("Addresses") : D_ ("Address"),
                  g_ptr_array_index (entry->addresses, i));
  append_field (cat, D_ ("Phone"), entry->phone);
  append_field (cat, D_ ("E-mail"), entry->email);
  append_field (cat, D_ ("Web"), entry->web);
  append_field (cat, D_ ("Opening hours"), entry->hours);
  append_field (cat, D_ ("Fees"), entry->fees);
  if (entry->description != NULL && *entry->description != '\0')
    {
      kp_text_layout_append (cat->text, cat->style.muted, "\n");
      kp_text_layout_append (cat->text, cat->style.muted, entry->description);
    }
  kp_catalogue_paragraph (cat, cat->style.body_size * 0.9, 0);
}

static void
draw_entries (KpCatalogue *cat,
              const char  *title,
              const char  *introduction,
              GPtrArray   *entries)
{
  double line = kp_text_cache_get_line_height (cat->cache, cat->style.body);

  if (entries->len == 0)
    return;
  kp_catalogue_subheading (cat, title, line * 3);
  kp_text_layout_reset (cat->text, cat->width);
  kp_text_layout_append (cat->text, cat->style.body, introduction);
  kp_catalogue_paragraph (cat, 0, line * 2);
  for (guint i = 0; i < entries->len; i++)
    kp_catalogue_draw_contact_entry (cat, g_ptr_array_index (entries, i));
}

static void
draw_offices (KpCatalogue *cat,
              GPtrArray   *offices)
{
  double   line = kp_text_cache_get_line_height (cat->cache, cat->style.body);
  gboolean nearest = FALSE;

  if (offices->len == 0)
    return;
  for (guint i = 0; i < offices->len; i++)
    nearest |= ((KpCatalogueOffice *) g_ptr_array_index (offices, i))->nearest;
  kp_catalogue_subheading (cat, D_ ("Úřad práce ČR – contact offices"), line * 3);
  kp_text_layout_reset (cat->text, cat->width);
  kp_text_layout_append (cat->text, cat->style.body,
                         nearest ? D_ ("No contact office of Úřad práce ČR lies in the territory; "
                                       "the nearest ones deal with the care allowance, benefits "
                                       "in material need, the housing allowance and other "
                                       "benefits, and with job seekers.")
                                 : D_ ("The contact offices of Úřad práce ČR deal with the care "
                                       "allowance, benefits in material need, the housing "
                                       "allowance and other benefits, and with job seekers."));
  kp_catalogue_paragraph (cat, 0, line * 2);
  kp_document_writer_begin (cat->writer, KP_TAG_L);
  for (guint i = 0; i < offices->len; i++)
    {
      const KpCatalogueOffice *office = g_ptr_array_index (offices, i);
      g_autofree char         *where = NULL;

      kp_text_layout_reset (cat->text, cat->width);
      kp_text_layout_set_hanging (cat->text, cat->style.body_size);
      kp_text_layout_append (cat->text, cat->style.body_bold, office->name);
      kp_text_layout_append (cat->text, cat->style.body, " – ");
      if (office->nearest && !isnan (office->distance_km))
        {
          g_autofree char *km = kp_czech_format_int ((gint64) office->distance_km);

          /* Translators: an obec, then how far the office is: "Vlašim, nejbližší, asi 12 km
           * od středu území" */
          where = g_strdup_printf (D_ ("%s, nearest, about %s km from the centre of the "
                                       "territory"),
                                   office->obec, km);
        }
      else if (office->nearest)
        where = g_strdup_printf (D_ ("%s, nearest"), office->obec);
      else
        where = g_strdup (office->obec);
      kp_text_layout_append (cat->text, cat->style.body, where);
      kp_catalogue_text_block (cat, KP_TAG_LI, cat->style.body_size * 0.3, 0);
    }
  kp_document_writer_end (cat->writer, KP_TAG_L);
  kp_text_layout_reset (cat->text, cat->width);
  kp_text_layout_append (cat->text, cat->style.muted,
                         D_ ("Addresses, office hours and phone numbers of the contact offices "
                             "are published by Úřad práce ČR on its web: "));
  kp_text_layout_append (cat->text, cat->style.muted, UP_WEB);
  kp_text_layout_append (cat->text, cat->style.muted, ".");
  kp_catalogue_paragraph (cat, cat->style.body_size * 0.8, 0);
}

/**
 * kp_catalogue_draw_authorities:
 *
 * The chapter of authorities, when the snapshot asks for it and has something in it.
 */
void
kp_catalogue_draw_authorities (KpCatalogue *cat)
{
  const KpCatalogueParts *parts = cat->snapshot->parts;

  if (!kp_catalogue_parts_has_authorities (parts))
    return;
  kp_catalogue_start_part (cat, D_ ("Authorities"));
  kp_catalogue_heading (cat, D_ ("Authorities and first contact"), "part-authorities",
                        &cat->authorities_page);
  draw_entries (cat, D_ ("Municipal social department – first contact"),
                D_ ("Social workers of the municipal office advise anyone in a difficult "
                    "situation, help to arrange services and benefits and know whom to "
                    "turn to."),
                parts->social);
  draw_entries (cat, D_ ("Child protection authority (OSPOD)"),
                D_ ("The authority for the social and legal protection of children (orgán "
                    "sociálně-právní ochrany dětí) helps children and parents in difficult "
                    "family situations, in disputes over the care of a child and when a child "
                    "is at risk."),
                parts->ospod);
  draw_offices (cat, parts->offices);
}
