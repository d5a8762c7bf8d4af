/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "test-catalogue-common.h"

#include <glib/gstdio.h>
#include <string.h>

/* The catalogue of the tests: twelve services with tricky names, a very long entry and two
 * crisis lines, and its PDF read back with Poppler. */

const Fixture fixtures[] = {
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

KpCatalogueSnapshot *
build_snapshot (gboolean with_entries)
{
  KpCatalogueSnapshot *snapshot = kp_catalogue_snapshot_new ();

  for (guint i = 0; with_entries && i < G_N_ELEMENTS (fixtures); i++)
    kp_catalogue_snapshot_add_entry (snapshot, fixture_entry (&fixtures[i], i));
  /* the national help lines a project starts with, as its builder adds them */
  kp_catalogue_snapshot_add_crisis_line (
      snapshot, kp_crisis_line_new (KP_CRISIS_LINE_HELPLINE, "Linka bezpečí", "116 111",
                                    "nonstop", "Pro děti a studenty do 26 let; zdarma"));
  kp_catalogue_snapshot_add_crisis_line (
      snapshot, kp_crisis_line_new (KP_CRISIS_LINE_HELPLINE, "Linka první psychické pomoci",
                                    "116 123", "nonstop",
                                    "Pro dospělé v krizi a jejich blízké; zdarma"));
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

KpCatalogueOptions *
build_options (KpCatalogueStructure structure,
               KpPageSize           paper)
{
  KpCatalogueOptions *o = kp_catalogue_options_new (CATALOGUE);
  g_autofree char    *logo = g_test_build_filename (G_TEST_DIST, "data", "publications",
                                                    "logo.png", NULL);
  g_autoptr (GError) error = NULL;

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
  kp_catalogue_options_add_logo (o, kp_document_logo_new_from_file (logo, &error));
  g_assert_no_error (error);
  return o;
}

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

static KpDocument *
catalogue_copy (const KpCatalogueSnapshot *snapshot,
                const KpCatalogueOptions  *options)
{
  return kp_catalogue_document_new (kp_catalogue_snapshot_copy (snapshot),
                                    kp_catalogue_options_copy (options));
}

gboolean
write_catalogue_file (const KpCatalogueSnapshot *snapshot,
                      const KpCatalogueOptions  *options,
                      const char                *path,
                      KpProgress                *progress,
                      GCancellable              *cancellable,
                      KpRenderResult            *result,
                      GError                   **error)
{
  g_autoptr (KpDocument) document = catalogue_copy (snapshot, options);

  if (!kp_document_write_file (document, path, KP_DOCUMENT_FORMAT_PDF, progress, cancellable,
                               error))
    return FALSE;
  if (result != NULL)
    {
      kp_catalogue_document_get_result (KP_CATALOGUE_DOCUMENT (document), result);
      /* the document counts the pages its writer wrote */
      g_assert_cmpint (kp_document_get_n_pages (document), ==, result->n_pages);
    }
  return TRUE;
}

GBytes *
write_catalogue_bytes (const KpCatalogueSnapshot *snapshot,
                       const KpCatalogueOptions  *options,
                       KpProgress                *progress,
                       GCancellable              *cancellable,
                       KpRenderResult            *result,
                       GError                   **error)
{
  g_autoptr (KpDocument) document = catalogue_copy (snapshot, options);
  GBytes *bytes = kp_document_write_bytes (document, KP_DOCUMENT_FORMAT_PDF, progress, cancellable,
                                           error);

  if (bytes != NULL && result != NULL)
    kp_catalogue_document_get_result (KP_CATALOGUE_DOCUMENT (document), result);
  return bytes;
}

void
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
  ok = write_catalogue_file (snapshot, options, out->path, NULL, NULL, &out->result, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  open_output (out);
}

void
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

int
outline_page (Output     *out,
              const char *title)
{
  gpointer page = NULL;

  g_assert_true (g_hash_table_lookup_extended (out->outline, title, NULL, &page));
  return GPOINTER_TO_INT (page);
}

int
count (const char *haystack,
       const char *needle)
{
  int n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* Pages first … last - 1 (from 1), joined. */
char *
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
int
body_page_of (Output     *out,
              const char *name,
              int         first,
              int         last)
{
  g_autofree char *continued = g_strdup_printf ("%s (pokračování)", name);
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
char *
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

char *
squash (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

GHashTable *
link_texts (Output *out,
            int     first,
            int     last)
{
  GHashTable *texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (int p = first; p < last; p++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (out->doc, p - 1);
      GList *links = poppler_page_get_link_mapping (page);

      for (GList *l = links; l != NULL; l = l->next)
        {
          PopplerLinkMapping *m = l->data;
          g_autofree char    *text = NULL;
          PopplerDest        *dest;

          if (m->action->type != POPPLER_ACTION_GOTO_DEST ||
              m->action->goto_dest.dest->type != POPPLER_DEST_NAMED)
            continue;
          dest = poppler_document_find_dest (out->doc, m->action->goto_dest.dest->named_dest);
          g_assert_nonnull (dest);
          text = text_under (page, &m->area);
          g_hash_table_insert (texts, squash (text), GINT_TO_POINTER (dest->page_num));
          poppler_dest_free (dest);
        }
      poppler_page_free_link_mapping (links);
    }
  return texts;
}
