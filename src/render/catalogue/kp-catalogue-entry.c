/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-catalogue-private.h"
#include "kp-document-text.h"
#include "kp-pictogram.h"

#include <string.h>

/* One entry of the catalogue, as rows for the flow (after its provider's block in a
 * catalogue by provider, which then leaves out the provider line and the contacts the
 * block already gives):
 *
 *   ───────────────────────────────────────────── (rule)
 *   Service name                              [⌂][🚶][🚗]
 *   Provider · Company ID 12345678
 *   Type of service · § 40 · field, outpatient
 *   Description in plain language …
 *   For whom       seniors, …; from 65
 *   Capacity       beds: 20 (residential)
 *   Address        Street 1, 591 01 Town
 *   Phone / E-mail / Web / Opening hours / Fees / Area served
 *
 * The title block is glued to the first lines after it; paragraphs keep two lines
 * together at a break. The layouts are reused for every entry. */

enum
{
  FIELD_FOR_WHOM,
  FIELD_CAPACITY,
  FIELD_ADDRESS,
  FIELD_PHONE,
  FIELD_EMAIL,
  FIELD_WEB,
  FIELD_HOURS,
  FIELD_FEES,
  FIELD_AREA,
  N_FIELDS
};

typedef enum
{
  PART_RULE,
  PART_TITLE,
  PART_PROVIDER,
  PART_KIND,
  PART_DESCRIPTION,
  PART_FIELD,
  PART_PROVIDER_BLOCK,
} Part;

typedef struct
{
  guint8  part;
  guint8  field;
  guint16 line;
} RowInfo;

struct _KpCatalogueEntryLayout
{
  KpCatalogue              *cat;
  const KpCatalogueEntry   *entry;
  guint                     index;
  KpTextLayout             *title;
  KpTextLayout             *provider;
  KpTextLayout             *kind;
  KpTextLayout             *description;
  KpTextLayout             *continuation;
  KpTextLayout             *labels[N_FIELDS];
  KpTextLayout             *values[N_FIELDS];
  guint                     n_fields;
  GArray                   *info;          /* RowInfo, parallel to cat->rows */
  int                       last_row;      /* the last row drawn, where the entry's tags end */
  int                       rule_row;      /* where the entry starts: its rule and destination */
  gboolean                  with_provider; /* its provider's block goes first */
  KpCatalogueProviderBlock *block;         /* the provider's block */
  gboolean                  compact;
  double                    label_width;
  double                    value_x; /* 0 when compact: labels run in the text */
  double                    picto_size;
  double                    picto_gap;
};

static const char *
field_label (guint field,
             guint n_addresses)
{
  switch (field)
    {
    case FIELD_FOR_WHOM:
      return D_ ("For whom");
    case FIELD_CAPACITY:
      return D_ ("Capacity");
    case FIELD_ADDRESS:
      return n_addresses > 1 ? D_ ("Addresses") : D_ ("Address");
    case FIELD_PHONE:
      return D_ ("Phone");
    case FIELD_EMAIL:
      return D_ ("E-mail");
    case FIELD_WEB:
      return D_ ("Web");
    case FIELD_HOURS:
      return D_ ("Opening hours");
    case FIELD_FEES:
      return D_ ("Fees");
    case FIELD_AREA:
    default:
      return D_ ("Area served");
    }
}

