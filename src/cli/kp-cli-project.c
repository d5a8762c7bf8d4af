/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-cli-private.h"
#include "kp-czech.h"
#include "kp-error.h"
#include "kp-project.h"

#include <string.h>

/* komplan-cli project new | info */

#define EN_DASH "\342\200\223"

static gboolean
usage_error (GError    **error,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static gboolean
usage_error (GError    **error,
             const char *format,
             ...)
{
  va_list ap;

  va_start (ap, format);
  g_propagate_error (error, g_error_new_valist (KP_CLI_ERROR, KP_CLI_ERROR_USAGE, format, ap));
  va_end (ap);
  return FALSE;
}

static gboolean
parse_year (const char *text,
            int        *out_year)
{
  guint64 year = 0;

  if (strlen (text) != 4 || !g_ascii_string_to_unsigned (text, 10, 1000, 9999, &year, NULL))
    return FALSE;
  *out_year = (int) year;
  return TRUE;
}

/* "2026-2028", "2026–2028" (en dash), "2026 - 2028" or one year "2026". */
static gboolean
parse_period (const char *text,
              int        *out_from,
              int        *out_to,
              GError    **error)
{
  g_autofree char *normalized = NULL;
  g_auto (GStrv) parts = NULL;
  int from = 0;
  int to = 0;

  if (text == NULL)
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_local ();

      *out_from = g_date_time_get_year (now);
      *out_to = *out_from + 2;
      return TRUE;
    }

  normalized = g_strjoinv ("-", (parts = g_strsplit (text, EN_DASH, -1)));
  g_clear_pointer (&parts, g_strfreev);
  parts = g_strsplit (normalized, "-", -1);
  for (int i = 0; parts[i] != NULL; i++)
    g_strstrip (parts[i]);

  if (g_strv_length (parts) == 1 && parse_year (parts[0], &from))
    to = from;
  else if (g_strv_length (parts) != 2 || !parse_year (parts[0], &from) ||
           !parse_year (parts[1], &to))
    return usage_error (error,
                        _ ("--period “%s” is not a period of years such as 2026-2028"), text);
  if (to < from)
    return usage_error (error, _ ("--period “%s” ends before it begins"), text);
  *out_from = from;
  *out_to = to;
  return TRUE;
}

/* "568414, 568422,568431" → { "568414", "568422", "568431" } */
static char **
split_codes (const char *text)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) parts = g_strsplit_set (text, ", \t\n", -1);

  for (int i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0')
      g_strv_builder_add (builder, parts[i]);
  return g_strv_builder_end (builder);
}

static const char *
territory_kind_id (KpTerritoryKind kind)
{
  return kind == KP_TERRITORY_ORP ? "orp" : "custom";
}

static const char *
territory_kind_label (KpTerritoryKind kind)
{
  /* Translators: the kind of a project's territory */
  return kind == KP_TERRITORY_ORP ? _ ("one ORP") : _ ("a set of obce");
}

static char *
format_period (int from,
               int to)
{
  return from == to ? g_strdup_printf ("%d", from) : g_strdup_printf ("%d" EN_DASH "%d", from, to);
}

/* "57 obcí, 53 278 inhabitants (31. 12. 2020)" */
static char *
format_size (int         obce,
             gint64      population,
             const char *ref_date)
{
  g_autofree char *obce_number = kp_czech_format_int (obce);
  g_autofree char *population_number = kp_czech_format_int (population);
  g_autofree char *obce_text = NULL;
  g_autofree char *population_text = NULL;
  g_autofree char *date = NULL;

  /* Translators: %s is a number of obce (Czech municipalities), e.g. "57" */
  obce_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s obec", "%s obce", obce),
                               obce_number);
  /* Translators: %s is a number such as "53 278" */
  population_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s inhabitant",
                                                  "%s inhabitants", (gulong) population),
                                     population_number);
  if (ref_date == NULL)
    /* Translators: "57 obce, 53 278 inhabitants" */
    return g_strdup_printf (_ ("%s, %s"), obce_text, population_text);
  date = kp_czech_format_date (ref_date);
  /* Translators: "57 obce, 53 278 inhabitants (31. 12. 2020)" */
  return g_strdup_printf (_ ("%s, %s (%s)"), obce_text, population_text, date);
}

/**
 * kp_cli_project_new:
 *
 * komplan-cli project new [--reference DB] --name NAME (--orp NAME_OR_CODE | --obce CODES)
 *   [--territory-name NAME] [--period YEAR-YEAR] [--force] OUT.komplan
 */
