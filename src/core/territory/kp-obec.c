/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-obec.h"
#include "kp-czech.h"
#include "kp-indicators.h"

#include <math.h>
#include <string.h>

struct _KpObec
{
  GObject parent_instance;

  char       *kod;
  char       *nazev;
  int         status_kod;
  char       *pou_kod;
  char       *pou_nazev;
  char       *orp_kod;
  char       *orp_csu_kod;
  char       *orp_nazev;
  char       *okres_kod;
  char       *okres_nazev;
  char       *kraj_kod;
  char       *kraj_nazev;
  char       *ref_date;
  char       *search_key;
  char       *sort_key;
  KpAgeTotals totals;
  double      area_km2;
};

G_DEFINE_FINAL_TYPE (KpObec, kp_obec, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_KOD,
  PROP_NAZEV,
  PROP_STATUS_KOD,
  PROP_STATUS,
  PROP_POU_KOD,
  PROP_POU_NAZEV,
  PROP_ORP_KOD,
  PROP_ORP_CSU_KOD,
  PROP_ORP_NAZEV,
  PROP_OKRES_KOD,
  PROP_OKRES_NAZEV,
  PROP_KRAJ_KOD,
  PROP_KRAJ_NAZEV,
  PROP_REF_DATE,
  PROP_POPULATION,
  PROP_AGE_0_14,
  PROP_AGE_15_64,
  PROP_AGE_65_PLUS,
  PROP_AGE_80_PLUS,
  PROP_SHARE_65_PLUS,
  PROP_AGEING_INDEX,
  PROP_SEARCH_KEY,
  PROP_SORT_KEY,
  PROP_AREA_KM2,
  PROP_DENSITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kp_obec_finalize (GObject *object)
{
  KpObec *self = KP_OBEC (object);

  g_free (self->kod);
  g_free (self->nazev);
  g_free (self->pou_kod);
  g_free (self->pou_nazev);
  g_free (self->orp_kod);
  g_free (self->orp_csu_kod);
  g_free (self->orp_nazev);
  g_free (self->okres_kod);
  g_free (self->okres_nazev);
  g_free (self->kraj_kod);
  g_free (self->kraj_nazev);
  g_free (self->ref_date);
  g_free (self->search_key);
  g_free (self->sort_key);
  G_OBJECT_CLASS (kp_obec_parent_class)->finalize (object);
}

static void
kp_obec_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  KpObec *self = KP_OBEC (object);

  switch (prop_id)
    {
    case PROP_KOD:
      g_value_set_string (value, self->kod);
      break;
    case PROP_NAZEV:
      g_value_set_string (value, self->nazev);
      break;
    case PROP_STATUS_KOD:
      g_value_set_int (value, self->status_kod);
      break;
    case PROP_STATUS:
      g_value_set_string (value, kp_obec_status_label (self->status_kod));
      break;
    case PROP_POU_KOD:
      g_value_set_string (value, self->pou_kod);
      break;
    case PROP_POU_NAZEV:
      g_value_set_string (value, self->pou_nazev);
      break;
    case PROP_ORP_KOD:
      g_value_set_string (value, self->orp_kod);
      break;
    case PROP_ORP_CSU_KOD:
      g_value_set_string (value, self->orp_csu_kod);
      break;
    case PROP_ORP_NAZEV:
      g_value_set_string (value, self->orp_nazev);
      break;
    case PROP_OKRES_KOD:
      g_value_set_string (value, self->okres_kod);
      break;
    case PROP_OKRES_NAZEV:
      g_value_set_string (value, self->okres_nazev);
      break;
    case PROP_KRAJ_KOD:
      g_value_set_string (value, self->kraj_kod);
      break;
    case PROP_KRAJ_NAZEV:
      g_value_set_string (value, self->kraj_nazev);
      break;
    case PROP_REF_DATE:
      g_value_set_string (value, self->ref_date);
      break;
    case PROP_POPULATION:
      g_value_set_int64 (value, self->totals.total);
      break;
    case PROP_AGE_0_14:
      g_value_set_int64 (value, self->totals.a0_14);
      break;
    case PROP_AGE_15_64:
      g_value_set_int64 (value, self->totals.a15_64);
      break;
    case PROP_AGE_65_PLUS:
      g_value_set_int64 (value, self->totals.a65_plus);
      break;
    case PROP_AGE_80_PLUS:
      g_value_set_int64 (value, self->totals.a80_plus);
      break;
    case PROP_SHARE_65_PLUS:
      g_value_set_double (value, kp_obec_get_share_65_plus (self));
      break;
    case PROP_AGEING_INDEX:
      g_value_set_double (value, kp_obec_get_ageing_index (self));
      break;
    case PROP_SEARCH_KEY:
      g_value_set_string (value, self->search_key);
      break;
    case PROP_SORT_KEY:
      g_value_set_string (value, self->sort_key);
      break;
    case PROP_AREA_KM2:
      g_value_set_double (value, kp_obec_get_area_km2 (self));
      break;
    case PROP_DENSITY:
      g_value_set_double (value, kp_obec_get_density (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
count_property (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, 0, G_MAXINT64, 0,
                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
ratio_property (const char *name)
{
  return g_param_spec_double (name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
kp_obec_class_init (KpObecClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kp_obec_finalize;
  object_class->get_property = kp_obec_get_property;

  properties[PROP_KOD] = string_property ("kod");
  properties[PROP_NAZEV] = string_property ("nazev");
  properties[PROP_STATUS_KOD] = g_param_spec_int ("status-kod", NULL, NULL, 0, 9, 0,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] = string_property ("status");
  properties[PROP_POU_KOD] = string_property ("pou-kod");
  properties[PROP_POU_NAZEV] = string_property ("pou-nazev");
  properties[PROP_ORP_KOD] = string_property ("orp-kod");
  properties[PROP_ORP_CSU_KOD] = string_property ("orp-csu-kod");
  properties[PROP_ORP_NAZEV] = string_property ("orp-nazev");
  properties[PROP_OKRES_KOD] = string_property ("okres-kod");
  properties[PROP_OKRES_NAZEV] = string_property ("okres-nazev");
  properties[PROP_KRAJ_KOD] = string_property ("kraj-kod");
  properties[PROP_KRAJ_NAZEV] = string_property ("kraj-nazev");
  properties[PROP_REF_DATE] = string_property ("ref-date");
  properties[PROP_POPULATION] = count_property ("population");
  properties[PROP_AGE_0_14] = count_property ("age-0-14");
  properties[PROP_AGE_15_64] = count_property ("age-15-64");
  properties[PROP_AGE_65_PLUS] = count_property ("age-65-plus");
  properties[PROP_AGE_80_PLUS] = count_property ("age-80-plus");
  properties[PROP_SHARE_65_PLUS] = ratio_property ("share-65-plus");
  properties[PROP_AGEING_INDEX] = ratio_property ("ageing-index");
  properties[PROP_SEARCH_KEY] = string_property ("search-key");
  properties[PROP_SORT_KEY] = string_property ("sort-key");
  properties[PROP_AREA_KM2] = ratio_property ("area-km2");
  properties[PROP_DENSITY] = ratio_property ("density");
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kp_obec_init (KpObec *self)
{
}

/**
 * kp_obec_new:
 * @data: the values; strings are copied
 *
 * Returns: (transfer full): a new immutable obec
 */
KpObec *
kp_obec_new (const KpObecData *data)
{
  KpObec          *self;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (data->kod != NULL && data->nazev != NULL, NULL);

  self = g_object_new (KP_TYPE_OBEC, NULL);
  self->kod = g_strdup (data->kod);
  self->nazev = g_strdup (data->nazev);
  self->status_kod = data->status_kod;
  self->pou_kod = g_strdup (data->pou_kod);
  self->pou_nazev = g_strdup (data->pou_nazev);
  self->orp_kod = g_strdup (data->orp_kod);
  self->orp_csu_kod = g_strdup (data->orp_csu_kod);
  self->orp_nazev = g_strdup (data->orp_nazev);
  self->okres_kod = g_strdup (data->okres_kod);
  self->okres_nazev = g_strdup (data->okres_nazev);
  self->kraj_kod = g_strdup (data->kraj_kod);
  self->kraj_nazev = g_strdup (data->kraj_nazev);
  self->ref_date = g_strdup (data->ref_date);
  self->totals = data->totals;
  self->area_km2 = data->area_km2 > 0.0 ? data->area_km2 : NAN;

  folded = kp_czech_fold (data->nazev);
  self->search_key = g_strconcat (folded, " ", data->kod, NULL);
  self->sort_key = kp_czech_collate_key (data->nazev);
  return self;
}

const char *
kp_obec_get_kod (KpObec *self)
{
  g_return_val_if_fail (KP_IS_OBEC (self), NULL);
  return self->kod;
}

const char *
kp_obec_get_nazev (KpObec *self)
{
  g_return_val_if_fail (KP_IS_OBEC (self), NULL);
  return self->nazev;
}

int
kp_obec_get_status_kod (KpObec *self)
{
  g_return_val_if_fail (KP_IS_OBEC (self), 0);
  return self->status_kod;
}

const char *
kp_obec_get_status_label (KpObec *self)
{
  g_return_val_if_fail (KP_IS_OBEC (self), NULL);
  return kp_obec_status_label (self->status_kod);
}

const char *
kp_obec_get_pou_kod (KpObec *self)
{
  g_return_val_if_fail (KP_IS_OBEC (self), NULL);
  return self->pou_kod;
}

const char *
kp_obec_get_pou_nazev (KpObec *self)
{
  g_return_val_if_fail (KP_IS_OBEC (self), NULL);
  return self->pou_nazev;
}

/* Returns: (nullable): the name of the obec's okres, when the list was read with it */
const char *
kp_obec_get_okres_nazev (KpObec *self)
{
  g_return_val_if_fail (KP_IS_OBEC (self), NULL);
  return self->okres_nazev;
}

const char *
kp_obec_get_orp_kod (KpObec *self)
{
  g_return_val_if_fail (KP_IS_OBEC (self), NULL);
  return self->orp_kod;
}

const char *
kp_obec_get_orp_nazev (KpObec *self)
{
  g_return_val_if_fail (KP_IS_OBEC (self), NULL);
  return self->orp_nazev;
}

const char *
kp_obec_get_kraj_kod (KpObec *self)
{
  g_return_val_if_fail (KP_IS_OBEC (self), NULL);
  return self->kraj_kod;
}

const char *
kp_obec_get_kraj_nazev (KpObec *self)
{
  g_return_val_if_fail (KP_IS_OBEC (self), NULL);
  return self->kraj_nazev;
}

/**
 * kp_obec_get_search_key:
 *
 * Returns: the name folded with kp_czech_fold() followed by the code, for
 *   kp_czech_matches()
 */
const char *
kp_obec_get_search_key (KpObec *self)
{
  g_return_val_if_fail (KP_IS_OBEC (self), NULL);
  return self->search_key;
}

/**
 * kp_obec_get_sort_key:
 *
 * Returns: the Czech collation key of the name; compare keys with strcmp()
 */
const char *
kp_obec_get_sort_key (KpObec *self)
{
  g_return_val_if_fail (KP_IS_OBEC (self), NULL);
  return self->sort_key;
}

const KpAgeTotals *
kp_obec_get_totals (KpObec *self)
{
  g_return_val_if_fail (KP_IS_OBEC (self), NULL);
  return &self->totals;
}

double
kp_obec_get_share_65_plus (KpObec *self)
{
  g_return_val_if_fail (KP_IS_OBEC (self), NAN);
  return kp_indicators_share_65_plus (&self->totals);
}

double
kp_obec_get_ageing_index (KpObec *self)
{
  g_return_val_if_fail (KP_IS_OBEC (self), NAN);
  return kp_indicators_ageing_index (&self->totals);
}

/* Returns: the area in km² from the project's boundary, or NAN when it has none */
double
kp_obec_get_area_km2 (KpObec *self)
{
  g_return_val_if_fail (KP_IS_OBEC (self), NAN);
  return self->area_km2;
}

/* Returns: inhabitants per km², or NAN when the area is unknown */
double
kp_obec_get_density (KpObec *self)
{
  g_return_val_if_fail (KP_IS_OBEC (self), NAN);
  return isnan (self->area_km2) ? NAN : (double) self->totals.total / self->area_km2;
}

/**
 * kp_obec_status_label:
 * @status_kod: RÚIAN STATUS_KOD
 *
 * Returns: (transfer none): the translated status
 */
const char *
kp_obec_status_label (int status_kod)
{
  switch (status_kod)
    {
    case 1:
      /* Translators: a military district (vojenský újezd) */
      return C_ ("obec status", "military district");
    case 2:
      return C_ ("obec status", "municipality");
    case 3:
      return C_ ("obec status", "town");
    case 4:
      return C_ ("obec status", "statutory city");
    case 5:
      return C_ ("obec status", "capital city");
    case 6:
      return C_ ("obec status", "market town");
    default:
      return C_ ("obec status", "unknown");
    }
}

/**
 * kp_obec_compare_by_name:
 *
 * Czech order of names, then code (names are not unique: "Nová Ves" is used 14 times).
 */
int
kp_obec_compare_by_name (KpObec *a,
                         KpObec *b)
{
  int result = strcmp (a->sort_key, b->sort_key);

  if (result != 0)
    return result;
  return strcmp (a->kod, b->kod);
}
