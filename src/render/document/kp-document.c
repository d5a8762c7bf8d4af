/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-document.h"

#include <errno.h>
#include <glib/gstdio.h>

typedef struct
{
  KpDocumentKind kind;
  char          *title;
  gboolean       for_print;

  GMutex lock; /* held while a write runs */

  /* the report of the last write that succeeded */
  int        n_pages;
  char      *summary;
  GPtrArray *notes;

  /* the report of the write running now */
  char      *next_summary;
  GPtrArray *next_notes;
} KpDocumentPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (KpDocument, kp_document, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_KIND,
  PROP_TITLE,
  PROP_FOR_PRINT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
note_free (gpointer data)
{
  KpDocumentNote *note = data;

  g_free (note->text);
  g_free (note);
}

static GPtrArray *
notes_new (void)
{
  return g_ptr_array_new_with_free_func (note_free);
}

/* The PDF to @path (through "@path.part") or, when @path is NULL, to @out_bytes. */
static gboolean
write_pdf (KpDocument   *self,
           const char   *path,
           KpProgress   *progress,
           GCancellable *cancellable,
           int          *out_pages,
           GBytes      **out_bytes,
           GError      **error)
{
  KpDocumentClass   *klass = KP_DOCUMENT_GET_CLASS (self);
  KpDocumentPrivate *priv = kp_document_get_instance_private (self);
  g_autoptr (KpDocumentWriter) writer = NULL;
  double width = 0, height = 0;
  gint64 start;

  kp_document_get_page_size (self, &width, &height);
  if (path != NULL)
    writer = kp_document_writer_new_for_file (path, width, height, priv->for_print, error);
  else
    writer = kp_document_writer_new_for_bytes (width, height, priv->for_print);
  /* Freeing an unfinished writer removes its ".part" file. */
  if (writer == NULL || !klass->write_pdf (self, writer, progress, cancellable, error))
    return FALSE;
  *out_pages = kp_document_writer_get_page (writer);
  start = g_get_monotonic_time ();
  if (path != NULL && !kp_document_writer_finish (writer, error))
    return FALSE;
  if (path == NULL && (*out_bytes = kp_document_writer_finish_bytes (writer, error)) == NULL)
    return FALSE;
  g_debug ("PDF finished in %.3f s", (g_get_monotonic_time () - start) / 1e6);
  return TRUE;
}

static gboolean
write_odt_stream (KpDocument    *self,
                  GOutputStream *stream,
                  KpProgress    *progress,
                  GCancellable  *cancellable,
                  GError       **error)
{
  gboolean ok = KP_DOCUMENT_GET_CLASS (self)->write_odt (self, stream, progress, cancellable,
                                                         error);

  /* A stream that was written in part is closed all the same, its error not reported. */
  if (!ok)
    {
      g_output_stream_close (stream, NULL, NULL);
      return FALSE;
    }
  return g_output_stream_close (stream, cancellable, error);
}

static gboolean
write_odt (KpDocument   *self,
           const char   *path,
           KpProgress   *progress,
           GCancellable *cancellable,
           GBytes      **out_bytes,
           GError      **error)
{
  g_autofree char *part = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GOutputStream) stream = NULL;

  if (path == NULL)
    {
      stream = g_memory_output_stream_new_resizable ();
      if (!write_odt_stream (self, stream, progress, cancellable, error))
        return FALSE;
      *out_bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
      return TRUE;
    }

  part = g_strconcat (path, ".part", NULL);
  file = g_file_new_for_path (part);
  stream = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                            cancellable, error));
  if (stream == NULL)
    return FALSE;
  if (!write_odt_stream (self, stream, progress, cancellable, error))
    {
      g_unlink (part);
      return FALSE;
    }
  if (g_rename (part, path) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _ ("Cannot write “%s”: %s"),
                   path, g_strerror (saved));
      g_unlink (part);
      return FALSE;
    }
  return TRUE;
}

