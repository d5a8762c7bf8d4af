/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-target-group.h"
#include "kp-test-czech.h"

#include <stdlib.h>

/* Target groups, age groups and planning groups: names by code, unknown codes shown as
 * unknown (never as the raw code), and the planning groups of codes. */

#define SENIORS    KP_PLANNING_GROUP_BIT (KP_PLANNING_GROUP_SENIORS)
#define DISABILITY KP_PLANNING_GROUP_BIT (KP_PLANNING_GROUP_DISABILITY)
#define MENTAL     KP_PLANNING_GROUP_BIT (KP_PLANNING_GROUP_MENTAL_HEALTH)
#define FAMILIES   KP_PLANNING_GROUP_BIT (KP_PLANNING_GROUP_FAMILIES)
#define CRISIS     KP_PLANNING_GROUP_BIT (KP_PLANNING_GROUP_CRISIS)
#define ADDICTION  KP_PLANNING_GROUP_BIT (KP_PLANNING_GROUP_ADDICTION)

static void
test_verified_codes (void)
{
  static const struct
  {
    const char *code;
    const char *name;
  } verified[] = {
    { "CilovaSkupinaOsoby/24", "senioři" },
    { "CilovaSkupinaOsoby/26", "pečující osoby" },
    { "CilovaSkupinaOsoby/27", "osoby s potřebou paliativní péče" },
    { "CilovaSkupinaOsoby/30", "osoby žijící s demencí" },
  };
  guint              n;
  const KpGroupInfo *builtin = kp_target_groups_builtin (&n);

  g_assert_cmpuint (n, ==, G_N_ELEMENTS (verified));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = NULL;
      gboolean         unknown = TRUE;

      g_assert_cmpstr (builtin[i].code, ==, verified[i].code);
      g_assert_cmpstr (builtin[i].name, ==, verified[i].name);
      g_assert_true (kp_target_group_is_code (verified[i].code));
      g_assert_true (kp_target_group_is_known (verified[i].code, NULL));
      name = kp_target_group_format (verified[i].code, NULL, &unknown);
      g_assert_cmpstr (name, ==, verified[i].name);
      g_assert_false (unknown);
    }
  g_assert_cmpstr (kp_target_group_code_number ("CilovaSkupinaOsoby/24"), ==, "24");
  g_assert_null (kp_target_group_code_number ("VekovaSkupinaOsoby/24"));
  g_assert_false (kp_target_group_is_code ("senioři"));
  g_assert_false (kp_target_group_is_code (NULL));
}

static void
test_unknown_codes (void)
{
  g_autofree char *code_16 = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *no_code = NULL;
  g_autofree char *odd = NULL;
  gboolean         unknown = FALSE;

  if (kp_test_skip_without_czech ())
    return;
  /* rpss.json imported without its code lists (issue 11 item 3). */
  g_assert_false (kp_target_group_is_known ("CilovaSkupinaOsoby/16", NULL));
  code_16 = kp_target_group_format ("CilovaSkupinaOsoby/16", NULL, &unknown);
  g_assert_cmpstr (code_16, ==, "neznámá cílová skupina (kód 16)");
  g_assert_true (unknown);
  /* A KpService keeps the code where the list had no name. */
  unknown = FALSE;
  stored = kp_target_group_format_stored ("CilovaSkupinaOsoby/16", &unknown);
  g_assert_cmpstr (stored, ==, "neznámá cílová skupina (kód 16)");
  g_assert_true (unknown);
  /* A store that fell back to the code as the name: still no name. */
  unknown = FALSE;
  g_clear_pointer (&stored, g_free);
  stored = kp_target_group_format ("CilovaSkupinaOsoby/16", "CilovaSkupinaOsoby/16", &unknown);
  g_assert_cmpstr (stored, ==, "neznámá cílová skupina (kód 16)");
  g_assert_true (unknown);
  no_code = kp_target_group_format (NULL, NULL, &unknown);
  g_assert_cmpstr (no_code, ==, "neznámá cílová skupina");
  g_assert_true (unknown);
  odd = kp_target_group_format ("Jina/7", NULL, NULL);
  g_assert_cmpstr (odd, ==, "neznámá cílová skupina (kód Jina/7)");
  g_assert_cmpuint (kp_target_group_get_planning_groups ("CilovaSkupinaOsoby/16", NULL), ==, 0);
}

