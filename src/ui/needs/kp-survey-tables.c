/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-survey-tables.h"
#include "kp-czech.h"
#include "kp-needs-common.h"

#include <math.h>

static GtkGrid *
table_new (const char *name)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_widget_set_name (grid, name);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_widget_add_css_class (grid, "kp-survey-table");
  return GTK_GRID (grid);
}

static void
attach (GtkGrid    *grid,
        const char *text,
        int         column,
        int         row,
        float       xalign,
        const char *css_class)
{
  GtkWidget *label = kp_needs_ui_label (text, xalign, css_class);

  if (xalign == 0.0f)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_widget_set_hexpand (label, column == 0);
    }
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

static void
attach_count (GtkGrid *grid,
              guint    count,
              int      column,
              int      row)
{
  g_autofree char *text = kp_czech_format_int (count);

  attach (grid, text, column, row, 1.0f, "numeric");
}

static void
attach_percent (GtkGrid *grid,
                double   percent,
                int      column,
                int      row)
{
  g_autofree char *text = isnan (percent) ? g_strdup ("–") : kp_czech_format_percent (percent, 1);

  attach (grid, text, column, row, 1.0f, "numeric");
}

GtkWidget *
kp_survey_frequency_table (const KpQuestionResult *result)
{
  GtkGrid *grid = table_new ("survey-frequencies");
  int      row = 1;

  g_return_val_if_fail (result != NULL, NULL);

  attach (grid, result->type == KP_QUESTION_TEXT ? _ ("Category") : _ ("Answer"), 0, 0, 0.0f,
          "heading");
  attach (grid, _ ("Count"), 1, 0, 1.0f, "heading");
  /* xgettext:no-c-format */
  attach (grid, _ ("% of valid answers"), 2, 0, 1.0f, "heading");
  for (guint i = 0; i < result->answers->len; i++, row++)
    {
      const KpAnswerCount *answer = g_ptr_array_index (result->answers, i);

      attach (grid, answer->label, 0, row, 0.0f, NULL);
      attach_count (grid, answer->count, 1, row);
      attach_percent (grid, answer->percent, 2, row);
    }
  /* Translators: the number of valid answers in a frequency table */
  attach (grid, _ ("Valid answers (n)"), 0, row, 0.0f, "heading");
  attach_count (grid, result->valid, 1, row);
  row++;
  attach (grid, _ ("No answer"), 0, row, 0.0f, "dim-label");
  attach_count (grid, result->missing, 1, row);
  return GTK_WIDGET (grid);
}

GtkWidget *
kp_survey_cross_tab_table (const KpCrossTab *table)
{
  GtkGrid *grid = table_new ("survey-cross-tab");

  g_return_val_if_fail (table != NULL, NULL);

  for (guint c = 0; c < table->n_columns; c++)
    attach (grid, table->columns[c], (int) c + 1, 0, 1.0f, "heading");
  attach (grid, _ ("n"), (int) table->n_columns + 1, 0, 1.0f, "heading");
  for (guint r = 0; r < table->n_rows; r++)
    {
      attach (grid, table->rows[r], 0, (int) r + 1, 0.0f, NULL);
      for (guint c = 0; c < table->n_columns; c++)
        {
          guint            count = table->counts[r * table->n_columns + c];
          guint            total = table->row_totals[r];
          g_autofree char *percent =
              total > 0 ? kp_czech_format_percent (100.0 * count / total, 0) : g_strdup ("–");
          g_autofree char *text = g_strdup_printf ("%u (%s)", count, percent);

          attach (grid, text, (int) c + 1, (int) r + 1, 1.0f, "numeric");
        }
      attach_count (grid, table->row_totals[r], (int) table->n_columns + 1, (int) r + 1);
    }
  attach (grid, _ ("Total"), 0, (int) table->n_rows + 1, 0.0f, "heading");
  for (guint c = 0; c < table->n_columns; c++)
    {
      guint            count = table->column_totals[c];
      g_autofree char *percent = table->total > 0
                                     ? kp_czech_format_percent (100.0 * count / table->total, 0)
                                     : g_strdup ("–");
      g_autofree char *text = g_strdup_printf ("%u (%s)", count, percent);

      attach (grid, text, (int) c + 1, (int) table->n_rows + 1, 1.0f, "heading");
    }
  attach_count (grid, table->total, (int) table->n_columns + 1, (int) table->n_rows + 1);
  return GTK_WIDGET (grid);
}
