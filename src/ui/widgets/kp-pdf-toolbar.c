/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-pdf-toolbar.h"
#include "kp-key-names.h"
#include "kp-czech.h"

struct _KpPdfToolbar
{
  GtkBox parent_instance;

  GtkWidget *page_entry;
  GtkWidget *n_pages_label;
  GtkWidget *zoom_label;
  int        n_pages;
};

G_DEFINE_FINAL_TYPE (KpPdfToolbar, kp_pdf_toolbar, GTK_TYPE_BOX)

enum
{
  SIGNAL_PAGE_ENTERED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
tool_button (const char *icon_name,
             const char *tooltip,
             const char *action_name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
on_page_entry_activate_cb (KpPdfToolbar *self)
{
  guint64 n = 0;

  if (!g_ascii_string_to_unsigned (gtk_editable_get_text (GTK_EDITABLE (self->page_entry)), 10,
                                   1, MAX (1, self->n_pages), &n, NULL))
    n = 0;
  g_signal_emit (self, signals[SIGNAL_PAGE_ENTERED], 0, (int) n - 1);
}

static void
kp_pdf_toolbar_class_init (KpPdfToolbarClass *klass)
{
  signals[SIGNAL_PAGE_ENTERED] = g_signal_new ("page-entered", G_TYPE_FROM_CLASS (klass),
                                               G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                               G_TYPE_NONE, 1, G_TYPE_INT);
}

static void
kp_pdf_toolbar_init (KpPdfToolbar *self)
{
  GtkBox          *box = GTK_BOX (self);
  GtkWidget       *label;
  GtkWidget       *spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  g_autofree char *page_up = NULL;
  g_autofree char *page_down = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *next = NULL;

  gtk_box_set_spacing (box, 4);
  gtk_widget_set_margin_start (GTK_WIDGET (self), 8);
  gtk_widget_set_margin_end (GTK_WIDGET (self), 8);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 4);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 4);

  page_up = kp_key_name (GDK_KEY_Page_Up, 0);
  page_down = kp_key_name (GDK_KEY_Page_Down, 0);
  /* Translators: a tooltip; %s is the key, "PgUp" */
  previous = g_strdup_printf (_ ("Previous Page (%s)"), page_up);
  /* Translators: a tooltip; %s is the key, "PgDn" */
  next = g_strdup_printf (_ ("Next Page (%s)"), page_down);
  gtk_box_append (box, tool_button ("go-up-symbolic", previous, "preview.previous-page"));
  gtk_box_append (box, tool_button ("go-down-symbolic", next, "preview.next-page"));
  label = gtk_label_new_with_mnemonic (_ ("Pa_ge"));
  self->page_entry = gtk_entry_new ();
  gtk_widget_set_name (self->page_entry, "preview-page-entry");
  gtk_editable_set_width_chars (GTK_EDITABLE (self->page_entry), 3);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (self->page_entry), 4);
  gtk_entry_set_input_purpose (GTK_ENTRY (self->page_entry), GTK_INPUT_PURPOSE_DIGITS);
  gtk_entry_set_alignment (GTK_ENTRY (self->page_entry), 1.0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), self->page_entry);
  g_signal_connect_swapped (self->page_entry, "activate", G_CALLBACK (on_page_entry_activate_cb),
                            self);
  self->n_pages_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->n_pages_label, "numeric");
  gtk_box_append (box, label);
  gtk_box_append (box, self->page_entry);
  gtk_box_append (box, self->n_pages_label);

  gtk_widget_set_hexpand (spacer, TRUE);
  gtk_box_append (box, spacer);
  gtk_box_append (box, tool_button ("zoom-out-symbolic", _ ("Zoom Out (Ctrl+−)"),
                                    "preview.zoom-out"));
  self->zoom_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->zoom_label, "numeric");
  gtk_label_set_width_chars (GTK_LABEL (self->zoom_label), 6);
  gtk_box_append (box, self->zoom_label);
  gtk_box_append (box, tool_button ("zoom-in-symbolic", _ ("Zoom In (Ctrl++)"),
                                    "preview.zoom-in"));
  gtk_box_append (box, tool_button ("zoom-fit-best-symbolic", _ ("Fit Width (Ctrl+0)"),
                                    "preview.fit-width"));
}

GtkWidget *
kp_pdf_toolbar_new (void)
{
  return g_object_new (KP_TYPE_PDF_TOOLBAR, "orientation", GTK_ORIENTATION_HORIZONTAL, NULL);
}

/* "of N" after the entry; 0 (no document) empties the entry and the label. */
void
kp_pdf_toolbar_set_n_pages (KpPdfToolbar *self,
                            int           n_pages)
{
  g_autofree char *of = NULL;

  g_return_if_fail (KP_IS_PDF_TOOLBAR (self));
  self->n_pages = MAX (n_pages, 0);
  if (self->n_pages == 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->page_entry), "");
      gtk_label_set_text (GTK_LABEL (self->n_pages_label), "");
      return;
    }
  /* Translators: after the page number entry, "of 12" pages */
  of = g_strdup_printf (_ ("of %d"), self->n_pages);
  gtk_label_set_text (GTK_LABEL (self->n_pages_label), of);
}

/* Shows page @index (0-based) in the entry, unless the user is typing there. */
void
kp_pdf_toolbar_set_current_page (KpPdfToolbar *self,
                                 int           index)
{
  g_autofree char *text = NULL;

  g_return_if_fail (KP_IS_PDF_TOOLBAR (self));
  if (self->n_pages == 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->page_entry), "");
      return;
    }
  text = g_strdup_printf ("%d", index + 1);
  if (!gtk_widget_has_focus (self->page_entry) &&
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->page_entry)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->page_entry), text);
}

void
kp_pdf_toolbar_set_zoom (KpPdfToolbar *self,
                         double        zoom)
{
  g_autofree char *percent = kp_czech_format_percent (zoom * 100, 0);

  g_return_if_fail (KP_IS_PDF_TOOLBAR (self));
  gtk_label_set_text (GTK_LABEL (self->zoom_label), percent);
}
