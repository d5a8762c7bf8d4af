/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kp-document-types.h"
#include "kp-logo.h"

G_BEGIN_DECLS

/* The settings of one document of a project, kept in the project file: what the user typed
 * and chose for it, so that the document is the same when the project is reopened, and
 * komplan-cli prints the document the user set up in the application.
 *
 * A document is a kind and a variant: the catalogue (variant ""), a leaflet for one group
 * (variant "seniors"), later the action plan of a year. This base class has what every
 * document has: its texts, the year it is issued for, how it is printed, and its logos.
 * Subclasses add their
 * own choices (KpCatalogueSettings, KpLeafletSettings).
 *
 * Values that were never set are %NULL (or 0): the document then has its default, which the
 * builder that makes it (src/snapshot) knows. An empty text is a value, not a default.
 *
 * Each setter checks its value, writes it to the project file at once in its own
 * transaction and then changes the object and emits "changed"; when it fails, nothing
 * changes. Settings are not edits of the plan: they are never on the undo stack. A copy
 * (kp_document_settings_copy()) is kept in memory only: komplan-cli changes one for a run.
 *
 * Signal: changed, after any value changed. */

/**
 * KpDocumentText:
 * @KP_DOCUMENT_TEXT_TITLE: the title on the cover
 * @KP_DOCUMENT_TEXT_SUBTITLE: under the title
 * @KP_DOCUMENT_TEXT_ISSUER: who issues the document, "Město Lesná"
 * @KP_DOCUMENT_TEXT_INTRODUCTION: paragraphs separated by a blank line
 * @KP_DOCUMENT_TEXT_PUBLICITY: the EU publicity text an EU-funded project must print
 */
typedef enum
{
  KP_DOCUMENT_TEXT_TITLE,
  KP_DOCUMENT_TEXT_SUBTITLE,
  KP_DOCUMENT_TEXT_ISSUER,
  KP_DOCUMENT_TEXT_INTRODUCTION,
  KP_DOCUMENT_TEXT_PUBLICITY,
  KP_DOCUMENT_N_TEXTS
} KpDocumentText;

/* The longest text kept, in bytes of UTF-8. */
#define KP_DOCUMENT_TEXT_MAX_LENGTH (64 * 1024)
/* The years a document may be issued for. */
#define KP_DOCUMENT_YEAR_MIN 2000
#define KP_DOCUMENT_YEAR_MAX 2100

#define KP_TYPE_DOCUMENT_SETTINGS (kp_document_settings_get_type ())
G_DECLARE_DERIVABLE_TYPE (KpDocumentSettings, kp_document_settings, KP, DOCUMENT_SETTINGS, GObject)

/**
 * KpDocumentSettingsClass:
 * @copy_values: copies the subclass's own values into @copy, a new object of the same class
 */
struct _KpDocumentSettingsClass
{
  GObjectClass parent_class;

  void (*copy_values) (KpDocumentSettings *self,
                       KpDocumentSettings *copy);

  gpointer padding[8];
};

KpDocumentKind kp_document_settings_get_kind (KpDocumentSettings *self);
const char    *kp_document_settings_get_variant (KpDocumentSettings *self);
/* Whether the settings are written to a project file (FALSE for a copy). */
gboolean kp_document_settings_get_is_stored (KpDocumentSettings *self);
/* Returns: (transfer full): a copy of every value, kept in memory only */
KpDocumentSettings *kp_document_settings_copy (KpDocumentSettings *self);

/* Returns: (nullable): the text, %NULL when it was never set */
const char *kp_document_settings_get_text (KpDocumentSettings *self,
                                           KpDocumentText      field);
/* @text: (nullable): %NULL goes back to the default. A text that is not UTF-8 or is longer
 * than KP_DOCUMENT_TEXT_MAX_LENGTH is refused with KP_PROJECT_ERROR_INVALID. */
gboolean kp_document_settings_set_text (KpDocumentSettings *self,
                                        KpDocumentText      field,
                                        const char         *text,
                                        GError            **error);
/* Returns: the year, 0 when it was never set */
int kp_document_settings_get_year (KpDocumentSettings *self);
/* @year: 0 (the default) or KP_DOCUMENT_YEAR_MIN … KP_DOCUMENT_YEAR_MAX */
gboolean kp_document_settings_set_year (KpDocumentSettings *self,
                                        int                 year,
                                        GError            **error);

/* For the print shop: the pages on larger sheets with 3 mm of bleed, crop marks, TrimBox and
 * BleedBox (an A5 catalogue is a stapled booklet either way). Default: off. */
gboolean kp_document_settings_get_for_print (KpDocumentSettings *self);
gboolean kp_document_settings_set_for_print (KpDocumentSettings *self,
                                             gboolean            for_print,
                                             GError            **error);
/* Large print: body text of 12 pt or more; a leaflet then lists fewer services. Default:
 * off. */
gboolean kp_document_settings_get_large_print (KpDocumentSettings *self);
gboolean kp_document_settings_set_large_print (KpDocumentSettings *self,
                                               gboolean            large_print,
                                               GError            **error);

/* Returns: (transfer none): a GListModel of KpLogo, in their order */
GListModel *kp_document_settings_get_logos (KpDocumentSettings *self);
/* Adds an image after the others (see kp_logo_new() for what is accepted). */
gboolean kp_document_settings_add_logo (KpDocumentSettings *self,
                                        const char         *file_name,
                                        GBytes             *data,
                                        GError            **error);
/* Reads @file (refusing one over KP_LOGO_MAX_SIZE before reading it) and adds it. */
gboolean kp_document_settings_add_logo_file (KpDocumentSettings *self,
                                             GFile              *file,
                                             GCancellable       *cancellable,
                                             GError            **error);
gboolean kp_document_settings_remove_logo (KpDocumentSettings *self,
                                           guint               position,
                                           GError            **error);

G_END_DECLS
