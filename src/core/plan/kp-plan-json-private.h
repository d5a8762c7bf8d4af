/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the reader of "komplan-plan/1" only (kp-plan-json-read.c, kp-plan-json-sections.c):
 * its state and the helpers that check a value and name the place of a problem. */

#include <yajl/yajl_tree.h>

#include "kp-plan-private.h"

G_BEGIN_DECLS

typedef struct
{
  const char *name; /* the file, for messages */
  int         period_from;
  int         period_to;
  guint       n_levels;
} Reader;

gboolean kp_plan_json_fail (GError    **error,
                            const char *name,
                            const char *where,
                            const char *format,
                            ...) G_GNUC_PRINTF (4, 5);
yajl_val kp_plan_json_member (yajl_val    object,
                              const char *key);
gboolean kp_plan_json_get_text (yajl_val    object,
                                const char *key,
                                char      **out,
                                Reader     *r,
                                const char *where,
                                GError    **error);
gboolean kp_plan_json_get_strings (yajl_val    object,
                                   const char *key,
                                   GPtrArray  *out,
                                   Reader     *r,
                                   const char *where,
                                   GError    **error);
gboolean kp_plan_json_get_number (yajl_val    object,
                                  const char *key,
                                  gboolean   *has,
                                  double     *out,
                                  Reader     *r,
                                  const char *where,
                                  GError    **error);
gboolean kp_plan_json_get_integer (yajl_val    object,
                                   const char *key,
                                   gboolean    required,
                                   gboolean   *has,
                                   gint64     *out,
                                   Reader     *r,
                                   const char *where,
                                   GError    **error);
gboolean kp_plan_json_get_array (yajl_val    object,
                                 const char *key,
                                 yajl_val   *out,
                                 Reader     *r,
                                 const char *where,
                                 GError    **error);
gboolean kp_plan_json_parse_status (const char       *text,
                                    gboolean         *has,
                                    KpActivityStatus *out,
                                    Reader           *r,
                                    const char       *where,
                                    GError          **error);
gboolean kp_plan_json_parse_source (yajl_val           object,
                                    KpFinancingSource *source,
                                    char             **obec,
                                    Reader            *r,
                                    const char        *where,
                                    GError           **error);
gboolean kp_plan_json_parse_years (const char *text,
                                   int        *from,
                                   int        *to);
gboolean kp_plan_json_parse_chapters (yajl_val           root,
                                      KpPlanVersionData *v,
                                      Reader            *r,
                                      GError           **error);
gboolean kp_plan_json_parse_comments (yajl_val           root,
                                      KpPlanVersionData *v,
                                      Reader            *r,
                                      GError           **error);
gboolean kp_plan_json_parse_action_plans (yajl_val    root,
                                          KpPlanFile *file,
                                          Reader     *r,
                                          GError    **error);

G_END_DECLS
