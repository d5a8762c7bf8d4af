/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-boundary-store.h"
#include "kp-czech.h"
#include "kp-geo-json.h"
#include "kp-import-private.h"

#include <string.h>

/* Importing boundaries (GeoJSON, TopoJSON; WGS84) into the reference library. The level
 * (kraje, ORP, obce) is told from the features' property names; each feature is matched
 * to a code of the code lists already in the library, by whichever code system the file
 * uses (RÚIAN, ČSÚ, NUTS 3). Praha's správní obvody, which the obce files of the open data
 * carry instead of Praha, are merged into the obec Praha. What matched nothing, and what
 * has no boundary, is reported in the import record's note. */

#define PRAHA_KOD    "554782"
#define REPORT_LIMIT 5
#define SNIFF_LENGTH 4096

typedef struct
{
  KpReferenceKind kind;
  KpBoundaryLevel level;
  const char     *label;        /* plural, for messages */
  const char     *key_hints[8]; /* property names only files of this level have */
  const char     *code_keys[8]; /* where the code may be, in order */
  int             n_systems;
  KpCodeSystem    systems[3]; /* which codes the file may use */
} LevelInfo;

static const LevelInfo levels[] = {
  { KP_REFERENCE_KIND_GEO_OBCE,
    KP_BOUNDARY_LEVEL_OBEC,
    N_ ("obce"),
    { "kod_obec", "kod_obce", "obec_kod", "kodobce", "ob", "nazev_obce", "naz_obec", NULL },
    { "kod_obec", "kod_obce", "obec_kod", "kodobce", "kod", "code", NULL },
    1,
    { KP_CODE_SYSTEM_OBEC } },
  { KP_REFERENCE_KIND_GEO_ORP,
    KP_BOUNDARY_LEVEL_ORP,
    N_ ("ORP"),
    { "kod_orp", "orp_kod", "naz_orp", "nazev_orp", "spravniobeckod", NULL },
    { "kod_orp", "orp_kod", "kod", "code", NULL },
    2,
    { KP_CODE_SYSTEM_ORP, KP_CODE_SYSTEM_ORP_CSU } },
  { KP_REFERENCE_KIND_GEO_KRAJE,
    KP_BOUNDARY_LEVEL_KRAJ,
    N_ ("kraje"),
    { "kod_cznuts3", "naz_cznuts3", "nuts3", "nuts3_kod", "kod_kraj", "kraj_kod", "kod_vusc", NULL },
    { "kod_cznuts3", "nuts3_kod", "nuts3", "kod_kraj", "kraj_kod", "kod_vusc", "kod", NULL },
    3,
    { KP_CODE_SYSTEM_KRAJ, KP_CODE_SYSTEM_KRAJ_NUTS3, KP_CODE_SYSTEM_KRAJ_CSU } },
};

static const LevelInfo *
level_for_kind (KpReferenceKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    if (levels[i].kind == kind)
      return &levels[i];
  g_return_val_if_reached (&levels[0]);
}

/* TRUE when the file starts like JSON and names a GeoJSON or TopoJSON type early on. */
gboolean
kp_import_boundaries_sniff (GBytes *contents)
{
  gsize       len;
  const char *data = g_bytes_get_data (contents, &len);
  gsize       i = 0, n;

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < len && g_ascii_isspace (data[i]))
    i++;
  if (i >= len || data[i] != '{')
    return FALSE;
  n = MIN (len, SNIFF_LENGTH);
  return g_strstr_len (data, (gssize) n, "\"Topology\"") != NULL ||
         g_strstr_len (data, (gssize) n, "\"FeatureCollection\"") != NULL ||
         g_strstr_len (data, (gssize) n, "\"Feature\"") != NULL;
}

/* The property of @feature named @key, ASCII case ignored. */
static const char *
find_property (const KpGeoFeature *feature,
               const char         *key)
{
  GHashTableIter iter;
  gpointer       k, v;

  if (feature->properties == NULL)
    return NULL;
  g_hash_table_iter_init (&iter, feature->properties);
  while (g_hash_table_iter_next (&iter, &k, &v))
    if (g_ascii_strcasecmp (k, key) == 0)
      return v;
  return NULL;
}

