/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-benchmark.h"
#include "kp-capacity-unit.h"
#include "kp-error.h"

#include <math.h>
#include <string.h>
#include <yajl/yajl_gen.h>
#include <yajl/yajl_tree.h>

#define FORMAT_ID      "komplan-benchmarks"
#define FORMAT_VERSION 1
#define COVERAGE       "coverage:"
#define NETWORK_TYPE   "network"
#define MAX_TEXT       1000

KpBenchmark *
kp_benchmark_new (const char       *indicator,
                  double            value,
                  const char       *source,
                  int               year,
                  KpIndicatorBetter better)
{
  KpBenchmark *benchmark = g_new0 (KpBenchmark, 1);

  benchmark->indicator = g_strdup (indicator);
  benchmark->value = value;
  benchmark->source = source != NULL && *source != '\0' ? g_strdup (source) : NULL;
  benchmark->year = year;
  benchmark->better = better;
  return benchmark;
}

KpBenchmark *
kp_benchmark_copy (const KpBenchmark *benchmark)
{
  return kp_benchmark_new (benchmark->indicator, benchmark->value, benchmark->source,
                           benchmark->year, benchmark->better);
}

void
kp_benchmark_free (KpBenchmark *benchmark)
{
  if (benchmark == NULL)
    return;
  g_free (benchmark->indicator);
  g_free (benchmark->source);
  g_free (benchmark);
}

char *
kp_benchmark_dup_source_text (const KpBenchmark *benchmark)
{
  g_return_val_if_fail (benchmark != NULL, NULL);
  if (benchmark->source != NULL && benchmark->year > 0)
    /* Translators: where a benchmark comes from and its year, "Krajský plán, 2024" */
    return g_strdup_printf (_ ("%s, %d"), benchmark->source, benchmark->year);
  if (benchmark->source != NULL)
    return g_strdup (benchmark->source);
  if (benchmark->year > 0)
    return g_strdup_printf ("%d", benchmark->year);
  return NULL;
}

gboolean
kp_benchmark_is_valid_indicator (const char *id)
{
  KpIndicator indicator;
  const char *type, *unit;

  if (id == NULL || strlen (id) > 200)
    return FALSE;
  if (kp_indicator_from_id (id, &indicator))
    return TRUE;
  if (!g_str_has_prefix (id, COVERAGE))
    return FALSE;
  type = id + strlen (COVERAGE);
  unit = strrchr (type, ':');
  if (unit == NULL || unit == type)
    return FALSE;
  {
    KpCapacityUnit parsed;

    return kp_capacity_unit_from_code (unit + 1, &parsed);
  }
}

static const char *
direction_id (KpIndicatorBetter better)
{
  return better == KP_INDICATOR_BETTER_LOWER ? "lower" : "higher";
}

static void
gen_string (yajl_gen    gen,
            const char *text)
{
  yajl_gen_string (gen, (const unsigned char *) text, strlen (text));
}

char *
kp_benchmarks_to_json (GPtrArray *benchmarks)
{
  yajl_gen             gen = yajl_gen_alloc (NULL);
  const unsigned char *buffer = NULL;
  size_t               length = 0;
  char                *text;

  g_return_val_if_fail (benchmarks != NULL, NULL);

  yajl_gen_config (gen, yajl_gen_beautify, 1);
  yajl_gen_config (gen, yajl_gen_validate_utf8, 1);
  yajl_gen_map_open (gen);
  gen_string (gen, "format");
  gen_string (gen, FORMAT_ID);
  gen_string (gen, "version");
  yajl_gen_integer (gen, FORMAT_VERSION);
  gen_string (gen, "benchmarks");
  yajl_gen_array_open (gen);
  for (guint i = 0; i < benchmarks->len; i++)
    {
      const KpBenchmark *b = g_ptr_array_index (benchmarks, i);
      char               number[G_ASCII_DTOSTR_BUF_SIZE];

      yajl_gen_map_open (gen);
      gen_string (gen, "indicator");
      gen_string (gen, b->indicator);
      gen_string (gen, "value");
      g_ascii_formatd (number, sizeof number, "%.10g", b->value);
      yajl_gen_number (gen, number, strlen (number));
      if (b->source != NULL)
        {
          gen_string (gen, "source");
          gen_string (gen, b->source);
        }
      if (b->year > 0)
        {
          gen_string (gen, "year");
          yajl_gen_integer (gen, b->year);
        }
      gen_string (gen, "direction");
      gen_string (gen, direction_id (b->better));
      yajl_gen_map_close (gen);
    }
  yajl_gen_array_close (gen);
  yajl_gen_map_close (gen);
  yajl_gen_get_buf (gen, &buffer, &length);
  text = g_strndup ((const char *) buffer, length);
  yajl_gen_free (gen);
  return text;
}

/* The text of a string value, "" for anything else. */
static const char *
string_of (yajl_val value)
{
  return YAJL_IS_STRING (value) && value->u.string != NULL ? value->u.string : "";
}

