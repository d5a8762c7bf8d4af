/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: every SQL statement of a plan's versions and their content (the plan_*
 * tables of resources/sql/project/0008-plan.sql). Writes run inside the caller's
 * transaction (an edit or an import). */

#include "kp-database.h"
#include "kp-plan-data.h"

G_BEGIN_DECLS

/* An item as a row: its data (children empty) and its place in the tree. */
typedef struct
{
  KpPlanItemData *data;
  gint64          parent_id; /* 0: a root */
  int             position;
} KpPlanItemRow;

void kp_plan_item_row_free (KpPlanItemRow *row);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpPlanItemRow, kp_plan_item_row_free)

/* Returns: (transfer full) (element-type KpPlanVersionData): every version by number, with
 * their fields only (no chapters, items or comments) */
GPtrArray *kp_plan_repository_list_versions (KpDatabase *db,
                                             GError    **error);
/* Returns: (transfer full) (element-type KpPlanItemRow): the items of @version_id, all or
 * those of @ids (element-type gint64) that still exist, ordered by parent and position */
GPtrArray *kp_plan_repository_load_items (KpDatabase *db,
                                          gint64      version_id,
                                          GArray     *ids,
                                          GError    **error);
/* Returns: (transfer full) (element-type KpPlanChapterData): in order */
GPtrArray *kp_plan_repository_load_chapters (KpDatabase *db,
                                             gint64      version_id,
                                             GError    **error);
/* Returns: (transfer full) (element-type KpPlanCommentData): by date received */
GPtrArray *kp_plan_repository_load_comments (KpDatabase *db,
                                             gint64      version_id,
                                             GError    **error);
/* Fills @version's chapters, item tree and comments. */
gboolean kp_plan_repository_load_content (KpDatabase        *db,
                                          KpPlanVersionData *version,
                                          GError           **error);

/* Versions. */
gboolean kp_plan_repository_insert_version (KpDatabase              *db,
                                            const KpPlanVersionData *version,
                                            gint64                  *out_id,
                                            GError                 **error);
/* Writes every field of the version row (not the content). */
gboolean kp_plan_repository_update_version (KpDatabase              *db,
                                            const KpPlanVersionData *version,
                                            GError                 **error);
/* Deletes a version that is not frozen, with its content. */
gboolean kp_plan_repository_delete_version (KpDatabase *db,
                                            gint64      version_id,
                                            GError    **error);
/* Removes the chapters, items and comments of a version that is not frozen. */
gboolean kp_plan_repository_clear_content (KpDatabase *db,
                                           gint64      version_id,
                                           GError    **error);
/* Writes @content's chapters, items (recursively, with uids as given) and comments into
 * @version_id, after what it has. */
gboolean kp_plan_repository_write_content (KpDatabase              *db,
                                           gint64                   version_id,
                                           const KpPlanVersionData *content,
                                           GError                 **error);

/* Items. */
gboolean kp_plan_repository_insert_item (KpDatabase           *db,
                                         gint64                version_id,
                                         gint64                parent_id,
                                         int                   position,
                                         const KpPlanItemData *data,
                                         gboolean              with_children,
                                         gint64               *out_id,
                                         GError              **error);
/* Writes the fields of @new_data that differ from @old_data (the row, its lists). */
gboolean kp_plan_repository_update_item (KpDatabase           *db,
                                         gint64                id,
                                         const KpPlanItemData *old_data,
                                         const KpPlanItemData *new_data,
                                         GError              **error);
gboolean kp_plan_repository_place_item (KpDatabase *db,
                                        gint64      id,
                                        gint64      parent_id,
                                        int         position,
                                        GError    **error);
/* Adds @delta to the position of the children of @parent_id at @from or after. */
gboolean kp_plan_repository_shift_items (KpDatabase *db,
                                         gint64      version_id,
                                         gint64      parent_id,
                                         int         from,
                                         int         delta,
                                         GError    **error);
gboolean kp_plan_repository_delete_item (KpDatabase *db,
                                         gint64      id,
                                         GError    **error);

/* Chapters and comments. */
gboolean kp_plan_repository_insert_chapter (KpDatabase              *db,
                                            gint64                   version_id,
                                            int                      position,
                                            const KpPlanChapterData *data,
                                            gint64                  *out_id,
                                            GError                 **error);
gboolean kp_plan_repository_update_chapter (KpDatabase              *db,
                                            const KpPlanChapterData *data,
                                            GError                 **error);
gboolean kp_plan_repository_place_chapter (KpDatabase *db,
                                           gint64      id,
                                           int         position,
                                           GError    **error);
gboolean kp_plan_repository_delete_chapter (KpDatabase *db,
                                            gint64      id,
                                            GError    **error);
gboolean kp_plan_repository_insert_comment (KpDatabase              *db,
                                            gint64                   version_id,
                                            const KpPlanCommentData *data,
                                            gint64                  *out_id,
                                            GError                 **error);
gboolean kp_plan_repository_update_comment (KpDatabase              *db,
                                            const KpPlanCommentData *data,
                                            GError                 **error);
gboolean kp_plan_repository_delete_comment (KpDatabase *db,
                                            gint64      id,
                                            GError    **error);

G_END_DECLS
