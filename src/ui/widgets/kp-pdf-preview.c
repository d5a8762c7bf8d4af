/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-pdf-preview.h"
#include "kp-pdf-preview-private.h"
#include "kp-pdf-toolbar.h"

#include <math.h>

/* The widget side of the preview: a KpPdfToolbar over a scrolled list of pictures, one a
 * page, sized by the zoom; the pages in view are asked of a KpPdfPageRenderer, which renders
 * them in a worker thread and keeps their textures. */

#define MIN_ZOOM   0.25
#define MAX_ZOOM   4.0
#define ZOOM_STEP  1.2
#define MAX_CACHED 12

G_DEFINE_FINAL_TYPE (KpPdfPreview, kp_pdf_preview, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_N_PAGES,
  PROP_ZOOM,
  PROP_FIT_WIDTH,
  N_PROPS
};

enum
{
  SIGNAL_PAGE_RENDERED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static void
on_renderer_page_rendered_cb (KpPdfPreview *self,
                              int           index)
{
  gtk_picture_set_paintable (GTK_PICTURE (kp_pdf_preview_picture_at (self, index)),
                             GDK_PAINTABLE (kp_pdf_page_renderer_get_texture (self->renderer, index)));
  g_signal_emit (self, signals[SIGNAL_PAGE_RENDERED], 0, index);
}

static void
on_renderer_page_evicted_cb (KpPdfPreview *self,
                             int           index)
{
  gtk_picture_set_paintable (GTK_PICTURE (kp_pdf_preview_picture_at (self, index)), NULL);
}

static void
apply_zoom (KpPdfPreview *self)
{
  for (guint i = 0; i < self->pictures->len; i++)
    {
      double w, h;

      kp_pdf_page_renderer_get_page_size (self->renderer, i, &w, &h);
      gtk_widget_set_size_request (kp_pdf_preview_picture_at (self, i), (int) round (w * self->zoom),
                                   (int) round (h * self->zoom));
    }
  kp_pdf_toolbar_set_zoom (KP_PDF_TOOLBAR (self->toolbar), self->zoom);
  kp_pdf_preview_schedule_update (self);
}

static double
fit_width_zoom (KpPdfPreview *self)
{
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
  double         available = gtk_adjustment_get_page_size (h) - 2 * KP_PDF_PREVIEW_PAGE_GAP;
  double         widest = 0;

  for (guint i = 0; i < self->pictures->len; i++)
    {
      double w;

      kp_pdf_page_renderer_get_page_size (self->renderer, i, &w, NULL);
      widest = MAX (widest, w);
    }
  if (widest <= 0 || available <= 0)
    return self->zoom;
  return CLAMP (available / widest, MIN_ZOOM, MAX_ZOOM);
}

static void
change_zoom (KpPdfPreview *self,
             double        zoom,
             gboolean      fit_width)
{
  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  if (self->fit_width != fit_width)
    {
      self->fit_width = fit_width;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT_WIDTH]);
    }
  if (fabs (zoom - self->zoom) < 1e-3)
    return;
  /* a page asked for and not reached yet stays the one to show */
  if (self->pictures->len > 0 && self->anchor_page < 0)
    self->anchor_page = kp_pdf_preview_get_current_page (self);
  self->zoom = zoom;
  apply_zoom (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static gboolean
refit (gpointer user_data)
{
  KpPdfPreview *self = user_data;

  self->fit_id = 0;
  if (self->fit_width)
    change_zoom (self, fit_width_zoom (self), TRUE);
  return G_SOURCE_REMOVE;
}

/* The width of the view changed. It changes while GTK allocates the widgets, when the size
 * of the pages must not change, so they are refitted just after. */
static void
on_hadjustment_changed_cb (KpPdfPreview *self)
{
  if (self->fit_width && self->fit_id == 0)
    self->fit_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refit, self, NULL);
}

static void
on_vadjustment_changed_cb (KpPdfPreview *self)
{
  kp_pdf_preview_schedule_update (self);
}

static gboolean
on_scroll_cb (GtkEventControllerScroll *controller,
              double                    dx,
              double                    dy,
              KpPdfPreview             *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if ((state & GDK_CONTROL_MASK) == 0 || dy == 0)
    return FALSE;
  change_zoom (self, dy < 0 ? self->zoom * ZOOM_STEP : self->zoom / ZOOM_STEP, FALSE);
  return TRUE;
}

/* @index: the page typed in the toolbar's entry, or -1 for no page */
static void
on_toolbar_page_entered_cb (KpPdfPreview *self,
                            int           index)
{
  if (index >= 0)
    kp_pdf_preview_go_to_page (self, index);
  else
    kp_pdf_preview_update_page_label (self);
  gtk_widget_grab_focus (self->scrolled);
}

/* preview.zoom-in and preview.zoom-out */
static void
preview_zoom_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KpPdfPreview *self = KP_PDF_PREVIEW (widget);
  double        step = g_str_equal (action_name, "preview.zoom-in") ? ZOOM_STEP : 1 / ZOOM_STEP;

  change_zoom (self, self->zoom * step, FALSE);
}

