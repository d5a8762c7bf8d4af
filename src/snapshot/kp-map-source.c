/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-map-builder.h"
#include "kp-czech.h"
#include "kp-document-text.h"
#include "kp-library.h"

/* The source line a map carries ("Zdroj: …"): who published the data shown and as of
 * when, from the sources the project's snapshot was copied from (kp_project_list_sources).
 * In the application's language for the map view and its exports, in the document's for a
 * map in a document. */

/* @msgid (marked N_) in the application's language or in the document's. */
#define WORD(document, msgid) ((document) ? D_ (msgid) : _ (msgid))

static const KpImportRecord *
find_source (GPtrArray      *sources,
             KpReferenceKind kind)
{
  const KpImportRecord *found = NULL;

  /* The last import of a kind is the one the project holds. */
  for (guint i = 0; sources != NULL && i < sources->len; i++)
    if (((const KpImportRecord *) g_ptr_array_index (sources, i))->kind == kind)
      found = g_ptr_array_index (sources, i);
  return found;
}

/* A part of the line: @with_date when @iso_date is known, else @without_date. */
#define APPEND_DATED(parts, with_date, without_date, iso_date)           \
  G_STMT_START                                                           \
  {                                                                      \
    const char *iso_ = (iso_date);                                       \
                                                                         \
    if (iso_ != NULL && iso_[0] != '\0')                                 \
      {                                                                  \
        g_autofree char *date_ = kp_czech_format_date (iso_);            \
                                                                         \
        g_ptr_array_add ((parts), g_strdup_printf ((with_date), date_)); \
      }                                                                  \
    else                                                                 \
      g_ptr_array_add ((parts), g_strdup (without_date));                \
  }                                                                      \
  G_STMT_END

/* The source line, its words in the application's language or the document's. */
static char *
dup_source (KpProject *project,
            gboolean   services,
            gboolean   document)
{
  g_autoptr (GPtrArray) sources = kp_project_list_sources (project, NULL);
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const KpImportRecord *record;
  g_autofree char      *joined = NULL;

  if (kp_project_get_is_sample (project))
    {
      APPEND_DATED (parts,
                    /* Translators: map source of the sample project; %s is a date */
                    WORD (document, N_ ("fictional sample data of Komplan, population at %s")),
                    WORD (document, N_ ("fictional sample data of Komplan")), kp_project_get_reference_date (project));
    }
  else
    {
      record = find_source (sources, KP_REFERENCE_KIND_CSU_AGE);
      /* Translators: map source; %s is a date */
      APPEND_DATED (parts, WORD (document, N_ ("ČSÚ, population at %s")), WORD (document, N_ ("ČSÚ, population")),
                    record != NULL ? record->data_date : kp_project_get_reference_date (project));
      record = find_source (sources, KP_REFERENCE_KIND_UI_OBEC);
      /* Translators: map source; %s is a date */
      APPEND_DATED (parts, WORD (document, N_ ("RÚIAN, obce at %s")), WORD (document, N_ ("RÚIAN, obce")),
                    record != NULL ? record->data_date : NULL);
      record = find_source (sources, KP_REFERENCE_KIND_GEO_OBCE);
      if (record != NULL && record->source_name != NULL)
        /* Translators: map source; %s is the name of the boundaries' file */
        g_ptr_array_add (parts, g_strdup_printf (WORD (document, N_ ("boundaries of obce (%s)")), record->source_name));
    }
  if (services)
    {
      record = find_source (sources, KP_REFERENCE_KIND_REGISTRY);
      /* Translators: map source; %s is a date */
      APPEND_DATED (parts, WORD (document, N_ ("MPSV registry of social services at %s")),
                    WORD (document, N_ ("MPSV registry of social services")), record != NULL ? record->data_date : NULL);
    }
  g_ptr_array_add (parts, NULL);
  joined = g_strjoinv ("; ", (char **) parts->pdata);
  /* Translators: the source line of a map, e.g. "Zdroj: ČSÚ, obyvatelé k 31. 12. 2020; …" */
  return g_strdup_printf (WORD (document, N_ ("Source: %s")), joined);
}

/**
 * kp_map_builder_dup_source:
 * @services: whether the map shows the registry's services
 *
 * Returns: (transfer full): the map's source line, e.g. "Zdroj: ČSÚ, obyvatelé k
 *   31. 12. 2020; RÚIAN, obce k 1. 1. 2025; hranice obcí (obce.topojson.json)"
 */
char *
kp_map_builder_dup_source (KpProject *project,
                           gboolean   services)
{
  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  return dup_source (project, services, FALSE);
}

/**
 * kp_map_builder_dup_document_source:
 *
 * Returns: (transfer full): the source line of kp_map_builder_dup_source() in the
 *   document's language (kp-document-text.h), for a map in a document
 */
char *
kp_map_builder_dup_document_source (KpProject *project,
                                    gboolean   services)
{
  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  return dup_source (project, services, TRUE);
}
