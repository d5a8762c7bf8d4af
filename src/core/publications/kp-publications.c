/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-publications.h"
#include "kp-project-private.h"
#include "kp-publications-private.h"
#include "kp-publications-repository.h"
#include "kp-error.h"
#include "kp-helpline-repository.h"

#include <string.h>

/* The tables of the documents' settings: the module's own, never recorded for undo. */
static const char *const document_tables[] = {
  "document",
  "catalogue_document",
  "leaflet_document",
  "document_logo",
  "publications_view",
  "document_logo_import",
  "plan_document_question",
  NULL,
};

/* The help lines are the project's content, not a document's setting: every change is an
 * undo step, and "changed" names the table. */
static const char *const recorded_tables[] = { "helpline", NULL };

struct _KpPublications
{
  KpProjectModule parent_instance;

  KpDatabase             *db;                                  /* the project's */
  KpCatalogueSettings    *catalogue;                           /* (nullable) until asked for */
  GHashTable             *leaflets;                            /* group → KpLeafletSettings */
  KpPlanDocumentSettings *plan_documents[KP_DOCUMENT_N_KINDS]; /* (nullable) until asked for */
  KpDocumentKind          shown_kind;
  char                   *shown_leaflet;
  char                   *import_note;
};

G_DEFINE_FINAL_TYPE (KpPublications, kp_publications, KP_TYPE_PROJECT_MODULE)

/* "Not found, so left out: a.png, b.svg" and the like, or NULL. */
static char *
describe_left_out (GString *missing,
                   GString *invalid)
{
  g_autofree char *not_found = NULL;
  g_autofree char *not_image = NULL;

  if (missing->len > 0)
    /* Translators: under the logos of a publication; %s lists file names, "logo.png, erb.svg" */
    not_found = g_strdup_printf (_ ("Not found, so left out: %s"), missing->str);
  if (invalid->len > 0)
    not_image = g_strdup_printf (
        /* Translators: %d is a size in megabytes (5), %s lists file names */
        _ ("Not a PNG or SVG image of at most %d MB, so left out: %s"),
        KP_LOGO_MAX_SIZE / (1024 * 1024), invalid->str);
  if (not_found != NULL && not_image != NULL)
    return g_strconcat (not_found, "\n", not_image, NULL);
  return not_found != NULL ? g_steal_pointer (&not_found) : g_steal_pointer (&not_image);
}

static void
append_name (GString    *names,
             const char *path)
{
  g_autofree char *basename = g_filename_display_basename (path);

  g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", basename);
}

/* The logo files a project of version 5 named, read into every document of the project in
 * one transaction; a relative path is read from the project's folder. A file that is gone
 * or no logo is left out and named in the import note. */
static void
import_logos (KpPublications *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) paths = NULL;
  g_autoptr (GString) missing = g_string_new (NULL);
  g_autoptr (GString) invalid = g_string_new (NULL);
  g_autofree char *folder = g_path_get_dirname (kp_database_get_path (self->db));
  gboolean         ok;

  if (!kp_publications_repository_list_logo_imports (self->db, &paths, &error))
    {
      g_debug ("Reading the logos to bring into the project failed: %s", error->message);
      return;
    }
  if (paths->len == 0)
    return;
  if (!kp_database_begin (self->db, &error))
    {
      g_debug ("Bringing the logos into the project failed: %s", error->message);
      return;
    }
  ok = TRUE;
  for (guint i = 0; ok && i < paths->len; i++)
    {
      const char      *path = g_ptr_array_index (paths, i);
      g_autofree char *absolute = g_path_is_absolute (path) ? g_strdup (path)
                                                            : g_build_filename (folder, path, NULL);
      g_autofree char *name = g_filename_display_basename (absolute);
      g_autofree char *contents = NULL;
      g_autoptr (GBytes) data = NULL;
      g_autoptr (KpLogo) logo = NULL;
      gsize length = 0;

      if (!g_file_get_contents (absolute, &contents, &length, NULL))
        {
          append_name (missing, absolute);
          continue;
        }
      data = g_bytes_new_take (g_steal_pointer (&contents), length);
      logo = kp_logo_new (name, data, NULL);
      if (logo == NULL)
        {
          append_name (invalid, absolute);
          continue;
        }
      ok = kp_publications_repository_add_logo_everywhere (self->db, logo, &error);
    }
  if (!ok || !kp_publications_repository_clear_logo_imports (self->db, &error) ||
      !kp_database_commit (self->db, &error))
    {
      kp_database_rollback (self->db);
      g_debug ("Bringing the logos into the project failed: %s", error->message);
      return;
    }
  self->import_note = describe_left_out (missing, invalid);
}

