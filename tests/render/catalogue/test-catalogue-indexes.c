/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "test-catalogue-common.h"

#include <string.h>

/* Finding one's way in a big catalogue (issue 12.8, 12.9), read back with Poppler: a
 * catalogue by provider prints each provider's block once with its services under it, and
 * a large catalogue's contents lists chapters only while its indexes name the services. */

#define DIAKONIE       "Diakonie ČCE – středisko Vysočina, z. s."
#define DIAKONIE_ICO   "12345678"
#define DIAKONIE_PHONE "+420 566 111 222"
#define DIAKONIE_WEB   "www.diakonie-vysocina.cz"
#define OWN_PHONE      "+420 777 000 111"

/* Three services of one provider, given in no order; two share its phone, one has its own. */
static void
add_provider_services (KpCatalogueSnapshot *snapshot)
{
  const char *names[] = { "Sociálně terapeutická dílna Betany", "Centrum denních služeb Betany",
                          "Odlehčovací služba Betany" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      KpCatalogueEntry *e = kp_catalogue_entry_new (names[i], DIAKONIE, DIAKONIE_ICO);

      kp_catalogue_entry_set_type (e, "denní stacionáře", "§ 46", KP_SERVICE_FORM_OUTPATIENT);
      kp_catalogue_entry_add_target_group (e, "osoby se zdravotním postižením");
      kp_catalogue_entry_add_address (e, "Husova 12, 591 01 Žďár nad Sázavou");
      kp_catalogue_entry_add_obec (e, "Žďár nad Sázavou");
      kp_catalogue_entry_set_contacts (e, i == 2 ? OWN_PHONE : DIAKONIE_PHONE,
                                       "betany@diakonie.example", DIAKONIE_WEB);
      kp_catalogue_entry_set_provider_contacts (e, "Husova 12, 591 01 Žďár nad Sázavou",
                                                DIAKONIE_PHONE, "info@diakonie.example",
                                                DIAKONIE_WEB);
      kp_catalogue_snapshot_add_entry (snapshot, e);
    }
}

static void
test_by_provider (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (TRUE);
  g_autoptr (KpCatalogueOptions) options = build_options (KP_CATALOGUE_BY_PROVIDER,
                                                          KP_PAGE_SIZE_A4);
  Output           out = { 0 };
  int              first, crisis;
  g_autofree char *body = NULL;
  const char      *block, *a, *b, *c;

  add_provider_services (snapshot);
  render_output (&out, snapshot, options, "catalogue-by-provider.pdf");
  first = outline_page (&out, "Poskytovatelé od A do Z");
  crisis = outline_page (&out, "Krizové linky a tísňová volání");
  body = join_pages (&out, first, crisis);

  /* the provider's block once: name, IČO, seat and contacts */
  g_assert_cmpint (count (body, DIAKONIE), ==, 1);
  g_assert_cmpint (count (body, "IČO " DIAKONIE_ICO), ==, 1);
  g_assert_cmpint (count (body, DIAKONIE_WEB), ==, 1);
  g_assert_cmpint (count (body, DIAKONIE_PHONE), ==, 1);
  g_assert_cmpint (count (body, "Husova 12, 591 01 Žďár nad Sázavou"), ==, 1);
  block = strstr (body, DIAKONIE);
  g_assert_true (strstr (body, "IČO " DIAKONIE_ICO) > block);
  /* then its three services in Czech order, each with what differs from the block */
  a = strstr (body, "Centrum denních služeb Betany");
  b = strstr (body, "Odlehčovací služba Betany");
  c = strstr (body, "Sociálně terapeutická dílna Betany");
  g_assert_true (block < a && a < b && b < c);
  g_assert_true (strstr (body, DIAKONIE_PHONE) < a);
  g_assert_cmpint (count (body, OWN_PHONE), ==, 1);
  g_assert_true (strstr (body, OWN_PHONE) > b && strstr (body, OWN_PHONE) < c);
  g_assert_cmpint (count (body, "betany@diakonie.example"), ==, 3);
  /* a provider of two services is one block too; every service is there once */
  g_assert_cmpint (count (body, "Oblastní charita Žďár nad Sázavou"), ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    g_assert_cmpint (body_page_of (&out, fixtures[i].name, first, crisis), >=, first);

  /* the contents name the provider over its services, and lead to it */
  {
    int              toc = outline_page (&out, "Obsah");
    g_autofree char *contents = join_pages (&out, toc, first);
    const char      *p = strstr (contents, DIAKONIE);

    g_assert_nonnull (p);
    g_assert_nonnull (strstr (p, "Centrum denních služeb Betany"));
    g_assert_null (strstr (contents, "Centrum denních služeb Betany · " DIAKONIE));
  }
  output_clear (&out);
}

/* A catalogue of @n services of @n_providers providers, all in one obec. */
static KpCatalogueSnapshot *
build_large (guint n,
             guint n_providers)
{
  const char          *groups[] = { "senioři", "rodiny s dětmi", "osoby v krizi",
                                    "osoby se zdravotním postižením" };
  const char          *providers[] = { "Alfa", "Beta", "Cesta", "Čtyřlístek", "Domov", "Echo",
                                       "Fokus", "Hvězda", "Charita", "Iris" };
  KpCatalogueSnapshot *snapshot = build_snapshot (FALSE);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char  *name = g_strdup_printf ("Služba číslo %03u", i);
      g_autofree char  *provider = g_strdup_printf ("%s %u, z. ú.",
                                                    providers[i % n_providers % G_N_ELEMENTS (providers)],
                                                    i % n_providers);
      g_autofree char  *ico = g_strdup_printf ("%08u", 1000 + i % n_providers);
      KpCatalogueEntry *e = kp_catalogue_entry_new (name, provider, ico);

      kp_catalogue_entry_set_type (e, "sociální poradenství", "§ 37", KP_SERVICE_FORM_OUTPATIENT);
      kp_catalogue_entry_add_target_group (e, groups[i % G_N_ELEMENTS (groups)]);
      kp_catalogue_entry_add_obec (e, "Velká Bíteš");
      kp_catalogue_entry_set_contacts (e, "+420 566 623 111", NULL, NULL);
      kp_catalogue_snapshot_add_entry (snapshot, e);
    }
  return snapshot;
}

