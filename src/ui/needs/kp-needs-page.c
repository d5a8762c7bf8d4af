/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-needs-page.h"
#include "kp-needs-charts-panel.h"
#include "kp-needs-coverage-panel.h"
#include "kp-needs-findings-panel.h"
#include "kp-needs-obce-panel.h"
#include "kp-needs-profile-panel.h"
#include "kp-needs-surveys-panel.h"
#include "kp-needs-swot-panel.h"

struct _KpNeedsPage
{
  AdwBin parent_instance;

  KpProject *project;
  KpLibrary *library;

  AdwLeaflet *leaflet;
  GtkStack   *stack;
};

G_DEFINE_FINAL_TYPE (KpNeedsPage, kp_needs_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_PROJECT,
  PROP_LIBRARY,
  N_PROPS
};

enum
{
  SIGNAL_TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

/* The panels in the sidebar's order: what a planner does first comes first. */
static const struct
{
  const char *name;
  const char *title;
  GtkWidget *(*create) (KpProject *project);
} panels[] = {
  { "profile", N_ ("Indicator Profile"), kp_needs_profile_panel_new },
  { "obce", N_ ("Obce"), kp_needs_obce_panel_new },
  { "coverage", N_ ("Coverage of Services"), kp_needs_coverage_panel_new },
  { "charts", N_ ("Charts"), kp_needs_charts_panel_new },
  { "surveys", N_ ("Surveys"), kp_needs_surveys_panel_new },
  { "findings", N_ ("Findings"), kp_needs_findings_panel_new },
  { "swot", N_ ("SWOT"), kp_needs_swot_panel_new },
};

static void
on_stack_child_notify_cb (KpNeedsPage *self)
{
  /* Folded, choosing a panel shows it. */
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
kp_needs_page_constructed (GObject *object)
{
  KpNeedsPage *self = KP_NEEDS_PAGE (object);

  G_OBJECT_CLASS (kp_needs_page_parent_class)->constructed (object);
  g_return_if_fail (KP_IS_PROJECT (self->project));

  for (guint i = 0; i < G_N_ELEMENTS (panels); i++)
    gtk_stack_add_titled (self->stack, panels[i].create (self->project), panels[i].name,
                          _ (panels[i].title));
  gtk_stack_set_visible_child_name (self->stack, panels[0].name);
  g_signal_connect_object (self->stack, "notify::visible-child",
                           G_CALLBACK (on_stack_child_notify_cb), self, G_CONNECT_SWAPPED);
}

static void
kp_needs_page_dispose (GObject *object)
{
  KpNeedsPage *self = KP_NEEDS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_NEEDS_PAGE);
  g_clear_object (&self->project);
  g_clear_object (&self->library);
  G_OBJECT_CLASS (kp_needs_page_parent_class)->dispose (object);
}

static void
kp_needs_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KpNeedsPage *self = KP_NEEDS_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_needs_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KpNeedsPage *self = KP_NEEDS_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    case PROP_LIBRARY:
      kp_needs_page_set_library (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_needs_page_class_init (KpNeedsPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kp_needs_page_constructed;
  object_class->dispose = kp_needs_page_dispose;
  object_class->get_property = kp_needs_page_get_property;
  object_class->set_property = kp_needs_page_set_property;

  properties[PROP_PROJECT] =
      g_param_spec_object ("project", NULL, NULL, KP_TYPE_PROJECT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LIBRARY] =
      g_param_spec_object ("library", NULL, NULL, KP_TYPE_LIBRARY,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                        NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/needs/kp-needs-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KpNeedsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KpNeedsPage, stack);
}

static void
kp_needs_page_init (KpNeedsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kp_needs_page_new (KpProject *project,
                   KpLibrary *library)
{
  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (library == NULL || KP_IS_LIBRARY (library), NULL);
  return g_object_new (KP_TYPE_NEEDS_PAGE, "project", project, "library", library, NULL);
}

KpProject *
kp_needs_page_get_project (KpNeedsPage *self)
{
  g_return_val_if_fail (KP_IS_NEEDS_PAGE (self), NULL);
  return self->project;
}

KpLibrary *
kp_needs_page_get_library (KpNeedsPage *self)
{
  g_return_val_if_fail (KP_IS_NEEDS_PAGE (self), NULL);
  return self->library;
}

void
kp_needs_page_set_library (KpNeedsPage *self,
                           KpLibrary   *library)
{
  g_return_if_fail (KP_IS_NEEDS_PAGE (self));
  g_return_if_fail (library == NULL || KP_IS_LIBRARY (library));
  if (g_set_object (&self->library, library))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIBRARY]);
}

void
kp_needs_page_show_panel (KpNeedsPage *self,
                          const char  *name)
{
  g_return_if_fail (KP_IS_NEEDS_PAGE (self));
  gtk_stack_set_visible_child_name (self->stack, name);
}

void
kp_needs_page_toast (KpNeedsPage *self,
                     const char  *message)
{
  g_return_if_fail (KP_IS_NEEDS_PAGE (self));
  g_signal_emit (self, signals[SIGNAL_TOAST], 0, message);
}
