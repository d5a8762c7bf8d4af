/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-catalogue-private.h"
#include "kp-czech.h"
#include "kp-document-text.h"

#include <stdlib.h>
#include <string.h>

/* The chapters of the catalogue. Every service is in exactly one chapter: under its main
 * (first) target group, under its type (chapters in the order of the law, related services
 * last), or under the first letter of its provider, next to the provider's other services. Names sort in Czech order (ICU "cs":
 * "ch" after "h", "č" after "c"); A–Z letters follow the Czech alphabet, where Č, Ch, Ř, Š
 * and Ž are letters of their own and Á, Ď, É, … file under their base letter. */

typedef struct
{
  guint index;
  char *group;      /* chapter title */
  char *group_key;  /* sorts the chapters */
  char *key;        /* sorts within the chapter */
  char *second_key; /* ties */
} Item;

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_free (item->group);
  g_free (item->group_key);
  g_free (item->key);
  g_free (item->second_key);
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Item *ia = a, *ib = b;
  int         c = strcmp (ia->group_key, ib->group_key);

  if (c == 0)
    c = strcmp (ia->key, ib->key);
  if (c == 0)
    c = strcmp (ia->second_key, ib->second_key);
  if (c == 0)
    c = ia->index < ib->index ? -1 : ia->index > ib->index;
  return c;
}

/**
 * kp_catalogue_capitalise:
 *
 * Returns: @text with its first letter capital: a registry's "senioři" as a heading
 */
char *
kp_catalogue_capitalise (const char *text)
{
  char buf[8];
  int  n = g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (text)), buf);

  buf[n] = '\0';
  return g_strconcat (buf, g_utf8_next_char (text), NULL);
}

/* "§ 60a" → 60.5, so chapters follow the law; no paragraph → after all. */
static double
paragraph_order (const char *paragraph)
{
  const char *p = paragraph;
  char       *end = NULL;
  double      n;

  if (p == NULL)
    return 1e6;
  while (*p != '\0' && !g_ascii_isdigit (*p))
    p++;
  if (*p == '\0')
    return 1e6;
  n = g_ascii_strtod (p, &end);
  if (end != NULL && g_ascii_isalpha (*end))
    n += 0.5;
  return n;
}

static void
group_item (Item                   *item,
            const KpCatalogueEntry *entry,
            KpCatalogueStructure    structure)
{
  g_autofree char *collate = NULL;

  switch (structure)
    {
    case KP_CATALOGUE_BY_SERVICE_TYPE:
      if (entry->is_local)
        {
          item->group = g_strdup (D_ ("Related services"));
          item->group_key = g_strdup ("2");
        }
      else if (entry->type_name == NULL || *entry->type_name == '\0')
        {
          item->group = g_strdup (D_ ("Other services"));
          item->group_key = g_strdup ("3");
        }
      else
        {
          g_autofree char *title = kp_catalogue_capitalise (entry->type_name);

          collate = kp_czech_collate_key (entry->type_name);
          item->group = entry->paragraph != NULL
                            ? g_strdup_printf ("%s (%s)", title, entry->paragraph)
                            : g_steal_pointer (&title);
          item->group_key = g_strdup_printf ("1%09.1f%s", paragraph_order (entry->paragraph),
                                             collate);
        }
      break;
    case KP_CATALOGUE_BY_PROVIDER:
      item->group = kp_catalogue_letter (entry->provider_name);
      item->group_key = g_strdup ("");
      break;
    case KP_CATALOGUE_BY_TARGET_GROUP:
    default:
      if (entry->target_groups->len > 0)
        {
          const char *group = g_ptr_array_index (entry->target_groups, 0);

          collate = kp_czech_collate_key (group);
          item->group = kp_catalogue_capitalise (group);
          item->group_key = g_strconcat ("1", collate, NULL);
        }
      else
        {
          item->group = g_strdup (D_ ("Other services"));
          item->group_key = g_strdup ("2");
        }
      break;
    }
}

static void
section_free (gpointer data)
{
  KpCatalogueSection *section = data;

  g_free (section->title);
  g_free (section->dest);
  g_array_unref (section->entries);
  g_free (section);
}

static KpCatalogueSection *
section_new (GPtrArray  *sections,
             const char *title,
             int         level)
{
  KpCatalogueSection *section = g_new0 (KpCatalogueSection, 1);

  section->title = g_strdup (title);
  section->dest = g_strdup_printf ("chapter-%u", sections->len);
  section->entries = g_array_new (FALSE, FALSE, sizeof (guint));
  section->level = level;
  g_ptr_array_add (sections, section);
  return section;
}

