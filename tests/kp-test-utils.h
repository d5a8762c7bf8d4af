/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kp-project.h"
#include "kp-service-network.h"

G_BEGIN_DECLS

char      *kp_test_make_tmpdir (void);
void       kp_test_remove_tree (const char *path);
char      *kp_test_data_path (const char *name);
char      *kp_test_shared_data_path (const char *relative);
char      *kp_test_write_file (const char *dir,
                               const char *name,
                               const char *contents,
                               gssize      length);
KpProject *kp_test_create_sample (const char *dir);
KpService *kp_test_find_service (KpProject  *project,
                                 const char *name);
/* SQL dropping the tables that migrations after version 6 add (the needs analysis of
 * 0009-needs.sql), children first, for tests that turn a new file into an older one. */
#define KP_TEST_DROP_AFTER_VERSION_6                                                           \
  "DROP TABLE needs_swot_citation; DROP TABLE needs_swot_item; "                               \
  "DROP TABLE needs_finding_evidence; DROP TABLE needs_finding_obec; "                         \
  "DROP TABLE needs_finding_group; DROP TABLE needs_finding; DROP TABLE survey_tag; "          \
  "DROP TABLE survey_response; DROP TABLE survey_question; DROP TABLE survey; "                \
  "DROP TABLE needs_coverage_base; DROP TABLE needs_benchmark; DROP TABLE needs_orp_figures; " \
  "DROP TABLE needs_area_age; DROP TABLE needs_area; DROP TABLE up_office; "
/* SQL that takes the plan's tables (migration 8) out of a project file, for tests that
 * make a file of an older version. */
#define KP_TEST_DROP_PLAN_SQL                                                             \
  "UPDATE plan_version SET state = 'draft'; DELETE FROM action_plan; "                    \
  "DELETE FROM plan_version; DROP TABLE action_plan_indicator; "                          \
  "DROP TABLE action_plan_amount; DROP TABLE action_plan_entry; DROP TABLE action_plan; " \
  "DROP TABLE plan_comment; DROP TABLE plan_chapter; DROP TABLE plan_indicator; "         \
  "DROP TABLE plan_cost; DROP TABLE plan_capacity; DROP TABLE plan_item_tag; "            \
  "DROP TABLE plan_item; DROP TABLE plan_version; "

/* Turns the project file at @path (closed) into one of version 5, whose document settings
 * were text keys: @settings is NULL or key, value, key, value, …, NULL ("catalogue.title",
 * "Katalog"; "publication.logos", one path a line). */
void kp_test_make_version_5 (const char        *path,
                             const char *const *settings);
/* Refreshes @project's network from @library (an asynchronous job) and waits for it. */
KpServicesRefresh *kp_test_refresh_services (KpProject *project,
                                             KpLibrary *library,
                                             GError   **error);
/* Waits until jobs running in the background (a data-quality check, a refresh) have
 * finished and let go of @object: its reference count is one again. */
void kp_test_wait_for_jobs (gpointer object);
/* Waits until the network's data-quality issues are filled (a check in the background). */
GListModel *kp_test_quality_issues (KpProject *project);

/* komplan-cli, the built executable named by $KOMPLAN_CLI, run to its end. */
typedef struct
{
  int   status;
  char *out;
  char *err;
} KpTestCliResult;

void             kp_test_cli_result_free (KpTestCliResult *result);
KpTestCliResult *kp_test_run_cli_env (const char        *env_reference,
                                      const char *const *args);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpTestCliResult, kp_test_cli_result_free)

/* kp_test_run_cli ("project", "info", path): KOMPLAN_REFERENCE unset */
#define kp_test_run_cli(...) \
  kp_test_run_cli_env (NULL, (const char *const[]){ __VA_ARGS__, NULL })

/* How long a UI test waits for something the main loop or a worker brings. */
#define KP_TEST_TIMEOUT_S 30

/* Runs the main loop until @condition (an expression) holds; fails the test when it does
 * not within KP_TEST_TIMEOUT_S seconds. */
#define KP_TEST_WAIT_UNTIL(condition)                                                   \
  G_STMT_START                                                                          \
  {                                                                                     \
    gint64 kp_deadline_ = g_get_monotonic_time () + KP_TEST_TIMEOUT_S * G_USEC_PER_SEC; \
    while (!(condition))                                                                \
      {                                                                                 \
        if (g_get_monotonic_time () > kp_deadline_)                                     \
          g_error ("%s:%d: timed out waiting for %s", __FILE__, __LINE__, #condition);  \
        if (!g_main_context_iteration (NULL, FALSE))                                    \
          g_usleep (1000);                                                              \
      }                                                                                 \
  }                                                                                     \
  G_STMT_END

#ifdef KP_TEST_UI
#include <adwaita.h>

#include "kp-application.h"

void           kp_test_flush (GtkWidget *widget);
GdkTexture    *kp_test_render (GtkWidget *widget);
guint          kp_test_count_colours (GdkTexture *texture);
void           kp_test_screenshot (GtkWidget  *widget,
                                   const char *path);
void           kp_test_screenshot_if_asked (GtkWidget  *widget,
                                            const char *name);
GtkWidget     *kp_test_find_widget (GtkWidget  *root,
                                    const char *name);
GtkWindow     *kp_test_find_toplevel (GType type);
GPtrArray     *kp_test_list_action_rows (GtkWidget *root);
void           kp_test_catch_toasts (GtkWidget *window,
                                     GPtrArray *messages);
GtkWidget     *kp_test_find_shown_text (GtkWidget  *root,
                                        const char *text);
KpApplication *kp_test_application_new (const char *dir);
#endif

G_END_DECLS
