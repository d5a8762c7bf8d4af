/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-map-canvas.h"

#include <math.h>

/* Panning reuses the painter's kept rendering: the centre only ever moves by whole pixels
 * during a drag or an arrow key, so each frame moves the old image and draws the exposed
 * strips (kp_map_painter_draw_cached()); when the drag ends the labels are placed anew.
 * Zooming changes the scale, which draws the whole map; a project's map (tens to a few
 * hundred obce) takes a few milliseconds. */

#define FIT_MARGIN   24.0
#define KEY_STEP     64.0
#define ZOOM_STEP    1.25
#define MAX_ZOOM_IN  64.0
#define MAX_ZOOM_OUT 0.25

struct _KpMapCanvas
{
  GtkWidget parent_instance;

  KpMapPainter    *painter;
  KpMapView        view;
  double           fit_scale;
  gboolean         fitted; /* the view was fitted to a real size */
  gboolean         at_fit; /* and not zoomed or moved since: a new size fits it again */
  int              selected;
  GArray          *order; /* feature indices in the order of Page Up / Page Down */
  KpMapTooltipFunc tooltip_func;
  gpointer         tooltip_data;

  double drag_centre_x;
  double drag_centre_y;
  double zoom_start_scale;
};

G_DEFINE_FINAL_TYPE (KpMapCanvas, kp_map_canvas, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_PAINTER,
  PROP_SELECTED,
  N_PROPS
};

