/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: the streaming reader of the MPSV registry (kp-registry-parser.c), the
 * records it hands over one service at a time, and the importer hooks that
 * kp-library-import.c calls (kp-registry-import.c). */

#include "kp-import-private.h"
#include "kp-registry-codes.h"

G_BEGIN_DECLS

/* Limits against absurd input: beyond them a file is refused, never half read. */
#define KP_REGISTRY_MAX_DEPTH      48
#define KP_REGISTRY_MAX_TEXT       (64 * 1024)   /* bytes of one kept text */
#define KP_REGISTRY_MAX_TOKEN      (1024 * 1024) /* bytes of one value, kept or not */
#define KP_REGISTRY_MAX_SERVICES   200000
#define KP_REGISTRY_MAX_FACILITIES 2000 /* of one service */
#define KP_REGISTRY_MAX_ITEMS      1000 /* contacts, groups, scope entries of one service */
#define KP_REGISTRY_MAX_FORMS      16
#define KP_REGISTRY_MAX_CAPACITIES 64
#define KP_REGISTRY_MAX_CAPACITY   1000000
#define KP_REGISTRY_MAX_CODES      10000 /* items of a code-list file */

/* Where a contact was given, and what it is. Stored as text: "service"/"provider" and
 * "telefon"/"email"/"web"/"fax". */
typedef enum
{
  KP_REGISTRY_LEVEL_SERVICE,
  KP_REGISTRY_LEVEL_PROVIDER,
} KpRegistryLevel;

typedef enum
{
  KP_REGISTRY_CONTACT_PHONE,
  KP_REGISTRY_CONTACT_EMAIL,
  KP_REGISTRY_CONTACT_WEB,
  KP_REGISTRY_CONTACT_FAX,
} KpRegistryContactKind;

/* Strings of a record live in the parser's string chunk until the next record. Codes are
 * the numbers after the prefix ("554499" of "Obec/554499"). */
typedef struct
{
  gboolean    present;
  const char *kod_adresniho_mista;
  const char *cislo_domovni;
  const char *cislo_orientacni;
  const char *dodatek;
  const char *psc;
  const char *ulice;
  const char *cast_obce_kod;
  const char *obec_kod;
  const char *okres_kod;
  const char *kraj_kod;
  const char *obvod_kod;
} KpRegistryAddress;

typedef struct
{
  const char       *nazev;
  KpRegistryAddress address;
  const char       *od;
  const char       *do_;
  guint             repeats; /* 1 + how many identical rows followed it */
} KpRegistryFacility;

typedef struct
{
  const char *forma;   /* "FormaSocialniSluzby/pob" */
  int         nonstop; /* 1, 0, or -1 when not given */
} KpRegistryForm;

typedef struct
{
  guint       form; /* index into forms */
  const char *typ;  /* "TypKapacitySocialniSluzby/luzka", NULL when not given */
  gint64      pocet;
  gboolean    has_pocet;
  const char *popis;
} KpRegistryCapacity;

typedef struct
{
  KpRegistryLevel       level;
  KpRegistryContactKind kind;
  const char           *value;
  const char           *note;
} KpRegistryContact;

typedef struct
{
  guint             index; /* 1-based position in "polozky" */
  const char       *portal_id;
  const char       *record_id;
  const char       *identifikator;
  const char       *nazev;
  const char       *datum_od;
  const char       *datum_do;
  const char       *druh;
  const char       *age_note;
  const char       *provider_nazev;
  const char       *provider_ico;
  KpRegistryAddress provider_address;
  GArray           *facilities;    /* KpRegistryFacility */
  GArray           *forms;         /* KpRegistryForm */
  GArray           *capacities;    /* KpRegistryCapacity */
  GArray           *contacts;      /* KpRegistryContact */
  GPtrArray        *target_groups; /* ids as given */
  GPtrArray        *age_groups;
  GPtrArray        *scope; /* ids of rozsirenePusobnostiVKraji: "Obec/…", "Okres/…", … */
} KpRegistryService;

/* Called once per service, when its object closes. */
typedef gboolean (*KpRegistryServiceFunc) (KpRegistryService *service,
                                           gpointer           user_data,
                                           GError           **error);

typedef struct _KpRegistryParser KpRegistryParser;

KpRegistryParser *kp_registry_parser_new (const char           *display_name,
                                          KpRegistryServiceFunc func,
                                          gpointer              user_data);
void              kp_registry_parser_free (KpRegistryParser *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpRegistryParser, kp_registry_parser_free)

gboolean kp_registry_parser_feed (KpRegistryParser *self,
                                  const guint8     *data,
                                  gsize             length,
                                  GError          **error);
gboolean kp_registry_parser_finish (KpRegistryParser *self,
                                    GError          **error);
gsize    kp_registry_parser_get_offset (KpRegistryParser *self);
/* Reads a whole buffer in chunks (the importer's and the fuzzer's way in). */
gboolean kp_registry_parser_parse_all (KpRegistryParser *self,
                                       const guint8     *data,
                                       gsize             length,
                                       GCancellable     *cancellable,
                                       GError          **error);

/* An error about one record: "rpss.json, record 12 (identifikátor 1234567): reason". */
void kp_registry_set_record_error (GError                 **error,
                                   int                      code,
                                   const char              *file_name,
                                   const KpRegistryService *service,
                                   const char              *format,
                                   ...) G_GNUC_PRINTF (5, 6);

/* One item of an MPSV code-list file. */
typedef gboolean (*KpRegistryCodeFunc) (const char *id,
                                        const char *name,
                                        guint       index,
                                        gpointer    user_data,
                                        GError    **error);

gboolean kp_registry_parse_code_list (const guint8      *data,
                                      gsize              length,
                                      const char        *display_name,
                                      KpRegistryCodeFunc func,
                                      gpointer           user_data,
                                      GError           **error);

/* Importer hooks (kp-registry-import.c). */
KpReferenceKind kp_registry_detect (GBytes     *contents,
                                    const char *display_name);
gboolean        kp_registry_is_registry_kind (KpReferenceKind kind);
gboolean        kp_registry_import_codes (KpImportBatch      *batch,
                                          const KpImportFile *file,
                                          KpImportRecord     *record,
                                          GError            **error);
gboolean        kp_registry_import_services (KpImportBatch      *batch,
                                             const KpImportFile *file,
                                             KpImportRecord     *record,
                                             GError            **error);

G_END_DECLS
