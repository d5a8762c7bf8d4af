/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-boundary-repository.h"
#include "kp-czech.h"
#include "kp-project-private.h"
#include "kp-up-offices-repository.h"

#include <math.h>
#include <string.h>

/* Which contact offices of Úřad práce ČR a project names. up_cr.csv gives each office's
 * obec by name and its okres by the publisher's abbreviation, with no codes: an office is
 * in the territory when an obec of the territory has its name (folded, "Praha 10" is
 * Praha) and lies in the okres the abbreviation stands for. When none is, the nearest
 * ones to the centre of the territory's boundaries are named instead: the nearest, and
 * any other within a quarter more of its distance, at most MAX_NEAREST. Without boundaries
 * the offices of the territory's okresy are taken. */

#define MAX_NEAREST   3
#define NEAR_SHARE    1.25
#define KM_PER_DEGREE 111.2

/* The publisher's abbreviations of the 77 okresy (those of the old number plates; AB is
 * Praha, as the file writes it), checked against the obce of up_cr.csv. */
static const struct
{
  const char *abbreviation;
  const char *okres;
} okresy[] = {
  { "AB", "Hlavní město Praha" },
  { "BE", "Beroun" },
  { "BK", "Blansko" },
  { "BM", "Brno-město" },
  { "BN", "Benešov" },
  { "BO", "Brno-venkov" },
  { "BR", "Bruntál" },
  { "BV", "Břeclav" },
  { "CB", "České Budějovice" },
  { "CH", "Cheb" },
  { "CK", "Český Krumlov" },
  { "CL", "Česká Lípa" },
  { "CR", "Chrudim" },
  { "CV", "Chomutov" },
  { "DC", "Děčín" },
  { "DO", "Domažlice" },
  { "FM", "Frýdek-Místek" },
  { "HB", "Havlíčkův Brod" },
  { "HK", "Hradec Králové" },
  { "HO", "Hodonín" },
  { "JC", "Jičín" },
  { "JE", "Jeseník" },
  { "JH", "Jindřichův Hradec" },
  { "JI", "Jihlava" },
  { "JN", "Jablonec nad Nisou" },
  { "KA", "Karviná" },
  { "KH", "Kutná Hora" },
  { "KL", "Kladno" },
  { "KM", "Kroměříž" },
  { "KO", "Kolín" },
  { "KT", "Klatovy" },
  { "KV", "Karlovy Vary" },
  { "LB", "Liberec" },
  { "LN", "Louny" },
  { "LT", "Litoměřice" },
  { "MB", "Mladá Boleslav" },
  { "ME", "Mělník" },
  { "MO", "Most" },
  { "NA", "Náchod" },
  { "NB", "Nymburk" },
  { "NJ", "Nový Jičín" },
  { "OL", "Olomouc" },
  { "OP", "Opava" },
  { "OT", "Ostrava-město" },
  { "PA", "Pardubice" },
  { "PB", "Příbram" },
  { "PE", "Pelhřimov" },
  { "PI", "Písek" },
  { "PJ", "Plzeň-jih" },
  { "PM", "Plzeň-město" },
  { "PR", "Přerov" },
  { "PS", "Plzeň-sever" },
  { "PT", "Prachatice" },
  { "PV", "Prostějov" },
  { "PY", "Praha-východ" },
  { "PZ", "Praha-západ" },
  { "RA", "Rakovník" },
  { "RK", "Rychnov nad Kněžnou" },
  { "RO", "Rokycany" },
  { "SM", "Semily" },
  { "SO", "Sokolov" },
  { "ST", "Strakonice" },
  { "SU", "Šumperk" },
  { "SY", "Svitavy" },
  { "TA", "Tábor" },
  { "TC", "Tachov" },
  { "TP", "Teplice" },
  { "TR", "Třebíč" },
  { "TU", "Trutnov" },
  { "UH", "Uherské Hradiště" },
  { "UL", "Ústí nad Labem" },
  { "UO", "Ústí nad Orlicí" },
  { "VS", "Vsetín" },
  { "VY", "Vyškov" },
  { "ZL", "Zlín" },
  { "ZN", "Znojmo" },
  { "ZR", "Žďár nad Sázavou" },
};

void
kp_up_office_free (KpUpOffice *office)
{
  if (office == NULL)
    return;
  g_free (office->name);
  g_free (office->obec);
  g_free (office);
}

static const char *
okres_of (const char *abbreviation)
{
  for (guint i = 0; i < G_N_ELEMENTS (okresy); i++)
    if (g_ascii_strcasecmp (okresy[i].abbreviation, abbreviation) == 0)
      return okresy[i].okres;
  return NULL;
}

/* "Praha 10" → "praha": the městské části are offices of the one obec Praha. */
static char *
fold_obec (const char *obec)
{
  g_autofree char *folded = kp_czech_fold (obec);
  char            *space = strrchr (folded, ' ');

  if (g_str_has_prefix (folded, "praha ") && space != NULL && g_ascii_isdigit (space[1]))
    folded[strlen ("praha")] = '\0';
  return g_steal_pointer (&folded);
}

