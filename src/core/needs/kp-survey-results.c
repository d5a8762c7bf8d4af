/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-survey-results.h"
#include "kp-czech.h"
#include "kp-error.h"
#include "kp-survey-private.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

/* Frequencies, cross-tabulations and their CSV. Percentages are of the valid answers (the
 * respondents who answered the question), as survey reports give them. */

#define MAX_NUMBER_VALUES 12 /* distinct numbers listed one by one; more go in classes */
#define N_NUMBER_CLASSES  5

static void
answer_count_free (KpAnswerCount *count)
{
  g_free (count->label);
  g_free (count);
}

static void
question_result_free (KpQuestionResult *result)
{
  g_free (result->text);
  g_clear_pointer (&result->answers, g_ptr_array_unref);
  g_clear_pointer (&result->open, g_array_unref);
  g_free (result);
}

void
kp_survey_results_free (KpSurveyResults *results)
{
  if (results == NULL)
    return;
  g_free (results->name);
  g_free (results->title);
  g_clear_pointer (&results->questions, g_ptr_array_unref);
  g_free (results);
}

static KpAnswerCount *
add_count (GPtrArray  *answers,
           const char *label,
           guint       count)
{
  KpAnswerCount *answer = g_new0 (KpAnswerCount, 1);

  answer->label = g_strdup (label);
  answer->count = count;
  g_ptr_array_add (answers, answer);
  return answer;
}

/* The labels a question's answers are counted by, in order: its choices, then any answer
 * that is no choice (an obec outside the territory). */
typedef struct
{
  GPtrArray  *labels; /* const char *, borrowed from the question or the survey */
  GHashTable *index;  /* label → position + 1 */
} Labels;

static void
labels_init (Labels                 *labels,
             const KpSurveyQuestion *question)
{
  labels->labels = g_ptr_array_new ();
  labels->index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; question->choices[i] != NULL; i++)
    if (!g_hash_table_contains (labels->index, question->choices[i]))
      {
        g_ptr_array_add (labels->labels, question->choices[i]);
        g_hash_table_insert (labels->index, question->choices[i],
                             GUINT_TO_POINTER (labels->labels->len));
      }
}

static guint
labels_find (Labels     *labels,
             const char *label)
{
  guint position = GPOINTER_TO_UINT (g_hash_table_lookup (labels->index, label));

  if (position == 0)
    {
      g_ptr_array_add (labels->labels, (gpointer) label);
      position = labels->labels->len;
      g_hash_table_insert (labels->index, (gpointer) label, GUINT_TO_POINTER (position));
    }
  return position - 1;
}

static void
labels_clear (Labels *labels)
{
  g_ptr_array_unref (labels->labels);
  g_hash_table_unref (labels->index);
}

/* Splits an answer (a copy, cut in place) into its items, each label once; returns how
 * many went into @items. */
static guint
split_answer (char  *answer,
              char **items,
              guint  max)
{
  guint n = 0;
  char *start = answer;

  for (char *p = answer;; p++)
    if (*p == KP_SURVEY_ITEM_SEPARATOR || *p == '\0')
      {
        gboolean end = *p == '\0';
        gboolean seen = FALSE;

        *p = '\0';
        for (guint k = 0; k < n; k++)
          seen |= strcmp (items[k], start) == 0;
        if (!seen && *start != '\0' && n < max)
          items[n++] = start;
        if (end)
          break;
        start = p + 1;
      }
  return n;
}

static void
count_choices (KpSurvey               *survey,
               guint                   index,
               const KpSurveyQuestion *question,
               KpQuestionResult       *result)
{
  guint   n = kp_survey_get_n_respondents (survey);
  Labels  labels;
  GArray *counts = g_array_new (FALSE, TRUE, sizeof (guint));

  labels_init (&labels, question);
  for (guint r = 0; r < n; r++)
    {
      const char *answer = kp_survey_get_answer (survey, r, index);

      if (*answer == '\0')
        continue;
      result->valid++;
      if (question->type == KP_QUESTION_MULTIPLE && strchr (answer, KP_SURVEY_ITEM_SEPARATOR))
        {
          char             buffer[512];
          gsize            length = strlen (answer);
          g_autofree char *heap = length < sizeof buffer ? NULL : g_strdup (answer);
          char            *copy = heap != NULL ? heap : memcpy (buffer, answer, length + 1);
          char            *items[64];
          guint            k = split_answer (copy, items, G_N_ELEMENTS (items));

          for (guint i = 0; i < k; i++)
            {
              /* The label must outlive the copy: find it among the choices, or keep the
               * survey's own text by looking it up again. */
              const char *label = items[i];
              guint       position;

              if (!g_hash_table_contains (labels.index, label))
                continue; /* a multiple choice's items are always choices */
              position = labels_find (&labels, label);
              if (position >= counts->len)
                g_array_set_size (counts, position + 1);
              g_array_index (counts, guint, position)++;
            }
        }
      else
        {
          guint position = labels_find (&labels, answer);

          if (position >= counts->len)
            g_array_set_size (counts, position + 1);
          g_array_index (counts, guint, position)++;
        }
    }
  g_array_set_size (counts, labels.labels->len);
  for (guint i = 0; i < labels.labels->len; i++)
    add_count (result->answers, g_ptr_array_index (labels.labels, i),
               g_array_index (counts, guint, i));
  labels_clear (&labels);
  g_array_unref (counts);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : (da > db ? 1 : 0);
}

