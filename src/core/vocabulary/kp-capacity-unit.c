/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-capacity-unit.h"
#include "kp-czech.h"

#include <math.h>
#include <string.h>

/* Codes and registry names from ../shared/data/registry/FORMAT.md §2.4; the kraj network
 * units from DOMAIN.md §3.1. */
static const struct
{
  const char *code;
  const char *registry_id;
  const char *registry_name;
  const char *key;
  const char *name;
  const char *description;
  gboolean    network;
} units[KP_N_CAPACITY_UNITS] = {
  [KP_CAPACITY_UNIT_LUZKA] = { "luzka", KP_CAPACITY_UNIT_PREFIX "luzka", "lůžka", "luzka",
                               NC_ ("capacity unit", "beds"), N_ ("beds"), TRUE },
  [KP_CAPACITY_UNIT_KLIENT] = { "klient", KP_CAPACITY_UNIT_PREFIX "klient", "klienti", "klient",
                                NC_ ("capacity unit", "clients"), N_ ("clients at one time"),
                                FALSE },
  [KP_CAPACITY_UNIT_KONTAKT] = { "kontakt", KP_CAPACITY_UNIT_PREFIX "kontakt", "kontakty",
                                 "kontakt", NC_ ("capacity unit", "contacts"),
                                 N_ ("contacts of 10 minutes"), FALSE },
  [KP_CAPACITY_UNIT_INTERV] = { "interv", KP_CAPACITY_UNIT_PREFIX "interv", "intervence",
                                "intervence", NC_ ("capacity unit", "interventions"),
                                N_ ("interventions of 30 minutes"), FALSE },
  [KP_CAPACITY_UNIT_HOVOR] = { "hovor", KP_CAPACITY_UNIT_PREFIX "hovor", "hovory", "hovor",
                               NC_ ("capacity unit", "calls"), N_ ("calls"), FALSE },
  [KP_CAPACITY_UNIT_UVAZKY] = { "uvazky", NULL, NULL, "uvazky", NC_ ("capacity unit", "FTE"),
                                N_ ("FTE of direct care"), TRUE },
};

static const KpCapacityUnit network_units[] = { KP_CAPACITY_UNIT_UVAZKY, KP_CAPACITY_UNIT_LUZKA };

const char *
kp_capacity_unit_to_code (KpCapacityUnit unit)
{
  g_return_val_if_fail (unit < KP_N_CAPACITY_UNITS, NULL);
  return units[unit].code;
}

gboolean
kp_capacity_unit_from_code (const char     *code,
                            KpCapacityUnit *out_unit)
{
  for (guint i = 0; code != NULL && i < KP_N_CAPACITY_UNITS; i++)
    if (strcmp (units[i].code, code) == 0)
      {
        *out_unit = (KpCapacityUnit) i;
        return TRUE;
      }
  return FALSE;
}

const char *
kp_capacity_unit_get_registry_id (KpCapacityUnit unit)
{
  g_return_val_if_fail (unit < KP_N_CAPACITY_UNITS, NULL);
  return units[unit].registry_id;
}

gboolean
kp_capacity_unit_from_registry_id (const char     *id,
                                   KpCapacityUnit *out_unit)
{
  for (guint i = 0; id != NULL && i < KP_N_CAPACITY_UNITS; i++)
    if (units[i].registry_id != NULL && strcmp (units[i].registry_id, id) == 0)
      {
        *out_unit = (KpCapacityUnit) i;
        return TRUE;
      }
  return FALSE;
}

const char *
kp_capacity_unit_get_registry_name (KpCapacityUnit unit)
{
  g_return_val_if_fail (unit < KP_N_CAPACITY_UNITS, NULL);
  return units[unit].registry_name;
}

gboolean
kp_capacity_unit_is_registry (KpCapacityUnit unit)
{
  g_return_val_if_fail (unit < KP_N_CAPACITY_UNITS, FALSE);
  return units[unit].registry_id != NULL;
}

gboolean
kp_capacity_unit_is_network (KpCapacityUnit unit)
{
  g_return_val_if_fail (unit < KP_N_CAPACITY_UNITS, FALSE);
  return units[unit].network;
}

const KpCapacityUnit *
kp_capacity_units_for_network (guint *out_n)
{
  *out_n = G_N_ELEMENTS (network_units);
  return network_units;
}

