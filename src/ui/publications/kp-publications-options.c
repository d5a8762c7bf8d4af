/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-publications-options.h"
#include "kp-catalogue-builder.h"
#include "kp-czech.h"
#include "kp-document-builder.h"
#include "kp-action-plan.h"
#include "kp-plan.h"
#include "kp-plan-version.h"
#include "kp-publications-logos.h"
#include "kp-publications-parts.h"
#include "kp-publications-printing.h"
#include "kp-publications-services.h"
#include "kp-publications-surveys.h"
#include "kp-settings-writer.h"

struct _KpPublicationsOptions
{
  AdwBin parent_instance;

  KpProject          *project;
  KpPublications     *publications; /* the project's */
  KpDocumentSettings *settings;     /* of the document shown */

  AdwComboRow            *kind_row;
  AdwComboRow            *plan_year_row;
  AdwComboRow            *group_row;
  AdwComboRow            *format_row;
  AdwComboRow            *structure_row;
  AdwComboRow            *paper_row;
  KpPublicationsPrinting *printing;
  KpPublicationsServices *services;
  KpPublicationsParts    *parts;
  KpPublicationsSurveys  *surveys;
  AdwEntryRow            *title_row;
  AdwEntryRow            *subtitle_row;
  AdwEntryRow            *issuer_row;
  AdwActionRow           *year_row;
  GtkSpinButton          *year_spin;
  AdwEntryRow            *publicity_row;
  AdwPreferencesGroup    *intro_group;
  GtkTextView            *intro_view;
  KpPublicationsLogos    *logos;

  KpSettingsWriter *writer;
  GArray           *plan_years; /* int: the year at each position of plan_year_row, 0 the period */
  gboolean          updating;
};

