/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-service-network.h"
#include "kp-project.h"
#include "kp-catalogue-parts.h"
#include "kp-catalogue-types.h"

G_BEGIN_DECLS

/* The provider catalogue of a project: its services copied into a KpCatalogueSnapshot on the
 * main thread, and the catalogue's default options from the project. The same for the
 * Publications view and komplan-cli. */

/**
 * KpPublicationGroup:
 * @KP_PUBLICATION_GROUP_ALL: every service the selection allows
 * @KP_PUBLICATION_GROUP_SENIORS: "Senioři": seniors, people living with dementia, carers
 * @KP_PUBLICATION_GROUP_FAMILIES: "Rodiny s dětmi": families, children and youth
 * @KP_PUBLICATION_GROUP_CRISIS: "Lidé v krizi": crisis, violence, homelessness, debts
 * @KP_PUBLICATION_GROUP_DISABILITY: "Osoby se zdravotním postižením"
 *
 * A target group or life situation of a leaflet, mapped to the registry's target groups
 * and types of service (DOMAIN.md §1.2–1.3, §6.4).
 */
typedef enum
{
  KP_PUBLICATION_GROUP_ALL,
  KP_PUBLICATION_GROUP_SENIORS,
  KP_PUBLICATION_GROUP_FAMILIES,
  KP_PUBLICATION_GROUP_CRISIS,
  KP_PUBLICATION_GROUP_DISABILITY,
  KP_PUBLICATION_N_GROUPS
} KpPublicationGroup;

/* "seniors", "families", "crisis", "disability"; NULL for ALL */
const char *kp_publication_group_to_string (KpPublicationGroup group);
/* The translated name, "Senioři". */
const char *kp_publication_group_get_title (KpPublicationGroup group);
/* A few translated sentences: who the leaflet is for. */
const char *kp_publication_group_get_introduction (KpPublicationGroup group);
/* Reads an id ("seniors") or a name in any case and without diacritics ("senioři", "Rodiny s
 * dětmi"). Returns FALSE when @text names no group. */
gboolean kp_publication_group_from_string (const char         *text,
                                           KpPublicationGroup *out_group);
gboolean kp_publication_group_matches (KpPublicationGroup group,
                                       KpService         *service);

/**
 * KpPublicationSelection:
 * @registered: the registered social services provided on @date
 * @local: the local related services (health care, authorities, crisis lines, …)
 * @type_code: (nullable): only registered services of this type, "DruhSocialniSluzby/13"
 * @target_group: (nullable): only services with this target group (its registry name)
 * @forms: only services with one of these forms; %KP_SERVICE_FORM_NONE: any
 * @group: only services of this leaflet group
 * @date: (nullable): ISO date for "provided"; %NULL: today
 *
 * Which services a publication lists.
 */
typedef struct
{
  gboolean           registered;
  gboolean           local;
  char              *type_code;
  char              *target_group;
  KpServiceForms     forms;
  KpPublicationGroup group;
  char              *date;
} KpPublicationSelection;

void     kp_publication_selection_init (KpPublicationSelection *selection);
void     kp_publication_selection_clear (KpPublicationSelection *selection);
void     kp_publication_selection_copy (KpPublicationSelection       *dest,
                                        const KpPublicationSelection *src);
gboolean kp_publication_selection_matches (const KpPublicationSelection *selection,
                                           KpService                    *service);

int kp_catalogue_builder_primary_target_group (const char        *type_code,
                                               const char *const *names);
/* Entry of one service: name, type, forms, target groups, ages, capacities with units,
 * addresses of its facilities, contacts, obce served (its facilities and its scope) and its
 * local texts. */
KpCatalogueEntry *kp_catalogue_builder_entry (KpProject *project,
                                              KpService *service);
/* A local crisis-line service as a line (NULL when it has no phone). */
KpCrisisLine *kp_catalogue_builder_crisis_line (KpService *service);
char         *kp_catalogue_builder_first_phone (const char *raw);
/* Local crisis-line services become crisis lines, the other services entries. */
KpCatalogueSnapshot *kp_catalogue_builder_build (KpProject                    *project,
                                                 const KpPublicationSelection *selection);
/* With the optional parts (kp-catalogue-parts.h): the life-situation index, the authorities
 * (the municipal social department, OSPOD, the contact offices of Úřad práce) and health care,
 * which take the related services of their kinds out of the chapters of services. */
KpCatalogueSnapshot *kp_catalogue_builder_build_parts (KpProject                    *project,
                                                       const KpPublicationSelection *selection,
                                                       KpCataloguePartFlags          parts);
/* Title "Katalog poskytovatelů sociálních služeb", the territory as subtitle and issuer,
 * this year, the date of the registry's data, national lines, the local authorities as key
 * contacts, structure by target group, A4. */
KpCatalogueOptions *kp_catalogue_builder_default_options (KpProject *project);
/* ISO date of the registry data the project's services come from, or NULL. */
char *kp_catalogue_builder_dup_data_date (KpProject *project);

G_END_DECLS
