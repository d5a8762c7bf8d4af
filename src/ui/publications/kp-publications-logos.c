/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-publications-logos.h"
#include "kp-file-chooser.h"
#include "kp-project-settings.h"

#define SETTING "publication.logos"

struct _KpPublicationsLogos
{
  AdwPreferencesGroup parent_instance;

  GtkLabel *note;

  KpSettingsWriter *writer;
  GPtrArray        *paths; /* char *, NULL-terminated */
  GPtrArray        *rows;  /* AdwActionRow, owned by the group */
};

G_DEFINE_FINAL_TYPE (KpPublicationsLogos, kp_publications_logos, ADW_TYPE_PREFERENCES_GROUP)

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
save (KpPublicationsLogos *self)
{
  g_autofree char *text = g_strjoinv ("\n", (char **) self->paths->pdata);

  if (self->writer != NULL)
    kp_settings_writer_write (self->writer, SETTING, text[0] != '\0' ? text : NULL);
}

static void
on_remove_button_clicked_cb (GtkButton           *button,
                             KpPublicationsLogos *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW);
  guint      index;

  if (row == NULL || !g_ptr_array_find (self->rows, row, &index))
    return;
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_remove_index (self->rows, index);
  g_ptr_array_remove_index (self->paths, index);
  gtk_widget_set_visible (GTK_WIDGET (self->note), FALSE);
  save (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
append (KpPublicationsLogos *self,
        const char          *path)
{
  g_autofree char *basename = NULL;
  g_autofree char *escaped = NULL;
  GtkWidget       *row;
  GtkWidget       *remove;

  basename = g_filename_display_basename (path);
  escaped = g_markup_escape_text (basename, -1);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _ ("Remove the logo"));
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_button_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
  g_ptr_array_add (self->paths, g_strdup (path));
}

/* A logo file that is no longer there is left out, with a note under the logos. */
static void
restore (KpPublicationsLogos *self)
{
  KpProject       *project = kp_settings_writer_get_project (self->writer);
  g_autofree char *kept = project != NULL ? kp_project_dup_setting (project, SETTING) : NULL;
  g_auto (GStrv) paths = g_strsplit (kept != NULL ? kept : "", "\n", -1);
  g_autoptr (GString) missing = g_string_new (NULL);
  g_autofree char *note = NULL;

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autofree char *basename = NULL;

      if (paths[i][0] == '\0')
        continue;
      if (g_file_test (paths[i], G_FILE_TEST_IS_REGULAR))
        {
          append (self, paths[i]);
          continue;
        }
      basename = g_filename_display_basename (paths[i]);
      g_string_append_printf (missing, "%s%s", missing->len > 0 ? ", " : "", basename);
    }
  if (missing->len == 0)
    return;
  /* Translators: under the logos of a publication; %s lists file names, "logo.png, erb.svg" */
  note = g_strdup_printf (_ ("Not found, so left out: %s"), missing->str);
  gtk_label_set_text (self->note, note);
  gtk_widget_set_visible (GTK_WIDGET (self->note), TRUE);
  save (self);
}

static void
on_logos_chosen_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr (KpPublicationsLogos) self = user_data;
  g_autoptr (GListModel) files = kp_file_chooser_run_finish (result, NULL);

  /* The panel went away while the chooser was open. */
  if (files == NULL || self->note == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr (GFile) file = g_list_model_get_item (files, i);
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        kp_publications_logos_add (self, path);
    }
}

static void
on_add_button_clicked_cb (KpPublicationsLogos *self)
{
  g_autoptr (GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr (GtkFileFilter) filter = NULL;
  const char *patterns[] = { "*.png", "*.PNG", "*.svg", "*.SVG", NULL };

  filter = kp_file_chooser_filter_new (_ ("Logos (PNG, SVG)"), patterns);
  g_list_store_append (filters, filter);
  kp_file_chooser_run_async (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                             KP_FILE_CHOOSER_OPEN_MULTIPLE, _ ("Add Logos"), _ ("_Add"),
                             G_LIST_MODEL (filters), NULL, on_logos_chosen_cb, g_object_ref (self));
}

static void
kp_publications_logos_dispose (GObject *object)
{
  KpPublicationsLogos *self = KP_PUBLICATIONS_LOGOS (object);

  g_clear_object (&self->writer);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_PUBLICATIONS_LOGOS);
  G_OBJECT_CLASS (kp_publications_logos_parent_class)->dispose (object);
}

static void
kp_publications_logos_finalize (GObject *object)
{
  KpPublicationsLogos *self = KP_PUBLICATIONS_LOGOS (object);

  g_ptr_array_unref (self->paths);
  g_ptr_array_unref (self->rows);
  G_OBJECT_CLASS (kp_publications_logos_parent_class)->finalize (object);
}

static void
kp_publications_logos_class_init (KpPublicationsLogosClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_publications_logos_dispose;
  object_class->finalize = kp_publications_logos_finalize;

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/publications/kp-publications-logos.ui");
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsLogos, note);
  gtk_widget_class_bind_template_callback (widget_class, on_add_button_clicked_cb);
}

static void
kp_publications_logos_init (KpPublicationsLogos *self)
{
  /* Reserved, so that pdata is there (and NULL-terminated) while the array is empty. */
  self->paths = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kp_publications_logos_new (void)
{
  return g_object_new (KP_TYPE_PUBLICATIONS_LOGOS, NULL);
}

void
kp_publications_logos_set_writer (KpPublicationsLogos *self,
                                  KpSettingsWriter    *writer)
{
  g_return_if_fail (KP_IS_PUBLICATIONS_LOGOS (self));
  g_return_if_fail (KP_IS_SETTINGS_WRITER (writer));
  g_return_if_fail (self->writer == NULL);
  self->writer = g_object_ref (writer);
  restore (self);
}

void
kp_publications_logos_add (KpPublicationsLogos *self,
                           const char          *path)
{
  g_return_if_fail (KP_IS_PUBLICATIONS_LOGOS (self));
  g_return_if_fail (path != NULL);
  append (self, path);
  gtk_widget_set_visible (GTK_WIDGET (self->note), FALSE);
  save (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

const char *const *
kp_publications_logos_get_paths (KpPublicationsLogos *self)
{
  g_return_val_if_fail (KP_IS_PUBLICATIONS_LOGOS (self), NULL);
  return (const char *const *) self->paths->pdata;
}
