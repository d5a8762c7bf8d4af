/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-catalogue-private.h"
#include "kp-document-text.h"

#include <string.h>

/* The provider's block of a catalogue by provider, printed once above its services:
 *
 *   ┌─────────────────────────────────────────────┐ (tinted box)
 *   │ Provider name, z. ú.                         │
 *   │ Company ID 12345678                          │
 *   │ Seat      Street 1, 591 01 Town              │
 *   │ Phone     +420 566 623 111                   │
 *   │ E-mail / Web                                 │
 *   └─────────────────────────────────────────────┘
 *
 * Its rows go in front of its first service's rows, all glued to that service's title, so
 * the block never stands alone at the foot of a page. The services below leave out what
 * the block says (kp-catalogue-entry.c). A compact catalogue runs the fields on. */

enum
{
  FIELD_SEAT,
  FIELD_PHONE,
  FIELD_EMAIL,
  FIELD_WEB,
  N_FIELDS
};

typedef enum
{
  ROW_SPACE,
  ROW_TOP,
  ROW_NAME,
  ROW_ICO,
  ROW_FIELD,
  ROW_BOTTOM,
} RowKind;

typedef struct
{
  guint8  kind;
  guint8  field;
  guint16 line;
} RowInfo;

struct _KpCatalogueProviderBlock
{
  KpCatalogue            *cat;
  const KpCatalogueEntry *entry; /* its first service, which carries the provider's data */
  guint                   index; /* of that service */
  KpTextLayout           *name;
  KpTextLayout           *ico;
  KpTextLayout           *labels[N_FIELDS];
  KpTextLayout           *values[N_FIELDS];
  guint                   n_fields;
  GArray                 *info; /* RowInfo of the rows added last */
  double                  pad;
  double                  label_width;
  double                  height; /* of the box */
};

static const char *
field_label (guint field)
{
  switch (field)
    {
    case FIELD_SEAT:
      /* Translators: the registered office of a provider */
      return DC_ ("provider", "Seat");
    case FIELD_PHONE:
      return D_ ("Phone");
    case FIELD_EMAIL:
      return D_ ("E-mail");
    case FIELD_WEB:
    default:
      return D_ ("Web");
    }
}

/* @value_x: where the services' values start, for the block's to start there too */
KpCatalogueProviderBlock *
kp_catalogue_provider_block_new (KpCatalogue *cat,
                                 double       value_x)
{
  KpCatalogueProviderBlock *block = g_new0 (KpCatalogueProviderBlock, 1);
  double                    widest = 0;

  block->cat = cat;
  block->name = kp_text_layout_new (cat->cache);
  block->ico = kp_text_layout_new (cat->cache);
  for (guint i = 0; i < N_FIELDS; i++)
    {
      block->labels[i] = kp_text_layout_new (cat->cache);
      block->values[i] = kp_text_layout_new (cat->cache);
      widest = MAX (widest, kp_text_cache_measure (cat->cache, cat->style.label, field_label (i)));
    }
  block->info = g_array_new (FALSE, FALSE, sizeof (RowInfo));
  block->pad = cat->style.body_size * 0.7;
  /* the values in line with those of the services below */
  block->label_width = MAX (widest + cat->style.body_size * 0.5, value_x - block->pad);
  return block;
}

void
kp_catalogue_provider_block_free (KpCatalogueProviderBlock *block)
{
  if (block == NULL)
    return;
  kp_text_layout_free (block->name);
  kp_text_layout_free (block->ico);
  for (guint i = 0; i < N_FIELDS; i++)
    {
      kp_text_layout_free (block->labels[i]);
      kp_text_layout_free (block->values[i]);
    }
  g_array_unref (block->info);
  g_free (block);
}

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

/* The value of the next field: a row of label and value, or a compact block's one run-on
 * paragraph, "Seat: … · Phone: …". */
static KpTextLayout *
begin_field (KpCatalogueProviderBlock *block,
             guint                     field)
{
  KpCatalogue     *cat = block->cat;
  double           inner = cat->width - 2 * block->pad;
  KpTextLayout    *value;
  g_autofree char *label = NULL;

  if (!cat->options->compact)
    {
      kp_text_layout_reset (block->labels[block->n_fields], block->label_width);
      kp_text_layout_append (block->labels[block->n_fields], cat->style.label, field_label (field));
      value = block->values[block->n_fields];
      kp_text_layout_reset (value, inner - block->label_width);
      block->n_fields++;
      return value;
    }
  value = block->values[0];
  if (block->n_fields == 0)
    {
      kp_text_layout_reset (value, inner);
      block->n_fields = 1;
    }
  else
    kp_text_layout_append (value, cat->style.muted, " · ");
  /* Translators: a label before its value in running text, "Pro koho:" */
  label = g_strdup_printf (DC_ ("field label", "%s:"), field_label (field));
  kp_text_layout_append (value, cat->style.label, label);
  kp_text_layout_append (value, cat->style.body, "\302\240");
  return value;
}

