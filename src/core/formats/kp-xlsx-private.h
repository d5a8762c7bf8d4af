/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For kp-xlsx-reader.c only: the zip package and its small parts (relationships,
 * workbook, shared strings, document properties), with the uncompressed-size budget that
 * guards against zip bombs. */

#include <gio/gio.h>
#include <libxml/parser.h>
#include <zip.h>

#include "kp-error.h"

G_BEGIN_DECLS

typedef struct
{
  GBytes       *bytes;
  zip_t        *zip;
  char         *display_name;
  gsize         max_uncompressed;
  gsize         budget; /* uncompressed bytes still allowed */
  GStringChunk *string_chunk;
  GPtrArray    *strings; /* shared strings, const char * */
  char         *core_path;
  char         *workbook_path;
  char         *shared_strings_path;
} KpXlsxPackage;

/* One XML part being parsed by a push parser. */
typedef struct
{
  KpXlsxPackage   *pkg;
  xmlParserCtxtPtr ctxt;
  char            *part_name;
  GError          *error; /* set by a SAX callback that stopped the parser */
} KpXlsxParse;

gboolean    kp_xlsx_package_open (KpXlsxPackage *pkg,
                                  GBytes        *bytes,
                                  const char    *display_name,
                                  gsize          max_uncompressed,
                                  GError       **error);
void        kp_xlsx_package_close (KpXlsxPackage *pkg);
zip_file_t *kp_xlsx_package_open_part (KpXlsxPackage *pkg,
                                       const char    *name,
                                       zip_uint64_t  *out_size,
                                       GError       **error);
zip_int64_t kp_xlsx_package_feed (KpXlsxPackage *pkg,
                                  zip_file_t    *file,
                                  KpXlsxParse   *parse,
                                  char          *buffer,
                                  gsize          size,
                                  GError       **error);
gboolean    kp_xlsx_parse_begin (KpXlsxParse   *parse,
                                 KpXlsxPackage *pkg,
                                 xmlSAXHandler *sax,
                                 gpointer       user_data,
                                 const char    *part_name,
                                 GError       **error);
gboolean    kp_xlsx_parse_feed (KpXlsxParse *parse,
                                const char  *data,
                                int          len,
                                gboolean     terminate,
                                GError     **error);
void        kp_xlsx_parse_stop (KpXlsxParse *parse,
                                char        *message);
void        kp_xlsx_parse_clear (KpXlsxParse *parse);
gboolean    kp_xlsx_package_find_first_sheet (KpXlsxPackage *pkg,
                                              char         **out_name,
                                              char         **out_path,
                                              GError       **error);
gboolean    kp_xlsx_package_read_shared_strings (KpXlsxPackage *pkg,
                                                 GError       **error);
char       *kp_xlsx_package_dup_created (KpXlsxPackage *pkg,
                                         GError       **error);

void kp_xlsx_sax_init (xmlSAXHandler *sax);
void kp_xlsx_find_attribute (int             n_attributes,
                             const xmlChar **attributes,
                             const char     *localname,
                             const char    **out_start,
                             const char    **out_end);

G_END_DECLS
