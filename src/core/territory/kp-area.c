/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-area.h"
#include "kp-indicators.h"

#include <math.h>

struct _KpArea
{
  GObject parent_instance;

  KpAreaLevel level;
  char       *kod;
  char       *csu_kod;
  char       *nazev;
  char       *kraj_kod;
  char       *kraj_nazev;
  char       *ref_date;
  int         obce;
  KpAgeTotals totals;
};

G_DEFINE_FINAL_TYPE (KpArea, kp_area, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_LEVEL,
  PROP_KOD,
  PROP_CSU_KOD,
  PROP_NAZEV,
  PROP_KRAJ_KOD,
  PROP_KRAJ_NAZEV,
  PROP_REF_DATE,
  PROP_OBCE,
  PROP_POPULATION,
  PROP_AGE_0_14,
  PROP_AGE_15_64,
  PROP_AGE_65_PLUS,
  PROP_AGE_80_PLUS,
  PROP_SHARE_65_PLUS,
  PROP_AGEING_INDEX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kp_area_finalize (GObject *object)
{
  KpArea *self = KP_AREA (object);

  g_free (self->kod);
  g_free (self->csu_kod);
  g_free (self->nazev);
  g_free (self->kraj_kod);
  g_free (self->kraj_nazev);
  g_free (self->ref_date);
  G_OBJECT_CLASS (kp_area_parent_class)->finalize (object);
}

static void
kp_area_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  KpArea *self = KP_AREA (object);

  switch (prop_id)
    {
    case PROP_LEVEL:
      g_value_set_int (value, self->level);
      break;
    case PROP_KOD:
      g_value_set_string (value, self->kod);
      break;
    case PROP_CSU_KOD:
      g_value_set_string (value, self->csu_kod);
      break;
    case PROP_NAZEV:
      g_value_set_string (value, self->nazev);
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
    case PROP_OBCE:
      g_value_set_int (value, self->obce);
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
      g_value_set_double (value, kp_area_get_share_65_plus (self));
      break;
    case PROP_AGEING_INDEX:
      g_value_set_double (value, kp_area_get_ageing_index (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_area_class_init (KpAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kp_area_finalize;
  object_class->get_property = kp_area_get_property;

  properties[PROP_LEVEL] =
      g_param_spec_int ("level", NULL, NULL, 0, KP_N_AREA_LEVELS - 1, 0, flags);
  properties[PROP_KOD] = g_param_spec_string ("kod", NULL, NULL, NULL, flags);
  properties[PROP_CSU_KOD] = g_param_spec_string ("csu-kod", NULL, NULL, NULL, flags);
  properties[PROP_NAZEV] = g_param_spec_string ("nazev", NULL, NULL, NULL, flags);
  properties[PROP_KRAJ_KOD] = g_param_spec_string ("kraj-kod", NULL, NULL, NULL, flags);
  properties[PROP_KRAJ_NAZEV] = g_param_spec_string ("kraj-nazev", NULL, NULL, NULL, flags);
  properties[PROP_REF_DATE] = g_param_spec_string ("ref-date", NULL, NULL, NULL, flags);
  properties[PROP_OBCE] = g_param_spec_int ("obce", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_POPULATION] = g_param_spec_int64 ("population", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_AGE_0_14] = g_param_spec_int64 ("age-0-14", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_AGE_15_64] = g_param_spec_int64 ("age-15-64", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_AGE_65_PLUS] = g_param_spec_int64 ("age-65-plus", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_AGE_80_PLUS] = g_param_spec_int64 ("age-80-plus", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_SHARE_65_PLUS] =
      g_param_spec_double ("share-65-plus", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0, flags);
  properties[PROP_AGEING_INDEX] =
      g_param_spec_double ("ageing-index", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kp_area_init (KpArea *self)
{
}

/**
 * kp_area_new:
 * @totals: (nullable): population totals, or %NULL for none
 *
 * Returns: (transfer full): a new immutable area
 */
KpArea *
kp_area_new (KpAreaLevel        level,
             const char        *kod,
             const char        *csu_kod,
             const char        *nazev,
             const char        *kraj_kod,
             const char        *kraj_nazev,
             const char        *ref_date,
             int                obce,
             const KpAgeTotals *totals)
{
  KpArea *self = g_object_new (KP_TYPE_AREA, NULL);

  self->level = level;
  self->kod = g_strdup (kod);
  self->csu_kod = g_strdup (csu_kod);
  self->nazev = g_strdup (nazev);
  self->kraj_kod = g_strdup (kraj_kod);
  self->kraj_nazev = g_strdup (kraj_nazev);
  self->ref_date = g_strdup (ref_date);
  self->obce = obce;
  if (totals != NULL)
    self->totals = *totals;
  return self;
}

KpAreaLevel
kp_area_get_level (KpArea *self)
{
  g_return_val_if_fail (KP_IS_AREA (self), KP_AREA_LEVEL_TERRITORY);
  return self->level;
}

const char *
kp_area_get_kod (KpArea *self)
{
  g_return_val_if_fail (KP_IS_AREA (self), NULL);
  return self->kod;
}

const char *
kp_area_get_csu_kod (KpArea *self)
{
  g_return_val_if_fail (KP_IS_AREA (self), NULL);
  return self->csu_kod;
}

const char *
kp_area_get_nazev (KpArea *self)
{
  g_return_val_if_fail (KP_IS_AREA (self), NULL);
  return self->nazev;
}

const char *
kp_area_get_kraj_kod (KpArea *self)
{
  g_return_val_if_fail (KP_IS_AREA (self), NULL);
  return self->kraj_kod;
}

const char *
kp_area_get_kraj_nazev (KpArea *self)
{
  g_return_val_if_fail (KP_IS_AREA (self), NULL);
  return self->kraj_nazev;
}

const char *
kp_area_get_ref_date (KpArea *self)
{
  g_return_val_if_fail (KP_IS_AREA (self), NULL);
  return self->ref_date;
}

int
kp_area_get_obce (KpArea *self)
{
  g_return_val_if_fail (KP_IS_AREA (self), 0);
  return self->obce;
}

const KpAgeTotals *
kp_area_get_totals (KpArea *self)
{
  g_return_val_if_fail (KP_IS_AREA (self), NULL);
  return &self->totals;
}

/**
 * kp_area_get_share_65_plus:
 *
 * Returns: share of inhabitants aged 65+ in %, NAN without population
 */
double
kp_area_get_share_65_plus (KpArea *self)
{
  g_return_val_if_fail (KP_IS_AREA (self), NAN);
  return kp_indicators_share_65_plus (&self->totals);
}

/**
 * kp_area_get_ageing_index:
 *
 * Returns: 65+ per 100 children aged 0–14, NAN without children
 */
double
kp_area_get_ageing_index (KpArea *self)
{
  g_return_val_if_fail (KP_IS_AREA (self), NAN);
  return kp_indicators_ageing_index (&self->totals);
}
