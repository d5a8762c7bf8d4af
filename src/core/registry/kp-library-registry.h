/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-library.h"

G_BEGIN_DECLS

/* The MPSV registry of social services in the reference library. rpss.json and the MPSV
 * code-list files are imported with kp_library_import_files() like any reference file
 * (kinds KP_REFERENCE_KIND_REGISTRY…); each import of rpss.json keeps the older versions
 * of the services and records what changed. */

/**
 * KpRegistryChangeKind:
 * @KP_REGISTRY_CHANGE_NEW: the service was not in the previous data
 * @KP_REGISTRY_CHANGE_CHANGED: something of the service changed
 * @KP_REGISTRY_CHANGE_ENDED: the service ended (its end date has passed) or is no longer
 *   listed
 */
typedef enum
{
  KP_REGISTRY_CHANGE_NEW,
  KP_REGISTRY_CHANGE_CHANGED,
  KP_REGISTRY_CHANGE_ENDED,
} KpRegistryChangeKind;

/* "new", "changed", "ended" */
const char *kp_registry_change_kind_to_string (KpRegistryChangeKind kind);

typedef struct
{
  KpRegistryChangeKind kind;
  char                *identifikator;
  char                *name; /* the service's name, or NULL */
  char                *type_name;
} KpRegistryChange;

void kp_registry_change_free (KpRegistryChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpRegistryChange, kp_registry_change_free)

/**
 * KpRegistryReport:
 * @import_id: the import (1, 2, … in the order they were made)
 * @services: services in the file
 * @facilities: facilities, a facility listed twice counted once
 * @facilities_without_point: facilities without a RÚIAN address point
 * @changes: (element-type KpRegistryChange): new, changed and ended services, in that
 *   order, each by identifikátor
 */
typedef struct
{
  gint64     import_id;
  char      *source_name;
  char      *sha256;
  char      *data_date;
  char      *imported_at;
  guint      services;
  guint      facilities;
  guint      facilities_without_point;
  guint      new_services;
  guint      changed_services;
  guint      ended_services;
  GPtrArray *changes;
} KpRegistryReport;

void kp_registry_report_free (KpRegistryReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpRegistryReport, kp_registry_report_free)

/* Returns: (transfer full) (nullable): what an import of rpss.json brought (@import_id 0:
 * the latest), or %NULL when there is none (@error is then not set) */
KpRegistryReport *kp_library_get_registry_report (KpLibrary *library,
                                                  gint64     import_id,
                                                  GError   **error);
/* The number of services the registry held after import @import_id (0: now). Older
 * imports stay readable: their versions of the services are kept. */
gboolean kp_library_count_registry_services (KpLibrary *library,
                                             gint64     import_id,
                                             gint64    *out_count,
                                             GError   **error);

G_END_DECLS
