/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-document-types.h"

typedef struct
{
  int         value;
  const char *id;
} Id;

static const Id kinds[] = {
  { KP_DOCUMENT_KIND_CATALOGUE, "catalogue" },
  { KP_DOCUMENT_KIND_LEAFLET, "leaflet" },
  { KP_DOCUMENT_KIND_PLAN, "plan" },
  { KP_DOCUMENT_KIND_ACTION_PLAN, "action-plan" },
  { KP_DOCUMENT_KIND_EVALUATION, "evaluation" },
  { KP_DOCUMENT_KIND_COMMENTS, "comments" },
};

static const Id page_sizes[] = {
  { KP_PAGE_SIZE_A4, "a4" },
  { KP_PAGE_SIZE_A5, "a5" },
};

static const Id structures[] = {
  { KP_CATALOGUE_BY_TARGET_GROUP, "target-group" },
  { KP_CATALOGUE_BY_SERVICE_TYPE, "service-type" },
  { KP_CATALOGUE_BY_PROVIDER, "provider" },
};

static const Id formats[] = {
  { KP_LEAFLET_A4_TRIFOLD, "a4-trifold" },
  { KP_LEAFLET_A5_TWO_SIDED, "a5-two-sided" },
};

static const Id forms[] = {
  { KP_SERVICE_FORM_RESIDENTIAL, "residential" },
  { KP_SERVICE_FORM_OUTPATIENT, "outpatient" },
  { KP_SERVICE_FORM_FIELD, "field" },
};

static const char *
to_string (const Id *ids,
           gsize     n_ids,
           int       value)
{
  for (gsize i = 0; i < n_ids; i++)
    if (ids[i].value == value)
      return ids[i].id;
  return NULL;
}

static gboolean
from_string (const Id   *ids,
             gsize       n_ids,
             const char *id,
             int        *out_value)
{
  for (gsize i = 0; id != NULL && i < n_ids; i++)
    if (g_str_equal (ids[i].id, id))
      {
        *out_value = ids[i].value;
        return TRUE;
      }
  return FALSE;
}

const char *
kp_document_kind_to_string (KpDocumentKind value)
{
  return to_string (kinds, G_N_ELEMENTS (kinds), (int) value);
}

gboolean
kp_document_kind_from_string (const char     *id,
                              KpDocumentKind *out_value)
{
  int value;

  g_return_val_if_fail (out_value != NULL, FALSE);
  if (!from_string (kinds, G_N_ELEMENTS (kinds), id, &value))
    return FALSE;
  *out_value = (KpDocumentKind) value;
  return TRUE;
}

const char *
kp_page_size_to_string (KpPageSize value)
{
  return to_string (page_sizes, G_N_ELEMENTS (page_sizes), (int) value);
}

gboolean
kp_page_size_from_string (const char *id,
                          KpPageSize *out_value)
{
  int value;

  g_return_val_if_fail (out_value != NULL, FALSE);
  if (!from_string (page_sizes, G_N_ELEMENTS (page_sizes), id, &value))
    return FALSE;
  *out_value = (KpPageSize) value;
  return TRUE;
}

const char *
kp_catalogue_structure_to_string (KpCatalogueStructure value)
{
  return to_string (structures, G_N_ELEMENTS (structures), (int) value);
}

gboolean
kp_catalogue_structure_from_string (const char           *id,
                                    KpCatalogueStructure *out_value)
{
  int value;

  g_return_val_if_fail (out_value != NULL, FALSE);
  if (!from_string (structures, G_N_ELEMENTS (structures), id, &value))
    return FALSE;
  *out_value = (KpCatalogueStructure) value;
  return TRUE;
}

const char *
kp_leaflet_format_to_string (KpLeafletFormat value)
{
  return to_string (formats, G_N_ELEMENTS (formats), (int) value);
}

gboolean
kp_leaflet_format_from_string (const char      *id,
                               KpLeafletFormat *out_value)
{
  int value;

  g_return_val_if_fail (out_value != NULL, FALSE);
  if (!from_string (formats, G_N_ELEMENTS (formats), id, &value))
    return FALSE;
  *out_value = (KpLeafletFormat) value;
  return TRUE;
}

const char *
kp_service_form_to_string (KpServiceForms value)
{
  return to_string (forms, G_N_ELEMENTS (forms), (int) value);
}

gboolean
kp_service_form_from_string (const char     *id,
                             KpServiceForms *out_value)
{
  int value;

  g_return_val_if_fail (out_value != NULL, FALSE);
  if (!from_string (forms, G_N_ELEMENTS (forms), id, &value))
    return FALSE;
  *out_value = (KpServiceForms) value;
  return TRUE;
}
