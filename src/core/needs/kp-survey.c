/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-survey.h"
#include "kp-czech.h"
#include "kp-survey-import.h"
#include "kp-survey-private.h"

#include <string.h>

/* A survey as the project file has it. The responses are kept as the file stores them, one
 * string per respondent, and split once into cells (pointers into one copy), so reading
 * an answer is an index. */

struct _KpSurvey
{
  GObject parent_instance;

  KpSurveyData *data;
  char         *cells_text; /* every row, separators turned into NUL */
  const char  **cells;      /* n_respondents × n_questions */
  GHashTable   *tags;       /* "qid:response" → GPtrArray of char * (NULL-terminated) */
  guint         serial;
};

G_DEFINE_FINAL_TYPE (KpSurvey, kp_survey, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_TITLE,
  PROP_RESPONDENT_GROUP,
  PROP_SOURCE_NAME,
  PROP_SOURCE_NOTE,
  PROP_IMPORTED_AT,
  PROP_N_QUESTIONS,
  PROP_N_RESPONDENTS,
  PROP_CHANGED_SERIAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

KpSurveyQuestion *
kp_survey_question_new (int                qid,
                        const char        *text,
                        KpQuestionType     type,
                        const char *const *choices)
{
  KpSurveyQuestion *question = g_new0 (KpSurveyQuestion, 1);

  question->qid = qid;
  question->text = g_strdup (text);
  question->type = type;
  question->choices = choices != NULL ? g_strdupv ((char **) choices) : g_new0 (char *, 1);
  return question;
}

KpSurveyQuestion *
kp_survey_question_copy (const KpSurveyQuestion *question)
{
  return kp_survey_question_new (question->qid, question->text, question->type,
                                 (const char *const *) question->choices);
}

void
kp_survey_question_free (KpSurveyQuestion *question)
{
  if (question == NULL)
    return;
  g_free (question->text);
  g_strfreev (question->choices);
  g_free (question);
}

void
kp_survey_data_free (KpSurveyData *data)
{
  if (data == NULL)
    return;
  g_free (data->name);
  g_free (data->title);
  g_free (data->source_name);
  g_free (data->source_note);
  g_free (data->imported_at);
  g_clear_pointer (&data->questions, g_ptr_array_unref);
  g_clear_pointer (&data->respondents, g_ptr_array_unref);
  g_clear_pointer (&data->rows, g_ptr_array_unref);
  g_clear_pointer (&data->tags, g_ptr_array_unref);
  g_free (data);
}

static char *
tag_key (int   qid,
         guint response)
{
  return g_strdup_printf ("%d:%u", qid, response);
}

/* Splits the rows into cells; a row with fewer cells (questions added later) has "". */
static void
index_cells (KpSurvey *self)
{
  KpSurveyData *data = self->data;
  guint         n_questions = data->questions->len;
  guint         n_rows = data->rows->len;
  gsize         total = 0;
  char         *p;

  g_clear_pointer (&self->cells_text, g_free);
  g_clear_pointer (&self->cells, g_free);
  for (guint r = 0; r < n_rows; r++)
    total += strlen (g_ptr_array_index (data->rows, r)) + 1;
  self->cells_text = g_malloc (total + 1);
  self->cells = g_new (const char *, (gsize) n_rows *MAX (n_questions, 1));
  p = self->cells_text;
  for (guint r = 0; r < n_rows; r++)
    {
      const char  *row = g_ptr_array_index (data->rows, r);
      gsize        len = strlen (row);
      const char **cells = self->cells + (gsize) r * n_questions;
      guint        q = 0;

      memcpy (p, row, len + 1);
      if (n_questions > 0)
        cells[q++] = p;
      for (char *c = p; *c != '\0'; c++)
        if (*c == KP_SURVEY_CELL_SEPARATOR)
          {
            *c = '\0';
            if (q < n_questions)
              cells[q++] = c + 1;
          }
      while (q < n_questions)
        cells[q++] = p + len; /* "" */
      p += len + 1;
    }
  *p = '\0';
}

static void
index_tags (KpSurvey *self)
{
  g_clear_pointer (&self->tags, g_hash_table_unref);
  self->tags = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; self->data->tags != NULL && i < self->data->tags->len; i++)
    {
      KpSurveyTagRow *row = g_ptr_array_index (self->data->tags, i);
      char           *key = tag_key (row->qid, row->response);
      GPtrArray      *list = g_hash_table_lookup (self->tags, key);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_ptr_array_add (list, NULL);
          g_hash_table_insert (self->tags, key, list);
        }
      else
        g_free (key);
      /* Keep it NULL-terminated. */
      g_ptr_array_index (list, list->len - 1) = row->tag;
      g_ptr_array_add (list, NULL);
    }
}

