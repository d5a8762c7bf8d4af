/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-catalogue-parts-builder.h"
#include "kp-czech.h"
#include "kp-document-text.h"
#include "kp-target-group.h"

#include <string.h>

/* The life situations of the catalogue's index (DOMAIN.md §6.2, the Příbor guide's
 * "životní situace"), each in the words of the person in it, and the services that help in
 * it. A service helps when
 *  - its type is one of the situation's types (the suffix of its registry code,
 *    "DruhSocialniSluzby/4" is "/4": pečovatelská služba helps someone caring at home), or
 *  - it is registered for a target group whose name (folded: lower case, no diacritics)
 *    has one of the situation's words ("pecujici" in "pečující osoby"), or
 *  - its description has one of the situation's subjects: the registry has no target group
 *    for debts, so a service that says it helps with them ("dluh", "dluz" of "dluzích" and
 *    "oddlužení", "exeku", "insolven") is listed under "Mám dluhy".
 * A situation that no service of the catalogue matches is left out. The types are those of
 * act 108/2006 (DOMAIN.md §1.2); the target groups those of the MPSV code list (§1.3). */

#define MAX_TYPES    12
#define MAX_WORDS    4
#define MAX_SUBJECTS 5

static const struct
{
  const char *title;
  const char *types[MAX_TYPES];
  const char *words[MAX_WORDS];
  const char *subjects[MAX_SUBJECTS];
} situations[] = {
  { N_ ("I care for someone close at home"),
    { "/3", "/4", "/5", "/8", "/9", "/10", NULL },
    { "pecujici", NULL },
    { NULL } },
  { N_ ("I am a senior and need help"),
    { "/4", "/5", "/8", "/9", "/13", "/14", "/29", NULL },
    { "senior", NULL },
    { NULL } },
  { N_ ("I live with dementia or care for someone who does"),
    { "/14", NULL },
    { "demenc", NULL },
    { NULL } },
  { N_ ("I live with a disability"),
    { "/3", "/6", "/7", "/10", "/11", "/12", "/15", "/19", "/30", "/33", NULL },
    { "postizen", NULL },
    { NULL } },
  { N_ ("I have a mental illness"),
    { "/35", NULL },
    { "dusevn", NULL },
    { NULL } },
  { N_ ("I have a child and need advice"),
    { "/17", "/28", NULL },
    { "rodin", NULL },
    { NULL } },
  { N_ ("I am young and do not know what to do"),
    { "/25", NULL },
    { "mladez", "opoustejici", NULL },
    { NULL } },
  { N_ ("I am in a crisis"),
    { "/18", "/23", "/34", NULL },
    { "kriz", NULL },
    { NULL } },
  { N_ ("I face violence at home"),
    { "/34", NULL },
    { "nasili", NULL },
    { NULL } },
  { N_ ("I have nowhere to live"),
    { "/20", "/21", "/24", "/26", NULL },
    { "bez pristresi", "bez domova", NULL },
    { NULL } },
  { N_ ("I have debts"),
    { NULL },
    { NULL },
    { "dluh", "dluz", "exeku", "insolven", NULL } },
  { N_ ("I have a problem with alcohol or drugs"),
    { "/22", "/27", "/31", NULL },
    { "zavisl", "navykov", NULL },
    { NULL } },
  { N_ ("Someone close to me is dying"),
    { NULL },
    { "paliativ", NULL },
    { NULL } },
  { N_ ("I need advice"),
    { "/1", NULL },
    { NULL },
    { NULL } },
};

