/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-pdf-page-renderer.h"

#include <math.h>

/* Poppler is not thread-safe: a document is rendered by one job at a time, under its mutex,
 * and the main thread reads only the page sizes, taken once when the document is loaded.
 * Jobs run one after another, the pages in view first; a page's texture is kept while it is
 * among the most recently shown (max_cached). A new document keeps the old textures of the
 * pages it still has, marked stale, until their new rendering arrives, so a document that
 * changes a little does not flicker. */

typedef struct
{
  gatomicrefcount  ref;
  GMutex           mutex;
  PopplerDocument *doc;
} Document;

static Document *
document_new (PopplerDocument *doc)
{
  Document *d = g_new0 (Document, 1);

  g_atomic_ref_count_init (&d->ref);
  g_mutex_init (&d->mutex);
  d->doc = doc;
  return d;
}

static Document *
document_ref (Document *d)
{
  g_atomic_ref_count_inc (&d->ref);
  return d;
}

static void
document_unref (Document *d)
{
  if (d == NULL || !g_atomic_ref_count_dec (&d->ref))
    return;
  g_clear_object (&d->doc);
  g_mutex_clear (&d->mutex);
  g_free (d);
}

typedef struct
{
  double      width; /* points */
  double      height;
  GdkTexture *texture;        /* (nullable) */
  double      rendered_scale; /* 0: no texture, -1: a texture of the previous document */
  guint64     stamp;          /* when it was last in view */
  gboolean    queued;
} Page;

typedef struct
{
  Document *doc;
  int       index;
  double    scale;
  guint     generation;
} RenderJob;

static void
render_job_free (RenderJob *job)
{
  document_unref (job->doc);
  g_free (job);
}

struct _KpPdfPageRenderer
{
  GObject parent_instance;

  Document     *doc;
  GArray       *pages; /* Page */
  GQueue        queue; /* page indices to render, as GINT_TO_POINTER */
  GCancellable *cancellable;
  guint         generation;
  gboolean      rendering;
  guint64       clock;
  double        scale;
  guint         max_cached;
};

G_DEFINE_FINAL_TYPE (KpPdfPageRenderer, kp_pdf_page_renderer, G_TYPE_OBJECT)

enum
{
  SIGNAL_PAGE_RENDERED,
  SIGNAL_PAGE_EVICTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static Page *
get_page (KpPdfPageRenderer *self,
          int                index)
{
  return &g_array_index (self->pages, Page, index);
}

static void
page_clear (gpointer data)
{
  Page *page = data;

  g_clear_object (&page->texture);
}

/* Worker: one page on a white ARGB32 surface at @scale pixels per point. */
static void
render_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RenderJob       *job = task_data;
  cairo_surface_t *surface;
  cairo_t         *cr;
  double           w, h;
  int              pw, ph;

  if (g_task_return_error_if_cancelled (task))
    return;
  g_mutex_lock (&job->doc->mutex);
  {
    g_autoptr (PopplerPage) page = poppler_document_get_page (job->doc->doc, job->index);

    poppler_page_get_size (page, &w, &h);
    pw = MAX (1, (int) ceil (w * job->scale));
    ph = MAX (1, (int) ceil (h * job->scale));
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pw, ph);
    cr = cairo_create (surface);
    cairo_set_source_rgb (cr, 1, 1, 1);
    cairo_paint (cr);
    cairo_scale (cr, job->scale, job->scale);
    poppler_page_render (page, cr);
    cairo_destroy (cr);
  }
  g_mutex_unlock (&job->doc->mutex);
  cairo_surface_flush (surface);
  g_task_return_pointer (task, surface, (GDestroyNotify) cairo_surface_destroy);
}

/* The surface's pixels become the texture's without a copy; the bytes keep the surface. */
static GdkTexture *
texture_from_surface (cairo_surface_t *surface)
{
  int stride = cairo_image_surface_get_stride (surface);
  int height = cairo_image_surface_get_height (surface);
  g_autoptr (GBytes) bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                                         (gsize) stride * height,
                                                         (GDestroyNotify) cairo_surface_destroy,
                                                         cairo_surface_reference (surface));

  return gdk_memory_texture_new (cairo_image_surface_get_width (surface), height,
                                 GDK_MEMORY_DEFAULT, bytes, stride);
}

static void
evict (KpPdfPageRenderer *self)
{
  guint cached = 0;

  for (guint i = 0; i < self->pages->len; i++)
    cached += get_page (self, i)->texture != NULL;
  while (cached > self->max_cached)
    {
      int oldest = -1;

      for (guint i = 0; i < self->pages->len; i++)
        {
          Page *p = get_page (self, i);

          if (p->texture != NULL && (oldest < 0 || p->stamp < get_page (self, oldest)->stamp))
            oldest = i;
        }
      g_clear_object (&get_page (self, oldest)->texture);
      get_page (self, oldest)->rendered_scale = 0;
      cached--;
      g_signal_emit (self, signals[SIGNAL_PAGE_EVICTED], 0, oldest);
    }
}