G_DEFINE_FINAL_TYPE (KpPublicationsOptions, kp_publications_options, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

/* Every option is kept in the settings of the document shown (kp-publications.h), so the
 * document is the same when the project is reopened, and komplan-cli prints it the same. A
 * choice is written at once; a text or the year after a short delay, and at once when the
 * focus leaves it or the options go away (kp-settings-writer.h). Showing the options writes
 * nothing: a text never set shows its default. */

/* The values of the rows' positions. */
static const int kinds[] = { KP_DOCUMENT_KIND_CATALOGUE, KP_DOCUMENT_KIND_LEAFLET,
                             KP_DOCUMENT_KIND_PLAN, KP_DOCUMENT_KIND_ACTION_PLAN,
                             KP_DOCUMENT_KIND_EVALUATION, KP_DOCUMENT_KIND_COMMENTS };
static const int formats[] = { KP_LEAFLET_A4_TRIFOLD, KP_LEAFLET_A5_TWO_SIDED };
static const int structures[] = { KP_CATALOGUE_BY_TARGET_GROUP, KP_CATALOGUE_BY_SERVICE_TYPE,
                                  KP_CATALOGUE_BY_PROVIDER };
static const int papers[] = { KP_PAGE_SIZE_A4, KP_PAGE_SIZE_A5 };

/* The value of the position selected in @row. */
#define SELECTED(row, values) \
  (values[MIN (adw_combo_row_get_selected (row), G_N_ELEMENTS (values) - 1)])
/* Selects the position of @value in @row. */
#define SELECT(row, values, value)                       \
  G_STMT_START                                           \
  {                                                      \
    for (guint i_ = 0; i_ < G_N_ELEMENTS (values); i_++) \
      if (values[i_] == (int) (value))                   \
        adw_combo_row_set_selected (row, i_);            \
  }                                                      \
  G_STMT_END

static void
emit_changed (KpPublicationsOptions *self)
{
  if (!self->updating)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static KpPublicationGroup
selected_group (KpPublicationsOptions *self)
{
  return KP_PUBLICATION_GROUP_SENIORS +
         MIN (adw_combo_row_get_selected (self->group_row),
              KP_PUBLICATION_N_GROUPS - 1 - KP_PUBLICATION_GROUP_SENIORS);
}

static char *
dup_intro (KpPublicationsOptions *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->intro_view);
  GtkTextIter    start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static char *
dup_entry (AdwEntryRow *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

/* The entry of each text but the introduction. */
static AdwEntryRow *
entry_of (KpPublicationsOptions *self,
          KpDocumentText         field)
{
  switch (field)
    {
    case KP_DOCUMENT_TEXT_TITLE:
      return self->title_row;
    case KP_DOCUMENT_TEXT_SUBTITLE:
      return self->subtitle_row;
    case KP_DOCUMENT_TEXT_ISSUER:
      return self->issuer_row;
    case KP_DOCUMENT_TEXT_PUBLICITY:
      return self->publicity_row;
    case KP_DOCUMENT_TEXT_INTRODUCTION:
    case KP_DOCUMENT_N_TEXTS:
    default:
      return NULL;
    }
}

/* The text kept for @field, else its default. */
static char *
dup_shown_text (KpPublicationsOptions *self,
                KpDocumentText         field)
{
  const char *kept = kp_document_settings_get_text (self->settings, field);

  if (kept != NULL)
    return g_strdup (kept);
  return kp_document_builder_dup_default_text (self->project, self->settings, field);
}

/* The year of the first action plan, which an action plan whose year was never set shows. */
static int
first_action_plan_year (KpPlan *plan)
{
  GListModel *plans = kp_plan_get_action_plans (plan);
  g_autoptr (KpActionPlan) first = NULL;

  if (g_list_model_get_n_items (plans) == 0)
    return 0;
  first = g_list_model_get_item (plans, 0);
  return kp_action_plan_get_data (first)->year_from;
}

/* The years of the plan's period to choose from, for the action plan and the evaluation
 * ("whole period" first); the year kept is there even when the period no longer has it. */
static void
show_plan_years (KpPublicationsOptions *self)
{
  KpDocumentKind           kind = kp_document_settings_get_kind (self->settings);
  KpPlan                  *plan = kp_plan_get (self->project);
  KpPlanVersion           *version = kp_plan_has_plan (plan) ? kp_plan_get_current_version (plan) : NULL;
  const KpPlanVersionData *data = version != NULL ? kp_plan_version_get_data (version) : NULL;
  int                      year = kp_document_settings_get_year (self->settings);
  g_autoptr (GtkStringList) years = gtk_string_list_new (NULL);
  guint selected = 0;
  int   zero = 0;

  g_array_set_size (self->plan_years, 0);
  if (kind == KP_DOCUMENT_KIND_EVALUATION)
    {
      g_array_append_val (self->plan_years, zero);
      gtk_string_list_append (years, _ ("Whole period"));
    }
  else if (year == 0)
    year = first_action_plan_year (plan);
  for (int y = data != NULL ? data->period_from : 1; data != NULL && y <= data->period_to; y++)
    g_array_append_val (self->plan_years, y);
  if (year != 0)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < self->plan_years->len; i++)
        found = found || g_array_index (self->plan_years, int, i) == year;
      if (!found)
        g_array_append_val (self->plan_years, year);
    }
  for (guint i = 0; i < self->plan_years->len; i++)
    {
      int y = g_array_index (self->plan_years, int, i);

      if (y != 0)
        {
          g_autofree char *text = g_strdup_printf ("%d", y);

          gtk_string_list_append (years, text);
        }
      if (y == year)
        selected = i;
    }
  adw_combo_row_set_model (self->plan_year_row, G_LIST_MODEL (years));
  adw_combo_row_set_selected (self->plan_year_row, selected);
}

/* Shows the settings of the document chosen now. */
static void
show_settings (KpPublicationsOptions *self)
{
  gboolean         leaflet = KP_IS_LEAFLET_SETTINGS (self->settings);
  gboolean         catalogue = KP_IS_CATALOGUE_SETTINGS (self->settings);
  gboolean         plan = KP_IS_PLAN_DOCUMENT_SETTINGS (self->settings);
  KpDocumentKind   kind = kp_document_settings_get_kind (self->settings);
  gboolean         updating = self->updating;
  GtkAdjustment   *range = gtk_spin_button_get_adjustment (self->year_spin);
  g_autofree char *intro = dup_shown_text (self, KP_DOCUMENT_TEXT_INTRODUCTION);
  int              year = kp_document_settings_get_year (self->settings);

  self->updating = TRUE;
  for (KpDocumentText field = 0; field < KP_DOCUMENT_N_TEXTS; field++)
    {
      AdwEntryRow     *row = entry_of (self, field);
      g_autofree char *text = row != NULL ? dup_shown_text (self, field) : NULL;

      if (row != NULL)
        gtk_editable_set_text (GTK_EDITABLE (row), text);
    }
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->intro_view), intro, -1);
  if (year == 0)
    year = kp_document_builder_get_default_year ();
  gtk_spin_button_set_value (self->year_spin, CLAMP (year, gtk_adjustment_get_lower (range),
                                                     gtk_adjustment_get_upper (range)));
  if (leaflet)
    SELECT (self->format_row, formats,
            kp_leaflet_settings_get_format (KP_LEAFLET_SETTINGS (self->settings)));
  else if (catalogue)
    {
      KpCatalogueSettings *s = KP_CATALOGUE_SETTINGS (self->settings);

      SELECT (self->structure_row, structures, kp_catalogue_settings_get_structure (s));
      SELECT (self->paper_row, papers, kp_catalogue_settings_get_paper (s));
      kp_publications_parts_set_settings (self->parts, s);
    }
  kp_publications_logos_set_settings (self->logos, self->settings);
  kp_publications_printing_set_settings (self->printing, self->settings);
  kp_publications_surveys_set_settings (self->surveys,
                                        kind == KP_DOCUMENT_KIND_PLAN
                                            ? KP_PLAN_DOCUMENT_SETTINGS (self->settings)
                                            : NULL);
  if (plan)
    show_plan_years (self);
  gtk_widget_set_visible (GTK_WIDGET (self->group_row), leaflet);
  gtk_widget_set_visible (GTK_WIDGET (self->format_row), leaflet);
  gtk_widget_set_visible (GTK_WIDGET (self->structure_row), catalogue);
  gtk_widget_set_visible (GTK_WIDGET (self->paper_row), catalogue);
  gtk_widget_set_visible (GTK_WIDGET (self->services), catalogue);
  gtk_widget_set_visible (GTK_WIDGET (self->parts), catalogue);
  gtk_widget_set_visible (GTK_WIDGET (self->printing), !plan);
  gtk_widget_set_visible (GTK_WIDGET (self->year_row), !plan);
  gtk_widget_set_visible (GTK_WIDGET (self->intro_group), !plan);
  gtk_widget_set_visible (GTK_WIDGET (self->plan_year_row),
                          kind == KP_DOCUMENT_KIND_ACTION_PLAN ||
                              kind == KP_DOCUMENT_KIND_EVALUATION);
  gtk_widget_set_visible (GTK_WIDGET (self->surveys), kind == KP_DOCUMENT_KIND_PLAN);
  self->updating = updating;
}

