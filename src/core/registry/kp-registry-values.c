/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-registry-parser-private.h"

#include <string.h>

/* The values the registry reader keeps: texts, codes, dates and numbers, checked and copied
 * into the current record; anything wrong stops the reader with an error naming the record. */

/* A kept text: valid UTF-8, no NUL, not absurdly long. yajl checks the byte structure of
 * UTF-8 but lets overlong forms through (C0 AF for "/"), so the text is checked again. */
static const char *
keep_text (KpRegistryParser    *self,
           Key                  key,
           const unsigned char *text,
           size_t               length)
{
  if (length > KP_REGISTRY_MAX_TEXT)
    {
      kp_registry_parser_fail (self, g_dngettext (GETTEXT_PACKAGE, "“%s” is %llu byte long, more than %d", "“%s” is %llu bytes long, more than %d", (gulong) length), kp_registry_parser_key_name (key),
                               (unsigned long long) length, KP_REGISTRY_MAX_TEXT);
      return NULL;
    }
  if (memchr (text, '\0', length) != NULL)
    {
      kp_registry_parser_fail (self, _ ("“%s” contains a NUL character"), kp_registry_parser_key_name (key));
      return NULL;
    }
  if (!g_utf8_validate_len ((const char *) text, length, NULL))
    {
      g_autofree char *shown = kp_error_quote ((const char *) text, (gssize) length);

      kp_registry_parser_fail (self, _ ("“%s” is “%s”, which is not valid UTF-8 text"),
                               kp_registry_parser_key_name (key), shown);
      return NULL;
    }
  return g_string_chunk_insert_len (self->strings, (const char *) text, (gssize) length);
}

static gboolean
all_digits (const char *text,
            size_t      length)
{
  if (length == 0)
    return FALSE;
  for (size_t i = 0; i < length; i++)
    if (text[i] < '0' || text[i] > '9')
      return FALSE;
  return TRUE;
}

/* An identifier or a house number, given as text or as a whole number; kept as text. */
static const char *
keep_code (KpRegistryParser *self,
           Key               key,
           const char       *text,
           size_t            length,
           gboolean          is_number,
           size_t            max_digits)
{
  if (is_number && (!all_digits (text, length) || length > max_digits))
    {
      kp_registry_parser_fail (self, g_dngettext (GETTEXT_PACKAGE, "“%s” is the number %.*s, but a whole number of at "
                                                                   "most %d digit is expected",
                                                  "“%s” is the number %.*s, but a whole number of at "
                                                  "most %d digits is expected",
                                                  (gulong) max_digits),
                               kp_registry_parser_key_name (key), (int) MIN (length, 40), text, (int) max_digits);
      return NULL;
    }
  if (length > 64)
    {
      kp_registry_parser_fail (self, g_dngettext (GETTEXT_PACKAGE, "“%s” is %llu character long, too long for a code", "“%s” is %llu characters long, too long for a code", (gulong) length),
                               kp_registry_parser_key_name (key), (unsigned long long) length);
      return NULL;
    }
  return keep_text (self, key, (const unsigned char *) text, length);
}

