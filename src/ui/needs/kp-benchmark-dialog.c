/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-benchmark-dialog.h"
#include "kp-czech.h"

#include <math.h>

struct _KpBenchmarkDialog
{
  AdwWindow parent_instance;

  KpNeeds *needs;
  char    *key;

  AdwPreferencesGroup *definition_group;
  GtkLabel            *definition_label;
  AdwEntryRow         *value_row;
  AdwComboRow         *direction_row;
  AdwEntryRow         *source_row;
  GtkSpinButton       *year_spin;
  GtkLabel            *error_label;
  GtkWidget           *remove_button;
};

G_DEFINE_FINAL_TYPE (KpBenchmarkDialog, kp_benchmark_dialog, ADW_TYPE_WINDOW)

static void
show_error (KpBenchmarkDialog *self,
            const char        *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/* "12,5" or "12.5", with spaces between thousands. */
static double
parse_value (const char *text)
{
  g_autofree char *copy = g_strdup (text);
  char            *w = copy, *end = NULL;
  double           value;

  for (const char *r = text; *r != '\0'; r++)
    if (*r != ' ' && (guchar) *r != 0xc2 && (guchar) *r != 0xa0)
      *w++ = *r == ',' ? '.' : *r;
  *w = '\0';
  value = g_ascii_strtod (copy, &end);
  return end != copy && *end == '\0' ? value : NAN;
}

static void
on_save_clicked_cb (KpBenchmarkDialog *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpBenchmark) benchmark = NULL;
  double value = parse_value (gtk_editable_get_text (GTK_EDITABLE (self->value_row)));

  if (isnan (value))
    {
      show_error (self, _ ("The value must be a number, such as 12,5"));
      return;
    }
  benchmark = kp_benchmark_new (self->key, value,
                                gtk_editable_get_text (GTK_EDITABLE (self->source_row)),
                                gtk_spin_button_get_value_as_int (self->year_spin),
                                adw_combo_row_get_selected (self->direction_row) == 1
                                    ? KP_INDICATOR_BETTER_LOWER
                                    : KP_INDICATOR_BETTER_HIGHER);
  if (!kp_needs_set_benchmark (self->needs, benchmark, &error))
    {
      show_error (self, error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_remove_clicked_cb (KpBenchmarkDialog *self)
{
  g_autoptr (GError) error = NULL;

  if (!kp_needs_remove_benchmark (self->needs, self->key, &error))
    {
      show_error (self, error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
kp_benchmark_dialog_dispose (GObject *object)
{
  KpBenchmarkDialog *self = KP_BENCHMARK_DIALOG (object);

  g_clear_object (&self->needs);
  g_clear_pointer (&self->key, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_BENCHMARK_DIALOG);
  G_OBJECT_CLASS (kp_benchmark_dialog_parent_class)->dispose (object);
}

static void
kp_benchmark_dialog_class_init (KpBenchmarkDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_benchmark_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/needs/kp-benchmark-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KpBenchmarkDialog, definition_group);
  gtk_widget_class_bind_template_child (widget_class, KpBenchmarkDialog, definition_label);
  gtk_widget_class_bind_template_child (widget_class, KpBenchmarkDialog, value_row);
  gtk_widget_class_bind_template_child (widget_class, KpBenchmarkDialog, direction_row);
  gtk_widget_class_bind_template_child (widget_class, KpBenchmarkDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, KpBenchmarkDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, KpBenchmarkDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, KpBenchmarkDialog, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
}

static void
kp_benchmark_dialog_init (KpBenchmarkDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kp_benchmark_dialog_new (GtkWindow        *parent,
                         KpNeeds          *needs,
                         const char       *key,
                         const char       *name,
                         const char       *formula,
                         const char       *unit,
                         const char       *source,
                         const char       *value_text,
                         KpIndicatorBetter better)
{
  KpBenchmarkDialog *self;
  const KpBenchmark *benchmark;
  g_autoptr (GString) text = g_string_new (NULL);

  g_return_val_if_fail (KP_IS_NEEDS (needs), NULL);
  g_return_val_if_fail (key != NULL && name != NULL, NULL);

  self = g_object_new (KP_TYPE_BENCHMARK_DIALOG, "transient-for", parent, NULL);
  self->needs = g_object_ref (needs);
  self->key = g_strdup (key);
  /* Plain text in a label: names and sources are never markup. */
  adw_preferences_group_set_title (self->definition_group, NULL);
  gtk_window_set_title (GTK_WINDOW (self), name);
  g_string_append (text, name);
  if (value_text != NULL)
    /* Translators: the territory's value of an indicator in its dialog */
    g_string_append_printf (text, "\n%s %s", _ ("Territory:"), value_text);
  if (formula != NULL)
    g_string_append_printf (text, "\n%s %s", _ ("Formula:"), formula);
  if (unit != NULL)
    g_string_append_printf (text, "\n%s %s", _ ("Unit:"), unit);
  if (source != NULL)
    g_string_append_printf (text, "\n%s %s", _ ("Source:"), source);
  gtk_label_set_text (self->definition_label, text->str);

  benchmark = kp_needs_get_benchmark (needs, key);
  adw_combo_row_set_selected (self->direction_row,
                              (benchmark != NULL ? benchmark->better : better) ==
                                      KP_INDICATOR_BETTER_LOWER
                                  ? 1
                                  : 0);
  gtk_widget_set_sensitive (self->remove_button, benchmark != NULL);
  if (benchmark != NULL)
    {
      g_autofree char *value = kp_czech_format_double (benchmark->value, 2);

      gtk_editable_set_text (GTK_EDITABLE (self->value_row), value);
      gtk_editable_set_text (GTK_EDITABLE (self->source_row),
                             benchmark->source != NULL ? benchmark->source : "");
      gtk_spin_button_set_value (self->year_spin, benchmark->year);
    }
  return GTK_WIDGET (self);
}
