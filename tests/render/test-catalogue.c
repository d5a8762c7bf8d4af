/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-catalogue.h"
#include "kp-publication-flow.h"

#include <glib/gstdio.h>
#include <poppler.h>
#include <stdlib.h>
#include <string.h>

/* The catalogue is written to a temporary PDF and read back with Poppler: page count,
 * every service exactly once, contents and index pages that match where the entries are,
 * links, bookmarks, metadata and Czech text. With KP_TEST_PDF_DIR set, the PDFs are also
 * copied there for a look. Tests run with LC_ALL=C.UTF-8, so headings are the English
 * source strings; Czech comes from the data. */

#ifndef KP_HAVE_POPPLER_AUTOPTR
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
#endif

#define TRICKY_NAME "Domov pro seniory Žďár — Péče & Láska <Ústí>"
#define QUOTED_NAME "Sdružení \"Naděje\" & spol. — „Poradna“"
#define LONG_NAME   "Sociální rehabilitace Spektrum"
#define CATALOGUE   "Katalog sociálních služeb ORP Žďár nad Sázavou"

typedef struct
{
  const char    *name;
  const char    *provider;
  const char    *type;
  const char    *paragraph;
  KpServiceForms forms;
  const char    *groups; /* "|"-separated */
  const char    *obce;   /* "|"-separated */
  const char    *web;
} Fixture;

static const Fixture fixtures[] = {
  { TRICKY_NAME, "Domov Kamélie Žďár nad Sázavou, p. o.", "domovy pro seniory", "§ 49",
    KP_SERVICE_FORM_RESIDENTIAL, "senioři|osoby s chronickým onemocněním",
    "Žďár nad Sázavou|Polnička", "www.domov-kamelie.cz" },
  { "Pečovatelská služba Města Žďáru", "Charita Žďár nad Sázavou", "pečovatelská služba", "§ 40",
    KP_SERVICE_FORM_FIELD | KP_SERVICE_FORM_OUTPATIENT, "senioři|osoby se zdravotním postižením",
    "Žďár nad Sázavou|Polnička|Nové Veselí|Hamry nad Sázavou", "https://zdar.charita.cz" },
  { QUOTED_NAME, "Naděje, z. s.", "odborné sociální poradenství", "§ 37",
    KP_SERVICE_FORM_OUTPATIENT | KP_SERVICE_FORM_FIELD, "osoby v krizi|oběti trestné činnosti",
    "Žďár nad Sázavou|Nové Město na Moravě", NULL },
  { "Raná péče Vysočina", "Středisko rané péče SPRP, o. p. s.", "raná péče", "§ 54",
    KP_SERVICE_FORM_FIELD, "rodiny s dětmi", "Žďár nad Sázavou|Bystřice nad Pernštejnem|Chotěboř",
    "www.ranapece.cz" },
  { "Azylový dům pro matky s dětmi", "Oblastní charita Žďár nad Sázavou", "azylové domy", "§ 57",
    KP_SERVICE_FORM_RESIDENTIAL, "rodiny s dětmi|osoby bez přístřeší", "Žďár nad Sázavou", NULL },
  { "Nízkoprahový klub Áčko", "Kolpingova rodina Žďár nad Sázavou",
    "nízkoprahová zařízení pro děti a mládež", "§ 62",
    KP_SERVICE_FORM_OUTPATIENT | KP_SERVICE_FORM_FIELD, "děti a mládež", "Žďár nad Sázavou",
    "www.kolping.cz" },
  { "Chráněné bydlení Horizont", "Horizont Velké Meziříčí, o. p. s.", "chráněné bydlení", "§ 51",
    KP_SERVICE_FORM_RESIDENTIAL, "osoby s mentálním postižením", "Velké Meziříčí", NULL },
  { "Denní stacionář Úsměv", "Čtyřlístek, centrum pro osoby se zdravotním postižením",
    "denní stacionáře", "§ 46", KP_SERVICE_FORM_OUTPATIENT, "osoby se zdravotním postižením",
    "Nové Město na Moravě|Polnička", NULL },
  { "Tísňová péče Anděl na drátě", "Život, z. ú.", "tísňová péče", "§ 41", KP_SERVICE_FORM_FIELD,
    "senioři", "Žďár nad Sázavou|Bystřice nad Pernštejnem|Chotěboř|Velké Meziříčí",
    "www.andelnadrate.cz" },
  { "Dobrovolnické centrum Žďár", "Oblastní charita Žďár nad Sázavou", "dobrovolnická služba",
    NULL, KP_SERVICE_FORM_NONE, "senioři", "Žďár nad Sázavou", NULL },
  { LONG_NAME, "Fokus Vysočina, z. ú.", "sociální rehabilitace", "§ 70", KP_SERVICE_FORM_ALL,
    "osoby s chronickým duševním onemocněním", NULL, "www.fokus-vysocina.cz" },
  { "Krizová pomoc Bystřice", "Bílý kruh bezpečí, z. s.", "krizová pomoc", "§ 60",
    KP_SERVICE_FORM_ALL, "osoby v krizi", "Bystřice nad Pernštejnem", NULL },
};

