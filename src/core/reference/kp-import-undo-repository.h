/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: the SQL of "undo the last import" and of the shrink guard on the
 * reference tables (resources/sql/library/0004-import-undo.sql, and 0005-csu-orp.sql for the ČSÚ
 * indicators of the SO ORP, 0006-up-offices.sql for the contact offices of Úřad práce). The registry's part is in
 * kp-registry-undo-repository.c. */

#include "kp-database.h"

G_BEGIN_DECLS

/* The groups of tables an import copies before it first changes them. */
typedef enum
{
  KP_UNDO_GROUP_CODES = 1 << 0,      /* kraj, okres, orp, pou, csu_code */
  KP_UNDO_GROUP_OBCE = 1 << 1,       /* obec */
  KP_UNDO_GROUP_POPULATION = 1 << 2, /* population */
  KP_UNDO_GROUP_BOUNDARIES = 1 << 3, /* boundary, boundary_arc */
  KP_UNDO_GROUP_REGISTRY_CODES = 1 << 4,
  KP_UNDO_GROUP_ORP_INDICATORS = 1 << 5, /* csu_orp */
  KP_UNDO_GROUP_UP_OFFICES = 1 << 6,     /* up_office */
  KP_UNDO_ALL_GROUPS = (1 << 7) - 1,
} KpUndoGroup;

typedef struct
{
  int    schema_version;
  gint64 last_log_id;
  gint64 last_registry_import;
  guint  saved; /* KpUndoGroup */
} KpUndoState;

/* What the shrink guard compares, before and after an import. */
typedef enum
{
  KP_LOSS_KRAJE,
  KP_LOSS_OKRESY,
  KP_LOSS_ORP,
  KP_LOSS_POU,
  KP_LOSS_OBCE,
  KP_LOSS_BOUNDARIES_OBCE,
  KP_LOSS_BOUNDARIES_ORP,
  KP_LOSS_BOUNDARIES_KRAJE,
  KP_LOSS_ORP_INDICATORS,
  KP_LOSS_UP_OFFICES,
  KP_N_LOSSES
} KpLossKind;

/* Starts a new undo state: forgets the copies of the import before. */
gboolean kp_import_undo_repository_begin (KpDatabase *db,
                                          gint64      last_registry_import,
                                          GError    **error);
/* Copies @group (not the registry's codes) into its undo_ tables and marks it saved. */
gboolean kp_import_undo_repository_save (KpDatabase *db,
                                         KpUndoGroup group,
                                         GError    **error);
/* @out_found: FALSE when there is nothing to undo */
gboolean kp_import_undo_repository_get (KpDatabase  *db,
                                        gboolean    *out_found,
                                        KpUndoState *out_state,
                                        GError     **error);
/* Copies the saved groups back (not the registry's codes), deletes the log of the import
 * and forgets the copies. */
gboolean kp_import_undo_repository_restore (KpDatabase        *db,
                                            const KpUndoState *state,
                                            GError           **error);
/* How many rows of @kind the undo copy had, how many of them the tables lost, and the
 * names of the first few lost (added to @examples, at most @max_examples). */
gboolean kp_import_undo_repository_count_loss (KpDatabase *db,
                                               KpLossKind  kind,
                                               gint64     *out_before,
                                               gint64     *out_lost,
                                               GPtrArray  *examples,
                                               guint       max_examples,
                                               GError    **error);

G_END_DECLS