KpCatalogueEntryLayout *
kp_catalogue_entry_layout_new (KpCatalogue *cat)
{
  KpCatalogueEntryLayout *layout = g_new0 (KpCatalogueEntryLayout, 1);
  double                  widest = 0;

  layout->cat = cat;
  layout->title = kp_text_layout_new (cat->cache);
  layout->provider = kp_text_layout_new (cat->cache);
  layout->kind = kp_text_layout_new (cat->cache);
  layout->description = kp_text_layout_new (cat->cache);
  layout->continuation = kp_text_layout_new (cat->cache);
  for (guint i = 0; i < N_FIELDS; i++)
    {
      layout->labels[i] = kp_text_layout_new (cat->cache);
      layout->values[i] = kp_text_layout_new (cat->cache);
      widest = MAX (widest, kp_text_cache_measure (cat->cache, cat->style.label, field_label (i, 2)));
      widest = MAX (widest, kp_text_cache_measure (cat->cache, cat->style.label, field_label (i, 1)));
    }
  layout->info = g_array_new (FALSE, FALSE, sizeof (RowInfo));
  layout->label_width = MIN (widest + cat->style.body_size, cat->width * 0.3);
  layout->compact = cat->options->compact;
  layout->value_x = layout->compact ? 0 : layout->label_width;
  layout->picto_size = cat->style.body_size * 1.6;
  layout->picto_gap = cat->style.body_size * 0.35;
  layout->block = kp_catalogue_provider_block_new (cat, layout->value_x);
  return layout;
}

void
kp_catalogue_entry_layout_free (KpCatalogueEntryLayout *layout)
{
  if (layout == NULL)
    return;
  kp_text_layout_free (layout->title);
  kp_text_layout_free (layout->provider);
  kp_text_layout_free (layout->kind);
  kp_text_layout_free (layout->description);
  kp_text_layout_free (layout->continuation);
  for (guint i = 0; i < N_FIELDS; i++)
    {
      kp_text_layout_free (layout->labels[i]);
      kp_text_layout_free (layout->values[i]);
    }
  g_array_unref (layout->info);
  kp_catalogue_provider_block_free (layout->block);
  g_free (layout);
}

static void
add_row (KpCatalogueEntryLayout *layout,
         double                  height,
         guint                   flags,
         Part                    part,
         guint                   field,
         guint                   line)
{
  RowInfo info = { part, field, line };

  kp_flow_rows_add (layout->cat->rows, height, flags);
  g_array_append_val (layout->info, info);
}

static void
add_lines (KpCatalogueEntryLayout *layout,
           KpTextLayout           *text,
           Part                    part,
           guint                   field,
           guint                   n_lines,
           gboolean                glue_all)
{
  guint first = layout->cat->rows->len;

  kp_flow_rows_add_lines (layout->cat->rows, n_lines, kp_text_layout_get_line_height (text),
                          glue_all ? KP_FLOW_ROW_GLUE : 0);
  for (guint i = 0; i < n_lines; i++)
    {
      RowInfo info = { part, field, i };

      if (glue_all)
        g_array_index (layout->cat->rows, KpFlowRow, first + i).flags |= KP_FLOW_ROW_GLUE;
      g_array_append_val (layout->info, info);
    }
}

/* In a compact entry the fields run on in four paragraphs: facts, addresses, contacts
 * (one label for phone, e-mail and web) and the area served. */
static const guint compact_paragraph[N_FIELDS] = { 0, 0, 1, 2, 2, 2, 0, 0, 3 };

static KpTextLayout *
begin_field (KpCatalogueEntryLayout *layout,
             guint                   field)
{
  KpCatalogue     *cat = layout->cat;
  KpTextLayout    *value;
  guint            paragraph;
  g_autofree char *label = NULL;
  g_autofree char *tied = NULL;
  g_auto (GStrv) words = NULL;

  if (!layout->compact)
    {
      value = layout->values[layout->n_fields];
      kp_text_layout_reset (layout->labels[layout->n_fields], layout->label_width);
      kp_text_layout_append (layout->labels[layout->n_fields], cat->style.label,
                             field_label (field, layout->entry->addresses->len));
      kp_text_layout_reset (value, cat->width - layout->label_width);
      layout->n_fields++;
      return value;
    }

  paragraph = compact_paragraph[field];
  value = layout->values[paragraph];
  if (!kp_text_layout_is_empty (value))
    {
      kp_text_layout_append (value, cat->style.muted, " · ");
      if (paragraph == compact_paragraph[FIELD_PHONE])
        return value;
    }
  /* Translators: a label before its value in running text, "Pro koho:" */
  label = g_strdup_printf (DC_ ("field label", "%s:"),
                           paragraph == compact_paragraph[FIELD_PHONE]
                               ? D_ ("Contact")
                               : field_label (field, layout->entry->addresses->len));
  /* a label is never broken over two lines: no-break spaces */
  words = g_strsplit (label, " ", -1);
  tied = g_strjoinv ("\302\240", words);
  kp_text_layout_append (value, cat->style.label, tied);
  kp_text_layout_append (value, cat->style.body, " ");
  return value;
}