/* One write, to @path or to @out_bytes; the report is kept only when it succeeds. */
static gboolean
write_document (KpDocument      *self,
                const char      *path,
                KpDocumentFormat format,
                KpProgress      *progress,
                GCancellable    *cancellable,
                GBytes         **out_bytes,
                GError         **error)
{
  KpDocumentPrivate *priv = kp_document_get_instance_private (self);
  int                n_pages = 0;
  gboolean           ok;

  if (!kp_document_supports_format (self, format))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _ ("“%s” cannot be written as an OpenDocument text"), priv->title);
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  g_mutex_lock (&priv->lock);
  g_clear_pointer (&priv->next_summary, g_free);
  g_clear_pointer (&priv->next_notes, g_ptr_array_unref);
  priv->next_notes = notes_new ();
  if (format == KP_DOCUMENT_FORMAT_ODT)
    ok = write_odt (self, path, progress, cancellable, out_bytes, error);
  else
    ok = write_pdf (self, path, progress, cancellable, &n_pages, out_bytes, error);
  if (ok)
    {
      priv->n_pages = n_pages;
      g_free (priv->summary);
      priv->summary = g_steal_pointer (&priv->next_summary);
      g_ptr_array_unref (priv->notes);
      priv->notes = g_steal_pointer (&priv->next_notes);
    }
  g_clear_pointer (&priv->next_summary, g_free);
  g_clear_pointer (&priv->next_notes, g_ptr_array_unref);
  g_mutex_unlock (&priv->lock);
  return ok;
}

static void
kp_document_finalize (GObject *object)
{
  KpDocument        *self = KP_DOCUMENT (object);
  KpDocumentPrivate *priv = kp_document_get_instance_private (self);

  g_free (priv->title);
  g_free (priv->summary);
  g_ptr_array_unref (priv->notes);
  g_free (priv->next_summary);
  g_clear_pointer (&priv->next_notes, g_ptr_array_unref);
  g_mutex_clear (&priv->lock);
  G_OBJECT_CLASS (kp_document_parent_class)->finalize (object);
}