static void
load_view (KpPublications *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *kind = NULL;

  if (!kp_publications_repository_load_view (self->db, &kind, &self->shown_leaflet, &error))
    g_debug ("Reading which publication is shown failed: %s", error->message);
  kp_document_kind_from_string (kind, &self->shown_kind);
}

/* Reading never fails the module: what cannot be read keeps its defaults (logged). */
static gboolean
kp_publications_load (KpProjectModule *module,
                      GError         **error)
{
  KpPublications *self = KP_PUBLICATIONS (module);

  self->db = g_object_ref (kp_project_get_database (kp_project_module_get_project (module)));
  import_logos (self);
  load_view (self);
  return TRUE;
}

static void
kp_publications_finalize (GObject *object)
{
  KpPublications *self = KP_PUBLICATIONS (object);

  g_clear_object (&self->catalogue);
  g_hash_table_unref (self->leaflets);
  for (guint i = 0; i < KP_DOCUMENT_N_KINDS; i++)
    g_clear_object (&self->plan_documents[i]);
  g_clear_object (&self->db);
  g_free (self->shown_leaflet);
  g_free (self->import_note);
  G_OBJECT_CLASS (kp_publications_parent_class)->finalize (object);
}

static void
kp_publications_class_init (KpPublicationsClass *klass)
{
  KpProjectModuleClass *module_class = KP_PROJECT_MODULE_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = kp_publications_finalize;

  module_class->name = "publications";
  module_class->tables = recorded_tables;
  module_class->unrecorded_tables = document_tables;
  module_class->load = kp_publications_load;
}

static void
kp_publications_init (KpPublications *self)
{
  self->leaflets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->shown_kind = KP_DOCUMENT_KIND_CATALOGUE;
}

/**
 * kp_project_get_publications:
 *
 * The project keeps its publications module for as long as it lives.
 *
 * Returns: (transfer none): the publications module of @project, created on first use
 */
KpPublications *
kp_project_get_publications (KpProject *project)
{
  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  return kp_project_get_module (project, KP_TYPE_PUBLICATIONS, NULL);
}

KpCatalogueSettings *
kp_publications_get_catalogue (KpPublications *self)
{
  g_return_val_if_fail (KP_IS_PUBLICATIONS (self), NULL);

  if (self->catalogue == NULL)
    self->catalogue = kp_catalogue_settings_new_stored (self->db);
  return self->catalogue;
}

KpLeafletSettings *
kp_publications_get_leaflet (KpPublications *self,
                             const char     *group)
{
  KpLeafletSettings *leaflet;

  g_return_val_if_fail (KP_IS_PUBLICATIONS (self), NULL);
  g_return_val_if_fail (group != NULL && *group != '\0' && strlen (group) <= 64, NULL);

  leaflet = g_hash_table_lookup (self->leaflets, group);
  if (leaflet == NULL)
    {
      leaflet = kp_leaflet_settings_new_stored (self->db, group);
      g_hash_table_insert (self->leaflets, g_strdup (group), leaflet);
    }
  return leaflet;
}

KpPlanDocumentSettings *
kp_publications_get_plan_document (KpPublications *self,
                                   KpDocumentKind  kind)
{
  g_return_val_if_fail (KP_IS_PUBLICATIONS (self), NULL);
  g_return_val_if_fail (kp_document_kind_is_plan (kind), NULL);

  if (self->plan_documents[kind] == NULL)
    self->plan_documents[kind] = kp_plan_document_settings_new_stored (self->db, kind);
  return self->plan_documents[kind];
}

/**
 * kp_publications_get_document:
 * @variant: (nullable): for the catalogue and the plan documents, "" or %NULL; for a
 *   leaflet, the group
 */
