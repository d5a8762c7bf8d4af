/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-needs-swot-panel.h"
#include "kp-needs-common.h"

/* SWOT, overall or of one target group: four quadrants of short items in the user's order,
 * each item moved up or down, cited findings chosen in a popover, removed; a new item is
 * typed at the foot of its quadrant. Every change is an undo step. */

struct _KpNeedsSwotPanel
{
  AdwBin parent_instance;

  KpProject *project;
  GtkWidget *lists[KP_N_SWOT_QUADRANTS];

  GtkDropDown *scope_dropdown;
  GtkGrid     *grid;
};

G_DEFINE_FINAL_TYPE (KpNeedsSwotPanel, kp_needs_swot_panel, ADW_TYPE_BIN)

static KpNeeds *
get_needs (KpNeedsSwotPanel *self)
{
  return kp_needs_get (self->project);
}

/* "" or a planning group's id. */
static const char *
current_scope (KpNeedsSwotPanel *self)
{
  guint selected = gtk_drop_down_get_selected (self->scope_dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return "";
  return kp_planning_group_to_string (selected - 1);
}

static void
report (KpNeedsSwotPanel *self,
        gboolean          ok,
        GError           *error)
{
  if (!ok && error != NULL)
    kp_needs_ui_toast (GTK_WIDGET (self), error->message);
}

static gint64
item_id (GtkWidget *widget)
{
  return *(gint64 *) g_object_get_data (G_OBJECT (widget), "item-id");
}

static void
set_item_id (GtkWidget *widget,
             gint64     id)
{
  gint64 *copy = g_new (gint64, 1);

  *copy = id;
  g_object_set_data_full (G_OBJECT (widget), "item-id", copy, g_free);
}

static void
on_move_clicked_cb (GtkButton        *button,
                    KpNeedsSwotPanel *self)
{
  g_autoptr (GError) error = NULL;
  int position = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "position"));

  if (position < 0)
    return;
  report (self, kp_needs_move_swot_item (get_needs (self), item_id (GTK_WIDGET (button)), (guint) position, &error),
          error);
}

static void
on_remove_clicked_cb (GtkButton        *button,
                      KpNeedsSwotPanel *self)
{
  g_autoptr (GError) error = NULL;

  report (self, kp_needs_remove_swot_item (get_needs (self), item_id (GTK_WIDGET (button)), &error),
          error);
}

static void
on_cite_toggled_cb (GtkCheckButton   *check,
                    KpNeedsSwotPanel *self)
{
  GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (check));
  g_autoptr (GArray) findings = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GError) error = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
      {
        gint64 id = item_id (child);

        g_array_append_val (findings, id);
      }
  report (self, kp_needs_set_swot_citations (get_needs (self), item_id (box), (const gint64 *) findings->data, findings->len, &error),
          error);
}

/* A popover of check buttons, one a finding, for the findings @item cites. */
static GtkWidget *
cite_button (KpNeedsSwotPanel *self,
             const KpSwotItem *item)
{
  GListModel *findings = kp_needs_get_findings (get_needs (self));
  guint       n = g_list_model_get_n_items (findings);
  GtkWidget  *button = gtk_menu_button_new ();
  GtkWidget  *popover = gtk_popover_new ();
  GtkWidget  *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autoptr (GString) label = g_string_new (NULL);

  /* The codes of the findings cited ("F-1, F-3"), else an invitation. */
  for (guint k = 0; k < item->findings->len; k++)
    {
      KpFinding       *finding = kp_needs_find_finding (get_needs (self),
                                                        g_array_index (item->findings, gint64, k));
      g_autofree char *code = finding != NULL ? kp_finding_dup_code (finding) : NULL;

      if (code != NULL)
        g_string_append_printf (label, "%s%s", label->len > 0 ? ", " : "", code);
    }
  if (label->len == 0)
    g_string_append (label, _ ("Cite"));
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), label->str);
  gtk_menu_button_set_always_show_arrow (GTK_MENU_BUTTON (button), FALSE);
  gtk_widget_set_tooltip_text (button, _ ("Findings this item rests on"));
  gtk_widget_add_css_class (button, "flat");
  set_item_id (box, item->id);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpFinding) finding = g_list_model_get_item (findings, i);
      g_autofree char *code = kp_finding_dup_code (finding);
      g_autofree char *text = g_strdup_printf ("%s: %s", code, kp_finding_get_text (finding));
      GtkWidget       *check = gtk_check_button_new_with_label (text);
      gboolean         cited = FALSE;

      for (guint k = 0; k < item->findings->len; k++)
        cited |= g_array_index (item->findings, gint64, k) == kp_finding_get_id (finding);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), cited);
      gtk_label_set_max_width_chars (GTK_LABEL (gtk_widget_get_last_child (check)), 60);
      gtk_label_set_ellipsize (GTK_LABEL (gtk_widget_get_last_child (check)), PANGO_ELLIPSIZE_END);
      set_item_id (check, kp_finding_get_id (finding));
      g_signal_connect (check, "toggled", G_CALLBACK (on_cite_toggled_cb), self);
      gtk_box_append (GTK_BOX (box), check);
    }
  if (n == 0)
    gtk_box_append (GTK_BOX (box), kp_needs_ui_label (_ ("The analysis has no findings yet"), 0.0,
                                                      "dim-label"));
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  return button;
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             gint64      id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  set_item_id (button, id);
  return button;
}

