/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-obec-columns.h"
#include "kp-czech.h"
#include "kp-indicator.h"
#include "kp-obec-sorter.h"

/* The cells are made in C rather than from GtkBuilder templates: before it is allocated,
 * the table of a national project makes about 200 rows of 12 cells, and a template cell
 * (parsed, with a property expression) cost four times a plain one there. */

typedef enum
{
  CELL_TEXT,   /* left-aligned, ellipsized */
  CELL_CODE,   /* the same, in tabular figures */
  CELL_NUMBER, /* an indicator: right-aligned, tabular figures, its decimals, Czech */
} CellKind;

typedef struct
{
  const char *property;  /* text columns: the KpObec property shown */
  KpIndicator indicator; /* number columns: the indicator shown, titled by its short name */
  guint       nat_chars;
  CellKind    kind;
} Column;

/* In the order of KpObecSortKey; widths in characters: "Brandýs nad Labem-Stará Boleslav"
 * is ellipsized, Praha has 1 335 084 inhabitants, shares and indices are short. */
static const Column columns[KP_OBEC_N_SORT_KEYS] = {
  [KP_OBEC_SORT_KOD] = { "kod", 0, 6, CELL_CODE },
  [KP_OBEC_SORT_NAZEV] = { "nazev", 0, 24, CELL_TEXT },
  [KP_OBEC_SORT_STATUS] = { "status", 0, 10, CELL_TEXT },
  [KP_OBEC_SORT_POU] = { "pou-nazev", 0, 14, CELL_TEXT },
  [KP_OBEC_SORT_ORP] = { "orp-nazev", 0, 14, CELL_TEXT },
  [KP_OBEC_SORT_POPULATION] = { NULL, KP_INDICATOR_POPULATION, 9, CELL_NUMBER },
  [KP_OBEC_SORT_AGE_0_14] = { NULL, KP_INDICATOR_AGE_0_14, 7, CELL_NUMBER },
  [KP_OBEC_SORT_AGE_15_64] = { NULL, KP_INDICATOR_AGE_15_64, 7, CELL_NUMBER },
  [KP_OBEC_SORT_AGE_65_PLUS] = { NULL, KP_INDICATOR_AGE_65_PLUS, 7, CELL_NUMBER },
  [KP_OBEC_SORT_AGE_80_PLUS] = { NULL, KP_INDICATOR_AGE_80_PLUS, 7, CELL_NUMBER },
  [KP_OBEC_SORT_SHARE_65_PLUS] = { NULL, KP_INDICATOR_SHARE_65_PLUS, 5, CELL_NUMBER },
  [KP_OBEC_SORT_AGEING_INDEX] = { NULL, KP_INDICATOR_AGEING_INDEX, 5, CELL_NUMBER },
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

  if (column->kind == CELL_NUMBER)
    text = kp_indicator_format_number (
        column->indicator, kp_indicator_compute_for_obec (column->indicator, KP_OBEC (item)));
  else
    {
      g_object_get_property (item, column->property, &value);
      text = g_value_dup_string (&value);
    }
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
      if (columns[i].kind == CELL_NUMBER)
        gtk_column_view_column_set_title (column,
                                          kp_indicator_get_short_name (columns[i].indicator));
    }
}