/* Returns: the level whose property names the features have, or %NULL */
static const LevelInfo *
level_from_properties (const KpGeoLayer *layer)
{
  for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
    for (guint f = 0; f < MIN (layer->features->len, 8u); f++)
      for (guint k = 0; levels[l].key_hints[k] != NULL; k++)
        if (find_property (kp_geo_layer_get_feature (layer, f), levels[l].key_hints[k]) != NULL)
          return &levels[l];
  return NULL;
}

/**
 * kp_import_boundaries_detect:
 *
 * Decodes the file (which refuses other coordinate systems and broken geometry) and tells
 * its level.
 *
 * Returns: one of the KP_REFERENCE_KIND_GEO_ kinds, or %KP_REFERENCE_KIND_UNKNOWN with
 *   @error set
 */
KpReferenceKind
kp_import_boundaries_detect (GBytes     *contents,
                             const char *display_name,
                             GError    **error)
{
  gsize       len;
  const char *data = g_bytes_get_data (contents, &len);
  g_autoptr (KpGeoLayer) layer = kp_geo_layer_parse (data, len, display_name, NULL, error);
  const LevelInfo *level;

  if (layer == NULL)
    return KP_REFERENCE_KIND_UNKNOWN;
  level = level_from_properties (layer);
  if (level != NULL)
    return level->kind;
  g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
               _ ("%s: cannot tell whether the boundaries are of obce, ORP or kraje; the "
                  "features need a code property such as kod_obce, kod_orp or kod_cznuts3"),
               display_name);
  return KP_REFERENCE_KIND_UNKNOWN;
}

typedef struct
{
  char *kod;
  char *nazev;
} Target;

static void
target_free (gpointer data)
{
  Target *t = data;

  g_free (t->kod);
  g_free (t->nazev);
  g_free (t);
}

static void
add_target (const char *code,
            const char *kod,
            const char *nazev,
            gpointer    user_data)
{
  Target *t = g_new0 (Target, 1);

  t->kod = g_strdup (kod);
  t->nazev = g_strdup (nazev);
  g_hash_table_insert (user_data, g_strdup (code), t);
}

/* One code system of the level: code in the file → the library's code and name. */
static GHashTable *
load_code_table (KpLibraryRepository *repo,
                 KpCodeSystem         system,
                 GError             **error)
{
  g_autoptr (GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, target_free);

  if (!kp_library_repository_foreach_code (repo, system, add_target, table, error))
    return NULL;
  return g_steal_pointer (&table);
}

static const char *
feature_code (const KpGeoFeature *feature,
              const char         *key)
{
  if (key == NULL)
    return feature->id;
  return find_property (feature, key);
}

/* The property that holds the codes: the first candidate the first feature has. */
static const char *
choose_code_key (const LevelInfo  *level,
                 const KpGeoLayer *layer)
{
  const KpGeoFeature *first = kp_geo_layer_get_feature (layer, 0);

  for (guint k = 0; level->code_keys[k] != NULL; k++)
    if (find_property (first, level->code_keys[k]) != NULL)
      return level->code_keys[k];
  return NULL; /* the features' ids */
}

static gboolean
is_praha_part (const KpGeoFeature *feature)
{
  static const char *const okres_keys[] = { "ok", "okres", "nazev_okresu", "naz_okres" };
  static const char *const name_keys[] = { "ob", "nazev", "naz_obec", "name" };

  for (guint i = 0; i < G_N_ELEMENTS (okres_keys); i++)
    if (g_strcmp0 (find_property (feature, okres_keys[i]), "Praha") == 0)
      return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (name_keys); i++)
    {
      const char *name = find_property (feature, name_keys[i]);

      if (name != NULL && g_str_has_prefix (name, "Praha ") && g_ascii_isdigit (name[6]))
        return TRUE;
    }
  return FALSE;
}

static const char *
feature_name (const KpGeoFeature *feature)
{
  static const char *const keys[] = { "ob", "nazev", "nazev_obce", "naz_obec",
                                      "naz_orp", "naz_cznuts3", "name" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const char *name = find_property (feature, keys[i]);

      if (name != NULL)
        return name;
    }
  return "";
}

