/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-library.h"

G_BEGIN_DECLS

/**
 * KpReferenceSourceGroup:
 *
 * How the reference window groups the kinds of file.
 */
typedef enum
{
  KP_REFERENCE_SOURCE_TERRITORY, /* RÚIAN code lists, ČSÚ population and indicators */
  KP_REFERENCE_SOURCE_BOUNDARIES,
  KP_REFERENCE_SOURCE_REGISTRY, /* MPSV registry and its code lists */
} KpReferenceSourceGroup;

/**
 * KpReferenceSource:
 * @kind: what importing it brings, or %KP_REFERENCE_KIND_UNKNOWN for a file Komplan
 *   recognises but cannot import yet
 * @n_files: files of the kind that make it whole (the ČSÚ population comes in 2)
 * @files: the names of the files as published (not translated)
 * @url: where they are published
 * @how: (translatable): what to download there, in a sentence or two
 * @needed: projects cannot be made without it
 *
 * One kind of file the reference data are made of.
 */
typedef struct
{
  const char            *id;
  KpReferenceSourceGroup group;
  KpReferenceKind        kind;
  guint                  n_files;
  const char            *files;
  const char            *url;
  const char            *how;
  gboolean               needed;
} KpReferenceSource;

typedef enum
{
  KP_REFERENCE_SOURCE_MISSING,
  KP_REFERENCE_SOURCE_PARTIAL, /* some of its files only */
  KP_REFERENCE_SOURCE_PRESENT,
  KP_REFERENCE_SOURCE_NOT_IMPORTABLE,
} KpReferenceSourceState;

/* Every kind of file, in the order the reference window lists them. */
const KpReferenceSource *kp_reference_sources_get (guint *out_n);
/* Returns: (nullable): the source that brings @kind */
const KpReferenceSource *kp_reference_source_find (KpReferenceKind kind);
/* Translated: "Obce (RÚIAN UI_OBEC)", "ČSÚ indicators of the SO ORP" … */
const char *kp_reference_source_get_title (const KpReferenceSource *source);
const char *kp_reference_source_get_how (const KpReferenceSource *source);
/**
 * kp_reference_source_get_state:
 * @imports: (element-type KpImportRecord): kp_library_list_imports()
 * @out_records: (out) (optional) (transfer container) (element-type KpImportRecord): the
 *   imports of the source, borrowed from @imports
 */
KpReferenceSourceState kp_reference_source_get_state (const KpReferenceSource *source,
                                                      GPtrArray               *imports,
                                                      GPtrArray              **out_records);

G_END_DECLS
