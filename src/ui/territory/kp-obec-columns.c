/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-obec-columns.h"
#include "kp-czech.h"
#include "kp-obec-sorter.h"

/* The cells are made in C rather than from GtkBuilder templates: before it is allocated,
 * the table of a national project makes about 200 rows of 12 cells, and a template cell
 * (parsed, with a property expression) cost four times a plain one there. */

typedef enum
{
  CELL_TEXT,   /* left-aligned, ellipsized */
  CELL_CODE,   /* the same, in tabular figures */
  CELL_NUMBER, /* right-aligned, tabular figures, the Czech way; "–" when undefined */
} CellKind;

typedef struct
{
  const char *property;
  guint       nat_chars;
  CellKind    kind;
} Column;

/* In the order of KpObecSortKey; widths in characters: "Brandýs nad Labem-Stará Boleslav"
 * is ellipsized, Praha has 1 335 084 inhabitants, shares and indices are short. */
static const Column columns[KP_OBEC_N_SORT_KEYS] = {
  [KP_OBEC_SORT_KOD] = { "kod", 6, CELL_CODE },
  [KP_OBEC_SORT_NAZEV] = { "nazev", 24, CELL_TEXT },
  [KP_OBEC_SORT_STATUS] = { "status", 10, CELL_TEXT },
  [KP_OBEC_SORT_POU] = { "pou-nazev", 14, CELL_TEXT },
  [KP_OBEC_SORT_ORP] = { "orp-nazev", 14, CELL_TEXT },
  [KP_OBEC_SORT_POPULATION] = { "population", 9, CELL_NUMBER },
  [KP_OBEC_SORT_AGE_0_14] = { "age-0-14", 7, CELL_NUMBER },
  [KP_OBEC_SORT_AGE_15_64] = { "age-15-64", 7, CELL_NUMBER },
  [KP_OBEC_SORT_AGE_65_PLUS] = { "age-65-plus", 7, CELL_NUMBER },
  [KP_OBEC_SORT_AGE_80_PLUS] = { "age-80-plus", 7, CELL_NUMBER },
  [KP_OBEC_SORT_SHARE_65_PLUS] = { "share-65-plus", 5, CELL_NUMBER },
  [KP_OBEC_SORT_AGEING_INDEX] = { "ageing-index", 5, CELL_NUMBER },
};

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     gpointer                  user_data)
{
  const Column *column = user_data;
  GtkWidget    *inscription = gtk_inscription_new (NULL);

  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (inscription), column->nat_chars);
  if (column->kind == CELL_NUMBER)
    gtk_inscription_set_xalign (GTK_INSCRIPTION (inscription), 1.0);
  else
    {
      gtk_inscription_set_xalign (GTK_INSCRIPTION (inscription), 0.0);
      gtk_inscription_set_text_overflow (GTK_INSCRIPTION (inscription),
                                         GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
    }
  if (column->kind != CELL_TEXT)
    gtk_widget_add_css_class (inscription, "numeric");
  gtk_list_item_set_child (list_item, inscription);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  const Column *column = user_data;
  GObject      *item = gtk_list_item_get_item (list_item);
  g_auto (GValue) value = G_VALUE_INIT;
  g_autofree char *text = NULL;

  g_object_get_property (item, column->property, &value);
  if (G_VALUE_HOLDS_STRING (&value))
    text = g_value_dup_string (&value);
  else if (G_VALUE_HOLDS_INT64 (&value))
    text = kp_czech_format_int (g_value_get_int64 (&value));
  else
    text = kp_czech_format_double (g_value_get_double (&value), 1);
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (list_item)), text);
}

void
kp_obec_columns_setup (GtkColumnView *view)
{
  GListModel *view_columns;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  view_columns = gtk_column_view_get_columns (view);
  g_return_if_fail (g_list_model_get_n_items (view_columns) == KP_OBEC_N_SORT_KEYS);
  for (guint i = 0; i < KP_OBEC_N_SORT_KEYS; i++)
    {
      g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (view_columns, i);
      g_autoptr (GtkSorter) sorter = kp_obec_sorter_new (i);
      g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

      g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb),
                        (gpointer) &columns[i]);
      g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), (gpointer) &columns[i]);
      gtk_column_view_column_set_factory (column, factory);
      gtk_column_view_column_set_sorter (column, sorter);
    }
}
