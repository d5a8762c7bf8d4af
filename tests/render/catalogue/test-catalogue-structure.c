/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "test-catalogue-common.h"

#include "kp-czech.h"

#include <stdlib.h>
#include <string.h>

/* The structure of the catalogue, read back with Poppler: page count, every service exactly
 * once, contents and index pages that match where the entries are, the A–Z chapter and
 * the empty catalogue. */

/* The lines of the contents, joined per destination: "name · provider 12". */
static GHashTable *
contents_items (Output *out,
                int     first,
                int     last)
{
  GHashTable *items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (int p = first; p < last; p++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (out->doc, p - 1);
      GList *links = poppler_page_get_link_mapping (page);

      /* Poppler lists a page's links last first */
      for (GList *l = g_list_last (links); l != NULL; l = l->prev)
        {
          PopplerLinkMapping *m = l->data;
          const char         *dest;
          g_autofree char    *text = NULL;
          char               *old;

          g_assert_cmpint (m->action->type, ==, POPPLER_ACTION_GOTO_DEST);
          g_assert_cmpint (m->action->goto_dest.dest->type, ==, POPPLER_DEST_NAMED);
          dest = m->action->goto_dest.dest->named_dest;
          text = text_under (page, &m->area);
          old = g_hash_table_lookup (items, dest);
          g_hash_table_insert (items, g_strdup (dest),
                               g_strconcat (old != NULL ? old : "", text, " ", NULL));
        }
      poppler_page_free_link_mapping (links);
    }
  return items;
}

/* The page number at the end of the contents item that names @name. */
static int
contents_page (GHashTable *items,
               const char *name,
               char      **out_dest)
{
  GHashTableIter iter;
  gpointer       key, value;
  int            found = 0;

  g_hash_table_iter_init (&iter, items);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      char *text = value;
      char *end = text + strlen (text);

      if (!g_str_has_prefix (text, name))
        continue;
      g_assert_cmpint (found, ==, 0);
      while (end > text && end[-1] == ' ')
        end--;
      while (end > text && g_ascii_isdigit (end[-1]))
        end--;
      found = atoi (end);
      if (out_dest != NULL)
        *out_dest = g_strdup (key);
    }
  g_assert_cmpint (found, >, 0);
  return found;
}

static void
test_pages_and_contents (gconstpointer data)
{
  gboolean compact = GPOINTER_TO_INT (data);
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (TRUE);
  g_autoptr (KpCatalogueOptions) options = build_options (KP_CATALOGUE_BY_TARGET_GROUP,
                                                          KP_PAGE_SIZE_A4);
  Output out = { 0 };
  int    toc, first_chapter = G_MAXINT, crisis;
  g_autoptr (GHashTable) items = NULL;

  options->compact = compact;
  render_output (&out, snapshot, options, compact ? "catalogue-compact.pdf" : "catalogue-a4.pdf");
  g_assert_cmpint (poppler_document_get_n_pages (out.doc), ==, out.result.n_pages);
  g_assert_cmpint (out.result.n_entries, ==, G_N_ELEMENTS (fixtures));
  g_assert_cmpint (out.result.n_pages, >=, 12);
  g_assert_cmpint (out.result.n_pages, <=, 30);
  if (compact)
    {
      /* the fields run on, labelled in the text */
      g_autofree char *all = join_pages (&out, 1, out.result.n_pages + 1);

      g_assert_nonnull (strstr (all, "Kontakt: +420 566 623 111 · info@sluzba-zdar.cz"));
      g_assert_nonnull (strstr (all, "Provozní doba: po–pá 7:00–15:30"));
    }

  toc = outline_page (&out, "Obsah");
  crisis = outline_page (&out, "Krizové linky a tísňová volání");
  g_assert_cmpint (outline_page (&out, "Úvod"), ==, 2);
  g_assert_cmpint (toc, ==, 3);
  first_chapter = MIN (first_chapter, outline_page (&out, "Senioři"));
  first_chapter = MIN (first_chapter, outline_page (&out, "Děti a mládež"));
  g_assert_cmpint (first_chapter, >, toc);
  g_assert_cmpint (crisis, >, first_chapter);
  g_assert_cmpint (outline_page (&out, "Tiráž"), ==, out.result.n_pages);

  /* every service once in the chapters, and the contents say where */
  items = contents_items (&out, toc, first_chapter);
  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      int              page = body_page_of (&out, fixtures[i].name, first_chapter, crisis);
      g_autofree char *dest_name = NULL;
      PopplerDest     *dest;

      g_assert_cmpint (contents_page (items, fixtures[i].name, &dest_name), ==, page);
      /* and its link leads there */
      dest = poppler_document_find_dest (out.doc, dest_name);
      g_assert_nonnull (dest);
      g_assert_cmpint (dest->page_num, ==, page);
      poppler_dest_free (dest);
      /* the bookmark of the entry points to its page too */
      g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (out.children, fixtures[i].name)), ==,
                       page);
    }
  g_assert_cmpint (contents_page (items, "Krizové linky a tísňová volání", NULL), ==, crisis);
  g_assert_cmpint (contents_page (items, "Tiráž", NULL), ==, out.result.n_pages);

  /* the long entry goes on over a page break, with a continuation line, nothing lost */
  {
    int page = body_page_of (&out, LONG_NAME, first_chapter, crisis);

    g_assert_cmpint (count (out.pages[page], LONG_NAME " (pokračování)"), ==, 1);
    g_assert_nonnull (strstr (out.pages[page], "Konec dlouhého popisu."));
  }
  output_clear (&out);
}