KpDocumentSettings *
kp_publications_get_document (KpPublications *self,
                              KpDocumentKind  kind,
                              const char     *variant)
{
  g_return_val_if_fail (KP_IS_PUBLICATIONS (self), NULL);

  switch (kind)
    {
    case KP_DOCUMENT_KIND_CATALOGUE:
      return KP_DOCUMENT_SETTINGS (kp_publications_get_catalogue (self));
    case KP_DOCUMENT_KIND_LEAFLET:
      return KP_DOCUMENT_SETTINGS (kp_publications_get_leaflet (self, variant));
    case KP_DOCUMENT_KIND_PLAN:
    case KP_DOCUMENT_KIND_ACTION_PLAN:
    case KP_DOCUMENT_KIND_EVALUATION:
    case KP_DOCUMENT_KIND_COMMENTS:
      return KP_DOCUMENT_SETTINGS (kp_publications_get_plan_document (self, kind));
    case KP_DOCUMENT_N_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

KpDocumentKind
kp_publications_get_shown_kind (KpPublications *self)
{
  g_return_val_if_fail (KP_IS_PUBLICATIONS (self), KP_DOCUMENT_KIND_CATALOGUE);
  return self->shown_kind;
}

gboolean
kp_publications_set_shown_kind (KpPublications *self,
                                KpDocumentKind  kind,
                                GError        **error)
{
  g_return_val_if_fail (KP_IS_PUBLICATIONS (self), FALSE);
  g_return_val_if_fail (kp_document_kind_to_string (kind) != NULL, FALSE);

  if (self->shown_kind == kind)
    return TRUE;
  if (!kp_publications_repository_set_view_kind (self->db, kp_document_kind_to_string (kind),
                                                 error))
    return FALSE;
  self->shown_kind = kind;
  return TRUE;
}

const char *
kp_publications_get_shown_leaflet (KpPublications *self)
{
  g_return_val_if_fail (KP_IS_PUBLICATIONS (self), NULL);
  return self->shown_leaflet;
}

gboolean
kp_publications_set_shown_leaflet (KpPublications *self,
                                   const char     *group,
                                   GError        **error)
{
  g_return_val_if_fail (KP_IS_PUBLICATIONS (self), FALSE);
  g_return_val_if_fail (group == NULL || strlen (group) <= 64, FALSE);

  if (g_strcmp0 (self->shown_leaflet, group) == 0)
    return TRUE;
  if (!kp_publications_repository_set_view_leaflet (self->db, group, error))
    return FALSE;
  g_free (self->shown_leaflet);
  self->shown_leaflet = g_strdup (group);
  return TRUE;
}

const char *
kp_publications_get_import_note (KpPublications *self)
{
  g_return_val_if_fail (KP_IS_PUBLICATIONS (self), NULL);
  return self->import_note;
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/**
 * kp_publications_dup_helplines:
 *
 * Returns: (transfer full) (element-type KpHelpline): the project's help lines, in their
 *   order: the national ones as checked (resources/sql/project/0010-helplines.sql) until the
 *   user edits them; %NULL with @error set
 */
GPtrArray *
kp_publications_dup_helplines (KpPublications *self,
                               GError        **error)
{
  g_return_val_if_fail (KP_IS_PUBLICATIONS (self), NULL);
  return kp_helpline_repository_load (self->db, error);
}

static gboolean
write_helplines (KpDatabase *db,
                 gpointer    data,
                 GError    **error)
{
  return kp_helpline_repository_replace (db, data, error);
}

/* The list as kp_publications_set_helplines() keeps it, or %FALSE with @error set. */
static gboolean
check_helplines (GPtrArray *helplines,
                 GError   **error)
{
  for (guint i = 0; i < helplines->len; i++)
    {
      const KpHelpline *line = g_ptr_array_index (helplines, i);

      if (is_blank (line->name) || is_blank (line->phone))
        {
          g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                       _ ("A help line needs a name and a phone number"));
          return FALSE;
        }
      if (!kp_helpline_check_phone (line->phone, error))
        {
          /* Translators: before what is wrong with the number of a line; %s is its name */
          g_prefix_error (error, _ ("“%s”: "), line->name);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * kp_publications_set_helplines:
 * @helplines: (element-type KpHelpline): the lines, in the order documents print them
 *
 * Replaces the project's help lines: one edit (kp_project_edit()), undone with the
 * project's undo, announced by "changed" naming the table "helpline".
 *
 * Returns: %TRUE when kept; %FALSE with @error set (KP_PROJECT_ERROR_INVALID for a line with
 *   no name, or no phone number a Czech reader can dial: kp_helpline_check_phone()), and
 *   nothing changed
 */
gboolean
kp_publications_set_helplines (KpPublications *self,
                               GPtrArray      *helplines,
                               GError        **error)
{
  g_return_val_if_fail (KP_IS_PUBLICATIONS (self), FALSE);
  g_return_val_if_fail (helplines != NULL, FALSE);

  if (!check_helplines (helplines, error))
    return FALSE;
  return kp_project_edit (kp_project_module_get_project (KP_PROJECT_MODULE (self)),
                          _ ("Edit the help lines"), write_helplines, helplines, error);
}

/**
 * kp_publications_reset_helplines:
 *
 * Puts back the national help lines as checked with their operators
 * (kp_helpline_dup_defaults()) in place of the project's: one edit, undone with the
 * project's undo.
 *
 * Returns: %TRUE when done; %FALSE with @error set and nothing changed
 */
gboolean
kp_publications_reset_helplines (KpPublications *self,
                                 GError        **error)
{
  g_autoptr (GPtrArray) defaults = kp_helpline_dup_defaults ();

  g_return_val_if_fail (KP_IS_PUBLICATIONS (self), FALSE);
  return kp_project_edit (kp_project_module_get_project (KP_PROJECT_MODULE (self)),
                          _ ("Restore the national help lines"), write_helplines, defaults,
                          error);
}
