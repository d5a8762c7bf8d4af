/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-questionnaire.h"
#include "kp-document-style.h"
#include "kp-document-writer.h"

#include <math.h>

/* Two passes over the same geometry: the first measures every question and gives it a
 * page (a question goes whole to the next page when it does not fit), the second draws,
 * knowing the number of pages for the footers. */

#define PAGE_WIDTH    595.28
#define PAGE_HEIGHT   841.89
#define MARGIN        KP_PUB_MM (20)
#define FOOTER_Y      (PAGE_HEIGHT - KP_PUB_MM (12))
#define BODY_BOTTOM   (PAGE_HEIGHT - KP_PUB_MM (22))
#define CONTENT_WIDTH (PAGE_WIDTH - 2 * MARGIN)
#define NUMBER_INDENT 22.0
#define MARK_SIZE     10.0
#define MARK_GAP      7.0
#define CHOICE_GAP    14.0
#define ITEM_SPACE    16.0
#define LINE_PITCH    KP_PUB_MM (9)
#define TEXT_LINES    4
#define NUMBER_BOX_W  KP_PUB_MM (35)
#define NUMBER_BOX_H  KP_PUB_MM (9)

typedef struct
{
  cairo_t        *cr; /* NULL while measuring */
  KpDocumentStyle style;
  KpTextLayout   *layout;
  guint           title;
  guint           question;
  guint           number;
} Painter;

static void
item_free (gpointer data)
{
  KpQuestionnaireItem *item = data;

  g_free (item->text);
  g_strfreev (item->choices);
  g_free (item->hint);
  g_free (item);
}

KpQuestionnaire *
kp_questionnaire_new (const char *title)
{
  KpQuestionnaire *questionnaire = g_new0 (KpQuestionnaire, 1);

  questionnaire->title = g_strdup (title != NULL ? title : "");
  questionnaire->items = g_ptr_array_new_with_free_func (item_free);
  return questionnaire;
}

void
kp_questionnaire_free (KpQuestionnaire *questionnaire)
{
  if (questionnaire == NULL)
    return;
  g_free (questionnaire->title);
  g_free (questionnaire->subtitle);
  g_free (questionnaire->intro);
  g_free (questionnaire->closing);
  g_free (questionnaire->font_family);
  g_ptr_array_unref (questionnaire->items);
  g_free (questionnaire);
}

