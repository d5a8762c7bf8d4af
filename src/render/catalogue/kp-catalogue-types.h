/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kp-document-logo.h"
#include "kp-render-types.h"

G_BEGIN_DECLS

/* Snapshots the publications (provider catalogue, leaflets) are drawn from: plain values
 * copied out of the project on the main thread, so the PDF can be written in a worker.
 *
 * Strings are UTF-8 and owned by their struct (g_free()); set them with g_strdup(). They are
 * drawn as they are, never parsed as markup. Lists are GPtrArrays owned by their struct;
 * fill them with the add functions. Texts the user sees (target groups, units, type names)
 * come translated from the caller; render translates only its own headings. */

const char *kp_service_form_get_name (KpServiceForms form);

/**
 * KpLeafletSection:
 * @KP_LEAFLET_SECTION_NONE: not placed (a catalogue entry)
 * @KP_LEAFLET_SECTION_HOME: help at home: the service comes to the client (field form)
 * @KP_LEAFLET_SECTION_DAY: day and outpatient services: the client comes to it
 * @KP_LEAFLET_SECTION_HOMES: homes and other residential services
 * @KP_LEAFLET_SECTION_ADVICE: advice (odborné sociální poradenství)
 * @KP_LEAFLET_SECTION_CRISIS: crisis help
 *
 * The groups a leaflet lists its services in, by the form in which they are given (DOMAIN.md
 * §6.4: the split follows the form, not the type), in the order a leaflet shows them.
 */
typedef enum
{
  KP_LEAFLET_SECTION_NONE,
  KP_LEAFLET_SECTION_HOME,
  KP_LEAFLET_SECTION_DAY,
  KP_LEAFLET_SECTION_HOMES,
  KP_LEAFLET_SECTION_ADVICE,
  KP_LEAFLET_SECTION_CRISIS,
  KP_LEAFLET_N_SECTIONS,
} KpLeafletSection;

const char *kp_leaflet_section_get_title (KpLeafletSection section);

/* A capacity always has its unit (lůžka, klienti, …) and may belong to one form. */
typedef struct
{
  double         value;
  char          *unit;
  KpServiceForms form; /* one form, or KP_SERVICE_FORM_NONE */
} KpCapacity;

typedef struct
{
  char            *name; /* of the service */
  char            *provider_name;
  char            *provider_ico; /* (nullable) 8 digits, as text */
  char            *type_name;    /* (nullable) "odborné sociální poradenství" */
  char            *paragraph;    /* (nullable) "§ 37" */
  KpServiceForms   forms;
  GPtrArray       *target_groups;     /* char *, plain language, first one is the main group */
  char            *age_text;          /* (nullable) "od 65 let" */
  GArray          *capacities;        /* KpCapacity */
  GPtrArray       *addresses;         /* char *, one line each */
  char            *phone;             /* (nullable) */
  char            *email;             /* (nullable) */
  char            *web;               /* (nullable) */
  char            *hours;             /* (nullable) */
  char            *fees;              /* (nullable) */
  char            *description;       /* (nullable) plain language, may have several sentences */
  GPtrArray       *obce;              /* char *: names of the obce served */
  gboolean         is_local;          /* navazující služba: related, not a registered service */
  gboolean         has_unknown_group; /* a target or age group the code lists do not name */
  KpLeafletSection section;           /* where a leaflet lists it */
  /* The provider's own block of a catalogue by provider, printed once above its services */
  char *provider_address; /* (nullable) its seat, one line */
  char *provider_phone;   /* (nullable) formatted, one number a line */
  char *provider_email;   /* (nullable) */
  char *provider_web;     /* (nullable) without its scheme */
} KpCatalogueEntry;

KpCatalogueEntry *kp_catalogue_entry_new (const char *name,
                                          const char *provider_name,
                                          const char *provider_ico);
