/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The choices a document is made with, shared by the settings kept in the project (core),
 * the documents drawn from them (render) and the commands that write them (cli). Each has a
 * short ASCII id that the project file stores and komplan-cli reads, so the values are
 * never matched by their translated names. */

/**
 * KpDocumentKind:
 * @KP_DOCUMENT_KIND_CATALOGUE: the provider catalogue (katalog poskytovatelů)
 * @KP_DOCUMENT_KIND_LEAFLET: a leaflet (leták) for one target group or life situation
 * @KP_DOCUMENT_KIND_PLAN: the medium-term plan (SPRSS)
 * @KP_DOCUMENT_KIND_ACTION_PLAN: the action plan (akční plán) of a year
 * @KP_DOCUMENT_KIND_EVALUATION: the evaluation report of a year or of the whole period
 * @KP_DOCUMENT_KIND_COMMENTS: the settlement of comments (vypořádání připomínek)
 *
 * The kinds of document a project makes; later kinds are added at the end. The last four
 * are block documents (KpTextDocument) with a PDF and an ODT form.
 */
typedef enum
{
  KP_DOCUMENT_KIND_CATALOGUE,
  KP_DOCUMENT_KIND_LEAFLET,
  KP_DOCUMENT_KIND_PLAN,
  KP_DOCUMENT_KIND_ACTION_PLAN,
  KP_DOCUMENT_KIND_EVALUATION,
  KP_DOCUMENT_KIND_COMMENTS,
  KP_DOCUMENT_N_KINDS
} KpDocumentKind;

/**
 * KpDocumentFormat:
 * @KP_DOCUMENT_FORMAT_PDF: a print-ready PDF
 * @KP_DOCUMENT_FORMAT_ODT: an OpenDocument text to edit (for the block-model documents)
 */
typedef enum
{
  KP_DOCUMENT_FORMAT_PDF,
  KP_DOCUMENT_FORMAT_ODT,
} KpDocumentFormat;

/**
 * KpPageSize:
 * @KP_PAGE_SIZE_A4: 210 × 297 mm
 * @KP_PAGE_SIZE_A5: 148 × 210 mm
 */
typedef enum
{
  KP_PAGE_SIZE_A4,
  KP_PAGE_SIZE_A5,
} KpPageSize;

/**
 * KpServiceForms:
 * @KP_SERVICE_FORM_RESIDENTIAL: pobytová: the client lives in the facility
 * @KP_SERVICE_FORM_OUTPATIENT: ambulantní: the client comes to the facility
 * @KP_SERVICE_FORM_FIELD: terénní: the service comes to the client's home
 */
typedef enum
{
  KP_SERVICE_FORM_NONE = 0,
  KP_SERVICE_FORM_RESIDENTIAL = 1 << 0,
  KP_SERVICE_FORM_OUTPATIENT = 1 << 1,
  KP_SERVICE_FORM_FIELD = 1 << 2,
} KpServiceForms;

#define KP_SERVICE_FORM_ALL \
  (KP_SERVICE_FORM_RESIDENTIAL | KP_SERVICE_FORM_OUTPATIENT | KP_SERVICE_FORM_FIELD)

/**
 * KpCatalogueStructure:
 * @KP_CATALOGUE_BY_TARGET_GROUP: a chapter per main target group (a service appears once,
 *   under its first group; the index by target group lists all)
 * @KP_CATALOGUE_BY_SERVICE_TYPE: a chapter per type of service, in the order of the law,
 *   related services last
 * @KP_CATALOGUE_BY_PROVIDER: A–Z by provider, Czech order, a heading per letter
 */
typedef enum
{
  KP_CATALOGUE_BY_TARGET_GROUP,
  KP_CATALOGUE_BY_SERVICE_TYPE,
  KP_CATALOGUE_BY_PROVIDER,
} KpCatalogueStructure;

/**
 * KpLeafletFormat:
 * @KP_LEAFLET_A4_TRIFOLD: one A4 sheet folded in three: 2 landscape pages of 3 panels
 * @KP_LEAFLET_A5_TWO_SIDED: one A5 sheet printed on both sides: 2 portrait pages
 */
typedef enum
{
  KP_LEAFLET_A4_TRIFOLD,
  KP_LEAFLET_A5_TWO_SIDED,
} KpLeafletFormat;

/* Ids: "catalogue", "leaflet", "plan", "action-plan", "evaluation", "comments"; "a4", "a5"; "target-group", "service-type", "provider";
 * "a4-trifold", "a5-two-sided"; a single form "residential", "outpatient", "field" (any
 * other set of forms has no id). The from_string functions return FALSE for an unknown
 * id or NULL and leave *out untouched. */
const char *kp_document_kind_to_string (KpDocumentKind kind);
gboolean    kp_document_kind_from_string (const char     *id,
                                          KpDocumentKind *out_kind);
const char *kp_page_size_to_string (KpPageSize size);
gboolean    kp_page_size_from_string (const char *id,
                                      KpPageSize *out_size);
const char *kp_catalogue_structure_to_string (KpCatalogueStructure structure);
gboolean    kp_catalogue_structure_from_string (const char           *id,
                                                KpCatalogueStructure *out_structure);
const char *kp_leaflet_format_to_string (KpLeafletFormat format);
gboolean    kp_leaflet_format_from_string (const char      *id,
                                           KpLeafletFormat *out_format);
/* Returns: (nullable): the id of one form, %NULL for none or several */
const char *kp_service_form_to_string (KpServiceForms form);
gboolean    kp_service_form_from_string (const char     *id,
                                         KpServiceForms *out_form);

G_END_DECLS
