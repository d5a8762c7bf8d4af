/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: the library's table of the contact offices of Úřad práce ČR
 * (resources/sql/library/0006-up-offices.sql), written by kp-import-up.c and copied into
 * projects by kp-up-offices.c. */

#include "kp-database.h"

G_BEGIN_DECLS

typedef struct
{
  guint       row; /* of the file: 2 for the first office */
  const char *nazev;
  const char *okres; /* the publisher's abbreviation: "BN", "CH", "AB" for Praha */
  const char *obec;
  gint64      pocet_mist;
  double      lon;
  double      lat;
} KpUpOfficeRow;

gboolean kp_up_office_repository_insert (KpDatabase          *db,
                                         const KpUpOfficeRow *row,
                                         GError             **error);

G_END_DECLS