gboolean
kp_cli_project_new (const KpCliOptions *options,
                    GError            **error)
{
  g_autoptr (KpLibrary) library = NULL;
  g_autoptr (KpArea) orp = NULL;
  g_autoptr (KpProject) project = NULL;
  g_auto (GStrv) obce = NULL;
  g_autofree char *display = NULL;
  g_autofree char *period = NULL;
  g_autofree char *size = NULL;
  KpProjectSpec    spec = { 0 };
  KpArea          *totals;
  const char      *out;

  if (options->args == NULL || options->args[0] == NULL || options->args[1] != NULL)
    return usage_error (error, _ ("“project new” needs exactly one OUT.komplan file (see "
                                  "“komplan-cli project new --help”)"));
  if (options->name == NULL)
    return usage_error (error, _ ("“project new” needs --name (see “komplan-cli project new "
                                  "--help”)"));
  if ((options->orp == NULL) == (options->obce == NULL))
    return usage_error (error, _ ("“project new” needs either --orp or --obce, not both (see "
                                  "“komplan-cli project new --help”)"));
  if (options->obce != NULL)
    {
      obce = split_codes (options->obce);
      if (obce[0] == NULL)
        return usage_error (error, _ ("--obce needs at least one obec code"));
    }
  if (!parse_period (options->period, &spec.period_from, &spec.period_to, error))
    return FALSE;

  out = options->args[0];
  display = g_filename_display_name (out);
  if (!options->force && g_file_test (out, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _ ("“%s” already exists; give --force to replace it"), display);
      return FALSE;
    }

  library = kp_cli_open_library (options, TRUE, error);
  if (library == NULL)
    return FALSE;

  spec.name = options->name;
  spec.territory_name = options->territory_name;
  if (options->orp != NULL)
    {
      orp = kp_library_find_orp (library, options->orp, error);
      if (orp == NULL)
        return FALSE;
      spec.kind = KP_TERRITORY_ORP;
      spec.orp_kod = kp_area_get_kod (orp);
    }
  else
    {
      spec.kind = KP_TERRITORY_CUSTOM;
      spec.obce = (const char *const *) obce;
    }

  project = kp_project_create (library, out, &spec, error);
  if (project == NULL)
    return FALSE;
  /* An ORP territory is named after the ORP; --territory-name renames it. */
  if (options->territory_name != NULL && spec.kind == KP_TERRITORY_ORP &&
      !kp_project_set_territory_name (project, options->territory_name, error))
    return FALSE;

  totals = kp_project_get_totals (project);
  period = format_period (kp_project_get_period_from (project), kp_project_get_period_to (project));
  size = format_size (g_list_model_get_n_items (kp_project_get_obce (project)),
                      kp_area_get_totals (totals)->total, kp_project_get_reference_date (project));

  /* Translators: %s is the file name of the new project */
  g_print (_ ("Created %s\n"), display);
  /* Translators: project name, territory, period and size, e.g.
   * "Plán 2026: ORP Havlíčkův Brod, 2026–2028, 57 obcí, 53 278 inhabitants (31. 12. 2020)" */
  g_print (_ ("%s: %s, %s, %s\n"), kp_project_get_name (project),
           kp_project_get_territory_name (project), period, size);
  return TRUE;
}

/* The members population … ageing_index of an area or of the whole territory. */
static void
write_population_json (KpCliJson *json,
                       KpArea    *area)
{
  const KpAgeTotals *totals = kp_area_get_totals (area);

  kp_cli_json_key (json, "population");
  kp_cli_json_int (json, totals->total);
  kp_cli_json_key (json, "population_0_14");
  kp_cli_json_int (json, totals->a0_14);
  kp_cli_json_key (json, "population_15_64");
  kp_cli_json_int (json, totals->a15_64);
  kp_cli_json_key (json, "population_65_plus");
  kp_cli_json_int (json, totals->a65_plus);
  kp_cli_json_key (json, "population_80_plus");
  kp_cli_json_int (json, totals->a80_plus);
  kp_cli_json_key (json, "share_65_plus");
  kp_cli_json_double (json, kp_area_get_share_65_plus (area));
  kp_cli_json_key (json, "ageing_index");
  kp_cli_json_double (json, kp_area_get_ageing_index (area));
}

static void
write_area_json (KpCliJson *json,
                 KpArea    *area)
{
  kp_cli_json_begin_object (json);
  kp_cli_json_key (json, "level");
  kp_cli_json_string (json, kp_area_level_to_string (kp_area_get_level (area)));
  kp_cli_json_key (json, "code");
  kp_cli_json_string (json, kp_area_get_kod (area));
  kp_cli_json_key (json, "csu_code");
  kp_cli_json_string (json, kp_area_get_csu_kod (area));
  kp_cli_json_key (json, "name");
  kp_cli_json_string (json, kp_area_get_nazev (area));
  kp_cli_json_key (json, "reference_date");
  kp_cli_json_string (json, kp_area_get_ref_date (area));
  kp_cli_json_key (json, "obce");
  kp_cli_json_int (json, kp_area_get_obce (area));
  write_population_json (json, area);
  kp_cli_json_end_object (json);
}

