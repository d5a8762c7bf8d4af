/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the tests of the Síť služeb view: a window around a KpNetworkPage, and helpers
 * to read its list and drive its widgets. */

#include <adwaita.h>

#include "kp-network-page.h"
#include "kp-network-row.h"

G_BEGIN_DECLS

typedef struct
{
  char          *dir;
  KpLibrary     *library; /* (nullable) */
  KpProject     *project;
  GtkWidget     *window;
  KpNetworkPage *page;
  GtkListView   *list;
  GtkEditable   *search;
  GPtrArray     *toasts; /* char *: the page's toasts (win.toast) */
} KpNetworkTest;

/* Links the UI resources in and loads the application's CSS; call after gtk_test_init(). */
void kp_test_network_init (void);
/* Shows @project's page (with @library when not %NULL) in a window of 1 280 × 860 px, or
 * of the size given. */
void kp_test_network_open (KpNetworkTest *test);
void kp_test_network_open_sized (KpNetworkTest *test,
                                 int            width,
                                 int            height);
/* Destroys the window only, to open the page again. */
void kp_test_network_close_window (KpNetworkTest *test);
/* Destroys the window, frees the project and library and removes test->dir. */
void kp_test_network_close (KpNetworkTest *test);

GtkWidget  *kp_test_network_find (KpNetworkTest *test,
                                  const char    *name);
const char *kp_test_network_label (KpNetworkTest *test,
                                   const char    *name);
GListModel *kp_test_network_rows (KpNetworkTest *test);
guint       kp_test_network_n_rows (KpNetworkTest *test);
guint       kp_test_network_n_service_rows (KpNetworkTest *test);
/* The service row titled @name, or %NULL. Returns: (transfer none) */
KpNetworkRow *kp_test_network_find_row (KpNetworkTest *test,
                                        const char    *name);
void          kp_test_network_select_row (KpNetworkTest *test,
                                          const char    *name);
/* Types @text into the search entry and waits until @expected_services rows are listed. */
void kp_test_network_search (KpNetworkTest *test,
                             const char    *text,
                             guint          expected_services);

/* Runs the page's refresh from the registry (a job in a worker thread) and waits for it.
 * Returns: (transfer full) (nullable): the report, or %NULL with @error set */
KpServicesRefresh *kp_test_network_refresh (KpNetworkTest *test,
                                            GError       **error);

/* Emits "clicked" on a sensitive button (gtk_widget_activate() waits for an animation). */
gboolean kp_test_click (GtkWidget *button);
/* Whether a label under @widget shows @text (as a substring). */
gboolean kp_test_shows_text (GtkWidget  *widget,
                             const char *text);

G_END_DECLS