/* The settings of the document the kind and group rows choose. */
static void
choose_document (KpPublicationsOptions *self)
{
  KpDocumentSettings *settings;
  KpDocumentKind      kind = SELECTED (self->kind_row, kinds);

  if (kind == KP_DOCUMENT_KIND_LEAFLET)
    settings = KP_DOCUMENT_SETTINGS (
        kp_publications_get_leaflet (self->publications,
                                     kp_publication_group_to_string (selected_group (self))));
  else if (kp_document_kind_is_plan (kind))
    settings = KP_DOCUMENT_SETTINGS (kp_publications_get_plan_document (self->publications, kind));
  else
    settings = KP_DOCUMENT_SETTINGS (kp_publications_get_catalogue (self->publications));
  g_set_object (&self->settings, settings);
  show_settings (self);
}

static gboolean
save_choice (KpPublicationsOptions *self,
             GObject               *object,
             GError               **error)
{
  if (object == G_OBJECT (self->kind_row))
    return kp_publications_set_shown_kind (self->publications, SELECTED (self->kind_row, kinds),
                                           error);
  if (object == G_OBJECT (self->group_row))
    return kp_publications_set_shown_leaflet (self->publications,
                                              kp_publication_group_to_string (selected_group (self)),
                                              error);
  if (object == G_OBJECT (self->format_row) && KP_IS_LEAFLET_SETTINGS (self->settings))
    return kp_leaflet_settings_set_format (KP_LEAFLET_SETTINGS (self->settings),
                                           SELECTED (self->format_row, formats), error);
  if (object == G_OBJECT (self->structure_row) && KP_IS_CATALOGUE_SETTINGS (self->settings))
    return kp_catalogue_settings_set_structure (KP_CATALOGUE_SETTINGS (self->settings),
                                                SELECTED (self->structure_row, structures), error);
  if (object == G_OBJECT (self->plan_year_row) && KP_IS_PLAN_DOCUMENT_SETTINGS (self->settings) &&
      adw_combo_row_get_selected (self->plan_year_row) < self->plan_years->len)
    return kp_document_settings_set_year (
        self->settings,
        g_array_index (self->plan_years, int, adw_combo_row_get_selected (self->plan_year_row)),
        error);
  if (object == G_OBJECT (self->paper_row) && KP_IS_CATALOGUE_SETTINGS (self->settings))
    return kp_catalogue_settings_set_paper (KP_CATALOGUE_SETTINGS (self->settings),
                                            SELECTED (self->paper_row, papers), error);
  return TRUE;
}

