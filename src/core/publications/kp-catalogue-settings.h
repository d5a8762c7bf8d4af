/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-document-settings.h"

G_BEGIN_DECLS

/* The settings of the provider catalogue (kind KP_DOCUMENT_KIND_CATALOGUE, variant ""): its
 * paper and structure, and which services it lists: the registered ones, the local ones,
 * of one type, for one target group, of one form. Defaults: A4, by target group, every
 * registered and local service. Setters as in KpDocumentSettings. */

#define KP_TYPE_CATALOGUE_SETTINGS (kp_catalogue_settings_get_type ())
G_DECLARE_FINAL_TYPE (KpCatalogueSettings, kp_catalogue_settings, KP, CATALOGUE_SETTINGS, KpDocumentSettings)

/* Settings with every default, kept in memory only (the project's are
 * kp_publications_get_catalogue()). */
KpCatalogueSettings *kp_catalogue_settings_new (void);

KpPageSize           kp_catalogue_settings_get_paper (KpCatalogueSettings *self);
gboolean             kp_catalogue_settings_set_paper (KpCatalogueSettings *self,
                                                      KpPageSize           paper,
                                                      GError             **error);
KpCatalogueStructure kp_catalogue_settings_get_structure (KpCatalogueSettings *self);
gboolean             kp_catalogue_settings_set_structure (KpCatalogueSettings *self,
                                                          KpCatalogueStructure structure,
                                                          GError             **error);
/* The registered social services, and the local related ones. */
gboolean kp_catalogue_settings_get_registered (KpCatalogueSettings *self);
gboolean kp_catalogue_settings_set_registered (KpCatalogueSettings *self,
                                               gboolean             registered,
                                               GError             **error);
gboolean kp_catalogue_settings_get_local (KpCatalogueSettings *self);
gboolean kp_catalogue_settings_set_local (KpCatalogueSettings *self,
                                          gboolean             local,
                                          GError             **error);
/* Returns: (nullable): only services of this type ("DruhSocialniSluzby/13"); %NULL: all */
const char *kp_catalogue_settings_get_type_code (KpCatalogueSettings *self);
gboolean    kp_catalogue_settings_set_type_code (KpCatalogueSettings *self,
                                                 const char          *type_code,
                                                 GError             **error);
/* Returns: (nullable): only services for this target group (its registry name); %NULL: all */
const char *kp_catalogue_settings_get_target_group (KpCatalogueSettings *self);
gboolean    kp_catalogue_settings_set_target_group (KpCatalogueSettings *self,
                                                    const char          *target_group,
                                                    GError             **error);
/* One form, or KP_SERVICE_FORM_NONE: any. */
KpServiceForms kp_catalogue_settings_get_form (KpCatalogueSettings *self);
gboolean       kp_catalogue_settings_set_form (KpCatalogueSettings *self,
                                               KpServiceForms       form,
                                               GError             **error);

/**
 * KpCatalogueSettingsPart:
 * @KP_CATALOGUE_SETTINGS_SITUATIONS: the index of life situations
 * @KP_CATALOGUE_SETTINGS_AUTHORITIES: the chapter of authorities (social department, OSPOD,
 *   Úřad práce)
 * @KP_CATALOGUE_SETTINGS_HEALTH: the chapter of health care
 *
 * The catalogue's parts besides its chapters of services; each is printed by default.
 */
typedef enum
{
  KP_CATALOGUE_SETTINGS_SITUATIONS,
  KP_CATALOGUE_SETTINGS_AUTHORITIES,
  KP_CATALOGUE_SETTINGS_HEALTH,
  KP_CATALOGUE_SETTINGS_N_PARTS
} KpCatalogueSettingsPart;

gboolean kp_catalogue_settings_get_part (KpCatalogueSettings    *self,
                                         KpCatalogueSettingsPart part);
gboolean kp_catalogue_settings_set_part (KpCatalogueSettings    *self,
                                         KpCatalogueSettingsPart part,
                                         gboolean                printed,
                                         GError                **error);

G_END_DECLS
