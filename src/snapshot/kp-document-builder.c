/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-document-builder.h"
#include "kp-catalogue-builder.h"
#include "kp-catalogue-document.h"
#include "kp-catalogue-settings.h"
#include "kp-leaflet-builder.h"
#include "kp-leaflet-document.h"
#include "kp-leaflet-settings.h"
#include "kp-plan-document-builder.h"
#include "kp-service-network.h"

/* The texts of the render options, in the order of KpDocumentText. */
typedef struct
{
  char **fields[KP_DOCUMENT_N_TEXTS];
  int   *year;
} OptionTexts;

static OptionTexts
catalogue_texts (KpCatalogueOptions *o)
{
  OptionTexts texts = { { &o->title, &o->subtitle, &o->issuer, &o->introduction,
                          &o->publicity_text },
                        &o->year };

  return texts;
}

static OptionTexts
leaflet_texts (KpLeafletOptions *o)
{
  OptionTexts texts = { { &o->title, &o->subtitle, &o->issuer, &o->introduction,
                          &o->publicity_text },
                        &o->year };

  return texts;
}

/* The settings' texts over the defaults already in @texts. */
static void
apply_texts (KpDocumentSettings *settings,
             const OptionTexts  *texts)
{
  for (guint i = 0; i < KP_DOCUMENT_N_TEXTS; i++)
    {
      const char      *kept = kp_document_settings_get_text (settings, i);
      g_autofree char *stripped = NULL;

      if (kept == NULL)
        continue;
      stripped = g_strstrip (g_strdup (kept));
      if (stripped[0] == '\0' && i == KP_DOCUMENT_TEXT_TITLE)
        continue;
      g_free (*texts->fields[i]);
      *texts->fields[i] = stripped[0] != '\0' ? g_steal_pointer (&stripped) : NULL;
    }
  if (kp_document_settings_get_year (settings) > 0)
    *texts->year = kp_document_settings_get_year (settings);
}

static KpPrintOptions
print_options (KpDocumentSettings *settings)
{
  KpPrintOptions print = { 0 };

  print.for_print = kp_document_settings_get_for_print (settings);
  print.large_print = kp_document_settings_get_large_print (settings);
  return print;
}

static GPtrArray *
copy_logos (KpDocumentSettings *settings)
{
  GListModel *logos = kp_document_settings_get_logos (settings);
  GPtrArray  *copies = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_document_logo_free);

  for (guint i = 0; i < g_list_model_get_n_items (logos); i++)
    {
      g_autoptr (KpLogo) logo = g_list_model_get_item (logos, i);

      g_ptr_array_add (copies, kp_document_logo_new (kp_logo_get_file_name (logo),
                                                     kp_logo_get_media_type (logo),
                                                     kp_logo_get_data (logo)));
    }
  return copies;
}

/* Whether a service of the project has this type or target group: the Publications view
 * offers only those, and shows "all" for a kept one that no service has any more. */
static gboolean
project_has (KpProject  *project,
             const char *type_code,
             const char *target_group)
{
  GListModel *services = kp_service_network_get_services (kp_service_network_get (project));

  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);
      const char *const *groups = kp_service_get_target_groups (service);

      if (type_code != NULL && g_strcmp0 (kp_service_get_type_code (service), type_code) == 0 &&
          kp_service_get_type_name (service) != NULL)
        return TRUE;
      if (target_group != NULL && groups != NULL &&
          g_strv_contains ((const char *const *) groups, target_group))
        return TRUE;
    }
  return FALSE;
}

static KpDocument *
build_catalogue (KpProject           *project,
                 KpCatalogueSettings *settings)
{
  KpCatalogueOptions    *options = kp_catalogue_builder_default_options (project);
  KpPublicationSelection selection;
  KpCatalogueSnapshot   *snapshot;
  OptionTexts            texts = catalogue_texts (options);
  const char            *type_code = kp_catalogue_settings_get_type_code (settings);
  const char            *target_group = kp_catalogue_settings_get_target_group (settings);
  KpCataloguePartFlags   parts = KP_CATALOGUE_PART_NONE;

  apply_texts (KP_DOCUMENT_SETTINGS (settings), &texts);
  g_ptr_array_extend_and_steal (options->logos, copy_logos (KP_DOCUMENT_SETTINGS (settings)));
  options->print = print_options (KP_DOCUMENT_SETTINGS (settings));
  options->structure = kp_catalogue_settings_get_structure (settings);
  options->paper_size = kp_catalogue_settings_get_paper (settings);

  kp_publication_selection_init (&selection);
  selection.registered = kp_catalogue_settings_get_registered (settings);
  selection.local = kp_catalogue_settings_get_local (settings);
  if (type_code != NULL && project_has (project, type_code, NULL))
    selection.type_code = g_strdup (type_code);
  if (target_group != NULL && project_has (project, NULL, target_group))
    selection.target_group = g_strdup (target_group);
  selection.forms = kp_catalogue_settings_get_form (settings);
  if (kp_catalogue_settings_get_part (settings, KP_CATALOGUE_SETTINGS_SITUATIONS))
    parts |= KP_CATALOGUE_PART_SITUATIONS;
  if (kp_catalogue_settings_get_part (settings, KP_CATALOGUE_SETTINGS_AUTHORITIES))
    parts |= KP_CATALOGUE_PART_AUTHORITIES;
  if (kp_catalogue_settings_get_part (settings, KP_CATALOGUE_SETTINGS_HEALTH))
    parts |= KP_CATALOGUE_PART_HEALTH;
  snapshot = kp_catalogue_builder_build_parts (project, &selection, parts);
  kp_publication_selection_clear (&selection);
  return kp_catalogue_document_new (snapshot, options);
}

