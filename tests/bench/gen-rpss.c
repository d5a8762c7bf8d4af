/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>

#include "gen-rpss-codes.h"
#include "gen-rpss-obce.h"
#include "gen-rpss-writer.h"

/* gen-rpss: writes a synthetic national-scale MPSV registry `rpss.json` in the shape of
 * ../shared/data/registry/FORMAT.md: about 6 700 services, 19 000 facilities and 55 MB.
 * Every name, number and address is invented; the output depends only on the seed (and the
 * obce file).
 *
 * With --obce FILE, providers and facilities are placed in real obce: FILE is a RÚIAN list
 * of obce (ruian/UI_OBEC.csv or ruian/obce.csv: a header, then rows separated by ';' or ',',
 * maybe quoted; the columns kod, okres_kod and vusc_kod or kraj_kod are found by name, and
 * rows with a PLATI_DO date are left out) or a plain file of codes, one per line. Without
 * it, codes are random numbers of the right shape, of which few are real obce, so a project
 * of a territory would hold only a fraction of the services.
 *
 * Usage: gen-rpss [--services N] [--seed S] [--obce FILE] OUT.json */

#define DEFAULT_SERVICES 6700
#define DEFAULT_SEED     20260901u
#define N_PROVIDERS      2300

/* xorshift64*: small, fast and the same on every platform. */
static guint64 rng_state;

static guint32
rng_next (void)
{
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return (guint32) ((rng_state * 0x2545F4914F6CDD1DULL) >> 32);
}

static int
rng_range (int low,
           int high)
{
  return low + (int) (rng_next () % (guint32) (high - low + 1));
}

static gboolean
rng_chance (double p)
{
  return (double) rng_next () / 4294967296.0 < p;
}

/* The types of service with their weight in the national register and the forms (p =
 * pobytová, a = ambulantní, t = terénní) the law allows. */
typedef struct
{
  int         code;
  const char *name;
  const char *forms;
  int         weight;
} Type;

static const Type types[] = {
  { 1, "Poradna", "at", 700 },
  { 3, "Osobní asistence", "t", 250 },
  { 4, "Pečovatelská služba", "ta", 700 },
  { 5, "Tísňová péče", "t", 30 },
  { 6, "Průvodcovská služba", "ta", 20 },
  { 7, "Podpora bydlení", "t", 60 },
  { 8, "Odlehčovací služba", "tap", 300 },
  { 9, "Centrum denních služeb", "a", 70 },
  { 10, "Denní stacionář", "a", 250 },
  { 11, "Týdenní stacionář", "p", 60 },
  { 12, "Domov pro osoby se zdravotním postižením", "p", 200 },
  { 13, "Domov pro seniory", "p", 530 },
  { 14, "Domov se zvláštním režimem", "p", 350 },
  { 15, "Chráněné bydlení", "p", 200 },
  { 16, "Sociální lůžka", "p", 120 },
  { 17, "Raná péče", "ta", 50 },
  { 18, "Linka důvěry", "t", 40 },
  { 19, "Tlumočnická služba", "ta", 20 },
  { 20, "Azylový dům", "p", 200 },
  { 21, "Dům na půl cesty", "p", 30 },
  { 22, "Kontaktní centrum", "at", 50 },
  { 23, "Krizové centrum", "atp", 50 },
  { 24, "Nízkoprahové denní centrum", "at", 60 },
  { 25, "Klub pro mládež", "at", 230 },
  { 26, "Noclehárna", "a", 70 },
  { 27, "Následná péče", "ap", 30 },
  { 28, "Sanace rodiny", "ta", 350 },
  { 29, "Aktivizace seniorů", "at", 200 },
  { 30, "Sociálně terapeutická dílna", "a", 150 },
  { 31, "Terapeutická komunita", "p", 20 },
  { 32, "Terénní program", "t", 200 },
  { 33, "Sociální rehabilitace", "tap", 400 },
};

static const char *const streets[] = {
  "Nádražní",
  "Školní",
  "Polní",
  "Lipová",
  "Zahradní",
  "Husova",
  "Komenského",
  "Palackého",
  "Havlíčkova",
  "Sadová",
  "Luční",
  "Jiráskova",
  "Tyršova",
  "Masarykova",
  "Krátká",
  "Lesní",
};
static const char *const first_names[] = {
  "Jana",
  "Petr",
  "Marie",
  "Jan",
  "Eva",
  "Tomáš",
  "Hana",
  "Pavel",
  "Lenka",
  "Martin",
};
static const char *const last_names[] = {
  "Smyšlená",
  "Vymyšlený",
  "Ukázková",
  "Testovací",
  "Příkladný",
  "Nereálná",
  "Fiktivní",
};
static const char *const places[] = {
  "Lesná",
  "Dubovice",
  "Skalná",
  "Radkovice",
  "Březinka",
  "Hvozdná",
  "Čeňkov",
  "Ostrůvek",
  "Chvojnice",
  "Žďárec",
  "Bukovina",
  "Lipovec",
  "Javorník",
  "Olšany",
  "Habrová",
  "Jedlová",
};

