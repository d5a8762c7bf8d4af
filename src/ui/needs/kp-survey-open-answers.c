/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-survey-open-answers.h"
#include "kp-needs-common.h"
#include "kp-needs-row-item.h"

struct _KpSurveyOpenAnswers
{
  AdwBin parent_instance;

  KpNeeds    *needs;
  KpSurvey   *survey;
  int         qid;
  guint       index;       /* the question's place in the questionnaire */
  GArray     *respondents; /* guint: who answered, in order */
  GListStore *items;       /* KpNeedsRowItem: index into respondents */
  gboolean    tagging;     /* saving tags: the list stays as it is */

  GtkLabel *count_label;
};

G_DEFINE_FINAL_TYPE (KpSurveyOpenAnswers, kp_survey_open_answers, ADW_TYPE_BIN)

static guint
respondent_of (KpSurveyOpenAnswers *self,
               GtkListItem         *item)
{
  guint index = kp_needs_row_item_get_index (gtk_list_item_get_item (item));

  return g_array_index (self->respondents, guint, index);
}

static void
on_tags_activate_cb (GtkEntry *entry,
                     gpointer  user_data)
{
  KpSurveyOpenAnswers *self = user_data;
  GtkListItem         *item = g_object_get_data (G_OBJECT (entry), "list-item");
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) tags = NULL;

  if (item == NULL || gtk_list_item_get_item (item) == NULL || self->survey == NULL)
    return;
  tags = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (entry)), ",", -1);
  self->tagging = TRUE;
  if (!kp_needs_set_answer_tags (self->needs, self->survey, self->qid,
                                 respondent_of (self, item), (const char *const *) tags,
                                 &error))
    kp_needs_ui_toast (GTK_WIDGET (self), error->message);
  self->tagging = FALSE;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *answer = kp_needs_ui_label (NULL, 0.0f, NULL);
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_label_set_wrap (GTK_LABEL (answer), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (answer), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (answer), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry),
                                  _ ("Categories, separated by commas; Enter saves"));
  gtk_widget_set_name (entry, "survey-open-tags");
  g_object_set_data (G_OBJECT (entry), "list-item", item);
  g_signal_connect (entry, "activate", G_CALLBACK (on_tags_activate_cb), user_data);
  gtk_box_append (GTK_BOX (box), answer);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_list_item_set_child (item, box);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  KpSurveyOpenAnswers *self = user_data;
  GtkWidget           *box = gtk_list_item_get_child (item);
  GtkWidget           *answer = gtk_widget_get_first_child (box);
  GtkWidget           *entry = gtk_widget_get_next_sibling (answer);
  guint                respondent = respondent_of (self, item);
  const char *const   *tags = kp_survey_get_tags (self->survey, self->qid, respondent);
  g_autofree char     *text = tags != NULL ? g_strjoinv (", ", (char **) tags) : g_strdup ("");

  gtk_label_set_text (GTK_LABEL (answer),
                      kp_survey_get_answer (self->survey, respondent, self->index));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static void
kp_survey_open_answers_dispose (GObject *object)
{
  KpSurveyOpenAnswers *self = KP_SURVEY_OPEN_ANSWERS (object);

  g_clear_object (&self->needs);
  g_clear_object (&self->survey);
  g_clear_object (&self->items);
  g_clear_pointer (&self->respondents, g_array_unref);
  G_OBJECT_CLASS (kp_survey_open_answers_parent_class)->dispose (object);
}

static void
kp_survey_open_answers_class_init (KpSurveyOpenAnswersClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kp_survey_open_answers_dispose;
}

static void
kp_survey_open_answers_init (KpSurveyOpenAnswers *self)
{
  GtkWidget          *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget          *scrolled = gtk_scrolled_window_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget          *list;

  self->respondents = g_array_new (FALSE, FALSE, sizeof (guint));
  self->items = g_list_store_new (KP_TYPE_NEEDS_ROW_ITEM);
  self->count_label = GTK_LABEL (kp_needs_ui_label (NULL, 0.0f, "dim-label"));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  list = gtk_list_view_new (
      GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->items)))),
      factory);
  gtk_widget_set_name (list, "survey-open-answers");
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 200);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 480);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->count_label));
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_bin_set_child (ADW_BIN (self), box);
}

GtkWidget *
kp_survey_open_answers_new (KpNeeds *needs)
{
  KpSurveyOpenAnswers *self;

  g_return_val_if_fail (KP_IS_NEEDS (needs), NULL);
  self = g_object_new (KP_TYPE_SURVEY_OPEN_ANSWERS, NULL);
  self->needs = g_object_ref (needs);
  return GTK_WIDGET (self);
}

void
kp_survey_open_answers_set (KpSurveyOpenAnswers    *self,
                            KpSurvey               *survey,
                            const KpQuestionResult *result)
{
  guint            n = result != NULL && result->open != NULL ? result->open->len : 0;
  gboolean         same;
  g_autofree char *text = NULL;

  g_return_if_fail (KP_IS_SURVEY_OPEN_ANSWERS (self));

  same = self->tagging && survey == self->survey && result != NULL && result->qid == self->qid &&
         n == self->respondents->len;
  g_set_object (&self->survey, survey);
  self->qid = result != NULL ? result->qid : 0;
  if (survey != NULL && result != NULL)
    kp_survey_find_question (survey, result->qid, &self->index);
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open answer", "%u open answers", n),
                          n);
  gtk_label_set_text (self->count_label, text);
  if (same)
    return;
  g_array_set_size (self->respondents, 0);
  if (n > 0)
    g_array_append_vals (self->respondents, result->open->data, n);
  {
    g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < n; i++)
      g_ptr_array_add (items, kp_needs_row_item_new (i));
    g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                         items->pdata, items->len);
  }
}
