/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-territory-editor.h"
#include "kp-error-dialog.h"
#include "kp-obce-picker.h"
#include "kp-project-territory.h"

struct _KpTerritoryEditor
{
  AdwWindow parent_instance;

  KpProject    *project;
  KpLibrary    *library;
  GHashTable   *current; /* kód → name of the obce in the territory now */
  GCancellable *cancellable;
  KpObcePicker *picker;

  GtkBox    *content_box;
  GtkLabel  *change_label;
  GtkButton *apply_button;
};

G_DEFINE_FINAL_TYPE (KpTerritoryEditor, kp_territory_editor, ADW_TYPE_WINDOW)

static char *
describe_change (guint n_add,
                 guint n_remove)
{
  g_autofree char *join = NULL;
  g_autofree char *leave = NULL;
  g_autofree char *sentence = NULL;
  const char      *rest;
  gunichar         first;
  char             head[8];

  if (n_add == 0 && n_remove == 0)
    return g_strdup (_ ("No change yet."));
  if (n_add > 0)
    join = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u obec joins", "%u obce join", n_add),
                            n_add);
  if (n_remove > 0)
    leave = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u obec leaves", "%u obce leave",
                                          n_remove),
                             n_remove);
  if (join != NULL && leave != NULL)
    /* Translators: "2 obce join, 1 obec leaves." */
    sentence = g_strdup_printf (_ ("%s, %s."), join, leave);
  else
    sentence = g_strdup_printf (_ ("%s."), join != NULL ? join : leave);
  /* The pieces may begin with a lower-case word ("přibude 1 obec"); the sentence may not. */
  first = g_utf8_get_char (sentence);
  rest = g_utf8_next_char (sentence);
  head[g_unichar_to_utf8 (g_unichar_totitle (first), head)] = '\0';
  return g_strconcat (head, rest, NULL);
}

static void
update_change (KpTerritoryEditor *self)
{
  g_auto (GStrv) add = NULL;
  g_auto (GStrv) remove = NULL;
  g_autofree char *text = NULL;
  guint            n_add, n_remove;

  kp_territory_editor_get_change (self, &add, &remove);
  n_add = g_strv_length (add);
  n_remove = g_strv_length (remove);
  text = describe_change (n_add, n_remove);
  gtk_label_set_text (self->change_label, text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button),
                            (n_add > 0 || n_remove > 0) &&
                                kp_obce_picker_get_n_selected (self->picker) > 0 &&
                                self->cancellable == NULL);
}

static void
set_busy (KpTerritoryEditor *self,
          gboolean           busy)
{
  if (busy)
    self->cancellable = g_cancellable_new ();
  else
    g_clear_object (&self->cancellable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->content_box), !busy);
  update_change (self);
}

static void
on_change_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr (KpTerritoryEditor) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KpTerritoryChange) change = NULL;

  change = kp_project_change_territory_finish (KP_PROJECT (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (change == NULL)
    {
      kp_error_dialog_show (GTK_WINDOW (self), _ ("Cannot Change the Territory"), error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
start_change (KpTerritoryEditor *self)
{
  g_auto (GStrv) add = NULL;
  g_auto (GStrv) remove = NULL;

  kp_territory_editor_get_change (self, &add, &remove);
  set_busy (self, TRUE);
  kp_project_change_territory_async (self->project, self->library, (const char *const *) add,
                                     (const char *const *) remove, NULL, self->cancellable,
                                     on_change_done_cb, g_object_ref (self));
}

static void
on_confirm_response_cb (KpTerritoryEditor *self,
                        const char        *response)
{
  if (g_strcmp0 (response, "remove") == 0)
    start_change (self);
}

static char *
join_names (KpTerritoryEditor *self,
            GStrv              codes)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; codes[i] != NULL; i++)
    g_ptr_array_add (names, g_hash_table_lookup (self->current, codes[i]));
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (char **) names->pdata);
}

/* What goes with the obce that leave, in the words of the warning. */
static char *
describe_loss (KpTerritoryEditor *self,
               GStrv              remove,
               KpTerritoryChange *change)
{
  GString         *body = g_string_new (NULL);
  g_autofree char *obce = join_names (self, remove);
  guint            n_services = change->services_removed->len;

  g_string_append_printf (body,
                          g_dngettext (GETTEXT_PACKAGE, "This obec leaves the territory: %s.",
                                       "These obce leave the territory: %s.",
                                       g_strv_length (remove)),
                          obce);
  if (n_services > 0)
    {
      g_autofree char *services = NULL;

      g_ptr_array_add (change->services_removed, NULL);
      services = g_strjoinv (", ", (char **) change->services_removed->pdata);
      g_ptr_array_set_size (change->services_removed, n_services);
      g_string_append_c (body, '\n');
      g_string_append_printf (
          body,
          g_dngettext (GETTEXT_PACKAGE,
                       "This registered service worked in the territory only through them and "
                       "is removed with its local data: %s.",
                       "These registered services worked in the territory only through them "
                       "and are removed with their local data: %s.",
                       n_services),
          services);
    }
  if (change->scope_entries_removed > 0)
    {
      g_string_append_c (body, '\n');
      g_string_append_printf (body,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%d entry of services’ territorial scope that names "
                                           "them is removed.",
                                           "%d entries of services’ territorial scope that name "
                                           "them are removed.",
                                           change->scope_entries_removed),
                              change->scope_entries_removed);
    }
  g_string_append_c (body, '\n');
  g_string_append (body, _ ("Undo takes the change back."));
  return g_string_free (body, FALSE);
}