static double
median_of (GArray *sorted)
{
  guint n = sorted->len;

  if (n == 0)
    return NAN;
  if (n % 2 == 1)
    return g_array_index (sorted, double, n / 2);
  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2.0;
}

static char *
format_number (double value)
{
  return kp_czech_format_double (value, value == floor (value) ? 0 : 2);
}

/* Distinct numbers one by one when they are few, else equal classes "10–19". */
static void
count_numbers (GArray           *values,
               KpQuestionResult *result)
{
  guint distinct = 0;

  for (guint i = 0; i < values->len; i++)
    if (i == 0 || g_array_index (values, double, i) != g_array_index (values, double, i - 1))
      distinct++;
  if (distinct <= MAX_NUMBER_VALUES)
    {
      for (guint i = 0; i < values->len;)
        {
          double           value = g_array_index (values, double, i);
          guint            j = i;
          g_autofree char *label = format_number (value);

          while (j < values->len && g_array_index (values, double, j) == value)
            j++;
          add_count (result->answers, label, j - i);
          i = j;
        }
      return;
    }
  {
    double min = g_array_index (values, double, 0);
    double max = g_array_index (values, double, values->len - 1);
    double width = ceil ((max - min + 1) / N_NUMBER_CLASSES);
    guint  i = 0;

    for (int k = 0; k < N_NUMBER_CLASSES; k++)
      {
        double           from = min + k * width, to = from + width;
        g_autofree char *a = format_number (from);
        g_autofree char *b = format_number (to - 1);
        g_autofree char *label = g_strdup_printf ("%s–%s", a, b);
        guint            count = 0;

        while (i < values->len && (g_array_index (values, double, i) < to || k + 1 == N_NUMBER_CLASSES))
          i++, count++;
        add_count (result->answers, label, count);
      }
  }
}

static void
compute_numbers (KpSurvey         *survey,
                 guint             index,
                 KpQuestionResult *result,
                 gboolean          counts)
{
  g_autoptr (GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  guint  n = kp_survey_get_n_respondents (survey);
  double sum = 0.0;

  for (guint r = 0; r < n; r++)
    {
      double value = kp_survey_parse_number (kp_survey_get_answer (survey, r, index));

      if (isnan (value))
        continue;
      g_array_append_val (values, value);
      sum += value;
    }
  g_array_sort (values, compare_doubles);
  result->mean = values->len > 0 ? sum / values->len : NAN;
  result->median = median_of (values);
  if (counts)
    {
      result->valid = values->len;
      if (values->len > 0)
        count_numbers (values, result);
    }
}

/* An open question: the respondents who answered, and the categories the user tagged the
 * answers with, most used first. */
static void
count_open (KpSurvey               *survey,
            guint                   index,
            const KpSurveyQuestion *question,
            KpQuestionResult       *result)
{
  g_autoptr (GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto (GStrv) tags = kp_survey_list_tags (survey, question->qid);
  guint n = kp_survey_get_n_respondents (survey);

  result->open = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint r = 0; r < n; r++)
    {
      const char *const *own;

      if (*kp_survey_get_answer (survey, r, index) == '\0')
        continue;
      result->valid++;
      g_array_append_val (result->open, r);
      if (tags[0] == NULL)
        continue; /* nothing tagged: no need to look */
      own = kp_survey_get_tags (survey, question->qid, r);
      for (guint k = 0; own != NULL && own[k] != NULL; k++)
        g_hash_table_insert (counts, (gpointer) own[k],
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, own[k])) + 1));
    }
  for (guint k = 0; tags[k] != NULL; k++)
    add_count (result->answers, tags[k], GPOINTER_TO_UINT (g_hash_table_lookup (counts, tags[k])));
}

static int
compare_by_count (gconstpointer a,
                  gconstpointer b)
{
  const KpAnswerCount *ca = *(const KpAnswerCount *const *) a;
  const KpAnswerCount *cb = *(const KpAnswerCount *const *) b;

  if (ca->count != cb->count)
    return ca->count > cb->count ? -1 : 1;
  return kp_czech_compare (ca->label, cb->label);
}