static void
test_names_from_list (void)
{
  g_autofree char *name = NULL;
  g_autofree char *stored = NULL;
  gboolean         unknown = TRUE;

  /* The imported MPSV list names code 16: the name is shown, as the registry writes it. */
  name = kp_target_group_format ("CilovaSkupinaOsoby/16", "osoby s chronickým onemocněním",
                                 &unknown);
  g_assert_cmpstr (name, ==, "osoby s chronickým onemocněním");
  g_assert_false (unknown);
  g_assert_true (kp_target_group_is_known ("CilovaSkupinaOsoby/16", "osoby s chronickým "
                                                                    "onemocněním"));
  /* The list's name wins over the built-in one. */
  g_clear_pointer (&name, g_free);
  name = kp_target_group_format ("CilovaSkupinaOsoby/24", "senioři a seniorky", NULL);
  g_assert_cmpstr (name, ==, "senioři a seniorky");
  /* A name stored in place of the code is shown as it is; "/" inside a name is fine. */
  unknown = TRUE;
  stored = kp_target_group_format_stored ("rodiny s dítětem/dětmi", &unknown);
  g_assert_cmpstr (stored, ==, "rodiny s dítětem/dětmi");
  g_assert_false (unknown);
}

static void
test_planning_groups_of_codes (void)
{
  g_assert_cmpuint (kp_target_group_get_planning_groups ("CilovaSkupinaOsoby/24", NULL), ==,
                    SENIORS);
  g_assert_cmpuint (kp_target_group_get_planning_groups ("CilovaSkupinaOsoby/26", NULL), ==,
                    SENIORS | DISABILITY);
  g_assert_cmpuint (kp_target_group_get_planning_groups ("CilovaSkupinaOsoby/27", NULL), ==,
                    SENIORS);
  g_assert_cmpuint (kp_target_group_get_planning_groups ("CilovaSkupinaOsoby/30", NULL), ==,
                    SENIORS);
  /* A verified code keeps its groups whatever the list calls it. */
  g_assert_cmpuint (kp_target_group_get_planning_groups ("CilovaSkupinaOsoby/24",
                                                         "osoby v krizi"),
                    ==, SENIORS);
}

static void
test_planning_groups_of_listed_names (void)
{
  /* A code whose number is not verified is placed by its whole name in the list, with
   * case, diacritics and spacing as they come. */
  g_assert_cmpuint (kp_target_group_get_planning_groups (
                        "CilovaSkupinaOsoby/9", "osoby s chronickým duševním onemocněním"),
                    ==, MENTAL);
  g_assert_cmpuint (kp_target_group_get_planning_groups (
                        "CilovaSkupinaOsoby/9", " Osoby s  chronickym dusevnim onemocnenim "),
                    ==, MENTAL);
  g_assert_cmpuint (kp_target_group_get_planning_groups ("CilovaSkupinaOsoby/3",
                                                         "rodiny s dítětem/dětmi"),
                    ==, FAMILIES);
  g_assert_cmpuint (kp_target_group_get_planning_groups ("CilovaSkupinaOsoby/5",
                                                         "osoby bez přístřeší"),
                    ==, CRISIS);
  g_assert_cmpuint (kp_target_group_get_planning_groups (
                        "CilovaSkupinaOsoby/11",
                        "osoby ohrožené závislostí nebo závislé na návykových látkách"),
                    ==, ADDICTION);
  /* Never a part of a name: "postižením" alone, or a longer name, places nothing. */
  g_assert_cmpuint (kp_target_group_get_planning_groups ("CilovaSkupinaOsoby/2", "postižením"),
                    ==, 0);
  g_assert_cmpuint (kp_target_group_get_planning_groups ("CilovaSkupinaOsoby/2",
                                                         "senioři v domovech"),
                    ==, 0);
  g_assert_cmpuint (kp_target_group_get_planning_groups (NULL, NULL), ==, 0);
}

