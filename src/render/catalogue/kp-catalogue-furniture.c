/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-catalogue-private.h"

#include <string.h>

/* The page furniture: running heads and page numbers, outside the structure tree.
 *
 * An A4 page has room for both heads on one line: the catalogue's title at the left, the
 * part or chapter at the right. An A5 page has not, so a booklet has one head a page, at
 * its outer edge with the whole measure: the title on the left (even) pages, the part on
 * the right (odd) ones, as books do. A head still too long is cut after a whole word with
 * an ellipsis, never after a preposition or a conjunction ("Katalog … služeb pro…"). */

/* Words a cut head must not end with: one-letter prepositions and conjunctions, and the
 * short prepositions a Czech title has. */
static const char *const weak_words[] = {
  "a",
  "i",
  "k",
  "o",
  "s",
  "u",
  "v",
  "z",
  "ve",
  "se",
  "ze",
  "ke",
  "ku",
  "na",
  "do",
  "od",
  "po",
  "za",
  "pro",
  "při",
  "nad",
  "pod",
  "před",
  "bez",
  "přes",
  "mezi",
  "či",
  "nebo",
  "ani",
};

static gboolean
is_weak (const char *word)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);

  for (guint i = 0; i < G_N_ELEMENTS (weak_words); i++)
    if (strcmp (lower, weak_words[i]) == 0)
      return TRUE;
  return FALSE;
}

/* @words[0 … n - 1] with the punctuation and weak words at the end taken off, and "…". */
static char *
cut_at (char **words,
        guint  n)
{
  g_autoptr (GString) head = g_string_new (NULL);

  while (n > 0)
    {
      char *last = words[n - 1];
      gsize len = strlen (last);

      while (len > 0 && strchr (",;:-", last[len - 1]) != NULL)
        len--;
      /* an en or em dash at the end */
      while (len >= 3 && (strncmp (last + len - 3, "–", 3) == 0 || strncmp (last + len - 3, "—", 3) == 0))
        len -= 3;
      if (len > 0)
        {
          g_autofree char *word = g_strndup (last, len);

          if (!is_weak (word) || n == 1)
            {
              for (guint i = 0; i + 1 < n; i++)
                g_string_append_printf (head, "%s ", words[i]);
              g_string_append (head, word);
              break;
            }
        }
      n--;
    }
  if (head->len == 0)
    return NULL;
  g_string_append (head, "…");
  return g_string_free (g_steal_pointer (&head), FALSE);
}

/**
 * kp_catalogue_fit_head:
 *
 * Returns: (transfer full): @text when it fits on one line of @width in @style, else its
 *   first words that fit, cut after a whole word with an ellipsis
 */
char *
kp_catalogue_fit_head (KpTextCache *cache,
                       guint        style,
                       const char  *text,
                       double       width)
{
  g_auto (GStrv) words = NULL;
  guint            n;
  g_autofree char *first = NULL;

  if (kp_text_cache_measure (cache, style, text) <= width)
    return g_strdup (text);
  words = g_strsplit (text, " ", -1);
  n = g_strv_length (words);
  for (guint k = n; k-- > 1;)
    {
      g_autofree char *head = cut_at (words, k);

      if (head != NULL && kp_text_cache_measure (cache, style, head) <= width)
        return g_steal_pointer (&head);
    }
  /* not even the first word: as many of its characters as fit */
  first = g_strdup (words[0] != NULL ? words[0] : "");
  while (*first != '\0')
    {
      g_autofree char *head = NULL;

      *g_utf8_find_prev_char (first, first + strlen (first)) = '\0';
      head = g_strconcat (first, "…", NULL);
      if (kp_text_cache_measure (cache, style, head) <= width)
        return g_steal_pointer (&head);
    }
  return g_strdup ("…");
}

static void
draw_head (KpCatalogue *cat,
           const char  *text,
           KpTextAlign  align,
           double       y)
{
  kp_text_layout_reset (cat->furniture, cat->width);
  kp_text_layout_set_align (cat->furniture, align);
  kp_text_layout_append (cat->furniture, cat->style.small, text);
  kp_text_layout_draw_lines (cat->furniture, cat->cr, cat->left, y, 0, 1);
}

/* The heads for the part named now: cat->header_left and cat->header_right. */
static void
fit_heads (KpCatalogue *cat)
{
  const double gap = cat->style.body_size * 1.5;
  double       right_width = 0;

  g_clear_pointer (&cat->header_left, g_free);
  g_clear_pointer (&cat->header_right, g_free);
  if (cat->booklet)
    {
      cat->header_left = kp_catalogue_fit_head (cat->cache, cat->style.small, cat->options->title,
                                                cat->width);
      if (cat->running != NULL)
        cat->header_right = kp_catalogue_fit_head (cat->cache, cat->style.small, cat->running,
                                                   cat->width);
    }
  else
    {
      if (cat->running != NULL)
        {
          cat->header_right = kp_catalogue_fit_head (cat->cache, cat->style.small, cat->running,
                                                     cat->width * 0.5);
          right_width = kp_text_cache_measure (cat->cache, cat->style.small, cat->header_right);
        }
      cat->header_left = kp_catalogue_fit_head (cat->cache, cat->style.small, cat->options->title,
                                                cat->width - right_width - gap);
    }
  cat->header_running = cat->running;
}

/**
 * kp_catalogue_draw_furniture:
 *
 * The running head (and the rule under it) and the page number of the page begun now.
 */
void
kp_catalogue_draw_furniture (KpCatalogue *cat)
{
  const double     header_top = cat->top - KP_PUB_MM (12);
  const double     footer_top = cat->page_height - KP_PUB_MM (cat->page_width < 500 ? 13 : 15);
  g_autofree char *number = g_strdup_printf ("%d", cat->flow.page);
  gboolean         left_page = cat->flow.page % 2 == 0;

  if (cat->header_running != cat->running || cat->header_left == NULL)
    fit_heads (cat);
  kp_document_writer_begin_artifact (cat->writer);
  if (!cat->booklet || left_page)
    draw_head (cat, cat->header_left, KP_TEXT_ALIGN_LEFT, header_top);
  if (cat->header_right != NULL && (!cat->booklet || !left_page))
    draw_head (cat, cat->header_right, KP_TEXT_ALIGN_RIGHT, header_top);
  kp_document_hline (cat->cr, KP_PUB_RULE, cat->left,
                     header_top + kp_text_cache_get_line_height (cat->cache, cat->style.small) + 3,
                     cat->width, 0.5);

  kp_text_layout_reset (cat->furniture, cat->width);
  kp_text_layout_set_align (cat->furniture, KP_TEXT_ALIGN_CENTER);
  kp_text_layout_append (cat->furniture, cat->style.number, number);
  kp_text_layout_draw (cat->furniture, cat->cr, cat->left, footer_top);
  kp_document_writer_end_artifact (cat->writer);
}
