/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-registry-parser-private.h"

#include <string.h>

/* The keys of rpss.json that the registry reader knows, and what their values must be. */

static const char *const key_names[N_KEYS] = {
  [K_POLOZKY] = "polozky",
  [K_PORTAL_ID] = "portalId",
  [K_ID] = "id",
  [K_IDENTIFIKATOR] = "identifikator",
  [K_NAZEV] = "nazev",
  [K_OD] = "datumPoskytovaniOd",
  [K_DO] = "datumPoskytovaniDo",
  [K_DRUH] = "druhSocialniSluzby",
  [K_ZARIZENI] = "zarizeni",
  [K_POSKYTOVATEL] = "poskytovatel",
  [K_EMAILY] = "emaily",
  [K_TELEFONY] = "telefony",
  [K_FAXY] = "faxy",
  [K_WEBY] = "weby",
  [K_CILOVE] = "ciloveSkupiny",
  [K_VEKOVE] = "vekoveSkupiny",
  [K_VEK_NOTE] = "doplnujiciInformaceVekoveSkupiny",
  [K_FORMY] = "formy",
  [K_PUSOBNOSTI] = "rozsirenePusobnostiVKraji",
  [K_ADRESA] = "adresa",
  [K_POSKYTUJE_OD] = "poskytujeOd",
  [K_POSKYTUJE_DO] = "poskytujeDo",
  [K_CISLO_DOMOVNI] = "cisloDomovni",
  [K_CISLO_ORIENTACNI] = "cisloOrientacni",
  [K_DODATEK] = "dodatekAdresy",
  [K_KOD_AM] = "kodAdresnihoMista",
  [K_PSC] = "psc",
  [K_KRAJ] = "kraj",
  [K_OKRES] = "okres",
  [K_OBEC] = "obec",
  [K_CAST_OBCE] = "castObce",
  [K_OBVOD] = "mestskyObvodMestskaCast",
  [K_OBVOD_PRAHA] = "mestskyObvodVPraze",
  [K_ULICE] = "ulice",
  [K_ICO] = "ico",
  [K_EMAIL] = "email",
  [K_TELEFON] = "telefon",
  [K_WEB] = "web",
  [K_FAX] = "fax",
  [K_POZNAMKA] = "poznamka",
  [K_FORMA] = "forma",
  [K_NONSTOP] = "nepretrzitePoskytovani",
  [K_KAPACITY] = "kapacity",
  [K_POCET] = "pocet",
  [K_POPIS] = "popis",
  [K_TYP] = "typ",
};

/* The keys each kind of object reads; any other key is skipped. */
static const Key root_keys[] = { K_POLOZKY, K_NONE };
static const Key service_keys[] = { K_PORTAL_ID, K_ID, K_IDENTIFIKATOR, K_NAZEV, K_OD, K_DO,
                                    K_DRUH, K_ZARIZENI, K_POSKYTOVATEL, K_EMAILY, K_TELEFONY,
                                    K_FAXY, K_WEBY, K_CILOVE, K_VEKOVE, K_VEK_NOTE, K_FORMY,
                                    K_PUSOBNOSTI, K_NONE };
static const Key facility_keys[] = { K_NAZEV, K_ADRESA, K_POSKYTUJE_OD, K_POSKYTUJE_DO, K_NONE };
static const Key address_keys[] = { K_CISLO_DOMOVNI, K_CISLO_ORIENTACNI, K_DODATEK, K_KOD_AM,
                                    K_PSC, K_KRAJ, K_OKRES, K_OBEC, K_CAST_OBCE, K_OBVOD,
                                    K_OBVOD_PRAHA, K_ULICE, K_NONE };
/* statutarniOrgany is deliberately absent: personal data is never read. */
static const Key provider_keys[] = { K_NAZEV, K_ICO, K_ADRESA, K_EMAILY, K_TELEFONY, K_FAXY,
                                     K_WEBY, K_NONE };
