/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-reference-sources.h"

/* Every kind of file the reference data are made of: where it is published and what to
 * download there, for the reference window and the data-quality notes. */

static const KpReferenceSource sources[] = {
  { "ui_obec", KP_REFERENCE_SOURCE_TERRITORY, KP_REFERENCE_KIND_UI_OBEC, 1, "UI_OBEC.csv",
    "https://vdp.cuzk.cz/",
    N_ ("ČÚZK, Public remote access to RÚIAN (VDP): the code list of obce UI_OBEC as CSV with "
        "a semicolon between fields. It gives every obec with its POU and okres today."),
    TRUE },
  { "kraje", KP_REFERENCE_SOURCE_TERRITORY, KP_REFERENCE_KIND_KRAJE, 1, "kraje.csv",
    "https://github.com/JanCaha/CzechData",
    N_ ("RÚIAN code lists of the CzechData package (data/kraje.rda written out as CSV, every "
        "field in quotes)."),
    TRUE },
  { "okresy", KP_REFERENCE_SOURCE_TERRITORY, KP_REFERENCE_KIND_OKRESY, 1, "okresy.csv",
    "https://github.com/JanCaha/CzechData",
    N_ ("RÚIAN code lists of the CzechData package (data/okresy.rda written out as CSV)."),
    TRUE },
  { "orp", KP_REFERENCE_SOURCE_TERRITORY, KP_REFERENCE_KIND_ORP, 1, "orp.csv",
    "https://github.com/JanCaha/CzechData",
    N_ ("RÚIAN code lists of the CzechData package (data/orp.rda written out as CSV)."), TRUE },
  { "pou", KP_REFERENCE_SOURCE_TERRITORY, KP_REFERENCE_KIND_POU, 1, "pou.csv",
    "https://github.com/JanCaha/CzechData",
    N_ ("RÚIAN code lists of the CzechData package (data/pou.rda written out as CSV). With "
        "UI_OBEC.csv it tells the ORP of every obec."),
    TRUE },
  { "ciselnik_csu", KP_REFERENCE_SOURCE_TERRITORY, KP_REFERENCE_KIND_CISELNIK_CSU, 1,
    "ciselnik_CSU.csv", "https://github.com/JanCaha/CzechData",
    N_ ("The map between the ČSÚ and RÚIAN codes of kraje, okresy and ORP from the CzechData "
        "package (data/ciselnik_CSU.rda written out as CSV)."),
    FALSE },
  { "csu_vek", KP_REFERENCE_SOURCE_TERRITORY, KP_REFERENCE_KIND_CSU_AGE, 2,
    "2020_vek_do_999.xlsx, 2020_vek_nad_1000.xlsx", "https://csu.gov.cz/",
    N_ ("ČSÚ, “Věkové složení obyvatelstva obcí”: both workbooks, obce under 1 000 "
        "inhabitants and obce of 1 000 and more, of the same year. Keep the year at the start "
        "of the file name."),
    TRUE },
  { "orp_ukazatele", KP_REFERENCE_SOURCE_TERRITORY, KP_REFERENCE_KIND_CSU_ORP, 1,
    "orp_ukazatele.csv", "https://csu.gov.cz/",
    N_ ("ČSÚ indicators of the SO ORP as CSV (natural change, migration, age groups, "
        "unemployment, job seekers and more), for the indicator profile of the needs "
        "analysis. The file does not say its year: a year in its name "
        "(orp_ukazatele_2019.csv) sets it."),
    FALSE },
  { "up_cr", KP_REFERENCE_SOURCE_TERRITORY, KP_REFERENCE_KIND_UP_OFFICES, 1, "up_cr.csv",
    "https://www.uradprace.cz/",
    N_ ("The contact offices of Úřad práce ČR as CSV (nazev;okres;obec;pocetMist;lon;lat), "
        "for the authorities chapter of the catalogue: each office with its obec and "
        "position. The file has no addresses or phones."),
    FALSE },
  { "geo_obce", KP_REFERENCE_SOURCE_BOUNDARIES, KP_REFERENCE_KIND_GEO_OBCE, 1, "obce.json",
    "https://github.com/DataRozhlas/covid-obce-mapa",
    N_ ("Boundaries of obce as GeoJSON or TopoJSON in WGS84, each with its kód obce (for "
        "example obce.json of the Czech Radio data desk). Needed for the map."),
    FALSE },
  { "geo_orp", KP_REFERENCE_SOURCE_BOUNDARIES, KP_REFERENCE_KIND_GEO_ORP, 1,
    "orp.geojson, orp.json", "https://github.com/masopust/powerbi_workshop",
    N_ ("Boundaries of ORP as GeoJSON or TopoJSON in WGS84 with the RÚIAN or ČSÚ code of each "
        "ORP (for example data/orp.json of this workshop)."),
    FALSE },
  { "geo_kraje", KP_REFERENCE_SOURCE_BOUNDARIES, KP_REFERENCE_KIND_GEO_KRAJE, 1, "kraje.json",
    "https://github.com/masopust/powerbi_workshop",
    N_ ("Boundaries of kraje as GeoJSON or TopoJSON in WGS84 with the NUTS 3, RÚIAN or ČSÚ "
        "code of each kraj (for example kraje.json of this workshop)."),
    FALSE },
  { "rpss", KP_REFERENCE_SOURCE_REGISTRY, KP_REFERENCE_KIND_REGISTRY, 1, "rpss.json",
    "https://data.mpsv.cz/od/soubory/rpss/rpss.json",
    N_ ("MPSV open data: the registry of providers of social services, the whole file (30 to "
        "100 MB). It is updated daily."),
    FALSE },
  { "rpss_druhy", KP_REFERENCE_SOURCE_REGISTRY, KP_REFERENCE_KIND_REGISTRY_TYPES, 1,
    "druhy-socialni-sluzby.json",
    "https://data.mpsv.cz/od/soubory/ciselniky/druhy-socialni-sluzby.json",
    N_ ("MPSV code list of the types of social service. Without it Komplan uses the types of "
        "the law it knows."),
    FALSE },
  { "rpss_formy", KP_REFERENCE_SOURCE_REGISTRY, KP_REFERENCE_KIND_REGISTRY_FORMS, 1,
    "formy-soc-sluzby.json", "https://data.mpsv.cz/od/soubory/ciselniky/formy-soc-sluzby.json",
    N_ ("MPSV code list of the forms of social service."), FALSE },
  { "rpss_kapacity", KP_REFERENCE_SOURCE_REGISTRY, KP_REFERENCE_KIND_REGISTRY_UNITS, 1,
    "typy-kapacity-socialni-sluzby.json",
    "https://data.mpsv.cz/od/soubory/ciselniky/typy-kapacity-socialni-sluzby.json",
    N_ ("MPSV code list of the units of capacity."), FALSE },
  { "rpss_cilove_skupiny", KP_REFERENCE_SOURCE_REGISTRY, KP_REFERENCE_KIND_REGISTRY_TARGET_GROUPS,
    1, "cilove-skupiny-osoby.json",
    "https://data.mpsv.cz/od/soubory/ciselniky/cilove-skupiny-osoby.json",
    N_ ("MPSV code list of the target groups. Without it the target groups of the registry have "
        "no names."),
    FALSE },
  { "rpss_vekove_skupiny", KP_REFERENCE_SOURCE_REGISTRY, KP_REFERENCE_KIND_REGISTRY_AGE_GROUPS, 1,
    "vekove-skupiny-osoby.json", "https://data.mpsv.cz/web/data/ciselniky",
    N_ ("MPSV code list of the age groups (VekovaSkupinaOsoby), listed among the code lists of "
        "the MPSV open data. Without it the age groups of the registry have no names."),
    FALSE },
};