static int
compare_czech (gconstpointer a,
               gconstpointer b)
{
  return kp_czech_compare (*(const char *const *) a, *(const char *const *) b);
}

/* Under @heading in @text, the services that have @key (an obec or a target group), in
 * Czech order, each a link that shows and leads to the page it is on (@links). */
static void
assert_listed (Output                    *out,
               const KpCatalogueSnapshot *snapshot,
               const char                *text,
               GHashTable                *links,
               const char                *heading,
               const char                *key,
               gboolean                   is_group,
               int                        first_chapter,
               int                        crisis)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  const char *p;

  for (guint i = 0; i < snapshot->entries->len; i++)
    {
      const KpCatalogueEntry *e = g_ptr_array_index (snapshot->entries, i);

      if (g_ptr_array_find_with_equal_func (is_group ? e->target_groups : e->obce, key,
                                            g_str_equal, NULL))
        g_ptr_array_add (names, e->name);
    }
  g_assert_cmpuint (names->len, >, 1);
  g_ptr_array_sort (names, compare_czech);
  p = text;
  for (guint i = 0; i < names->len; i++)
    {
      const char      *name = g_ptr_array_index (names, i);
      int              page = body_page_of (out, name, first_chapter, crisis);
      g_autofree char *line = g_strdup_printf ("%s%d", name, page);
      g_autofree char *squashed = squash (line);
      gpointer         target = NULL;

      if (i == 0)
        {
          g_autofree char *first = g_strdup_printf ("%s %s", heading, name);

          p = strstr (p, first);
        }
      else
        p = strstr (p, name);
      g_assert_nonnull (p);
      g_assert_true (g_hash_table_lookup_extended (links, squashed, NULL, &target));
      g_assert_cmpint (GPOINTER_TO_INT (target), ==, page);
    }
}

static void
test_index (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (TRUE);
  g_autoptr (KpCatalogueOptions) options = build_options (KP_CATALOGUE_BY_TARGET_GROUP,
                                                          KP_PAGE_SIZE_A4);
  Output           out = { 0 };
  int              crisis, first_chapter, obce, groups;
  g_autofree char *obce_text = NULL;
  g_autofree char *groups_text = NULL;
  g_autoptr (GHashTable) links = NULL;
  /* key, its heading in the index */
  const char *checks[][2] = { { "Polnička", "Polnička" },
                              { "Nové Město na Moravě", "Nové Město na Moravě" },
                              { "senioři", "Senioři" },
                              { "osoby v krizi", "Osoby v krizi" } };

  render_output (&out, snapshot, options, "catalogue-index.pdf");
  crisis = outline_page (&out, "Krizové linky a tísňová volání");
  first_chapter = MIN (outline_page (&out, "Senioři"), outline_page (&out, "Děti a mládež"));
  obce = outline_page (&out, "Rejstřík obcí");
  groups = outline_page (&out, "Rejstřík cílových skupin");
  g_assert_cmpint (obce, >, crisis);
  g_assert_cmpint (groups, >, obce);
  obce_text = join_pages (&out, obce, groups);
  groups_text = join_pages (&out, groups, outline_page (&out, "Tiráž"));
  links = link_texts (&out, obce, outline_page (&out, "Tiráž"));

  /* the services by name with their pages, no walls of page numbers */
  for (guint c = 0; c < G_N_ELEMENTS (checks); c++)
    {
      gboolean is_group = g_ascii_islower (checks[c][0][0]);

      assert_listed (&out, snapshot, is_group ? groups_text : obce_text, links, checks[c][1],
                     checks[c][0], is_group, first_chapter, crisis);
    }
  output_clear (&out);
}

