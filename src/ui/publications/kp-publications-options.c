/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-publications-options.h"
#include "kp-catalogue-builder.h"
#include "kp-czech.h"
#include "kp-leaflet-builder.h"
#include "kp-project-settings.h"
#include "kp-publications-logos.h"
#include "kp-publications-services.h"
#include "kp-settings-writer.h"

struct _KpPublicationsOptions
{
  AdwBin parent_instance;

  KpProject *project;

  AdwComboRow            *kind_row;
  AdwComboRow            *group_row;
  AdwComboRow            *format_row;
  AdwComboRow            *structure_row;
  AdwComboRow            *paper_row;
  KpPublicationsServices *services;
  AdwEntryRow            *title_row;
  AdwEntryRow            *subtitle_row;
  AdwEntryRow            *issuer_row;
  GtkSpinButton          *year_spin;
  AdwEntryRow            *publicity_row;
  GtkTextView            *intro_view;
  KpPublicationsLogos    *logos;

  KpSettingsWriter *writer;
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

static KpLeafletFormat
selected_format (KpPublicationsOptions *self)
{
  return adw_combo_row_get_selected (self->format_row) == 1 ? KP_LEAFLET_A5_TWO_SIDED
                                                            : KP_LEAFLET_A4_TRIFOLD;
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

/* Every option is kept in the project (kp-project-settings.h), so the document is the same
 * when the project is reopened. A choice is written at once; a text after a short delay, and
 * at once when the focus leaves it or the options go away (kp-settings-writer.h). Keys:
 * "publication.kind", "publication.publicity" and "publication.logos" (kp-publications-logos.h)
 * are shared; "catalogue.*" are the catalogue's texts, structure, paper and services
 * (kp-publications-services.h);
 * "leaflet.group", "leaflet.format", and "leaflet.<group>.*" the texts of each group's
 * leaflet ("leaflet.seniors.title"). A key that is not set has its default. */

typedef struct
{
  const char *key;
  gsize       offset;    /* of the AdwComboRow in KpPublicationsOptions */
  const char *values[5]; /* stored for each position, NULL-terminated */
} Choice;

static const Choice choices[] = {
  { "publication.kind", G_STRUCT_OFFSET (KpPublicationsOptions, kind_row), { "catalogue", "leaflet" } },
  { "leaflet.format", G_STRUCT_OFFSET (KpPublicationsOptions, format_row), { "a4-trifold", "a5-two-sided" } },
  { "catalogue.structure", G_STRUCT_OFFSET (KpPublicationsOptions, structure_row), { "target-group", "service-type", "provider" } },
  { "catalogue.paper", G_STRUCT_OFFSET (KpPublicationsOptions, paper_row), { "a4", "a5" } },
};

/* The key of a text of the document chosen now: "catalogue.title", "leaflet.seniors.title". */
static char *
dup_text_key (KpPublicationsOptions *self,
              const char            *field)
{
  if (kp_publications_options_get_kind (self) == KP_DOCUMENT_LEAFLET)
    return g_strdup_printf ("leaflet.%s.%s", kp_publication_group_to_string (selected_group (self)),
                            field);
  return g_strconcat ("catalogue.", field, NULL);
}

static char *
dup_text_setting (KpPublicationsOptions *self,
                  const char            *field,
                  const char            *fallback)
{
  g_autofree char *key = dup_text_key (self, field);
  char            *value = kp_project_dup_setting (self->project, key);

  return value != NULL ? value : g_strdup (fallback != NULL ? fallback : "");
}

static void
save_choice (KpPublicationsOptions *self,
             GObject               *object)
{
  KpSettingsWriter *writer = self->writer;

  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    if (object == G_STRUCT_MEMBER (GObject *, self, choices[i].offset))
      {
        guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (object));

        if (selected < g_strv_length ((char **) choices[i].values))
          kp_settings_writer_write (writer, choices[i].key, choices[i].values[selected]);
        return;
      }
  if (object == G_OBJECT (self->group_row))
    kp_settings_writer_write (writer, "leaflet.group",
                              kp_publication_group_to_string (selected_group (self)));
}

static void
restore_choices (KpPublicationsOptions *self)
{
  g_autofree char   *group = kp_project_dup_setting (self->project, "leaflet.group");
  KpPublicationGroup g;

  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    {
      g_autofree char *value = kp_project_dup_setting (self->project, choices[i].key);

      for (guint v = 0; value != NULL && choices[i].values[v] != NULL; v++)
        if (g_str_equal (value, choices[i].values[v]))
          adw_combo_row_set_selected (G_STRUCT_MEMBER (AdwComboRow *, self, choices[i].offset), v);
    }
  if (group != NULL && kp_publication_group_from_string (group, &g) &&
      g >= KP_PUBLICATION_GROUP_SENIORS)
    adw_combo_row_set_selected (self->group_row, g - KP_PUBLICATION_GROUP_SENIORS);
}

/* Shows the texts of the document chosen now: those kept in the project, else the defaults. */
static void
set_texts (KpPublicationsOptions *self,
           const char            *title,
           const char            *subtitle,
           const char            *issuer,
           int                    year,
           const char            *introduction)
{
  g_autofree char *kept_title = dup_text_setting (self, "title", title);
  g_autofree char *kept_subtitle = dup_text_setting (self, "subtitle", subtitle);
  g_autofree char *kept_issuer = dup_text_setting (self, "issuer", issuer);
  g_autofree char *kept_year = dup_text_setting (self, "year", NULL);
  g_autofree char *kept_intro = dup_text_setting (self, "introduction", introduction);
  GtkAdjustment   *range = gtk_spin_button_get_adjustment (self->year_spin);
  gint64           stored_year;

  if (g_ascii_string_to_signed (kept_year, 10, (gint64) gtk_adjustment_get_lower (range),
                                (gint64) gtk_adjustment_get_upper (range), &stored_year, NULL))
    year = (int) stored_year;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), kept_title);
  gtk_editable_set_text (GTK_EDITABLE (self->subtitle_row), kept_subtitle);
  gtk_editable_set_text (GTK_EDITABLE (self->issuer_row), kept_issuer);
  gtk_spin_button_set_value (self->year_spin, year);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->intro_view), kept_intro, -1);
}