KpSurveyResults *
kp_survey_compute_results (KpSurvey *survey)
{
  KpSurveyResults *results;
  GPtrArray       *questions;
  guint            n;

  g_return_val_if_fail (KP_IS_SURVEY (survey), NULL);

  results = g_new0 (KpSurveyResults, 1);
  results->name = g_strdup (kp_survey_get_name (survey));
  results->title = g_strdup (kp_survey_get_title (survey));
  results->group = kp_survey_get_respondent_group (survey);
  results->respondents = n = kp_survey_get_n_respondents (survey);
  results->questions = g_ptr_array_new_with_free_func ((GDestroyNotify) question_result_free);
  questions = kp_survey_get_questions (survey);
  for (guint q = 0; q < questions->len; q++)
    {
      const KpSurveyQuestion *question = g_ptr_array_index (questions, q);
      KpQuestionResult       *result = g_new0 (KpQuestionResult, 1);

      result->qid = question->qid;
      result->text = g_strdup (question->text);
      result->type = question->type;
      result->answers = g_ptr_array_new_with_free_func ((GDestroyNotify) answer_count_free);
      result->mean = result->median = NAN;
      switch (question->type)
        {
        case KP_QUESTION_NUMBER:
          compute_numbers (survey, q, result, TRUE);
          break;
        case KP_QUESTION_TEXT:
          count_open (survey, q, question, result);
          g_ptr_array_sort (result->answers, compare_by_count);
          break;
        case KP_QUESTION_SCALE:
          count_choices (survey, q, question, result);
          compute_numbers (survey, q, result, FALSE);
          break;
        case KP_QUESTION_OBEC:
          /* Obce in no order of their own: the most named first. */
          count_choices (survey, q, question, result);
          g_ptr_array_sort (result->answers, compare_by_count);
          break;
        case KP_QUESTION_SINGLE:
        case KP_QUESTION_MULTIPLE:
        case KP_QUESTION_YES_NO:
        case KP_QUESTION_AGE_BAND:
        case KP_N_QUESTION_TYPES:
        default:
          count_choices (survey, q, question, result);
          break;
        }
      result->missing = n - MIN (n, result->valid);
      for (guint i = 0; i < result->answers->len; i++)
        {
          KpAnswerCount *count = g_ptr_array_index (result->answers, i);

          count->percent = result->valid > 0 ? 100.0 * count->count / result->valid : NAN;
        }
      g_ptr_array_add (results->questions, result);
    }
  return results;
}

const KpQuestionResult *
kp_survey_results_find (const KpSurveyResults *results,
                        int                    qid)
{
  g_return_val_if_fail (results != NULL, NULL);
  for (guint i = 0; i < results->questions->len; i++)
    {
      const KpQuestionResult *result = g_ptr_array_index (results->questions, i);

      if (result->qid == qid)
        return result;
    }
  return NULL;
}

void
kp_cross_tab_free (KpCrossTab *table)
{
  if (table == NULL)
    return;
  g_free (table->row_text);
  g_free (table->column_text);
  g_strfreev (table->rows);
  g_strfreev (table->columns);
  g_free (table->counts);
  g_free (table->row_totals);
  g_free (table->column_totals);
  g_free (table);
}

/* The labels of a question's answers as counted by count_choices(). */
static GStrv
answer_labels (KpSurvey               *survey,
               guint                   index,
               const KpSurveyQuestion *question,
               Labels                 *labels)
{
  guint n = kp_survey_get_n_respondents (survey);

  labels_init (labels, question);
  if (question->type != KP_QUESTION_MULTIPLE)
    for (guint r = 0; r < n; r++)
      {
        const char *answer = kp_survey_get_answer (survey, r, index);

        if (*answer != '\0')
          labels_find (labels, answer);
      }
  {
    g_autoptr (GPtrArray) copy = g_ptr_array_copy (labels->labels, NULL, NULL);

    g_ptr_array_set_free_func (copy, NULL);
    g_ptr_array_add (copy, NULL);
    return g_strdupv ((char **) copy->pdata);
  }
}

/* The positions among @labels of an answer's items. */
static guint
answer_positions (Labels     *labels,
                  const char *answer,
                  guint      *positions,
                  guint       max)
{
  g_autofree char *copy = g_strdup (answer);
  char            *items[64];
  guint            n = split_answer (copy, items, MIN (max, G_N_ELEMENTS (items)));
  guint            k = 0;

  for (guint i = 0; i < n; i++)
    {
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (labels->index, items[i]));

      if (position > 0)
        positions[k++] = position - 1;
    }
  return k;
}