static void
append_link (KpCatalogueProviderBlock *block,
             KpTextLayout             *value,
             const char               *text,
             const char               *uri)
{
  g_autofree char *link = kp_text_link_uri (uri);

  kp_text_layout_append_link (value, block->cat->style.link, text, link);
}

static void
add_row (KpCatalogueProviderBlock *block,
         GArray                   *rows,
         double                    height,
         guint                     flags,
         RowKind                   kind,
         guint                     field,
         guint                     line)
{
  RowInfo info = { kind, field, line };

  kp_flow_rows_add (rows, height, flags);
  g_array_append_val (block->info, info);
}

/**
 * kp_catalogue_provider_block_build:
 * @index: the provider's first service in the snapshot
 * @rows: where its rows are added, all glued to what follows
 *
 * Lays out the block of the provider of service @index.
 *
 * Returns: the number of rows added
 */
guint
kp_catalogue_provider_block_build (KpCatalogueProviderBlock *block,
                                   guint                     index,
                                   GArray                   *rows)
{
  KpCatalogue            *cat = block->cat;
  const KpDocumentStyle  *st = &cat->style;
  const KpCatalogueEntry *e = g_ptr_array_index (cat->snapshot->entries, index);
  double                  inner = cat->width - 2 * block->pad;
  double                  body_line = kp_text_cache_get_line_height (cat->cache, st->body);

  block->entry = e;
  block->index = index;
  block->n_fields = 0;
  g_array_set_size (block->info, 0);

  kp_text_layout_reset (block->name, inner);
  kp_text_layout_append (block->name, st->subheading, e->provider_name);
  kp_text_layout_reset (block->ico, inner);
  if (has_text (e->provider_ico))
    {
      /* Translators: the provider's identification number (IČO) */
      g_autofree char *ico = g_strdup_printf (D_ ("Company ID %s"), e->provider_ico);

      kp_text_layout_append (block->ico, st->muted, ico);
    }
  if (has_text (e->provider_address))
    kp_text_layout_append (begin_field (block, FIELD_SEAT), st->body, e->provider_address);
  if (has_text (e->provider_phone))
    {
      KpTextLayout *value = begin_field (block, FIELD_PHONE);

      if (cat->options->compact)
        {
          g_auto (GStrv) numbers = g_strsplit (e->provider_phone, "\n", -1);
          g_autofree char *joined = g_strjoinv (", ", numbers);

          kp_text_layout_append (value, st->body, joined);
        }
      else
        kp_text_layout_append (value, st->body, e->provider_phone);
    }
  if (has_text (e->provider_email))
    {
      g_autofree char *uri = kp_document_mail_uri (e->provider_email);

      append_link (block, begin_field (block, FIELD_EMAIL), e->provider_email, uri);
    }
  if (has_text (e->provider_web))
    {
      g_autofree char *uri = kp_document_web_uri (e->provider_web);

      append_link (block, begin_field (block, FIELD_WEB), e->provider_web, uri);
    }

  add_row (block, rows, body_line * 1.2, KP_FLOW_ROW_SPACE, ROW_SPACE, 0, 0);
  add_row (block, rows, block->pad, KP_FLOW_ROW_GLUE, ROW_TOP, 0, 0);
  block->height = block->pad;
  for (guint i = 0; i < kp_text_layout_get_n_lines (block->name); i++)
    add_row (block, rows, kp_text_layout_get_line_height (block->name), KP_FLOW_ROW_GLUE, ROW_NAME,
             0, i);
  block->height += kp_text_layout_get_height (block->name);
  for (guint i = 0; i < kp_text_layout_get_n_lines (block->ico); i++)
    add_row (block, rows, kp_text_layout_get_line_height (block->ico), KP_FLOW_ROW_GLUE, ROW_ICO,
             0, i);
  block->height += kp_text_layout_get_height (block->ico);
  if (block->n_fields > 0)
    {
      add_row (block, rows, st->body_size * 0.3, KP_FLOW_ROW_GLUE, ROW_BOTTOM, 0, 0);
      block->height += st->body_size * 0.3;
    }
  for (guint f = 0; f < block->n_fields; f++)
    {
      guint  n = MAX (kp_text_layout_get_n_lines (block->labels[f]),
                      kp_text_layout_get_n_lines (block->values[f]));
      double line = kp_text_layout_get_line_height (block->values[f]);

      if (cat->options->compact)
        n = kp_text_layout_get_n_lines (block->values[f]);
      for (guint i = 0; i < n; i++)
        add_row (block, rows, line, KP_FLOW_ROW_GLUE, ROW_FIELD, f, i);
      block->height += n * line;
    }
  add_row (block, rows, block->pad, KP_FLOW_ROW_GLUE, ROW_BOTTOM, 0, 0);
  block->height += block->pad;
  return block->info->len;
}