/**
 * kp_catalogue_sections_build:
 *
 * Returns: (transfer full): the chapters (#KpCatalogueSection) in order; empty when the
 *   snapshot has no entries
 */
GPtrArray *
kp_catalogue_sections_build (const KpCatalogueSnapshot *snapshot,
                             KpCatalogueStructure       structure)
{
  GPtrArray *sections = g_ptr_array_new_with_free_func (section_free);
  g_autoptr (GArray) items = g_array_sized_new (FALSE, FALSE, sizeof (Item),
                                                snapshot->entries->len);
  KpCatalogueSection *current = NULL;
  const char         *current_group = NULL;

  g_array_set_clear_func (items, item_clear);
  for (guint i = 0; i < snapshot->entries->len; i++)
    {
      const KpCatalogueEntry *entry = g_ptr_array_index (snapshot->entries, i);
      Item                    item = { i };

      group_item (&item, entry, structure);
      if (structure == KP_CATALOGUE_BY_PROVIDER)
        {
          g_autofree char *provider = kp_czech_collate_key (entry->provider_name);

          /* a provider's services together, even when two providers share a name */
          item.key = g_strconcat (provider, "\001",
                                  entry->provider_ico != NULL ? entry->provider_ico : "", NULL);
          item.second_key = kp_czech_collate_key (entry->name);
        }
      else
        {
          item.key = kp_czech_collate_key (entry->name);
          item.second_key = kp_czech_collate_key (entry->provider_name);
        }
      g_array_append_val (items, item);
    }
  g_array_sort (items, compare_items);

  if (structure == KP_CATALOGUE_BY_PROVIDER && items->len > 0)
    section_new (sections, D_ ("Providers from A to Z"), 0);
  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);

      if (current == NULL || g_strcmp0 (current_group, item->group) != 0)
        {
          current = section_new (sections, item->group,
                                 structure == KP_CATALOGUE_BY_PROVIDER ? 1 : 0);
          current_group = current->title;
        }
      g_array_append_val (current->entries, item->index);
    }
  return sections;
}

/**
 * kp_catalogue_letter:
 *
 * Returns: the letter of the Czech alphabet @name files under: "Č" for "Čáslav", "Ch"
 *   for "Charita", "U" for "Ústí"; "0–9" for digits, "#" for no letter at all
 */
char *
kp_catalogue_letter (const char *name)
{
  const char *p = name;
  gunichar    c = 0, upper;
  gunichar    decomposed[4];
  char        buf[8];
  int         n;

  for (; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      c = g_utf8_get_char (p);
      if (g_unichar_isalnum (c))
        break;
    }
  if (p == NULL || *p == '\0')
    return g_strdup ("#");
  if (g_unichar_isdigit (c))
    return g_strdup ("0–9");
  if ((c == 'c' || c == 'C') && (p[1] == 'h' || p[1] == 'H'))
    return g_strdup ("Ch");

  upper = g_unichar_toupper (c);
  if (upper != 0x010C && upper != 0x0158 && upper != 0x0160 && upper != 0x017D &&
      g_unichar_fully_decompose (upper, FALSE, decomposed, G_N_ELEMENTS (decomposed)) > 0)
    upper = decomposed[0];
  n = g_unichar_to_utf8 (upper, buf);
  buf[n] = '\0';
  return g_strdup (buf);
}

static int
compare_keyed (gconstpointer a,
               gconstpointer b)
{
  const char *const *ka = a, *const *kb = b;

  return strcmp (ka[0], kb[0]);
}

/**
 * kp_catalogue_sort_names:
 * @names: (element-type utf8): names to sort in Czech order, in place
 */
void
kp_catalogue_sort_names (GPtrArray *names)
{
  g_autofree const char **pairs = g_new (const char *, names->len * 2 + 1);

  for (guint i = 0; i < names->len; i++)
    {
      pairs[2 * i] = kp_czech_collate_key (g_ptr_array_index (names, i));
      pairs[2 * i + 1] = g_ptr_array_index (names, i);
    }
  qsort (pairs, names->len, 2 * sizeof (char *), compare_keyed);
  for (guint i = 0; i < names->len; i++)
    {
      g_free ((char *) pairs[2 * i]);
      names->pdata[i] = (gpointer) pairs[2 * i + 1];
    }
}
