/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char *kp_test_make_tmpdir (void);
void  kp_test_remove_tree (const char *path);
char *kp_test_data_path (const char *name);
char *kp_test_shared_data_path (const char *relative);
char *kp_test_write_file (const char *dir,
                          const char *name,
                          const char *contents,
                          gssize      length);

#ifdef KP_TEST_UI
#include <gtk/gtk.h>

void       kp_test_flush (GtkWidget *widget);
void       kp_test_screenshot (GtkWidget  *widget,
                               const char *path);
GtkWidget *kp_test_find_widget (GtkWidget  *root,
                                const char *name);
#endif

G_END_DECLS
