/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-leaflet-private.h"
#include "kp-document-text.h"

/* Geometry of the two formats, fitting the stream into its frames, and the two pages.
 *
 * A4 folded in three (roll fold), landscape:
 *   page 1 (outside): [flap | back | cover]    page 2 (inside): [1 | 2 | 3]
 * The flap folds in, under the cover, so it is 3 mm narrower than the others (97 + 100 +
 * 100 mm): it is the flap on the outside and panel 3 inside, the same third of the sheet.
 * The stream runs flap → inside 1 → 2 → 3: introduction and key contacts on the flap
 * (the first panel seen on opening the cover), services inside.
 * A5 on both sides: page 1 has the title band and the stream; page 2 the rest of the stream
 * and, at its foot, the crisis lines, publicity and logos.
 *
 * Fitting: a few services make a roomy leaflet: larger type (good for seniors) and each
 * service with its hours and fees, as long as everything fits, the extras below included.
 * Else at the normal size: all services with a sentence of description; else the last
 * ones lose their descriptions, one by one, up to all of them; else as many services as
 * fit, plus a line saying how many more the catalogue has.
 *
 * Spreading: a few services leave panels empty. Then the extras fill them, as a designer
 * would: the legend of the pictograms (on the flap or after the services), the catalogue
 * hint, and "My contacts", lines to write on that take the rest of the last panel. Of the
 * ways to place them, the one with the fewest empty frames wins, then the one that leaves
 * the least blank space in its frames, spread evenly; the services never move. */

typedef enum
{
  EXTRA_NONE = 0,
  EXTRA_LEGEND_FIRST = 1 << 0, /* the legend before the services (the flap), not after */
  EXTRA_BREAK_LEGEND = 1 << 1, /* a new frame before the legend, after the services */
  EXTRA_BREAK_HINT = 1 << 2,
  EXTRA_BREAK_NOTES = 1 << 3,
  EXTRA_ALL = 1 << 4, /* the number of combinations */
} Extras;

static void
leaflet_free (KpLeaflet *lf)
{
  g_clear_pointer (&lf->lines, g_ptr_array_unref);
  g_clear_pointer (&lf->contacts, g_ptr_array_unref);
  g_clear_pointer (&lf->national, g_ptr_array_unref);
  g_clear_pointer (&lf->logos, g_ptr_array_unref);
  g_clear_pointer (&lf->intro, g_strfreev);
  g_clear_pointer (&lf->rank, g_free);
  g_clear_pointer (&lf->text, kp_text_layout_free);
  g_clear_pointer (&lf->text2, kp_text_layout_free);
  g_clear_pointer (&lf->text3, kp_text_layout_free);
  g_clear_pointer (&lf->blocks, g_array_unref);
  g_clear_pointer (&lf->cache, kp_text_cache_free);
  g_free (lf);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpLeaflet, leaflet_free)

static KpLeafletFrame
make_frame (int    page,
            double x,
            double y,
            double width,
            double height)
{
  KpLeafletFrame frame = { page, x, y, width, height };

  return frame;
}

/**
 * kp_leaflet_get_panel:
 * @page: 1 (outside) or 2 (inside)
 * @panel: 0, 1 or 2, from the left
 *
 * Where a panel of the folded leaflet is on its page, in points.
 */
void
kp_leaflet_get_panel (int     page,
                      int     panel,
                      double *x,
                      double *width)
{
  /* outside: the folding-in flap first; inside: it is the last */
  const double  outside[] = { KP_LEAFLET_FLAP, KP_LEAFLET_PANEL, KP_LEAFLET_PANEL };
  const double  inside[] = { KP_LEAFLET_PANEL, KP_LEAFLET_PANEL, KP_LEAFLET_FLAP };
  const double *widths = page == 1 ? outside : inside;

  g_return_if_fail (panel >= 0 && panel < 3);
  *x = 0;
  for (int i = 0; i < panel; i++)
    *x += widths[i];
  *width = widths[panel];
}

/* The frame of a panel, inside its margins. */
static KpLeafletFrame
panel_frame (KpLeaflet *lf,
             int        page,
             int        panel)
{
  double x, width, top = KP_PUB_MM (10);

  kp_leaflet_get_panel (page, panel, &x, &width);
  return make_frame (page, x + lf->margin, top, width - 2 * lf->margin, lf->page_height - 2 * top);
}

