/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For src/cli only: what the command files share with the dispatcher in kp-cli.c. */

#include "kp-library.h"
#include "kp-project.h"

G_BEGIN_DECLS

#define KP_CLI_ERROR (kp_cli_error_quark ())

/**
 * KpCliError:
 * @KP_CLI_ERROR_USAGE: the command line is wrong (exit status 2)
 * @KP_CLI_ERROR_FAILED: the command could not be done (exit status 1)
 */
typedef enum
{
  KP_CLI_ERROR_USAGE,
  KP_CLI_ERROR_FAILED,
} KpCliError;

GQuark kp_cli_error_quark (void);

/* Every option of every command; each command accepts the subset its table lists. */
typedef struct
{
  char    *reference;
  gboolean json;
  char    *name;
  char    *orp;
  char    *obce;
  char    *territory_name;
  char    *add;
  char    *remove;
  char    *period;
  gboolean force;
  char    *indicator;
  char    *method;
  int      classes;
  char    *size;
  char    *by;
  char    *paper;
  char    *group;
  char    *format;
  char    *kind;
  gboolean for_print;
  gboolean large_print;
  gboolean allow_empty;
  gboolean strict;
  int      year;
  gboolean help;
  char   **args; /* the positional arguments */
} KpCliOptions;

/* The commands. Each returns %FALSE with @error set on failure; kp_cli_run() prints the
 * error (once) and turns its domain into the exit status. */
gboolean kp_cli_reference_import (const KpCliOptions *options,
                                  GError            **error);
gboolean kp_cli_reference_info (const KpCliOptions *options,
                                GError            **error);
gboolean kp_cli_reference_undo (const KpCliOptions *options,
                                GError            **error);
gboolean kp_cli_project_new (const KpCliOptions *options,
                             GError            **error);
gboolean kp_cli_project_info (const KpCliOptions *options,
                              GError            **error);
gboolean kp_cli_export_map (const KpCliOptions *options,
                            GError            **error);
gboolean kp_cli_export_catalogue (const KpCliOptions *options,
                                  GError            **error);
gboolean kp_cli_export_leaflet (const KpCliOptions *options,
                                GError            **error);
gboolean kp_cli_plan_export (const KpCliOptions *options,
                             GError            **error);
gboolean kp_cli_plan_import (const KpCliOptions *options,
                             GError            **error);
gboolean kp_cli_plan_info (const KpCliOptions *options,
                           GError            **error);
gboolean kp_cli_project_import_registry (const KpCliOptions *options,
                                         GError            **error);
gboolean kp_cli_needs_indicators (const KpCliOptions *options,
                                  GError            **error);
gboolean kp_cli_survey_import (const KpCliOptions *options,
                               GError            **error);
gboolean kp_cli_survey_results (const KpCliOptions *options,
                                GError            **error);
gboolean kp_cli_export_plan (const KpCliOptions *options,
                             GError            **error);
gboolean kp_cli_export_action_plan (const KpCliOptions *options,
                                    GError            **error);
gboolean kp_cli_export_evaluation (const KpCliOptions *options,
                                   GError            **error);
gboolean kp_cli_export_comments (const KpCliOptions *options,
                                 GError            **error);
gboolean kp_cli_export_chart (const KpCliOptions *options,
                              GError            **error);
gboolean kp_cli_project_territory (const KpCliOptions *options,
                                   GError            **error);

/* Shared helpers (kp-cli.c). */
char      *kp_cli_get_reference_path (const KpCliOptions *options);
KpLibrary *kp_cli_open_library (const KpCliOptions *options,
                                gboolean            must_exist,
                                GError            **error);
gboolean   kp_cli_check_files (char   **paths,
                               GError **error);
void       kp_cli_explain_force (GError **error);
char      *kp_cli_format_timestamp (const char *iso_time);
char      *kp_cli_format_data_date (const char *iso_date);
void       kp_cli_print_import_records (GPtrArray *records,
                                        int        indent);

/* The image an export command writes, from OUT's extension (kp-cli-export.c). */
typedef enum
{
  KP_CLI_IMAGE_PNG,
  KP_CLI_IMAGE_SVG,
  KP_CLI_IMAGE_PDF,
} KpCliImageFormat;

gboolean kp_cli_parse_image_format (const char       *path,
                                    KpCliImageFormat *out_format,
                                    GError          **error);

/* --size WIDTHxHEIGHT of the export commands (kp-cli-export.c). */
gboolean kp_cli_parse_size (const char *text,
                            double      default_width,
                            double      default_height,
                            double     *out_width,
                            double     *out_height,
                            GError    **error);

/* "Label:  value" lines with the values aligned, whatever the labels' translated length. */
typedef struct _KpCliFields KpCliFields;

KpCliFields *kp_cli_fields_new (void);
void         kp_cli_fields_add (KpCliFields *fields,
                                const char  *label,
                                const char  *value);
void         kp_cli_fields_take (KpCliFields *fields,
                                 const char  *label,
                                 char        *value);
void         kp_cli_fields_print (KpCliFields *fields,
                                  int          indent);
void         kp_cli_fields_free (KpCliFields *fields);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpCliFields, kp_cli_fields_free)

int   kp_cli_text_width (const char *text);
char *kp_cli_pad (const char *text,
                  int         width,
                  gboolean    right_align);

/* JSON through yajl's generator: escaped strings, valid UTF-8, locale-free numbers.
 * Misuse (a key inside an array, unbalanced brackets) is a programmer error. */
typedef struct yajl_gen_t KpCliJson;

KpCliJson *kp_cli_json_new (void);
void       kp_cli_json_free (KpCliJson *json);
void       kp_cli_json_begin_object (KpCliJson *json);
void       kp_cli_json_end_object (KpCliJson *json);
void       kp_cli_json_begin_array (KpCliJson *json);
void       kp_cli_json_end_array (KpCliJson *json);
void       kp_cli_json_key (KpCliJson  *json,
                            const char *key);
void       kp_cli_json_string (KpCliJson  *json,
                               const char *value);
void       kp_cli_json_int (KpCliJson *json,
                            gint64     value);
void       kp_cli_json_double (KpCliJson *json,
                               double     value);
void       kp_cli_json_bool (KpCliJson *json,
                             gboolean   value);
void       kp_cli_json_import_record (KpCliJson            *json,
                                      const KpImportRecord *record);
gboolean   kp_cli_json_print (KpCliJson *json,
                              GError   **error);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpCliJson, kp_cli_json_free)

/* The network of services in project info (kp-cli-registry.c). */
void kp_cli_registry_write_json (KpCliJson *json,
                                 KpProject *project);
void kp_cli_registry_add_fields (KpCliFields *fields,
                                 KpProject   *project);

G_END_DECLS