/**
 * kp_reference_sources_get:
 *
 * Returns: (array length=out_n): every kind of file, in the order to list them
 */
const KpReferenceSource *
kp_reference_sources_get (guint *out_n)
{
  g_return_val_if_fail (out_n != NULL, NULL);

  *out_n = G_N_ELEMENTS (sources);
  return sources;
}

const KpReferenceSource *
kp_reference_source_find (KpReferenceKind kind)
{
  for (guint i = 0; kind != KP_REFERENCE_KIND_UNKNOWN && i < G_N_ELEMENTS (sources); i++)
    if (sources[i].kind == kind)
      return &sources[i];
  return NULL;
}

const char *
kp_reference_source_get_title (const KpReferenceSource *source)
{
  g_return_val_if_fail (source != NULL, NULL);

  if (source->kind == KP_REFERENCE_KIND_UNKNOWN)
    return _ ("ČSÚ indicators of the SO ORP");
  return kp_reference_kind_get_label (source->kind);
}

const char *
kp_reference_source_get_how (const KpReferenceSource *source)
{
  g_return_val_if_fail (source != NULL, NULL);
  return _ (source->how);
}

/**
 * kp_reference_source_get_state:
 *
 * Returns: whether the library holds the source: all of its files, some, none, or it
 *   cannot hold it at all
 */
KpReferenceSourceState
kp_reference_source_get_state (const KpReferenceSource *source,
                               GPtrArray               *imports,
                               GPtrArray              **out_records)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new ();

  g_return_val_if_fail (source != NULL, KP_REFERENCE_SOURCE_MISSING);
  g_return_val_if_fail (imports != NULL, KP_REFERENCE_SOURCE_MISSING);

  for (guint i = 0; source->kind != KP_REFERENCE_KIND_UNKNOWN && i < imports->len; i++)
    {
      KpImportRecord *record = g_ptr_array_index (imports, i);

      if (record->kind == source->kind)
        g_ptr_array_add (records, record);
    }
  if (out_records != NULL)
    *out_records = g_ptr_array_ref (records);
  if (source->kind == KP_REFERENCE_KIND_UNKNOWN)
    return KP_REFERENCE_SOURCE_NOT_IMPORTABLE;
  if (records->len == 0)
    return KP_REFERENCE_SOURCE_MISSING;
  return records->len < source->n_files ? KP_REFERENCE_SOURCE_PARTIAL
                                        : KP_REFERENCE_SOURCE_PRESENT;
}
