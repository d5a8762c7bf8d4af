/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "fuzz-common.h"
#include "kp-survey-import.h"
#include "kp-text-sniff.h"

/* libFuzzer entry point for the survey import (README.md): the encoding and delimiter
 * sniffing of office CSV (kp-text-sniff.c) on the bytes, then the whole reading of the
 * responses from a file named after its look (an .xlsx workbook or CSV), once with the
 * questionnaire made from the file and, when that reads, again against that questionnaire.
 * A crash, a leak, a question, choice, answer, note or message that is not valid UTF-8 or
 * a message too long is a finding; so is a row whose answers do not match its questions. */

static char *work_dir;

static const char *const obce[] = { "Lesná", "Skalná", "Dubovice", "Čeňkov", "Žďárec", NULL };

static void
check_import (const KpSurveyImport *import)
{
  kp_fuzz_check_text (import->display_name);
  kp_fuzz_check_text (import->note);
  for (guint i = 0; i < import->questions->len; i++)
    {
      const KpSurveyQuestion *question = g_ptr_array_index (import->questions, i);

      kp_fuzz_check_text (question->text);
      for (guint c = 0; question->choices != NULL && question->choices[c] != NULL; c++)
        kp_fuzz_check_text (question->choices[c]);
    }
  for (guint i = 0; i < import->rows->len; i++)
    {
      const char *row = g_ptr_array_index (import->rows, i);
      guint       cells = 1;

      kp_fuzz_check_text (row);
      for (const char *p = row; *p != '\0'; p++)
        cells += *p == KP_SURVEY_CELL_SEPARATOR;
      g_assert (cells == MAX (import->questions->len, 1));
    }
  for (guint i = 0; import->respondents != NULL && i < import->respondents->len; i++)
    kp_fuzz_check_text (g_ptr_array_index (import->respondents, i));
  for (guint i = 0; i < import->skipped->len; i++)
    kp_fuzz_check_text (g_ptr_array_index (import->skipped, i));
}

static void
sniff (const uint8_t *data,
       size_t         size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (GBytes) utf8 = NULL;
  KpTextEncoding encoding;
  GError        *error = NULL;

  utf8 = kp_text_to_utf8 (bytes, "fuzz.csv", &encoding, &error);
  kp_fuzz_check_error (error);
  if (utf8 != NULL)
    {
      char        delimiter = kp_csv_sniff_delimiter (utf8);
      gsize       length;
      const char *text = g_bytes_get_data (utf8, &length);

      g_assert (delimiter == ';' || delimiter == ',' || delimiter == '\t');
      g_assert (text == NULL || g_utf8_validate (text, (gssize) length, NULL));
      kp_fuzz_check_text (kp_text_encoding_get_name (encoding));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *input = NULL;
  KpSurveyImport  *import;
  GError          *error = NULL;
  FILE            *file;

  if (work_dir == NULL)
    {
      work_dir = g_dir_make_tmp ("kp-fuzz-survey-XXXXXX", &error);
      g_assert_no_error (error);
    }
  sniff (data, size);

  input = g_build_filename (work_dir,
                            size >= 2 && data[0] == 'P' && data[1] == 'K' ? "odpovedi.xlsx"
                                                                          : "odpovedi.csv",
                            NULL);
  file = g_fopen (input, "wb");
  g_assert (file != NULL);
  if (size > 0 && fwrite (data, 1, size, file) != size)
    g_error ("cannot write the input");
  fclose (file);

  import = kp_survey_import_read (input, NULL, obce, NULL, &error);
  kp_fuzz_check_error (error);
  error = NULL;
  if (import != NULL)
    {
      KpSurveyImport *again;

      check_import (import);
      again = kp_survey_import_read (input, import->questions, obce, NULL, &error);
      kp_fuzz_check_error (error);
      if (again != NULL)
        {
          check_import (again);
          kp_survey_import_free (again);
        }
      kp_survey_import_free (import);
    }
  g_unlink (input);
  return 0;
}