/* The sizes of type the leaflet may use, largest first: roomy ones while everything fits,
 * the last one else. Large print never goes under 12 pt. */
static const double normal_scales[] = { 1.2, 1.1, 1.0 };
static const double large_scales[] = { 1.4, 1.3, 1.2 };

static const double *
scales (KpLeaflet *lf)
{
  return lf->options->print.large_print ? large_scales : normal_scales;
}

/* The type at @scale times the normal size, and the frames that follow from it. */
static void
setup_geometry (KpLeaflet *lf,
                double     scale)
{
  double w, h;

  lf->scale = scale;
  kp_document_style_init (&lf->style, lf->cache, 10.0 * scale);

  if (lf->options->format == KP_LEAFLET_A4_TRIFOLD)
    {
      kp_page_size_get_points (KP_PAGE_SIZE_A4, &h, &w);
      lf->page_width = w;
      lf->page_height = h;
      lf->margin = KP_PUB_MM (9);
      /* the flap is the narrowest frame; each block is measured in the frame it goes to */
      lf->frames[0] = panel_frame (lf, 1, 0);
      for (int i = 0; i < 3; i++)
        lf->frames[i + 1] = panel_frame (lf, 2, i);
      lf->back = panel_frame (lf, 1, 1);
      lf->n_frames = 4;
    }
  else
    {
      KpLeafletFrame most;
      double         band, m = KP_PUB_MM (12), back;

      kp_page_size_get_points (KP_PAGE_SIZE_A5, &w, &h);
      lf->page_width = w;
      lf->page_height = h;
      lf->margin = m;
      band = kp_leaflet_draw_band (lf);
      lf->frames[0] = make_frame (1, m, band + m * 0.8, w - 2 * m, h - m - band - m * 0.8);
      most = make_frame (2, m, m, w - 2 * m, (h - 2 * m) * 0.6);
      back = kp_leaflet_draw_back (lf, &most, TRUE);
      lf->back = make_frame (2, m, h - m - back, w - 2 * m, back);
      lf->frames[1] = make_frame (2, m, m, w - 2 * m, lf->back.y - m * 0.8 - m);
      lf->n_frames = 2;
    }
}

static void
add_block (KpLeaflet         *lf,
           KpLeafletBlockKind kind,
           guint              index,
           gboolean           frame_break)
{
  KpLeafletBlock block = { kind, index, frame_break, kind >= KP_LEAFLET_BLOCK_LEGEND, -1, 0, 0 };

  g_array_append_val (lf->blocks, block);
}

/* The stream; with @extras (-1: none), the extras in that arrangement. */
static void
build_blocks (KpLeaflet *lf,
              guint      n_shown,
              int        extras)
{
  guint n_entries = lf->snapshot->entries->len;
  int   section = -1;

  g_array_set_size (lf->blocks, 0);
  for (guint i = 0; lf->intro[i] != NULL; i++)
    add_block (lf, KP_LEAFLET_BLOCK_INTRO, i, FALSE);
  if (lf->contacts->len > 0)
    add_block (lf, KP_LEAFLET_BLOCK_HEADING, KP_LEAFLET_HEADING_CONTACTS, FALSE);
  for (guint i = 0; i < lf->contacts->len; i++)
    add_block (lf, KP_LEAFLET_BLOCK_CONTACT, i, FALSE);
  if (extras >= 0 && (extras & EXTRA_LEGEND_FIRST) && n_shown > 0)
    add_block (lf, KP_LEAFLET_BLOCK_LEGEND, 0, FALSE);
  if (n_entries > 0)
    add_block (lf, KP_LEAFLET_BLOCK_HEADING, KP_LEAFLET_HEADING_SERVICES,
               lf->services_inside && lf->blocks->len > 0);
  for (guint i = 0; i < n_entries; i++)
    {
      const KpCatalogueEntry *e = g_ptr_array_index (lf->snapshot->entries, i);

      if (lf->rank[i] >= n_shown)
        continue;
      if (e->section != KP_LEAFLET_SECTION_NONE && (int) e->section != section)
        add_block (lf, KP_LEAFLET_BLOCK_SECTION, e->section, FALSE);
      section = e->section;
      add_block (lf, KP_LEAFLET_BLOCK_ENTRY, i, FALSE);
    }
  if (n_shown < n_entries)
    add_block (lf, KP_LEAFLET_BLOCK_MORE, n_entries - n_shown, FALSE);
  if (extras < 0)
    return;
  if (!(extras & EXTRA_LEGEND_FIRST) && n_shown > 0)
    add_block (lf, KP_LEAFLET_BLOCK_LEGEND, 0, (extras & EXTRA_BREAK_LEGEND) != 0);
  /* the line about the services left out already points to the catalogue */
  if (n_shown == n_entries)
    add_block (lf, KP_LEAFLET_BLOCK_HINT, 0, (extras & EXTRA_BREAK_HINT) != 0);
  add_block (lf, KP_LEAFLET_BLOCK_NOTES, 0, (extras & EXTRA_BREAK_NOTES) != 0);
}