static void
draw_lines (KpCatalogueProviderBlock *block,
            KpTextLayout             *text,
            KpTag                     tag,
            guint                     line,
            double                    y)
{
  KpCatalogue *cat = block->cat;

  if (line == 0)
    kp_document_writer_begin (cat->writer, tag);
  kp_text_layout_draw_lines (text, cat->cr, cat->left + block->pad, y, line, 1);
  if (line + 1 == kp_text_layout_get_n_lines (text))
    kp_document_writer_end (cat->writer, tag);
}

/**
 * kp_catalogue_provider_block_place_row:
 * @row: the row of the block, from 0, as kp_catalogue_provider_block_build() added them
 *
 * Draws one row of the block at @y (the box with its first row), and records where the
 * provider starts: its destination and its bookmark under the letter.
 */
void
kp_catalogue_provider_block_place_row (KpCatalogueProviderBlock *block,
                                       guint                     row,
                                       double                    y)
{
  KpCatalogue   *cat = block->cat;
  const RowInfo *info = &g_array_index (block->info, RowInfo, row);
  double         x = cat->left + block->pad;

  if (cat->cr == NULL)
    return;
  switch (info->kind)
    {
    case ROW_TOP:
      {
        g_autofree char *dest = g_strdup_printf ("provider-%u", block->index);

        kp_document_fill_rect (cat->cr, KP_PUB_ACCENT_LIGHT, cat->left, y, cat->width,
                               block->height);
        kp_document_fill_rect (cat->cr, KP_PUB_ACCENT, cat->left, y, 2.5, block->height);
        kp_document_writer_add_dest (cat->writer, dest, cat->left, y);
        if (cat->n_entries <= KP_CATALOGUE_MAX_BOOKMARKS)
          kp_catalogue_add_outline (cat, cat->outline_section, block->entry->provider_name, y,
                                    &cat->outline_parent);
      }
      break;
    case ROW_NAME:
      draw_lines (block, block->name, KP_TAG_H3, info->line, y);
      break;
    case ROW_ICO:
      draw_lines (block, block->ico, KP_TAG_P, info->line, y);
      break;
    case ROW_FIELD:
      if (cat->options->compact)
        draw_lines (block, block->values[info->field], KP_TAG_P, info->line, y);
      else
        kp_catalogue_field_line (cat, block->labels[info->field], block->values[info->field],
                                 info->line, x, x + block->label_width, y);
      break;
    case ROW_SPACE:
    case ROW_BOTTOM:
    default:
      break;
    }
}

/**
 * kp_catalogue_same_provider:
 *
 * Returns: whether two services are of one provider: the same name and the same IČO (or
 *   none)
 */
gboolean
kp_catalogue_same_provider (const KpCatalogueEntry *a,
                            const KpCatalogueEntry *b)
{
  const char *ico_a = has_text (a->provider_ico) ? a->provider_ico : "";
  const char *ico_b = has_text (b->provider_ico) ? b->provider_ico : "";

  return strcmp (ico_a, ico_b) == 0 && g_strcmp0 (a->provider_name, b->provider_name) == 0;
}

/**
 * kp_catalogue_starts_provider:
 * @position: a service's place in @section
 *
 * Returns: whether the service at @position of @section gets its provider's block above
 *   it: the first of its provider in a catalogue by provider
 */
gboolean
kp_catalogue_starts_provider (KpCatalogue        *cat,
                              KpCatalogueSection *section,
                              guint               position)
{
  const KpCatalogueEntry *entry, *previous;

  if (!cat->by_provider)
    return FALSE;
  if (position == 0)
    return TRUE;
  entry = g_ptr_array_index (cat->snapshot->entries,
                             g_array_index (section->entries, guint, position));
  previous = g_ptr_array_index (cat->snapshot->entries,
                                g_array_index (section->entries, guint, position - 1));
  return !kp_catalogue_same_provider (entry, previous);
}