static void
on_text_changed_cb (GObject               *object,
                    GParamSpec            *pspec,
                    KpPublicationsOptions *self)
{
  if (self->settings == NULL || self->updating)
    return;
  if (object == G_OBJECT (self->year_spin))
    kp_settings_writer_queue_year (self->writer, self->settings,
                                   gtk_spin_button_get_value_as_int (self->year_spin));
  else
    for (KpDocumentText field = 0; field < KP_DOCUMENT_N_TEXTS; field++)
      if (object == G_OBJECT (entry_of (self, field)))
        kp_settings_writer_queue_text (self->writer, self->settings, field,
                                       gtk_editable_get_text (GTK_EDITABLE (object)));
  emit_changed (self);
}

static void
on_intro_changed_cb (KpPublicationsOptions *self)
{
  g_autofree char *intro = NULL;

  if (self->settings == NULL || self->updating)
    return;
  intro = dup_intro (self);
  kp_settings_writer_queue_text (self->writer, self->settings, KP_DOCUMENT_TEXT_INTRODUCTION,
                                 intro);
  emit_changed (self);
}

static void
on_choice_changed_cb (GObject               *object,
                      GParamSpec            *pspec,
                      KpPublicationsOptions *self)
{
  g_autoptr (GError) error = NULL;

  if (self->settings == NULL || self->updating)
    return;
  kp_settings_writer_check (self->writer, save_choice (self, object, &error), &error);
  /* Another document: its own settings. */
  if (object == G_OBJECT (self->kind_row) || object == G_OBJECT (self->group_row))
    choose_document (self);
  emit_changed (self);
}

void
kp_publications_options_update_filters (KpPublicationsOptions *self)
{
  g_return_if_fail (KP_IS_PUBLICATIONS_OPTIONS (self));
  kp_publications_services_update_filters (self->services);
}

/**
 * kp_publications_options_update_plan:
 *
 * Shows the years of the plan and the surveys of the needs analysis as the project has them
 * now, after the plan or the needs analysis changed.
 */
void
kp_publications_options_update_plan (KpPublicationsOptions *self)
{
  gboolean updating;

  g_return_if_fail (KP_IS_PUBLICATIONS_OPTIONS (self));

  if (!KP_IS_PLAN_DOCUMENT_SETTINGS (self->settings))
    return;
  updating = self->updating;
  self->updating = TRUE;
  show_plan_years (self);
  kp_publications_surveys_update (self->surveys);
  self->updating = updating;
}

