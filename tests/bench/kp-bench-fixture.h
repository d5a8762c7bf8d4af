/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The projects that the open benchmarks open, built once from the real national data and
 * cached in a temporary folder that both benchmarks of a run share:
 *
 *   library   a reference library: RÚIAN code lists, ČSÚ ages, boundaries of obce, ORP and
 *             kraje (KP_SHARED_DATA), and the national synthetic registry of gen-rpss
 *             (KP_GEN_RPSS) with its services in real obce
 *   national  a project of all 6 258 obce (a custom territory) with the registry's services
 *   benesov   a project of ORP Benešov with its services
 *   sample    the sample project ("ukázková data")
 *
 * The folder is $TMPDIR/komplan-bench-<hash of the build tree's libkp-core.a path>, one per
 * build tree. It is rebuilt when its inputs changed: the files, gen-rpss, libkp-core.a
 * (KP_BENCH_CORE: the code that writes and reads projects) or the schema versions; a later
 * run with the same inputs reuses it. */
typedef struct
{
  char  *dir;
  char  *library;
  char  *national;
  char  *benesov;
  char  *sample;
  guint  national_obce;
  guint  national_services;
  guint  benesov_obce;
  guint  benesov_services;
  double build_seconds; /* 0 when the cache was used */
} KpBenchFixture;

void kp_bench_fixture_free (KpBenchFixture *fixture);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpBenchFixture, kp_bench_fixture_free)

/* Returns: (transfer full): the fixture, built when not cached, or %NULL with @error set;
 *   %NULL with @error unset when KP_SHARED_DATA, KP_GEN_RPSS or KP_BENCH_CORE is missing
 *   (skip) */
KpBenchFixture *kp_bench_fixture_get (GError **error);

/* @label padded with spaces to @width characters (not bytes). */
char *kp_bench_pad (const char *label,
                    int         width);

/* Median of @n values (sorts them). */
double kp_bench_median (double *values,
                        int     n);

G_END_DECLS