static void render_next (KpPdfPageRenderer *self);

static void
on_render_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GWeakRef *ref = user_data;
  g_autoptr (KpPdfPageRenderer) self = g_weak_ref_get (ref);
  RenderJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  cairo_surface_t *surface = g_task_propagate_pointer (G_TASK (result), &error);
  Page            *page;

  g_weak_ref_clear (ref);
  g_free (ref);
  if (self == NULL)
    {
      g_clear_pointer (&surface, cairo_surface_destroy);
      return;
    }
  if (surface == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Cannot render page %d: %s", job->index + 1, error->message);
      if (job->generation == self->generation)
        {
          self->rendering = FALSE;
          render_next (self);
        }
      return;
    }
  if (job->generation != self->generation)
    {
      cairo_surface_destroy (surface);
      return;
    }
  self->rendering = FALSE;
  page = get_page (self, job->index);
  g_clear_object (&page->texture);
  page->texture = texture_from_surface (surface);
  cairo_surface_destroy (surface);
  page->rendered_scale = job->scale;
  page->stamp = ++self->clock;
  g_signal_emit (self, signals[SIGNAL_PAGE_RENDERED], 0, job->index);
  evict (self);
  render_next (self);
}

static gboolean
is_current (KpPdfPageRenderer *self,
            const Page        *page)
{
  return fabs (page->rendered_scale - self->scale) <= 1e-6;
}

static void
render_next (KpPdfPageRenderer *self)
{
  g_autoptr (GTask) task = NULL;
  RenderJob *job;
  GWeakRef  *ref;
  int        index = -1;

  if (self->rendering || self->doc == NULL)
    return;
  while (!g_queue_is_empty (&self->queue))
    {
      Page *p;

      index = GPOINTER_TO_INT (g_queue_pop_head (&self->queue));
      p = get_page (self, index);
      p->queued = FALSE;
      if (!is_current (self, p))
        break;
      index = -1;
    }
  if (index < 0)
    return;
  job = g_new0 (RenderJob, 1);
  job->doc = document_ref (self->doc);
  job->index = index;
  job->scale = self->scale;
  job->generation = self->generation;
  /* The task holds a weak reference: a renderer that goes away is not kept alive. */
  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, self);
  task = g_task_new (NULL, self->cancellable, on_render_done_cb, ref);
  g_task_set_source_tag (task, render_next);
  g_task_set_name (task, "kp-pdf-page-render");
  g_task_set_task_data (task, job, (GDestroyNotify) render_job_free);
  self->rendering = TRUE;
  g_task_run_in_thread (task, render_thread);
}

static void
cancel_jobs (KpPdfPageRenderer *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->generation++;
  self->rendering = FALSE;
  g_queue_clear (&self->queue);
}

static void
kp_pdf_page_renderer_dispose (GObject *object)
{
  KpPdfPageRenderer *self = KP_PDF_PAGE_RENDERER (object);

  cancel_jobs (self);
  G_OBJECT_CLASS (kp_pdf_page_renderer_parent_class)->dispose (object);
}

static void
kp_pdf_page_renderer_finalize (GObject *object)
{
  KpPdfPageRenderer *self = KP_PDF_PAGE_RENDERER (object);

  g_clear_pointer (&self->doc, document_unref);
  g_array_unref (self->pages);
  G_OBJECT_CLASS (kp_pdf_page_renderer_parent_class)->finalize (object);
}

static void
kp_pdf_page_renderer_class_init (KpPdfPageRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kp_pdf_page_renderer_dispose;
  object_class->finalize = kp_pdf_page_renderer_finalize;

  signals[SIGNAL_PAGE_RENDERED] = g_signal_new ("page-rendered", G_TYPE_FROM_CLASS (klass),
                                                G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                G_TYPE_NONE, 1, G_TYPE_INT);
  signals[SIGNAL_PAGE_EVICTED] = g_signal_new ("page-evicted", G_TYPE_FROM_CLASS (klass),
                                               G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                               G_TYPE_NONE, 1, G_TYPE_INT);
}

static void
kp_pdf_page_renderer_init (KpPdfPageRenderer *self)
{
  self->pages = g_array_new (FALSE, TRUE, sizeof (Page));
  g_array_set_clear_func (self->pages, page_clear);
  g_queue_init (&self->queue);
  self->scale = 1.0;
  self->max_cached = 12;
}

/**
 * kp_pdf_page_renderer_new:
 * @max_cached: how many page textures to keep
 *
 * Returns: (transfer full): a renderer with no document
 */
