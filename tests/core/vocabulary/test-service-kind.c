/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-capacity-unit.h"
#include "kp-registry-codes.h"
#include "kp-service-kind.h"
#include "kp-test-czech.h"

#include <string.h>

/* Types of service: codes, §, forms and categories (DOMAIN.md §1.2), their planning groups,
 * the forms, and the registry's built-in code lists made from them. */

#define SENIORS    KP_PLANNING_GROUP_BIT (KP_PLANNING_GROUP_SENIORS)
#define DISABILITY KP_PLANNING_GROUP_BIT (KP_PLANNING_GROUP_DISABILITY)
#define FAMILIES   KP_PLANNING_GROUP_BIT (KP_PLANNING_GROUP_FAMILIES)
#define CRISIS     KP_PLANNING_GROUP_BIT (KP_PLANNING_GROUP_CRISIS)

static void
test_lookup (void)
{
  guint                n;
  const KpServiceKind *kinds = kp_service_kinds (&n);
  const KpServiceKind *homes = kp_service_kind_lookup ("DruhSocialniSluzby/13");

  /* The MPSV list DruhSocialniSluzby has 34 items. */
  g_assert_cmpuint (n, ==, 34);
  g_assert_nonnull (homes);
  g_assert_cmpstr (homes->name, ==, "domovy pro seniory");
  g_assert_cmpstr (homes->paragraph, ==, "49");
  g_assert_cmpstr (homes->forms, ==, "pob");
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (g_str_has_prefix (kinds[i].code, KP_SERVICE_KIND_PREFIX));
      g_assert_true (kp_service_kind_lookup (kinds[i].code) == &kinds[i]);
      for (guint j = i + 1; j < n; j++)
        g_assert_cmpstr (kinds[i].code, !=, kinds[j].code);
    }
  /* Code 2 is not used; unknown and foreign codes are not types. */
  g_assert_null (kp_service_kind_lookup ("DruhSocialniSluzby/2"));
  g_assert_null (kp_service_kind_lookup ("DruhSocialniSluzby/36"));
  g_assert_null (kp_service_kind_lookup ("13"));
  g_assert_null (kp_service_kind_lookup (NULL));
}

/* Of the 33 types of the law, 19 can be ambulantní: 4 only ambulantní, 10 ambulantní and
 * terénní, 4 all three forms, 1 ambulantní and pobytová (FORMAT.md §3). */
static void
test_forms_of_the_law (void)
{
  guint                n;
  const KpServiceKind *kinds = kp_service_kinds (&n);
  guint                only_amb = 0, amb_ter = 0, all = 0, amb_pob = 0, amb = 0, in_law = 0;

  for (guint i = 0; i < n; i++)
    {
      gboolean a, t, p;

      if (kinds[i].forms == NULL)
        continue; /* centrum duševního zdraví: forms not verified */
      in_law++;
      a = kp_service_kind_allows_form (&kinds[i], "amb");
      t = kp_service_kind_allows_form (&kinds[i], "ter");
      p = kp_service_kind_allows_form (&kinds[i], "pob");
      g_assert_true (a || t || p);
      amb += a;
      only_amb += a && !t && !p;
      amb_ter += a && t && !p;
      all += a && t && p;
      amb_pob += a && !t && p;
    }
  g_assert_cmpuint (in_law, ==, 33);
  g_assert_cmpuint (amb, ==, 19);
  g_assert_cmpuint (only_amb, ==, 4);
  g_assert_cmpuint (amb_ter, ==, 10);
  g_assert_cmpuint (all, ==, 4);
  g_assert_cmpuint (amb_pob, ==, 1);
  g_assert_false (kp_service_kind_allows_form (kp_service_kind_lookup ("DruhSocialniSluzby/13"),
                                               "ter"));
  g_assert_false (kp_service_kind_allows_form (kp_service_kind_lookup ("DruhSocialniSluzby/13"),
                                               NULL));
}

static void
test_categories (void)
{
  KpServiceCategory category;

  g_assert_true (kp_service_kind_get_category ("DruhSocialniSluzby/1", &category));
  g_assert_cmpint (category, ==, KP_SERVICE_CATEGORY_COUNSELLING);
  /* § 39–52: care; § 54–70: prevention. */
  for (int code = 3; code <= 16; code++)
    {
      g_autofree char *id = g_strdup_printf ("DruhSocialniSluzby/%d", code);

      g_assert_true (kp_service_kind_get_category (id, &category));
      g_assert_cmpint (category, ==, KP_SERVICE_CATEGORY_CARE);
    }
  for (int code = 17; code <= 35; code++)
    {
      g_autofree char *id = g_strdup_printf ("DruhSocialniSluzby/%d", code);

      g_assert_true (kp_service_kind_get_category (id, &category));
      g_assert_cmpint (category, ==, KP_SERVICE_CATEGORY_PREVENTION);
    }
  g_assert_false (kp_service_kind_get_category ("DruhSocialniSluzby/99", &category));
  g_assert_cmpstr (kp_service_category_to_string (KP_SERVICE_CATEGORY_CARE), ==, "care");
  if (kp_test_skip_without_czech ())
    return;
  g_assert_cmpstr (kp_service_category_get_name (KP_SERVICE_CATEGORY_COUNSELLING), ==,
                   "Sociální poradenství");
  g_assert_cmpstr (kp_service_category_get_name (KP_SERVICE_CATEGORY_CARE), ==,
                   "Služby sociální péče");
  g_assert_cmpstr (kp_service_category_get_name (KP_SERVICE_CATEGORY_PREVENTION), ==,
                   "Služby sociální prevence");
}

