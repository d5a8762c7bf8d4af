/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-registry-codes.h"

#include <string.h>

/* Komplan's copy of the MPSV code lists (../shared/data/registry/FORMAT.md §3 and
 * ../shared/domain/DOMAIN.md §1.2–1.3). The names are the registry's own Czech names: data
 * shown as it comes, like the names of obce, so they are not marked for translation.
 *
 * Codes marked [unverified] in FORMAT.md are kept here as inferred there; an MPSV code-list
 * file imported into the library replaces the names and the set of known codes. */

static const KpRegistryCode types[] = {
  { "DruhSocialniSluzby/1", "odborné sociální poradenství", "37", "amb ter" },
  { "DruhSocialniSluzby/3", "osobní asistence", "39", "ter" },
  { "DruhSocialniSluzby/4", "pečovatelská služba", "40", "ter amb" },
  { "DruhSocialniSluzby/5", "tísňová péče", "41", "ter" },
  { "DruhSocialniSluzby/6", "průvodcovské a předčitatelské služby", "42", "ter amb" },
  { "DruhSocialniSluzby/7", "podpora samostatného bydlení", "43", "ter" },
  { "DruhSocialniSluzby/8", "odlehčovací služby", "44", "ter amb pob" },
  { "DruhSocialniSluzby/9", "centra denních služeb", "45", "amb" },
  { "DruhSocialniSluzby/10", "denní stacionáře", "46", "amb" },
  { "DruhSocialniSluzby/11", "týdenní stacionáře", "47", "pob" },
  { "DruhSocialniSluzby/12", "domovy pro osoby se zdravotním postižením", "48", "pob" },
  { "DruhSocialniSluzby/13", "domovy pro seniory", "49", "pob" },
  { "DruhSocialniSluzby/14", "domovy se zvláštním režimem", "50", "pob" },
  { "DruhSocialniSluzby/15", "chráněné bydlení", "51", "pob" },
  { "DruhSocialniSluzby/16",
    "sociální služby poskytované ve zdravotnických zařízeních lůžkové péče", "52", "pob" },
  { "DruhSocialniSluzby/17", "raná péče", "54", "ter amb" },
  { "DruhSocialniSluzby/18", "telefonická krizová pomoc", "55", "ter" },
  { "DruhSocialniSluzby/19", "tlumočnické služby", "56", "ter amb" },
  { "DruhSocialniSluzby/20", "azylové domy", "57", "pob" },
  { "DruhSocialniSluzby/21", "domy na půl cesty", "58", "pob" },
  { "DruhSocialniSluzby/22", "kontaktní centra", "59", "amb ter" },
  { "DruhSocialniSluzby/23", "krizová pomoc", "60", "amb ter pob" },
  { "DruhSocialniSluzby/24", "nízkoprahová denní centra", "61", "amb ter" },
  { "DruhSocialniSluzby/25", "nízkoprahová zařízení pro děti a mládež", "62", "amb ter" },
  { "DruhSocialniSluzby/26", "noclehárny", "63", "amb" },
  { "DruhSocialniSluzby/27", "služby následné péče", "64", "amb pob" },
  { "DruhSocialniSluzby/28", "sociálně aktivizační služby pro rodiny s dětmi", "65", "ter amb" },
  { "DruhSocialniSluzby/29",
    "sociálně aktivizační služby pro seniory a osoby se zdravotním postižením", "66",
    "amb ter" },
  { "DruhSocialniSluzby/30", "sociálně terapeutické dílny", "67", "amb" },
  { "DruhSocialniSluzby/31", "terapeutické komunity", "68", "pob" },
  { "DruhSocialniSluzby/32", "terénní programy", "69", "ter" },
  { "DruhSocialniSluzby/33", "sociální rehabilitace", "70", "ter amb pob" },
  /* [unverified] codes: FORMAT.md places them after /33 without a number. */
  { "DruhSocialniSluzby/34", "intervenční centra", "60a", "amb ter pob" },
  { "DruhSocialniSluzby/35", "centrum duševního zdraví", NULL, NULL },
};