typedef struct
{
  char    *nazev;
  char    *ico;
  Location location;
} Provider;

/* The real obce of --obce, or NULL for random codes. */
static GArray *obce_list;

static Location
pick_location (void)
{
  Location location;

  if (obce_list != NULL && obce_list->len > 0)
    {
      location = g_array_index (obce_list, Location, rng_range (0, (int) obce_list->len - 1));
      if (location.okres == 0)
        location.okres = 3100 + rng_range (0, 76);
      if (location.kraj == 0)
        location.kraj = 19 + rng_range (0, 13) * 7;
      return location;
    }
  location.kraj = 19 + rng_range (0, 13) * 7;
  location.obec = rng_range (500000, 599999);
  location.okres = 3100 + rng_range (0, 76);
  return location;
}

static const Type *
pick_type (void)
{
  static int total = 0;
  int        r;

  if (total == 0)
    for (guint i = 0; i < G_N_ELEMENTS (types); i++)
      total += types[i].weight;
  r = rng_range (0, total - 1);
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      if (r < types[i].weight)
        return &types[i];
      r -= types[i].weight;
    }
  return &types[0];
}

static void
write_contacts (Writer     *w,
                const char *list,
                const char *field,
                int         n,
                const char *stem)
{
  json_key (w, list);
  json_begin_array (w);
  for (int i = 0; i < n; i++)
    {
      g_autofree char *value = NULL;

      if (g_str_equal (field, "email"))
        value = g_strdup_printf ("%s%d@%s.example", i == 0 ? "info" : "kontakt", i, stem);
      else if (g_str_equal (field, "web"))
        value = g_strdup_printf ("https://www.%s.example/%d", stem, i);
      else
        value = g_strdup_printf ("+420 %03d %03d %03d", rng_range (200, 799), rng_range (0, 999),
                                 rng_range (0, 999));
      json_begin_object (w);
      json_member_string (w, field, value);
      json_member_string (w, "poznamka", rng_chance (0.3) ? "recepce" : NULL);
      json_end_object (w);
    }
  json_end_array (w);
}

static void
write_address (Writer         *w,
               const Location *location,
               gboolean        with_point)
{
  int              obec = location->obec;
  int              okres = location->okres;
  int              kraj = location->kraj;
  g_autofree char *psc = g_strdup_printf ("%05d", rng_range (10000, 79999));
  g_autofree char *orientacni = g_strdup_printf ("%d", rng_range (1, 120));
  g_autofree char *kraj_id = g_strdup_printf ("Kraj/%d", kraj);
  g_autofree char *okres_id = g_strdup_printf ("Okres/%d", okres);
  g_autofree char *obec_id = g_strdup_printf ("Obec/%d", obec);
  g_autofree char *cast_id = g_strdup_printf ("CastObce/%d", obec + rng_range (0, 40) * 7);

  json_begin_object (w);
  json_member_number (w, "cisloDomovni", rng_range (1, 3500));
  json_member_string (w, "cisloOrientacni", orientacni);
  json_member_string (w, "dodatekAdresy", NULL);
  if (with_point)
    json_member_number (w, "kodAdresnihoMista", rng_range (1000000, 99999999));
  json_member_string (w, "psc", psc);
  json_member_ref (w, "typCislaDomovniho", "TypStavebnihoObjektu/1");
  json_member_ref (w, "kraj", kraj_id);
  json_member_ref (w, "okres", okres_id);
  json_member_ref (w, "obec", obec_id);
  json_member_ref (w, "castObce", cast_id);
  json_member_string (w, "mestskyObvodMestskaCast", NULL);
  json_member_string (w, "mestskyObvodVPraze", NULL);
  json_key (w, "ulice");
  json_begin_object (w);
  json_member_string (w, "nazev", streets[rng_range (0, G_N_ELEMENTS (streets) - 1)]);
  json_end_object (w);
  json_end_object (w);
}

