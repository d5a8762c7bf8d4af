/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-catalogue-builder.h"
#include "kp-cli-private.h"
#include "kp-document-builder.h"
#include "kp-preprint-check.h"
#include "kp-publications.h"

#include <glib/gstdio.h>
#include <string.h>

/* komplan-cli export catalogue | leaflet: the documents of the Publications view, as the user
 * set them up there (kp-publications.h); an option changes a copy of the settings for the
 * run only. */

static gboolean
check_arguments (const KpCliOptions *options,
                 const char         *command,
                 GError            **error)
{
  g_autofree char *lower = NULL;
  g_autofree char *display = NULL;

  if (options->args == NULL || g_strv_length (options->args) != 2)
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
                   /* Translators: %s is a command, "export catalogue" */
                   _ ("“%s” needs FILE.komplan and OUT.pdf (see “komplan-cli %s --help”)"),
                   command, command);
      return FALSE;
    }
  lower = g_ascii_strdown (options->args[1], -1);
  display = g_filename_display_name (options->args[1]);
  if (!g_str_has_suffix (lower, ".pdf"))
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE, _ ("“%s” must end in .pdf"), display);
      return FALSE;
    }
  if (!options->force && g_file_test (options->args[1], G_FILE_TEST_EXISTS))
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_FAILED,
                   _ ("“%s” already exists; give --force to replace it"), display);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_structure (const char           *text,
                 KpCatalogueStructure *out_structure,
                 GError              **error)
{
  static const struct
  {
    const char          *id;
    KpCatalogueStructure structure;
  } structures[] = {
    { "target-group", KP_CATALOGUE_BY_TARGET_GROUP },
    { "group", KP_CATALOGUE_BY_TARGET_GROUP },
    { "type", KP_CATALOGUE_BY_SERVICE_TYPE },
    { "provider", KP_CATALOGUE_BY_PROVIDER },
  };

  if (text == NULL)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (structures); i++)
    if (g_ascii_strcasecmp (text, structures[i].id) == 0)
      {
        *out_structure = structures[i].structure;
        return TRUE;
      }
  g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
               _ ("Unknown --by “%s”; use target-group, type or provider"), text);
  return FALSE;
}

static gboolean
parse_paper (const char *text,
             KpPageSize *out_size,
             GError    **error)
{
  if (text == NULL)
    return TRUE;
  if (g_ascii_strcasecmp (text, "a4") == 0)
    *out_size = KP_PAGE_SIZE_A4;
  else if (g_ascii_strcasecmp (text, "a5") == 0)
    *out_size = KP_PAGE_SIZE_A5;
  else
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
                   _ ("Unknown --paper “%s”; use a4 or a5"), text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_format (const char      *text,
              KpLeafletFormat *out_format,
              GError         **error)
{
  if (text == NULL)
    return TRUE;
  if (g_ascii_strcasecmp (text, "trifold") == 0)
    {
      *out_format = KP_LEAFLET_A4_TRIFOLD;
      return TRUE;
    }
  if (g_ascii_strcasecmp (text, "a5") == 0)
    {
      *out_format = KP_LEAFLET_A5_TWO_SIDED;
      return TRUE;
    }
  g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
               _ ("Unknown --format “%s”; use trifold or a5"), text);
  return FALSE;
}

static char *
list_groups (void)
{
  GString *text = g_string_new (NULL);

  for (int g = KP_PUBLICATION_GROUP_SENIORS; g < KP_PUBLICATION_N_GROUPS; g++)
    {
      if (text->len > 0)
        g_string_append (text, ", ");
      /* Translators: a leaflet group in the list of valid ones: id and name,
       * "seniors (Senioři)" */
      g_string_append_printf (text, _ ("%s (%s)"), kp_publication_group_to_string (g),
                              kp_publication_group_get_title (g));
    }
  return g_string_free (text, FALSE);
}

static gboolean
parse_group (const char         *text,
             KpPublicationGroup *out_group,
             GError            **error)
{
  g_autofree char *valid = list_groups ();

  if (text == NULL)
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
                   _ ("“export leaflet” needs --group; use one of: %s"), valid);
      return FALSE;
    }
  if (kp_publication_group_from_string (text, out_group))
    return TRUE;
  g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
               _ ("Unknown --group “%s”; use one of: %s"), text, valid);
  return FALSE;
}

/* "katalog.pdf: catalogue, 12 pages, 14 services", then the document's notes. */
static void
print_result (const char *path,
              const char *what,
              KpDocument *document)
{
  g_autofree char *display = g_filename_display_name (path);
  int              n_pages = kp_document_get_n_pages (document);
  g_autofree char *pages = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d page", "%d pages",
                                                         (gulong) n_pages),
                                            n_pages);
  GPtrArray       *notes = kp_document_get_notes (document);

  if (kp_document_get_summary (document) != NULL)
    /* Translators: the file written, what it is, "12 pages", "14 services" */
    g_print (_ ("%s: %s, %s, %s\n"), display, what, pages, kp_document_get_summary (document));
  else
    /* Translators: the file written, what it is, "12 pages" */
    g_print (_ ("%s: %s, %s\n"), display, what, pages);
  for (guint i = 0; i < notes->len; i++)
    g_print ("%s\n", ((KpDocumentNote *) g_ptr_array_index (notes, i))->text);
}

/* The project's publications; the logo files of an older project that could not be brought
 * into it are named on stderr. */
static KpPublications *
get_publications (KpProject *project)
{
  KpPublications *publications = kp_project_get_publications (project);
  const char     *note = kp_publications_get_import_note (publications);

  if (note != NULL)
    g_printerr ("%s\n", note);
  return publications;
}