static gboolean
same_okres (const char *territory_okres,
            const char *abbreviation)
{
  const char      *okres = okres_of (abbreviation);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  /* An abbreviation or okres Komplan does not know does not decide. */
  if (okres == NULL || territory_okres == NULL)
    return TRUE;
  a = kp_czech_fold (okres);
  b = kp_czech_fold (territory_okres);
  return strcmp (a, b) == 0;
}

static KpUpOffice *
office_new (const KpUpOfficeSource *source,
            gboolean                in_territory,
            double                  distance_km)
{
  KpUpOffice *office = g_new0 (KpUpOffice, 1);

  office->name = g_strdup (source->name);
  office->obec = g_strdup (source->obec);
  office->in_territory = in_territory;
  office->distance_km = distance_km;
  return office;
}

static void
add_in_territory (GPtrArray *sources,
                  GPtrArray *obce,
                  GPtrArray *out)
{
  for (guint i = 0; i < sources->len; i++)
    {
      const KpUpOfficeSource *source = g_ptr_array_index (sources, i);
      g_autofree char        *folded = fold_obec (source->obec);

      for (guint o = 0; o < obce->len; o++)
        {
          const KpUpTerritoryObec *obec = g_ptr_array_index (obce, o);
          g_autofree char         *name = kp_czech_fold (obec->obec);

          if (strcmp (name, folded) == 0 && same_okres (obec->okres, source->okres))
            {
              g_ptr_array_add (out, office_new (source, TRUE, NAN));
              break;
            }
        }
    }
}

typedef struct
{
  const KpUpOfficeSource *source;
  double                  km;
} Distance;

static int
compare_distances (gconstpointer a,
                   gconstpointer b)
{
  const Distance *da = a, *db = b;

  return da->km < db->km ? -1 : da->km > db->km;
}

static void
add_nearest (GPtrArray    *sources,
             const double *box,
             GPtrArray    *out)
{
  g_autoptr (GArray) distances = g_array_sized_new (FALSE, FALSE, sizeof (Distance),
                                                    sources->len);
  double lon = (box[0] + box[2]) / 2, lat = (box[1] + box[3]) / 2;
  double scale = cos (lat * G_PI / 180.0);

  for (guint i = 0; i < sources->len; i++)
    {
      const KpUpOfficeSource *source = g_ptr_array_index (sources, i);
      double                  dx = (source->lon - lon) * scale, dy = source->lat - lat;
      Distance                d = { source, sqrt (dx * dx + dy * dy) * KM_PER_DEGREE };

      g_array_append_val (distances, d);
    }
  g_array_sort (distances, compare_distances);
  for (guint i = 0; i < distances->len && i < MAX_NEAREST; i++)
    {
      const Distance *d = &g_array_index (distances, Distance, i);

      if (i > 0 && d->km > g_array_index (distances, Distance, 0).km * NEAR_SHARE)
        break;
      g_ptr_array_add (out, office_new (d->source, FALSE, round (d->km)));
    }
}

static void
add_in_okresy (GPtrArray *sources,
               GPtrArray *obce,
               GPtrArray *out)
{
  for (guint i = 0; i < sources->len; i++)
    {
      const KpUpOfficeSource *source = g_ptr_array_index (sources, i);

      for (guint o = 0; o < obce->len; o++)
        {
          const KpUpTerritoryObec *obec = g_ptr_array_index (obce, o);

          if (obec->okres != NULL && okres_of (source->okres) != NULL &&
              same_okres (obec->okres, source->okres))
            {
              g_ptr_array_add (out, office_new (source, FALSE, NAN));
              break;
            }
        }
    }
}

gboolean
kp_up_offices_copy_from_library (KpDatabase *db,
                                 GError    **error)
{
  g_autoptr (GPtrArray) sources = g_ptr_array_new_with_free_func (
      (GDestroyNotify) kp_up_office_source_free);
  g_autoptr (GPtrArray) obce = g_ptr_array_new_with_free_func (
      (GDestroyNotify) kp_up_territory_obec_free);
  g_autoptr (GPtrArray) chosen = g_ptr_array_new_with_free_func (
      (GDestroyNotify) kp_up_office_free);
  gboolean found = FALSE;
  double   box[4];

  if (!kp_up_offices_repository_read_library (db, sources, &found, error))
    return FALSE;
  if (!found)
    return TRUE;
  if (!kp_up_offices_repository_read_territory (db, obce, error))
    return FALSE;
  add_in_territory (sources, obce, chosen);
  if (chosen->len == 0 && sources->len > 0)
    {
      if (!kp_boundary_repository_get_territory_bounds (db, box, &found, error))
        return FALSE;
      if (found)
        add_nearest (sources, box, chosen);
      else
        add_in_okresy (sources, obce, chosen);
    }
  return kp_up_offices_repository_replace (db, chosen, error);
}

/**
 * kp_project_list_up_offices:
 *
 * Returns: (transfer full) (element-type KpUpOffice): the project's contact offices of Úřad
 *   práce, or %NULL with @error set
 */
GPtrArray *
kp_project_list_up_offices (KpProject *project,
                            GError   **error)
{
  g_autoptr (GPtrArray) offices = NULL;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);

  offices = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_up_office_free);
  if (!kp_up_offices_repository_load (kp_project_get_database (project), offices, error))
    return NULL;
  return g_steal_pointer (&offices);
}
