/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-needs-obce-panel.h"
#include "kp-czech.h"
#include "kp-needs-common.h"
#include "kp-needs-row-item.h"

#include <math.h>

/* The obce table: each obec of the territory with the indicators an obec has and its
 * average age, each value coloured against the territory's; sortable by any column. The
 * values come from kp_needs_compute_obce(); a row item is only an index into them. */

#define NAME_COLUMN (-1)

struct _KpNeedsObcePanel
{
  AdwBin parent_instance;

  KpProject   *project;
  KpObceTable *table;
  GListStore  *rows;

  GtkLabel      *date_label;
  GtkColumnView *column_view;
};

G_DEFINE_FINAL_TYPE (KpNeedsObcePanel, kp_needs_obce_panel, ADW_TYPE_BIN)

typedef struct
{
  KpNeedsObcePanel *self;
  int               column; /* index into the table's indicators, or NAME_COLUMN */
} Column;

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  Column    *column = user_data;
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (label), column->column == NAME_COLUMN ? 0.0 : 1.0);
  if (column->column != NAME_COLUMN)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  Column                  *column = user_data;
  KpObceTable             *table = column->self->table;
  GtkWidget               *label = gtk_list_item_get_child (item);
  guint                    index = kp_needs_row_item_get_index (gtk_list_item_get_item (item));
  g_autofree char         *text = NULL;
  KpRag                    rag = KP_RAG_NONE;
  static const char *const classes[] = { "kp-rag-better", "kp-rag-similar", "kp-rag-worse" };

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (label, classes[i]);
  if (table == NULL || index >= table->n_obce)
    return;
  if (column->column == NAME_COLUMN)
    {
      gtk_inscription_set_text (GTK_INSCRIPTION (label), table->names[index]);
      return;
    }
  text = kp_needs_ui_format (table->indicators[column->column],
                             table->values[(gsize) index * table->n_indicators + column->column]);
  rag = table->rag[(gsize) index * table->n_indicators + column->column];
  gtk_inscription_set_text (GTK_INSCRIPTION (label), text);
  if (kp_needs_ui_rag_class (rag) != NULL)
    gtk_widget_add_css_class (label, kp_needs_ui_rag_class (rag));
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  Column      *column = user_data;
  KpObceTable *table = column->self->table;
  guint        ia = kp_needs_row_item_get_index ((KpNeedsRowItem *) a);
  guint        ib = kp_needs_row_item_get_index ((KpNeedsRowItem *) b);
  double       va, vb;

  if (column->column == NAME_COLUMN)
    return kp_czech_compare (table->names[ia], table->names[ib]);
  va = table->values[(gsize) ia * table->n_indicators + column->column];
  vb = table->values[(gsize) ib * table->n_indicators + column->column];
  if (isnan (va) || isnan (vb))
    return isnan (va) - isnan (vb);
  return va < vb ? -1 : (va > vb ? 1 : 0);
}

static void
column_free (gpointer  data,
             GClosure *closure)
{
  g_free (data);
}

static void
add_column (KpNeedsObcePanel *self,
            const char       *title,
            int               index)
{
  GtkListItemFactory  *factory = gtk_signal_list_item_factory_new ();
  Column              *column = g_new0 (Column, 1);
  GtkColumnViewColumn *view_column;
  g_autoptr (GtkSorter) sorter = NULL;

  column->self = self;
  column->column = index;
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), column);
  g_signal_connect_data (factory, "bind", G_CALLBACK (bind_cb), column, column_free, 0);
  view_column = gtk_column_view_column_new (title, factory);
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_rows, column, NULL));
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  /* The names stay readable when the indicators need more than the window's width. */
  if (index == NAME_COLUMN)
    gtk_column_view_column_set_fixed_width (view_column, 180);
  gtk_column_view_append_column (self->column_view, view_column);
  g_object_unref (view_column);
}

static void
rebuild (KpNeedsObcePanel *self)
{
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *date = kp_czech_format_date (kp_project_get_reference_date (self->project));
  g_autofree char *text = NULL;

  g_clear_pointer (&self->table, kp_obce_table_free);
  self->table = kp_needs_compute_obce (kp_needs_get (self->project));
  for (guint i = 0; i < self->table->n_obce; i++)
    g_ptr_array_add (items, kp_needs_row_item_new (i));
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       items->pdata, items->len);
  text = g_strdup_printf (
      /* Translators: above the obce table: how many obce, and the date of the figures */
      g_dngettext (GETTEXT_PACKAGE, "%u obec · population by age as of %s",
                   "%u obce · population by age as of %s", self->table->n_obce),
      self->table->n_obce, date);
  gtk_label_set_text (self->date_label, text);
}

static void
on_project_changed_cb (KpNeedsObcePanel *self,
                       KpChanges        *changes)
{
  if (kp_changes_has_module (changes, "project") || kp_changes_has_table (changes, "needs_area"))
    rebuild (self);
}

static void
kp_needs_obce_panel_dispose (GObject *object)
{
  KpNeedsObcePanel *self = KP_NEEDS_OBCE_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_NEEDS_OBCE_PANEL);
  g_clear_object (&self->rows);
  g_clear_object (&self->project);
  g_clear_pointer (&self->table, kp_obce_table_free);
  G_OBJECT_CLASS (kp_needs_obce_panel_parent_class)->dispose (object);
}

static void
kp_needs_obce_panel_class_init (KpNeedsObcePanelClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_needs_obce_panel_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/needs/kp-needs-obce-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, KpNeedsObcePanel, date_label);
  gtk_widget_class_bind_template_child (widget_class, KpNeedsObcePanel, column_view);
}

static void
kp_needs_obce_panel_init (KpNeedsObcePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_list_store_new (KP_TYPE_NEEDS_ROW_ITEM);
}

GtkWidget *
kp_needs_obce_panel_new (KpProject *project)
{
  KpNeedsObcePanel *self;
  GtkSortListModel *sorted;
  GtkNoSelection   *selection;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  self = g_object_new (KP_TYPE_NEEDS_OBCE_PANEL, NULL);
  self->project = g_object_ref (project);
  rebuild (self);
  add_column (self, _ ("Obec"), NAME_COLUMN);
  for (guint k = 0; k < self->table->n_indicators; k++)
    add_column (self, kp_indicator_get_short_name (self->table->indicators[k]), (int) k);
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->rows)),
                                    g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  selection = gtk_no_selection_new (G_LIST_MODEL (sorted));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}