/* Over 150 services, the contents list the chapters only; a long list in an index repeats
 * its heading where it goes on in the next column. */
static void
test_large_contents (gconstpointer data)
{
  KpCatalogueStructure structure = GPOINTER_TO_INT (data);
  g_autoptr (KpCatalogueSnapshot) snapshot = build_large (200, 40);
  g_autoptr (KpCatalogueOptions) options = build_options (structure, KP_PAGE_SIZE_A4);
  Output           out = { 0 };
  int              toc, first, obce;
  g_autofree char *contents = NULL;
  g_autofree char *index = NULL;
  g_autoptr (GHashTable) links = NULL;

  /* a kraj's catalogue by provider, compact: the providers' blocks run their fields on */
  options->compact = structure == KP_CATALOGUE_BY_PROVIDER;
  render_output (&out, snapshot, options,
                 structure == KP_CATALOGUE_BY_PROVIDER ? "catalogue-large-az.pdf"
                                                       : "catalogue-large.pdf");
  g_assert_cmpint (out.result.n_entries, ==, 200);
  toc = outline_page (&out, "Obsah");
  first = structure == KP_CATALOGUE_BY_PROVIDER
              ? outline_page (&out, "Poskytovatelé od A do Z")
              : MIN (outline_page (&out, "Osoby se zdravotním postižením"),
                     outline_page (&out, "Osoby v krizi"));
  obce = outline_page (&out, "Rejstřík obcí");
  contents = join_pages (&out, toc, first);
  /* one page of chapters: no service and no provider */
  g_assert_cmpint (first - toc, ==, 1);
  g_assert_null (strstr (contents, "Služba číslo"));
  g_assert_null (strstr (contents, "z. ú."));
  g_assert_nonnull (strstr (contents, "Krizové linky a tísňová volání"));
  g_assert_nonnull (strstr (contents, "Rejstřík obcí"));
  if (structure == KP_CATALOGUE_BY_PROVIDER)
    {
      /* by letter, in Czech order (Ch after H), each a bookmark and a line that leads to it */
      g_autoptr (GHashTable) toc_links = link_texts (&out, toc, first);
      const char *letters[] = { "A", "C", "Č", "H", "Ch", "I" };
      int         previous = 0;

      for (guint i = 0; i < G_N_ELEMENTS (letters); i++)
        {
          int              page = GPOINTER_TO_INT (g_hash_table_lookup (out.children, letters[i]));
          g_autofree char *line = g_strdup_printf ("%s%d", letters[i], page);

          g_assert_cmpint (page, >, previous);
          g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (toc_links, line)), ==, page);
          previous = page;
        }
    }
  else
    {
      g_assert_nonnull (strstr (contents, "Senioři"));
      g_assert_nonnull (strstr (contents, "Rodiny s dětmi"));
    }

  /* the obec index: the services by name, each a link to its page; the heading repeated */
  index = join_pages (&out, obce, outline_page (&out, "Rejstřík cílových skupin"));
  links = link_texts (&out, obce, outline_page (&out, "Rejstřík cílových skupin"));
  g_assert_nonnull (strstr (index, "Velká Bíteš Služba číslo 000 "));
  g_assert_cmpint (count (index, "Velká Bíteš (pokračování)"), >=, 2);
  g_assert_cmpuint (g_hash_table_size (links), ==, 200);
  for (guint i = 0; i < 200; i += 37)
    {
      g_autofree char *name = g_strdup_printf ("Služba číslo %03u", i);
      int              page = body_page_of (&out, name, first,
                                            outline_page (&out, "Krizové linky a tísňová volání"));
      g_autofree char *line = g_strdup_printf ("%s%d", name, page);
      g_autofree char *squashed = squash (line);

      g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (links, squashed)), ==, page);
    }
  output_clear (&out);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/kp/render/catalogue/by-provider", test_by_provider);
  g_test_add_data_func ("/kp/render/catalogue/large-contents",
                        GINT_TO_POINTER (KP_CATALOGUE_BY_TARGET_GROUP), test_large_contents);
  g_test_add_data_func ("/kp/render/catalogue/large-contents-by-provider",
                        GINT_TO_POINTER (KP_CATALOGUE_BY_PROVIDER), test_large_contents);
  return g_test_run ();
}