/* --for-print and --large-print turn their choice on for this run. */
static void
apply_print_options (const KpCliOptions *options,
                     KpDocumentSettings *run)
{
  if (options->for_print)
    kp_document_settings_set_for_print (run, TRUE, NULL);
  if (options->large_print)
    kp_document_settings_set_large_print (run, TRUE, NULL);
}

/* The check before printing: a document with no services is refused unless --allow-empty,
 * with --strict any warning is. The warnings are printed on stderr when refused; else they
 * come with the document's notes. */
static gboolean
check_document (const KpCliOptions *options,
                KpDocument         *document,
                GError            **error)
{
  g_autoptr (GPtrArray) warnings = kp_preprint_check_document (document);
  gboolean empty = FALSE;

  for (guint i = 0; i < warnings->len; i++)
    empty |= ((KpPreprintWarning *) g_ptr_array_index (warnings, i))->kind ==
             KP_PREPRINT_NO_SERVICES;
  if (empty && !options->allow_empty)
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_FAILED,
                   _ ("The document lists no service, so it was not written; give "
                      "--allow-empty to write it all the same"));
      return FALSE;
    }
  if (options->strict && warnings->len > 0)
    {
      for (guint i = 0; i < warnings->len; i++)
        g_printerr ("%s\n", ((KpPreprintWarning *) g_ptr_array_index (warnings, i))->text);
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_FAILED,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The check before printing found %u problem (above), so with "
                                "--strict the document was not written",
                                "The check before printing found %u problems (above), so with "
                                "--strict the document was not written",
                                warnings->len),
                   warnings->len);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_document (const KpCliOptions *options,
                KpProject          *project,
                KpDocumentSettings *settings,
                const char         *path,
                const char         *what,
                GError            **error)
{
  g_autoptr (KpDocument) document = kp_document_builder_build (project, settings);

  if (!check_document (options, document, error))
    return FALSE;
  if (!kp_document_write_file (document, path, KP_DOCUMENT_FORMAT_PDF, NULL, NULL, error))
    return FALSE;
  /* services left out are known once the document is laid out */
  if (options->strict && !check_document (options, document, error))
    {
      g_unlink (path);
      return FALSE;
    }
  print_result (path, what, document);
  return TRUE;
}

/**
 * kp_cli_export_catalogue:
 *
 * komplan-cli export catalogue [--by target-group|type|provider] [--paper a4|a5]
 *   [--for-print] [--large-print] [--force] FILE.komplan OUT.pdf
 *
 * The catalogue set up in the Publications view; the options change it for this run.
 */
gboolean
kp_cli_export_catalogue (const KpCliOptions *options,
                         GError            **error)
{
  g_autoptr (KpProject) project = NULL;
  g_autoptr (KpDocumentSettings) run = NULL;
  KpCatalogueStructure structure = KP_CATALOGUE_BY_TARGET_GROUP;
  KpPageSize           paper = KP_PAGE_SIZE_A4;
  KpCatalogueSettings *settings;

  if (!parse_structure (options->by, &structure, error) ||
      !parse_paper (options->paper, &paper, error) ||
      !check_arguments (options, "export catalogue", error))
    return FALSE;
  project = kp_project_open (options->args[0], error);
  if (project == NULL)
    return FALSE;

  settings = kp_publications_get_catalogue (get_publications (project));
  run = kp_document_settings_copy (KP_DOCUMENT_SETTINGS (settings));
  if (options->by != NULL)
    kp_catalogue_settings_set_structure (KP_CATALOGUE_SETTINGS (run), structure, NULL);
  if (options->paper != NULL)
    kp_catalogue_settings_set_paper (KP_CATALOGUE_SETTINGS (run), paper, NULL);
  apply_print_options (options, run);
  return write_document (options, project, run, options->args[1], _ ("catalogue"), error);
}

/**
 * kp_cli_export_leaflet:
 *
 * komplan-cli export leaflet --group NAME [--format trifold|a5] [--for-print] [--large-print]
 *   [--force] FILE.komplan OUT.pdf
 *
 * The group's leaflet set up in the Publications view; the options change it for this run.
 */
gboolean
kp_cli_export_leaflet (const KpCliOptions *options,
                       GError            **error)
{
  g_autoptr (KpProject) project = NULL;
  g_autoptr (KpDocumentSettings) run = NULL;
  g_autofree char   *what = NULL;
  KpPublicationGroup group = KP_PUBLICATION_GROUP_ALL;
  KpLeafletFormat    format = KP_LEAFLET_A4_TRIFOLD;
  KpLeafletSettings *settings;

  if (!parse_group (options->group, &group, error) ||
      !parse_format (options->format, &format, error) ||
      !check_arguments (options, "export leaflet", error))
    return FALSE;
  project = kp_project_open (options->args[0], error);
  if (project == NULL)
    return FALSE;

  settings = kp_publications_get_leaflet (get_publications (project),
                                          kp_publication_group_to_string (group));
  run = kp_document_settings_copy (KP_DOCUMENT_SETTINGS (settings));
  if (options->format != NULL)
    kp_leaflet_settings_set_format (KP_LEAFLET_SETTINGS (run), format, NULL);
  apply_print_options (options, run);
  /* Translators: what was written: a leaflet for a group, "leaflet Senioři" */
  what = g_strdup_printf (_ ("leaflet %s"), kp_publication_group_get_title (group));
  return write_document (options, project, run, options->args[1], what, error);
}
