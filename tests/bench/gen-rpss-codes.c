/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "gen-rpss-codes.h"
#include "gen-rpss-writer.h"

/* The code lists in the shape MPSV publishes them (../shared/data/registry/FORMAT.md §1):
 * { "polozky": [ { "id": "…/N", "kod": "N", "nazev": { "cs": "…", "en": null },
 * "platnostOd": "2007-01-01" } ] }. The types are those of the law (FORMAT.md §3); the
 * target-group codes /24, /26, /27 and /30 have their verified names, and the other codes the
 * registry writes are given the remaining names of DOMAIN.md §1.3 in an invented order, as
 * the registry's codes are invented. */

typedef struct
{
  const char *kod;
  const char *name;
} Code;

static const Code types[] = {
  { "1", "odborné sociální poradenství" },
  { "3", "osobní asistence" },
  { "4", "pečovatelská služba" },
  { "5", "tísňová péče" },
  { "6", "průvodcovské a předčitatelské služby" },
  { "7", "podpora samostatného bydlení" },
  { "8", "odlehčovací služby" },
  { "9", "centra denních služeb" },
  { "10", "denní stacionáře" },
  { "11", "týdenní stacionáře" },
  { "12", "domovy pro osoby se zdravotním postižením" },
  { "13", "domovy pro seniory" },
  { "14", "domovy se zvláštním režimem" },
  { "15", "chráněné bydlení" },
  { "16", "sociální služby poskytované ve zdravotnických zařízeních lůžkové péče" },
  { "17", "raná péče" },
  { "18", "telefonická krizová pomoc" },
  { "19", "tlumočnické služby" },
  { "20", "azylové domy" },
  { "21", "domy na půl cesty" },
  { "22", "kontaktní centra" },
  { "23", "krizová pomoc" },
  { "24", "nízkoprahová denní centra" },
  { "25", "nízkoprahová zařízení pro děti a mládež" },
  { "26", "noclehárny" },
  { "27", "služby následné péče" },
  { "28", "sociálně aktivizační služby pro rodiny s dětmi" },
  { "29", "sociálně aktivizační služby pro seniory a osoby se zdravotním postižením" },
  { "30", "sociálně terapeutické dílny" },
  { "31", "terapeutické komunity" },
  { "32", "terénní programy" },
  { "33", "sociální rehabilitace" },
};

static const Code forms[] = {
  { "pob", "pobytová" },
  { "amb", "ambulantní" },
  { "ter", "terénní" },
};

static const Code units[] = {
  { "luzka", "lůžka" },
  { "klient", "klienti" },
  { "kontakt", "kontakty" },
  { "interv", "intervence" },
  { "hovor", "hovory" },
};

/* gen-rpss writes target groups 1 to 30. */
static const Code target_groups[] = {
  { "1", "osoby s tělesným postižením" },
  { "2", "osoby s mentálním postižením" },
  { "3", "osoby se zrakovým postižením" },
  { "4", "osoby se sluchovým postižením" },
  { "5", "osoby s kombinovaným postižením" },
  { "6", "osoby s jiným zdravotním postižením" },
  { "7", "osoby s chronickým onemocněním" },
  { "8", "osoby s chronickým duševním onemocněním" },
  { "9", "rodiny s dítětem/dětmi" },
  { "10", "děti a mládež ve věku od 6 do 26 let ohrožené společensky nežádoucími jevy" },
  { "11", "osoby bez přístřeší" },
  { "12", "osoby v krizi" },
  { "13", "oběti domácího násilí" },
  { "14", "oběti trestné činnosti" },
  { "15", "oběti obchodu s lidmi" },
  { "16", "osoby ohrožené závislostí nebo závislé na návykových látkách" },
  { "17", "osoby žijící v sociálně vyloučených komunitách" },
  { "18", "osoby, které vedou rizikový způsob života nebo jsou jím ohroženy" },
  { "19", "osoby komerčně zneužívané" },
  { "20", "pachatelé trestné činnosti" },
  { "21", "etnické menšiny" },
  { "22", "imigranti a azylanti" },
  { "23", "osoby do 26 let opouštějící ústavní péči" },
  { "24", "senioři" },
  { "25", "osoby se zdravotním postižením" },
  { "26", "pečující osoby" },
  { "27", "osoby s potřebou paliativní péče" },
  { "28", "osoby ohrožené sociálním vyloučením" },
  { "29", "rodiny s dětmi v krizi" },
  { "30", "osoby žijící s demencí" },
};

/* gen-rpss writes age groups 5 to 9. */
static const Code age_groups[] = {
  { "1", "děti do 1 roku" },
  { "2", "děti předškolního věku (1–7 let)" },
  { "3", "mladší děti (7–10 let)" },
  { "4", "starší děti (11–15 let)" },
  { "5", "dorost (16–18 let)" },
  { "6", "mladí dospělí (19–26 let)" },
  { "7", "dospělí (27–64 let)" },
  { "8", "mladší senioři (65–80 let)" },
  { "9", "starší senioři (nad 80 let)" },
};

static gboolean
write_list (const char *dir,
            const char *file_name,
            const char *prefix,
            const Code *codes,
            guint       n_codes,
            GError    **error)
{
  g_autofree char *path = g_build_filename (dir, file_name, NULL);
  Writer           w = { 0 };

  w.out = g_fopen (path, "wb");
  if (w.out == NULL)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: %s", path,
                   g_strerror (saved));
      return FALSE;
    }
  json_begin_object (&w);
  json_key (&w, "polozky");
  json_begin_array (&w);
  for (guint i = 0; i < n_codes; i++)
    {
      g_autofree char *id = g_strconcat (prefix, codes[i].kod, NULL);

      json_begin_object (&w);
      json_member_string (&w, "id", id);
      json_member_string (&w, "kod", codes[i].kod);
      json_key (&w, "nazev");
      json_begin_object (&w);
      json_member_string (&w, "cs", codes[i].name);
      json_member_string (&w, "en", NULL);
      json_end_object (&w);
      json_member_string (&w, "platnostOd", "2007-01-01");
      json_end_object (&w);
    }
  json_end_array (&w);
  json_end_object (&w);
  fputc ('\n', w.out);
  if (fclose (w.out) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: %s", path,
                   g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

gboolean
gen_rpss_write_code_lists (const char *dir,
                           GError    **error)
{
  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: %s", dir,
                   g_strerror (saved));
      return FALSE;
    }
  return write_list (dir, "druhy-socialni-sluzby.json", "DruhSocialniSluzby/", types,
                     G_N_ELEMENTS (types), error) &&
         write_list (dir, "formy-soc-sluzby.json", "FormaSocialniSluzby/", forms,
                     G_N_ELEMENTS (forms), error) &&
         write_list (dir, "typy-kapacity-socialni-sluzby.json", "TypKapacitySocialniSluzby/",
                     units, G_N_ELEMENTS (units), error) &&
         write_list (dir, "cilove-skupiny-osoby.json", "CilovaSkupinaOsoby/", target_groups,
                     G_N_ELEMENTS (target_groups), error) &&
         write_list (dir, "vekove-skupiny-osoby.json", "VekovaSkupinaOsoby/", age_groups,
                     G_N_ELEMENTS (age_groups), error);
}