static GtkWidget *
item_row (KpNeedsSwotPanel *self,
          const KpSwotItem *item,
          guint             position,
          guint             n)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *label = kp_needs_ui_label (item->text, 0.0, NULL);
  GtkWidget *up = icon_button ("go-up-symbolic", _ ("Move up"), item->id);
  GtkWidget *down = icon_button ("go-down-symbolic", _ ("Move down"), item->id);
  GtkWidget *remove = icon_button ("user-trash-symbolic", _ ("Remove"), item->id);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), cite_button (self, item));
  g_object_set_data (G_OBJECT (up), "position", GINT_TO_POINTER ((int) position - 1));
  g_object_set_data (G_OBJECT (down), "position",
                     GINT_TO_POINTER (position + 1 < n ? (int) position + 1 : -1));
  gtk_widget_set_sensitive (up, position > 0);
  gtk_widget_set_sensitive (down, position + 1 < n);
  g_signal_connect (up, "clicked", G_CALLBACK (on_move_clicked_cb), self);
  g_signal_connect (down, "clicked", G_CALLBACK (on_move_clicked_cb), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), up);
  gtk_box_append (GTK_BOX (box), down);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_top (box, 2);
  gtk_widget_set_margin_bottom (box, 2);
  return box;
}

static void
on_add_activate_cb (GtkEntry         *entry,
                    KpNeedsSwotPanel *self)
{
  KpSwotQuadrant quadrant = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "quadrant"));
  g_autoptr (GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  if (kp_needs_add_swot_item (get_needs (self), current_scope (self), quadrant, text, &error) == 0)
    {
      report (self, FALSE, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
fill_list (KpNeedsSwotPanel *self,
           KpSwotQuadrant    quadrant)
{
  GtkListBox *list = GTK_LIST_BOX (self->lists[quadrant]);
  g_autoptr (GPtrArray) items = kp_needs_list_swot (get_needs (self), current_scope (self), quadrant);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
  for (guint i = 0; i < items->len; i++)
    gtk_list_box_append (list, item_row (self, g_ptr_array_index (items, i), i, items->len));
}

static void
rebuild (KpNeedsSwotPanel *self)
{
  for (guint q = 0; q < KP_N_SWOT_QUADRANTS; q++)
    fill_list (self, q);
}

static GtkWidget *
quadrant_box (KpNeedsSwotPanel *self,
              KpSwotQuadrant    quadrant)
{
  static const char *const styles[] = { "kp-swot-strengths", "kp-swot-weaknesses",
                                        "kp-swot-opportunities", "kp-swot-threats" };
  GtkWidget               *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget               *entry = gtk_entry_new ();
  GtkWidget               *list = gtk_list_box_new ();

  gtk_widget_add_css_class (box, "kp-swot-quadrant");
  gtk_widget_add_css_class (box, styles[quadrant]);
  gtk_box_append (GTK_BOX (box), kp_needs_ui_label (kp_swot_quadrant_get_label (quadrant), 0.0,
                                                    "heading"));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_vexpand (list, TRUE);
  gtk_widget_set_name (list, kp_swot_quadrant_to_string (quadrant));
  gtk_box_append (GTK_BOX (box), list);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _ ("New item, then Enter"));
  g_object_set_data (G_OBJECT (entry), "quadrant", GINT_TO_POINTER (quadrant));
  g_signal_connect (entry, "activate", G_CALLBACK (on_add_activate_cb), self);
  gtk_box_append (GTK_BOX (box), entry);
  self->lists[quadrant] = list;
  return box;
}

static void
on_scope_changed_cb (KpNeedsSwotPanel *self)
{
  if (self->project != NULL)
    rebuild (self);
}

static void
on_project_changed_cb (KpNeedsSwotPanel *self,
                       KpChanges        *changes)
{
  if (kp_changes_has_module (changes, "needs"))
    rebuild (self);
}

static void
kp_needs_swot_panel_dispose (GObject *object)
{
  KpNeedsSwotPanel *self = KP_NEEDS_SWOT_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_NEEDS_SWOT_PANEL);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (kp_needs_swot_panel_parent_class)->dispose (object);
}

static void
kp_needs_swot_panel_class_init (KpNeedsSwotPanelClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_needs_swot_panel_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/needs/kp-needs-swot-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, KpNeedsSwotPanel, scope_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpNeedsSwotPanel, grid);
  gtk_widget_class_bind_template_callback (widget_class, on_scope_changed_cb);
}

static void
kp_needs_swot_panel_init (KpNeedsSwotPanel *self)
{
  g_autoptr (GtkStringList) scopes = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_string_list_append (scopes, _ ("The whole plan"));
  for (guint g = 0; g < KP_N_PLANNING_GROUPS; g++)
    gtk_string_list_append (scopes, kp_planning_group_get_name (g));
  gtk_drop_down_set_model (self->scope_dropdown, G_LIST_MODEL (scopes));
  for (guint q = 0; q < KP_N_SWOT_QUADRANTS; q++)
    gtk_grid_attach (self->grid, quadrant_box (self, q), (int) q % 2, (int) q / 2, 1, 1);
}

GtkWidget *
kp_needs_swot_panel_new (KpProject *project)
{
  KpNeedsSwotPanel *self;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  self = g_object_new (KP_TYPE_NEEDS_SWOT_PANEL, NULL);
  self->project = g_object_ref (project);
  rebuild (self);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}