static void
preview_fit_width_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  kp_pdf_preview_set_fit_width (KP_PDF_PREVIEW (widget), TRUE);
}

/* preview.next-page and preview.previous-page */
static void
preview_go_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KpPdfPreview *self = KP_PDF_PREVIEW (widget);
  int           step = g_str_equal (action_name, "preview.next-page") ? 1 : -1;

  kp_pdf_preview_go_to_page (self, kp_pdf_preview_get_current_page (self) + step);
}

static void
kp_pdf_preview_dispose (GObject *object)
{
  KpPdfPreview *self = KP_PDF_PREVIEW (object);

  if (self->renderer != NULL)
    g_signal_handlers_disconnect_by_data (self->renderer, self);
  g_clear_object (&self->renderer);
  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_handle_id (&self->fit_id, g_source_remove);
  g_clear_pointer (&self->toolbar, gtk_widget_unparent);
  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  G_OBJECT_CLASS (kp_pdf_preview_parent_class)->dispose (object);
}

static void
kp_pdf_preview_finalize (GObject *object)
{
  KpPdfPreview *self = KP_PDF_PREVIEW (object);

  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_ptr_array_unref (self->pictures);
  G_OBJECT_CLASS (kp_pdf_preview_parent_class)->finalize (object);
}

static void
kp_pdf_preview_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KpPdfPreview *self = KP_PDF_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_N_PAGES:
      g_value_set_int (value, kp_pdf_preview_get_n_pages (self));
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_FIT_WIDTH:
      g_value_set_boolean (value, self->fit_width);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_pdf_preview_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KpPdfPreview *self = KP_PDF_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      kp_pdf_preview_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_FIT_WIDTH:
      kp_pdf_preview_set_fit_width (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_pdf_preview_class_init (KpPdfPreviewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_pdf_preview_dispose;
  object_class->finalize = kp_pdf_preview_finalize;
  object_class->get_property = kp_pdf_preview_get_property;
  object_class->set_property = kp_pdf_preview_set_property;

  properties[PROP_N_PAGES] = g_param_spec_int ("n-pages", NULL, NULL, 0, G_MAXINT, 0,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] = g_param_spec_double ("zoom", NULL, NULL, MIN_ZOOM, MAX_ZOOM, 1.0,
                                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                   G_PARAM_STATIC_STRINGS);
  properties[PROP_FIT_WIDTH] = g_param_spec_boolean ("fit-width", NULL, NULL, TRUE,
                                                     G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                         G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_PAGE_RENDERED] = g_signal_new ("page-rendered", G_TYPE_FROM_CLASS (klass),
                                                G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "kp-pdf-preview");
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, preview_zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, preview_zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.fit-width", NULL, preview_fit_width_action);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, preview_go_action);
  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL,
                                   preview_go_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "preview.fit-width", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "preview.next-page",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "preview.previous-page",
                                       NULL);
}

static void
kp_pdf_preview_init (KpPdfPreview *self)
{
  GtkEventController *scroll;
  GtkWidget          *viewport_child;

  self->pictures = g_ptr_array_new ();
  self->renderer = kp_pdf_page_renderer_new (MAX_CACHED);
  g_signal_connect_swapped (self->renderer, "page-rendered",
                            G_CALLBACK (on_renderer_page_rendered_cb), self);
  g_signal_connect_swapped (self->renderer, "page-evicted", G_CALLBACK (on_renderer_page_evicted_cb),
                            self);
  self->zoom = 1.0;
  self->fit_width = TRUE;
  self->anchor_page = -1;
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  self->toolbar = kp_pdf_toolbar_new ();
  g_signal_connect_swapped (self->toolbar, "page-entered", G_CALLBACK (on_toolbar_page_entered_cb),
                            self);
  gtk_widget_set_parent (self->toolbar, GTK_WIDGET (self));

  self->scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_name (self->scrolled, "preview-scrolled");
  gtk_widget_set_vexpand (self->scrolled, TRUE);
  gtk_widget_set_hexpand (self->scrolled, TRUE);
  self->pages_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, KP_PDF_PREVIEW_PAGE_GAP);
  gtk_widget_set_margin_top (self->pages_box, KP_PDF_PREVIEW_PAGE_GAP);
  gtk_widget_set_margin_bottom (self->pages_box, KP_PDF_PREVIEW_PAGE_GAP);
  gtk_widget_set_margin_start (self->pages_box, KP_PDF_PREVIEW_PAGE_GAP);
  gtk_widget_set_margin_end (self->pages_box, KP_PDF_PREVIEW_PAGE_GAP);
  gtk_widget_set_halign (self->pages_box, GTK_ALIGN_CENTER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), self->pages_box);
  viewport_child = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (self->scrolled));
  gtk_widget_set_focusable (viewport_child, TRUE);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));

  g_signal_connect_object (kp_pdf_preview_vadjustment (self), "value-changed",
                           G_CALLBACK (on_vadjustment_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (kp_pdf_preview_vadjustment (self), "changed", G_CALLBACK (on_vadjustment_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scrolled)),
                           "changed", G_CALLBACK (on_hadjustment_changed_cb), self,
                           G_CONNECT_SWAPPED);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (self->scrolled, scroll);
  apply_zoom (self);
}

