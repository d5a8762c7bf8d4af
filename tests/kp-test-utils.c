/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-test-utils.h"
#include "kp-database-private.h"
#include "kp-data-quality.h"

#include <glib/gstdio.h>
#include <string.h>

/**
 * kp_test_make_tmpdir:
 *
 * Returns: a new private temporary directory (never a fixed path, so tests can run in
 * parallel)
 */
char *
kp_test_make_tmpdir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("kp-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/**
 * kp_test_remove_tree:
 *
 * Removes a directory made by kp_test_make_tmpdir() with everything in it.
 */
void
kp_test_remove_tree (const char *path)
{
  GDir       *dir;
  const char *name;

  if (path == NULL)
    return;
  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    {
      g_remove (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        kp_test_remove_tree (child);
      else
        g_remove (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

/**
 * kp_test_data_path:
 *
 * Returns: the path of a fixture in tests/data/
 */
char *
kp_test_data_path (const char *name)
{
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");

  g_assert_nonnull (srcdir);
  return g_build_filename (srcdir, "data", name, NULL);
}

/**
 * kp_test_shared_data_path:
 * @relative: a path under ../shared/data, e.g. "ruian/UI_OBEC.csv"
 *
 * Returns: (nullable): the path of a real national file, or %NULL when the shared data is
 * absent (the caller then skips with g_test_skip())
 */
char *
kp_test_shared_data_path (const char *relative)
{
  const char      *base = g_getenv ("KP_SHARED_DATA");
  g_autofree char *path = NULL;

  if (base == NULL)
    return NULL;
  path = g_build_filename (base, relative, NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;
  return g_steal_pointer (&path);
}

/**
 * kp_test_write_file:
 * @length: -1 for a NUL-terminated string
 *
 * Returns: the path of a new file in @dir with @contents
 */
char *
kp_test_write_file (const char *dir,
                    const char *name,
                    const char *contents,
                    gssize      length)
{
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

void
kp_test_cli_result_free (KpTestCliResult *result)
{
  g_free (result->out);
  g_free (result->err);
  g_free (result);
}

/**
 * kp_test_run_cli_env:
 * @env_reference: (nullable): the value of KOMPLAN_REFERENCE, or %NULL to unset it
 * @args: the NULL-terminated arguments after the program name
 *
 * Runs komplan-cli ($KOMPLAN_CLI) and logs its exit status, stdout and stderr.
 *
 * Returns: (transfer full): the exit status and the whole stdout and stderr
 */
KpTestCliResult *
kp_test_run_cli_env (const char        *env_reference,
                     const char *const *args)
{
  g_autoptr (GSubprocessLauncher) launcher = NULL;
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  const char      *cli = g_getenv ("KOMPLAN_CLI");
  KpTestCliResult *result = g_new0 (KpTestCliResult, 1);

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  for (int i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  if (env_reference != NULL)
    g_subprocess_launcher_setenv (launcher, "KOMPLAN_REFERENCE", env_reference, TRUE);
  else
    g_subprocess_launcher_unsetenv (launcher, "KOMPLAN_REFERENCE");
  process = g_subprocess_launcher_spawnv (launcher, (const char *const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  result->status = g_subprocess_get_exit_status (process);
  g_test_message ("komplan-cli exit %d\nstdout:\n%s\nstderr:\n%s", result->status,
                  result->out, result->err);
  return result;
}

/**
 * kp_test_find_service:
 *
 * Returns: (transfer none): the service of @project's network named @name; there must be one
 */
KpService *
kp_test_find_service (KpProject  *project,
                      const char *name)
{
  GListModel *services = kp_service_network_get_services (kp_service_network_get (project));

  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);

      if (g_strcmp0 (kp_service_get_name (service), name) == 0)
        return service; /* the network keeps it */
    }
  g_error ("No service is named “%s”", name);
}

/**
 * kp_test_create_sample:
 * @dir: a directory made by kp_test_make_tmpdir()
 *
 * Returns: (transfer full): the sample project, created as "sample.komplan" in @dir
 */
KpProject *
kp_test_create_sample (const char *dir)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "sample.komplan", NULL);
  KpProject       *project = kp_project_create_sample (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (project);
  return project;
}

/**
 * kp_test_make_version_5:
 *
 * Drops the tables of migration 6 and later ones (documents, the plan, the needs analysis)
 * and brings back the setting table of migration 5, with @settings in it, as an older
 * Komplan left the file.
 */
void
kp_test_make_version_5 (const char        *path,
                        const char *const *settings)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpDatabase) db = kp_database_open (path, KP_DATABASE_KIND_PROJECT,
                                                KP_DATABASE_FLAGS_NONE, &error);

  g_assert_no_error (error);
  g_assert_true (kp_database_exec (db,
                                   KP_TEST_DROP_AFTER_VERSION_6
                                       KP_TEST_DROP_PLAN_SQL
                                   "DROP TABLE plan_document_question; "
                                   "DROP TABLE helpline; DROP TABLE document_logo_import; DROP TABLE publications_view; "
                                   "DROP TABLE document_logo; DROP TABLE leaflet_document; "
                                   "DROP TABLE catalogue_document; DROP TABLE document; "
                                   "CREATE TABLE setting ("
                                   "  key TEXT PRIMARY KEY CHECK (length(key) > 0),"
                                   "  value TEXT NOT NULL CHECK (length(CAST(value AS BLOB)) <= 65536));",
                                   &error));
  g_assert_no_error (error);
  for (guint i = 0; settings != NULL && settings[i] != NULL; i += 2)
    {
      g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, "INSERT INTO setting (key, value) VALUES (?1, ?2)",
                                                           &error);

      g_assert_no_error (error);
      g_assert_nonnull (settings[i + 1]);
      sqlite3_bind_text (stmt, 1, settings[i], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, settings[i + 1], -1, SQLITE_STATIC);
      g_assert_true (kp_database_step_done (db, stmt, &error));
      g_assert_no_error (error);
    }
  g_assert_true (kp_database_exec (db, "PRAGMA user_version = 5;", &error));
  g_assert_no_error (error);
}

typedef struct
{
  gboolean           done;
  KpServicesRefresh *refresh;
  GError            *error;
} RefreshWait;

static void
on_refresh_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  RefreshWait *wait = user_data;

  wait->refresh = kp_service_network_refresh_finish (KP_SERVICE_NETWORK (source), result,
                                                     &wait->error);
  wait->done = TRUE;
}

/**
 * kp_test_refresh_services:
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
KpServicesRefresh *
kp_test_refresh_services (KpProject *project,
                          KpLibrary *library,
                          GError   **error)
{
  RefreshWait wait = { FALSE, NULL, NULL };

  kp_service_network_refresh_async (kp_service_network_get (project), library, NULL, NULL,
                                    on_refresh_done_cb, &wait);
  KP_TEST_WAIT_UNTIL (wait.done);
  if (wait.refresh == NULL)
    g_propagate_error (error, wait.error);
  return wait.refresh;
}

void
kp_test_wait_for_jobs (gpointer object)
{
  KP_TEST_WAIT_UNTIL (g_atomic_int_get (&G_OBJECT (object)->ref_count) == 1);
}

/**
 * kp_test_quality_issues:
 *
 * Returns: (transfer none): the network's live list of data-quality issues, filled
 */
GListModel *
kp_test_quality_issues (KpProject *project)
{
  KpServiceNetwork *network = kp_service_network_get (project);
  GListModel       *issues = kp_service_network_get_quality_issues (network);

  KP_TEST_WAIT_UNTIL (kp_service_network_get_quality_ready (network));
  return issues;
}

#ifdef KP_TEST_UI
/**
 * kp_test_flush:
 *
 * Lets @widget's toplevel lay out and draw, then waits for the display server (Console's
 * way), so a test can look at what the user would see.
 */
void
kp_test_flush (GtkWidget *widget)
{
  GtkNative *native = gtk_widget_get_native (widget);
  gint64     deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_main_context_iteration (NULL, FALSE))
    ;
  /* A window just presented is mapped once the display server answers. */
  while (native != NULL && !gtk_widget_get_mapped (GTK_WIDGET (native)))
    {
      if (!gtk_widget_get_visible (GTK_WIDGET (native)) || g_get_monotonic_time () > deadline)
        break;
      g_main_context_iteration (NULL, FALSE);
    }
  if (native != NULL && gtk_widget_get_mapped (GTK_WIDGET (native)))
    gtk_test_widget_wait_for_draw (GTK_WIDGET (native));
  gdk_display_sync (gtk_widget_get_display (widget));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/**
 * kp_test_render:
 * @widget: a widget of a shown window
 *
 * Returns: (transfer full): what @widget shows, rendered as the window's renderer does
 */
GdkTexture *
kp_test_render (GtkWidget *widget)
{
  g_autoptr (GdkPaintable) paintable = NULL;
  g_autoptr (GtkSnapshot) snapshot = NULL;
  g_autoptr (GskRenderNode) node = NULL;
  GskRenderer    *renderer;
  int             width, height;
  graphene_rect_t bounds;

  kp_test_flush (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  graphene_rect_init (&bounds, 0, 0, width, height);
  return gsk_renderer_render_texture (renderer, node, &bounds);
}

/**
 * kp_test_count_colours:
 *
 * Returns: how many different colours @texture has (counted up to 1 000)
 */
guint
kp_test_count_colours (GdkTexture *texture)
{
  int                width = gdk_texture_get_width (texture);
  int                height = gdk_texture_get_height (texture);
  gsize              stride = (gsize) width * 4;
  g_autofree guchar *pixels = g_malloc (stride * height);
  g_autoptr (GHashTable) colours = g_hash_table_new (g_direct_hash, g_direct_equal);

  gdk_texture_download (texture, pixels, stride);
  for (int y = 0; y < height && g_hash_table_size (colours) < 1000; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel;

        memcpy (&pixel, pixels + y * stride + x * 4, 4);
        g_hash_table_add (colours, GUINT_TO_POINTER (pixel));
      }
  return g_hash_table_size (colours);
}

/**
 * kp_test_screenshot:
 *
 * Saves what @widget shows as a PNG at @path.
 */
void
kp_test_screenshot (GtkWidget  *widget,
                    const char *path)
{
  g_autoptr (GdkTexture) texture = kp_test_render (widget);

  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/**
 * kp_test_screenshot_if_asked:
 * @name: the PNG's file name, e.g. "welcome.png"
 *
 * Saves a screenshot of @widget as @name in the directory named by `KP_SCREENSHOT_DIR`,
 * and does nothing when that variable is not set (the usual test run).
 */
void
kp_test_screenshot_if_asked (GtkWidget  *widget,
                             const char *name)
{
  const char      *dir = g_getenv ("KP_SCREENSHOT_DIR");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  path = g_build_filename (dir, name, NULL);
  kp_test_screenshot (widget, path);
}

/**
 * kp_test_find_widget:
 * @name: a widget name (the `name` property, set in blueprint with `name: "…";`)
 *
 * Returns: (transfer none) (nullable): the first descendant of @root (depth first) with
 * that name
 */
GtkWidget *
kp_test_find_widget (GtkWidget  *root,
                     const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kp_test_find_widget (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * kp_test_find_toplevel:
 * @type: a GtkWindow subtype, e.g. `ADW_TYPE_MESSAGE_DIALOG`
 *
 * Returns: (transfer none) (nullable): the first toplevel window of that type
 */
GtkWindow *
kp_test_find_toplevel (GType type)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return l->data;
  return NULL;
}

static void
collect_action_rows (GtkWidget *widget,
                     GPtrArray *rows)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_ACTION_ROW (child))
        g_ptr_array_add (rows, child);
      else
        collect_action_rows (child, rows);
    }
}

/**
 * kp_test_list_action_rows:
 *
 * Returns: (transfer container) (element-type AdwActionRow): the action rows under @root, in
 * the order they are shown (not the rows inside another row)
 */
GPtrArray *
kp_test_list_action_rows (GtkWidget *root)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect_action_rows (root, rows);
  return rows;
}
static void
on_toast_activate_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      GPtrArray     *messages)
{
  g_ptr_array_add (messages, g_variant_dup_string (parameter, NULL));
}

/**
 * kp_test_catch_toasts:
 * @window: the window a view under test is in
 * @messages: (element-type utf8): where the text of each toast goes
 *
 * Gives @window the "win.toast" action a KpWindow has: a view's toasts land in @messages.
 */
void
kp_test_catch_toasts (GtkWidget *window,
                      GPtrArray *messages)
{
  g_autoptr (GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr (GSimpleAction) toast = g_simple_action_new ("toast", G_VARIANT_TYPE_STRING);

  g_object_set_data_full (G_OBJECT (toast), "kp-test-messages", g_ptr_array_ref (messages),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (toast, "activate", G_CALLBACK (on_toast_activate_cb), messages);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (toast));
  gtk_widget_insert_action_group (window, "win", G_ACTION_GROUP (group));
}

static const char *
shown_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  if (GTK_IS_INSCRIPTION (widget))
    return gtk_inscription_get_text (GTK_INSCRIPTION (widget));
  if (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget))
    return gtk_editable_get_text (GTK_EDITABLE (widget));
  return NULL;
}

/**
 * kp_test_find_shown_text:
 * @root: where to look
 * @text: what a label, an inscription or an entry shows (in part)
 *
 * Returns: (transfer none) (nullable): the first such widget that is on screen (mapped,
 *   with a size)
 */
GtkWidget *
kp_test_find_shown_text (GtkWidget  *root,
                         const char *text)
{
  const char *shown = shown_text (root);

  if (!gtk_widget_get_mapped (root))
    return NULL;
  if (shown != NULL && strstr (shown, text) != NULL && gtk_widget_get_width (root) > 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kp_test_find_shown_text (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * kp_test_application_new:
 * @dir: where its reference library is made
 *
 * Returns: (transfer full): the application as `komplan` makes it, registered, on its own
 */
KpApplication *
kp_test_application_new (const char *dir)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *library_path = g_build_filename (dir, "reference.sqlite", NULL);
  KpApplication   *app;

  g_setenv ("KOMPLAN_REFERENCE", library_path, TRUE);
  app = kp_application_new ("cz.komplan.Komplan.Test", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kp_application_get_library (app));
  return app;
}

#endif
