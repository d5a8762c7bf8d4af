/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-test-czech.h"

#include <locale.h>

static gboolean have_catalogue;
static gboolean have_czech;

gboolean
kp_test_use_czech (void)
{
  g_autofree char *catalogue = g_build_filename (KP_TEST_LOCALEDIR, "cs", "LC_MESSAGES",
                                                 GETTEXT_PACKAGE ".mo", NULL);
  const char      *locale;

  if (!g_file_test (catalogue, G_FILE_TEST_IS_REGULAR))
    return FALSE;
  have_catalogue = TRUE;
  /* gettext ignores LANGUAGE in the plain "C" locale; C.UTF-8 is enough. */
  g_setenv ("LANGUAGE", "cs", TRUE);
  locale = setlocale (LC_ALL, "");
  if (locale == NULL || g_strcmp0 (locale, "C") == 0 || g_strcmp0 (locale, "POSIX") == 0)
    locale = setlocale (LC_ALL, "C.UTF-8");
  if (locale == NULL)
    return FALSE;
  bindtextdomain (GETTEXT_PACKAGE, KP_TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  have_czech = g_strcmp0 (g_dgettext (GETTEXT_PACKAGE, "Population"), "Počet obyvatel") == 0;
  return have_czech;
}

gboolean
kp_test_skip_without_czech (void)
{
  if (have_czech)
    return FALSE;
  /* A catalogue that is there but does not translate is a failure, not a skip. */
  g_assert_false (have_catalogue);
  g_test_skip ("the Czech catalogue of the build tree (po/cs.po compiled) is not there");
  return TRUE;
}