/* The height block @i takes in a frame @width wide; a heading is kept with the block
 * after it, so it needs room for both (@height: its own). */
static double
measure_block (KpLeaflet *lf,
               guint      i,
               double     width,
               double    *height)
{
  KpLeafletBlock *b = &g_array_index (lf->blocks, KpLeafletBlock, i);
  double          need;

  need = *height = kp_leaflet_block_layout (lf, b, width);
  if ((b->kind == KP_LEAFLET_BLOCK_HEADING || b->kind == KP_LEAFLET_BLOCK_SECTION) &&
      i + 1 < lf->blocks->len)
    need += lf->style.body_size * 0.9 + kp_leaflet_block_layout (lf, b + 1, width);
  return need;
}

/* Places the blocks frame after frame, each measured in the width of the frame it goes to
 * (the flap is 3 mm narrower than the panels inside: a name that takes two lines there
 * may take one inside, and must not leave a line's blank under it). With @skip, a block
 * that does not fit is left out (frame -1) and the rest go on; without, the first one that
 * does not fit fails. */
static gboolean
place_blocks (KpLeaflet *lf,
              gboolean   skip)
{
  guint  frame = 0;
  double gap = lf->style.body_size * 0.9;
  double y = lf->frames[0].y;

  for (guint i = 0; i < lf->blocks->len; i++)
    {
      KpLeafletBlock *b = &g_array_index (lf->blocks, KpLeafletBlock, i);
      double          need, space, height;

      b->frame = -1;
      if (b->frame_break && y > lf->frames[frame].y && frame + 1 < lf->n_frames)
        y = lf->frames[++frame].y;
      need = measure_block (lf, i, lf->frames[frame].width, &height);
      b->height = height;
      space = y > lf->frames[frame].y ? gap : 0;
      while (y + space + need > lf->frames[frame].y + lf->frames[frame].height)
        {
          double next_height;
          double next_need;

          if (frame + 1 >= lf->n_frames)
            break;
          next_need = measure_block (lf, i, lf->frames[frame + 1].width, &next_height);
          if (next_need > lf->frames[frame + 1].height)
            break;
          y = lf->frames[++frame].y;
          space = 0;
          need = next_need;
          b->height = next_height;
        }
      if (y + space + need > lf->frames[frame].y + lf->frames[frame].height)
        {
          if (!skip && !b->optional)
            return FALSE;
          continue;
        }
      b->frame = frame;
      b->y = y + space;
      /* the notes area takes the rest of its frame */
      if (b->kind == KP_LEAFLET_BLOCK_NOTES)
        b->height = lf->frames[frame].y + lf->frames[frame].height - b->y;
      y = b->y + b->height;
    }
  return TRUE;
}

/* Services start inside the folded leaflet when they fit there; else they may begin on
 * the flap, below the key contacts. */
static gboolean
try_blocks (KpLeaflet *lf,
            guint      shown)
{
  for (int inside = lf->options->format == KP_LEAFLET_A4_TRIFOLD; inside >= 0; inside--)
    {
      lf->services_inside = inside;
      build_blocks (lf, shown, -1);
      if (place_blocks (lf, FALSE))
        return TRUE;
    }
  return FALSE;
}

/* Returns: how many services are shown */
static guint
choose_blocks (KpLeaflet *lf)
{
  guint n = lf->snapshot->entries->len;

  /* descriptions go from the last service up */
  for (lf->compact_from = n + 1; lf->compact_from-- > 0;)
    if (try_blocks (lf, n))
      return n;
  lf->compact_from = 0;
  for (guint shown = n; shown-- > 0;)
    if (try_blocks (lf, shown))
      return shown;
  lf->services_inside = FALSE;
  build_blocks (lf, 0, -1);
  place_blocks (lf, TRUE);
  return 0;
}

