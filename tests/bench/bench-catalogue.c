/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-tool-options.h"

#include "kp-catalogue-document.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

/* The national catalogue (ARCHITECTURE.md §5: ≈6 500 active services, ≈1 600 A4 pages,
 * target ≤ 3 s). A deterministic generator makes realistic entries: names and providers,
 * one to three addresses, contacts, two to five sentences of description, one to three
 * forms, target groups and the obce served. Renders it compact (fields run on, as a
 * national catalogue would be printed) and with one field a line; prints pages, size and
 * the median of three runs of each; never fails on time.
 *
 * KP_BENCH_ENTRIES=<n> changes the number of services; KP_BENCH_PDF=<path> keeps the PDF. */

#define N_SERVICES 6500
#define RUNS       3

typedef struct
{
  const char    *name;
  const char    *paragraph;
  KpServiceForms forms;
} Type;

static const Type types[] = {
  { "odborné sociální poradenství", "§ 37", KP_SERVICE_FORM_OUTPATIENT | KP_SERVICE_FORM_FIELD },
  { "osobní asistence", "§ 39", KP_SERVICE_FORM_FIELD },
  { "pečovatelská služba", "§ 40", KP_SERVICE_FORM_FIELD | KP_SERVICE_FORM_OUTPATIENT },
  { "tísňová péče", "§ 41", KP_SERVICE_FORM_FIELD },
  { "podpora samostatného bydlení", "§ 43", KP_SERVICE_FORM_FIELD },
  { "odlehčovací služby", "§ 44", KP_SERVICE_FORM_ALL },
  { "centra denních služeb", "§ 45", KP_SERVICE_FORM_OUTPATIENT },
  { "denní stacionáře", "§ 46", KP_SERVICE_FORM_OUTPATIENT },
  { "domovy pro osoby se zdravotním postižením", "§ 48", KP_SERVICE_FORM_RESIDENTIAL },
  { "domovy pro seniory", "§ 49", KP_SERVICE_FORM_RESIDENTIAL },
  { "domovy se zvláštním režimem", "§ 50", KP_SERVICE_FORM_RESIDENTIAL },
  { "chráněné bydlení", "§ 51", KP_SERVICE_FORM_RESIDENTIAL },
  { "raná péče", "§ 54", KP_SERVICE_FORM_FIELD | KP_SERVICE_FORM_OUTPATIENT },
  { "telefonická krizová pomoc", "§ 55", KP_SERVICE_FORM_FIELD },
  { "azylové domy", "§ 57", KP_SERVICE_FORM_RESIDENTIAL },
  { "kontaktní centra", "§ 59", KP_SERVICE_FORM_OUTPATIENT | KP_SERVICE_FORM_FIELD },
  { "krizová pomoc", "§ 60", KP_SERVICE_FORM_ALL },
  { "nízkoprahová zařízení pro děti a mládež", "§ 62",
    KP_SERVICE_FORM_OUTPATIENT | KP_SERVICE_FORM_FIELD },
  { "noclehárny", "§ 63", KP_SERVICE_FORM_OUTPATIENT },
  { "sociálně aktivizační služby pro rodiny s dětmi", "§ 65",
    KP_SERVICE_FORM_FIELD | KP_SERVICE_FORM_OUTPATIENT },
  { "sociálně aktivizační služby pro seniory a osoby se zdravotním postižením", "§ 66",
    KP_SERVICE_FORM_OUTPATIENT | KP_SERVICE_FORM_FIELD },
  { "sociálně terapeutické dílny", "§ 67", KP_SERVICE_FORM_OUTPATIENT },
  { "terénní programy", "§ 69", KP_SERVICE_FORM_FIELD },
  { "sociální rehabilitace", "§ 70", KP_SERVICE_FORM_ALL },
};

static const char *const groups[] = {
  "senioři",
  "osoby s tělesným postižením",
  "osoby s mentálním postižením",
  "osoby s chronickým duševním onemocněním",
  "osoby s kombinovaným postižením",
  "rodiny s dítětem/dětmi",
  "děti a mládež ve věku od 6 do 26 let",
  "osoby bez přístřeší",
  "osoby v krizi",
  "oběti domácího násilí",
  "osoby ohrožené závislostí",
  "osoby žijící v sociálně vyloučených lokalitách",
  "pečující osoby",
  "osoby s chronickým onemocněním",
  "osoby se zrakovým postižením",
  "osoby se sluchovým postižením",
  "etnické menšiny",
  "osoby žijící s demencí",
};