static void
kp_survey_finalize (GObject *object)
{
  KpSurvey *self = KP_SURVEY (object);

  kp_survey_data_free (self->data);
  g_free (self->cells_text);
  g_free (self->cells);
  g_clear_pointer (&self->tags, g_hash_table_unref);
  G_OBJECT_CLASS (kp_survey_parent_class)->finalize (object);
}

static void
kp_survey_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KpSurvey *self = KP_SURVEY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->data->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->data->name);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->data->title);
      break;
    case PROP_RESPONDENT_GROUP:
      g_value_set_int (value, self->data->group);
      break;
    case PROP_SOURCE_NAME:
      g_value_set_string (value, self->data->source_name);
      break;
    case PROP_SOURCE_NOTE:
      g_value_set_string (value, self->data->source_note);
      break;
    case PROP_IMPORTED_AT:
      g_value_set_string (value, self->data->imported_at);
      break;
    case PROP_N_QUESTIONS:
      g_value_set_uint (value, self->data->questions->len);
      break;
    case PROP_N_RESPONDENTS:
      g_value_set_uint (value, self->data->rows->len);
      break;
    case PROP_CHANGED_SERIAL:
      g_value_set_uint (value, self->serial);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_survey_class_init (KpSurveyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kp_survey_finalize;
  object_class->get_property = kp_survey_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_RESPONDENT_GROUP] = g_param_spec_int ("respondent-group", NULL, NULL, 0,
                                                        KP_N_RESPONDENT_GROUPS - 1, 0, flags);
  properties[PROP_SOURCE_NAME] = g_param_spec_string ("source-name", NULL, NULL, NULL, flags);
  properties[PROP_SOURCE_NOTE] = g_param_spec_string ("source-note", NULL, NULL, NULL, flags);
  properties[PROP_IMPORTED_AT] = g_param_spec_string ("imported-at", NULL, NULL, NULL, flags);
  properties[PROP_N_QUESTIONS] = g_param_spec_uint ("n-questions", NULL, NULL, 0, G_MAXUINT, 0,
                                                    flags);
  properties[PROP_N_RESPONDENTS] = g_param_spec_uint ("n-respondents", NULL, NULL, 0, G_MAXUINT,
                                                      0, flags);
  properties[PROP_CHANGED_SERIAL] = g_param_spec_uint ("changed-serial", NULL, NULL, 0,
                                                       G_MAXUINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kp_survey_init (KpSurvey *self)
{
}

KpSurvey *
kp_survey_new (KpSurveyData *data)
{
  KpSurvey *self = g_object_new (KP_TYPE_SURVEY, NULL);

  self->data = data;
  index_cells (self);
  index_tags (self);
  return self;
}

void
kp_survey_update (KpSurvey     *self,
                  KpSurveyData *data)
{
  g_return_if_fail (KP_IS_SURVEY (self));

  kp_survey_data_free (self->data);
  self->data = data;
  index_cells (self);
  index_tags (self);
  self->serial++;
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = PROP_NAME; i < N_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
  g_object_thaw_notify (G_OBJECT (self));
}

int
kp_survey_next_qid (KpSurvey *self)
{
  int next = 1;

  for (guint i = 0; i < self->data->questions->len; i++)
    next = MAX (next, ((KpSurveyQuestion *) g_ptr_array_index (self->data->questions, i))->qid + 1);
  return next;
}

gint64
kp_survey_get_id (KpSurvey *self)
{
  g_return_val_if_fail (KP_IS_SURVEY (self), 0);
  return self->data->id;
}

const char *
kp_survey_get_name (KpSurvey *self)
{
  g_return_val_if_fail (KP_IS_SURVEY (self), NULL);
  return self->data->name;
}

const char *
kp_survey_get_title (KpSurvey *self)
{
  g_return_val_if_fail (KP_IS_SURVEY (self), NULL);
  return self->data->title;
}

KpRespondentGroup
kp_survey_get_respondent_group (KpSurvey *self)
{
  g_return_val_if_fail (KP_IS_SURVEY (self), KP_RESPONDENT_PUBLIC);
  return self->data->group;
}

const char *
kp_survey_get_source_name (KpSurvey *self)
{
  g_return_val_if_fail (KP_IS_SURVEY (self), NULL);
  return self->data->source_name;
}

const char *
kp_survey_get_source_note (KpSurvey *self)
{
  g_return_val_if_fail (KP_IS_SURVEY (self), NULL);
  return self->data->source_note;
}

const char *
kp_survey_get_imported_at (KpSurvey *self)
{
  g_return_val_if_fail (KP_IS_SURVEY (self), NULL);
  return self->data->imported_at;
}

GPtrArray *
kp_survey_get_questions (KpSurvey *self)
{
  g_return_val_if_fail (KP_IS_SURVEY (self), NULL);
  return self->data->questions;
}

const KpSurveyQuestion *
kp_survey_find_question (KpSurvey *self,
                         int       qid,
                         guint    *out_index)
{
  g_return_val_if_fail (KP_IS_SURVEY (self), NULL);
  for (guint i = 0; i < self->data->questions->len; i++)
    {
      KpSurveyQuestion *question = g_ptr_array_index (self->data->questions, i);

      if (question->qid == qid)
        {
          if (out_index != NULL)
            *out_index = i;
          return question;
        }
    }
  return NULL;
}

guint
kp_survey_get_n_respondents (KpSurvey *self)
{
  g_return_val_if_fail (KP_IS_SURVEY (self), 0);
  return self->data->rows->len;
}

const char *
kp_survey_get_answer (KpSurvey *self,
                      guint     respondent,
                      guint     index)
{
  g_return_val_if_fail (KP_IS_SURVEY (self), "");
  g_return_val_if_fail (respondent < self->data->rows->len, "");
  g_return_val_if_fail (index < self->data->questions->len, "");
  return self->cells[(gsize) respondent * self->data->questions->len + index];
}

const char *
kp_survey_get_respondent_id (KpSurvey *self,
                             guint     respondent)
{
  g_return_val_if_fail (KP_IS_SURVEY (self), NULL);
  if (self->data->respondents == NULL || respondent >= self->data->respondents->len)
    return NULL;
  return g_ptr_array_index (self->data->respondents, respondent);
}

const char *const *
kp_survey_get_tags (KpSurvey *self,
                    int       qid,
                    guint     respondent)
{
  g_autofree char *key = NULL;
  GPtrArray       *list;

  g_return_val_if_fail (KP_IS_SURVEY (self), NULL);
  key = tag_key (qid, respondent);
  list = g_hash_table_lookup (self->tags, key);
  return list != NULL ? (const char *const *) list->pdata : NULL;
}

static int
compare_tags (gconstpointer a,
              gconstpointer b)
{
  return kp_czech_compare (*(const char *const *) a, *(const char *const *) b);
}

GStrv
kp_survey_list_tags (KpSurvey *self,
                     int       qid)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) tags = g_ptr_array_new ();

  g_return_val_if_fail (KP_IS_SURVEY (self), NULL);
  for (guint i = 0; self->data->tags != NULL && i < self->data->tags->len; i++)
    {
      KpSurveyTagRow *row = g_ptr_array_index (self->data->tags, i);

      if (row->qid == qid && g_hash_table_add (seen, row->tag))
        g_ptr_array_add (tags, row->tag);
    }
  g_ptr_array_sort (tags, compare_tags);
  g_ptr_array_add (tags, NULL);
  return g_strdupv ((char **) tags->pdata);
}

guint
kp_survey_get_changed_serial (KpSurvey *self)
{
  g_return_val_if_fail (KP_IS_SURVEY (self), 0);
  return self->serial;
}