/* The texts of the document of the chosen kind (and group). */
static void
apply_defaults (KpPublicationsOptions *self)
{
  gboolean leaflet = kp_publications_options_get_kind (self) == KP_DOCUMENT_LEAFLET;
  gboolean updating = self->updating;

  self->updating = TRUE;
  if (leaflet)
    {
      g_autoptr (KpLeafletOptions) o = kp_leaflet_builder_default_options (self->project,
                                                                           selected_group (self),
                                                                           selected_format (self));

      set_texts (self, o->title, o->subtitle, o->issuer, o->year, o->introduction);
    }
  else
    {
      g_autoptr (KpCatalogueOptions) o = kp_catalogue_builder_default_options (self->project);

      set_texts (self, o->title, o->subtitle, o->issuer, o->year, o->introduction);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->group_row), leaflet);
  gtk_widget_set_visible (GTK_WIDGET (self->format_row), leaflet);
  gtk_widget_set_visible (GTK_WIDGET (self->structure_row), !leaflet);
  gtk_widget_set_visible (GTK_WIDGET (self->paper_row), !leaflet);
  gtk_widget_set_visible (GTK_WIDGET (self->services), !leaflet);
  self->updating = updating;
}

static void
on_text_changed_cb (GObject               *object,
                    GParamSpec            *pspec,
                    KpPublicationsOptions *self)
{
  KpSettingsWriter *writer = self->writer;
  int               year = gtk_spin_button_get_value_as_int (self->year_spin);
  const char       *field = object == G_OBJECT (self->title_row)      ? "title"
                            : object == G_OBJECT (self->subtitle_row) ? "subtitle"
                                                                      : "issuer";

  if (self->project == NULL || self->updating)
    return;
  if (object == G_OBJECT (self->publicity_row))
    kp_settings_writer_queue (writer, g_strdup ("publication.publicity"),
                              g_strdup (gtk_editable_get_text (GTK_EDITABLE (object))));
  else if (object == G_OBJECT (self->year_spin))
    kp_settings_writer_queue (writer, dup_text_key (self, "year"), g_strdup_printf ("%d", year));
  else
    kp_settings_writer_queue (writer, dup_text_key (self, field),
                              g_strdup (gtk_editable_get_text (GTK_EDITABLE (object))));
  emit_changed (self);
}