static void
kp_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KpDocumentPrivate *priv = kp_document_get_instance_private (KP_DOCUMENT (object));

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, priv->kind);
      break;
    case PROP_TITLE:
      g_value_set_string (value, priv->title);
      break;
    case PROP_FOR_PRINT:
      g_value_set_boolean (value, priv->for_print);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KpDocumentPrivate *priv = kp_document_get_instance_private (KP_DOCUMENT (object));

  switch (prop_id)
    {
    case PROP_KIND:
      priv->kind = g_value_get_int (value);
      break;
    case PROP_TITLE:
      g_free (priv->title);
      priv->title = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
      break;
    case PROP_FOR_PRINT:
      priv->for_print = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_document_class_init (KpDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kp_document_finalize;
  object_class->get_property = kp_document_get_property;
  object_class->set_property = kp_document_set_property;

  /* A KpDocumentKind. */
  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, 0, KP_DOCUMENT_N_KINDS - 1, 0,
                                            G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "",
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                    G_PARAM_STATIC_STRINGS);
  /* For the print shop: a larger sheet with bleed and crop marks, TrimBox and BleedBox. */
  properties[PROP_FOR_PRINT] = g_param_spec_boolean ("for-print", NULL, NULL, FALSE,
                                                     G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                         G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kp_document_init (KpDocument *self)
{
  KpDocumentPrivate *priv = kp_document_get_instance_private (self);

  g_mutex_init (&priv->lock);
  priv->title = g_strdup ("");
  priv->notes = notes_new ();
}

KpDocumentKind
kp_document_get_kind (KpDocument *self)
{
  KpDocumentPrivate *priv;

  g_return_val_if_fail (KP_IS_DOCUMENT (self), KP_DOCUMENT_KIND_CATALOGUE);
  priv = kp_document_get_instance_private (self);
  return priv->kind;
}

/**
 * kp_document_get_title:
 *
 * Returns: the title printed on the document and kept in its metadata
 */
const char *
kp_document_get_title (KpDocument *self)
{
  KpDocumentPrivate *priv;

  g_return_val_if_fail (KP_IS_DOCUMENT (self), NULL);
  priv = kp_document_get_instance_private (self);
  return priv->title;
}

/**
 * kp_document_get_for_print:
 *
 * Returns: whether the PDF is for the print shop: its pages in the middle of larger
 *   sheets, with bleed, crop marks, TrimBox and BleedBox
 */
gboolean
kp_document_get_for_print (KpDocument *self)
{
  KpDocumentPrivate *priv;

  g_return_val_if_fail (KP_IS_DOCUMENT (self), FALSE);
  priv = kp_document_get_instance_private (self);
  return priv->for_print;
}

/**
 * kp_document_get_page_size:
 *
 * The size of the document's first page in points, trimmed: 595 × 842 for A4 portrait,
 * 842 × 595 for A4 landscape. A PDF for print has larger sheets (kp-print-marks.h).
 */
void
kp_document_get_page_size (KpDocument *self,
                           double     *out_width,
                           double     *out_height)
{
  double width = 0, height = 0;

  g_return_if_fail (KP_IS_DOCUMENT (self));
  KP_DOCUMENT_GET_CLASS (self)->get_page_size (self, &width, &height);
  if (out_width != NULL)
    *out_width = width;
  if (out_height != NULL)
    *out_height = height;
}

gboolean
kp_document_supports_format (KpDocument      *self,
                             KpDocumentFormat format)
{
  g_return_val_if_fail (KP_IS_DOCUMENT (self), FALSE);
  return format == KP_DOCUMENT_FORMAT_PDF || KP_DOCUMENT_GET_CLASS (self)->write_odt != NULL;
}

/**
 * kp_document_write_file:
 * @progress: (nullable): receives the fraction done and what is being done
 * @cancellable: (nullable): checked between pages or entries
 *
 * Writes the document to "@path.part" and moves it over @path when it is complete.
 *
 * Returns: %TRUE on success; on failure or cancellation @path is as it was and no
 *   ".part" file is left
 */
gboolean
kp_document_write_file (KpDocument      *self,
                        const char      *path,
                        KpDocumentFormat format,
                        KpProgress      *progress,
                        GCancellable    *cancellable,
                        GError         **error)
{
  g_return_val_if_fail (KP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  return write_document (self, path, format, progress, cancellable, NULL, error);
}

/**
 * kp_document_write_bytes:
 *
 * Like kp_document_write_file(), in memory: for a preview with
 * poppler_document_new_from_bytes() or for printing.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
GBytes *
kp_document_write_bytes (KpDocument      *self,
                         KpDocumentFormat format,
                         KpProgress      *progress,
                         GCancellable    *cancellable,
                         GError         **error)
{
  GBytes *bytes = NULL;

  g_return_val_if_fail (KP_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  if (!write_document (self, NULL, format, progress, cancellable, &bytes, error))
    return NULL;
  return bytes;
}

typedef struct
{
  char            *path; /* NULL: in memory */
  KpDocumentFormat format;
  KpProgress      *progress;
} WriteJob;

static void
write_job_free (WriteJob *job)
{
  g_free (job->path);
  g_clear_object (&job->progress);
  g_free (job);
}

static void
write_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteJob *job = task_data;
  GError   *error = NULL;
  GBytes   *bytes = NULL;

  if (!write_document (source, job->path, job->format, job->progress, cancellable,
                       job->path == NULL ? &bytes : NULL, &error))
    g_task_return_error (task, error);
  else if (job->path == NULL)
    g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
  else
    g_task_return_boolean (task, TRUE);
}

static void
run_write (KpDocument         *self,
           const char         *path,
           KpDocumentFormat    format,
           KpProgress         *progress,
           GCancellable       *cancellable,
           gpointer            source_tag,
           GAsyncReadyCallback callback,
           gpointer            user_data)
{
  g_autoptr (GTask) task = g_task_new (self, cancellable, callback, user_data);
  WriteJob *job = g_new0 (WriteJob, 1);

  job->path = g_strdup (path);
  job->format = format;
  job->progress = progress != NULL ? g_object_ref (progress) : NULL;
  g_task_set_source_tag (task, source_tag);
  g_task_set_name (task, path != NULL ? "kp-document-write-file" : "kp-document-write-bytes");
  g_task_set_task_data (task, job, (GDestroyNotify) write_job_free);
  g_task_run_in_thread (task, write_thread);
}

/**
 * kp_document_write_file_async:
 *
 * Runs kp_document_write_file() in a worker thread. The document must not change until
 * the callback runs.
 */
void
kp_document_write_file_async (KpDocument         *self,
                              const char         *path,
                              KpDocumentFormat    format,
                              KpProgress         *progress,
                              GCancellable       *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer            user_data)
{
  g_return_if_fail (KP_IS_DOCUMENT (self));
  g_return_if_fail (path != NULL);
  run_write (self, path, format, progress, cancellable, kp_document_write_file_async, callback,
             user_data);
}

gboolean
kp_document_write_file_finish (KpDocument   *self,
                               GAsyncResult *result,
                               GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kp_document_write_file_async,
                        FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * kp_document_write_bytes_async:
 *
 * Runs kp_document_write_bytes() in a worker thread.
 */
void
kp_document_write_bytes_async (KpDocument         *self,
                               KpDocumentFormat    format,
                               KpProgress         *progress,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  g_return_if_fail (KP_IS_DOCUMENT (self));
  run_write (self, NULL, format, progress, cancellable, kp_document_write_bytes_async, callback,
             user_data);
}

/**
 * kp_document_write_bytes_finish:
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
GBytes *
kp_document_write_bytes_finish (KpDocument   *self,
                                GAsyncResult *result,
                                GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kp_document_write_bytes_async,
                        NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

int
kp_document_get_n_pages (KpDocument *self)
{
  KpDocumentPrivate *priv;

  g_return_val_if_fail (KP_IS_DOCUMENT (self), 0);
  priv = kp_document_get_instance_private (self);
  return priv->n_pages;
}

/**
 * kp_document_get_summary:
 *
 * Returns: (nullable): what the document holds, "14 services", as the last write said
 */
const char *
kp_document_get_summary (KpDocument *self)
{
  KpDocumentPrivate *priv;

  g_return_val_if_fail (KP_IS_DOCUMENT (self), NULL);
  priv = kp_document_get_instance_private (self);
  return priv->summary;
}

GPtrArray *
kp_document_get_notes (KpDocument *self)
{
  KpDocumentPrivate *priv;

  g_return_val_if_fail (KP_IS_DOCUMENT (self), NULL);
  priv = kp_document_get_instance_private (self);
  return priv->notes;
}

char *
kp_document_dup_notes_text (KpDocument *self)
{
  KpDocumentPrivate *priv;
  GString           *text = g_string_new (NULL);

  g_return_val_if_fail (KP_IS_DOCUMENT (self), NULL);
  priv = kp_document_get_instance_private (self);
  for (guint i = 0; i < priv->notes->len; i++)
    {
      const KpDocumentNote *note = g_ptr_array_index (priv->notes, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, note->text);
    }
  return g_string_free (text, FALSE);
}

/**
 * kp_document_set_summary:
 * @summary: (nullable): what the document holds, "14 services"
 *
 * For a subclass's write_pdf or write_odt: kept when the write succeeds.
 */
void
kp_document_set_summary (KpDocument *self,
                         const char *summary)
{
  KpDocumentPrivate *priv;

  g_return_if_fail (KP_IS_DOCUMENT (self));
  priv = kp_document_get_instance_private (self);
  g_free (priv->next_summary);
  priv->next_summary = g_strdup (summary);
}

/**
 * kp_document_add_note:
 *
 * For a subclass's write_pdf or write_odt: kept when the write succeeds.
 */
void
kp_document_add_note (KpDocument         *self,
                      KpDocumentNoteLevel level,
                      const char         *text)
{
  KpDocumentPrivate *priv;
  KpDocumentNote    *note;

  g_return_if_fail (KP_IS_DOCUMENT (self));
  g_return_if_fail (text != NULL);
  priv = kp_document_get_instance_private (self);
  g_return_if_fail (priv->next_notes != NULL);
  note = g_new0 (KpDocumentNote, 1);
  note->level = level;
  note->text = g_strdup (text);
  g_ptr_array_add (priv->next_notes, note);
}