enum
{
  SIGNAL_ACTIVATE_FEATURE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static gboolean
has_map (KpMapCanvas *self)
{
  return self->painter != NULL && kp_map_painter_get_snapshot (self->painter)->features->len > 0;
}

#define VIEW_FLAGS                                                                        \
  (KP_MAP_DRAW_LABELS | KP_MAP_DRAW_SCALE_BAR | KP_MAP_DRAW_LEGEND | KP_MAP_DRAW_SOURCE | \
   KP_MAP_DRAW_BACKGROUND)

/* Fits the map's features into the widget, beside the legend, the scale bar and the
 * source (kp_map_painter_fit()). */
void
kp_map_canvas_fit (KpMapCanvas *self)
{
  int w = gtk_widget_get_width (GTK_WIDGET (self));
  int h = gtk_widget_get_height (GTK_WIDGET (self));

  g_return_if_fail (KP_IS_MAP_CANVAS (self));
  if (!has_map (self) || w <= 0 || h <= 0)
    return;
  self->view.flags = VIEW_FLAGS;
  kp_map_painter_fit (self->painter, &self->view, w, h, FIT_MARGIN);
  self->fit_scale = self->view.scale;
  self->fitted = TRUE;
  self->at_fit = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Zooms by @factor, keeping the map point under (@px, @py) in place. */
static void
zoom_at (KpMapCanvas *self,
         double       factor,
         double       px,
         double       py)
{
  double x, y, scale;

  if (!self->fitted)
    return;
  scale = CLAMP (self->view.scale * factor, self->fit_scale * MAX_ZOOM_OUT,
                 self->fit_scale * MAX_ZOOM_IN);
  kp_map_view_to_map (&self->view, px, py, &x, &y);
  self->at_fit = FALSE;
  self->view.scale = scale;
  self->view.centre_x = x - (px - self->view.width / 2.0) / scale;
  self->view.centre_y = y + (py - self->view.height / 2.0) / scale;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
kp_map_canvas_zoom (KpMapCanvas *self,
                    double       factor)
{
  g_return_if_fail (KP_IS_MAP_CANVAS (self));
  zoom_at (self, factor, self->view.width / 2.0, self->view.height / 2.0);
}

/* Moves the view by whole device pixels (right and down for positive values). */
void
kp_map_canvas_pan (KpMapCanvas *self,
                   double       dx,
                   double       dy)
{
  g_return_if_fail (KP_IS_MAP_CANVAS (self));
  if (!self->fitted)
    return;
  self->at_fit = FALSE;
  self->view.centre_x += round (dx) / self->view.scale;
  self->view.centre_y -= round (dy) / self->view.scale;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Centres the view on a feature's label point. */
void
kp_map_canvas_show_feature (KpMapCanvas *self,
                            guint        feature)
{
  const KpMapFeature *f;

  g_return_if_fail (KP_IS_MAP_CANVAS (self));
  if (!has_map (self) || !self->fitted ||
      feature >= kp_map_painter_get_snapshot (self->painter)->features->len)
    return;
  f = kp_map_snapshot_get_feature (kp_map_painter_get_snapshot (self->painter), feature);
  if (isnan (f->label_point.x))
    return;
  self->at_fit = FALSE;
  self->view.centre_x = f->label_point.x;
  self->view.centre_y = f->label_point.y;
  kp_map_painter_invalidate (self->painter);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The values or classes changed: draw everything anew. */
void
kp_map_canvas_refresh (KpMapCanvas *self)
{
  g_return_if_fail (KP_IS_MAP_CANVAS (self));
  if (self->painter != NULL)
    kp_map_painter_invalidate (self->painter);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const KpMapView *
kp_map_canvas_get_view (KpMapCanvas *self)
{
  g_return_val_if_fail (KP_IS_MAP_CANVAS (self), NULL);
  return &self->view;
}

static void
activate_selected (KpMapCanvas *self)
{
  if (self->selected >= 0)
    g_signal_emit (self, signals[SIGNAL_ACTIVATE_FEATURE], 0, self->selected);
}

/* Page Up / Page Down: the previous or next feature in the given order. */
static void
select_step (KpMapCanvas *self,
             int          step)
{
  guint n = self->order != NULL ? self->order->len : 0;
  guint position = 0;

  if (n == 0)
    return;
  for (guint i = 0; i < n; i++)
    if ((int) g_array_index (self->order, guint, i) == self->selected)
      position = (i + n + (guint) (step > 0 ? 1 : n - 1)) % n;
  if (self->selected < 0)
    position = step > 0 ? 0 : n - 1;
  kp_map_canvas_set_selected (self, (int) g_array_index (self->order, guint, position));
  kp_map_canvas_show_feature (self, (guint) self->selected);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   KpMapCanvas           *self)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      kp_map_canvas_pan (self, -KEY_STEP, 0);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      kp_map_canvas_pan (self, KEY_STEP, 0);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      kp_map_canvas_pan (self, 0, -KEY_STEP);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      kp_map_canvas_pan (self, 0, KEY_STEP);
      return TRUE;
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      kp_map_canvas_zoom (self, ZOOM_STEP);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      kp_map_canvas_zoom (self, 1.0 / ZOOM_STEP);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      kp_map_canvas_fit (self);
      return TRUE;
    case GDK_KEY_Page_Down:
      select_step (self, 1);
      return TRUE;
    case GDK_KEY_Page_Up:
      select_step (self, -1);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
      activate_selected (self);
      return self->selected >= 0;
    default:
      return FALSE;
    }
}

static void
on_key_released_cb (GtkEventControllerKey *controller,
                    guint                  keyval,
                    guint                  keycode,
                    GdkModifierType        state,
                    KpMapCanvas           *self)
{
  /* Labels move with the kept rendering while panning; place them anew afterwards. */
  if (keyval == GDK_KEY_Left || keyval == GDK_KEY_Right || keyval == GDK_KEY_Up ||
      keyval == GDK_KEY_Down)
    kp_map_canvas_refresh (self);
}

static void
on_drag_begin_cb (GtkGestureDrag *gesture,
                  double          x,
                  double          y,
                  KpMapCanvas    *self)
{
  self->drag_centre_x = self->view.centre_x;
  self->drag_centre_y = self->view.centre_y;
}

static void
on_drag_update_cb (GtkGestureDrag *gesture,
                   double          offset_x,
                   double          offset_y,
                   KpMapCanvas    *self)
{
  if (!self->fitted || (offset_x == 0.0 && offset_y == 0.0))
    return;
  self->at_fit = FALSE;
  self->view.centre_x = self->drag_centre_x - round (offset_x) / self->view.scale;
  self->view.centre_y = self->drag_centre_y + round (offset_y) / self->view.scale;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_end_cb (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                KpMapCanvas    *self)
{
  if (fabs (offset_x) + fabs (offset_y) > 0.0)
    kp_map_canvas_refresh (self);
}

static void
on_click_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      KpMapCanvas     *self)
{
  int feature;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (!has_map (self))
    return;
  feature = kp_map_painter_hit_test (self->painter, &self->view, x, y);
  kp_map_canvas_set_selected (self, feature);
  /* One click is enough to see an obec's figures. */
  activate_selected (self);
}

static gboolean
on_scroll_cb (GtkEventControllerScroll *controller,
              double                    dx,
              double                    dy,
              KpMapCanvas              *self)
{
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
  double    px = self->view.width / 2.0, py = self->view.height / 2.0;

  if (event != NULL && !gdk_event_get_position (event, &px, &py))
    px = self->view.width / 2.0, py = self->view.height / 2.0;
  /* The event's position is relative to the surface; make it the widget's. */
  if (event != NULL)
    {
      GtkNative       *native = gtk_widget_get_native (GTK_WIDGET (self));
      graphene_point_t in = GRAPHENE_POINT_INIT ((float) px, (float) py), out;
      double           sx = 0, sy = 0;

      gtk_native_get_surface_transform (native, &sx, &sy);
      in.x -= (float) sx;
      in.y -= (float) sy;
      if (gtk_widget_compute_point (GTK_WIDGET (native), GTK_WIDGET (self), &in, &out))
        px = out.x, py = out.y;
    }
  zoom_at (self, pow (ZOOM_STEP, -dy), px, py);
  return TRUE;
}

static void
on_zoom_begin_cb (GtkGesture       *gesture,
                  GdkEventSequence *sequence,
                  KpMapCanvas      *self)
{
  self->zoom_start_scale = self->view.scale;
}

static void
on_zoom_scale_changed_cb (GtkGestureZoom *gesture,
                          double          scale,
                          KpMapCanvas    *self)
{
  double cx, cy;

  if (self->view.scale <= 0.0)
    return;
  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &cx, &cy))
    cx = self->view.width / 2.0, cy = self->view.height / 2.0;
  zoom_at (self, self->zoom_start_scale * scale / self->view.scale, cx, cy);
}

static gboolean
kp_map_canvas_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_mode,
                             GtkTooltip *tooltip)
{
  KpMapCanvas     *self = KP_MAP_CANVAS (widget);
  g_autofree char *text = NULL;
  int              feature;

  if (!has_map (self) || self->tooltip_func == NULL)
    return FALSE;
  feature = keyboard_mode ? self->selected : kp_map_painter_hit_test (self->painter, &self->view, x, y);
  if (feature < 0)
    return FALSE;
  text = self->tooltip_func ((guint) feature, self->tooltip_data);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
kp_map_canvas_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  KpMapCanvas *self = KP_MAP_CANVAS (widget);

  /* A map the user has not moved fits the new size (the side panel opened or closed). */
  if (!self->fitted || (self->at_fit && (width != self->view.width || height != self->view.height)))
    {
      kp_map_canvas_fit (self);
      return;
    }
  self->view.width = width;
  self->view.height = height;
}

static void
kp_map_canvas_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  KpMapCanvas *self = KP_MAP_CANVAS (widget);
  int          w = gtk_widget_get_width (widget);
  int          h = gtk_widget_get_height (widget);
  cairo_t     *cr;