static void
on_preview_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr (KpTerritoryEditor) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KpTerritoryChange) change = NULL;
  g_auto (GStrv) add = NULL;
  g_auto (GStrv) remove = NULL;
  g_autofree char *body = NULL;
  GtkWindow       *dialog;

  change = kp_project_change_territory_finish (KP_PROJECT (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (change == NULL)
    {
      kp_error_dialog_show (GTK_WINDOW (self), _ ("Cannot Change the Territory"), error->message);
      return;
    }
  kp_territory_editor_get_change (self, &add, &remove);
  body = describe_loss (self, remove, change);
  dialog = kp_confirm_dialog_show (GTK_WINDOW (self), _ ("Remove Obce from the Territory?"), body,
                                   "remove", _ ("_Remove Obce"), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
on_apply_button_clicked_cb (KpTerritoryEditor *self)
{
  g_auto (GStrv) add = NULL;
  g_auto (GStrv) remove = NULL;

  kp_territory_editor_get_change (self, &add, &remove);
  if (remove[0] == NULL)
    {
      start_change (self);
      return;
    }
  /* Obce leave: first say what goes with them. */
  set_busy (self, TRUE);
  kp_project_preview_territory_change_async (self->project, self->library,
                                             (const char *const *) add,
                                             (const char *const *) remove, self->cancellable,
                                             on_preview_done_cb, g_object_ref (self));
}

static void
on_cancel_button_clicked_cb (KpTerritoryEditor *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
kp_territory_editor_dispose (GObject *object)
{
  KpTerritoryEditor *self = KP_TERRITORY_EDITOR (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_TERRITORY_EDITOR);
  g_clear_object (&self->project);
  g_clear_object (&self->library);
  G_OBJECT_CLASS (kp_territory_editor_parent_class)->dispose (object);
}

static void
kp_territory_editor_finalize (GObject *object)
{
  KpTerritoryEditor *self = KP_TERRITORY_EDITOR (object);

  g_hash_table_unref (self->current);
  G_OBJECT_CLASS (kp_territory_editor_parent_class)->finalize (object);
}

static void
kp_territory_editor_class_init (KpTerritoryEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_territory_editor_dispose;
  object_class->finalize = kp_territory_editor_finalize;

  gtk_widget_class_set_template_from_resource (
      widget_class, "/cz/komplan/Komplan/ui/territory/kp-territory-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KpTerritoryEditor, content_box);
  gtk_widget_class_bind_template_child (widget_class, KpTerritoryEditor, change_label);
  gtk_widget_class_bind_template_child (widget_class, KpTerritoryEditor, apply_button);
  gtk_widget_class_bind_template_callback (widget_class, on_apply_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_button_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kp_territory_editor_init (KpTerritoryEditor *self)
{
  self->current = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->picker = KP_OBCE_PICKER (kp_obce_picker_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->picker), TRUE);
  gtk_box_append (self->content_box, GTK_WIDGET (self->picker));
  g_signal_connect_object (self->picker, "notify::n-selected", G_CALLBACK (update_change), self,
                           G_CONNECT_SWAPPED);
}

/**
 * kp_territory_editor_new:
 *
 * Returns: (transfer none): the editor, not yet shown
 */
GtkWindow *
kp_territory_editor_new (GtkWindow *parent,
                         KpProject *project,
                         KpLibrary *library)
{
  KpTerritoryEditor *self;
  GListModel        *territory;
  g_autoptr (GListModel) obce = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) codes = g_ptr_array_new ();

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (KP_IS_LIBRARY (library), NULL);

  self = g_object_new (KP_TYPE_TERRITORY_EDITOR, "transient-for", parent, NULL);
  self->project = g_object_ref (project);
  self->library = g_object_ref (library);
  territory = kp_project_get_obce (project);
  for (guint i = 0; i < g_list_model_get_n_items (territory); i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (territory, i);

      g_hash_table_insert (self->current, g_strdup (kp_obec_get_kod (obec)),
                           g_strdup (kp_obec_get_nazev (obec)));
      g_ptr_array_add (codes, (gpointer) kp_obec_get_kod (obec));
    }
  g_ptr_array_add (codes, NULL);
  obce = kp_library_list_obce (library, &error);
  if (obce != NULL)
    {
      kp_obce_picker_set_obce (self->picker, obce);
      kp_obce_picker_select_codes (self->picker, (const char *const *) codes->pdata);
    }
  else
    kp_error_dialog_show (GTK_WINDOW (self), _ ("Cannot Read the Reference Data"),
                          error->message);
  update_change (self);
  return GTK_WINDOW (self);
}

/**
 * kp_territory_editor_get_change:
 * @out_add: (out) (transfer full): codes ticked that are not in the territory, sorted
 * @out_remove: (out) (transfer full): codes of the territory not ticked, sorted
 */
void
kp_territory_editor_get_change (KpTerritoryEditor *self,
                                GStrv             *out_add,
                                GStrv             *out_remove)
{
  g_auto (GStrv) ticked = kp_obce_picker_dup_selected (self->picker);
  g_autoptr (GHashTable) ticked_set = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GStrvBuilder) add = g_strv_builder_new ();
  g_autoptr (GStrvBuilder) remove = g_strv_builder_new ();
  g_autoptr (GList) current = NULL;

  g_return_if_fail (KP_IS_TERRITORY_EDITOR (self));

  for (guint i = 0; ticked[i] != NULL; i++)
    {
      g_hash_table_add (ticked_set, ticked[i]);
      if (!g_hash_table_contains (self->current, ticked[i]))
        g_strv_builder_add (add, ticked[i]);
    }
  current = g_list_sort (g_hash_table_get_keys (self->current), (GCompareFunc) g_strcmp0);
  for (GList *l = current; l != NULL; l = l->next)
    if (!g_hash_table_contains (ticked_set, l->data))
      g_strv_builder_add (remove, l->data);
  *out_add = g_strv_builder_end (add);
  *out_remove = g_strv_builder_end (remove);
}
