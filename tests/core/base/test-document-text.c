/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "kp-document-text.h"

/* The text of documents is Czech whatever the locale of the process (issue 12.1). The tests
 * run under LC_ALL=C.UTF-8, where gettext gives the English source strings. */

static void
test_plain (void)
{
  g_assert_cmpstr (D_ ("Phone"), ==, "Telefon");
  g_assert_cmpstr (D_ ("Catalogue of Social Service Providers"), ==,
                   "Katalog poskytovatelů sociálních služeb");
  /* the UI's gettext is not touched: the process locale gives English */
  g_assert_cmpstr (_ ("Phone"), ==, "Phone");
  /* a message with no translation comes back as it is */
  g_assert_cmpstr (D_ ("No such message in the catalogue"), ==,
                   "No such message in the catalogue");
}

static void
test_context (void)
{
  g_assert_cmpstr (DC_ ("capacity unit", "beds"), ==, "lůžka");
  g_assert_cmpstr (DC_ ("service form", "field"), ==, "terénní");
  g_assert_cmpstr (DC_ ("no such context", "beds"), ==, "beds");
  /* a context that is a prefix of another, or the message without a context */
  g_assert_cmpstr (DC_ ("capacity", "beds"), ==, "beds");
}

static void
test_plural (void)
{
  const struct
  {
    gulong      n;
    const char *form;
  } cases[] = {
    { 0, "%d služeb" },
    { 1, "%d služba" },
    { 2, "%d služby" },
    { 4, "%d služby" },
    { 5, "%d služeb" },
    { 11, "%d služeb" },
    { 22, "%d služeb" },
    { 101, "%d služeb" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (DN_ ("%d service", "%d services", cases[i].n), ==, cases[i].form);
  g_assert_cmpstr (DN_ ("%d thing", "%d things", 1), ==, "%d thing");
  g_assert_cmpstr (DN_ ("%d thing", "%d things", 3), ==, "%d things");
  g_assert_cmpint (kp_document_plural_form (1), ==, 0);
  g_assert_cmpint (kp_document_plural_form (3), ==, 1);
  g_assert_cmpint (kp_document_plural_form (12), ==, 2);
}

/* LANGUAGE=en in front of a Czech LANG changes the UI's language, not the document's. */
static void
test_language_variable (void)
{
  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "");
  g_assert_cmpstr (D_ ("Phone"), ==, "Telefon");
  g_assert_cmpstr (DN_ ("%d service", "%d services", 3), ==, "%d služby");
  g_unsetenv ("LANGUAGE");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/kp/document-text/plain", test_plain);
  g_test_add_func ("/kp/document-text/context", test_context);
  g_test_add_func ("/kp/document-text/plural", test_plural);
  g_test_add_func ("/kp/document-text/language-variable", test_language_variable);
  return g_test_run ();
}
