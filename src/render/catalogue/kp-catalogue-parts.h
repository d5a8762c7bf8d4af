/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-catalogue-types.h"

G_BEGIN_DECLS

/* The catalogue's parts besides its chapters of services, each of which can be left out:
 * the life-situation index (kp-catalogue-situations.c), the authorities to turn to
 * (kp-catalogue-authorities.c) and health care (kp-catalogue-health.c). The snapshot
 * builder fills them (src/snapshot/kp-catalogue-parts-builder.c); a part asked for but empty
 * is not printed, and the check before printing says why. */

typedef enum
{
  KP_CATALOGUE_PART_NONE = 0,
  KP_CATALOGUE_PART_SITUATIONS = 1 << 0,
  KP_CATALOGUE_PART_AUTHORITIES = 1 << 1,
  KP_CATALOGUE_PART_HEALTH = 1 << 2,
  KP_CATALOGUE_PART_ALL = (1 << 3) - 1,
} KpCataloguePartFlags;

/**
 * KpCatalogueOffice:
 * @name: "Kontaktní pracoviště Benešov (Vlašim)"
 * @obec: the obec it is in
 * @nearest: outside the territory, one of the nearest to it
 * @distance_km: from the territory's centre when @nearest, NAN when unknown
 *
 * A contact office of Úřad práce ČR. The open data give no address or phone: the catalogue
 * says where they are published.
 */
typedef struct
{
  char    *name;
  char    *obec;
  gboolean nearest;
  double   distance_km;
} KpCatalogueOffice;

/**
 * KpCatalogueSituation:
 * @title: "Pečuji o blízkého doma", in the document's language
 * @entries: (element-type guint): indices into the snapshot's entries, in Czech order of
 *   their names
 */
typedef struct
{
  char   *title;
  GArray *entries;
} KpCatalogueSituation;

struct _KpCatalogueParts
{
  KpCataloguePartFlags asked;
  GPtrArray           *situations; /* KpCatalogueSituation, only those with services */
  GPtrArray           *social;     /* KpCatalogueEntry: the municipal social department */
  GPtrArray           *ospod;      /* KpCatalogueEntry: orgán sociálně-právní ochrany dětí */
  GPtrArray           *offices;    /* KpCatalogueOffice */
  GPtrArray           *health;     /* KpCatalogueEntry: health care, in Czech order */
};

KpCatalogueParts     *kp_catalogue_parts_new (KpCataloguePartFlags asked);
KpCatalogueParts     *kp_catalogue_parts_copy (const KpCatalogueParts *parts);
void                  kp_catalogue_parts_free (KpCatalogueParts *parts);
KpCatalogueOffice    *kp_catalogue_office_new (const char *name,
                                               const char *obec,
                                               gboolean    nearest,
                                               double      distance_km);
void                  kp_catalogue_office_free (KpCatalogueOffice *office);
KpCatalogueSituation *kp_catalogue_situation_new (const char *title);
void                  kp_catalogue_situation_free (KpCatalogueSituation *situation);

/* Whether each part is asked for and has something to print. */
gboolean kp_catalogue_parts_has_situations (const KpCatalogueParts *parts);
gboolean kp_catalogue_parts_has_authorities (const KpCatalogueParts *parts);
gboolean kp_catalogue_parts_has_health (const KpCatalogueParts *parts);
/* The services the chapters of authorities and health care list, when they are printed. */
guint kp_catalogue_parts_count_entries (const KpCatalogueParts *parts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpCatalogueParts, kp_catalogue_parts_free)

G_END_DECLS