static void
kp_publications_options_constructed (GObject *object)
{
  KpPublicationsOptions *self = KP_PUBLICATIONS_OPTIONS (object);
  g_autoptr (GtkStringList) groups = gtk_string_list_new (NULL);
  GtkWidget         *texts[] = { GTK_WIDGET (self->title_row), GTK_WIDGET (self->subtitle_row),
                                 GTK_WIDGET (self->issuer_row), GTK_WIDGET (self->year_spin),
                                 GTK_WIDGET (self->publicity_row), GTK_WIDGET (self->intro_view) };
  KpPublicationGroup group;

  G_OBJECT_CLASS (kp_publications_options_parent_class)->constructed (object);
  self->writer = kp_settings_writer_new (GTK_WIDGET (self));
  self->publications = kp_project_get_publications (self->project);
  for (int g = KP_PUBLICATION_GROUP_SENIORS; g < KP_PUBLICATION_N_GROUPS; g++)
    gtk_string_list_append (groups, kp_publication_group_get_title (g));
  self->updating = TRUE;
  adw_combo_row_set_model (self->group_row, G_LIST_MODEL (groups));
  SELECT (self->kind_row, kinds, kp_publications_get_shown_kind (self->publications));
  if (kp_publication_group_from_string (kp_publications_get_shown_leaflet (self->publications),
                                        &group) &&
      group >= KP_PUBLICATION_GROUP_SENIORS)
    adw_combo_row_set_selected (self->group_row, group - KP_PUBLICATION_GROUP_SENIORS);
  kp_publications_logos_set_writer (self->logos, self->writer);
  kp_publications_printing_set_writer (self->printing, self->writer);
  kp_publications_parts_set_writer (self->parts, self->writer);
  kp_publications_logos_set_note (self->logos,
                                  kp_publications_get_import_note (self->publications));
  kp_publications_services_setup (self->services, self->project,
                                  kp_publications_get_catalogue (self->publications), self->writer);
  kp_publications_surveys_setup (self->surveys, self->project, self->writer);
  choose_document (self);
  self->updating = FALSE;
  g_signal_connect_object (gtk_text_view_get_buffer (self->intro_view), "changed",
                           G_CALLBACK (on_intro_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->logos, "changed", G_CALLBACK (emit_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->services, "changed", G_CALLBACK (emit_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->surveys, "changed", G_CALLBACK (emit_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->printing, "changed", G_CALLBACK (emit_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->parts, "changed", G_CALLBACK (emit_changed), self,
                           G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    kp_settings_writer_flush_on_leave (self->writer, texts[i]);
}

static void
kp_publications_options_dispose (GObject *object)
{
  KpPublicationsOptions *self = KP_PUBLICATIONS_OPTIONS (object);

  /* The last edit is written before the project is let go. */
  if (self->writer != NULL)
    kp_settings_writer_close (self->writer);
  g_clear_object (&self->writer);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->plan_years, g_array_unref);
  self->publications = NULL;
  g_clear_object (&self->project);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_PUBLICATIONS_OPTIONS);
  G_OBJECT_CLASS (kp_publications_options_parent_class)->dispose (object);
}

static void
kp_publications_options_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  KpPublicationsOptions *self = KP_PUBLICATIONS_OPTIONS (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_publications_options_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  KpPublicationsOptions *self = KP_PUBLICATIONS_OPTIONS (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_publications_options_class_init (KpPublicationsOptionsClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kp_publications_options_constructed;
  object_class->dispose = kp_publications_options_dispose;
  object_class->get_property = kp_publications_options_get_property;
  object_class->set_property = kp_publications_options_set_property;

  properties[PROP_PROJECT] = g_param_spec_object ("project", NULL, NULL, KP_TYPE_PROJECT,
                                                  G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                      G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (KP_TYPE_PUBLICATIONS_LOGOS);
  g_type_ensure (KP_TYPE_PUBLICATIONS_PARTS);
  g_type_ensure (KP_TYPE_PUBLICATIONS_PRINTING);
  g_type_ensure (KP_TYPE_PUBLICATIONS_SERVICES);
  g_type_ensure (KP_TYPE_PUBLICATIONS_SURVEYS);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/publications/kp-publications-options.ui");
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsOptions, kind_row);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsOptions, plan_year_row);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsOptions, year_row);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsOptions, intro_group);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsOptions, surveys);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsOptions, group_row);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsOptions, format_row);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsOptions, structure_row);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsOptions, paper_row);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsOptions, title_row);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsOptions, subtitle_row);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsOptions, issuer_row);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsOptions, year_spin);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsOptions, publicity_row);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsOptions, intro_view);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsOptions, logos);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsOptions, printing);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsOptions, services);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsOptions, parts);
  gtk_widget_class_bind_template_callback (widget_class, on_text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed_cb);
}

