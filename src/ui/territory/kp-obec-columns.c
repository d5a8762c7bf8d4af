/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-obec-columns.h"
#include "kp-czech.h"
#include "kp-indicator.h"
#include "kp-obec-sorter.h"

#include <math.h>

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

/* The widths the cells of a view take, in characters: what the longest text of each column
 * needs (kp_obec_columns_fit()), or the column's default before. Shared by the view and its
 * cells' factories (a GRcBox). */
typedef struct
{
  guint chars[KP_OBEC_N_SORT_KEYS];
} Widths;

typedef struct
{
  const Column *column;
  Widths       *widths; /* a reference */
} CellData;

static void
cell_data_free (gpointer  data,
                GClosure *closure)
{
  CellData *cell = data;

  g_rc_box_release (cell->widths);
  g_free (cell);
}

static guint
column_chars (const CellData *cell)
{
  guint i = (guint) (cell->column - columns);

  return cell->widths->chars[i] > 0 ? cell->widths->chars[i] : cell->column->nat_chars;
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     gpointer                  user_data)
{
  const CellData *cell = user_data;
  const Column   *column = cell->column;
  GtkWidget      *inscription = gtk_inscription_new (NULL);

  /* As wide as the longest text of the column needs, never narrower: a narrow window
   * scrolls the table rather than cutting "Nová Ves pod Pleší" or "statutární město". */
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (inscription), column_chars (cell));
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (inscription), column_chars (cell));
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
  const Column *column = ((const CellData *) user_data)->column;
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

static void
set_factories (GtkColumnView *view)
{
  GListModel *view_columns = gtk_column_view_get_columns (view);
  Widths     *widths = g_object_get_data (G_OBJECT (view), "kp-obec-column-widths");

  for (guint i = 0; i < KP_OBEC_N_SORT_KEYS; i++)
    {
      g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (view_columns, i);
      g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      CellData *setup = g_new0 (CellData, 1);
      CellData *bind = g_new0 (CellData, 1);

      setup->column = bind->column = &columns[i];
      setup->widths = g_rc_box_acquire (widths);
      bind->widths = g_rc_box_acquire (widths);
      g_signal_connect_data (factory, "setup", G_CALLBACK (on_factory_setup_cb), setup,
                             cell_data_free, 0);
      g_signal_connect_data (factory, "bind", G_CALLBACK (on_factory_bind_cb), bind,
                             cell_data_free, 0);
      gtk_column_view_column_set_factory (column, factory);
    }
}

/* The characters the longest text of column @i takes among @obce. */
static guint
measure_column (guint       i,
                GListModel *obce)
{
  const Column *column = &columns[i];
  guint         n = g_list_model_get_n_items (obce);
  guint         chars = 0;
  double        widest = 0;

  for (guint k = 0; k < n; k++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, k);

      if (column->kind == CELL_NUMBER)
        {
          double value = kp_indicator_compute_for_obec (column->indicator, obec);

          if (isfinite (value))
            widest = MAX (widest, fabs (value));
        }
      else
        {
          g_autofree char *text = NULL;

          g_object_get (obec, column->property, &text, NULL);
          if (text != NULL)
            chars = MAX (chars, (guint) g_utf8_strlen (text, -1));
        }
    }
  if (column->kind == CELL_NUMBER)
    {
      g_autofree char *text = kp_indicator_format_number (column->indicator, widest);

      chars = g_utf8_strlen (text, -1);
    }
  /* One character of room: the average character GtkInscription counts in is about as
   * wide as Czech text needs. */
  return MIN (MAX (chars + 1, 4u), 40u);
}

static void
fit_columns (GtkColumnView *view,
             GListModel    *obce)
{
  Widths  *widths = g_object_get_data (G_OBJECT (view), "kp-obec-column-widths");
  gboolean changed = FALSE;

  for (guint i = 0; i < KP_OBEC_N_SORT_KEYS; i++)
    {
      guint chars = g_list_model_get_n_items (obce) > 0 ? measure_column (i, obce) : 0;

      changed |= widths->chars[i] != chars;
      widths->chars[i] = chars;
    }
  /* New factories make the cells again at the new widths. */
  if (changed)
    set_factories (view);
}

static void
on_obce_items_changed_cb (GListModel    *obce,
                          guint          position,
                          guint          removed,
                          guint          added,
                          GtkColumnView *view)
{
  fit_columns (view, obce);
}

void
kp_obec_columns_setup (GtkColumnView *view)
{
  GListModel *view_columns;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  view_columns = gtk_column_view_get_columns (view);
  g_return_if_fail (g_list_model_get_n_items (view_columns) == KP_OBEC_N_SORT_KEYS);
  g_object_set_data_full (G_OBJECT (view), "kp-obec-column-widths", g_rc_box_new0 (Widths),
                          (GDestroyNotify) g_rc_box_release);
  set_factories (view);
  for (guint i = 0; i < KP_OBEC_N_SORT_KEYS; i++)
    {
      g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (view_columns, i);
      g_autoptr (GtkSorter) sorter = kp_obec_sorter_new (i);

      gtk_column_view_column_set_sorter (column, sorter);
      if (columns[i].kind == CELL_NUMBER)
        gtk_column_view_column_set_title (column,
                                          kp_indicator_get_short_name (columns[i].indicator));
    }
}

/**
 * kp_obec_columns_fit:
 * @obce: the #KpObec the table lists (all of them, not only those a search shows)
 *
 * Makes each column as wide as its longest text among @obce needs, and again whenever
 * @obce change, so that no name, status or number is cut; a window too narrow for them all
 * scrolls the table sideways.
 */
void
kp_obec_columns_fit (GtkColumnView *view,
                     GListModel    *obce)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  g_return_if_fail (G_IS_LIST_MODEL (obce));
  g_return_if_fail (g_object_get_data (G_OBJECT (view), "kp-obec-column-widths") != NULL);

  fit_columns (view, obce);
  g_signal_connect_object (obce, "items-changed", G_CALLBACK (on_obce_items_changed_cb), view, 0);
}