static void
on_intro_changed_cb (KpPublicationsOptions *self)
{
  if (self->project == NULL || self->updating)
    return;
  kp_settings_writer_queue (self->writer, dup_text_key (self, "introduction"), dup_intro (self));
  emit_changed (self);
}

static void
on_choice_changed_cb (GObject               *object,
                      GParamSpec            *pspec,
                      KpPublicationsOptions *self)
{
  if (self->project == NULL || self->updating)
    return;
  save_choice (self, object);
  /* Another document: its own texts. */
  if (object == G_OBJECT (self->kind_row) || object == G_OBJECT (self->group_row))
    apply_defaults (self);
  emit_changed (self);
}

void
kp_publications_options_update_filters (KpPublicationsOptions *self)
{
  g_return_if_fail (KP_IS_PUBLICATIONS_OPTIONS (self));
  kp_publications_services_update_filters (self->services);
}

static void
kp_publications_options_constructed (GObject *object)
{
  KpPublicationsOptions *self = KP_PUBLICATIONS_OPTIONS (object);
  g_autoptr (GtkStringList) groups = gtk_string_list_new (NULL);
  g_autofree char *publicity = NULL;
  GtkWidget       *texts[] = { GTK_WIDGET (self->title_row), GTK_WIDGET (self->subtitle_row),
                               GTK_WIDGET (self->issuer_row), GTK_WIDGET (self->year_spin),
                               GTK_WIDGET (self->publicity_row), GTK_WIDGET (self->intro_view) };

  G_OBJECT_CLASS (kp_publications_options_parent_class)->constructed (object);
  self->writer = kp_settings_writer_new (self->project, GTK_WIDGET (self));
  for (int g = KP_PUBLICATION_GROUP_SENIORS; g < KP_PUBLICATION_N_GROUPS; g++)
    gtk_string_list_append (groups, kp_publication_group_get_title (g));
  self->updating = TRUE;
  adw_combo_row_set_model (self->group_row, G_LIST_MODEL (groups));
  restore_choices (self);
  kp_publications_services_set_writer (self->services, self->writer);
  apply_defaults (self);
  publicity = kp_project_dup_setting (self->project, "publication.publicity");
  if (publicity != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->publicity_row), publicity);
  kp_publications_logos_set_writer (self->logos, self->writer);
  self->updating = FALSE;
  g_signal_connect_object (gtk_text_view_get_buffer (self->intro_view), "changed",
                           G_CALLBACK (on_intro_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->logos, "changed", G_CALLBACK (emit_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->services, "changed", G_CALLBACK (emit_changed), self,
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
  g_type_ensure (KP_TYPE_PUBLICATIONS_SERVICES);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/publications/kp-publications-options.ui");
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsOptions, kind_row);
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
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsOptions, services);
  gtk_widget_class_bind_template_callback (widget_class, on_text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed_cb);
}

static void
kp_publications_options_init (KpPublicationsOptions *self)
{
  self->updating = TRUE; /* until constructed */
  gtk_widget_init_template (GTK_WIDGET (self));
  self->updating = FALSE;
}

GtkWidget *
kp_publications_options_new (KpProject *project)
{
  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  return g_object_new (KP_TYPE_PUBLICATIONS_OPTIONS, "project", project, NULL);
}

KpDocumentKind
kp_publications_options_get_kind (KpPublicationsOptions *self)
{
  g_return_val_if_fail (KP_IS_PUBLICATIONS_OPTIONS (self), KP_DOCUMENT_CATALOGUE);
  return adw_combo_row_get_selected (self->kind_row) == 1 ? KP_DOCUMENT_LEAFLET
                                                          : KP_DOCUMENT_CATALOGUE;
}