static void
append_joined (KpTextLayout *text,
               guint         style,
               GPtrArray    *items,
               const char   *separator)
{
  for (guint i = 0; i < items->len; i++)
    {
      if (i > 0)
        kp_text_layout_append (text, style, separator);
      kp_text_layout_append (text, style, g_ptr_array_index (items, i));
    }
}

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

/* Under its provider's block, an entry leaves out what the block says. */
static gboolean
repeats_provider (KpCatalogueEntryLayout *layout,
                  const char             *value,
                  const char             *provider_value)
{
  return layout->cat->by_provider && has_text (value) && g_strcmp0 (value, provider_value) == 0;
}

static gboolean
any_has_comma (GPtrArray *names)
{
  for (guint i = 0; i < names->len; i++)
    if (strchr (g_ptr_array_index (names, i), ',') != NULL)
      return TRUE;
  return FALSE;
}

static void
build_fields (KpCatalogueEntryLayout *layout)
{
  const KpCatalogueEntry *e = layout->entry;
  const KpDocumentStyle  *st = &layout->cat->style;
  KpTextLayout           *value;

  layout->n_fields = 0;
  if (layout->compact)
    {
      layout->n_fields = 4;
      for (guint i = 0; i < layout->n_fields; i++)
        {
          kp_text_layout_reset (layout->labels[i], 0);
          kp_text_layout_reset (layout->values[i], layout->cat->width);
        }
    }
  if (e->target_groups->len > 0 || has_text (e->age_text))
    {
      value = begin_field (layout, FIELD_FOR_WHOM);
      append_joined (value, st->body, e->target_groups, ", ");
      if (has_text (e->age_text))
        {
          if (e->target_groups->len > 0)
            kp_text_layout_append (value, st->body, "; ");
          kp_text_layout_append (value, st->body, e->age_text);
        }
    }
  if (e->capacities->len > 0)
    {
      value = begin_field (layout, FIELD_CAPACITY);
      for (guint i = 0; i < e->capacities->len; i++)
        {
          const KpCapacity *c = &g_array_index (e->capacities, KpCapacity, i);
          g_autofree char  *number = kp_document_format_number (c->value);
          g_autofree char  *text = NULL;

          if (c->form != KP_SERVICE_FORM_NONE)
            /* Translators: a capacity: unit, number and the form it belongs to, "lůžka: 20 (pobytová)" */
            text = g_strdup_printf (D_ ("%s: %s (%s)"), c->unit, number,
                                    kp_service_form_get_name (c->form));
          else
            /* Translators: a capacity: unit and number, "klienti: 15" */
            text = g_strdup_printf (D_ ("%s: %s"), c->unit, number);
          if (i > 0)
            kp_text_layout_append (value, st->body, ", ");
          kp_text_layout_append (value, st->body, text);
        }
    }
  if (e->addresses->len > 0 &&
      !(e->addresses->len == 1 &&
        repeats_provider (layout, g_ptr_array_index (e->addresses, 0), e->provider_address)))
    append_joined (begin_field (layout, FIELD_ADDRESS), st->body, e->addresses,
                   layout->compact ? "; " : "\n");
  if (has_text (e->phone) && !repeats_provider (layout, e->phone, e->provider_phone))
    kp_text_layout_append (begin_field (layout, FIELD_PHONE), st->body, e->phone);
  if (has_text (e->email) && !repeats_provider (layout, e->email, e->provider_email))
    {
      g_autofree char *uri = kp_document_mail_uri (e->email);
      g_autofree char *link = kp_text_link_uri (uri);

      kp_text_layout_append_link (begin_field (layout, FIELD_EMAIL), st->link, e->email, link);
    }
  if (has_text (e->web) && !repeats_provider (layout, e->web, e->provider_web))
    {
      g_autofree char *uri = kp_document_web_uri (e->web);
      g_autofree char *link = kp_text_link_uri (uri);

      kp_text_layout_append_link (begin_field (layout, FIELD_WEB), st->link, e->web, link);
    }
  if (has_text (e->hours))
    kp_text_layout_append (begin_field (layout, FIELD_HOURS), st->body, e->hours);
  if (has_text (e->fees))
    kp_text_layout_append (begin_field (layout, FIELD_FEES), st->body, e->fees);
  /* "Nová Ves, okres Kolín; Lesná" when a name carries its okres */
  if (e->obce->len > 0)
    append_joined (begin_field (layout, FIELD_AREA), st->body, e->obce,
                   any_has_comma (e->obce) ? "; " : ", ");
}