static const Key contact_keys[] = { K_EMAIL, K_TELEFON, K_WEB, K_FAX, K_POZNAMKA, K_NONE };
static const Key form_keys[] = { K_FORMA, K_NONSTOP, K_KAPACITY, K_NONE };
static const Key capacity_keys[] = { K_POCET, K_POPIS, K_TYP, K_NONE };
static const Key ref_keys[] = { K_ID, K_NONE };
static const Key named_keys[] = { K_NAZEV, K_NONE };

const char *
kp_registry_parser_type_name (int type)
{
  switch (type)
    {
    case 's':
      return _ ("text");
    case 'n':
      return _ ("a number");
    case 'b':
      return _ ("true or false");
    case 'o':
      return _ ("an object");
    case 'a':
      return _ ("a list");
    default:
      return _ ("null");
    }
}

/* What each key's value must be: 'a' a list, 'o' an object, 'n' a number, 'b' true or
 * false, 's' text (or a number, for codes). */
static int
expected_of (Key key)
{
  switch (key)
    {
    case K_POLOZKY:
    case K_ZARIZENI:
    case K_EMAILY:
    case K_TELEFONY:
    case K_FAXY:
    case K_WEBY:
    case K_CILOVE:
    case K_VEKOVE:
    case K_FORMY:
    case K_PUSOBNOSTI:
    case K_KAPACITY:
      return 'a';
    case K_DRUH:
    case K_POSKYTOVATEL:
    case K_ADRESA:
    case K_KRAJ:
    case K_OKRES:
    case K_OBEC:
    case K_CAST_OBCE:
    case K_OBVOD:
    case K_OBVOD_PRAHA:
    case K_ULICE:
    case K_FORMA:
    case K_TYP:
      return 'o';
    case K_POCET:
      return 'n';
    case K_NONSTOP:
      return 'b';
    default:
      return 's';
    }
}

int
kp_registry_parser_type_error (KpRegistryParser *self,
                               Key               key,
                               int               got)
{
  /* Translators: a JSON key, then what its value is and what it should be, e.g.
   * "“pocet” is text, but a number is expected" */
  return kp_registry_parser_fail (self, _ ("“%s” is %s, but %s is expected"),
                                  kp_registry_parser_key_name (key), kp_registry_parser_type_name (got),
                                  kp_registry_parser_type_name (expected_of (key)));
}

static const Key *
keys_of (Ctx ctx)
{
  switch (ctx)
    {
    case CTX_ROOT:
      return root_keys;
    case CTX_SERVICE:
      return service_keys;
    case CTX_FACILITY:
      return facility_keys;
    case CTX_ADDRESS:
      return address_keys;
    case CTX_PROVIDER:
      return provider_keys;
    case CTX_CONTACT:
      return contact_keys;
    case CTX_FORM:
      return form_keys;
    case CTX_CAPACITY:
      return capacity_keys;
    case CTX_REF:
    case CTX_CODES:
      return ref_keys;
    case CTX_NAMED:
      return named_keys;
    default:
      return NULL;
    }
}

/* @text is not NUL-terminated and may hold any byte. */
static gboolean
key_equals (const char          *name,
            const unsigned char *text,
            size_t               length)
{
  for (size_t i = 0; i < length; i++)
    if (name[i] == '\0' || name[i] != (char) text[i])
      return FALSE;
  return name[length] == '\0';
}

int
kp_registry_parser_on_map_key (void                *ctx,
                               const unsigned char *text,
                               size_t               length)
{
  KpRegistryParser *self = ctx;
  Frame            *frame = parser_top (self);
  const Key        *keys;

  self->events++;
  if (self->skip_depth > 0)
    return 1;
  frame->key = K_UNKNOWN;
  keys = keys_of (frame->ctx);
  for (guint i = 0; keys != NULL && keys[i] != K_NONE; i++)
    {
      const char *name = key_names[keys[i]];

      if (key_equals (name, text, length))
        {
          frame->key = keys[i];
          break;
        }
    }
  return 1;
}

const char *
kp_registry_parser_key_name (Key key)
{
  return key < N_KEYS && key_names[key] != NULL ? key_names[key] : "?";
}