KpPdfPageRenderer *
kp_pdf_page_renderer_new (guint max_cached)
{
  KpPdfPageRenderer *self = g_object_new (KP_TYPE_PDF_PAGE_RENDERER, NULL);

  self->max_cached = MAX (1, max_cached);
  return self;
}

/**
 * kp_pdf_page_renderer_load:
 * @pdf: (nullable): the document, or %NULL for none
 *
 * Replaces the document and cancels the renderings under way. The textures of the pages the
 * new document still has stay, stale, until they are rendered again.
 *
 * Returns: %FALSE with @error set when Poppler cannot read @pdf (the renderer is emptied)
 */
gboolean
kp_pdf_page_renderer_load (KpPdfPageRenderer *self,
                           GBytes            *pdf,
                           GError           **error)
{
  PopplerDocument *doc = NULL;
  int              n;

  g_return_val_if_fail (KP_IS_PDF_PAGE_RENDERER (self), FALSE);

  cancel_jobs (self);
  self->cancellable = g_cancellable_new ();
  g_clear_pointer (&self->doc, document_unref);
  if (pdf != NULL)
    doc = poppler_document_new_from_bytes (pdf, NULL, error);
  if (doc == NULL)
    {
      g_array_set_size (self->pages, 0);
      return pdf == NULL;
    }
  self->doc = document_new (doc);
  n = poppler_document_get_n_pages (doc);
  g_array_set_size (self->pages, n);
  for (int i = 0; i < n; i++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (doc, i);
      Page *p = get_page (self, i);

      poppler_page_get_size (page, &p->width, &p->height);
      p->rendered_scale = p->texture != NULL ? -1 : 0;
      p->queued = FALSE;
    }
  return TRUE;
}

int
kp_pdf_page_renderer_get_n_pages (KpPdfPageRenderer *self)
{
  g_return_val_if_fail (KP_IS_PDF_PAGE_RENDERER (self), 0);
  return self->doc != NULL ? (int) self->pages->len : 0;
}

/* In points. */
void
kp_pdf_page_renderer_get_page_size (KpPdfPageRenderer *self,
                                    int                index,
                                    double            *width,
                                    double            *height)
{
  g_return_if_fail (KP_IS_PDF_PAGE_RENDERER (self));
  g_return_if_fail (index >= 0 && index < (int) self->pages->len);
  if (width != NULL)
    *width = get_page (self, index)->width;
  if (height != NULL)
    *height = get_page (self, index)->height;
}

/* Pixels per point of the textures to come. */
void
kp_pdf_page_renderer_set_scale (KpPdfPageRenderer *self,
                                double             scale)
{
  g_return_if_fail (KP_IS_PDF_PAGE_RENDERER (self));
  g_return_if_fail (scale > 0);
  self->scale = scale;
}

/**
 * kp_pdf_page_renderer_request:
 * @in_view: the page is shown: it is rendered before the pages only near the view, and its
 *   texture counts as recently used
 *
 * Queues page @index for rendering at the current scale, unless it has that rendering.
 */
void
kp_pdf_page_renderer_request (KpPdfPageRenderer *self,
                              int                index,
                              gboolean           in_view)
{
  Page *p;

  g_return_if_fail (KP_IS_PDF_PAGE_RENDERER (self));
  if (index < 0 || index >= (int) self->pages->len)
    return;
  p = get_page (self, index);
  if (in_view)
    p->stamp = ++self->clock;
  if (!is_current (self, p) && !p->queued)
    {
      p->queued = TRUE;
      if (in_view)
        g_queue_push_head (&self->queue, GINT_TO_POINTER (index));
      else
        g_queue_push_tail (&self->queue, GINT_TO_POINTER (index));
    }
  render_next (self);
}

/**
 * kp_pdf_page_renderer_get_texture:
 *
 * Returns: (transfer none) (nullable): the latest texture of page @index, maybe of the
 *   previous document or at another scale
 */
GdkTexture *
kp_pdf_page_renderer_get_texture (KpPdfPageRenderer *self,
                                  int                index)
{
  g_return_val_if_fail (KP_IS_PDF_PAGE_RENDERER (self), NULL);
  if (index < 0 || index >= (int) self->pages->len)
    return NULL;
  return get_page (self, index)->texture;
}

/* Whether page @index has a texture of the current document (at any scale). */
gboolean
kp_pdf_page_renderer_is_rendered (KpPdfPageRenderer *self,
                                  int                index)
{
  g_return_val_if_fail (KP_IS_PDF_PAGE_RENDERER (self), FALSE);
  if (index < 0 || index >= (int) self->pages->len)
    return FALSE;
  return get_page (self, index)->rendered_scale > 0;
}
