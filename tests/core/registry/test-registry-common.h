/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the registry and network-of-services tests: a small reference library around
 * Havlíčkův Brod (real RÚIAN codes, invented population) and helpers for the fixtures in
 * tests/data/registry/. */

#include "kp-library.h"
#include "kp-project.h"

G_BEGIN_DECLS

/* Obce of ORP Havlíčkův Brod (949): 568414, 569704, 568406, 568350; Chotěboř (931):
 * 568759; Jihlava (1503): 586846. */
#define KP_TEST_ORP_HB "949"

char *kp_test_registry_path (const char *name);
/* Writes the code lists, obce and population into a new library at @path. */
KpLibrary *kp_test_registry_library (const char *path);
/* Imports tests/data/registry/@name (a NULL-terminated list) and asserts success. */
GPtrArray *kp_test_registry_import (KpLibrary  *library,
                                    const char *name,
                                    ...) G_GNUC_NULL_TERMINATED;
/* Imports and returns the error the import must fail with. */
GError    *kp_test_registry_import_error (KpLibrary  *library,
                                          const char *path);
KpProject *kp_test_registry_project (KpLibrary  *library,
                                     const char *path);
/* TRUE when @needle (UTF-8) occurs anywhere in the bytes of @path. */
gboolean kp_test_file_contains (const char *path,
                                const char *needle);
/* The bytes of a file, for comparing before and after. */
GBytes *kp_test_file_bytes (const char *path);
/* One integer from SQL on the library or project file at @path. */
gint64 kp_test_query_int (const char *path,
                          gboolean    project,
                          const char *sql);
char  *kp_test_query_text (const char *path,
                           gboolean    project,
                           const char *sql);

G_END_DECLS