/* Empty frames, and the shares of the used frames left blank, squared (a half-empty panel
 * looks worse than two panels a quarter empty) and summed, for comparing the arrangements
 * of the extras. Returns: FALSE when a block of the stream moved from @frames */
static gboolean
score_blocks (KpLeaflet *lf,
              GArray    *required,
              guint     *empty,
              double    *blank)
{
  double used[KP_LEAFLET_MAX_FRAMES] = { 0 };
  guint  r = 0;

  for (guint i = 0; i < lf->blocks->len; i++)
    {
      const KpLeafletBlock *b = &g_array_index (lf->blocks, KpLeafletBlock, i);

      if (!b->optional && (r >= required->len || g_array_index (required, int, r++) != b->frame))
        return FALSE;
      if (b->frame >= 0)
        used[b->frame] = b->y + b->height - lf->frames[b->frame].y;
    }
  *empty = 0;
  *blank = 0;
  for (guint f = 0; f < lf->n_frames; f++)
    if (used[f] <= 0)
      (*empty)++;
    else
      *blank += (1 - used[f] / lf->frames[f].height) * (1 - used[f] / lf->frames[f].height);
  return TRUE;
}

/* The extras where they fill the leaflet best, the stream's blocks staying where they are.
 * Returns: FALSE when they fit nowhere */
static gboolean
add_extras (KpLeaflet *lf,
            guint      shown)
{
  g_autoptr (GArray) required = g_array_new (FALSE, FALSE, sizeof (int));
  int    best = -1;
  guint  best_empty = G_MAXUINT;
  double best_blank = G_MAXDOUBLE;

  for (guint i = 0; i < lf->blocks->len; i++)
    g_array_append_val (required, g_array_index (lf->blocks, KpLeafletBlock, i).frame);
  for (int extras = 0; extras < EXTRA_ALL; extras++)
    {
      guint  empty;
      double blank;

      build_blocks (lf, shown, extras);
      if (!place_blocks (lf, FALSE) || !score_blocks (lf, required, &empty, &blank))
        continue;
      if (empty < best_empty || (empty == best_empty && blank < best_blank - 0.02))
        {
          best = extras;
          best_empty = empty;
          best_blank = blank;
        }
    }
  build_blocks (lf, shown, best);
  if (!place_blocks (lf, FALSE))
    place_blocks (lf, TRUE);
  return best >= 0;
}

/* Whether at @scale everything fits roomy: every service with its description, hours and
 * fees, every crisis line on the back, and all the extras. Leaves the blocks placed. */
static gboolean
fits_roomy (KpLeaflet *lf,
            double     scale)
{
  guint n = lf->snapshot->entries->len;

  setup_geometry (lf, scale);
  lf->rich = TRUE;
  lf->compact_from = n;
  if (n == 0 || !try_blocks (lf, n))
    return FALSE;
  if (lf->options->format == KP_LEAFLET_A4_TRIFOLD)
    kp_leaflet_draw_back (lf, &lf->back, FALSE);
  if (lf->back_omitted > 0)
    return FALSE;
  if (!add_extras (lf, n))
    return FALSE;
  for (guint i = 0; i < lf->blocks->len; i++)
    if (g_array_index (lf->blocks, KpLeafletBlock, i).frame < 0)
      return FALSE;
  return TRUE;
}

static void
fit (KpLeaflet *lf)
{
  guint    shown = lf->snapshot->entries->len;
  gboolean roomy = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (normal_scales) && !roomy; i++)
    roomy = fits_roomy (lf, scales (lf)[i]);
  if (!roomy)
    {
      setup_geometry (lf, scales (lf)[G_N_ELEMENTS (normal_scales) - 1]);
      lf->rich = FALSE;
      shown = choose_blocks (lf);
      add_extras (lf, shown);
    }
  lf->result.n_entries = shown;
  lf->result.n_omitted = lf->snapshot->entries->len - shown;
  lf->result.n_shortened = 0;
  lf->result.n_lines_omitted = 0;
  for (guint i = 0; i < lf->blocks->len; i++)
    {
      const KpLeafletBlock *b = &g_array_index (lf->blocks, KpLeafletBlock, i);

      if (b->kind == KP_LEAFLET_BLOCK_CONTACT && b->frame < 0)
        lf->result.n_lines_omitted++;
      if (b->kind == KP_LEAFLET_BLOCK_ENTRY && b->index >= lf->compact_from)
        {
          const KpCatalogueEntry *e = g_ptr_array_index (lf->snapshot->entries, b->index);

          lf->result.n_shortened += e->description != NULL && *e->description != '\0';
        }
    }
}