static void
append_list (GString   *out,
             GPtrArray *items)
{
  for (guint i = 0; i < MIN (items->len, REPORT_LIMIT); i++)
    {
      g_string_append (out, i == 0 ? " " : ", ");
      g_string_append (out, g_ptr_array_index (items, i));
    }
  if (items->len > REPORT_LIMIT)
    g_string_append (out, ", …");
}

/* "6 258 obce matched by code." */
static char *
format_matched (const LevelInfo *level,
                guint            n)
{
  g_autofree char *number = kp_czech_format_int (n);

  switch (level->level)
    {
    case KP_BOUNDARY_LEVEL_OBEC:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s obec matched by code.",
                                           "%s obce matched by code.", n),
                              number);
    case KP_BOUNDARY_LEVEL_ORP:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s ORP matched by code.",
                                           "%s ORP matched by code.", n),
                              number);
    case KP_BOUNDARY_LEVEL_KRAJ:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s kraj matched by code.",
                                           "%s kraje matched by code.", n),
                              number);
    }
}

/* "12 obce of the reference data have no boundary:" */
static char *
format_missing (const LevelInfo *level,
                guint            n)
{
  g_autofree char *number = kp_czech_format_int (n);

  switch (level->level)
    {
    case KP_BOUNDARY_LEVEL_OBEC:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s obec of the reference data has no boundary:",
                                           "%s obce of the reference data have no boundary:", n),
                              number);
    case KP_BOUNDARY_LEVEL_ORP:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s ORP of the reference data has no boundary:",
                                           "%s ORP of the reference data have no boundary:", n),
                              number);
    case KP_BOUNDARY_LEVEL_KRAJ:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s kraj of the reference data has no boundary:",
                                           "%s kraje of the reference data have no boundary:", n),
                              number);
    }
}

static char *
build_note (const LevelInfo *level,
            guint            matched,
            guint            praha_parts,
            GPtrArray       *unmatched,
            GPtrArray       *missing)
{
  GString         *note = g_string_new (NULL);
  g_autofree char *matched_text = format_matched (level, matched);

  g_string_append (note, matched_text);
  if (praha_parts > 0)
    {
      g_string_append_c (note, ' ');
      /* Translators: správní obvody are the 22 administrative districts of Praha */
      g_string_append_printf (note,
                              g_dngettext (GETTEXT_PACKAGE, "%u správní obvod merged into Praha.",
                                           "%u správní obvody merged into Praha.", praha_parts),
                              praha_parts);
    }
  if (unmatched->len > 0)
    {
      g_autofree char *n = kp_czech_format_int (unmatched->len);

      g_string_append_c (note, ' ');
      g_string_append_printf (note,
                              g_dngettext (GETTEXT_PACKAGE, "%s feature matched no code:",
                                           "%s features matched no code:", unmatched->len),
                              n);
      append_list (note, unmatched);
      g_string_append_c (note, '.');
    }
  if (missing->len > 0)
    {
      g_autofree char *missing_text = format_missing (level, missing->len);

      g_string_append_c (note, ' ');
      g_string_append (note, missing_text);
      append_list (note, missing);
      g_string_append_c (note, '.');
    }
  return g_string_free (note, FALSE);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return kp_czech_compare (*(const char *const *) a, *(const char *const *) b);
}

/* Picks the code system with the most matches. */
static GHashTable *
best_code_table (KpLibraryRepository *repo,
                 const LevelInfo     *level,
                 const KpGeoLayer    *layer,
                 const char          *code_key,
                 GError             **error)
{
  GHashTable *best = NULL;
  guint       best_count = 0;

  for (int t = 0; t < level->n_systems; t++)
    {
      GHashTable *table = load_code_table (repo, level->systems[t], error);
      guint       count = 0;

      if (table == NULL)
        {
          g_clear_pointer (&best, g_hash_table_unref);
          return NULL;
        }
      for (guint f = 0; f < layer->features->len; f++)
        {
          const char *code = feature_code (kp_geo_layer_get_feature (layer, f), code_key);

          if (code != NULL && g_hash_table_contains (table, code))
            count++;
        }
      if (best == NULL || count > best_count)
        {
          g_clear_pointer (&best, g_hash_table_unref);
          best = table;
          best_count = count;
        }
      else
        g_hash_table_unref (table);
    }
  return best;
}