static const char *const many_obce[] = {
  "Bobrová",
  "Bohdalec",
  "Borovnice",
  "Bory",
  "Březí",
  "Budeč",
  "Cikháj",
  "Dalečín",
  "Dlouhé",
  "Dobrá Voda",
  "Fryšava pod Žákovou horou",
  "Herálec",
  "Horní Rozsíčka",
  "Jámy",
  "Jimramov",
  "Kadov",
  "Karlov",
  "Kněževes",
  "Krásné",
  "Křižánky",
  "Kuklík",
  "Lhotka",
  "Líšná",
  "Malá Losenice",
  "Matějov",
  "Milasín",
  "Moravec",
  "Nová Ves",
  "Nyklovice",
  "Ostrov nad Oslavou",
  "Pikárec",
  "Písečné",
  "Počítky",
  "Podolí",
  "Radostín",
  "Rožná",
  "Sazomín",
  "Sklené",
  "Strážek",
  "Sulkovec",
  "Světnov",
  "Tři Studně",
  "Věcov",
  "Vepřová",
  "Vír",
  "Vříšť",
  "Zvole",
  "Žďánice",
  "Chlumek",
  "Chlum-Korouhvice",
};

static const char *long_sentences[] = {
  "Pomáháme lidem s duševním onemocněním vrátit se do běžného života.",
  "Společně hledáme práci, bydlení a smysluplné trávení volného času.",
  "Klient si sám určuje, s čím potřebuje pomoci a jakým tempem chce postupovat.",
  "Pracujeme v kontaktní místnosti, v chráněných dílnách i v domácnostech klientů.",
  "Spolupracujeme s psychiatry, praktickými lékaři a úřady práce v celém regionu.",
};

static KpCatalogueEntry *
fixture_entry (const Fixture *f,
               guint          index)
{
  KpCatalogueEntry *e = kp_catalogue_entry_new (f->name, f->provider, "00090123");
  g_auto (GStrv) groups = g_strsplit (f->groups, "|", -1);

  kp_catalogue_entry_set_type (e, f->type, f->paragraph, f->forms);
  e->is_local = f->paragraph == NULL;
  for (guint i = 0; groups[i] != NULL; i++)
    kp_catalogue_entry_add_target_group (e, groups[i]);
  e->age_text = g_strdup (index % 2 ? "od 18 let" : "bez omezení věku");
  if (f->forms & KP_SERVICE_FORM_RESIDENTIAL)
    kp_catalogue_entry_add_capacity (e, 24 + index, "lůžka", KP_SERVICE_FORM_RESIDENTIAL);
  if (f->forms & KP_SERVICE_FORM_FIELD)
    kp_catalogue_entry_add_capacity (e, 12.5, "klienti", KP_SERVICE_FORM_FIELD);
  kp_catalogue_entry_add_address (e, "Dolní 165/30, 591 01 Žďár nad Sázavou");
  if (index % 3 == 0)
    kp_catalogue_entry_add_address (e, "Nádražní 27, 592 31 Nové Město na Moravě");
  kp_catalogue_entry_set_contacts (e, "+420 566 623 111", "info@sluzba-zdar.cz", f->web);
  e->hours = g_strdup ("po–pá 7:00–15:30, jinak po domluvě");
  e->fees = g_strdup (index % 2 ? "zdarma" : "úhrada dle ceníku, 135 Kč za hodinu");
  if (f->obce != NULL)
    {
      g_auto (GStrv) obce = g_strsplit (f->obce, "|", -1);

      for (guint i = 0; obce[i] != NULL; i++)
        kp_catalogue_entry_add_obec (e, obce[i]);
    }
  if (g_str_equal (f->name, LONG_NAME))
    {
      GString *desc = g_string_new (NULL);

      for (guint i = 0; i < 70; i++)
        g_string_append_printf (desc, "%s ", long_sentences[i % G_N_ELEMENTS (long_sentences)]);
      g_string_append (desc, "Konec dlouhého popisu.");
      e->description = g_string_free (desc, FALSE);
      for (guint i = 0; i < G_N_ELEMENTS (many_obce); i++)
        kp_catalogue_entry_add_obec (e, many_obce[i]);
    }
  else
    e->description = g_strdup ("Služba pomáhá lidem, kteří se ocitli v nepříznivé sociální "
                               "situaci. Poskytujeme informace, podporu a doprovod.");
  return e;
}

