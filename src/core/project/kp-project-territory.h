/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-project.h"

G_BEGIN_DECLS

/**
 * KpTerritoryChange:
 * @obce: the obce of the territory after the change
 * @added: obce that joined
 * @removed: obce that left
 * @services_removed: (element-type utf8): the registered services that worked in the
 *   territory only through the obce that left, removed with their local data
 * @scope_entries_removed: entries of services' territorial scope naming obce that left
 */
typedef struct
{
  int        obce;
  int        added;
  int        removed;
  GPtrArray *services_removed;
  int        scope_entries_removed;
} KpTerritoryChange;

void kp_territory_change_free (KpTerritoryChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpTerritoryChange, kp_territory_change_free)

/* Adds the obce @add (codes) to the territory and removes @remove, in a job of the project
 * (one undo step, "Change the territory"): the snapshot of the obce (code lists,
 * population, the comparison of their ORP and kraje), their boundaries and the registered
 * services are brought to the new territory from @library. Obce that join take the
 * library's current figures; obce that stay keep theirs. An ORP project whose obce are no
 * longer the ORP's becomes a custom territory. Refused (KP_PROJECT_ERROR_NOT_FOUND,
 * _INVALID) when a code to add is not in the library, a code to remove is not in the
 * territory, or no obec would be left; nothing changes then. */
void kp_project_change_territory_async (KpProject          *self,
                                        KpLibrary          *library,
                                        const char *const  *add,
                                        const char *const  *remove,
                                        KpProgress         *progress,
                                        GCancellable       *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer            user_data);
/* What the change would do, without doing it (a warning before obce are removed); finish
 * it with kp_project_change_territory_finish(). */
void               kp_project_preview_territory_change_async (KpProject          *self,
                                                              KpLibrary          *library,
                                                              const char *const  *add,
                                                              const char *const  *remove,
                                                              GCancellable       *cancellable,
                                                              GAsyncReadyCallback callback,
                                                              gpointer            user_data);
KpTerritoryChange *kp_project_change_territory_finish (KpProject    *self,
                                                       GAsyncResult *result,
                                                       GError      **error);

G_END_DECLS
