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

G_END_DECLS