gboolean
kp_import_boundaries (KpImportBatch      *batch,
                      const KpImportFile *file,
                      KpImportRecord     *record,
                      GError            **error)
{
  const LevelInfo *level = level_for_kind (file->kind);
  KpDatabase      *db = kp_library_repository_get_database (batch->repo);
  gsize            len;
  const char      *data = g_bytes_get_data (file->contents, &len);
  g_autoptr (KpGeoLayer) layer = kp_geo_layer_parse (data, len, file->display_name, NULL, error);
  g_autoptr (GHashTable) table = NULL;
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) missing = g_ptr_array_new ();
  g_autofree const char **codes = NULL;
  g_autofree const char **names = NULL;
  const char             *code_key;
  const Target           *praha;
  guint                   matched = 0, praha_parts = 0;
  GHashTableIter          iter;
  gpointer                value;

  if (layer == NULL || !kp_import_step (batch, 0.3, error))
    return FALSE;
  /* ČSÚ codes of code lists imported in this same batch are filled in only at its end. */
  if (level->level != KP_BOUNDARY_LEVEL_OBEC &&
      !kp_library_repository_update_csu_codes (batch->repo, error))
    return FALSE;
  code_key = choose_code_key (level, layer);
  table = best_code_table (batch->repo, level, layer, code_key, error);
  if (table == NULL)
    return FALSE;
  praha = level->level == KP_BOUNDARY_LEVEL_OBEC ? g_hash_table_lookup (table, PRAHA_KOD) : NULL;

  codes = g_new0 (const char *, layer->features->len + 1);
  names = g_new0 (const char *, layer->features->len + 1);
  for (guint f = 0; f < layer->features->len; f++)
    {
      const KpGeoFeature *feature = kp_geo_layer_get_feature (layer, f);
      const char         *code = feature_code (feature, code_key);
      const Target       *target = code != NULL ? g_hash_table_lookup (table, code) : NULL;

      if (target != NULL && g_hash_table_contains (seen, target->kod))
        {
          g_autofree char *quoted = kp_error_quote (code, -1);

          kp_import_set_row_error (error, KP_IMPORT_ERROR_DUPLICATE, file->display_name, f + 1,
                                   _ ("the code %s occurs twice"), quoted);
          return FALSE;
        }
      if (target == NULL && praha != NULL && is_praha_part (feature))
        {
          target = praha;
          praha_parts++;
        }
      if (target == NULL)
        {
          /* Text of the file, quoted in the note: made valid and short. */
          g_autofree char *quoted_code = kp_error_quote (code != NULL ? code : "?", -1);
          g_autofree char *quoted_name = kp_error_quote (feature_name (feature), -1);

          g_ptr_array_add (unmatched, g_strdup_printf ("%s %s", quoted_code, quoted_name));
          continue;
        }
      if (target != praha || !is_praha_part (feature))
        g_hash_table_add (seen, target->kod);
      codes[f] = target->kod;
      names[f] = target->nazev;
    }
  if (praha_parts > 0)
    g_hash_table_add (seen, praha->kod);
  matched = g_hash_table_size (seen);
  if (matched == 0)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_MISSING,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: its %u feature matches no code of the %s in the "
                                "reference data; import the RÚIAN code lists and UI_OBEC.csv "
                                "first",
                                "%s: none of its %u features matches a code of the %s in the "
                                "reference data; import the RÚIAN code lists and UI_OBEC.csv "
                                "first",
                                layer->features->len),
                   file->display_name, layer->features->len, _ (level->label));
      return FALSE;
    }

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Target *t = value;

      if (!g_hash_table_contains (seen, t->kod))
        g_ptr_array_add (missing, t->nazev);
    }
  g_ptr_array_sort (missing, compare_names);

  if (!kp_import_step (batch, 0.5, error) ||
      !kp_boundary_store_write (db, level->level, layer, codes, names, error))
    return FALSE;
  record->row_count = (int) matched;
  record->note = build_note (level, matched, praha_parts, unmatched, missing);
  return kp_import_step (batch, 1.0, error);
}