  if (!has_map (self) || w <= 0 || h <= 0)
    return;
  if (!self->fitted || (self->at_fit && (w != self->view.width || h != self->view.height)))
    kp_map_canvas_fit (self);
  self->view.width = w;
  self->view.height = h;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, (float) w, (float) h));
  kp_map_painter_draw_cached (self->painter, cr, &self->view);
  if (self->selected >= 0)
    kp_map_painter_draw_highlight (self->painter, cr, &self->view, (guint) self->selected);
  cairo_destroy (cr);
}

static void
kp_map_canvas_dispose (GObject *object)
{
  KpMapCanvas *self = KP_MAP_CANVAS (object);

  g_clear_object (&self->painter);
  g_clear_pointer (&self->order, g_array_unref);
  G_OBJECT_CLASS (kp_map_canvas_parent_class)->dispose (object);
}

static void
kp_map_canvas_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KpMapCanvas *self = KP_MAP_CANVAS (object);

  switch (prop_id)
    {
    case PROP_PAINTER:
      g_value_set_object (value, self->painter);
      break;
    case PROP_SELECTED:
      g_value_set_int (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_map_canvas_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KpMapCanvas *self = KP_MAP_CANVAS (object);

  switch (prop_id)
    {
    case PROP_PAINTER:
      kp_map_canvas_set_painter (self, g_value_get_object (value));
      break;
    case PROP_SELECTED:
      kp_map_canvas_set_selected (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_map_canvas_class_init (KpMapCanvasClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_map_canvas_dispose;
  object_class->get_property = kp_map_canvas_get_property;
  object_class->set_property = kp_map_canvas_set_property;
  widget_class->snapshot = kp_map_canvas_snapshot;
  widget_class->size_allocate = kp_map_canvas_size_allocate;
  widget_class->query_tooltip = kp_map_canvas_query_tooltip;

  properties[PROP_PAINTER] = g_param_spec_object ("painter", NULL, NULL, KP_TYPE_MAP_PAINTER,
                                                  G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                                                      G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SELECTED] = g_param_spec_int ("selected", NULL, NULL, -1, G_MAXINT, -1,
                                                G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                                                    G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_ACTIVATE_FEATURE] =
      g_signal_new ("activate-feature", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                    NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "kp-map-canvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kp_map_canvas_init (KpMapCanvas *self)
{
  GtkWidget          *widget = GTK_WIDGET (self);
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkGesture         *drag = gtk_gesture_drag_new ();
  GtkGesture         *click = gtk_gesture_click_new ();
  GtkGesture         *zoom = gtk_gesture_zoom_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                                                GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);

  self->selected = -1;
  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_has_tooltip (widget, TRUE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);

  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  g_signal_connect (key, "key-released", G_CALLBACK (on_key_released_cb), self);
  gtk_widget_add_controller (widget, key);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));

  g_signal_connect (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  g_signal_connect (zoom, "begin", G_CALLBACK (on_zoom_begin_cb), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (on_zoom_scale_changed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (zoom));

  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (widget, scroll);
}

GtkWidget *
kp_map_canvas_new (void)
{
  return g_object_new (KP_TYPE_MAP_CANVAS, NULL);
}

KpMapPainter *
kp_map_canvas_get_painter (KpMapCanvas *self)
{
  g_return_val_if_fail (KP_IS_MAP_CANVAS (self), NULL);
  return self->painter;
}

/* A new painter (another project, or rebuilt geometry) is fitted anew. */
void
kp_map_canvas_set_painter (KpMapCanvas  *self,
                           KpMapPainter *painter)
{
  g_return_if_fail (KP_IS_MAP_CANVAS (self));
  if (!g_set_object (&self->painter, painter))
    return;
  self->selected = -1;
  self->fitted = FALSE;
  kp_map_canvas_fit (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAINTER]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * kp_map_canvas_replace_painter:
 * @painter: a painter of the same map: the same features, with other layers or values
 *
 * Draws the map with @painter but keeps the view (centre and scale) and the selected
 * feature, so that a change of a layer does not lose where the user was looking. Only the
 * limits of the zoom follow the new painter's bounds. A canvas not fitted yet (never
 * allocated) fits the map when it can, as with kp_map_canvas_set_painter().
 */
void
kp_map_canvas_replace_painter (KpMapCanvas  *self,
                               KpMapPainter *painter)
{
  int selected;

  g_return_if_fail (KP_IS_MAP_CANVAS (self));
  g_return_if_fail (KP_IS_MAP_PAINTER (painter));
  selected = self->selected;
  if (!g_set_object (&self->painter, painter))
    return;
  if (!self->fitted)
    kp_map_canvas_fit (self);
  else if (has_map (self) && self->view.width > 0 && self->view.height > 0)
    {
      KpMapView fit = self->view;

      kp_map_painter_fit (self->painter, &fit, self->view.width, self->view.height, FIT_MARGIN);
      self->fit_scale = fit.scale;
    }
  if (!has_map (self) || selected >= (int) kp_map_painter_get_snapshot (self->painter)->features->len)
    self->selected = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAINTER]);
  if (self->selected != selected)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

int
kp_map_canvas_get_selected (KpMapCanvas *self)
{
  g_return_val_if_fail (KP_IS_MAP_CANVAS (self), -1);
  return self->selected;
}

void
kp_map_canvas_set_selected (KpMapCanvas *self,
                            int          feature)
{
  g_return_if_fail (KP_IS_MAP_CANVAS (self));
  if (!has_map (self) || feature >= (int) kp_map_painter_get_snapshot (self->painter)->features->len)
    feature = -1;
  feature = MAX (feature, -1);
  if (self->selected == feature)
    return;
  self->selected = feature;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/* @order: (transfer none) (element-type guint): feature indices for Page Up / Page Down */
void
kp_map_canvas_set_order (KpMapCanvas *self,
                         GArray      *order)
{
  g_return_if_fail (KP_IS_MAP_CANVAS (self));
  g_clear_pointer (&self->order, g_array_unref);
  if (order != NULL)
    self->order = g_array_ref (order);
}

void
kp_map_canvas_set_tooltip_func (KpMapCanvas     *self,
                                KpMapTooltipFunc func,
                                gpointer         user_data)
{
  g_return_if_fail (KP_IS_MAP_CANVAS (self));
  self->tooltip_func = func;
  self->tooltip_data = user_data;
}
