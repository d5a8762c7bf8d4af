/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-catalogue-parts.h"

/* The values of the catalogue's optional parts (kp-catalogue-parts.h). */

KpCatalogueOffice *
kp_catalogue_office_new (const char *name,
                         const char *obec,
                         gboolean    nearest,
                         double      distance_km)
{
  KpCatalogueOffice *office = g_new0 (KpCatalogueOffice, 1);

  office->name = g_strdup (name != NULL ? name : "");
  office->obec = g_strdup (obec != NULL ? obec : "");
  office->nearest = nearest;
  office->distance_km = distance_km;
  return office;
}

void
kp_catalogue_office_free (KpCatalogueOffice *office)
{
  if (office == NULL)
    return;
  g_free (office->name);
  g_free (office->obec);
  g_free (office);
}

KpCatalogueSituation *
kp_catalogue_situation_new (const char *title)
{
  KpCatalogueSituation *situation = g_new0 (KpCatalogueSituation, 1);

  situation->title = g_strdup (title != NULL ? title : "");
  situation->entries = g_array_new (FALSE, FALSE, sizeof (guint));
  return situation;
}

void
kp_catalogue_situation_free (KpCatalogueSituation *situation)
{
  if (situation == NULL)
    return;
  g_free (situation->title);
  g_array_unref (situation->entries);
  g_free (situation);
}

KpCatalogueParts *
kp_catalogue_parts_new (KpCataloguePartFlags asked)
{
  KpCatalogueParts *parts = g_new0 (KpCatalogueParts, 1);

  parts->asked = asked;
  parts->situations = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_catalogue_situation_free);
  parts->social = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_catalogue_entry_free);
  parts->ospod = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_catalogue_entry_free);
  parts->offices = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_catalogue_office_free);
  parts->health = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_catalogue_entry_free);
  return parts;
}

void
kp_catalogue_parts_free (KpCatalogueParts *parts)
{
  if (parts == NULL)
    return;
  g_ptr_array_unref (parts->situations);
  g_ptr_array_unref (parts->social);
  g_ptr_array_unref (parts->ospod);
  g_ptr_array_unref (parts->offices);
  g_ptr_array_unref (parts->health);
  g_free (parts);
}

static void
copy_entries (GPtrArray *to,
              GPtrArray *from)
{
  for (guint i = 0; i < from->len; i++)
    g_ptr_array_add (to, kp_catalogue_entry_copy (g_ptr_array_index (from, i)));
}

/**
 * kp_catalogue_parts_copy:
 *
 * Returns: (transfer full): a deep copy
 */
KpCatalogueParts *
kp_catalogue_parts_copy (const KpCatalogueParts *parts)
{
  KpCatalogueParts *copy;

  g_return_val_if_fail (parts != NULL, NULL);

  copy = kp_catalogue_parts_new (parts->asked);
  for (guint i = 0; i < parts->situations->len; i++)
    {
      const KpCatalogueSituation *s = g_ptr_array_index (parts->situations, i);
      KpCatalogueSituation       *c = kp_catalogue_situation_new (s->title);

      g_array_append_vals (c->entries, s->entries->data, s->entries->len);
      g_ptr_array_add (copy->situations, c);
    }
  copy_entries (copy->social, parts->social);
  copy_entries (copy->ospod, parts->ospod);
  for (guint i = 0; i < parts->offices->len; i++)
    {
      const KpCatalogueOffice *o = g_ptr_array_index (parts->offices, i);

      g_ptr_array_add (copy->offices,
                       kp_catalogue_office_new (o->name, o->obec, o->nearest, o->distance_km));
    }
  copy_entries (copy->health, parts->health);
  return copy;
}

gboolean
kp_catalogue_parts_has_situations (const KpCatalogueParts *parts)
{
  return parts != NULL && (parts->asked & KP_CATALOGUE_PART_SITUATIONS) != 0 &&
         parts->situations->len > 0;
}

gboolean
kp_catalogue_parts_has_authorities (const KpCatalogueParts *parts)
{
  return parts != NULL && (parts->asked & KP_CATALOGUE_PART_AUTHORITIES) != 0 &&
         parts->social->len + parts->ospod->len + parts->offices->len > 0;
}

gboolean
kp_catalogue_parts_has_health (const KpCatalogueParts *parts)
{
  return parts != NULL && (parts->asked & KP_CATALOGUE_PART_HEALTH) != 0 && parts->health->len > 0;
}

guint
kp_catalogue_parts_count_entries (const KpCatalogueParts *parts)
{
  guint n = 0;

  if (kp_catalogue_parts_has_authorities (parts))
    n += parts->social->len + parts->ospod->len;
  if (kp_catalogue_parts_has_health (parts))
    n += parts->health->len;
  return n;
}