static void
set_item_error (GError    **error,
                const char *display_name,
                guint       item,
                const char *reason)
{
  /* Translators: a file, the number of a benchmark in it, then what is wrong with it */
  g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_RECORD, _ ("%s, benchmark %u: %s"),
               display_name, item, reason);
}

static KpBenchmark *
read_item (yajl_val    item,
           guint       number,
           const char *display_name,
           GError    **error)
{
  static const char *indicator_path[] = { "indicator", NULL };
  static const char *value_path[] = { "value", NULL };
  static const char *source_path[] = { "source", NULL };
  static const char *year_path[] = { "year", NULL };
  static const char *direction_path[] = { "direction", NULL };
  yajl_val           indicator = yajl_tree_get (item, indicator_path, yajl_t_string);
  yajl_val           value = yajl_tree_get (item, value_path, yajl_t_number);
  yajl_val           source = yajl_tree_get (item, source_path, yajl_t_any);
  yajl_val           year = yajl_tree_get (item, year_path, yajl_t_any);
  yajl_val           direction = yajl_tree_get (item, direction_path, yajl_t_string);
  KpIndicatorBetter  better;
  long long          year_value = 0;
  const char        *source_text = NULL;

  if (!YAJL_IS_OBJECT (item) || indicator == NULL ||
      !kp_benchmark_is_valid_indicator (string_of (indicator)))
    {
      set_item_error (error, display_name, number,
                      indicator == NULL ? _ ("it names no indicator")
                                        : _ ("Komplan has no such indicator"));
      return NULL;
    }
  if (value == NULL || !isfinite (YAJL_GET_DOUBLE (value)))
    {
      set_item_error (error, display_name, number, _ ("its value is not a number"));
      return NULL;
    }
  if (direction == NULL || (strcmp (string_of (direction), "higher") != 0 &&
                            strcmp (string_of (direction), "lower") != 0))
    {
      set_item_error (error, display_name, number,
                      _ ("its direction must be “higher” or “lower”"));
      return NULL;
    }
  better = strcmp (string_of (direction), "lower") == 0 ? KP_INDICATOR_BETTER_LOWER
                                                        : KP_INDICATOR_BETTER_HIGHER;
  if (source != NULL && !YAJL_IS_NULL (source))
    {
      if (!YAJL_IS_STRING (source) || strlen (string_of (source)) > MAX_TEXT)
        {
          set_item_error (error, display_name, number, _ ("its source is not a short text"));
          return NULL;
        }
      source_text = string_of (source);
    }
  if (year != NULL && !YAJL_IS_NULL (year))
    {
      if (!YAJL_IS_INTEGER (year) || YAJL_GET_INTEGER (year) < 1900 ||
          YAJL_GET_INTEGER (year) > 2100)
        {
          set_item_error (error, display_name, number, _ ("its year is not a year"));
          return NULL;
        }
      year_value = YAJL_GET_INTEGER (year);
    }
  return kp_benchmark_new (string_of (indicator), YAJL_GET_DOUBLE (value), source_text,
                           (int) year_value, better);
}

GPtrArray *
kp_benchmarks_from_json (const char *text,
                         gsize       length,
                         const char *display_name,
                         GError    **error)
{
  static const char *format_path[] = { "format", NULL };
  static const char *list_path[] = { "benchmarks", NULL };
  g_autofree char   *copy = g_strndup (text, length);
  char               message[256] = "";
  yajl_val           root, format, list;
  g_autoptr (GPtrArray) benchmarks = NULL;
  g_autoptr (GHashTable) seen = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (copy, (gssize) length, NULL))
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s is not UTF-8 text"), display_name);
      return NULL;
    }
  root = yajl_tree_parse (copy, message, sizeof message);
  if (root == NULL)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT, _ ("%s is not JSON"),
                   display_name);
      return NULL;
    }
  format = yajl_tree_get (root, format_path, yajl_t_string);
  list = yajl_tree_get (root, list_path, yajl_t_array);
  if (format == NULL || strcmp (string_of (format), FORMAT_ID) != 0 || list == NULL)
    {
      yajl_tree_free (root);
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s is not a set of Komplan benchmarks"), display_name);
      return NULL;
    }
  benchmarks = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_benchmark_free);
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (size_t i = 0; i < YAJL_GET_ARRAY (list)->len; i++)
    {
      KpBenchmark *benchmark = read_item (YAJL_GET_ARRAY (list)->values[i], (guint) i + 1,
                                          display_name, error);

      if (benchmark == NULL)
        {
          yajl_tree_free (root);
          return NULL;
        }
      g_ptr_array_add (benchmarks, benchmark);
      if (!g_hash_table_add (seen, benchmark->indicator))
        {
          g_autofree char *reason = g_strdup_printf (_ ("“%s” has a benchmark already"),
                                                     benchmark->indicator);

          set_item_error (error, display_name, (guint) i + 1, reason);
          yajl_tree_free (root);
          return NULL;
        }
    }
  yajl_tree_free (root);
  return g_steal_pointer (&benchmarks);
}