KpQuestionnaireItem *
kp_questionnaire_add (KpQuestionnaire      *questionnaire,
                      const char           *text,
                      KpQuestionnaireAnswer answer,
                      const char *const    *choices,
                      const char           *hint)
{
  KpQuestionnaireItem *item;

  g_return_val_if_fail (questionnaire != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  item = g_new0 (KpQuestionnaireItem, 1);
  item->text = g_strdup (text);
  item->answer = answer;
  item->choices = choices != NULL ? g_strdupv ((char **) choices) : g_new0 (char *, 1);
  item->hint = g_strdup (hint);
  g_ptr_array_add (questionnaire->items, item);
  return item;
}

static const char *
default_hint (KpQuestionnaireAnswer answer)
{
  switch (answer)
    {
    case KP_QUESTIONNAIRE_ONE:
      return _ ("Mark one answer.");
    case KP_QUESTIONNAIRE_MANY:
      return _ ("Mark every answer that applies.");
    case KP_QUESTIONNAIRE_SCALE:
      return _ ("Mark one point of the scale.");
    case KP_QUESTIONNAIRE_NUMBER:
      return _ ("Write a number.");
    case KP_QUESTIONNAIRE_TEXT:
    case KP_QUESTIONNAIRE_LINE:
    default:
      return _ ("Write your answer.");
    }
}

/* Lays out @text in @width and draws it at (@x, @y) when painting; returns its height. */
static double
paragraph (Painter    *p,
           guint       style,
           const char *text,
           double      x,
           double      y,
           double      width)
{
  kp_text_layout_reset (p->layout, width);
  kp_text_layout_append (p->layout, style, text);
  if (p->cr != NULL)
    kp_text_layout_draw (p->layout, p->cr, x, y);
  return kp_text_layout_get_height (p->layout);
}

static void
draw_mark (Painter              *p,
           KpQuestionnaireAnswer answer,
           double                x,
           double                y)
{
  cairo_t *cr = p->cr;

  kp_text_cache_set_rgb (cr, KP_PUB_TEXT);
  cairo_set_line_width (cr, 0.9);
  cairo_new_path (cr);
  if (answer == KP_QUESTIONNAIRE_MANY)
    cairo_rectangle (cr, x, y, MARK_SIZE, MARK_SIZE);
  else
    cairo_arc (cr, x + MARK_SIZE / 2, y + MARK_SIZE / 2, MARK_SIZE / 2, 0, 2 * G_PI);
  cairo_stroke (cr);
}

/* How many columns the choices take: as many as fit their longest label, at most 3; a
 * scale puts its points in one row when they fit. */
static guint
choice_columns (Painter                   *p,
                const KpQuestionnaireItem *item,
                double                     width)
{
  guint  n = g_strv_length (item->choices);
  double widest = 0;

  for (guint i = 0; i < n; i++)
    widest = MAX (widest, kp_text_cache_measure (p->style.cache, p->style.body, item->choices[i]));
  widest += MARK_SIZE + MARK_GAP + CHOICE_GAP;
  if (item->answer == KP_QUESTIONNAIRE_SCALE && n > 0 && widest * n <= width)
    return n;
  for (guint columns = MIN (3, MAX (n, 1)); columns > 1; columns--)
    if (widest * columns <= width)
      return columns;
  return 1;
}

static double
choices_block (Painter                   *p,
               const KpQuestionnaireItem *item,
               double                     x,
               double                     y,
               double                     width)
{
  guint  n = g_strv_length (item->choices);
  guint  columns = choice_columns (p, item, width);
  double column_width = width / columns;
  double label_width = column_width - MARK_SIZE - MARK_GAP - CHOICE_GAP;
  double top = y;

  for (guint first = 0; first < n; first += columns)
    {
      double row_height = 0;

      for (guint c = 0; c < columns && first + c < n; c++)
        {
          double cx = x + c * column_width;
          double height = paragraph (p, p->style.body, item->choices[first + c],
                                     cx + MARK_SIZE + MARK_GAP, y, label_width);

          if (p->cr != NULL)
            draw_mark (p, item->answer, cx,
                       y + (kp_text_layout_get_line_height (p->layout) - MARK_SIZE) / 2);
          row_height = MAX (row_height, height);
        }
      y += row_height + 3;
    }
  return y - top;
}

static double
writing_block (Painter                   *p,
               const KpQuestionnaireItem *item,
               double                     x,
               double                     y,
               double                     width)
{
  guint lines = item->answer == KP_QUESTIONNAIRE_TEXT ? TEXT_LINES : 1;

  if (item->answer == KP_QUESTIONNAIRE_NUMBER)
    {
      if (p->cr != NULL)
        {
          kp_text_cache_set_rgb (p->cr, KP_PUB_TEXT);
          cairo_set_line_width (p->cr, 0.9);
          cairo_rectangle (p->cr, x, y + 4, NUMBER_BOX_W, NUMBER_BOX_H);
          cairo_stroke (p->cr);
        }
      return NUMBER_BOX_H + 6;
    }
  if (p->cr != NULL)
    for (guint l = 1; l <= lines; l++)
      kp_document_hline (p->cr, KP_PUB_RULE, x, y + l * LINE_PITCH, width, 0.7);
  return lines * LINE_PITCH + 4;
}

/* One question at @y: its number, text, hint and what to mark. Returns its height. */
static double
item_block (Painter                   *p,
            const KpQuestionnaireItem *item,
            guint                      number,
            double                     y)
{
  double           x = MARGIN + NUMBER_INDENT;
  double           width = CONTENT_WIDTH - NUMBER_INDENT;
  double           top = y;
  g_autofree char *label = g_strdup_printf ("%u.", number);

  paragraph (p, p->number, label, MARGIN, y, NUMBER_INDENT);
  y += paragraph (p, p->question, item->text, x, y, width);
  y += paragraph (p, p->style.italic, item->hint != NULL ? item->hint : default_hint (item->answer),
                  x, y, width);
  y += 4;
  switch (item->answer)
    {
    case KP_QUESTIONNAIRE_ONE:
    case KP_QUESTIONNAIRE_MANY:
    case KP_QUESTIONNAIRE_SCALE:
      y += choices_block (p, item, x, y, width);
      break;
    case KP_QUESTIONNAIRE_NUMBER:
    case KP_QUESTIONNAIRE_TEXT:
    case KP_QUESTIONNAIRE_LINE:
    default:
      y += writing_block (p, item, x, y, width);
      break;
    }
  return y - top;
}

/* The legend of the marks under the introduction. */
static double
legend_block (Painter *p,
              double   y)
{
  const KpQuestionnaireAnswer marks[] = { KP_QUESTIONNAIRE_ONE, KP_QUESTIONNAIRE_MANY };
  const char                 *texts[] = { _ ("one answer"), _ ("one or more answers") };
  double                      x = MARGIN;
  double                      height = 0;

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      height = paragraph (p, p->style.muted, texts[i], x + MARK_SIZE + MARK_GAP, y, CONTENT_WIDTH);
      if (p->cr != NULL)
        draw_mark (p, marks[i], x,
                   y + (kp_text_layout_get_line_height (p->layout) - MARK_SIZE) / 2);
      x += MARK_SIZE + MARK_GAP +
           kp_text_cache_measure (p->style.cache, p->style.muted, texts[i]) + 3 * CHOICE_GAP;
    }
  return height;
}

