/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-database.h"
#include "kp-library.h"

G_BEGIN_DECLS

/* Fixtures of the reference-library tests: the small fictional code lists in
 * tests/data/reference/, and ČSÚ age workbooks written on the fly with libzip.
 *
 * The fixture obce (UI_OBEC.csv) and their population: obec i has, for men, the band
 * values m_i + k (k = 0…17, band 0–4 first) and for women z_i + k, so an obec with bases
 * (m, z) has 18 (m + z) + 306 inhabitants. */

typedef struct
{
  const char *kod;
  int         m;
  int         z;
} KpTestObec;

extern const KpTestObec kp_test_obce[];
extern const guint      kp_test_n_obce;

char *kp_test_reference_path (const char *name);
void  kp_test_write_zip (const char        *path,
                         const char *const *parts);
char *kp_test_write_xlsx (const char *dir,
                          const char *name,
                          const char *sheet_xml,
                          const char *shared_strings_xml,
                          const char *created);

/* A ČSÚ sheet: the header of 2020_vek_do_999.xlsx, or with @single_years that of
 * 2020_vek_nad_1000.xlsx (0…84 as numbers, 85+, X, then the bands). Text cells are
 * inline strings. */
typedef struct _KpTestCsuSheet KpTestCsuSheet;

KpTestCsuSheet *kp_test_csu_sheet_new (gboolean single_years);
/* @counts: 19 cells, Celkem then the 18 bands */
void  kp_test_csu_sheet_add_row (KpTestCsuSheet    *sheet,
                                 const char        *poh,
                                 const char        *zuj,
                                 const char *const *counts);
void  kp_test_csu_sheet_add_obec (KpTestCsuSheet *sheet,
                                  const char     *zuj,
                                  int             m,
                                  int             z);
void  kp_test_csu_sheet_add_empty_row (KpTestCsuSheet *sheet);
char *kp_test_csu_sheet_finish (KpTestCsuSheet *sheet);

/* Writes the two ČSÚ workbooks of the fixture obce (those of 1 000 inhabitants or more
 * in the "nad_1000" one) named "<year>_vek_do_999.xlsx" and "<year>_vek_nad_1000.xlsx". */
void kp_test_write_csu_files (const char *dir,
                              int         year,
                              char      **out_do_999,
                              char      **out_nad_1000);

/* The six RÚIAN fixtures, in a deliberately wrong order (UI_OBEC first). */
GStrv kp_test_ruian_paths (void);

KpLibrary *kp_test_open_library (const char *dir);
void       kp_test_import_ok (KpLibrary         *library,
                              const char *const *paths);
void       kp_test_import_fails (KpLibrary         *library,
                                 const char *const *paths,
                                 int                code,
                                 const char        *file_name,
                                 const char        *expected_part);
gint64     kp_test_library_query_int (KpLibrary  *library,
                                      const char *sql);
/* Every row of every table of the library file at @path but the undo copies, in the
 * order a plain SELECT reads them (that of a dump), values quoted as SQL: equal dumps mean
 * equal content. */
char *kp_test_library_dump (const char *path);
/* The same of a library or a project file. */
char *kp_test_database_dump (const char    *path,
                             KpDatabaseKind kind);

G_END_DECLS
