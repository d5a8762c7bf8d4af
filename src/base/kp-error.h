/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KP_IMPORT_ERROR  (kp_import_error_quark ())
#define KP_PROJECT_ERROR (kp_project_error_quark ())

/**
 * KpImportError:
 * @KP_IMPORT_ERROR_FORMAT: the file is not the kind of file it claims to be
 *   (wrong delimiter, encoding, missing column, truncated archive)
 * @KP_IMPORT_ERROR_RECORD: one row or record is wrong; the message names it
 * @KP_IMPORT_ERROR_MISSING: a code refers to something the reference data lacks
 * @KP_IMPORT_ERROR_DUPLICATE: a code appears twice
 * @KP_IMPORT_ERROR_OUTDATED: the file is older than the data already imported
 * @KP_IMPORT_ERROR_CHANGED: the import would remove more of what the reference data hold
 *   than a small share; the message says what, and the import may be forced
 * @KP_IMPORT_ERROR_NOTHING_TO_UNDO: there is no import to take back
 */
typedef enum
{
  KP_IMPORT_ERROR_FORMAT,
  KP_IMPORT_ERROR_RECORD,
  KP_IMPORT_ERROR_MISSING,
  KP_IMPORT_ERROR_DUPLICATE,
  KP_IMPORT_ERROR_OUTDATED,
  KP_IMPORT_ERROR_CHANGED,
  KP_IMPORT_ERROR_NOTHING_TO_UNDO,
} KpImportError;

/**
 * KpProjectError:
 * @KP_PROJECT_ERROR_INVALID: a value given by the user is not acceptable
 * @KP_PROJECT_ERROR_NO_REFERENCE: the reference data needed is missing
 * @KP_PROJECT_ERROR_NOT_FOUND: an obec, ORP or kraj code is not known
 * @KP_PROJECT_ERROR_NOTHING_TO_UNDO: undo or redo with an empty history
 * @KP_PROJECT_ERROR_CONFLICT: undo or redo found the rows changed since the step was taken;
 *   nothing was changed and the history stays as it was
 * @KP_PROJECT_ERROR_BUSY: a job is writing the project; edits wait until it is done
 *
 * File-level refusals (not Komplan's, corrupt, newer) are #KpDatabaseError.
 */
typedef enum
{
  KP_PROJECT_ERROR_INVALID,
  KP_PROJECT_ERROR_NO_REFERENCE,
  KP_PROJECT_ERROR_NOT_FOUND,
  KP_PROJECT_ERROR_NOTHING_TO_UNDO,
  KP_PROJECT_ERROR_CONFLICT,
  KP_PROJECT_ERROR_BUSY,
} KpProjectError;

GQuark kp_import_error_quark (void);
GQuark kp_project_error_quark (void);

/* The most characters of a file's text that a message quotes. */
#define KP_ERROR_QUOTE_MAX 60

/* Text read from a file, made fit to be quoted in a message: bytes that are not UTF-8
 * (and overlong or surrogate forms, which are not UTF-8 either) become U+FFFD, control
 * characters and line breaks become spaces, and text longer than KP_ERROR_QUOTE_MAX
 * characters is cut and ends with "…". Every message that quotes a file goes through it. */
char *kp_error_quote (const char *text,
                      gssize      length);

G_END_DECLS