/* What a KpService holds: the list's name, or the code where the list had none. */
static void
test_planning_groups_of_stored_values (void)
{
  g_assert_cmpuint (kp_target_group_get_planning_groups_stored ("senioři"), ==, SENIORS);
  g_assert_cmpuint (kp_target_group_get_planning_groups_stored ("pečující osoby"), ==,
                    SENIORS | DISABILITY);
  g_assert_cmpuint (kp_target_group_get_planning_groups_stored ("CilovaSkupinaOsoby/30"), ==,
                    SENIORS);
  g_assert_cmpuint (kp_target_group_get_planning_groups_stored ("oběti domácího násilí"), ==,
                    CRISIS);
  g_assert_cmpuint (kp_target_group_get_planning_groups_stored ("CilovaSkupinaOsoby/16"), ==, 0);
  g_assert_cmpuint (kp_target_group_get_planning_groups_stored (NULL), ==, 0);
  g_assert_cmpuint (kp_age_group_get_planning_groups_stored ("starší senioři (nad 80 let)"), ==,
                    SENIORS);
  g_assert_cmpuint (kp_age_group_get_planning_groups_stored ("VekovaSkupinaOsoby/9"), ==, 0);
}

static void
test_age_groups (void)
{
  g_autofree char *unknown_text = NULL;
  g_autofree char *named = NULL;
  gboolean         unknown = FALSE;

  g_assert_true (kp_age_group_is_code ("VekovaSkupinaOsoby/8"));
  g_assert_false (kp_age_group_is_code ("CilovaSkupinaOsoby/8"));
  g_assert_false (kp_age_group_is_known ("VekovaSkupinaOsoby/8", NULL));
  g_assert_true (kp_age_group_is_known ("VekovaSkupinaOsoby/8", "mladší senioři (65–80 let)"));
  named = kp_age_group_format ("VekovaSkupinaOsoby/8", "mladší senioři (65–80 let)", &unknown);
  g_assert_cmpstr (named, ==, "mladší senioři (65–80 let)");
  g_assert_false (unknown);
  /* The ages in brackets do not stop the name from placing the code. */
  g_assert_cmpuint (kp_age_group_get_planning_groups ("VekovaSkupinaOsoby/8",
                                                      "mladší senioři (65–80 let)"),
                    ==, SENIORS);
  g_assert_cmpuint (kp_age_group_get_planning_groups ("VekovaSkupinaOsoby/2", "dorost"), ==,
                    FAMILIES);
  g_assert_cmpuint (kp_age_group_get_planning_groups ("VekovaSkupinaOsoby/7", "dospělí"), ==, 0);
  g_assert_cmpuint (kp_age_group_get_planning_groups ("VekovaSkupinaOsoby/8", NULL), ==, 0);
  if (kp_test_skip_without_czech ())
    return;
  unknown_text = kp_age_group_format_stored ("VekovaSkupinaOsoby/8", &unknown);
  g_assert_cmpstr (unknown_text, ==, "neznámá věková skupina (kód 8)");
  g_assert_true (unknown);
}

static int
compare_target_groups (gconstpointer a,
                       gconstpointer b)
{
  return kp_target_group_compare_stored (*(const char *const *) a, *(const char *const *) b);
}

/* The values a KpService stores after a registry without its code lists: names, verified
 * codes and unknown codes. Unknown ones are told apart and listed after the named ones, by
 * number ("3" before "16", which text order would turn round). */
