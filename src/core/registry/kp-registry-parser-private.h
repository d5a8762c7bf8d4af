/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the registry reader only (kp-registry-parser.c, kp-registry-keys.c,
 * kp-registry-values.c): its state. Each open object or array of the JSON is a frame saying
 * what it is; a value is handled according to its frame and the key before it. */

#include "kp-registry-private.h"

#include <yajl/yajl_parse.h>

G_BEGIN_DECLS

typedef enum
{
  CTX_DOC,
  CTX_ROOT,
  CTX_ITEMS,
  CTX_SERVICE,
  CTX_REF,
  CTX_NAMED,
  CTX_FACILITIES,
  CTX_FACILITY,
  CTX_ADDRESS,
  CTX_PROVIDER,
  CTX_CONTACTS,
  CTX_CONTACT,
  CTX_FORMS,
  CTX_FORM,
  CTX_CAPACITIES,
  CTX_CAPACITY,
  CTX_CODES,
} Ctx;

typedef enum
{
  K_NONE,
  K_UNKNOWN,
  K_POLOZKY,
  K_PORTAL_ID,
  K_ID,
  K_IDENTIFIKATOR,
  K_NAZEV,
  K_OD,
  K_DO,
  K_DRUH,
  K_ZARIZENI,
  K_POSKYTOVATEL,
  K_EMAILY,
  K_TELEFONY,
  K_FAXY,
  K_WEBY,
  K_CILOVE,
  K_VEKOVE,
  K_VEK_NOTE,
  K_FORMY,
  K_PUSOBNOSTI,
  K_ADRESA,
  K_POSKYTUJE_OD,
  K_POSKYTUJE_DO,
  K_CISLO_DOMOVNI,
  K_CISLO_ORIENTACNI,
  K_DODATEK,
  K_KOD_AM,
  K_PSC,
  K_KRAJ,
  K_OKRES,
  K_OBEC,
  K_CAST_OBCE,
  K_OBVOD,
  K_OBVOD_PRAHA,
  K_ULICE,
  K_ICO,
  K_EMAIL,
  K_TELEFON,
  K_WEB,
  K_FAX,
  K_POZNAMKA,
  K_FORMA,
  K_NONSTOP,
  K_KAPACITY,
  K_POCET,
  K_POPIS,
  K_TYP,
  N_KEYS
} Key;

/* What a reference ({"id": …}) or a list of codes fills. */
typedef enum
{
  T_NONE,
  T_DRUH,
  T_FORMA,
  T_TYP,
  T_KRAJ,
  T_OKRES,
  T_OBEC,
  T_CAST_OBCE,
  T_OBVOD,
  T_ULICE,
  T_TARGET_GROUPS,
  T_AGE_GROUPS,
  T_SCOPE,
} Target;

typedef struct
{
  Ctx   ctx;
  Key   key;     /* the key of the value being read, in an object */
  int   target;  /* Target, or the contact level × 4 + kind, or 1 for a provider address */
  guint n_items; /* elements of an array so far */
} Frame;

struct _KpRegistryParser
{
  yajl_handle           handle;
  char                 *display_name;
  KpRegistryServiceFunc func;
  gpointer              user_data;
  GError               *error;
  GStringChunk         *strings;
  KpRegistryService     service;
  Frame                 frames[KP_REGISTRY_MAX_DEPTH + 1];
  int                   depth; /* frames in use; frames[0] is the document */
  int                   skip_depth;
  gboolean              in_service;
  gboolean              seen_root;
  gboolean              seen_items;
  guint64               events;
  gsize                 offset; /* bytes fed before the current chunk */
};

static inline Frame *
parser_top (KpRegistryParser *self)
{
  return &self->frames[self->depth];
}

/* kp-registry-parser.c */
int  kp_registry_parser_fail (KpRegistryParser *self,
                              const char       *format,
                              ...) G_GNUC_PRINTF (2, 3);
void kp_registry_parser_reset_service (KpRegistryParser *self);

/* kp-registry-keys.c */
const char *kp_registry_parser_key_name (Key key);
const char *kp_registry_parser_type_name (int type);
int         kp_registry_parser_type_error (KpRegistryParser *self,
                                           Key               key,
                                           int               got);
int         kp_registry_parser_on_map_key (void                *ctx,
                                           const unsigned char *text,
                                           size_t               length);

/* kp-registry-values.c */
KpRegistryAddress *kp_registry_parser_current_address (KpRegistryParser *self,
                                                       const Frame      *frame);
int                kp_registry_parser_on_null (void *ctx);
int                kp_registry_parser_on_boolean (void *ctx,
                                                  int   value);
int                kp_registry_parser_on_number (void       *ctx,
                                                 const char *text,
                                                 size_t      length);
int                kp_registry_parser_on_string (void                *ctx,
                                                 const unsigned char *text,
                                                 size_t               length);

G_END_DECLS
