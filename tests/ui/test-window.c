/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "kp-application.h"
#include "kp-window.h"

static void
test_window_builds (void)
{
  g_autoptr (KpApplication) app = kp_application_new ("cz.komplan.Komplan.Test", G_APPLICATION_NON_UNIQUE);
  KpWindow *window;

  g_application_register (G_APPLICATION (app), NULL, NULL);
  window = kp_window_new (app);
  g_assert_true (KP_IS_WINDOW (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Komplan");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/kp/ui/window/builds", test_window_builds);
  return g_test_run ();
}
