/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-questionnaire.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <poppler.h>
#include <string.h>

/* The blank questionnaire as a respondent gets it: every question's text and choices in
 * the PDF's text, in order, each question on one page only, page numbers "N of M", and user
 * text with markup characters drawn as it is. */

static const char *const obce[] = { "Lesná", "Dubovice", "Lipová Lhota", "Radkovice", NULL };
static const char *const bands[] = { "18–29", "30–44", "45–64", "65–79", "80 a více", NULL };
static const char *const scale[] = { "1", "2", "3", "4", "5", NULL };
static const char *const services[] = { "Pečovatelská služba", "Osobní asistence",
                                        "Odborné sociální poradenství", "Denní stacionář",
                                        "Raná péče", "Odlehčovací služba", NULL };

static KpQuestionnaire *
make_questionnaire (guint n_repeats)
{
  KpQuestionnaire *q = kp_questionnaire_new ("Jak se žije v Podlesí <anketa> & spol.");

  q->subtitle = g_strdup ("Mikroregion Podlesí · respondenti: Veřejnost");
  q->intro = g_strdup ("Děkujeme, že se zapojíte.");
  for (guint r = 0; r < n_repeats; r++)
    {
      kp_questionnaire_add (q, "Ve které obci bydlíte?", KP_QUESTIONNAIRE_ONE, obce, NULL);
      kp_questionnaire_add (q, "Kolik je vám let?", KP_QUESTIONNAIRE_ONE, bands, NULL);
      kp_questionnaire_add (q, "Jak jste spokojen/a s dostupností služeb?", KP_QUESTIONNAIRE_SCALE,
                            scale, "1 = velmi nespokojen/a, 5 = velmi spokojen/a");
      kp_questionnaire_add (q, "Které služby jste využili?", KP_QUESTIONNAIRE_MANY, services, NULL);
      kp_questionnaire_add (q, "Kolik osob žije ve vaší domácnosti?", KP_QUESTIONNAIRE_NUMBER, NULL,
                            NULL);
      kp_questionnaire_add (q, "Co v obci nejvíce chybí?", KP_QUESTIONNAIRE_TEXT, NULL, NULL);
    }
  return q;
}

static PopplerDocument *
write_and_open (const KpQuestionnaire *q,
                char                 **out_path,
                int                   *out_pages)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kp-questionnaire-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "dotaznik.pdf", NULL);
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  g_autofree char *uri = NULL;
  PopplerDocument *document;

  g_assert_true (kp_questionnaire_write_pdf (q, path, out_pages, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  uri = g_filename_to_uri (path, NULL, NULL);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  *out_path = g_steal_pointer (&path);
  return document;
}

static void
remove_file (char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_getenv ("KP_KEEP_PDF") == NULL)
    g_unlink (path);
  else
    g_printerr ("kept %s\n", path);
  g_rmdir (dir);
  g_free (path);
}

static char *
page_text (PopplerDocument *document,
           int              index)
{
  PopplerPage *page = poppler_document_get_page (document, index);
  char        *text = poppler_page_get_text (page);

  g_object_unref (page);
  return text;
}

static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *at = strstr (text, needle); at != NULL; at = strstr (at + 1, needle))
    n++;
  return n;
}

static void
test_one_page (void)
{
  g_autoptr (KpQuestionnaire) q = make_questionnaire (1);
  PopplerDocument *document;
  g_autofree char *text = NULL;
  char            *path = NULL;
  int              pages = 0;
  const char      *at;

  document = write_and_open (q, &path, &pages);
  g_assert_cmpint (pages, ==, 1);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  text = page_text (document, 0);
  g_assert_nonnull (strstr (text, "Jak se žije v Podlesí <anketa> & spol."));
  /* the questions numbered, in order, with their choices */
  at = strstr (text, "1.");
  g_assert_nonnull (at);
  at = strstr (at, "Ve které obci bydlíte?");
  g_assert_nonnull (at);
  at = strstr (at, "Lipová Lhota");
  g_assert_nonnull (at);
  at = strstr (at, "80 a více");
  g_assert_nonnull (at);
  at = strstr (at, "1 = velmi nespokojen/a");
  g_assert_nonnull (at);
  at = strstr (at, "Odlehčovací služba");
  g_assert_nonnull (at);
  at = strstr (at, "6.");
  g_assert_nonnull (at);
  g_assert_nonnull (strstr (at, "Co v obci nejvíce chybí?"));
  g_object_unref (document);
  remove_file (path);
}

static void
test_pages (void)
{
  g_autoptr (KpQuestionnaire) q = make_questionnaire (5); /* 30 questions */
  PopplerDocument *document;
  char            *path = NULL;
  int              pages = 0, n;
  guint            questions = 0;

  document = write_and_open (q, &path, &pages);
  n = poppler_document_get_n_pages (document);
  g_assert_cmpint (pages, ==, n);
  g_assert_cmpint (n, >=, 3);
  for (int i = 0; i < n; i++)
    {
      g_autofree char *text = page_text (document, i);
      g_autofree char *footer = g_strdup_printf ("%d", n);

      /* every page says which of how many it is */
      g_assert_nonnull (strstr (text, footer));
      /* a question with choices is never split: its last choice is on its page */
      g_assert_cmpuint (count (text, "Které služby jste využili?"), ==,
                        count (text, "Odlehčovací služba"));
      g_assert_cmpuint (count (text, "Kolik je vám let?"), ==, count (text, "80 a více"));
      questions += count (text, "Kolik je vám let?");
    }
  g_assert_cmpuint (questions, ==, 5);
  /* all 30 questions are there, the last one numbered 30 */
  {
    g_autofree char *last = page_text (document, n - 1);

    g_assert_nonnull (strstr (last, "30."));
  }
  g_object_unref (document);
  remove_file (path);
}

static void
test_unwritable (void)
{
  g_autoptr (KpQuestionnaire) q = make_questionnaire (1);
  g_autoptr (GError) error = NULL;

  g_assert_false (kp_questionnaire_write_pdf (q, "/nonexistent-dir/dotaznik.pdf", NULL, &error));
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/questionnaire/one-page", test_one_page);
  g_test_add_func ("/render/questionnaire/pages", test_pages);
  g_test_add_func ("/render/questionnaire/unwritable", test_unwritable);
  return g_test_run ();
}
