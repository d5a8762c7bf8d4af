/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-document-logo.h"
#include "kp-logo.h"
#include "kp-plan-document-private.h"

/* The foot of a plan document's cover, from the document's settings: the row of logos (the
 * municipality's coat of arms, the MAS, the EU emblem with the programme's logo) and the EU
 * publicity text an EU-funded project must print under them. Settings never set leave the
 * foot empty: a plan paid from the budget of the obce has neither. */

/**
 * kp_plan_doc_add_cover:
 *
 * The logos and the publicity text of ctx->document_settings on the cover; nothing when the
 * document has no settings.
 */
void
kp_plan_doc_add_cover (KpPlanDocContext *ctx)
{
  KpDocumentSettings *settings = ctx->document_settings;
  GListModel         *logos;
  const char         *publicity;
  g_autofree char    *stripped = NULL;

  if (settings == NULL)
    return;
  logos = kp_document_settings_get_logos (settings);
  for (guint i = 0; i < g_list_model_get_n_items (logos); i++)
    {
      g_autoptr (KpLogo) logo = g_list_model_get_item (logos, i);
      g_autoptr (KpDocumentLogo) copy = kp_document_logo_new (kp_logo_get_file_name (logo),
                                                              kp_logo_get_media_type (logo),
                                                              kp_logo_get_data (logo));

      kp_text_document_add_logo (ctx->doc, copy);
    }
  publicity = kp_document_settings_get_text (settings, KP_DOCUMENT_TEXT_PUBLICITY);
  if (publicity == NULL)
    return;
  stripped = g_strstrip (g_strdup (publicity));
  if (stripped[0] != '\0')
    kp_text_document_set_publicity (ctx->doc, stripped);
}
