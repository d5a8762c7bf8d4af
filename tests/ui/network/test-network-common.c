/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "test-network-common.h"

#include <string.h>

#include "kp-test-utils.h"
#include "kp-ui-resources.h"

void
kp_test_network_init (void)
{
  g_autoptr (GtkCssProvider) css = gtk_css_provider_new ();

  adw_init ();
  /* Referencing the bundle links it in; the CSS is what AdwApplication would load. */
  (void) kp_ui_get_resource ();
  gtk_css_provider_load_from_resource (css, "/cz/komplan/Komplan/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

void
kp_test_network_open (KpNetworkTest *test)
{
  kp_test_network_open_sized (test, 1280, 860);
}

void
kp_test_network_open_sized (KpNetworkTest *test,
                            int            width,
                            int            height)
{
  g_assert_nonnull (test->project);
  test->toasts = g_ptr_array_new_with_free_func (g_free);
  test->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (test->window), width, height);
  kp_test_catch_toasts (test->window, test->toasts);
  test->page = KP_NETWORK_PAGE (kp_network_page_new (test->project, test->library));
  gtk_window_set_child (GTK_WINDOW (test->window), GTK_WIDGET (test->page));
  gtk_window_present (GTK_WINDOW (test->window));
  kp_test_flush (test->window);

  test->list = GTK_LIST_VIEW (kp_test_network_find (test, "network-list"));
  test->search = GTK_EDITABLE (kp_test_network_find (test, "network-search"));
}

void
kp_test_network_close_window (KpNetworkTest *test)
{
  gtk_window_destroy (GTK_WINDOW (test->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  test->window = NULL;
  test->page = NULL;
  g_clear_pointer (&test->toasts, g_ptr_array_unref);
}

void
kp_test_network_close (KpNetworkTest *test)
{
  kp_test_network_close_window (test);
  g_clear_object (&test->project);
  g_clear_object (&test->library);
  kp_test_remove_tree (test->dir);
  g_clear_pointer (&test->dir, g_free);
}

GtkWidget *
kp_test_network_find (KpNetworkTest *test,
                      const char    *name)
{
  GtkWidget *widget = kp_test_find_widget (test->window, name);

  g_assert_nonnull (widget);
  return widget;
}

const char *
kp_test_network_label (KpNetworkTest *test,
                       const char    *name)
{
  return gtk_label_get_text (GTK_LABEL (kp_test_network_find (test, name)));
}

GListModel *
kp_test_network_rows (KpNetworkTest *test)
{
  return G_LIST_MODEL (gtk_list_view_get_model (test->list));
}

guint
kp_test_network_n_rows (KpNetworkTest *test)
{
  return g_list_model_get_n_items (kp_test_network_rows (test));
}

guint
kp_test_network_n_service_rows (KpNetworkTest *test)
{
  guint n = 0;

  for (guint i = 0; i < kp_test_network_n_rows (test); i++)
    {
      g_autoptr (KpNetworkRow) row = g_list_model_get_item (kp_test_network_rows (test), i);

      n += !kp_network_row_get_is_header (row);
    }
  return n;
}

static guint
find_row_position (KpNetworkTest *test,
                   const char    *name)
{
  for (guint i = 0; i < kp_test_network_n_rows (test); i++)
    {
      g_autoptr (KpNetworkRow) row = g_list_model_get_item (kp_test_network_rows (test), i);

      if (!kp_network_row_get_is_header (row) &&
          g_strcmp0 (kp_network_row_get_title (row), name) == 0)
        return i;
    }
  return G_MAXUINT;
}

KpNetworkRow *
kp_test_network_find_row (KpNetworkTest *test,
                          const char    *name)
{
  guint         position = find_row_position (test, name);
  KpNetworkRow *row;

  if (position == G_MAXUINT)
    return NULL;
  row = g_list_model_get_item (kp_test_network_rows (test), position);
  g_object_unref (row); /* the list keeps it */
  return row;
}

void
kp_test_network_select_row (KpNetworkTest *test,
                            const char    *name)
{
  guint position = find_row_position (test, name);

  g_assert_cmpuint (position, !=, G_MAXUINT);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (kp_test_network_rows (test)), position);
  kp_test_flush (test->window);
}

/* GtkSearchEntry reports changes after a short delay: wait for the list to follow. */
void
kp_test_network_search (KpNetworkTest *test,
                        const char    *text,
                        guint          expected_services)
{
  gtk_editable_set_text (test->search, text);
  KP_TEST_WAIT_UNTIL (kp_test_network_n_service_rows (test) == expected_services);
  kp_test_flush (test->window);
  g_assert_cmpuint (kp_test_network_n_service_rows (test), ==, expected_services);
}

gboolean
kp_test_click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  return TRUE;
}

/* Every text shown under @widget, one per line, for substring checks. */
static void
collect_texts (GtkWidget *widget,
               GString   *out)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, out);
}

gboolean
kp_test_shows_text (GtkWidget  *widget,
                    const char *text)
{
  g_autoptr (GString) texts = g_string_new (NULL);

  collect_texts (widget, texts);
  return strstr (texts->str, text) != NULL;
}

typedef struct
{
  gboolean           done;
  KpServicesRefresh *refresh;
  GError            *error;
} RefreshWait;

static void
on_page_refresh_done_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  RefreshWait *wait = user_data;

  wait->refresh = kp_network_page_refresh_finish (KP_NETWORK_PAGE (source), result, &wait->error);
  wait->done = TRUE;
}

KpServicesRefresh *
kp_test_network_refresh (KpNetworkTest *test,
                         GError       **error)
{
  RefreshWait wait = { FALSE, NULL, NULL };

  kp_network_page_refresh_async (test->page, NULL, NULL, on_page_refresh_done_cb, &wait);
  KP_TEST_WAIT_UNTIL (wait.done);
  if (wait.refresh == NULL)
    g_propagate_error (error, wait.error);
  return wait.refresh;
}