const char *
kp_capacity_unit_get_key (KpCapacityUnit unit)
{
  g_return_val_if_fail (unit < KP_N_CAPACITY_UNITS, NULL);
  return units[unit].key;
}

const char *
kp_capacity_unit_get_name (KpCapacityUnit unit)
{
  g_return_val_if_fail (unit < KP_N_CAPACITY_UNITS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "capacity unit", units[unit].name);
}

const char *
kp_capacity_unit_get_description (KpCapacityUnit unit)
{
  g_return_val_if_fail (unit < KP_N_CAPACITY_UNITS, NULL);
  return _ (units[unit].description);
}

char *
kp_capacity_unit_format (KpCapacityUnit unit,
                         gint64         value)
{
  g_autofree char *number = kp_czech_format_int (value);
  gulong           n = (gulong) CLAMP (value < 0 ? -value : value, 0, G_MAXLONG);

  switch (unit)
    {
    case KP_CAPACITY_UNIT_LUZKA:
      /* Translators: registered capacity, %s is a number */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s bed", "%s beds", n), number);
    case KP_CAPACITY_UNIT_KLIENT:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s client", "%s clients", n), number);
    case KP_CAPACITY_UNIT_KONTAKT:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s contact", "%s contacts", n),
                              number);
    case KP_CAPACITY_UNIT_INTERV:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s intervention", "%s interventions",
                                           n),
                              number);
    case KP_CAPACITY_UNIT_HOVOR:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s call", "%s calls", n), number);
    case KP_CAPACITY_UNIT_UVAZKY:
      /* Translators: úvazky (full-time equivalents) of direct care, %s is a number */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s FTE", "%s FTEs", n), number);
    case KP_N_CAPACITY_UNITS:
    default:
      g_return_val_if_reached (g_strdup (number));
    }
}

/* A number with a fraction takes the genitive singular in Czech: "1,5 lůžka", "2,5 úvazku". */
static char *
format_fraction (KpCapacityUnit unit,
                 const char    *number)
{
  switch (unit)
    {
    case KP_CAPACITY_UNIT_LUZKA:
      /* Translators: capacity given with a fraction, %s is e.g. "1,5" */
      return g_strdup_printf (C_ ("fractional capacity", "%s beds"), number);
    case KP_CAPACITY_UNIT_KLIENT:
      return g_strdup_printf (C_ ("fractional capacity", "%s clients"), number);
    case KP_CAPACITY_UNIT_KONTAKT:
      return g_strdup_printf (C_ ("fractional capacity", "%s contacts"), number);
    case KP_CAPACITY_UNIT_INTERV:
      return g_strdup_printf (C_ ("fractional capacity", "%s interventions"), number);
    case KP_CAPACITY_UNIT_HOVOR:
      return g_strdup_printf (C_ ("fractional capacity", "%s calls"), number);
    case KP_CAPACITY_UNIT_UVAZKY:
      return g_strdup_printf (C_ ("fractional capacity", "%s FTE"), number);
    case KP_N_CAPACITY_UNITS:
    default:
      g_return_val_if_reached (g_strdup (number));
    }
}

char *
kp_capacity_unit_format_double (KpCapacityUnit unit,
                                double         value,
                                int            decimals)
{
  double           scale = pow (10.0, CLAMP (decimals, 0, 6));
  double           rounded = round (value * scale) / scale;
  g_autofree char *number = NULL;

  g_return_val_if_fail (unit < KP_N_CAPACITY_UNITS, NULL);
  if (!isfinite (value) || fabs (rounded) >= 1e15)
    return kp_czech_format_double (value, decimals);
  if (rounded == floor (rounded))
    return kp_capacity_unit_format (unit, (gint64) rounded);
  number = kp_czech_format_double (rounded, decimals);
  return format_fraction (unit, number);
}

char *
kp_capacity_unit_format_code (const char *code,
                              gint64      value)
{
  KpCapacityUnit   unit;
  g_autofree char *number = NULL;

  if (kp_capacity_unit_from_code (code, &unit))
    return kp_capacity_unit_format (unit, value);
  number = kp_czech_format_int (value);
  return g_strdup_printf ("%s %s", number, code != NULL ? code : "");
}
