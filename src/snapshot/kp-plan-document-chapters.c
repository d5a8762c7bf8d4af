/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cmark.h>
#include <string.h>

#include "kp-plan-document-private.h"

/* The plan's chapters: their CommonMark read by libcmark into headings, paragraphs of
 * spans (bold, italic, links), lists and, for the fenced blocks "```komplan KIND", the live
 * blocks the project's data fills. The text is never taken as markup anywhere else: a span
 * is the text of a node. HTML in a chapter is shown as its text. */

static void
add_inlines (KpDocParagraph *paragraph,
             cmark_node     *node,
             KpDocSpanFlags  flags);

static void
add_inline (KpDocParagraph *paragraph,
            cmark_node     *node,
            KpDocSpanFlags  flags)
{
  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
    case CMARK_NODE_HTML_INLINE:
      kp_doc_paragraph_add (paragraph, flags, cmark_node_get_literal (node));
      break;
    case CMARK_NODE_SOFTBREAK:
      kp_doc_paragraph_add (paragraph, flags, " ");
      break;
    case CMARK_NODE_LINEBREAK:
      kp_doc_paragraph_add (paragraph, flags, "\n");
      break;
    case CMARK_NODE_STRONG:
      add_inlines (paragraph, node, flags | KP_DOC_SPAN_BOLD);
      break;
    case CMARK_NODE_EMPH:
      add_inlines (paragraph, node, flags | KP_DOC_SPAN_ITALIC);
      break;
    case CMARK_NODE_LINK:
      {
        g_autoptr (GString) text = g_string_new (NULL);
        cmark_iter      *iter = cmark_iter_new (node);
        cmark_event_type ev;

        while ((ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
          {
            cmark_node *cur = cmark_iter_get_node (iter);

            if (ev == CMARK_EVENT_ENTER && cmark_node_get_literal (cur) != NULL &&
                cur != node)
              g_string_append (text, cmark_node_get_literal (cur));
          }
        cmark_iter_free (iter);
        kp_doc_paragraph_add_link (paragraph, text->str, cmark_node_get_url (node));
        break;
      }
    case CMARK_NODE_IMAGE:
      add_inlines (paragraph, node, flags);
      break;
    default:
      break;
    }
}

static void
add_inlines (KpDocParagraph *paragraph,
             cmark_node     *node,
             KpDocSpanFlags  flags)
{
  for (cmark_node *child = cmark_node_first_child (node); child != NULL;
       child = cmark_node_next (child))
    add_inline (paragraph, child, flags);
}

static void
add_list (KpPlanDocContext *ctx,
          KpDocList        *list,
          cmark_node       *node,
          int               nesting);

/* A list item's paragraphs run into one; a nested list becomes a sublist (one level). */
static void
add_list_item (KpPlanDocContext *ctx,
               KpDocList        *list,
               cmark_node       *item,
               int               nesting)
{
  KpDocParagraph *paragraph = kp_doc_list_add_item (list);
  gboolean        first = TRUE;

  for (cmark_node *child = cmark_node_first_child (item); child != NULL;
       child = cmark_node_next (child))
    {
      if (cmark_node_get_type (child) == CMARK_NODE_LIST)
        {
          KpDocListKind kind = cmark_node_get_list_type (child) == CMARK_ORDERED_LIST
                                   ? KP_DOC_LIST_NUMBERED
                                   : KP_DOC_LIST_BULLETED;

          if (nesting == 0)
            add_list (ctx, kp_doc_list_add_sublist (list, kind), child, 1);
          else
            add_list (ctx, list, child, nesting);
          continue;
        }
      if (!first)
        kp_doc_paragraph_add (paragraph, KP_DOC_SPAN_PLAIN, " ");
      if (cmark_node_get_type (child) == CMARK_NODE_CODE_BLOCK)
        kp_doc_paragraph_add (paragraph, KP_DOC_SPAN_PLAIN, cmark_node_get_literal (child));
      else
        add_inlines (paragraph, child, KP_DOC_SPAN_PLAIN);
      first = FALSE;
    }
}

static void
add_list (KpPlanDocContext *ctx,
          KpDocList        *list,
          cmark_node       *node,
          int               nesting)
{
  for (cmark_node *item = cmark_node_first_child (node); item != NULL;
       item = cmark_node_next (item))
    add_list_item (ctx, list, item, nesting);
}

static void
add_block (KpPlanDocContext *ctx,
           cmark_node       *node,
           int               base_level)
{
  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_HEADING:
      {
        g_autoptr (GString) text = g_string_new (NULL);
        int level = MIN (base_level + cmark_node_get_heading_level (node), 4);

        /* a heading is plain text: its spans' text run together */
        for (cmark_node *child = cmark_node_first_child (node); child != NULL;
             child = cmark_node_next (child))
          {
            cmark_iter      *iter = cmark_iter_new (child);
            cmark_event_type ev;

            while ((ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
              {
                cmark_node *cur = cmark_iter_get_node (iter);

                if (ev == CMARK_EVENT_ENTER && cmark_node_get_literal (cur) != NULL)
                  g_string_append (text, cmark_node_get_literal (cur));
              }
            cmark_iter_free (iter);
          }
        kp_text_document_add_heading (ctx->doc, level, NULL, text->str);
        break;
      }
    case CMARK_NODE_PARAGRAPH:
      add_inlines (kp_text_document_add_paragraph (ctx->doc), node, KP_DOC_SPAN_PLAIN);
      break;
    case CMARK_NODE_LIST:
      add_list (ctx,
                kp_text_document_add_list (ctx->doc,
                                           cmark_node_get_list_type (node) ==
                                                   CMARK_ORDERED_LIST
                                               ? KP_DOC_LIST_NUMBERED
                                               : KP_DOC_LIST_BULLETED),
                node, 0);
      break;
    case CMARK_NODE_CODE_BLOCK:
      {
        const char *info = cmark_node_get_fence_info (node);

        if (info != NULL && g_str_has_prefix (info, "komplan "))
          {
            g_autofree char *kind = g_strstrip (g_strdup (info + strlen ("komplan ")));

            kp_plan_doc_add_live_block (ctx, kind, cmark_node_get_literal (node));
          }
        else
          kp_text_document_add_text (ctx->doc, cmark_node_get_literal (node));
        break;
      }
    case CMARK_NODE_BLOCK_QUOTE:
      for (cmark_node *child = cmark_node_first_child (node); child != NULL;
           child = cmark_node_next (child))
        add_block (ctx, child, base_level);
      break;
    case CMARK_NODE_HTML_BLOCK:
      kp_text_document_add_text (ctx->doc, cmark_node_get_literal (node));
      break;
    case CMARK_NODE_THEMATIC_BREAK:
    default:
      break;
    }
}

/* @markdown's blocks; its headings one level below @base_level ("# A" under a chapter of
 * level 1 is a heading of level 2). */
void
kp_plan_doc_add_commonmark (KpPlanDocContext *ctx,
                            const char       *markdown,
                            int               base_level)
{
  cmark_node *root;

  if (markdown == NULL || markdown[0] == '\0')
    return;
  root = cmark_parse_document (markdown, strlen (markdown), CMARK_OPT_DEFAULT);
  for (cmark_node *node = cmark_node_first_child (root); node != NULL;
       node = cmark_node_next (node))
    add_block (ctx, node, base_level);
  cmark_node_free (root);
}

/* Whether @markdown has a fenced live block "komplan map" (an opening fence: its info
 * string names the kind). */
static gboolean
has_map_block (const char *markdown)
{
  g_auto (GStrv) lines = g_strsplit (markdown != NULL ? markdown : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      char        fence;

      while (*line == ' ')
        line++;
      fence = *line;
      if ((fence != '`' && fence != '~') || !g_str_has_prefix (line + 1, fence == '`' ? "``" : "~~"))
        continue;
      while (*line == fence)
        line++;
      while (*line == ' ' || *line == '\t')
        line++;
      if (g_str_has_prefix (line, "komplan map") &&
          (line[11] == '\0' || g_ascii_isspace (line[11])))
        return TRUE;
    }
  return FALSE;
}

/* Every chapter in the plan's order: its heading (anchored "kapitola-N" for links), its
 * text and live blocks. */
void
kp_plan_doc_add_chapters (KpPlanDocContext *ctx)
{
  for (guint i = 0; ctx->data->chapters != NULL && i < ctx->data->chapters->len; i++)
    {
      const KpPlanChapterData *chapter = g_ptr_array_index (ctx->data->chapters, i);

      ctx->has_map = ctx->has_map || has_map_block (chapter->body);
    }
  for (guint i = 0; ctx->data->chapters != NULL && i < ctx->data->chapters->len; i++)
    {
      const KpPlanChapterData *chapter = g_ptr_array_index (ctx->data->chapters, i);
      g_autofree char         *anchor = g_strdup_printf ("kapitola-%u", i + 1);
      int                      level = CLAMP (chapter->depth, 1, 3);

      kp_plan_doc_add_surveys_before (ctx, chapter);
      kp_text_document_add_heading (ctx->doc, level, anchor,
                                    chapter->title != NULL ? chapter->title : "");
      kp_plan_doc_add_commonmark (ctx, chapter->body, level);
    }
}