static KpCatalogueSnapshot *
build_snapshot (gboolean with_entries)
{
  KpCatalogueSnapshot *snapshot = kp_catalogue_snapshot_new ();

  for (guint i = 0; with_entries && i < G_N_ELEMENTS (fixtures); i++)
    kp_catalogue_snapshot_add_entry (snapshot, fixture_entry (&fixtures[i], i));
  kp_catalogue_snapshot_add_crisis_line (snapshot,
                                         kp_crisis_line_new (KP_CRISIS_LINE_HELPLINE,
                                                             "Krizové centrum Žďár",
                                                             "+420 566 502 111", "nonstop",
                                                             NULL));
  kp_catalogue_snapshot_add_crisis_line (snapshot,
                                         kp_crisis_line_new (KP_CRISIS_LINE_CONTACT,
                                                             "Sociální pracovnice MěÚ",
                                                             "+420 566 688 250",
                                                             "po a st 8–17", "Žižkova 227/1"));
  return snapshot;
}

static KpCatalogueOptions *
build_options (KpCatalogueStructure structure,
               KpPageSize           paper)
{
  KpCatalogueOptions *o = kp_catalogue_options_new (CATALOGUE);
  g_autofree char    *logo = g_test_build_filename (G_TEST_DIST, "data", "publications",
                                                    "logo.png", NULL);

  o->subtitle = g_strdup ("Průvodce sociálními službami pro občany");
  o->issuer = g_strdup ("Město Žďár nad Sázavou");
  o->year = 2026;
  o->introduction = g_strdup ("Milí spoluobčané,\n\nkatalog vám pomůže najít pomoc ve chvíli, kdy "
                              "ji potřebujete vy nebo vaši blízcí.");
  o->publicity_text = g_strdup ("Projekt Komunitní plánování sociálních služeb je spolufinancován "
                                "Evropskou unií.");
  o->data_date = g_strdup ("2025-12-31");
  o->structure = structure;
  o->paper_size = paper;
  o->created = g_date_time_new_utc (2026, 1, 15, 10, 0, 0);
  kp_catalogue_options_add_logo (o, logo);
  return o;
}

typedef struct
{
  char            *dir;
  char            *path;
  PopplerDocument *doc;
  KpRenderResult   result;
  GHashTable      *outline;  /* top-level title → page */
  GHashTable      *children; /* second-level title → page */
  char           **pages;    /* normalised text per page, from 0 */
} Output;