static gboolean
print_info_json (KpProject *project,
                 GPtrArray *sources,
                 GError   **error)
{
  g_autoptr (KpCliJson) json = kp_cli_json_new ();
  g_autofree char *absolute = g_canonicalize_filename (kp_project_get_path (project), NULL);
  g_autofree char *path = g_filename_display_name (absolute);
  KpArea          *area = kp_project_get_totals (project);
  GListModel      *comparison = kp_project_get_comparison (project);

  kp_cli_json_begin_object (json);
  kp_cli_json_key (json, "file");
  kp_cli_json_string (json, path);
  kp_cli_json_key (json, "name");
  kp_cli_json_string (json, kp_project_get_name (project));
  kp_cli_json_key (json, "territory");
  kp_cli_json_string (json, kp_project_get_territory_name (project));
  kp_cli_json_key (json, "territory_kind");
  kp_cli_json_string (json, territory_kind_id (kp_project_get_territory_kind (project)));
  kp_cli_json_key (json, "period_from");
  kp_cli_json_int (json, kp_project_get_period_from (project));
  kp_cli_json_key (json, "period_to");
  kp_cli_json_int (json, kp_project_get_period_to (project));
  kp_cli_json_key (json, "sample");
  kp_cli_json_bool (json, kp_project_get_is_sample (project));
  kp_cli_json_key (json, "reference_date");
  kp_cli_json_string (json, kp_project_get_reference_date (project));
  kp_cli_json_key (json, "obce");
  kp_cli_json_int (json, g_list_model_get_n_items (kp_project_get_obce (project)));
  write_population_json (json, area);

  kp_cli_json_key (json, "comparison");
  kp_cli_json_begin_array (json);
  for (guint i = 0; i < g_list_model_get_n_items (comparison); i++)
    {
      g_autoptr (KpArea) item = g_list_model_get_item (comparison, i);

      write_area_json (json, item);
    }
  kp_cli_json_end_array (json);

  kp_cli_registry_write_json (json, project);
  kp_cli_json_key (json, "sources");
  kp_cli_json_begin_array (json);
  for (guint i = 0; i < sources->len; i++)
    kp_cli_json_import_record (json, g_ptr_array_index (sources, i));
  kp_cli_json_end_array (json);
  kp_cli_json_end_object (json);
  return kp_cli_json_print (json, error);
}

/* "8 123 (15,2 %)" */
static char *
format_group (gint64 part,
              gint64 total)
{
  g_autofree char *number = kp_czech_format_int (part);
  g_autofree char *share = NULL;

  if (total <= 0)
    return g_steal_pointer (&number);
  share = kp_czech_format_percent (100.0 * (double) part / (double) total, 1);
  /* Translators: a number and its share, e.g. "8 123 (15,2 %)" */
  return g_strdup_printf (_ ("%s (%s)"), number, share);
}

typedef struct
{
  const char *title;
  gboolean    numeric;
} Column;

/* The comparison table: one row per area, numbers right-aligned. */
static void
print_comparison (GListModel *comparison)
{
  static const Column columns[] = {
    { N_ ("Area"), FALSE },
    { N_ ("Level"), FALSE },
    { N_ ("Obce"), TRUE },
    { N_ ("Population"), TRUE },
    { N_ ("65+"), TRUE },
    { N_ ("80+"), TRUE },
    { N_ ("Share 65+"), TRUE },
    { N_ ("Ageing index"), TRUE },
  };
  enum
  {
    N_COLUMNS = G_N_ELEMENTS (columns)
  };
  guint n_rows = g_list_model_get_n_items (comparison);
  g_autoptr (GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  int widths[N_COLUMNS] = { 0 };

  for (int c = 0; c < N_COLUMNS; c++)
    g_ptr_array_add (cells, g_strdup (_ (columns[c].title)));
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr (KpArea) area = g_list_model_get_item (comparison, i);
      const KpAgeTotals *totals = kp_area_get_totals (area);

      g_ptr_array_add (cells, g_strdup (kp_area_get_nazev (area)));
      g_ptr_array_add (cells, g_strdup (kp_area_level_get_name (kp_area_get_level (area))));
      g_ptr_array_add (cells, kp_czech_format_int (kp_area_get_obce (area)));
      g_ptr_array_add (cells, kp_czech_format_int (totals->total));
      g_ptr_array_add (cells, kp_czech_format_int (totals->a65_plus));
      g_ptr_array_add (cells, kp_czech_format_int (totals->a80_plus));
      g_ptr_array_add (cells, kp_czech_format_percent (kp_area_get_share_65_plus (area), 1));
      g_ptr_array_add (cells, kp_czech_format_double (kp_area_get_ageing_index (area), 1));
    }

  for (guint i = 0; i < cells->len; i++)
    widths[i % N_COLUMNS] = MAX (widths[i % N_COLUMNS],
                                 kp_cli_text_width (g_ptr_array_index (cells, i)));
  for (guint row = 0; row <= n_rows; row++)
    {
      g_autoptr (GString) line = g_string_new ("  ");

      for (int c = 0; c < N_COLUMNS; c++)
        {
          g_autofree char *cell = kp_cli_pad (g_ptr_array_index (cells, row * N_COLUMNS + c),
                                              widths[c], columns[c].numeric);

          if (c > 0)
            g_string_append (line, "  ");
          g_string_append (line, cell);
        }
      while (line->len > 0 && line->str[line->len - 1] == ' ')
        g_string_truncate (line, line->len - 1);
      g_print ("%s\n", line->str);
    }
}