static void
test_planning_groups (void)
{
  guint                n;
  const KpServiceKind *kinds = kp_service_kinds (&n);

  for (guint i = 0; i < n; i++)
    {
      if (kinds[i].primary_group == KP_N_PLANNING_GROUPS)
        g_assert_cmpuint (kinds[i].groups, ==, 0);
      else
        g_assert_true (kp_planning_groups_contain (kinds[i].groups, kinds[i].primary_group));
    }
  /* Odborné sociální poradenství serves every group: its target groups decide. */
  g_assert_cmpuint (kp_service_kind_get_planning_groups ("DruhSocialniSluzby/1"), ==, 0);
  g_assert_cmpuint (kp_service_kind_get_planning_groups ("DruhSocialniSluzby/13"), ==, SENIORS);
  g_assert_cmpuint (kp_service_kind_get_planning_groups ("DruhSocialniSluzby/12"), ==,
                    DISABILITY);
  /* Care at home serves seniors first, and people with disabilities too. */
  g_assert_cmpint (kp_service_kind_lookup ("DruhSocialniSluzby/4")->primary_group, ==,
                   KP_PLANNING_GROUP_SENIORS);
  g_assert_cmpuint (kp_service_kind_get_planning_groups ("DruhSocialniSluzby/4"), ==,
                    SENIORS | DISABILITY);
  g_assert_cmpuint (kp_service_kind_get_planning_groups ("DruhSocialniSluzby/28"), ==, FAMILIES);
  g_assert_cmpuint (kp_service_kind_get_planning_groups ("DruhSocialniSluzby/23"), ==, CRISIS);
  g_assert_cmpint (kp_service_kind_lookup ("DruhSocialniSluzby/22")->primary_group, ==,
                   KP_PLANNING_GROUP_ADDICTION);
  g_assert_cmpint (kp_service_kind_lookup ("DruhSocialniSluzby/35")->primary_group, ==,
                   KP_PLANNING_GROUP_MENTAL_HEALTH);
  g_assert_cmpuint (kp_service_kind_get_planning_groups ("DruhSocialniSluzby/99"), ==, 0);
}

static void
test_forms (void)
{
  const char *const *codes = kp_service_form_codes ();

  g_assert_cmpuint (g_strv_length ((char **) codes), ==, 3);
  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autofree char *id = g_strconcat (KP_SERVICE_FORM_PREFIX, codes[i], NULL);

      g_assert_true (kp_service_form_is_code (codes[i]));
      g_assert_cmpstr (kp_service_form_get_registry_id (codes[i]), ==, id);
    }
  g_assert_cmpstr (kp_service_form_get_registry_name ("ter"), ==, "terénní");
  g_assert_false (kp_service_form_is_code ("pobytova"));
  g_assert_null (kp_service_form_get_registry_id ("x"));
  g_assert_cmpstr (kp_service_form_get_label ("x"), ==, "x");
  g_assert_null (kp_service_form_get_label (NULL));
  if (kp_test_skip_without_czech ())
    return;
  g_assert_cmpstr (kp_service_form_get_label ("pob"), ==, "pobytová");
  g_assert_cmpstr (kp_service_form_get_label ("amb"), ==, "ambulantní");
  g_assert_cmpstr (kp_service_form_get_label ("ter"), ==, "terénní");
}

/* The registry's built-in code lists are the vocabulary's. */
static void
test_registry_builtin_lists (void)
{
  guint                 n;
  const KpRegistryCode *units = kp_registry_builtin_codes (KP_REGISTRY_LIST_UNITS, &n);
  const KpRegistryCode *homes;

  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpstr (units[0].id, ==, "TypKapacitySocialniSluzby/luzka");
  g_assert_cmpstr (units[0].name, ==, "lůžka");
  kp_registry_builtin_codes (KP_REGISTRY_LIST_TYPES, &n);
  g_assert_cmpuint (n, ==, 34);
  homes = kp_registry_builtin_lookup (KP_REGISTRY_LIST_TYPES, "DruhSocialniSluzby/13");
  g_assert_nonnull (homes);
  g_assert_cmpstr (homes->name, ==, "domovy pro seniory");
  g_assert_cmpstr (homes->paragraph, ==, "49");
  g_assert_cmpstr (homes->forms, ==, "pob");
  kp_registry_builtin_codes (KP_REGISTRY_LIST_FORMS, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (kp_registry_builtin_lookup (KP_REGISTRY_LIST_FORMS,
                                               "FormaSocialniSluzby/amb")
                       ->name,
                   ==, "ambulantní");
  kp_registry_builtin_codes (KP_REGISTRY_LIST_TARGET_GROUPS, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpstr (kp_registry_builtin_lookup (KP_REGISTRY_LIST_TARGET_GROUPS,
                                               "CilovaSkupinaOsoby/30")
                       ->name,
                   ==, "osoby žijící s demencí");
  g_assert_null (kp_registry_builtin_lookup (KP_REGISTRY_LIST_TARGET_GROUPS,
                                             "CilovaSkupinaOsoby/16"));
  kp_registry_builtin_codes (KP_REGISTRY_LIST_AGE_GROUPS, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpstr (kp_registry_list_get_prefix (KP_REGISTRY_LIST_UNITS), ==,
                   KP_CAPACITY_UNIT_PREFIX);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  kp_test_use_czech ();

  g_test_add_func ("/kp/service-kind/lookup", test_lookup);
  g_test_add_func ("/kp/service-kind/forms-of-the-law", test_forms_of_the_law);
  g_test_add_func ("/kp/service-kind/categories", test_categories);
  g_test_add_func ("/kp/service-kind/planning-groups", test_planning_groups);
  g_test_add_func ("/kp/service-kind/forms", test_forms);
  g_test_add_func ("/kp/service-kind/registry-builtin-lists", test_registry_builtin_lists);

  return g_test_run ();
}
