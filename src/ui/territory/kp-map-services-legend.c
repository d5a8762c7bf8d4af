/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-map-services-legend.h"
#include "kp-map-builder.h"

struct _KpMapServicesLegend
{
  GtkBox parent_instance;

  GtkWidget *area_entry;
};

G_DEFINE_FINAL_TYPE (KpMapServicesLegend, kp_map_services_legend, GTK_TYPE_BOX)

/* A symbol in @colour and a plain text (escaped: the texts are translations). */
static GtkWidget *
add_entry (KpMapServicesLegend *self,
           const KpMapColour   *colour,
           const char          *symbol,
           const char          *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *markup = g_strdup_printf ("<span foreground=\"#%02x%02x%02x\">%s</span> %s",
                                             (guint) (colour->red * 255),
                                             (guint) (colour->green * 255),
                                             (guint) (colour->blue * 255), symbol, escaped);
  GtkWidget       *entry = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (entry), markup);
  gtk_label_set_xalign (GTK_LABEL (entry), 0);
  gtk_box_append (GTK_BOX (self), entry);
  return entry;
}

static void
kp_map_services_legend_class_init (KpMapServicesLegendClass *klass)
{
}

static void
kp_map_services_legend_init (KpMapServicesLegend *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 2);
  gtk_widget_add_css_class (GTK_WIDGET (self), "kp-map-legend");
  for (guint g = 0; g < KP_MAP_N_SERVICE_GROUPS; g++)
    add_entry (self, kp_map_service_group_get_colour (g), "●", kp_map_service_group_get_label (g));
  self->area_entry = add_entry (self, kp_map_builder_get_coverage_colour (), "▢",
                                _ ("Area of the chosen service"));
  gtk_widget_set_visible (self->area_entry, FALSE);
}

GtkWidget *
kp_map_services_legend_new (void)
{
  return g_object_new (KP_TYPE_MAP_SERVICES_LEGEND, NULL);
}

void
kp_map_services_legend_set_show_area (KpMapServicesLegend *self,
                                      gboolean             show)
{
  g_return_if_fail (KP_IS_MAP_SERVICES_LEGEND (self));
  gtk_widget_set_visible (self->area_entry, show);
}
