/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: the project's contact offices of Úřad práce
 * (resources/sql/project/0012-authorities.sql) and their copy from the attached library. */

#include "kp-database.h"
#include "kp-up-offices.h"

G_BEGIN_DECLS

/* An office of the library, as read for choosing. */
typedef struct
{
  char  *name;
  char  *okres; /* the publisher's abbreviation */
  char  *obec;
  double lon;
  double lat;
} KpUpOfficeSource;

void kp_up_office_source_free (KpUpOfficeSource *office);

/* An obec of the territory with the name of its okres (nullable). */
typedef struct
{
  char *obec;
  char *okres;
} KpUpTerritoryObec;

void kp_up_territory_obec_free (KpUpTerritoryObec *obec);

/* @out_found: FALSE when the attached library has no table of offices (an older one). */
gboolean kp_up_offices_repository_read_library (KpDatabase *db,
                                                GPtrArray  *out_offices,
                                                gboolean   *out_found,
                                                GError    **error);
gboolean kp_up_offices_repository_read_territory (KpDatabase *db,
                                                  GPtrArray  *out_obce,
                                                  GError    **error);
/* Replaces the project's offices with @offices (KpUpOffice). */
gboolean kp_up_offices_repository_replace (KpDatabase *db,
                                           GPtrArray  *offices,
                                           GError    **error);
gboolean kp_up_offices_repository_load (KpDatabase *db,
                                        GPtrArray  *out_offices,
                                        GError    **error);

/* kp-up-offices.c: chooses the offices of the territory (temp or main obce with
 * in_territory = 1, boundaries already copied) from the attached library "lib" and
 * writes them into the project. A library without offices leaves the project without. */
gboolean kp_up_offices_copy_from_library (KpDatabase *db,
                                          GError    **error);

G_END_DECLS