static KpPublicationGroup
leaflet_group (KpLeafletSettings *settings)
{
  KpPublicationGroup group = KP_PUBLICATION_GROUP_ALL;

  kp_publication_group_from_string (kp_leaflet_settings_get_group (settings), &group);
  return group;
}

static KpDocument *
build_leaflet (KpProject         *project,
               KpLeafletSettings *settings)
{
  KpPublicationGroup group = leaflet_group (settings);
  KpLeafletOptions  *options = kp_leaflet_builder_default_options (project, group,
                                                                   kp_leaflet_settings_get_format (settings));
  OptionTexts        texts = leaflet_texts (options);

  apply_texts (KP_DOCUMENT_SETTINGS (settings), &texts);
  g_ptr_array_extend_and_steal (options->logos, copy_logos (KP_DOCUMENT_SETTINGS (settings)));
  options->print = print_options (KP_DOCUMENT_SETTINGS (settings));
  return kp_leaflet_document_new (kp_leaflet_builder_build (project, group), options);
}

/**
 * kp_document_builder_try_build:
 * @settings: the settings of the document, the project's own or a copy
 *
 * Returns: (transfer full) (nullable): the document of @settings; %NULL with @error set when
 *   a plan document cannot be made (kp_plan_document_build())
 */
KpDocument *
kp_document_builder_try_build (KpProject          *project,
                               KpDocumentSettings *settings,
                               GError            **error)
{
  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (KP_IS_DOCUMENT_SETTINGS (settings), NULL);

  if (KP_IS_CATALOGUE_SETTINGS (settings))
    return build_catalogue (project, KP_CATALOGUE_SETTINGS (settings));
  if (KP_IS_LEAFLET_SETTINGS (settings))
    return build_leaflet (project, KP_LEAFLET_SETTINGS (settings));
  if (KP_IS_PLAN_DOCUMENT_SETTINGS (settings))
    return kp_plan_document_build_from_settings (project, KP_PLAN_DOCUMENT_SETTINGS (settings),
                                                 error);
  g_return_val_if_reached (NULL);
}

/**
 * kp_document_builder_build:
 * @settings: the settings of the document, the project's own or a copy
 *
 * Returns: (transfer full) (nullable): the document of @settings; %NULL only for a plan
 *   document that cannot be made (kp_document_builder_try_build() says why)
 */
KpDocument *
kp_document_builder_build (KpProject          *project,
                           KpDocumentSettings *settings)
{
  return kp_document_builder_try_build (project, settings, NULL);
}

char *
kp_document_builder_dup_default_text (KpProject          *project,
                                      KpDocumentSettings *settings,
                                      KpDocumentText      field)
{
  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (KP_IS_DOCUMENT_SETTINGS (settings), NULL);
  g_return_val_if_fail (field < KP_DOCUMENT_N_TEXTS, NULL);

  if (KP_IS_PLAN_DOCUMENT_SETTINGS (settings))
    return kp_plan_document_dup_default_text (project, kp_document_settings_get_kind (settings),
                                              field);
  if (KP_IS_LEAFLET_SETTINGS (settings))
    {
      KpLeafletSettings *leaflet = KP_LEAFLET_SETTINGS (settings);
      g_autoptr (KpLeafletOptions) o = kp_leaflet_builder_default_options (project,
                                                                           leaflet_group (leaflet),
                                                                           kp_leaflet_settings_get_format (leaflet));
      OptionTexts texts = leaflet_texts (o);

      return g_strdup (*texts.fields[field] != NULL ? *texts.fields[field] : "");
    }
  else
    {
      g_autoptr (KpCatalogueOptions) o = kp_catalogue_builder_default_options (project);
      OptionTexts texts = catalogue_texts (o);

      return g_strdup (*texts.fields[field] != NULL ? *texts.fields[field] : "");
    }
}

int
kp_document_builder_get_default_year (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now);
}