static void
write_provider (Writer         *w,
                const Provider *provider,
                int             index)
{
  g_autofree char *stem = g_strdup_printf ("poskytovatel%d", index);
  g_autofree char *dic = g_strdup_printf ("CZ%s", provider->ico);
  int              statutory = rng_range (1, 3);

  json_key (w, "poskytovatel");
  json_begin_object (w);
  json_member_string (w, "nazev", provider->nazev);
  json_member_string (w, "ico", provider->ico);
  json_member_string (w, "dic", dic);
  json_key (w, "adresa");
  write_address (w, &provider->location, TRUE);
  write_contacts (w, "weby", "web", 1, stem);
  write_contacts (w, "emaily", "email", rng_range (1, 2), stem);
  write_contacts (w, "telefony", "telefon", rng_range (1, 2), stem);
  /* Personal data that an importer must never keep. */
  json_key (w, "statutarniOrgany");
  json_begin_array (w);
  for (int i = 0; i < statutory; i++)
    {
      json_begin_object (w);
      json_member_string (w, "jmeno", first_names[rng_range (0, G_N_ELEMENTS (first_names) - 1)]);
      json_member_string (w, "prijmeni", last_names[rng_range (0, G_N_ELEMENTS (last_names) - 1)]);
      json_member_string (w, "funkce", i == 0 ? "ředitel" : "člen správní rady");
      json_end_object (w);
    }
  json_end_array (w);
  json_end_object (w);
}

static void
write_hours (Writer *w)
{
  json_key (w, "casoveRozsahy");
  json_begin_array (w);
  for (int day = 1; day <= 5; day++)
    {
      g_autofree char *id = g_strdup_printf ("DenVTydnu/%d", day);

      json_begin_object (w);
      json_member_ref (w, "denVTydnu", id);
      json_member_string (w, "casOd", "08:00");
      json_member_string (w, "casDo", day == 5 ? "14:00" : "16:30");
      json_end_object (w);
    }
  json_end_array (w);
}

static const char *
unit_for (char form,
          int  type_code)
{
  if (form == 'p')
    return "luzka";
  if (type_code == 18)
    return "hovor";
  switch (rng_range (0, 5))
    {
    case 0:
      return "kontakt";
    case 1:
      return "interv";
    default:
      return "klient";
    }
}

static void
write_forms (Writer     *w,
             const Type *type)
{
  int n = 0;

  json_key (w, "formy");
  json_begin_array (w);
  for (const char *f = type->forms; *f != '\0'; f++)
    {
      const char      *form = *f == 'p' ? "pob" : *f == 'a' ? "amb"
                                                            : "ter";
      const char      *unit;
      g_autofree char *id = NULL;
      g_autofree char *popis = NULL;
      int              count;

      /* Every service has its first allowed form; the others half of the time. */
      if (n > 0 && rng_chance (0.5))
        continue;
      n++;
      unit = unit_for (*f, type->code);
      count = *f == 'p' ? rng_range (6, 140) : rng_range (1, 60);
      id = g_strdup_printf ("FormaSocialniSluzby/%s", form);
      popis = g_strdup_printf ("Maximální kapacita %d s účinností od 01.01.2020.", count);
      json_begin_object (w);
      json_member_ref (w, "forma", id);
      json_key (w, "nepretrzitePoskytovani");
      json_literal (w, *f == 'p' ? "true" : "false");
      if (*f == 'p')
        json_member_string (w, "casoveRozsahy", NULL);
      else
        write_hours (w);
      json_key (w, "kapacity");
      json_begin_array (w);
      json_begin_object (w);
      json_member_number (w, "pocet", count);
      json_member_string (w, "popis", popis);
      {
        g_autofree char *typ = g_strdup_printf ("TypKapacitySocialniSluzby/%s", unit);

        json_member_ref (w, "typ", typ);
      }
      json_end_object (w);
      json_end_array (w);
      json_end_object (w);
    }
  json_end_array (w);
}

static int
facility_count (void)
{
  int r = rng_range (0, 99);

  if (r < 46)
    return 1;
  if (r < 66)
    return 2;
  if (r < 77)
    return 3;
  if (r < 86)
    return 4;
  return rng_range (5, 12);
}