/* The first page's head: title, subtitle, introduction, legend and a rule. */
static double
head_block (Painter               *p,
            const KpQuestionnaire *q)
{
  double y = MARGIN;

  y += paragraph (p, p->title, q->title, MARGIN, y, CONTENT_WIDTH);
  if (q->subtitle != NULL && *q->subtitle != '\0')
    y += paragraph (p, p->style.subheading, q->subtitle, MARGIN, y + 2, CONTENT_WIDTH) + 2;
  y += 8;
  if (q->intro != NULL && *q->intro != '\0')
    y += paragraph (p, p->style.body, q->intro, MARGIN, y, CONTENT_WIDTH) + 6;
  y += legend_block (p, y) + 8;
  if (p->cr != NULL)
    kp_document_hline (p->cr, KP_PUB_RULE, MARGIN, y, CONTENT_WIDTH, 1.0);
  return y + 14;
}

/* The head of the next pages: the title, small, and a rule. */
static double
running_head (Painter               *p,
              const KpQuestionnaire *q)
{
  double y = MARGIN;

  y += paragraph (p, p->style.small, q->title, MARGIN, y, CONTENT_WIDTH);
  if (p->cr != NULL)
    kp_document_hline (p->cr, KP_PUB_RULE, MARGIN, y + 3, CONTENT_WIDTH, 0.7);
  return y + 16;
}

static void
footer (Painter *p,
        int      page,
        int      n_pages)
{
  g_autofree char *text = g_strdup_printf (_ ("Page %d of %d"), page, n_pages);

  kp_text_layout_reset (p->layout, CONTENT_WIDTH);
  kp_text_layout_set_align (p->layout, KP_TEXT_ALIGN_CENTER);
  kp_text_layout_append (p->layout, p->style.small, text);
  kp_text_layout_draw (p->layout, p->cr, MARGIN, FOOTER_Y);
  kp_text_layout_set_align (p->layout, KP_TEXT_ALIGN_LEFT);
}

/* Runs through the pages; draws when @writer is set. Returns the number of pages. */
static int
run (Painter               *p,
     const KpQuestionnaire *q,
     KpDocumentWriter      *writer,
     int                    n_pages)
{
  int         page = 1;
  double      y;
  const char *closing = q->closing != NULL ? q->closing : _ ("Thank you for filling in the questionnaire.");

  p->cr = writer != NULL ? kp_document_writer_get_cr (writer) : NULL;
  y = head_block (p, q);
  for (guint i = 0; i <= q->items->len; i++)
    {
      Painter measure = *p;
      double  height;

      measure.cr = NULL;
      height = i < q->items->len ? item_block (&measure, g_ptr_array_index (q->items, i), i + 1, y)
                                 : paragraph (&measure, p->style.body_bold, closing, MARGIN, y,
                                              CONTENT_WIDTH);
      if (y + height > BODY_BOTTOM && y > MARGIN + 40)
        {
          if (writer != NULL)
            {
              footer (p, page, n_pages);
              kp_document_writer_show_page (writer);
            }
          page++;
          y = running_head (p, q);
        }
      if (p->cr != NULL)
        {
          if (i < q->items->len)
            item_block (p, g_ptr_array_index (q->items, i), i + 1, y);
          else
            paragraph (p, p->style.body_bold, closing, MARGIN, y, CONTENT_WIDTH);
        }
      y += height + ITEM_SPACE;
    }
  if (writer != NULL)
    footer (p, page, n_pages);
  return page;
}

gboolean
kp_questionnaire_write_pdf (const KpQuestionnaire *questionnaire,
                            const char            *path,
                            int                   *out_pages,
                            GError               **error)
{
  g_autoptr (KpTextCache) cache = NULL;
  g_autoptr (KpTextLayout) layout = NULL;
  g_autoptr (KpDocumentWriter) writer = NULL;
  Painter p = { 0 };
  int     n_pages;

  g_return_val_if_fail (questionnaire != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  cache = kp_text_cache_new (questionnaire->font_family != NULL ? questionnaire->font_family
                                                                : "Noto Sans, DejaVu Sans, Sans");
  kp_document_style_init (&p.style, cache, 11);
  p.title = kp_text_cache_add_style (cache, 20, KP_TEXT_BOLD, KP_PUB_ACCENT_DARK, 1.2);
  p.question = kp_text_cache_add_style (cache, 11.5, KP_TEXT_BOLD, KP_PUB_TEXT, 1.35);
  p.number = kp_text_cache_add_style (cache, 11.5, KP_TEXT_BOLD, KP_PUB_ACCENT, 1.35);
  layout = kp_text_layout_new (cache);
  p.layout = layout;

  n_pages = run (&p, questionnaire, NULL, 0);
  writer = kp_document_writer_new_for_file (path, PAGE_WIDTH, PAGE_HEIGHT, FALSE, error);
  if (writer == NULL)
    return FALSE;
  kp_document_writer_set_metadata (writer, questionnaire->title, NULL, questionnaire->subtitle,
                                   NULL);
  kp_document_writer_set_text_cache (writer, cache);
  run (&p, questionnaire, writer, n_pages);
  kp_document_writer_set_text_cache (writer, NULL);
  if (!kp_document_writer_finish (writer, error))
    return FALSE;
  if (out_pages != NULL)
    *out_pages = n_pages;
  return TRUE;
}