static void
build_head (KpCatalogueEntryLayout *layout)
{
  const KpCatalogueEntry *e = layout->entry;
  KpCatalogue            *cat = layout->cat;
  const KpDocumentStyle  *st = &cat->style;
  double                  forms_width = kp_pictogram_forms_width (e->forms, layout->picto_size, layout->picto_gap);
  g_autofree char        *forms = kp_document_forms_text (e->forms);
  gboolean                first = TRUE;
  KpTextLayout           *kind;

  kp_text_layout_reset (layout->title, cat->width - (forms_width > 0 ? forms_width + 12 : 0));
  kp_text_layout_append (layout->title, st->entry_title, e->name);

  kp_text_layout_reset (layout->provider, cat->width);
  if (!cat->by_provider)
    kp_text_layout_append (layout->provider, st->muted, e->provider_name);
  if (has_text (e->provider_ico) && !cat->by_provider)
    {
      /* Translators: the provider's identification number (IČO) */
      g_autofree char *ico = g_strdup_printf (D_ ("Company ID %s"), e->provider_ico);

      if (has_text (e->provider_name))
        kp_text_layout_append (layout->provider, st->muted, " · ");
      kp_text_layout_append (layout->provider, st->muted, ico);
    }

  kp_text_layout_reset (layout->kind, cat->width);
  kind = layout->compact ? layout->provider : layout->kind;
  if (layout->compact && !kp_text_layout_is_empty (kind) &&
      (has_text (e->type_name) || has_text (e->paragraph) || e->is_local || *forms != '\0'))
    kp_text_layout_append (kind, st->muted, " · ");
  if (has_text (e->type_name))
    {
      kp_text_layout_append (kind, st->kind, e->type_name);
      first = FALSE;
    }
  if (e->is_local || has_text (e->paragraph))
    {
      if (!first)
        kp_text_layout_append (kind, st->kind, " · ");
      kp_text_layout_append (kind, st->kind,
                             e->is_local ? D_ ("related service, not registered") : e->paragraph);
      first = FALSE;
    }
  if (*forms != '\0')
    {
      if (!first)
        kp_text_layout_append (kind, st->kind, " · ");
      kp_text_layout_append (kind, st->kind, forms);
    }

  kp_text_layout_reset (layout->description, cat->width);
  kp_text_layout_append (layout->description, st->body, e->description);
}

