/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-service-network.h"

G_BEGIN_DECLS

/**
 * KpDataQualityKind:
 * @KP_DATA_QUALITY_NO_ADDRESS_POINT: a facility without a RÚIAN address point
 * @KP_DATA_QUALITY_ENDED_IN_USE: an ended service still in the project's network or
 *   territorial scope data
 * @KP_DATA_QUALITY_NO_CONTACT: no phone, e-mail or web, of the service or its provider
 * @KP_DATA_QUALITY_FORM_NOT_ALLOWED: a form the law does not allow for the type
 * @KP_DATA_QUALITY_REPEATED_FACILITY: the same facility (name and address) listed more
 *   than once
 * @KP_DATA_QUALITY_MIXED_UNITS: one form has capacity in more than one unit
 */
typedef enum
{
  KP_DATA_QUALITY_NO_ADDRESS_POINT,
  KP_DATA_QUALITY_ENDED_IN_USE,
  KP_DATA_QUALITY_NO_CONTACT,
  KP_DATA_QUALITY_FORM_NOT_ALLOWED,
  KP_DATA_QUALITY_REPEATED_FACILITY,
  KP_DATA_QUALITY_MIXED_UNITS,
} KpDataQualityKind;

/* One problem of one service. Properties (read-only): kind (int), service (KpService),
 * message (translated, for the UI), key (stable across sessions: what a dismissal
 * stores), dismissed. */

#define KP_TYPE_DATA_QUALITY_ISSUE (kp_data_quality_issue_get_type ())
G_DECLARE_FINAL_TYPE (KpDataQualityIssue, kp_data_quality_issue, KP, DATA_QUALITY_ISSUE, GObject)

KpDataQualityKind kp_data_quality_issue_get_kind (KpDataQualityIssue *self);
KpService        *kp_data_quality_issue_get_service (KpDataQualityIssue *self);
const char       *kp_data_quality_issue_get_message (KpDataQualityIssue *self);
const char       *kp_data_quality_issue_get_key (KpDataQualityIssue *self);
gboolean          kp_data_quality_issue_get_dismissed (KpDataQualityIssue *self);

/* "no_address_point", "ended_in_use", "no_contact", "form_not_allowed",
 * "repeated_facility", "mixed_units" */
const char *kp_data_quality_kind_to_string (KpDataQualityKind kind);

/* Returns: (transfer none): a GListModel of the issues not dismissed. The first call
 * starts a check in the background (kp_data_quality_check_async) that fills it; from then
 * on it is kept up to date after every edit, undo, redo and refresh. */
GListModel *kp_service_network_get_quality_issues (KpServiceNetwork *self);
/* Whether the issues list has been filled. */
gboolean kp_service_network_get_quality_ready (KpServiceNetwork *self);
/* Checks the services in memory now. Returns: (transfer full) (element-type
 * KpDataQualityIssue): every issue, dismissed ones too when @include_dismissed */
GPtrArray *kp_service_network_check_quality (KpServiceNetwork *self,
                                             gboolean          include_dismissed);
/* Stores the dismissal in the project (undoable). */
gboolean kp_service_network_set_issue_dismissed (KpServiceNetwork   *self,
                                                 KpDataQualityIssue *issue,
                                                 gboolean            dismissed,
                                                 GError            **error);

/* Checks the project's services in a worker thread, on a connection of its own, so that
 * neither opening a project nor its first view waits for it. */
void kp_data_quality_check_async (KpProject          *project,
                                  gboolean            include_dismissed,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data);
/* Returns: (transfer full) (element-type KpDataQualityIssue): the issues, by service; their
 * services are the network's objects when it has been created. %NULL with @error set. */
GPtrArray *kp_data_quality_check_finish (KpProject    *project,
                                         GAsyncResult *result,
                                         GError      **error);

G_END_DECLS