KpCatalogueEntry *kp_catalogue_entry_copy (const KpCatalogueEntry *entry);
void              kp_catalogue_entry_free (KpCatalogueEntry *entry);
void              kp_catalogue_entry_set_type (KpCatalogueEntry *entry,
                                               const char       *type_name,
                                               const char       *paragraph,
                                               KpServiceForms    forms);
void              kp_catalogue_entry_set_contacts (KpCatalogueEntry *entry,
                                                   const char       *phone,
                                                   const char       *email,
                                                   const char       *web);
void              kp_catalogue_entry_set_provider_contacts (KpCatalogueEntry *entry,
                                                            const char       *address,
                                                            const char       *phone,
                                                            const char       *email,
                                                            const char       *web);
void              kp_catalogue_entry_add_target_group (KpCatalogueEntry *entry,
                                                       const char       *group);
void              kp_catalogue_entry_add_capacity (KpCatalogueEntry *entry,
                                                   double            value,
                                                   const char       *unit,
                                                   KpServiceForms    form);
void              kp_catalogue_entry_add_address (KpCatalogueEntry *entry,
                                                  const char       *address);
void              kp_catalogue_entry_add_obec (KpCatalogueEntry *entry,
                                               const char       *obec);

/**
 * KpCrisisLineKind:
 * @KP_CRISIS_LINE_EMERGENCY: a tísňová linka (112, 155, 150, 158, 156)
 * @KP_CRISIS_LINE_HELPLINE: a crisis or help line (116 111, 116 123, a local line)
 * @KP_CRISIS_LINE_CONTACT: a local contact (the town's social worker, OSPOD, …)
 */
typedef enum
{
  KP_CRISIS_LINE_EMERGENCY,
  KP_CRISIS_LINE_HELPLINE,
  KP_CRISIS_LINE_CONTACT,
} KpCrisisLineKind;

typedef struct
{
  KpCrisisLineKind kind;
  char            *name;
  char            *phone;
  char            *hours; /* (nullable) "nonstop" */
  char            *note;  /* (nullable) who it is for, whether free */
} KpCrisisLine;

KpCrisisLine *kp_crisis_line_new (KpCrisisLineKind kind,
                                  const char      *name,
                                  const char      *phone,
                                  const char      *hours,
                                  const char      *note);
KpCrisisLine *kp_crisis_line_copy (const KpCrisisLine *line);
void          kp_crisis_line_free (KpCrisisLine *line);
GPtrArray    *kp_crisis_lines_new_national (void);

/* The life-situation index, the authorities and health care (kp-catalogue-parts.h). */
typedef struct _KpCatalogueParts KpCatalogueParts;

typedef struct
{
  GPtrArray        *entries;      /* KpCatalogueEntry, owned */
  GPtrArray        *crisis_lines; /* KpCrisisLine, owned: local lines, after the national ones */
  KpCatalogueParts *parts;        /* (nullable) owned: the parts asked for; NULL: none */
} KpCatalogueSnapshot;

KpCatalogueSnapshot *kp_catalogue_snapshot_new (void);
KpCatalogueSnapshot *kp_catalogue_snapshot_copy (const KpCatalogueSnapshot *snapshot);
void                 kp_catalogue_snapshot_free (KpCatalogueSnapshot *snapshot);
void                 kp_catalogue_snapshot_add_entry (KpCatalogueSnapshot *snapshot,
                                                      KpCatalogueEntry    *entry);
void                 kp_catalogue_snapshot_add_crisis_line (KpCatalogueSnapshot *snapshot,
                                                            KpCrisisLine        *line);

/* How a publication is printed; the same for the catalogue and the leaflets. */
typedef struct
{
  gboolean for_print;   /* for the print shop: bleed, crop marks, TrimBox and BleedBox */
  gboolean large_print; /* body text of 12 pt or more, for seniors and poor sight */
} KpPrintOptions;