static const char *const bases[] = {
  "Bystřice",
  "Lhota",
  "Újezd",
  "Hradec",
  "Dvůr",
  "Chlum",
  "Kostelec",
  "Lipnice",
  "Ves",
  "Polom",
  "Březí",
  "Dubá",
  "Jablonec",
  "Kamenice",
  "Lázně",
  "Mýto",
  "Olešná",
  "Počátky",
  "Rovná",
  "Sedlec",
  "Skalice",
  "Studnice",
  "Třebová",
  "Údolí",
  "Vrchlabí",
  "Zahrádky",
  "Žďár",
  "Černovice",
  "Řečice",
  "Chotěboř",
  "Hlinsko",
  "Jimramov",
  "Kunštát",
  "Litomyšl",
  "Mladá",
  "Nedvědice",
  "Osová",
  "Pacov",
  "Radešín",
  "Strážek",
  "Telč",
  "Uhřínov",
  "Věchnov",
  "Záblatí",
  "Ždánice",
  "Bohdalov",
  "Dolany",
};

static const char *const prefixes[] = { "", "Horní ", "Dolní ", "Nová ", "Stará ", "Velká ",
                                        "Malá " };
static const char *const suffixes[] = { "", " nad Sázavou", " u Brna", " pod Horou",
                                        " na Moravě", " nad Oslavou", " v Podkrkonoší" };
static const char *const brands[] = {
  "Naděje",
  "Slunce",
  "Domino",
  "Horizont",
  "Jitřenka",
  "Harmonie",
  "Úsměv",
  "Kamélie",
  "Pohoda",
  "Radost",
  "Archa",
  "Most",
  "Oáza",
  "Rozkvět",
  "Světlo",
  "Krok",
  "Klíč",
  "Cesta",
  "Anděl",
  "Rybka",
  "Modrý pták",
  "Zahrada",
  "Pramen",
  "Sluníčko",
};
static const char *const providers[][2] = {
  { "Charita ", "" },
  { "Oblastní charita ", "" },
  { "Diakonie ČCE – středisko ", "" },
  { "Centrum sociálních služeb ", "" },
  { "Domov ", ", příspěvková organizace" },
  { "", ", z. ú." },
  { "", ", o. p. s." },
  { "Sdružení ", ", z. s." },
  { "Město ", "" },
  { "Sociální služby města ", "" },
};
static const char *const streets[] = {
  "Nádražní",
  "Husova",
  "Palackého",
  "Masarykova",
  "Dolní",
  "Horní",
  "Zahradní",
  "Školní",
  "Komenského",
  "Žižkova",
  "Smetanova",
  "Tyršova",
  "Jiráskova",
  "U Nemocnice",
  "Družstevní",
};
static const char *const sentences[] = {
  "Pomáháme lidem zůstat co nejdéle v jejich domácím prostředí.",
  "Služba podporuje samostatnost klientů a jejich zapojení do běžného života.",
  "Zajišťujeme pomoc s osobní hygienou, přípravou jídla a péčí o domácnost.",
  "Nabízíme bezplatné a anonymní poradenství v obtížných životních situacích.",
  "Klienti u nás najdou bezpečné zázemí, podporu a pochopení.",
  "Pracujeme s celou rodinou a respektujeme přání a potřeby každého člověka.",
  "Pomůžeme s vyřízením dávek, s jednáním na úřadech a se splácením dluhů.",
  "Doprovázíme klienty k lékaři, na úřady i na nákupy.",
  "Službu poskytujeme také v okolních obcích podle domluvy.",
  "Spolupracujeme s praktickými lékaři, školami a obecními úřady.",
  "V případě potřeby zajistíme kompenzační pomůcky a jejich zapůjčení.",
  "Podporujeme pečující osoby a nabízíme jim odlehčení a odpočinek.",
  "Nabízíme aktivizační programy, trénink paměti a společné výlety.",
  "Pomáháme mladým lidem zvládat obtížné situace ve škole, v rodině i mezi vrstevníky.",
  "Zprostředkujeme kontakt s dalšími službami a institucemi v regionu.",
  "Naši pracovníci mají dlouholeté zkušenosti a pravidelně se vzdělávají.",
  "Přijímáme i klienty s vyšší mírou podpory, například osoby žijící s demencí.",
  "Služba je dostupná i lidem se sníženou pohyblivostí, budova je bezbariérová.",
  "První konzultace je možná telefonicky, e-mailem nebo osobně bez objednání.",
  "Ve spolupráci s dobrovolníky pořádáme besedy, kurzy a kulturní akce.",
};
static const char *const hours[] = {
  "nonstop",
  "po–pá 7:00–15:30",
  "po–pá 8:00–16:00, st do 17:00",
  "po, st 8:00–17:00; út, čt 8:00–14:00",
  "denně 7:00–21:00",
  "po domluvě",
};
static const char *const fees[] = {
  "zdarma",
  "úhrada dle ceníku",
  "úhrada dle platného ceníku, 135 Kč za hodinu",
  "ubytování 250 Kč za noc, strava 180 Kč za den",
  "dle zákona, příspěvek na péči",
};

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