static void
write_facilities (Writer         *w,
                  const Type     *type,
                  const Provider *provider,
                  gboolean        ended,
                  int            *out_count)
{
  int n = facility_count ();

  json_key (w, "zarizeni");
  json_begin_array (w);
  for (int i = 0; i < n; i++)
    {
      /* A facility repeated within its registration (two floors of one building). */
      int              copies = rng_chance (0.03) ? 2 : 1;
      Location         location = provider->location;
      g_autofree char *nazev = g_strdup_printf ("%s %s", type->name,
                                                places[rng_range (0, G_N_ELEMENTS (places) - 1)]);
      guint64          saved_state;

      if (i > 0)
        {
          Location other = pick_location ();

          /* Without real obce, a facility elsewhere keeps its provider's okres and kraj. */
          location.obec = other.obec;
          if (obce_list != NULL)
            location = other;
        }
      saved_state = rng_state;

      for (int copy = 0; copy < copies; copy++)
        {
          rng_state = saved_state; /* the copy has the same address */
          json_begin_object (w);
          json_member_string (w, "nazev", nazev);
          json_key (w, "adresa");
          if (rng_chance (0.012))
            json_literal (w, "null");
          else
            write_address (w, &location, !rng_chance (0.036));
          json_member_string (w, "poskytujeOd", "2015-01-01");
          /* An ended registration whose facilities still show no end date. */
          json_member_string (w, "poskytujeDo", ended || !rng_chance (0.03) ? NULL : "2024-06-30");
          json_key (w, "vedouci");
          json_begin_object (w);
          json_member_string (w, "jmeno", first_names[rng_range (0, G_N_ELEMENTS (first_names) - 1)]);
          json_member_string (w, "prijmeni", last_names[rng_range (0, G_N_ELEMENTS (last_names) - 1)]);
          json_end_object (w);
          json_end_object (w);
          (*out_count)++;
        }
    }
  json_end_array (w);
}

static void
write_service (Writer         *w,
               int             index,
               const Provider *providers,
               int            *out_facilities)
{
  const Type      *type = pick_type ();
  int              provider_index = rng_range (0, N_PROVIDERS - 1);
  const Provider  *provider = &providers[provider_index];
  gboolean         ended = rng_chance (0.05);
  g_autofree char *portal = g_strdup_printf ("%d", 100000 + index);
  g_autofree char *identifikator = g_strdup_printf ("%07d", 1000000 + index * 13 % 8999999);
  g_autofree char *druh = g_strdup_printf ("DruhSocialniSluzby/%d", type->code);
  g_autofree char *od = g_strdup_printf ("%d-%02d-01", rng_range (2007, 2024), rng_range (1, 12));
  g_autofree char *stem = g_strdup_printf ("sluzba%d", index);
  int              groups = rng_range (1, 4);

  json_begin_object (w);
  json_member_string (w, "portalId", portal);
  json_member_number (w, "id", 500000 + index);
  json_member_string (w, "identifikator", identifikator);
  json_member_string (w, "datumPoskytovaniOd", od);
  json_member_string (w, "datumPoskytovaniDo", ended ? "2023-12-31" : NULL);
  json_key (w, "kontaktniAdresy");
  json_begin_array (w);
  json_end_array (w);
  json_member_ref (w, "druhSocialniSluzby", druh);
  write_facilities (w, type, provider, ended, out_facilities);
  write_provider (w, provider, provider_index);
  write_contacts (w, "emaily", "email", rng_range (0, 2), stem);
  write_contacts (w, "telefony", "telefon", rng_range (0, 3), stem);
  json_key (w, "faxy");
  json_begin_array (w);
  json_end_array (w);
  write_contacts (w, "weby", "web", rng_range (0, 1), stem);
  json_key (w, "ciloveSkupiny");
  json_begin_array (w);
  for (int i = 0; i < groups; i++)
    {
      g_autofree char *id = g_strdup_printf ("CilovaSkupinaOsoby/%d", rng_range (1, 30));

      json_begin_object (w);
      json_key (w, "cilovaSkupina");
      json_begin_object (w);
      json_member_string (w, "id", id);
      json_end_object (w);
      json_end_object (w);
    }
  json_end_array (w);
  json_key (w, "vekoveSkupiny");
  json_begin_array (w);
  for (int i = rng_range (5, 8); i <= 9; i++)
    {
      g_autofree char *id = g_strdup_printf ("VekovaSkupinaOsoby/%d", i);

      json_begin_object (w);
      json_member_ref (w, "vekovaSkupina", id);
      json_end_object (w);
    }
  json_end_array (w);
  json_member_string (w, "doplnujiciInformaceVekoveSkupiny", rng_chance (0.5) ? "osoby od 18 let" : NULL);
  write_forms (w, type);
  json_key (w, "rozsirenePusobnostiVKraji");
  json_begin_array (w);
  json_end_array (w);
  json_key (w, "doplnkoveUdaje");
  json_begin_object (w);
  {
    static const char *const lists[] = { "realizacePoskytovani", "planyFinancnihoZajisteni",
                                         "personalniZajisteni" };

    for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
      {
        g_autofree char *url = g_strdup_printf ("https://www.example.invalid/dokument/%d%u",
                                                index, l);

        json_key (w, lists[l]);
        json_begin_array (w);
        json_begin_object (w);
        json_key (w, "priloha");
        json_begin_object (w);
        json_member_string (w, "url", url);
        json_member_string (w, "nazev", "Popis realizace poskytování sociální služby.pdf");
        json_end_object (w);
        json_end_object (w);
        json_end_array (w);
      }
  }
  json_end_object (w);
  json_end_object (w);
}