KpCrossTab *
kp_survey_cross_tab (KpSurvey *survey,
                     int       row_qid,
                     int       column_qid,
                     GError  **error)
{
  const KpSurveyQuestion *rq, *cq;
  guint                   ri = 0, ci = 0, n;
  Labels                  row_labels, column_labels;
  KpCrossTab             *table;

  g_return_val_if_fail (KP_IS_SURVEY (survey), NULL);

  rq = kp_survey_find_question (survey, row_qid, &ri);
  cq = kp_survey_find_question (survey, column_qid, &ci);
  if (rq == NULL || cq == NULL || !kp_question_type_has_choices (rq->type) ||
      !kp_question_type_has_choices (cq->type))
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("Only questions with choices can be tabulated against each other"));
      return NULL;
    }
  table = g_new0 (KpCrossTab, 1);
  table->row_text = g_strdup (rq->text);
  table->column_text = g_strdup (cq->text);
  table->rows = answer_labels (survey, ri, rq, &row_labels);
  table->columns = answer_labels (survey, ci, cq, &column_labels);
  table->n_rows = g_strv_length (table->rows);
  table->n_columns = g_strv_length (table->columns);
  table->counts = g_new0 (guint, (gsize) MAX (table->n_rows, 1) * MAX (table->n_columns, 1));
  table->row_totals = g_new0 (guint, MAX (table->n_rows, 1));
  table->column_totals = g_new0 (guint, MAX (table->n_columns, 1));
  n = kp_survey_get_n_respondents (survey);
  for (guint r = 0; r < n; r++)
    {
      const char *ra = kp_survey_get_answer (survey, r, ri);
      const char *ca = kp_survey_get_answer (survey, r, ci);
      guint       rp[64], cp[64], nr, nc;

      if (*ra == '\0' || *ca == '\0')
        continue;
      nr = answer_positions (&row_labels, ra, rp, G_N_ELEMENTS (rp));
      nc = answer_positions (&column_labels, ca, cp, G_N_ELEMENTS (cp));
      if (nr == 0 || nc == 0)
        continue;
      table->total++;
      for (guint i = 0; i < nr; i++)
        table->row_totals[rp[i]]++;
      for (guint j = 0; j < nc; j++)
        table->column_totals[cp[j]]++;
      for (guint i = 0; i < nr; i++)
        for (guint j = 0; j < nc; j++)
          table->counts[rp[i] * table->n_columns + cp[j]]++;
    }
  labels_clear (&row_labels);
  labels_clear (&column_labels);
  return table;
}

double
kp_cross_tab_column_percent (const KpCrossTab *table,
                             guint             row,
                             guint             column)
{
  g_return_val_if_fail (table != NULL && row < table->n_rows && column < table->n_columns, NAN);
  if (table->column_totals[column] == 0)
    return NAN;
  return 100.0 * table->counts[row * table->n_columns + column] / table->column_totals[column];
}

/* A CSV field: quoted when it holds the delimiter, a quote or a line break. */
static void
append_field (GString    *out,
              const char *text)
{
  if (strpbrk (text, ";\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

gboolean
kp_survey_results_write_csv (const KpSurveyResults *results,
                             const char            *path,
                             GError               **error)
{
  g_autoptr (GString) out = g_string_new ("\xEF\xBB\xBF");
  g_autofree char *part = NULL;

  g_return_val_if_fail (results != NULL && path != NULL, FALSE);

  append_field (out, _ ("Question"));
  g_string_append_c (out, ';');
  append_field (out, _ ("Answer"));
  g_string_append_c (out, ';');
  append_field (out, _ ("Count"));
  g_string_append_c (out, ';');
  append_field (out, _ ("Percent of valid answers"));
  g_string_append_c (out, ';');
  append_field (out, _ ("Valid answers (n)"));
  g_string_append (out, "\r\n");
  for (guint q = 0; q < results->questions->len; q++)
    {
      const KpQuestionResult *result = g_ptr_array_index (results->questions, q);

      for (guint a = 0; a < result->answers->len; a++)
        {
          const KpAnswerCount *count = g_ptr_array_index (result->answers, a);
          g_autofree char     *percent = kp_czech_format_double (count->percent, 1);

          append_field (out, result->text);
          g_string_append_c (out, ';');
          append_field (out, count->label);
          g_string_append_printf (out, ";%u;", count->count);
          /* Excel reads "12,5" as a number; no thousands separator in a CSV. */
          append_field (out, isnan (count->percent) ? "" : percent);
          g_string_append_printf (out, ";%u\r\n", result->valid);
        }
    }
  part = g_strconcat (path, ".part", NULL);
  if (!g_file_set_contents (part, out->str, (gssize) out->len, error))
    return FALSE;
  if (g_rename (part, path) != 0)
    {
      int              saved = errno;
      g_autofree char *display = g_filename_display_name (path);

      g_remove (part);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _ ("Cannot write “%s”: %s"), display, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