static void
build_rows (KpCatalogueEntryLayout *layout)
{
  KpCatalogue *cat = layout->cat;
  double       body_line = kp_text_cache_get_line_height (cat->cache, cat->style.body);

  g_array_set_size (cat->rows, 0);
  g_array_set_size (layout->info, 0);
  if (layout->with_provider)
    {
      guint n = kp_catalogue_provider_block_build (layout->block, layout->index, cat->rows);

      for (guint i = 0; i < n; i++)
        {
          RowInfo info = { PART_PROVIDER_BLOCK, 0, i };

          g_array_append_val (layout->info, info);
        }
    }
  add_row (layout, layout->with_provider ? cat->style.body_size * 0.2 : body_line * 1.1,
           KP_FLOW_ROW_SPACE, PART_RULE, 0, 0);
  layout->rule_row = cat->rows->len;
  add_row (layout, cat->style.body_size * 0.7, KP_FLOW_ROW_GLUE, PART_RULE, 0, 0);
  add_lines (layout, layout->title, PART_TITLE, 0, kp_text_layout_get_n_lines (layout->title),
             TRUE);
  add_lines (layout, layout->provider, PART_PROVIDER, 0,
             kp_text_layout_get_n_lines (layout->provider), TRUE);
  add_lines (layout, layout->kind, PART_KIND, 0, kp_text_layout_get_n_lines (layout->kind),
             TRUE);
  if (!kp_text_layout_is_empty (layout->description))
    {
      add_row (layout, cat->style.body_size * 0.3, KP_FLOW_ROW_SPACE, PART_RULE, 0, 0);
      add_lines (layout, layout->description, PART_DESCRIPTION, 0,
                 kp_text_layout_get_n_lines (layout->description), FALSE);
    }
  if (layout->n_fields > 0)
    add_row (layout, cat->style.body_size * 0.3, KP_FLOW_ROW_SPACE, PART_RULE, 0, 0);
  for (guint f = 0; f < layout->n_fields; f++)
    add_lines (layout, layout->values[f], PART_FIELD, f,
               MAX (kp_text_layout_get_n_lines (layout->labels[f]),
                    kp_text_layout_get_n_lines (layout->values[f])),
               FALSE);
  layout->last_row = cat->rows->len - 1;
  while (layout->last_row > 0 &&
         (g_array_index (cat->rows, KpFlowRow, layout->last_row).flags & KP_FLOW_ROW_SPACE))
    layout->last_row--;
}

/* The structure element of a part of the entry, and its text. */
static KpTag
part_tag (KpCatalogueEntryLayout *layout,
          const RowInfo          *info,
          KpTextLayout          **out_text)
{
  switch (info->part)
    {
    case PART_TITLE:
      *out_text = layout->title;
      return layout->cat->entry_tag;
    case PART_PROVIDER:
      *out_text = layout->provider;
      return KP_TAG_P;
    case PART_KIND:
      *out_text = layout->kind;
      return KP_TAG_P;
    case PART_DESCRIPTION:
      *out_text = layout->description;
      return KP_TAG_P;
    case PART_FIELD:
    case PART_RULE:
    default:
      *out_text = layout->values[info->field];
      return KP_TAG_P;
    }
}

/* A line of a part that is one element (the title, a paragraph, a compact entry's field). */
static void
draw_part_line (KpCatalogueEntryLayout *layout,
                const RowInfo          *info,
                double                  x,
                double                  y)
{
  KpDocumentWriter *writer = layout->cat->writer;
  KpTextLayout     *text = NULL;
  KpTag             tag = part_tag (layout, info, &text);

  if (info->line == 0)
    kp_document_writer_begin (writer, tag);
  kp_text_layout_draw_lines (text, layout->cat->cr, x, y, info->line, 1);
  if (info->line + 1u == kp_text_layout_get_n_lines (text))
    kp_document_writer_end (writer, tag);
}

/* A line of a field: label and value, a paragraph. */
static void
draw_field_line (KpCatalogueEntryLayout *layout,
                 const RowInfo          *info,
                 double                  x,
                 double                  y)
{
  if (layout->compact)
    draw_part_line (layout, info, x, y);
  else
    kp_catalogue_field_line (layout->cat, layout->labels[info->field], layout->values[info->field],
                             info->line, x, x + layout->value_x, y);
}