static void
make_providers (Provider *providers)
{
  static const char *const forms[] = { "z. ú.", "o. p. s.", "příspěvková organizace",
                                       "z. s.", "s. r. o." };

  for (int i = 0; i < N_PROVIDERS; i++)
    {
      providers[i].location = pick_location ();
      providers[i].nazev = g_strdup_printf ("Ukázkový poskytovatel %d %s, %s", i,
                                            places[rng_range (0, G_N_ELEMENTS (places) - 1)],
                                            forms[rng_range (0, G_N_ELEMENTS (forms) - 1)]);
      /* Fictional IČO; every tenth begins with a zero. */
      providers[i].ico = g_strdup_printf ("%08d", i % 10 == 0 ? rng_range (100000, 9999999)
                                                              : rng_range (10000000, 99999999));
    }
}

int
main (int   argc,
      char *argv[])
{
  int              n_services = DEFAULT_SERVICES;
  gint64           seed = DEFAULT_SEED;
  g_autofree char *obce_path = NULL;
  g_autofree char *codes_dir = NULL;
  g_auto (GStrv) rest = NULL;
  const GOptionEntry entries[] = {
    { "services", 0, 0, G_OPTION_ARG_INT, &n_services, "Number of services (6700)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Seed of the random numbers", "S" },
    { "obce", 0, 0, G_OPTION_ARG_FILENAME, &obce_path,
      "Place the services in the obce of FILE (ruian/UI_OBEC.csv, ruian/obce.csv or one code a line)",
      "FILE" },
    { "code-lists", 0, 0, G_OPTION_ARG_FILENAME, &codes_dir,
      "Also write the MPSV code lists that name its codes into DIR (without them, the "
      "registry is as rpss.json alone)",
      "DIR" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rest, NULL, NULL },
    { NULL },
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("OUT.json");
  g_autoptr (GError) error = NULL;
  const char *out_path;
  Provider   *providers;
  Writer      w = { 0 };
  int         facilities = 0;

  g_option_context_set_summary (context, "Writes a synthetic national-scale MPSV registry "
                                         "rpss.json (about 6 700 services, 55 MB).");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "gen-rpss: %s\n", error->message);
      return 2;
    }
  if (rest == NULL || rest[0] == NULL || rest[1] != NULL || n_services <= 0 || seed < 0)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      fprintf (stderr, "%s", help);
      return 2;
    }
  out_path = rest[0];
  if (obce_path != NULL && (obce_list = gen_rpss_load_obce (obce_path, &error)) == NULL)
    {
      fprintf (stderr, "gen-rpss: %s\n", error->message);
      return 1;
    }

  rng_state = (guint64) seed * 2654435761u + 88172645463325252ull;
  w.out = fopen (out_path, "wb");
  if (w.out == NULL)
    {
      perror (out_path);
      return 1;
    }
  setvbuf (w.out, NULL, _IOFBF, 1 << 20);

  providers = g_new0 (Provider, N_PROVIDERS);
  make_providers (providers);

  json_begin_object (&w);
  json_key (&w, "polozky");
  json_begin_array (&w);
  for (int i = 0; i < n_services; i++)
    write_service (&w, i, providers, &facilities);
  json_end_array (&w);
  json_end_object (&w);
  fputc ('\n', w.out);

  if (fclose (w.out) != 0)
    {
      perror (out_path);
      return 1;
    }
  for (int i = 0; i < N_PROVIDERS; i++)
    {
      g_free (providers[i].nazev);
      g_free (providers[i].ico);
    }
  g_free (providers);
  if (codes_dir != NULL && !gen_rpss_write_code_lists (codes_dir, &error))
    {
      fprintf (stderr, "gen-rpss: %s\n", error->message);
      return 1;
    }
  fprintf (stderr, "gen-rpss: %d services, %d facilities written to %s%s\n", n_services,
           facilities, out_path,
           obce_list != NULL ? " (in real obce)" : " (random obec codes)");
  if (codes_dir != NULL)
    fprintf (stderr, "gen-rpss: code lists written to %s\n", codes_dir);
  g_clear_pointer (&obce_list, g_array_unref);
  return 0;
}