static char *
normalise (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      char c = *p == '\n' ? ' ' : *p;

      if (c == ' ' && (out->len == 0 || out->str[out->len - 1] == ' '))
        continue;
      g_string_append_c (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
read_outline (PopplerIndexIter *iter,
              GHashTable       *top,
              GHashTable       *children,
              int               depth)
{
  do
    {
      PopplerAction    *action = poppler_index_iter_get_action (iter);
      PopplerIndexIter *child = poppler_index_iter_get_child (iter);

      g_assert_cmpint (action->type, ==, POPPLER_ACTION_GOTO_DEST);
      g_hash_table_insert (depth == 0 ? top : children, g_strdup (action->any.title),
                           GINT_TO_POINTER (action->goto_dest.dest->page_num));
      if (child != NULL)
        {
          read_outline (child, top, children, depth + 1);
          poppler_index_iter_free (child);
        }
      poppler_action_free (action);
    }
  while (poppler_index_iter_next (iter));
}

static void
open_output (Output *out)
{
  g_autoptr (GError) error = NULL;
  g_autofree char  *uri = g_filename_to_uri (out->path, NULL, NULL);
  PopplerIndexIter *iter;
  int               n;

  out->doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  n = poppler_document_get_n_pages (out->doc);
  out->pages = g_new0 (char *, n + 1);
  for (int i = 0; i < n; i++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (out->doc, i);
      g_autofree char *text = poppler_page_get_text (page);

      out->pages[i] = normalise (text);
    }
  out->outline = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  out->children = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  iter = poppler_index_iter_new (out->doc);
  if (iter != NULL)
    {
      read_outline (iter, out->outline, out->children, 0);
      poppler_index_iter_free (iter);
    }
  if (g_getenv ("KP_TEST_PDF_DIR") != NULL)
    {
      g_autofree char *contents = NULL;
      gsize            length = 0;
      g_autofree char *copy = g_build_filename (g_getenv ("KP_TEST_PDF_DIR"),
                                                g_path_get_basename (out->path), NULL);

      g_file_get_contents (out->path, &contents, &length, NULL);
      g_file_set_contents (copy, contents, length, NULL);
    }
}

static void
render_output (Output                    *out,
               const KpCatalogueSnapshot *snapshot,
               const KpCatalogueOptions  *options,
               const char                *name)
{
  g_autoptr (GError) error = NULL;
  gboolean ok;

  out->dir = g_dir_make_tmp ("kp-test-XXXXXX", &error);
  g_assert_no_error (error);
  out->path = g_build_filename (out->dir, name, NULL);
  ok = kp_catalogue_render_pdf (snapshot, options, out->path, NULL, NULL, &out->result, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  open_output (out);
}

static void
output_clear (Output *out)
{
  g_clear_object (&out->doc);
  g_clear_pointer (&out->outline, g_hash_table_unref);
  g_clear_pointer (&out->children, g_hash_table_unref);
  g_strfreev (out->pages);
  g_unlink (out->path);
  g_rmdir (out->dir);
  g_free (out->path);
  g_free (out->dir);
}

static int
outline_page (Output     *out,
              const char *title)
{
  gpointer page = NULL;

  g_assert_true (g_hash_table_lookup_extended (out->outline, title, NULL, &page));
  return GPOINTER_TO_INT (page);
}

static int
count (const char *haystack,
       const char *needle)
{
  int n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* Pages first … last - 1 (from 1), joined. */
static char *
join_pages (Output *out,
            int     first,
            int     last)
{
  GString *all = g_string_new (NULL);

  for (int p = first; p < last; p++)
    g_string_append_printf (all, "%s ", out->pages[p - 1]);
  return g_string_free (all, FALSE);
}

/* The page an entry is on: the only body page whose text names it outside a
 * continuation line. */
static int
body_page_of (Output     *out,
              const char *name,
              int         first,
              int         last)
{
  g_autofree char *continued = g_strdup_printf ("%s (continued)", name);
  int              found = 0, hits = 0;

  for (int p = first; p < last; p++)
    {
      int n = count (out->pages[p - 1], name) - count (out->pages[p - 1], continued);

      if (n > 0 && found == 0)
        found = p;
      hits += n;
    }
  g_assert_cmpint (hits, ==, 1);
  return found;
}

/* The characters whose boxes have their centre in a link's area (Poppler gives link
 * areas from the bottom of the page, character boxes from the top), in text order. */
static char *
text_under (PopplerPage      *page,
            PopplerRectangle *area)
{
  g_autofree char  *text = poppler_page_get_text (page);
  PopplerRectangle *rects = NULL;
  guint             n = 0, i = 0;
  double            w, h;
  GString          *out = g_string_new (NULL);

  poppler_page_get_size (page, &w, &h);
  g_assert_true (poppler_page_get_text_layout (page, &rects, &n));
  g_assert_cmpuint (n, ==, g_utf8_strlen (text, -1));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), i++)
    {
      double cx = (rects[i].x1 + rects[i].x2) / 2, cy = h - (rects[i].y1 + rects[i].y2) / 2;

      if (*p != '\n' && cx >= area->x1 && cx <= area->x2 && cy >= area->y1 && cy <= area->y2)
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  g_free (rects);
  return g_string_free (out, FALSE);
}

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

      g_assert_nonnull (strstr (all, "Contact: +420 566 623 111 · info@sluzba-zdar.cz"));
      g_assert_nonnull (strstr (all, "Opening hours: po–pá 7:00–15:30"));
    }

  toc = outline_page (&out, "Contents");
  crisis = outline_page (&out, "Crisis lines and emergency numbers");
  g_assert_cmpint (outline_page (&out, "Introduction"), ==, 2);
  g_assert_cmpint (toc, ==, 3);
  first_chapter = MIN (first_chapter, outline_page (&out, "Senioři"));
  first_chapter = MIN (first_chapter, outline_page (&out, "Děti a mládež"));
  g_assert_cmpint (first_chapter, >, toc);
  g_assert_cmpint (crisis, >, first_chapter);
  g_assert_cmpint (outline_page (&out, "Impressum"), ==, out.result.n_pages);

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
  g_assert_cmpint (contents_page (items, "Crisis lines and emergency numbers", NULL), ==, crisis);
  g_assert_cmpint (contents_page (items, "Impressum", NULL), ==, out.result.n_pages);

  /* the long entry goes on over a page break, with a continuation line, nothing lost */
  {
    int page = body_page_of (&out, LONG_NAME, first_chapter, crisis);

    g_assert_cmpint (count (out.pages[page], LONG_NAME " (continued)"), ==, 1);
    g_assert_nonnull (strstr (out.pages[page], "Konec dlouhého popisu."));
  }
  output_clear (&out);
}

static void
test_czech_and_escaping (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (TRUE);
  g_autoptr (KpCatalogueOptions) options = build_options (KP_CATALOGUE_BY_SERVICE_TYPE,
                                                          KP_PAGE_SIZE_A4);
  Output           out = { 0 };
  g_autofree char *all = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;

  render_output (&out, snapshot, options, "catalogue-by-type.pdf");
  all = join_pages (&out, 1, out.result.n_pages + 1);
  /* user text with <, & and quotes comes out literally, diacritics intact */
  g_assert_cmpint (count (all, TRICKY_NAME), >=, 2); /* contents and entry */
  g_assert_cmpint (count (all, QUOTED_NAME), >=, 2);
  g_assert_nonnull (strstr (all, "Žďár nad Sázavou"));
  g_assert_nonnull (strstr (all, "Chlum-Korouhvice"));
  g_assert_nonnull (strstr (all, "lůžka: 24 (residential)"));
  g_assert_nonnull (strstr (all, "klienti: 12,5 (field)"));
  g_assert_null (strstr (all, "&amp;"));
  g_assert_null (strstr (all, "&lt;"));

  title = poppler_document_get_title (out.doc);
  author = poppler_document_get_author (out.doc);
  g_assert_cmpstr (title, ==, CATALOGUE);
  g_assert_cmpstr (author, ==, "Město Žďár nad Sázavou");
  g_assert_cmpint (poppler_document_get_creation_date (out.doc), ==,
                   g_date_time_to_unix (options->created));

  /* chapters in the order of the law, related services last */
  g_assert_cmpint (outline_page (&out, "Odborné sociální poradenství (§ 37)"), <,
                   outline_page (&out, "Sociální rehabilitace (§ 70)"));
  g_assert_cmpint (outline_page (&out, "Sociální rehabilitace (§ 70)"), <,
                   outline_page (&out, "Related services"));
  output_clear (&out);
}

static void
find_link (Output     *out,
           const char *uri,
           int         on_page)
{
  g_autoptr (PopplerPage) page = poppler_document_get_page (out->doc, on_page - 1);
  GList   *links = poppler_page_get_link_mapping (page);
  gboolean found = FALSE;

  for (GList *l = links; l != NULL; l = l->next)
    {
      PopplerLinkMapping *m = l->data;

      if (m->action->type == POPPLER_ACTION_URI && g_str_equal (m->action->uri.uri, uri))
        found = TRUE;
    }
  poppler_page_free_link_mapping (links);
  g_assert_true (found);
}

static void
test_links (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (TRUE);
  g_autoptr (KpCatalogueOptions) options = build_options (KP_CATALOGUE_BY_TARGET_GROUP,
                                                          KP_PAGE_SIZE_A4);
  Output out = { 0 };
  int    toc, crisis, first_chapter, page, internal = 0;

  render_output (&out, snapshot, options, "catalogue-links.pdf");
  toc = outline_page (&out, "Contents");
  crisis = outline_page (&out, "Crisis lines and emergency numbers");
  first_chapter = MIN (outline_page (&out, "Senioři"), outline_page (&out, "Děti a mládež"));

  page = body_page_of (&out, TRICKY_NAME, first_chapter, crisis);
  find_link (&out, "https://www.domov-kamelie.cz", page);
  find_link (&out, "mailto:info@sluzba-zdar.cz", page);
  page = body_page_of (&out, "Pečovatelská služba Města Žďáru", first_chapter, crisis);
  find_link (&out, "https://zdar.charita.cz", page);

  /* every link of the contents resolves to a page that has the text it covers */
  for (int p = toc; p < first_chapter; p++)
    {
      g_autoptr (PopplerPage) toc_page = poppler_document_get_page (out.doc, p - 1);
      GList *links = poppler_page_get_link_mapping (toc_page);

      for (GList *l = links; l != NULL; l = l->next)
        {
          PopplerLinkMapping *m = l->data;
          PopplerDest        *dest;
          g_autofree char    *text = text_under (toc_page, &m->area);
          char               *cut = strstr (text, " · ");

          dest = poppler_document_find_dest (out.doc, m->action->goto_dest.dest->named_dest);
          g_assert_nonnull (dest);
          g_assert_cmpint (dest->page_num, >=, 2);
          if (cut != NULL)
            {
              *cut = '\0';
              g_assert_nonnull (strstr (out.pages[dest->page_num - 1], text));
            }
          poppler_dest_free (dest);
          internal++;
        }
      poppler_page_free_link_mapping (links);
    }
  g_assert_cmpint (internal, >=, G_N_ELEMENTS (fixtures));
  output_clear (&out);
}

/* "Polnička 7, 9–10" → the pages 7, 9, 10 */
static GArray *
parse_refs (const char *text,
            const char *name)
{
  GArray     *pages = g_array_new (FALSE, FALSE, sizeof (int));
  const char *p = strstr (text, name);

  g_assert_nonnull (p);
  p += strlen (name);
  while (TRUE)
    {
      char *end = NULL;
      int   from, to;

      /* the first reference follows a space, the others a comma */
      if (pages->len > 0 && *p++ != ',')
        break;
      while (*p == ' ')
        p++;
      if (!g_ascii_isdigit (*p))
        break;
      from = to = strtol (p, &end, 10);
      p = end;
      if (g_str_has_prefix (p, "–"))
        {
          to = strtol (p + strlen ("–"), &end, 10);
          p = end;
        }
      for (int i = from; i <= to; i++)
        g_array_append_val (pages, i);
    }
  return pages;
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
  const char      *checks[][2] = { { "Polnička", NULL }, { "Nové Město na Moravě", NULL }, { "senioři", NULL }, { "osoby v krizi", NULL } };

  render_output (&out, snapshot, options, "catalogue-index.pdf");
  crisis = outline_page (&out, "Crisis lines and emergency numbers");
  first_chapter = MIN (outline_page (&out, "Senioři"), outline_page (&out, "Děti a mládež"));
  obce = outline_page (&out, "Index of obce");
  groups = outline_page (&out, "Index of target groups");
  g_assert_cmpint (obce, >, crisis);
  g_assert_cmpint (groups, >, obce);
  obce_text = join_pages (&out, obce, groups);
  groups_text = join_pages (&out, groups, outline_page (&out, "Impressum"));

  for (guint c = 0; c < G_N_ELEMENTS (checks); c++)
    {
      const char *key = checks[c][0];
      gboolean    is_group = g_ascii_islower (key[0]);
      g_autoptr (GArray) expected = g_array_new (FALSE, FALSE, sizeof (int));
      g_autoptr (GArray) listed = parse_refs (is_group ? groups_text : obce_text, key);

      for (guint i = 0; i < snapshot->entries->len; i++)
        {
          const KpCatalogueEntry *e = g_ptr_array_index (snapshot->entries, i);
          GPtrArray              *keys = is_group ? e->target_groups : e->obce;
          int                     page;
          gboolean                dup = FALSE;

          if (!g_ptr_array_find_with_equal_func (keys, key, g_str_equal, NULL))
            continue;
          page = body_page_of (&out, e->name, first_chapter, crisis);
          for (guint k = 0; k < expected->len; k++)
            dup |= g_array_index (expected, int, k) == page;
          if (!dup)
            g_array_append_val (expected, page);
        }
      g_assert_cmpint (listed->len, ==, expected->len);
      for (guint k = 0; k < expected->len; k++)
        {
          gboolean in = FALSE;

          for (guint j = 0; j < listed->len; j++)
            in |= g_array_index (listed, int, j) == g_array_index (expected, int, k);
          g_assert_true (in);
        }
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
  g_assert_nonnull (strstr (out.pages[1], "No social services in this territory match"));
  g_assert_nonnull (strstr (out.pages[2], "155"));
  g_assert_nonnull (strstr (out.pages[2], "116 123"));
  g_assert_nonnull (strstr (out.pages[2], "Linka bezpečí"));
  g_assert_nonnull (strstr (out.pages[2], "Krizové centrum Žďár"));
  g_assert_nonnull (strstr (out.pages[3], "Impressum"));
  g_assert_null (strstr (all, "Contents"));
  output_clear (&out);
}

/* Many local lines break over pages; every number stays with its line. */
static void
test_many_lines (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (FALSE);
  g_autoptr (KpCatalogueOptions) options = build_options (KP_CATALOGUE_BY_TARGET_GROUP,
                                                          KP_PAGE_SIZE_A5);
  Output           out = { 0 };
  g_autofree char *all = NULL;

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *name = g_strdup_printf ("Poradna Třebíč %c%c", 'A' + i / 26, 'a' + i % 26);
      g_autofree char *phone = g_strdup_printf ("+420 800 100 %03u", i);

      kp_catalogue_snapshot_add_crisis_line (snapshot,
                                             kp_crisis_line_new (KP_CRISIS_LINE_HELPLINE, name,
                                                                 phone, "po–pá 8–16", NULL));
    }
  render_output (&out, snapshot, options, "catalogue-lines.pdf");
  all = join_pages (&out, 1, out.result.n_pages + 1);
  g_assert_cmpint (out.result.n_pages, >=, 7);
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *phone = g_strdup_printf ("+420 800 100 %03u", i);
      int              page = 0;

      g_assert_cmpint (count (all, phone), ==, 1);
      /* the number and its line's name are on the same page */
      for (int p = 0; p < out.result.n_pages; p++)
        if (strstr (out.pages[p], phone) != NULL)
          page = p;
      {
        g_autofree char *name = g_strdup_printf ("Poradna Třebíč %c%c", 'A' + i / 26,
                                                 'a' + i % 26);

        g_assert_nonnull (strstr (out.pages[page], name));
      }
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

      if (g_str_equal (action->any.title, "Providers from A to Z"))
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
test_text_inside_pages (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (TRUE);
  g_autoptr (KpCatalogueOptions) options = build_options (KP_CATALOGUE_BY_TARGET_GROUP,
                                                          KP_PAGE_SIZE_A5);
  Output out = { 0 };

  render_output (&out, snapshot, options, "catalogue-a5.pdf");
  for (int p = 0; p < out.result.n_pages; p++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (out.doc, p);
      PopplerRectangle *rects = NULL;
      guint             n = 0;
      double            w, h;

      poppler_page_get_size (page, &w, &h);
      g_assert_true (poppler_page_get_text_layout (page, &rects, &n));
      for (guint i = 0; i < n; i++)
        {
          /* inside the margins of 15 mm left and right; nothing below the footer */
          g_assert_cmpfloat (rects[i].x1, >=, 40);
          g_assert_cmpfloat (rects[i].x2, <=, w - 40);
          g_assert_cmpfloat (rects[i].y2, <=, h - 20);
        }
      g_free (rects);
    }
  output_clear (&out);
}

static void
test_cancel_and_errors (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (TRUE);
  g_autoptr (KpCatalogueOptions) options = build_options (KP_CATALOGUE_BY_TARGET_GROUP,
                                                          KP_PAGE_SIZE_A4);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kp-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "cancelled.pdf", NULL);
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  g_autofree char *bad = g_build_filename (dir, "not-a-logo.png", NULL);

  g_cancellable_cancel (cancellable);
  g_assert_false (kp_catalogue_render_pdf (snapshot, options, path, NULL, cancellable, NULL,
                                           &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* a logo that is no image (PNG and SVG logos: test-publication-logos.c) */
  g_assert_true (g_file_set_contents (bad, "not an image", -1, NULL));
  g_ptr_array_set_size (options->logo_paths, 0);
  kp_catalogue_options_add_logo (options, bad);
  g_assert_false (kp_catalogue_render_pdf (snapshot, options, path, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_remove (bad);
  g_rmdir (dir);
}

static void
test_bytes (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (TRUE);
  g_autoptr (KpCatalogueOptions) options = build_options (KP_CATALOGUE_BY_TARGET_GROUP,
                                                          KP_PAGE_SIZE_A4);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (PopplerDocument) doc = NULL;
  g_autoptr (KpProgress) progress = kp_progress_new ();
  KpRenderResult result = { 0 };

  bytes = kp_catalogue_render_bytes (snapshot, options, progress, NULL, &result, &error);
  g_assert_no_error (error);
  doc = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (doc), ==, result.n_pages);
  g_assert_cmpfloat (kp_progress_get_fraction (progress), ==, 1.0);
}

static gpointer
render_in_thread (gpointer data)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (TRUE);
  g_autoptr (KpCatalogueOptions) options = build_options (GPOINTER_TO_INT (data), KP_PAGE_SIZE_A4);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  KpRenderResult result = { 0 };

  bytes = kp_catalogue_render_bytes (snapshot, options, NULL, NULL, &result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return GINT_TO_POINTER (result.n_pages);
}

/* Two catalogues at once, as two GTask workers would: no shared state. */
static void
test_threads (void)
{
  GThread *a = g_thread_new ("catalogue-a", render_in_thread,
                             GINT_TO_POINTER (KP_CATALOGUE_BY_TARGET_GROUP));
  GThread *b = g_thread_new ("catalogue-b", render_in_thread,
                             GINT_TO_POINTER (KP_CATALOGUE_BY_TARGET_GROUP));
  int      pages_a = GPOINTER_TO_INT (g_thread_join (a));
  int      pages_b = GPOINTER_TO_INT (g_thread_join (b));

  g_assert_cmpint (pages_a, >, 10);
  g_assert_cmpint (pages_a, ==, pages_b);
  g_assert_cmpint (pages_a, ==, GPOINTER_TO_INT (render_in_thread (GINT_TO_POINTER (KP_CATALOGUE_BY_TARGET_GROUP))));
}

typedef struct
{
  int    page[16];
  double y[16];
} Placed;

static void
record_row (KpFlow  *flow,
            int      row,
            double   y,
            gpointer data)
{
  Placed *placed = data;

  if (row >= 0)
    {
      placed->page[row] = flow->page;
      placed->y[row] = y;
    }
}

/* A paragraph longer than what is left of a page keeps two lines on either side of the
 * break; a heading does not stay alone at the foot of a page. */
static void
test_flow_widows (void)
{
  g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (KpFlowRow));
  KpFlow    flow;
  Placed    placed = { { 0 } };
  KpFlowRow filler = { 85, 0 };
  KpFlowRow heading = { 20, KP_FLOW_ROW_GLUE };

  /* a frame of 100 points holding 10 lines of 10 */
  kp_flow_init (&flow, 1, 0, 100, NULL, NULL);
  kp_flow_place (&flow, &filler, 1, 0, 0, record_row, &placed);
  /* 15 points left: only one line would fit, so both start the next page */
  kp_flow_rows_add_lines (rows, 11, 10, 0);
  kp_flow_place (&flow, (KpFlowRow *) rows->data, rows->len, 0, 0, record_row, &placed);
  g_assert_cmpint (placed.page[0], ==, 2);
  g_assert_cmpint (placed.page[1], ==, 2);
  g_assert_cmpfloat (placed.y[0], ==, 0);
  /* 11 lines over a 10-line page: the last line does not go on alone */
  g_assert_cmpint (placed.page[8], ==, 2);
  g_assert_cmpint (placed.page[9], ==, 3);
  g_assert_cmpint (placed.page[10], ==, 3);
  g_assert_cmpfloat (placed.y[9], ==, 0);

  /* a heading at the foot of a page moves on with the first lines after it */
  g_array_set_size (rows, 0);
  kp_flow_init (&flow, 1, 0, 100, NULL, NULL);
  kp_flow_place (&flow, &filler, 1, 0, 0, record_row, &placed);
  filler.height = 60;
  kp_flow_place (&flow, &filler, 1, 0, 0, record_row, &placed);
  kp_flow_rows_add_lines (rows, 4, 10, 0);
  kp_flow_place (&flow, &heading, 1,
                 kp_flow_lead_height (&flow, (KpFlowRow *) rows->data, rows->len, heading.height),
                 0, record_row, &placed);
  g_assert_cmpint (placed.page[0], ==, 3);
  kp_flow_place (&flow, (KpFlowRow *) rows->data, rows->len, 0, 0, record_row, &placed);
  g_assert_cmpint (placed.page[0], ==, 3);
  g_assert_cmpfloat (placed.y[0], ==, 20);
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
  g_test_add_func ("/kp/render/catalogue/czech-and-escaping", test_czech_and_escaping);
  g_test_add_func ("/kp/render/catalogue/links", test_links);
  g_test_add_func ("/kp/render/catalogue/index", test_index);
  g_test_add_func ("/kp/render/catalogue/empty", test_empty);
  g_test_add_func ("/kp/render/catalogue/many-lines", test_many_lines);
  g_test_add_func ("/kp/render/catalogue/a-to-z", test_a_to_z);
  g_test_add_func ("/kp/render/catalogue/text-inside-pages", test_text_inside_pages);
  g_test_add_func ("/kp/render/catalogue/cancel-and-errors", test_cancel_and_errors);
  g_test_add_func ("/kp/render/catalogue/bytes", test_bytes);
  g_test_add_func ("/kp/render/catalogue/threads", test_threads);
  g_test_add_func ("/kp/render/catalogue/flow-widows", test_flow_widows);
  return g_test_run ();
}
