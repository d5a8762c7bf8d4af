/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-window.h"

struct _KpWindow
{
  AdwApplicationWindow parent_instance;

  AdwHeaderBar    *header_bar;
  AdwWindowTitle  *window_title;
  AdwToastOverlay *toast_overlay;
};

G_DEFINE_FINAL_TYPE (KpWindow, kp_window, ADW_TYPE_APPLICATION_WINDOW)

static void
kp_window_class_init (KpWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/cz/komplan/Komplan/ui/kp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KpWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, toast_overlay);
}

static void
kp_window_init (KpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

KpWindow *
kp_window_new (KpApplication *application)
{
  return g_object_new (KP_TYPE_WINDOW, "application", application, NULL);
}