static void
replace (char **field,
         char  *value)
{
  if (value == NULL)
    return;
  g_free (*field);
  *field = value;
}

/**
 * kp_publications_options_build_job:
 *
 * Returns: (transfer full): the document as the options describe it now
 */
KpDocumentJob *
kp_publications_options_build_job (KpPublicationsOptions *self)
{
  g_autofree char   *intro = NULL;
  const char *const *logos;
  int                year;

  g_return_val_if_fail (KP_IS_PUBLICATIONS_OPTIONS (self), NULL);
  logos = kp_publications_logos_get_paths (self->logos);
  intro = dup_intro (self);
  g_strstrip (intro);
  year = gtk_spin_button_get_value_as_int (self->year_spin);
  if (kp_publications_options_get_kind (self) == KP_DOCUMENT_LEAFLET)
    {
      KpPublicationGroup group = selected_group (self);
      KpLeafletOptions  *o = kp_leaflet_builder_default_options (self->project, group,
                                                                 selected_format (self));

      replace (&o->title, dup_entry (self->title_row));
      g_clear_pointer (&o->subtitle, g_free);
      o->subtitle = dup_entry (self->subtitle_row);
      g_clear_pointer (&o->issuer, g_free);
      o->issuer = dup_entry (self->issuer_row);
      g_clear_pointer (&o->introduction, g_free);
      o->introduction = intro[0] != '\0' ? g_strdup (intro) : NULL;
      o->publicity_text = dup_entry (self->publicity_row);
      o->year = year;
      for (const char *const *logo = logos; *logo != NULL; logo++)
        kp_leaflet_options_add_logo (o, *logo);
      return kp_document_job_new_leaflet (kp_leaflet_builder_build (self->project, group), o);
    }
  else
    {
      KpCatalogueOptions               *o = kp_catalogue_builder_default_options (self->project);
      KpPublicationSelection            selection;
      KpCatalogueSnapshot              *snapshot;
      static const KpCatalogueStructure structures[] = { KP_CATALOGUE_BY_TARGET_GROUP,
                                                         KP_CATALOGUE_BY_SERVICE_TYPE,
                                                         KP_CATALOGUE_BY_PROVIDER };

      replace (&o->title, dup_entry (self->title_row));
      g_clear_pointer (&o->subtitle, g_free);
      o->subtitle = dup_entry (self->subtitle_row);
      g_clear_pointer (&o->issuer, g_free);
      o->issuer = dup_entry (self->issuer_row);
      o->introduction = intro[0] != '\0' ? g_strdup (intro) : NULL;
      o->publicity_text = dup_entry (self->publicity_row);
      o->year = year;
      o->structure = structures[MIN (adw_combo_row_get_selected (self->structure_row), 2)];
      o->paper_size = adw_combo_row_get_selected (self->paper_row) == 1 ? KP_PAGE_SIZE_A5
                                                                        : KP_PAGE_SIZE_A4;
      for (const char *const *logo = logos; *logo != NULL; logo++)
        kp_catalogue_options_add_logo (o, *logo);
      kp_publications_services_get_selection (self->services, &selection);
      snapshot = kp_catalogue_builder_build (self->project, &selection);
      kp_publication_selection_clear (&selection);
      return kp_document_job_new_catalogue (snapshot, o);
    }
}

/**
 * kp_publications_options_dup_file_name:
 *
 * Returns: (transfer full): the title in lower case without diacritics, words joined by
 *   dashes, with ".pdf"
 */
char *
kp_publications_options_dup_file_name (KpPublicationsOptions *self)
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
  g_string_append (name, ".pdf");
  return g_string_free (name, FALSE);
}

/* Adds a logo and keeps it in the project. */
void
kp_publications_options_add_logo (KpPublicationsOptions *self,
                                  const char            *path)
{
  g_return_if_fail (KP_IS_PUBLICATIONS_OPTIONS (self));
  g_return_if_fail (path != NULL);
  kp_publications_logos_add (self->logos, path);
}
