/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * KpCapacityUnit:
 * @KP_CAPACITY_UNIT_LUZKA: lůžka (beds); a registry unit and a network unit
 * @KP_CAPACITY_UNIT_KLIENT: klienti (clients at one time)
 * @KP_CAPACITY_UNIT_KONTAKT: kontakty (contacts of 10 minutes)
 * @KP_CAPACITY_UNIT_INTERV: intervence (interventions of 30 minutes)
 * @KP_CAPACITY_UNIT_HOVOR: hovory (calls)
 * @KP_CAPACITY_UNIT_UVAZKY: úvazky of direct care (FTE); a network unit only
 *
 * The units of a capacity. The registry registers a maximum capacity per form in one of
 * the first five (`TypKapacitySocialniSluzby/…`); a kraj network sets a service's capacity
 * in úvazky or lůžka. Capacities in different units are never added. The order of the
 * enum is the order in which totals are listed.
 */
typedef enum
{
  KP_CAPACITY_UNIT_LUZKA,
  KP_CAPACITY_UNIT_KLIENT,
  KP_CAPACITY_UNIT_KONTAKT,
  KP_CAPACITY_UNIT_INTERV,
  KP_CAPACITY_UNIT_HOVOR,
  KP_CAPACITY_UNIT_UVAZKY,
  KP_N_CAPACITY_UNITS
} KpCapacityUnit;

#define KP_CAPACITY_UNIT_PREFIX "TypKapacitySocialniSluzby/"

/* The code Komplan stores: "luzka", "klient", "kontakt", "interv", "hovor", "uvazky". */
const char *kp_capacity_unit_to_code (KpCapacityUnit unit);
gboolean    kp_capacity_unit_from_code (const char     *code,
                                        KpCapacityUnit *out_unit);
/* The registry's id, "TypKapacitySocialniSluzby/luzka"; NULL for úvazky. */
const char *kp_capacity_unit_get_registry_id (KpCapacityUnit unit);
gboolean    kp_capacity_unit_from_registry_id (const char     *id,
                                               KpCapacityUnit *out_unit);
/* The name in the registry's code list ("lůžka", "klienti"): data, not translated. NULL for
 * úvazky. */
const char *kp_capacity_unit_get_registry_name (KpCapacityUnit unit);
gboolean    kp_capacity_unit_is_registry (KpCapacityUnit unit);
gboolean    kp_capacity_unit_is_network (KpCapacityUnit unit);
/* The network units in the order a picker lists them (úvazky, lůžka). */
const KpCapacityUnit *kp_capacity_units_for_network (guint *out_n);
/* Key for JSON output: "luzka", "klient", "kontakt", "intervence", "hovor", "uvazky". */
const char *kp_capacity_unit_get_key (KpCapacityUnit unit);
/* Translated: the unit as a plural noun ("lůžka", "úvazky") and what it counts
 * ("kontakty (10 minut)"). */
const char *kp_capacity_unit_get_name (KpCapacityUnit unit);
const char *kp_capacity_unit_get_description (KpCapacityUnit unit);
/* A number with its unit, the Czech way: "1 lůžko", "2 lůžka", "5 lůžek", "1 234 klientů". */
char *kp_capacity_unit_format (KpCapacityUnit unit,
                               gint64         value);
/* The same for a number that may have a fraction, rounded to @decimals: "1,5 úvazku",
 * "2 úvazky". */
char *kp_capacity_unit_format_double (KpCapacityUnit unit,
                                      double         value,
                                      int            decimals);
/* kp_capacity_unit_format() for a stored code; an unknown code prints after the number. */
char *kp_capacity_unit_format_code (const char *code,
                                    gint64      value);

G_END_DECLS