static void
draw_stream (KpLeaflet *lf,
             int        page)
{
  for (guint i = 0; i < lf->blocks->len; i++)
    {
      KpLeafletBlock       *b = &g_array_index (lf->blocks, KpLeafletBlock, i);
      const KpLeafletFrame *frame;

      if (b->frame < 0 || lf->frames[b->frame].page != page)
        continue;
      frame = &lf->frames[b->frame];
      kp_leaflet_block_layout (lf, b, frame->width);
      kp_leaflet_block_draw (lf, b, frame->x, b->y, frame->width);
    }
}

/* The folds of a page of the folded leaflet, marked for the print shop. */
static void
add_folds (KpLeaflet *lf,
           int        page)
{
  for (int panel = 1; panel < 3; panel++)
    {
      double x, width;

      kp_leaflet_get_panel (page, panel, &x, &width);
      kp_document_writer_add_fold (lf->writer, x);
    }
}

static gboolean
render (KpLeaflet        *lf,
        KpDocumentWriter *writer,
        GError          **error)
{
  if (lf->progress != NULL)
    kp_progress_set (lf->progress, 0, _ ("Writing the leaflet…"));
  fit (lf);
  if (g_cancellable_set_error_if_cancelled (lf->cancellable, error))
    return FALSE;

  lf->writer = writer;
  lf->cr = kp_document_writer_get_cr (writer);
  kp_document_writer_set_text_cache (writer, lf->cache);
  kp_document_writer_set_tagged (writer, KP_DOCUMENT_LANGUAGE);
  kp_document_writer_set_metadata (writer, lf->options->title, lf->options->issuer,
                                   D_ ("Leaflet on social services"), lf->options->created);
  /* drawn in the order the panels are read: the structure follows it */
  if (lf->options->format == KP_LEAFLET_A4_TRIFOLD)
    {
      double x, width;

      kp_leaflet_get_panel (1, 2, &x, &width);
      kp_leaflet_draw_cover (lf, x, width);
      draw_stream (lf, 1);
      kp_leaflet_draw_back (lf, &lf->back, FALSE);
      add_folds (lf, 1);
    }
  else
    {
      kp_leaflet_draw_band (lf);
      draw_stream (lf, 1);
    }
  kp_document_writer_show_page (writer);
  if (lf->options->format == KP_LEAFLET_A4_TRIFOLD)
    add_folds (lf, 2);
  draw_stream (lf, 2);
  if (lf->options->format == KP_LEAFLET_A5_TWO_SIDED)
    kp_leaflet_draw_back (lf, &lf->back, TRUE);
  lf->result.n_lines_omitted += lf->back_omitted;

  lf->result.n_pages = kp_document_writer_get_page (writer);
  if (lf->result_out != NULL)
    *lf->result_out = lf->result;
  if (lf->progress != NULL)
    kp_progress_set_fraction (lf->progress, 1.0);
  return TRUE;
}

static GStrv
split_paragraphs (const char *text)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) parts = g_strsplit (text != NULL ? text : "", "\n\n", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }
  return g_strv_builder_end (builder);
}

/* The order in which services are kept when not all fit: the first of each section, then
 * the second of each, and so on (entries come sorted by section). */