static void
test_stored_order (void)
{
  const char *values[] = {
    "CilovaSkupinaOsoby/16",
    "osoby v krizi",
    "CilovaSkupinaOsoby/3",
    "CilovaSkupinaOsoby/24",
    "hluchoslepé osoby",
    "chronicky nemocní",
  };
  const char *const expected[] = {
    "hluchoslepé osoby",
    "chronicky nemocní",
    "osoby v krizi",
    "CilovaSkupinaOsoby/24", /* senioři */
    "CilovaSkupinaOsoby/3",
    "CilovaSkupinaOsoby/16",
  };
  const char *ages[] = { "VekovaSkupinaOsoby/9", "dorost", "VekovaSkupinaOsoby/10" };

  g_assert_true (kp_target_group_stored_is_unknown ("CilovaSkupinaOsoby/16"));
  g_assert_false (kp_target_group_stored_is_unknown ("CilovaSkupinaOsoby/24"));
  g_assert_false (kp_target_group_stored_is_unknown ("senioři"));
  g_assert_true (kp_target_group_stored_is_unknown (""));
  g_assert_true (kp_target_group_stored_is_unknown (NULL));
  g_assert_true (kp_age_group_stored_is_unknown ("VekovaSkupinaOsoby/8"));
  g_assert_false (kp_age_group_stored_is_unknown ("mladší senioři (65–80 let)"));

  qsort (values, G_N_ELEMENTS (values), sizeof (char *), compare_target_groups);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    g_assert_cmpstr (values[i], ==, expected[i]);
  g_assert_cmpint (kp_age_group_compare_stored (ages[0], ages[1]), >, 0);
  g_assert_cmpint (kp_age_group_compare_stored (ages[0], ages[2]), <, 0);
  g_assert_cmpint (kp_age_group_compare_stored (ages[2], ages[2]), ==, 0);
}

static void
test_planning_groups (void)
{
  static const char *const names[] = {
    "Senioři",
    "Osoby se zdravotním postižením",
    "Osoby s duševním onemocněním",
    "Rodiny s dětmi a mládež",
    "Lidé v krizi a ohrožení sociálním vyloučením",
    "Osoby se závislostí",
  };
  KpPlanningGroup group;

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == KP_N_PLANNING_GROUPS);
  for (guint i = 0; i < KP_N_PLANNING_GROUPS; i++)
    {
      g_assert_true (kp_planning_group_from_string (kp_planning_group_to_string (i), &group));
      g_assert_cmpint (group, ==, i);
      g_assert_true (kp_planning_groups_contain (KP_PLANNING_GROUPS_ALL, i));
      g_assert_false (kp_planning_groups_contain (0, i));
    }
  g_assert_cmpstr (kp_planning_group_to_string (KP_PLANNING_GROUP_MENTAL_HEALTH), ==,
                   "mental_health");
  g_assert_false (kp_planning_group_from_string ("senioři", &group));
  g_assert_false (kp_planning_group_from_string (NULL, &group));
  if (kp_test_skip_without_czech ())
    return;
  for (guint i = 0; i < KP_N_PLANNING_GROUPS; i++)
    g_assert_cmpstr (kp_planning_group_get_name (i), ==, names[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  kp_test_use_czech ();

  g_test_add_func ("/kp/target-group/verified-codes", test_verified_codes);
  g_test_add_func ("/kp/target-group/unknown-codes", test_unknown_codes);
  g_test_add_func ("/kp/target-group/names-from-list", test_names_from_list);
  g_test_add_func ("/kp/target-group/planning-groups-of-codes", test_planning_groups_of_codes);
  g_test_add_func ("/kp/target-group/planning-groups-of-listed-names",
                   test_planning_groups_of_listed_names);
  g_test_add_func ("/kp/target-group/planning-groups-of-stored-values",
                   test_planning_groups_of_stored_values);
  g_test_add_func ("/kp/target-group/age-groups", test_age_groups);
  g_test_add_func ("/kp/target-group/stored-order", test_stored_order);
  g_test_add_func ("/kp/target-group/planning-groups", test_planning_groups);

  return g_test_run ();
}