typedef struct
{
  char                *title;          /* "Katalog sociálních služeb ORP Žďár nad Sázavou" */
  char                *subtitle;       /* (nullable) */
  char                *issuer;         /* (nullable) who publishes it: "Město Žďár nad Sázavou" */
  int                  year;           /* 0: the year of @created */
  char                *introduction;   /* (nullable) paragraphs separated by blank lines */
  GPtrArray           *logos;          /* KpDocumentLogo, drawn on the cover and the impressum */
  char                *publicity_text; /* (nullable) EU publicity, under the logos */
  char                *impressum_note; /* (nullable) address, print run, … */
  char                *data_date;      /* (nullable) ISO date the data is valid to */
  char                *font_family;    /* (nullable) default "Noto Sans, DejaVu Sans, Sans" */
  KpCatalogueStructure structure;
  KpPageSize           paper_size;
  gboolean             compact; /* fields run on in paragraphs: about 40 % fewer
                                 * pages, for a kraj or the whole country */
  gboolean   national_lines;    /* print the national emergency and crisis lines */
  GPtrArray *key_contacts;      /* KpCrisisLine of kind CONTACT, on the back cover of an A5
                                 * booklet: the town's social worker … */
  KpPrintOptions print;
  GDateTime     *created; /* (nullable) PDF creation date; NULL: now */
} KpCatalogueOptions;

KpCatalogueOptions *kp_catalogue_options_new (const char *title);
void                kp_catalogue_options_free (KpCatalogueOptions *options);
KpCatalogueOptions *kp_catalogue_options_copy (const KpCatalogueOptions *options);
void                kp_catalogue_options_add_logo (KpCatalogueOptions *options,
                                                   KpDocumentLogo     *logo);
void                kp_catalogue_options_add_contact (KpCatalogueOptions *options,
                                                      const char         *name,
                                                      const char         *phone,
                                                      const char         *note);

typedef struct
{
  char           *title;        /* target group or life situation: "Senioři" */
  char           *subtitle;     /* (nullable) "Kam se obrátit v ORP Žďár nad Sázavou" */
  char           *introduction; /* (nullable) who the leaflet is for, a few sentences */
  char           *issuer;       /* (nullable) */
  int             year;         /* 0: the year of @created */
  KpLeafletFormat format;
  GPtrArray      *key_contacts;   /* KpCrisisLine of kind CONTACT: the town's social worker … */
  GPtrArray      *logos;          /* KpDocumentLogo, for the logo block */
  char           *publicity_text; /* (nullable) EU publicity; EU-funded projects must show it */
  char           *catalogue_hint; /* (nullable) where the full catalogue is, e.g. a web address */
  char           *font_family;    /* (nullable) */
  gboolean        national_lines;
  KpPrintOptions  print;
  GDateTime      *created; /* (nullable) */
} KpLeafletOptions;

KpLeafletOptions *kp_leaflet_options_new (const char     *title,
                                          KpLeafletFormat format);
void              kp_leaflet_options_free (KpLeafletOptions *options);
KpLeafletOptions *kp_leaflet_options_copy (const KpLeafletOptions *options);
void              kp_leaflet_options_add_logo (KpLeafletOptions *options,
                                               KpDocumentLogo   *logo);
void              kp_leaflet_options_add_contact (KpLeafletOptions *options,
                                                  const char       *name,
                                                  const char       *phone,
                                                  const char       *note);

/**
 * KpRenderResult:
 * @n_pages: pages written
 * @n_entries: services shown
 * @n_omitted: services left out because they did not fit (leaflets); the document says
 *   how many more the catalogue has, the UI should warn
 * @n_shortened: services shown without their description to make room (leaflets)
 * @n_lines_omitted: crisis lines or contacts left out for lack of room (leaflets)
 */
typedef struct
{
  int n_pages;
  int n_entries;
  int n_omitted;
  int n_shortened;
  int n_lines_omitted;
} KpRenderResult;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpCatalogueEntry, kp_catalogue_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpCrisisLine, kp_crisis_line_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpCatalogueSnapshot, kp_catalogue_snapshot_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpCatalogueOptions, kp_catalogue_options_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpLeafletOptions, kp_leaflet_options_free)

G_END_DECLS