static guint *
rank_entries (const KpCatalogueSnapshot *snapshot)
{
  guint  n = snapshot->entries->len;
  guint *rank = g_new0 (guint, MAX (n, 1));
  guint  first[KP_LEAFLET_N_SECTIONS + 1] = { 0 };
  guint  count[KP_LEAFLET_N_SECTIONS + 1] = { 0 };
  guint  next = 0;

  for (guint i = 0; i < n; i++)
    {
      const KpCatalogueEntry *e = g_ptr_array_index (snapshot->entries, i);
      guint                   s = MIN ((guint) e->section, KP_LEAFLET_N_SECTIONS);

      if (count[s]++ == 0)
        first[s] = i;
    }
  for (guint round = 0; next < n; round++)
    for (guint s = 0; s <= KP_LEAFLET_N_SECTIONS; s++)
      {
        guint seen = 0;

        if (round >= count[s])
          continue;
        /* the round-th entry of section s */
        for (guint i = first[s]; i < n; i++)
          {
            const KpCatalogueEntry *e = g_ptr_array_index (snapshot->entries, i);

            if (MIN ((guint) e->section, KP_LEAFLET_N_SECTIONS) == s && seen++ == round)
              {
                rank[i] = next++;
                break;
              }
          }
      }
  return rank;
}

static KpLeaflet *
leaflet_new (const KpCatalogueSnapshot *snapshot,
             const KpLeafletOptions    *options,
             GError                   **error)
{
  g_autoptr (KpLeaflet) lf = g_new0 (KpLeaflet, 1);

  lf->snapshot = snapshot;
  lf->options = options;
  lf->logos = kp_document_load_logos (options->logos, error);
  if (lf->logos == NULL)
    return NULL;

  lf->lines = g_ptr_array_new ();
  lf->contacts = g_ptr_array_new ();
  if (options->national_lines)
    {
      lf->national = kp_crisis_lines_new_national ();
      g_ptr_array_extend (lf->lines, lf->national, NULL, NULL);
    }
  g_ptr_array_extend (lf->contacts, options->key_contacts, NULL, NULL);
  for (guint i = 0; i < snapshot->crisis_lines->len; i++)
    {
      KpCrisisLine *line = g_ptr_array_index (snapshot->crisis_lines, i);

      g_ptr_array_add (line->kind == KP_CRISIS_LINE_CONTACT ? lf->contacts : lf->lines, line);
    }
  lf->intro = split_paragraphs (options->introduction);
  lf->rank = rank_entries (snapshot);

  lf->cache = kp_text_cache_new (options->font_family);
  lf->text = kp_text_layout_new (lf->cache);
  lf->text2 = kp_text_layout_new (lf->cache);
  lf->text3 = kp_text_layout_new (lf->cache);
  lf->blocks = g_array_new (FALSE, FALSE, sizeof (KpLeafletBlock));
  setup_geometry (lf, 1.0);
  return g_steal_pointer (&lf);
}

/**
 * kp_leaflet_get_page_size:
 *
 * The size of the leaflet's pages in points: A4 landscape for a tri-fold, A5 portrait.
 */
void
kp_leaflet_get_page_size (KpLeafletFormat format,
                          double         *width,
                          double         *height)
{
  if (format == KP_LEAFLET_A4_TRIFOLD)
    kp_page_size_get_points (KP_PAGE_SIZE_A4, height, width);
  else
    kp_page_size_get_points (KP_PAGE_SIZE_A5, width, height);
}

/**
 * kp_leaflet_write:
 * @snapshot: the chosen services, in the order they should appear, and local lines
 *   (contacts of kind CONTACT join the key contacts)
 * @writer: a writer whose pages have kp_leaflet_get_page_size()
 * @progress: (nullable):
 * @cancellable: (nullable):
 * @result: (out caller-allocates) (optional): pages, services shown, shortened, left out
 *
 * Fits the leaflet and draws its two pages on @writer, which the caller finishes.
 *
 * Returns: %TRUE on success
 */
gboolean
kp_leaflet_write (const KpCatalogueSnapshot *snapshot,
                  const KpLeafletOptions    *options,
                  KpDocumentWriter          *writer,
                  KpProgress                *progress,
                  GCancellable              *cancellable,
                  KpRenderResult            *result,
                  GError                   **error)
{
  g_autoptr (KpLeaflet) lf = NULL;
  gboolean ok;

  g_return_val_if_fail (snapshot != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (writer != NULL, FALSE);

  lf = leaflet_new (snapshot, options, error);
  if (lf == NULL)
    return FALSE;
  lf->progress = progress;
  lf->cancellable = cancellable;
  lf->result_out = result;
  ok = render (lf, writer, error);
  /* The writer is finished by the caller, after the leaflet's text cache is gone. */
  kp_document_writer_set_text_cache (writer, NULL);
  return ok;
}