static const KpRegistryCode forms[] = {
  { "FormaSocialniSluzby/pob", "pobytová", NULL, NULL },
  { "FormaSocialniSluzby/amb", "ambulantní", NULL, NULL },
  { "FormaSocialniSluzby/ter", "terénní", NULL, NULL },
};

static const KpRegistryCode units[] = {
  { "TypKapacitySocialniSluzby/luzka", "lůžka", NULL, NULL },
  { "TypKapacitySocialniSluzby/klient", "klienti", NULL, NULL },
  { "TypKapacitySocialniSluzby/kontakt", "kontakty", NULL, NULL },
  { "TypKapacitySocialniSluzby/interv", "intervence", NULL, NULL },
  { "TypKapacitySocialniSluzby/hovor", "hovory", NULL, NULL },
};

/* Only the codes verified in FORMAT.md; other codes of the list are accepted and shown by
 * number until the MPSV file is imported. */
static const KpRegistryCode target_groups[] = {
  { "CilovaSkupinaOsoby/24", "senioři", NULL, NULL },
  { "CilovaSkupinaOsoby/26", "pečující osoby", NULL, NULL },
  { "CilovaSkupinaOsoby/27", "osoby s potřebou paliativní péče", NULL, NULL },
  { "CilovaSkupinaOsoby/30", "osoby žijící s demencí", NULL, NULL },
};

static const struct
{
  const char           *name;
  const char           *prefix;
  const KpRegistryCode *codes;
  guint                 n_codes;
} lists[KP_REGISTRY_N_LISTS] = {
  [KP_REGISTRY_LIST_TYPES] = { "druh", "DruhSocialniSluzby/", types, G_N_ELEMENTS (types) },
  [KP_REGISTRY_LIST_FORMS] = { "forma", "FormaSocialniSluzby/", forms, G_N_ELEMENTS (forms) },
  [KP_REGISTRY_LIST_UNITS] = { "kapacita", "TypKapacitySocialniSluzby/", units,
                               G_N_ELEMENTS (units) },
  [KP_REGISTRY_LIST_TARGET_GROUPS] = { "cilova_skupina", "CilovaSkupinaOsoby/", target_groups,
                                       G_N_ELEMENTS (target_groups) },
  [KP_REGISTRY_LIST_AGE_GROUPS] = { "vekova_skupina", "VekovaSkupinaOsoby/", NULL, 0 },
};

const char *
kp_registry_list_to_string (KpRegistryList list)
{
  g_return_val_if_fail (list < KP_REGISTRY_N_LISTS, NULL);
  return lists[list].name;
}

const char *
kp_registry_list_get_prefix (KpRegistryList list)
{
  g_return_val_if_fail (list < KP_REGISTRY_N_LISTS, NULL);
  return lists[list].prefix;
}

const KpRegistryCode *
kp_registry_builtin_codes (KpRegistryList list,
                           guint         *out_n)
{
  g_return_val_if_fail (list < KP_REGISTRY_N_LISTS, NULL);
  *out_n = lists[list].n_codes;
  return lists[list].codes;
}

const KpRegistryCode *
kp_registry_builtin_lookup (KpRegistryList list,
                            const char    *id)
{
  g_return_val_if_fail (list < KP_REGISTRY_N_LISTS, NULL);
  for (guint i = 0; id != NULL && i < lists[list].n_codes; i++)
    if (strcmp (lists[list].codes[i].id, id) == 0)
      return &lists[list].codes[i];
  return NULL;
}

const char *
kp_registry_code_suffix (KpRegistryList list,
                         const char    *id)
{
  g_return_val_if_fail (list < KP_REGISTRY_N_LISTS, NULL);
  if (id == NULL || !g_str_has_prefix (id, lists[list].prefix))
    return NULL;
  return id + strlen (lists[list].prefix);
}