/* "2015-01-01" or "2015-01-01T00:00:00…": kept as the ISO date. */
static const char *
keep_date (KpRegistryParser    *self,
           Key                  key,
           const unsigned char *text,
           size_t               length)
{
  const char      *s = (const char *) text;
  g_autofree char *shown = NULL;
  int              month, day;

  if (length < 10 || (length > 10 && s[10] != 'T' && s[10] != ' ') || !all_digits (s, 4) ||
      s[4] != '-' || !all_digits (s + 5, 2) || s[7] != '-' || !all_digits (s + 8, 2))
    goto bad;
  month = (s[5] - '0') * 10 + (s[6] - '0');
  day = (s[8] - '0') * 10 + (s[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31)
    goto bad;
  return g_string_chunk_insert_len (self->strings, s, 10);

bad:
  shown = kp_error_quote (s, (gssize) length);
  kp_registry_parser_fail (self, _ ("“%s” is “%s”, which is not a date (YYYY-MM-DD)"),
                           kp_registry_parser_key_name (key), shown);
  return NULL;
}

/* "Obec/554499" → "554499"; @prefix NULL accepts any "Name/digits". */
static const char *
keep_ref_code (KpRegistryParser    *self,
               Key                  key,
               const char          *prefix,
               const unsigned char *text,
               size_t               length)
{
  const char      *s = (const char *) text;
  const char      *slash = memchr (s, '/', length);
  g_autofree char *shown = NULL;
  size_t           start;

  if (slash == NULL || (prefix != NULL && ((size_t) (slash - s) + 1 != strlen (prefix) ||
                                           memcmp (s, prefix, strlen (prefix)) != 0)))
    goto bad;
  start = (size_t) (slash - s) + 1;
  if (!all_digits (s + start, length - start) || length - start > 12)
    goto bad;
  return g_string_chunk_insert_len (self->strings, s + start, (gssize) (length - start));

bad:
  shown = kp_error_quote (s, (gssize) length);
  kp_registry_parser_fail (self, _ ("“%s” refers to “%s”, which is not a code of the expected kind"),
                           kp_registry_parser_key_name (key), shown);
  return NULL;
}

KpRegistryAddress *
kp_registry_parser_current_address (KpRegistryParser *self,
                                    const Frame      *frame)
{
  if (frame->target == 1)
    return &self->service.provider_address;
  return &g_array_index (self->service.facilities, KpRegistryFacility,
                         self->service.facilities->len - 1)
              .address;
}

/* A reference's id, or a code in a list of codes. */
static int
take_ref (KpRegistryParser    *self,
          int                  target,
          Key                  key,
          const unsigned char *text,
          size_t               length)
{
  KpRegistryService *s = &self->service;
  const char        *value = NULL;
  KpRegistryAddress *address;

  switch (target)
    {
    case T_DRUH:
      s->druh = value = keep_text (self, K_DRUH, text, length);
      break;
    case T_FORMA:
      value = keep_text (self, K_FORMA, text, length);
      g_array_index (s->forms, KpRegistryForm, s->forms->len - 1).forma = value;
      break;
    case T_TYP:
      value = keep_text (self, K_TYP, text, length);
      g_array_index (s->capacities, KpRegistryCapacity, s->capacities->len - 1).typ = value;
      break;
    case T_TARGET_GROUPS:
    case T_AGE_GROUPS:
    case T_SCOPE:
      {
        GPtrArray *list = target == T_TARGET_GROUPS ? s->target_groups
                          : target == T_AGE_GROUPS  ? s->age_groups
                                                    : s->scope;

        if (list->len >= KP_REGISTRY_MAX_ITEMS)
          return kp_registry_parser_fail (self, g_dngettext (GETTEXT_PACKAGE, "a list has more than %u item", "a list has more than %u items", KP_REGISTRY_MAX_ITEMS),
                                          KP_REGISTRY_MAX_ITEMS);
        value = keep_text (self, key, text, length);
        if (value != NULL)
          g_ptr_array_add (list, (gpointer) value);
      }
      break;
    default:
      {
        const Frame *parent = &self->frames[self->depth - 1];
        const char  *prefix = target == T_OBEC ? "Obec/" : target == T_OKRES ? "Okres/"
                                                       : target == T_KRAJ    ? "Kraj/"
                                                                             : NULL;

        address = kp_registry_parser_current_address (self, parent);
        value = keep_ref_code (self, parent->key, prefix, text, length);
        if (target == T_OBEC && value != NULL && strlen (value) != 6)
          {
            g_autofree char *shown = kp_error_quote ((const char *) text, (gssize) length);

            return kp_registry_parser_fail (self, _ ("“obec” refers to “%s”; a kód obce has 6 "
                                                     "digits"),
                                            shown);
          }
        switch (target)
          {
          case T_KRAJ:
            address->kraj_kod = value;
            break;
          case T_OKRES:
            address->okres_kod = value;
            break;
          case T_OBEC:
            address->obec_kod = value;
            break;
          case T_CAST_OBCE:
            address->cast_obce_kod = value;
            break;
          default:
            address->obvod_kod = value;
            break;
          }
      }
      break;
    }
  return value != NULL;
}

static int
on_address_scalar (KpRegistryParser *self,
                   Frame            *frame,
                   int               type,
                   const char       *text,
                   size_t            length)
{
  KpRegistryAddress *address = kp_registry_parser_current_address (self, frame);
  gboolean           number = type == 'n';

  if (type == 'z')
    return 1;
  if (type != 's' && !number)
    return kp_registry_parser_type_error (self, frame->key, type);
  switch (frame->key)
    {
    case K_CISLO_DOMOVNI:
      return (address->cislo_domovni = keep_code (self, frame->key, text, length, number, 6)) !=
             NULL;
    case K_CISLO_ORIENTACNI:
      return (address->cislo_orientacni = keep_code (self, frame->key, text, length, number,
                                                     6)) != NULL;
    case K_KOD_AM:
      if (!number && !all_digits (text, length))
        {
          g_autofree char *shown = kp_error_quote (text, (gssize) length);

          return kp_registry_parser_fail (self, _ ("“kodAdresnihoMista” is “%s”, not a RÚIAN "
                                                   "code"),
                                          shown);
        }
      return (address->kod_adresniho_mista = keep_code (self, frame->key, text, length, number,
                                                        12)) != NULL;
    case K_PSC:
      return (address->psc = keep_code (self, frame->key, text, length, number, 5)) != NULL;
    case K_DODATEK:
      if (number)
        return kp_registry_parser_type_error (self, frame->key, type);
      return (address->dodatek = keep_text (self, frame->key, (const guint8 *) text, length)) !=
             NULL;
    case K_KRAJ:
    case K_OKRES:
    case K_OBEC:
    case K_CAST_OBCE:
    case K_OBVOD:
    case K_OBVOD_PRAHA:
    case K_ULICE:
      return kp_registry_parser_type_error (self, frame->key, type);
    default:
      return 1;
    }
}

static int
on_service_scalar (KpRegistryParser *self,
                   Frame            *frame,
                   int               type,
                   const char       *text,
                   size_t            length)
{
  KpRegistryService *s = &self->service;
  const guint8      *bytes = (const guint8 *) text;

  switch (frame->key)
    {
    case K_PORTAL_ID:
    case K_ID:
    case K_IDENTIFIKATOR:
      {
        const char *value;

        if (type == 'z')
          return 1;
        if (type != 's' && type != 'n')
          return kp_registry_parser_type_error (self, frame->key, type);
        value = keep_code (self, frame->key, text, length, type == 'n', 20);
        if (frame->key == K_PORTAL_ID)
          s->portal_id = value;
        else if (frame->key == K_ID)
          s->record_id = value;
        else
          s->identifikator = value;
        return value != NULL;
      }
    case K_NAZEV:
    case K_VEK_NOTE:
      if (type == 'z')
        return 1;
      if (type != 's')
        return kp_registry_parser_type_error (self, frame->key, type);
      if (frame->key == K_NAZEV)
        return (s->nazev = keep_text (self, frame->key, bytes, length)) != NULL;
      return (s->age_note = keep_text (self, frame->key, bytes, length)) != NULL;
    case K_OD:
    case K_DO:
      if (type == 'z')
        return 1;
      if (type != 's')
        return kp_registry_parser_type_error (self, frame->key, type);
      if (frame->key == K_OD)
        return (s->datum_od = keep_date (self, frame->key, bytes, length)) != NULL;
      return (s->datum_do = keep_date (self, frame->key, bytes, length)) != NULL;
    case K_DRUH:
    case K_POSKYTOVATEL:
      return type == 'z' ? 1 : kp_registry_parser_type_error (self, frame->key, type);
    case K_ZARIZENI:
    case K_EMAILY:
    case K_TELEFONY:
    case K_FAXY:
    case K_WEBY:
    case K_CILOVE:
    case K_VEKOVE:
    case K_FORMY:
    case K_PUSOBNOSTI:
      return type == 'z' ? 1 : kp_registry_parser_type_error (self, frame->key, type);
    default:
      return 1;
    }
}

static int
on_scalar (KpRegistryParser *self,
           int               type,
           const char       *text,
           size_t            length)
{
  Frame             *frame = parser_top (self);
  KpRegistryService *s = &self->service;
  const guint8      *bytes = (const guint8 *) text;

  self->events++;
  if (self->skip_depth > 0)
    return 1;

  switch (frame->ctx)
    {
    case CTX_DOC:
      return kp_registry_parser_fail (self, _ ("the file is not a JSON object with the list “polozky”"));
    case CTX_ROOT:
      return frame->key == K_POLOZKY ? kp_registry_parser_type_error (self, K_POLOZKY, type) : 1;
    case CTX_ITEMS:
    case CTX_FACILITIES:
    case CTX_CONTACTS:
    case CTX_FORMS:
    case CTX_CAPACITIES:
      if (frame->ctx == CTX_ITEMS)
        {
          kp_registry_parser_reset_service (self);
          self->in_service = TRUE;
        }
      /* Translators: %s is what a list item is (text, a number, null…) */
      return kp_registry_parser_fail (self, _ ("a list item is %s, but an object is expected"), kp_registry_parser_type_name (type));
    case CTX_SERVICE:
      return on_service_scalar (self, frame, type, text, length);
    case CTX_REF:
    case CTX_NAMED:
      if (frame->key == K_UNKNOWN)
        return 1;
      if (type != 's')
        return type == 'z' ? 1 : kp_registry_parser_type_error (self, frame->key, type);
      if (frame->ctx == CTX_NAMED)
        return (kp_registry_parser_current_address (self, &self->frames[self->depth - 1])->ulice =
                    keep_text (self, K_ULICE, bytes, length)) != NULL;
      return take_ref (self, frame->target, frame->key, bytes, length);
    case CTX_CODES:
      if (type == 's' && (frame->key == K_ID || frame->key == K_NONE))
        return take_ref (self, frame->target, K_ID, bytes, length);
      return 1;
    case CTX_FACILITY:
      {
        KpRegistryFacility *f = &g_array_index (s->facilities, KpRegistryFacility,
                                                s->facilities->len - 1);

        if (frame->key == K_UNKNOWN)
          return 1;
        if (frame->key == K_ADRESA)
          return type == 'z' ? 1 : kp_registry_parser_type_error (self, frame->key, type);
        if (type == 'z')
          return 1;
        if (type != 's')
          return kp_registry_parser_type_error (self, frame->key, type);
        if (frame->key == K_NAZEV)
          return (f->nazev = keep_text (self, frame->key, bytes, length)) != NULL;
        if (frame->key == K_POSKYTUJE_OD)
          return (f->od = keep_date (self, frame->key, bytes, length)) != NULL;
        return (f->do_ = keep_date (self, frame->key, bytes, length)) != NULL;
      }
    case CTX_ADDRESS:
      return on_address_scalar (self, frame, type, text, length);
    case CTX_PROVIDER:
      if (frame->key == K_NAZEV || frame->key == K_ICO)
        {
          const char *value;

          if (type == 'z')
            return 1;
          if (type != 's' && !(type == 'n' && frame->key == K_ICO))
            return kp_registry_parser_type_error (self, frame->key, type);
          value = type == 'n' ? keep_code (self, K_ICO, text, length, TRUE, 8)
                              : keep_text (self, frame->key, bytes, length);
          if (frame->key == K_NAZEV)
            s->provider_nazev = value;
          else
            s->provider_ico = value;
          return value != NULL;
        }
      if (frame->key == K_UNKNOWN || type == 'z')
        return 1;
      return kp_registry_parser_type_error (self, frame->key, type);
    case CTX_CONTACT:
      {
        KpRegistryContact *c = &g_array_index (s->contacts, KpRegistryContact,
                                               s->contacts->len - 1);

        if (frame->key == K_UNKNOWN || type == 'z')
          return 1;
        if (type != 's' && !(type == 'n' && frame->key == K_TELEFON))
          return kp_registry_parser_type_error (self, frame->key, type);
        if (frame->key == K_POZNAMKA)
          return (c->note = keep_text (self, frame->key, bytes, length)) != NULL;
        return (c->value = keep_text (self, frame->key, bytes, length)) != NULL;
      }
    case CTX_FORM:
      if (frame->key == K_NONSTOP)
        {
          if (type != 'b' && type != 'z')
            return kp_registry_parser_type_error (self, frame->key, type);
          g_array_index (s->forms, KpRegistryForm, s->forms->len - 1).nonstop =
              type == 'z' ? -1 : text[0] == 't';
          return 1;
        }
      if (frame->key == K_UNKNOWN || type == 'z')
        return 1;
      return kp_registry_parser_type_error (self, frame->key, type);
    case CTX_CAPACITY:
      {
        KpRegistryCapacity *c = &g_array_index (s->capacities, KpRegistryCapacity,
                                                s->capacities->len - 1);

        if (frame->key == K_UNKNOWN || type == 'z')
          return 1;
        if (frame->key == K_POPIS)
          return type == 's' ? (c->popis = keep_text (self, frame->key, bytes, length)) != NULL
                             : kp_registry_parser_type_error (self, frame->key, type);
        if (frame->key == K_TYP)
          return kp_registry_parser_type_error (self, frame->key, type);
        if (type != 'n')
          return kp_registry_parser_type_error (self, frame->key, type);
        if (!all_digits (text, length) || length > 9 ||
            g_ascii_strtoll (text, NULL, 10) > KP_REGISTRY_MAX_CAPACITY)
          return kp_registry_parser_fail (self, _ ("capacity “%.*s” is not a whole number between 0 and %d"),
                                          (int) MIN (length, 40), text, KP_REGISTRY_MAX_CAPACITY);
        c->pocet = g_ascii_strtoll (text, NULL, 10);
        c->has_pocet = TRUE;
        return 1;
      }
    default:
      return 1;
    }
}

int
kp_registry_parser_on_null (void *ctx)
{
  return on_scalar (ctx, 'z', "", 0);
}

int
kp_registry_parser_on_boolean (void *ctx,
                               int   value)
{
  return on_scalar (ctx, 'b', value ? "true" : "false", value ? 4 : 5);
}

int
kp_registry_parser_on_number (void       *ctx,
                              const char *text,
                              size_t      length)
{
  return on_scalar (ctx, 'n', text, length);
}

int
kp_registry_parser_on_string (void                *ctx,
                              const unsigned char *text,
                              size_t               length)
{
  return on_scalar (ctx, 's', (const char *) text, length);
}