GtkWidget *
kp_pdf_preview_new (void)
{
  return g_object_new (KP_TYPE_PDF_PREVIEW, NULL);
}

static void
clear_pages (KpPdfPreview *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->pages_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->pages_box), child);
  g_ptr_array_set_size (self->pictures, 0);
}

/**
 * kp_pdf_preview_set_bytes:
 *
 * Shows the PDF in @pdf. Pages already shown stay until their new rendering arrives, so a
 * document that changes a little does not flicker.
 *
 * Returns: %FALSE with @error set when Poppler cannot read @pdf (the preview is emptied)
 */
gboolean
kp_pdf_preview_set_bytes (KpPdfPreview *self,
                          GBytes       *pdf,
                          GError      **error)
{
  int n, current;

  g_return_val_if_fail (KP_IS_PDF_PREVIEW (self), FALSE);

  current = self->anchor_page >= 0    ? self->anchor_page
            : self->pictures->len > 0 ? kp_pdf_preview_get_current_page (self)
                                      : 0;
  g_clear_pointer (&self->bytes, g_bytes_unref);
  if (!kp_pdf_page_renderer_load (self->renderer, pdf, error) || pdf == NULL)
    {
      clear_pages (self);
      kp_pdf_toolbar_set_n_pages (KP_PDF_TOOLBAR (self->toolbar), 0);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
      return pdf == NULL;
    }
  self->bytes = g_bytes_ref (pdf);
  n = kp_pdf_page_renderer_get_n_pages (self->renderer);

  /* Reuse the page widgets (and their old textures until the new ones come). */
  while ((int) self->pictures->len > n)
    {
      gtk_box_remove (GTK_BOX (self->pages_box), kp_pdf_preview_picture_at (self, self->pictures->len - 1));
      g_ptr_array_set_size (self->pictures, self->pictures->len - 1);
    }
  while ((int) self->pictures->len < n)
    {
      GtkWidget *picture = gtk_picture_new ();

      gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
      gtk_picture_set_content_fit (GTK_PICTURE (picture), GTK_CONTENT_FIT_FILL);
      gtk_widget_set_halign (picture, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (picture, "card");
      gtk_box_append (GTK_BOX (self->pages_box), picture);
      g_ptr_array_add (self->pictures, picture);
    }
  kp_pdf_toolbar_set_n_pages (KP_PDF_TOOLBAR (self->toolbar), n);
  self->anchor_page = MIN (current, n - 1);
  if (self->fit_width)
    self->zoom = fit_width_zoom (self);
  apply_zoom (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
  return TRUE;
}

/* Returns: (transfer none) (nullable): the PDF shown */
GBytes *
kp_pdf_preview_get_bytes (KpPdfPreview *self)
{
  g_return_val_if_fail (KP_IS_PDF_PREVIEW (self), NULL);
  return self->bytes;
}

int
kp_pdf_preview_get_n_pages (KpPdfPreview *self)
{
  g_return_val_if_fail (KP_IS_PDF_PREVIEW (self), 0);
  return kp_pdf_page_renderer_get_n_pages (self->renderer);
}

/**
 * kp_pdf_preview_get_page_paintable:
 *
 * Returns: (transfer none) (nullable): the rendering of page @index, when it has one
 */
GdkPaintable *
kp_pdf_preview_get_page_paintable (KpPdfPreview *self,
                                   int           index)
{
  g_return_val_if_fail (KP_IS_PDF_PREVIEW (self), NULL);
  if (index < 0 || index >= (int) self->pictures->len ||
      !kp_pdf_page_renderer_is_rendered (self->renderer, index))
    return NULL;
  return gtk_picture_get_paintable (GTK_PICTURE (kp_pdf_preview_picture_at (self, index)));
}

double
kp_pdf_preview_get_zoom (KpPdfPreview *self)
{
  g_return_val_if_fail (KP_IS_PDF_PREVIEW (self), 1.0);
  return self->zoom;
}

void
kp_pdf_preview_set_zoom (KpPdfPreview *self,
                         double        zoom)
{
  g_return_if_fail (KP_IS_PDF_PREVIEW (self));
  change_zoom (self, zoom, FALSE);
}

gboolean
kp_pdf_preview_get_fit_width (KpPdfPreview *self)
{
  g_return_val_if_fail (KP_IS_PDF_PREVIEW (self), FALSE);
  return self->fit_width;
}

void
kp_pdf_preview_set_fit_width (KpPdfPreview *self,
                              gboolean      fit_width)
{
  g_return_if_fail (KP_IS_PDF_PREVIEW (self));
  if (fit_width)
    change_zoom (self, fit_width_zoom (self), TRUE);
  else if (self->fit_width)
    {
      self->fit_width = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT_WIDTH]);
    }
}
