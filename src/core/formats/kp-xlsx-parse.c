/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-xlsx-private.h"

#include <string.h>

/* Parsing one XML part of a workbook with a libxml2 push parser and SAX2 handlers that
 * have no entity or DTD callbacks: no entity is ever looked up or expanded, nothing is
 * loaded from outside, and errors are returned, never printed. */

static void
on_structured_error (void       *user_data,
                     xmlErrorPtr error)
{
  /* Reported from the parser context once parsing stops; never printed. */
}

void
kp_xlsx_sax_init (xmlSAXHandler *sax)
{
  memset (sax, 0, sizeof *sax);
  sax->initialized = XML_SAX2_MAGIC;
  sax->serror = on_structured_error;
}

void
kp_xlsx_find_attribute (int             n_attributes,
                        const xmlChar **attributes,
                        const char     *localname,
                        const char    **out_start,
                        const char    **out_end)
{
  *out_start = NULL;
  *out_end = NULL;
  for (int i = 0; i < n_attributes; i++)
    {
      const xmlChar **attribute = attributes + i * 5;

      if (strcmp ((const char *) attribute[0], localname) == 0)
        {
          *out_start = (const char *) attribute[3];
          *out_end = (const char *) attribute[4];
          return;
        }
    }
}

gboolean
kp_xlsx_parse_begin (KpXlsxParse   *parse,
                     KpXlsxPackage *pkg,
                     xmlSAXHandler *sax,
                     gpointer       user_data,
                     const char    *part_name,
                     GError       **error)
{
  kp_xlsx_parse_clear (parse);
  parse->pkg = pkg;
  parse->part_name = g_strdup (part_name);
  parse->ctxt = xmlCreatePushParserCtxt (sax, user_data, NULL, 0, part_name);
  if (parse->ctxt == NULL)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s: cannot start reading the part “%s”"), pkg->display_name, part_name);
      return FALSE;
    }
  /* NOENT only makes predefined entities arrive decoded in attribute values: with no
   * entity callbacks no other entity can be declared. */
  xmlCtxtUseOptions (parse->ctxt, XML_PARSE_NONET | XML_PARSE_NOENT);
  return TRUE;
}

void
kp_xlsx_parse_clear (KpXlsxParse *parse)
{
  /* libxml2 keeps entity declarations in a document of its own even in SAX mode */
  if (parse->ctxt != NULL && parse->ctxt->myDoc != NULL)
    g_clear_pointer (&parse->ctxt->myDoc, xmlFreeDoc);
  g_clear_pointer (&parse->ctxt, xmlFreeParserCtxt);
  g_clear_pointer (&parse->part_name, g_free);
  g_clear_error (&parse->error);
}

/* For SAX callbacks: stops the parser; the next feed returns @message (taken). */
void
kp_xlsx_parse_stop (KpXlsxParse *parse,
                    char        *message)
{
  if (parse->error == NULL)
    g_set_error_literal (&parse->error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT, message);
  g_free (message);
  xmlStopParser (parse->ctxt);
}

gboolean
kp_xlsx_parse_feed (KpXlsxParse *parse,
                    const char  *data,
                    int          len,
                    gboolean     terminate,
                    GError     **error)
{
  int rc = xmlParseChunk (parse->ctxt, data, len, terminate);

  if (parse->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&parse->error));
      return FALSE;
    }
  if (rc != XML_ERR_OK)
    {
      const xmlError *xml_error = xmlCtxtGetLastError (parse->ctxt);
      /* libxml2's message quotes the damaged bytes as they are. */
      g_autofree char *message = kp_error_quote (
          xml_error != NULL && xml_error->message != NULL ? g_strstrip (xml_error->message) : "?",
          -1);
      g_autofree char *part = kp_error_quote (parse->part_name, -1);

      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s is damaged: the part “%s” is not well-formed XML (line %d: %s)"),
                   parse->pkg->display_name, part, xml_error != NULL ? xml_error->line : 0,
                   message);
      return FALSE;
    }
  return TRUE;
}