static void
test_a_to_z (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (TRUE);
  g_autoptr (KpCatalogueOptions) options = build_options (KP_CATALOGUE_BY_PROVIDER,
                                                          KP_PAGE_SIZE_A5);
  Output            out = { 0 };
  PopplerIndexIter *iter, *child;
  g_autoptr (GString) letters = g_string_new (NULL);

  render_output (&out, snapshot, options, "catalogue-a5-az.pdf");
  g_assert_cmpint (out.result.n_entries, ==, G_N_ELEMENTS (fixtures));
  /* the letters of the A–Z chapter, in Czech order: Č after C, Ch after H */
  iter = poppler_index_iter_new (out.doc);
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);

      if (g_str_equal (action->any.title, "Poskytovatelé od A do Z"))
        {
          child = poppler_index_iter_get_child (iter);
          do
            {
              PopplerAction *a = poppler_index_iter_get_action (child);

              g_string_append_printf (letters, "%s ", a->any.title);
              poppler_action_free (a);
            }
          while (poppler_index_iter_next (child));
          poppler_index_iter_free (child);
        }
      poppler_action_free (action);
    }
  while (poppler_index_iter_next (iter));
  poppler_index_iter_free (iter);
  g_assert_cmpstr (letters->str, ==, "B Č D F H Ch K N O S Ž ");

  /* A5 pages */
  {
    g_autoptr (PopplerPage) page = poppler_document_get_page (out.doc, 0);
    double w, h;

    poppler_page_get_size (page, &w, &h);
    g_assert_cmpfloat_with_epsilon (w, 419.53, 0.1);
    g_assert_cmpfloat_with_epsilon (h, 595.28, 0.1);
  }
  output_clear (&out);
}

static void
test_empty (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (FALSE);
  g_autoptr (KpCatalogueOptions) options = build_options (KP_CATALOGUE_BY_TARGET_GROUP,
                                                          KP_PAGE_SIZE_A4);
  Output           out = { 0 };
  g_autofree char *all = NULL;

  render_output (&out, snapshot, options, "catalogue-empty.pdf");
  all = join_pages (&out, 1, out.result.n_pages + 1);
  /* title, introduction with the note, crisis lines, impressum */
  g_assert_cmpint (out.result.n_pages, ==, 4);
  g_assert_cmpint (out.result.n_entries, ==, 0);
  g_assert_nonnull (strstr (out.pages[0], CATALOGUE));
  g_assert_nonnull (strstr (out.pages[1], "Výběru neodpovídá v tomto území žádná sociální služba"));
  g_assert_nonnull (strstr (out.pages[2], "155"));
  g_assert_nonnull (strstr (out.pages[2], "116 123"));
  g_assert_nonnull (strstr (out.pages[2], "Linka bezpečí"));
  g_assert_nonnull (strstr (out.pages[2], "Krizové centrum Žďár"));
  g_assert_nonnull (strstr (out.pages[3], "Tiráž"));
  g_assert_null (strstr (all, "Obsah"));
  output_clear (&out);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_data_func ("/kp/render/catalogue/pages-and-contents", GINT_TO_POINTER (FALSE),
                        test_pages_and_contents);
  g_test_add_data_func ("/kp/render/catalogue/compact", GINT_TO_POINTER (TRUE),
                        test_pages_and_contents);
  g_test_add_func ("/kp/render/catalogue/index", test_index);
  g_test_add_func ("/kp/render/catalogue/empty", test_empty);
  g_test_add_func ("/kp/render/catalogue/a-to-z", test_a_to_z);
  return g_test_run ();
}