static void
kp_publications_options_init (KpPublicationsOptions *self)
{
  self->updating = TRUE; /* until constructed */
  self->plan_years = g_array_new (FALSE, FALSE, sizeof (int));
  gtk_widget_init_template (GTK_WIDGET (self));
  self->updating = FALSE;
}

GtkWidget *
kp_publications_options_new (KpProject *project)
{
  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  return g_object_new (KP_TYPE_PUBLICATIONS_OPTIONS, "project", project, NULL);
}

/**
 * kp_publications_options_get_settings:
 *
 * Returns: (transfer none): the settings of the document shown
 */
KpDocumentSettings *
kp_publications_options_get_settings (KpPublicationsOptions *self)
{
  g_return_val_if_fail (KP_IS_PUBLICATIONS_OPTIONS (self), NULL);
  return self->settings;
}

/**
 * kp_publications_options_build_document:
 *
 * Returns: (transfer full) (nullable): the document as the options show it now, the texts
 *   not yet written included; %NULL with @error set when a plan document cannot be made
 *   (no plan, no action plan for the year)
 */
KpDocument *
kp_publications_options_build_document (KpPublicationsOptions *self,
                                        GError               **error)
{
  g_autoptr (KpDocumentSettings) shown = NULL;

  g_return_val_if_fail (KP_IS_PUBLICATIONS_OPTIONS (self), NULL);
  shown = kp_document_settings_copy (self->settings);
  kp_settings_writer_apply_queued (self->writer, self->settings, shown);
  return kp_document_builder_try_build (self->project, shown, error);
}

/**
 * kp_publications_options_dup_file_name:
 *
 * Returns: (transfer full): the title in lower case without diacritics, words joined by
 *   dashes, with ".pdf" or ".odt"
 */
char *
kp_publications_options_dup_file_name (KpPublicationsOptions *self,
                                       KpDocumentFormat       format)
{
  g_autofree char *title = dup_entry (self->title_row);
  g_autofree char *folded = kp_czech_fold (title != NULL ? title : _ ("publication"));
  GString         *name = g_string_new (NULL);
  gboolean         dash = FALSE;

  for (const char *p = folded; *p != '\0' && name->len < 60; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash && name->len > 0)
            g_string_append_c (name, '-');
          g_string_append_c (name, g_ascii_tolower (*p));
          dash = FALSE;
        }
      else
        dash = TRUE;
    }
  if (name->len == 0)
    g_string_append (name, "publikace");
  g_string_append (name, format == KP_DOCUMENT_FORMAT_ODT ? ".odt" : ".pdf");
  return g_string_free (name, FALSE);
}

/* Adds the image in @file to the logos of the document shown. */
void
kp_publications_options_add_logo (KpPublicationsOptions *self,
                                  GFile                 *file)
{
  g_return_if_fail (KP_IS_PUBLICATIONS_OPTIONS (self));
  g_return_if_fail (G_IS_FILE (file));
  kp_publications_logos_add_file (self->logos, file);
}