static void
place_row (KpFlow  *flow,
           int      row,
           double   y,
           gpointer user_data)
{
  KpCatalogueEntryLayout *layout = user_data;
  KpCatalogue            *cat = layout->cat;
  cairo_t                *cr = cat->cr;
  const RowInfo          *info;
  double                  x = cat->left;

  if (row < 0)
    {
      if (cr == NULL)
        return;
      /* the entry's name again at the top of the page: a reminder, not text to read */
      kp_document_writer_begin_artifact (cat->writer);
      kp_text_layout_draw (layout->continuation, cr, x, y);
      kp_document_writer_end_artifact (cat->writer);
      return;
    }
  info = &g_array_index (layout->info, RowInfo, row);
  if (info->part == PART_PROVIDER_BLOCK)
    {
      kp_catalogue_provider_block_place_row (layout->block, info->line, y);
      return;
    }
  if (info->part == PART_RULE)
    {
      g_autofree char *dest = NULL;

      if (row != layout->rule_row)
        return;
      kp_catalogue_record_page (cat, &cat->entry_page[layout->index], flow->page);
      if (cr == NULL)
        return;
      dest = g_strdup_printf ("svc-%u", layout->index);
      /* right under its provider's block, the box is rule enough */
      if (!layout->with_provider)
        kp_document_hline (cr, KP_PUB_RULE, x, y + 0.5, cat->width, 0.7);
      kp_document_writer_add_dest (cat->writer, dest, x, y);
      if (cat->n_entries <= KP_CATALOGUE_MAX_BOOKMARKS)
        kp_catalogue_add_outline (cat, cat->outline_parent, layout->entry->name, y, NULL);
      kp_document_writer_begin (cat->writer, KP_TAG_SECT);
      return;
    }
  if (cr == NULL)
    return;
  switch (info->part)
    {
    case PART_TITLE:
      draw_part_line (layout, info, x, y);
      if (info->line == 0 && layout->entry->forms != KP_SERVICE_FORM_NONE)
        kp_pictograms_draw_forms (cat->pictograms, cr, layout->entry->forms, x + cat->width,
                                  y + (kp_text_layout_get_line_height (layout->title) -
                                       layout->picto_size) /
                                          2,
                                  layout->picto_size, layout->picto_gap);
      break;
    case PART_PROVIDER:
    case PART_KIND:
    case PART_DESCRIPTION:
      draw_part_line (layout, info, x, y);
      break;
    case PART_FIELD:
      draw_field_line (layout, info, x, y);
      break;
    case PART_RULE:
    default:
      break;
    }
  if (row == layout->last_row)
    kp_document_writer_end (cat->writer, KP_TAG_SECT);
}

/**
 * kp_catalogue_entry_layout_build:
 * @index: the entry's index in the snapshot
 * @with_provider: put its provider's block first (kp_catalogue_starts_provider())
 *
 * Lays out one entry into the catalogue's rows, ready for kp_flow_lead_height() and
 * kp_catalogue_entry_layout_place().
 */
void
kp_catalogue_entry_layout_build (KpCatalogueEntryLayout *layout,
                                 guint                   index,
                                 gboolean                with_provider)
{
  KpCatalogue     *cat = layout->cat;
  g_autofree char *continued = NULL;

  layout->entry = g_ptr_array_index (cat->snapshot->entries, index);
  layout->index = index;
  layout->with_provider = with_provider;
  build_head (layout);
  build_fields (layout);
  build_rows (layout);

  /* Translators: at the top of a page, when a long entry goes on from the page before */
  continued = g_strdup_printf (D_ ("%s (continued)"), layout->entry->name);
  kp_text_layout_reset (layout->continuation, cat->width);
  kp_text_layout_append (layout->continuation, cat->style.italic, continued);
}

/**
 * kp_catalogue_entry_layout_place:
 *
 * Places the entry built last in the flow (drawing it in the drawing pass).
 */
void
kp_catalogue_entry_layout_place (KpCatalogueEntryLayout *layout)
{
  KpCatalogue *cat = layout->cat;

  kp_flow_place (&cat->flow, (const KpFlowRow *) cat->rows->data, cat->rows->len, 0,
                 kp_text_layout_get_height (layout->continuation), place_row, layout);
}
