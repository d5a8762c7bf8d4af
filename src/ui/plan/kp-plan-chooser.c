/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-chooser.h"
#include "kp-czech.h"

#include <string.h>

struct _KpPlanChooser
{
  AdwWindow parent_instance;

  GStrv           words; /* of the search, folded */
  GtkSearchEntry *search_entry;
  GtkListBox     *list;
  GtkStack       *stack;
};

G_DEFINE_FINAL_TYPE (KpPlanChooser, kp_plan_chooser, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A row is shown when it has every word of the search, in any order. */
static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  KpPlanChooser *self = user_data;
  const char    *key = g_object_get_data (G_OBJECT (row), "key");

  for (guint i = 0; self->words != NULL && self->words[i] != NULL; i++)
    if (*self->words[i] != '\0' && strstr (key, self->words[i]) == NULL)
      return FALSE;
  return TRUE;
}

static GtkListBoxRow *
first_shown (KpPlanChooser *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && gtk_widget_get_child_visible (row) &&
        filter_row (GTK_LIST_BOX_ROW (row), self))
      return GTK_LIST_BOX_ROW (row);
  return NULL;
}

guint
kp_plan_chooser_count_shown (KpPlanChooser *self)
{
  guint n = 0;

  g_return_val_if_fail (KP_IS_PLAN_CHOOSER (self), 0);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && filter_row (GTK_LIST_BOX_ROW (row), self))
      n++;
  return n;
}

static void
on_search_changed_cb (KpPlanChooser *self)
{
  g_autofree char *folded = kp_czech_fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  g_strfreev (self->words);
  self->words = g_strsplit_set (folded, " \t", -1);
  gtk_list_box_invalidate_filter (self->list);
  gtk_stack_set_visible_child_name (self->stack,
                                    kp_plan_chooser_count_shown (self) > 0 ? "list" : "none");
}

static void
choose (KpPlanChooser *self,
        GtkListBoxRow *row)
{
  g_autofree char *id = g_strdup (g_object_get_data (G_OBJECT (row), "id"));

  g_object_ref (self);
  gtk_window_close (GTK_WINDOW (self));
  g_signal_emit (self, signals[SIGNAL_CHOSEN], 0, id);
  g_object_unref (self);
}

gboolean
kp_plan_chooser_choose_first (KpPlanChooser *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (KP_IS_PLAN_CHOOSER (self), FALSE);
  row = first_shown (self);
  if (row == NULL)
    return FALSE;
  choose (self, row);
  return TRUE;
}

static void
on_search_activate_cb (KpPlanChooser *self)
{
  kp_plan_chooser_choose_first (self);
}

/* Down in the search field goes to the first row shown (as does Ctrl+G, the search
 * field's "next match"). */
static void
on_next_match_cb (KpPlanChooser *self)
{
  GtkListBoxRow *row = first_shown (self);

  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static gboolean
on_search_key_cb (KpPlanChooser         *self,
                  guint                  keyval,
                  guint                  keycode,
                  GdkModifierType        state,
                  GtkEventControllerKey *controller)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return FALSE;
  on_next_match_cb (self);
  return TRUE;
}

static void
on_stop_search_cb (KpPlanChooser *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
kp_plan_chooser_finalize (GObject *object)
{
  g_strfreev (KP_PLAN_CHOOSER (object)->words);
  G_OBJECT_CLASS (kp_plan_chooser_parent_class)->finalize (object);
}

static void
kp_plan_chooser_class_init (KpPlanChooserClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = kp_plan_chooser_finalize;
  /**
   * KpPlanChooser::chosen:
   * @id: the id of the row taken
   */
  signals[SIGNAL_CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kp_plan_chooser_init (KpPlanChooser *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *none = adw_status_page_new ();
  GtkWidget *clamp = adw_clamp_new ();

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 600);
  gtk_box_append (GTK_BOX (box), header);

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_widget_set_name (GTK_WIDGET (self->search_entry), "plan-chooser-search");
  gtk_widget_set_margin_start (GTK_WIDGET (self->search_entry), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->search_entry), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->search_entry), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->search_entry), 6);
  g_signal_connect_swapped (self->search_entry, "search-changed",
                            G_CALLBACK (on_search_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (on_search_activate_cb),
                            self);
  g_signal_connect_swapped (self->search_entry, "next-match", G_CALLBACK (on_next_match_cb), self);
  g_signal_connect_swapped (self->search_entry, "stop-search", G_CALLBACK (on_stop_search_cb),
                            self);
  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_search_key_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  }
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search_entry));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_set_name (GTK_WIDGET (self->list), "plan-chooser-list");
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_filter_func (self->list, filter_row, self, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_valign (GTK_WIDGET (self->list), GTK_ALIGN_START);
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (choose), self);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->list));
  gtk_widget_set_margin_start (clamp, 12);
  gtk_widget_set_margin_end (clamp, 12);
  gtk_widget_set_margin_top (clamp, 6);
  gtk_widget_set_margin_bottom (clamp, 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (none), "edit-find-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (none), _ ("Nothing Found"));
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, scrolled, "list");
  gtk_stack_add_named (self->stack, none, "none");
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  adw_window_set_content (ADW_WINDOW (self), box);
}

GtkWidget *
kp_plan_chooser_new (GtkWidget  *parent,
                     const char *title,
                     const char *search_hint)
{
  KpPlanChooser *self = g_object_new (KP_TYPE_PLAN_CHOOSER, "title", title, NULL);
  GtkRoot       *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  g_object_set (self->search_entry, "placeholder-text", search_hint, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, search_hint, -1);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return GTK_WIDGET (self);
}

void
kp_plan_chooser_add (KpPlanChooser *self,
                     const char    *id,
                     const char    *title,
                     const char    *subtitle)
{
  GtkWidget       *row;
  g_autofree char *text = NULL;

  g_return_if_fail (KP_IS_PLAN_CHOOSER (self));
  g_return_if_fail (id != NULL && title != NULL);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  text = g_strdup_printf ("%s %s", title, subtitle != NULL ? subtitle : "");
  g_object_set_data_full (G_OBJECT (row), "id", g_strdup (id), g_free);
  g_object_set_data_full (G_OBJECT (row), "key", kp_czech_fold (text), g_free);
  gtk_list_box_append (self->list, row);
}

void
kp_plan_chooser_set_search (KpPlanChooser *self,
                            const char    *text)
{
  g_return_if_fail (KP_IS_PLAN_CHOOSER (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  on_search_changed_cb (self);
}