static char *
obec_name (guint index)
{
  guint base = index % G_N_ELEMENTS (bases);
  guint prefix = (index / G_N_ELEMENTS (bases)) % G_N_ELEMENTS (prefixes);
  guint suffix = (index / (G_N_ELEMENTS (bases) * G_N_ELEMENTS (prefixes))) % G_N_ELEMENTS (suffixes);

  return g_strconcat (prefixes[prefix], bases[base], suffixes[suffix], NULL);
}

static char *
slug (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString         *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0' && out->len < 24; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));
    else if (out->len > 0 && out->str[out->len - 1] != '-')
      g_string_append_c (out, '-');
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

static KpCatalogueEntry *
generate_entry (GRand *rand,
                guint  index,
                guint  n_obce)
{
  const Type       *type = &types[g_rand_int_range (rand, 0, G_N_ELEMENTS (types))];
  g_autofree char  *place = obec_name (g_rand_int_range (rand, 0, n_obce));
  g_autofree char  *brand_place = g_strdup_printf ("%s", PICK (rand, brands));
  g_autofree char  *title = g_strdup (type->name);
  g_autofree char  *name = NULL;
  g_autofree char  *provider = NULL;
  g_autofree char  *ico = g_strdup_printf ("%08u", 10000000 + index * 7919 % 89999999);
  g_autofree char  *web_slug = NULL;
  g_autofree char  *email = NULL;
  g_autofree char  *web = NULL;
  g_autofree char  *phone = NULL;
  KpCatalogueEntry *e;
  KpServiceForms    forms = 0;
  GString          *desc = g_string_new (NULL);
  guint             n;

  title[0] = g_ascii_toupper (title[0]);
  if (g_rand_boolean (rand))
    name = g_strdup_printf ("%s %s", title, place);
  else
    name = g_strdup_printf ("%s %s", title, brand_place);
  n = g_rand_int_range (rand, 0, G_N_ELEMENTS (providers));
  provider = g_strconcat (providers[n][0], g_rand_boolean (rand) ? place : brand_place,
                          providers[n][1], NULL);
  e = kp_catalogue_entry_new (name, provider, ico);

  while (forms == 0)
    forms = type->forms & g_rand_int_range (rand, 1, 8);
  kp_catalogue_entry_set_type (e, type->name, type->paragraph, forms);
  e->is_local = g_rand_int_range (rand, 0, 20) == 0;
  if (e->is_local)
    kp_catalogue_entry_set_type (e, "dobrovolnická služba", NULL, forms);

  n = g_rand_int_range (rand, 1, 4);
  for (guint i = 0; i < n; i++)
    kp_catalogue_entry_add_target_group (e, PICK (rand, groups));
  e->age_text = g_strdup_printf ("od %d let", g_rand_int_range (rand, 0, 66));
  if (forms & KP_SERVICE_FORM_RESIDENTIAL)
    kp_catalogue_entry_add_capacity (e, g_rand_int_range (rand, 8, 160), "lůžka",
                                     KP_SERVICE_FORM_RESIDENTIAL);
  if (forms & KP_SERVICE_FORM_OUTPATIENT)
    kp_catalogue_entry_add_capacity (e, g_rand_int_range (rand, 4, 60), "klienti",
                                     KP_SERVICE_FORM_OUTPATIENT);
  if (forms & KP_SERVICE_FORM_FIELD)
    kp_catalogue_entry_add_capacity (e, g_rand_int_range (rand, 10, 300), "klienti",
                                     KP_SERVICE_FORM_FIELD);

  n = g_rand_int_range (rand, 1, 4);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *where = obec_name (g_rand_int_range (rand, 0, n_obce));
      g_autofree char *address = g_strdup_printf ("%s %d/%d, %03d %02d %s", PICK (rand, streets),
                                                  g_rand_int_range (rand, 1, 2500),
                                                  g_rand_int_range (rand, 1, 60),
                                                  g_rand_int_range (rand, 100, 800),
                                                  g_rand_int_range (rand, 0, 100), where);

      kp_catalogue_entry_add_address (e, address);
    }
  web_slug = slug (provider);
  phone = g_strdup_printf ("+420 %03d %03d %03d", g_rand_int_range (rand, 200, 800),
                           g_rand_int_range (rand, 0, 1000), g_rand_int_range (rand, 0, 1000));
  email = g_strdup_printf ("info@%s.cz", web_slug);
  web = g_strdup_printf ("www.%s.cz", web_slug);
  kp_catalogue_entry_set_contacts (e, phone, email, web);
  e->hours = g_strdup (PICK (rand, hours));
  e->fees = g_strdup (PICK (rand, fees));

  n = g_rand_int_range (rand, 2, 6);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (desc, "%s%s", i > 0 ? " " : "", PICK (rand, sentences));
  e->description = g_string_free (desc, FALSE);

  n = g_rand_int_range (rand, 1, 13);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *obec = obec_name (g_rand_int_range (rand, 0, n_obce));

      kp_catalogue_entry_add_obec (e, obec);
    }
  return e;
}