static void
print_info_text (KpProject *project,
                 GPtrArray *sources)
{
  g_autoptr (KpCliFields) fields = kp_cli_fields_new ();
  KpArea            *area = kp_project_get_totals (project);
  const KpAgeTotals *totals = kp_area_get_totals (area);
  KpTerritoryKind    kind = kp_project_get_territory_kind (project);
  const char        *ref_date = kp_project_get_reference_date (project);
  guint              n_obce = g_list_model_get_n_items (kp_project_get_obce (project));

  kp_cli_fields_add (fields, _ ("Name"), kp_project_get_name (project));
  /* Translators: territory name and kind, e.g. "ORP Havlíčkův Brod (one ORP)" */
  kp_cli_fields_take (fields, _ ("Territory"),
                      g_strdup_printf (_ ("%s (%s)"), kp_project_get_territory_name (project),
                                       territory_kind_label (kind)));
  kp_cli_fields_take (fields, _ ("Period"),
                      format_period (kp_project_get_period_from (project),
                                     kp_project_get_period_to (project)));
  kp_cli_fields_add (fields, _ ("Sample data"),
                     kp_project_get_is_sample (project) ? _ ("yes") : _ ("no"));
  kp_cli_fields_take (fields, _ ("Population date"),
                      ref_date != NULL ? kp_czech_format_date (ref_date) : NULL);
  kp_cli_fields_take (fields, _ ("Obce"), kp_czech_format_int (n_obce));
  kp_cli_fields_take (fields, _ ("Population"), kp_czech_format_int (totals->total));
  kp_cli_fields_take (fields, _ ("Aged 0–14"), format_group (totals->a0_14, totals->total));
  kp_cli_fields_take (fields, _ ("Aged 15–64"), format_group (totals->a15_64, totals->total));
  kp_cli_fields_take (fields, _ ("Aged 65+"), format_group (totals->a65_plus, totals->total));
  kp_cli_fields_take (fields, _ ("Aged 80+"), format_group (totals->a80_plus, totals->total));
  kp_cli_fields_take (fields, _ ("Share aged 65+"),
                      kp_czech_format_percent (kp_area_get_share_65_plus (area), 1));
  kp_cli_fields_take (fields, _ ("Ageing index"),
                      kp_czech_format_double (kp_area_get_ageing_index (area), 1));
  kp_cli_registry_add_fields (fields, project);
  kp_cli_fields_print (fields, 0);

  g_print ("\n%s\n", _ ("Comparison:"));
  print_comparison (kp_project_get_comparison (project));

  g_print ("\n%s\n", _ ("Sources:"));
  if (sources->len == 0)
    g_print ("  %s\n", _ ("none"));
  else
    kp_cli_print_import_records (sources, 2);
}

/**
 * kp_cli_project_info:
 *
 * komplan-cli project info [--json] FILE.komplan
 */
gboolean
kp_cli_project_info (const KpCliOptions *options,
                     GError            **error)
{
  g_autoptr (KpProject) project = NULL;
  g_autoptr (GPtrArray) sources = NULL;
  const char *path;

  if (options->args == NULL || options->args[0] == NULL || options->args[1] != NULL)
    return usage_error (error, _ ("“project info” needs exactly one FILE.komplan (see "
                                  "“komplan-cli project info --help”)"));
  path = options->args[0];
  /* Every command opens a project the same way, with the same messages. */
  project = kp_project_open (path, error);
  if (project == NULL)
    return FALSE;
  sources = kp_project_list_sources (project, error);
  if (sources == NULL)
    return FALSE;

  if (options->json)
    return print_info_json (project, sources, error);
  print_info_text (project, sources);
  return TRUE;
}