static gboolean
has_type (guint       s,
          const char *type_code)
{
  const char *slash = type_code != NULL ? strrchr (type_code, '/') : NULL;

  if (slash == NULL || !g_str_has_prefix (type_code, "DruhSocialniSluzby/"))
    return FALSE;
  for (guint i = 0; situations[s].types[i] != NULL; i++)
    if (strcmp (slash, situations[s].types[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
has_word (guint              s,
          const char *const *folded_groups)
{
  for (guint g = 0; folded_groups[g] != NULL; g++)
    for (guint i = 0; situations[s].words[i] != NULL; i++)
      if (strstr (folded_groups[g], situations[s].words[i]) != NULL)
        return TRUE;
  return FALSE;
}

static gboolean
has_subject (guint       s,
             const char *folded_description)
{
  for (guint i = 0; folded_description != NULL && situations[s].subjects[i] != NULL; i++)
    if (strstr (folded_description, situations[s].subjects[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* The service's target groups by name (a code a code list names is named), folded. */
static char **
folded_groups (KpService *service)
{
  const char *const *stored = kp_service_get_target_groups (service);
  GStrvBuilder      *builder = g_strv_builder_new ();
  char             **folded;

  for (guint i = 0; stored != NULL && stored[i] != NULL; i++)
    {
      g_autofree char *name = kp_target_group_format_stored (stored[i], NULL);
      g_autofree char *folded_name = kp_czech_fold (name);

      g_strv_builder_add (builder, folded_name);
    }
  folded = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return folded;
}

/**
 * kp_catalogue_situation_matches:
 * @situation: an index into the table of situations
 *
 * Returns: whether @service helps in the situation
 */
gboolean
kp_catalogue_situation_matches (guint      situation,
                                KpService *service)
{
  g_auto (GStrv) groups = NULL;
  g_autofree char *description = NULL;

  g_return_val_if_fail (situation < G_N_ELEMENTS (situations), FALSE);
  g_return_val_if_fail (KP_IS_SERVICE (service), FALSE);

  if (has_type (situation, kp_service_get_type_code (service)))
    return TRUE;
  groups = folded_groups (service);
  if (has_word (situation, (const char *const *) groups))
    return TRUE;
  if (kp_service_get_description (service) != NULL)
    description = kp_czech_fold (kp_service_get_description (service));
  return has_subject (situation, description);
}

guint
kp_catalogue_situation_get_n (void)
{
  return G_N_ELEMENTS (situations);
}

/* The title in the document's language. */
const char *
kp_catalogue_situation_get_title (guint situation)
{
  g_return_val_if_fail (situation < G_N_ELEMENTS (situations), NULL);
  return D_ (situations[situation].title);
}

typedef struct
{
  guint index;
  char *key;
} Keyed;

static int
compare_keyed (gconstpointer a,
               gconstpointer b)
{
  const Keyed *ka = a, *kb = b;
  int          c = strcmp (ka->key, kb->key);

  return c != 0 ? c : (ka->index < kb->index ? -1 : ka->index > kb->index);
}

/**
 * kp_catalogue_situations_fill:
 * @services: (element-type KpService): the service of each entry of @snapshot, by index
 *
 * Fills the index of life situations of @snapshot's parts: each situation with the entries
 * that help in it, in Czech order of their names; situations without any are left out.
 */
void
kp_catalogue_situations_fill (KpCatalogueSnapshot *snapshot,
                              GPtrArray           *services)
{
  g_return_if_fail (snapshot != NULL && snapshot->parts != NULL);
  g_return_if_fail (services->len == snapshot->entries->len);

  for (guint s = 0; s < G_N_ELEMENTS (situations); s++)
    {
      g_autoptr (GArray) keyed = g_array_new (FALSE, FALSE, sizeof (Keyed));
      KpCatalogueSituation *situation;

      for (guint i = 0; i < services->len; i++)
        if (kp_catalogue_situation_matches (s, g_ptr_array_index (services, i)))
          {
            const KpCatalogueEntry *entry = g_ptr_array_index (snapshot->entries, i);
            Keyed                   k = { i, kp_czech_collate_key (entry->name) };

            g_array_append_val (keyed, k);
          }
      if (keyed->len == 0)
        continue;
      g_array_sort (keyed, compare_keyed);
      situation = kp_catalogue_situation_new (kp_catalogue_situation_get_title (s));
      for (guint i = 0; i < keyed->len; i++)
        {
          Keyed *k = &g_array_index (keyed, Keyed, i);

          g_array_append_val (situation->entries, k->index);
          g_free (k->key);
        }
      g_ptr_array_add (snapshot->parts->situations, situation);
    }
}