static KpCatalogueSnapshot *
generate_snapshot (guint n)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (20260115);
  KpCatalogueSnapshot *snapshot = kp_catalogue_snapshot_new ();
  guint                n_obce = G_N_ELEMENTS (bases) * G_N_ELEMENTS (prefixes) *
                 G_N_ELEMENTS (suffixes);

  for (guint i = 0; i < n; i++)
    kp_catalogue_snapshot_add_entry (snapshot, generate_entry (rand, i, n_obce));
  return snapshot;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static long
peak_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char      *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmHWM:");
  return line != NULL ? strtol (line + 6, NULL, 10) : -1;
}

static int
run (int   argc,
     char *argv[])
{
  const char *env = g_getenv ("KP_BENCH_ENTRIES");
  guint       n = env != NULL ? (guint) g_ascii_strtoull (env, NULL, 10) : N_SERVICES;
  g_autoptr (KpCatalogueSnapshot) snapshot = NULL;
  g_autoptr (KpCatalogueOptions) options = kp_catalogue_options_new ("Katalog sociálních služeb České republiky");
  g_autofree char *dir = g_dir_make_tmp ("kp-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "catalogue.pdf", NULL);
  double           seconds[RUNS];
  double           cpu[RUNS];
  KpRenderResult   result = { 0 };
  GStatBuf         st = { 0 };
  gint64           start;

  start = g_get_monotonic_time ();
  snapshot = generate_snapshot (n);
  printf ("# generated %u services in %.2f s\n", n, (g_get_monotonic_time () - start) / 1e6);

  options->subtitle = g_strdup ("Poskytovatelé sociálních služeb a navazující služby");
  options->issuer = g_strdup ("Ministerstvo práce a sociálních věcí");
  options->year = 2026;
  options->introduction = g_strdup ("Katalog obsahuje všechny registrované sociální služby.");
  options->structure = KP_CATALOGUE_BY_SERVICE_TYPE;

  for (int compact = 1; compact >= 0; compact--)
    {
      g_autoptr (KpDocument) document = NULL;

      /* Copied outside the runs: a document is written as often as wanted. */
      options->compact = compact;
      document = kp_catalogue_document_new (kp_catalogue_snapshot_copy (snapshot),
                                            kp_catalogue_options_copy (options));
      for (int r = 0; r < RUNS; r++)
        {
          g_autoptr (GError) error = NULL;

          start = g_get_monotonic_time ();
          cpu[r] = cpu_seconds ();
          if (!kp_document_write_file (document, path, KP_DOCUMENT_FORMAT_PDF, NULL, NULL, &error))
            {
              fprintf (stderr, "catalogue failed: %s\n", error->message);
              return 1;
            }
          seconds[r] = (g_get_monotonic_time () - start) / 1e6;
          cpu[r] = cpu_seconds () - cpu[r];
          kp_catalogue_document_get_result (KP_CATALOGUE_DOCUMENT (document), &result);
          printf ("# %s run %d: %.3f s (CPU %.3f s)\n", compact ? "compact" : "one field a line",
                  r + 1, seconds[r], cpu[r]);
        }
      qsort (seconds, RUNS, sizeof (double), compare_doubles);
      qsort (cpu, RUNS, sizeof (double), compare_doubles);
      g_stat (path, &st);
      printf ("catalogue (%s): %u services, %d A4 pages, %.1f MB, median %.3f s "
              "(CPU %.3f s; target ≤ 3 s), peak RSS %ld MB\n",
              compact ? "compact" : "one field a line", n, result.n_pages, st.st_size / 1e6,
              seconds[RUNS / 2], cpu[RUNS / 2], peak_rss_kb () / 1024);
    }

  if (g_getenv ("KP_BENCH_PDF") != NULL)
    g_rename (path, g_getenv ("KP_BENCH_PDF"));
  else
    g_unlink (path);
  g_rmdir (dir);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  kp_tool_parse_options (&argc, &argv, NULL,
                         "Benchmark (ARCHITECTURE.md §5): writes the national catalogue of about 6 500 synthetic services as a PDF and prints the best and median time against the target of 3 s. KP_BENCH_ENTRIES sets the number of services.");
  return run (argc, argv);
}
