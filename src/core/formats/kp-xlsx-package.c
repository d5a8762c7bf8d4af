/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-xlsx-private.h"

#include <string.h>

/* The zip side of an .xlsx file and its small XML parts. Every byte unpacked is counted
 * against a budget, and a part whose declared size exceeds what is left is refused
 * before it is read. XML is parsed with SAX2 handlers that have no entity or DTD
 * callbacks, so no entity is ever defined or expanded and nothing is loaded from outside. */

#define CHUNK_SIZE (64 * 1024)

typedef struct
{
  char *id;
  char *type;
  char *target;
} Relationship;

static void
relationship_free (gpointer data)
{
  Relationship *rel = data;

  g_free (rel->id);
  g_free (rel->type);
  g_free (rel->target);
  g_free (rel);
}

static char *
dup_attribute (int             n_attributes,
               const xmlChar **attributes,
               const char     *localname)
{
  const char *start, *end;

  kp_xlsx_find_attribute (n_attributes, attributes, localname, &start, &end);
  return start != NULL ? g_strndup (start, end - start) : NULL;
}

static void
set_zip_error (KpXlsxPackage *pkg,
               zip_error_t   *zip_error,
               GError       **error)
{
  g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
               _ ("%s is damaged or truncated: %s"), pkg->display_name,
               zip_error_strerror (zip_error));
}

static void
set_too_large (KpXlsxPackage *pkg,
               GError       **error)
{
  g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
               _ ("%s unpacks to more than %u MB and is refused as a possible zip bomb"),
               pkg->display_name, (guint) (pkg->max_uncompressed / (1024 * 1024)));
}

gboolean
kp_xlsx_package_open (KpXlsxPackage *pkg,
                      GBytes        *bytes,
                      const char    *display_name,
                      gsize          max_uncompressed,
                      GError       **error)
{
  zip_source_t *source;
  zip_error_t   zip_error;
  gsize         len;
  const void   *data = g_bytes_get_data (bytes, &len);
  static gsize  xml_initialized = 0;

  if (g_once_init_enter (&xml_initialized))
    {
      xmlInitParser ();
      g_once_init_leave (&xml_initialized, 1);
    }

  pkg->bytes = g_bytes_ref (bytes);
  pkg->display_name = g_strdup (display_name);
  pkg->max_uncompressed = max_uncompressed;
  pkg->budget = max_uncompressed;
  pkg->string_chunk = g_string_chunk_new (64 * 1024);
  pkg->strings = g_ptr_array_new ();

  if (len == 0)
    {
      /* libzip would take it for an empty archive */
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT, _ ("%s is empty"),
                   display_name);
      return FALSE;
    }
  zip_error_init (&zip_error);
  source = zip_source_buffer_create (data, len, 0, &zip_error);
  if (source != NULL)
    {
      pkg->zip = zip_open_from_source (source, ZIP_RDONLY | ZIP_CHECKCONS, &zip_error);
      if (pkg->zip == NULL)
        zip_source_free (source);
    }
  if (pkg->zip == NULL)
    {
      if (zip_error_code_zip (&zip_error) == ZIP_ER_NOZIP)
        g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                     _ ("%s is not an xlsx workbook (it is not a zip archive, or it is "
                        "truncated)"),
                     display_name);
      else
        set_zip_error (pkg, &zip_error, error);
      zip_error_fini (&zip_error);
      return FALSE;
    }
  zip_error_fini (&zip_error);
  return TRUE;
}

void
kp_xlsx_package_close (KpXlsxPackage *pkg)
{
  g_clear_pointer (&pkg->zip, zip_discard);
  g_clear_pointer (&pkg->bytes, g_bytes_unref);
  g_clear_pointer (&pkg->string_chunk, g_string_chunk_free);
  g_clear_pointer (&pkg->strings, g_ptr_array_unref);
  g_clear_pointer (&pkg->display_name, g_free);
  g_clear_pointer (&pkg->core_path, g_free);
  g_clear_pointer (&pkg->workbook_path, g_free);
  g_clear_pointer (&pkg->shared_strings_path, g_free);
}

static gboolean
has_part (KpXlsxPackage *pkg,
          const char    *name)
{
  return zip_name_locate (pkg->zip, name, ZIP_FL_NOCASE) >= 0;
}

zip_file_t *
kp_xlsx_package_open_part (KpXlsxPackage *pkg,
                           const char    *name,
                           zip_uint64_t  *out_size,
                           GError       **error)
{
  zip_int64_t index = zip_name_locate (pkg->zip, name, ZIP_FL_NOCASE);
  zip_stat_t  st;
  zip_file_t *file;

  if (index < 0)
    {
      g_autofree char *part = kp_error_quote (name, -1);

      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s is not a complete xlsx workbook: the part “%s” is missing"),
                   pkg->display_name, part);
      return NULL;
    }
  zip_stat_init (&st);
  if (zip_stat_index (pkg->zip, (zip_uint64_t) index, 0, &st) != 0)
    {
      set_zip_error (pkg, zip_get_error (pkg->zip), error);
      return NULL;
    }
  if ((st.valid & ZIP_STAT_SIZE) && st.size > pkg->budget)
    {
      set_too_large (pkg, error);
      return NULL;
    }
  file = zip_fopen_index (pkg->zip, (zip_uint64_t) index, 0);
  if (file == NULL)
    {
      set_zip_error (pkg, zip_get_error (pkg->zip), error);
      return NULL;
    }
  *out_size = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
  return file;
}

static gboolean
consume (KpXlsxPackage *pkg,
         gsize          n,
         GError       **error)
{
  if (n > pkg->budget)
    {
      set_too_large (pkg, error);
      return FALSE;
    }
  pkg->budget -= n;
  return TRUE;
}

/* Reads the next chunk of @file into @buffer, counts it against the budget and feeds it
 * to @parse; the last, empty chunk ends the document.
 * Returns: the bytes read (0 once the part is read to its end), or -1 with @error set */
zip_int64_t
kp_xlsx_package_feed (KpXlsxPackage *pkg,
                      zip_file_t    *file,
                      KpXlsxParse   *parse,
                      char          *buffer,
                      gsize          size,
                      GError       **error)
{
  zip_int64_t n = zip_fread (file, buffer, size);

  if (n < 0)
    {
      set_zip_error (pkg, zip_file_get_error (file), error);
      return -1;
    }
  if (!consume (pkg, (gsize) n, error) ||
      !kp_xlsx_parse_feed (parse, buffer, (int) n, n == 0, error))
    return -1;
  return n;
}

static gboolean
parse_part (KpXlsxPackage *pkg,
            const char    *name,
            xmlSAXHandler *sax,
            gpointer       user_data,
            GError       **error)
{
  g_autofree char *buffer = NULL;
  zip_uint64_t     size = 0;
  zip_file_t      *file = kp_xlsx_package_open_part (pkg, name, &size, error);
  KpXlsxParse      parse = { NULL };
  zip_int64_t      n = -1;

  if (file == NULL)
    return FALSE;
  if (kp_xlsx_parse_begin (&parse, pkg, sax, user_data, name, error))
    {
      buffer = g_malloc (CHUNK_SIZE);
      do
        n = kp_xlsx_package_feed (pkg, file, &parse, buffer, CHUNK_SIZE, error);
      while (n > 0);
    }
  zip_fclose (file);
  kp_xlsx_parse_clear (&parse);
  return n == 0;
}

/* Relationship parts (_rels/.rels, xl/_rels/workbook.xml.rels). */

static void
on_rels_start_element (void           *user_data,
                       const xmlChar  *localname,
                       const xmlChar  *prefix,
                       const xmlChar  *uri,
                       int             n_namespaces,
                       const xmlChar **namespaces,
                       int             n_attributes,
                       int             n_defaulted,
                       const xmlChar **attributes)
{
  GPtrArray    *rels = user_data;
  Relationship *rel;

  if (strcmp ((const char *) localname, "Relationship") != 0)
    return;
  rel = g_new0 (Relationship, 1);
  rel->id = dup_attribute (n_attributes, attributes, "Id");
  rel->type = dup_attribute (n_attributes, attributes, "Type");
  rel->target = dup_attribute (n_attributes, attributes, "Target");
  if (rel->type == NULL || rel->target == NULL)
    relationship_free (rel);
  else
    g_ptr_array_add (rels, rel);
}

static GPtrArray *
read_relationships (KpXlsxPackage *pkg,
                    const char    *name,
                    GError       **error)
{
  g_autoptr (GPtrArray) rels = g_ptr_array_new_with_free_func (relationship_free);
  xmlSAXHandler sax;

  kp_xlsx_sax_init (&sax);
  sax.startElementNs = on_rels_start_element;
  if (!parse_part (pkg, name, &sax, rels, error))
    return NULL;
  return g_steal_pointer (&rels);
}

static const Relationship *
find_relationship (GPtrArray  *rels,
                   const char *type_suffix,
                   const char *id)
{
  for (guint i = 0; i < rels->len; i++)
    {
      const Relationship *rel = g_ptr_array_index (rels, i);

      if (type_suffix != NULL && !g_str_has_suffix (rel->type, type_suffix))
        continue;
      if (id != NULL && g_strcmp0 (rel->id, id) != 0)
        continue;
      return rel;
    }
  return NULL;
}

/* A relationship target is relative to the folder of the part that names it. */
static char *
resolve_target (const char *base_dir,
                const char *target)
{
  g_autofree char *joined = NULL;
  g_auto (GStrv) segments = NULL;
  g_autoptr (GPtrArray) kept = g_ptr_array_new ();

  if (target[0] == '/')
    joined = g_strdup (target + 1);
  else if (base_dir[0] == '\0' || strcmp (base_dir, ".") == 0)
    joined = g_strdup (target);
  else
    joined = g_strconcat (base_dir, "/", target, NULL);

  segments = g_strsplit (joined, "/", -1);
  for (guint i = 0; segments[i] != NULL; i++)
    {
      if (segments[i][0] == '\0' || strcmp (segments[i], ".") == 0)
        continue;
      if (strcmp (segments[i], "..") == 0)
        {
          if (kept->len > 0)
            g_ptr_array_set_size (kept, kept->len - 1);
          continue;
        }
      g_ptr_array_add (kept, segments[i]);
    }
  g_ptr_array_add (kept, NULL);
  return g_strjoinv ("/", (char **) kept->pdata);
}

/* The workbook part: the first <sheet> in document order. */

typedef struct
{
  char *name;
  char *rel_id;
} FirstSheet;

static void
on_workbook_start_element (void           *user_data,
                           const xmlChar  *localname,
                           const xmlChar  *prefix,
                           const xmlChar  *uri,
                           int             n_namespaces,
                           const xmlChar **namespaces,
                           int             n_attributes,
                           int             n_defaulted,
                           const xmlChar **attributes)
{
  FirstSheet *sheet = user_data;

  if (sheet->rel_id != NULL || strcmp ((const char *) localname, "sheet") != 0)
    return;
  sheet->name = dup_attribute (n_attributes, attributes, "name");
  sheet->rel_id = dup_attribute (n_attributes, attributes, "id");
}

gboolean
kp_xlsx_package_find_first_sheet (KpXlsxPackage *pkg,
                                  char         **out_name,
                                  char         **out_path,
                                  GError       **error)
{
  g_autoptr (GPtrArray) rels = NULL;
  g_autofree char    *workbook_dir = NULL;
  g_autofree char    *workbook_base = NULL;
  g_autofree char    *rels_path = NULL;
  FirstSheet          sheet = { NULL, NULL };
  const Relationship *rel;
  xmlSAXHandler       sax;
  gboolean            ok = FALSE;

  if (has_part (pkg, "_rels/.rels"))
    {
      rels = read_relationships (pkg, "_rels/.rels", error);
      if (rels == NULL)
        return FALSE;
      rel = find_relationship (rels, "/officeDocument", NULL);
      if (rel != NULL)
        pkg->workbook_path = resolve_target ("", rel->target);
      rel = find_relationship (rels, "/core-properties", NULL);
      if (rel != NULL)
        pkg->core_path = resolve_target ("", rel->target);
      g_clear_pointer (&rels, g_ptr_array_unref);
    }
  if (pkg->workbook_path == NULL)
    pkg->workbook_path = g_strdup ("xl/workbook.xml");
  if (pkg->core_path == NULL)
    pkg->core_path = g_strdup ("docProps/core.xml");

  kp_xlsx_sax_init (&sax);
  sax.startElementNs = on_workbook_start_element;
  if (!parse_part (pkg, pkg->workbook_path, &sax, &sheet, error))
    goto out;
  if (sheet.rel_id == NULL)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s has no worksheet"), pkg->display_name);
      goto out;
    }

  workbook_dir = g_path_get_dirname (pkg->workbook_path);
  workbook_base = g_path_get_basename (pkg->workbook_path);
  rels_path = g_strdup_printf ("%s/_rels/%s.rels", workbook_dir, workbook_base);
  rels = read_relationships (pkg, rels_path, error);
  if (rels == NULL)
    goto out;
  rel = find_relationship (rels, NULL, sheet.rel_id);
  if (rel == NULL)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s is damaged: the worksheet “%s” has no part"), pkg->display_name,
                   sheet.name != NULL ? sheet.name : "");
      goto out;
    }
  *out_path = resolve_target (workbook_dir, rel->target);
  rel = find_relationship (rels, "/sharedStrings", NULL);
  if (rel != NULL)
    pkg->shared_strings_path = resolve_target (workbook_dir, rel->target);
  *out_name = g_strdup (sheet.name != NULL ? sheet.name : "");
  ok = TRUE;
out:
  g_free (sheet.name);
  g_free (sheet.rel_id);
  return ok;
}

/* Shared strings: each <si> is one string, the concatenation of its <t> runs, without
 * phonetic runs (<rPh>). */

typedef struct
{
  KpXlsxPackage *pkg;
  GString       *text;
  gboolean       in_si;
  gboolean       in_rph;
  gboolean       collecting;
} SharedStrings;

static void
on_sst_start_element (void           *user_data,
                      const xmlChar  *localname,
                      const xmlChar  *prefix,
                      const xmlChar  *uri,
                      int             n_namespaces,
                      const xmlChar **namespaces,
                      int             n_attributes,
                      int             n_defaulted,
                      const xmlChar **attributes)
{
  SharedStrings *sst = user_data;
  const char    *name = (const char *) localname;

  if (strcmp (name, "si") == 0)
    {
      sst->in_si = TRUE;
      g_string_truncate (sst->text, 0);
    }
  else if (strcmp (name, "t") == 0 && sst->in_si && !sst->in_rph)
    sst->collecting = TRUE;
  else if (strcmp (name, "rPh") == 0)
    sst->in_rph = TRUE;
}

static void
on_sst_end_element (void          *user_data,
                    const xmlChar *localname,
                    const xmlChar *prefix,
                    const xmlChar *uri)
{
  SharedStrings *sst = user_data;
  const char    *name = (const char *) localname;

  if (strcmp (name, "t") == 0)
    sst->collecting = FALSE;
  else if (strcmp (name, "rPh") == 0)
    sst->in_rph = FALSE;
  else if (strcmp (name, "si") == 0 && sst->in_si)
    {
      sst->in_si = FALSE;
      g_ptr_array_add (sst->pkg->strings,
                       g_string_chunk_insert_len (sst->pkg->string_chunk, sst->text->str,
                                                  (gssize) sst->text->len));
    }
}

static void
on_collect_characters (void          *user_data,
                       const xmlChar *text,
                       int            len)
{
  SharedStrings *sst = user_data;

  if (sst->collecting)
    g_string_append_len (sst->text, (const char *) text, len);
}

gboolean
kp_xlsx_package_read_shared_strings (KpXlsxPackage *pkg,
                                     GError       **error)
{
  SharedStrings sst = { pkg, NULL, FALSE, FALSE, FALSE };
  xmlSAXHandler sax;
  gboolean      ok;

  if (pkg->shared_strings_path == NULL)
    {
      if (!has_part (pkg, "xl/sharedStrings.xml"))
        return TRUE; /* a workbook without text cells */
      pkg->shared_strings_path = g_strdup ("xl/sharedStrings.xml");
    }
  kp_xlsx_sax_init (&sax);
  sax.startElementNs = on_sst_start_element;
  sax.endElementNs = on_sst_end_element;
  sax.characters = on_collect_characters;
  sax.cdataBlock = on_collect_characters;
  sst.text = g_string_new (NULL);
  ok = parse_part (pkg, pkg->shared_strings_path, &sax, &sst, error);
  g_string_free (sst.text, TRUE);
  return ok;
}

/* docProps/core.xml: <dcterms:created>. */

static void
on_core_start_element (void           *user_data,
                       const xmlChar  *localname,
                       const xmlChar  *prefix,
                       const xmlChar  *uri,
                       int             n_namespaces,
                       const xmlChar **namespaces,
                       int             n_attributes,
                       int             n_defaulted,
                       const xmlChar **attributes)
{
  SharedStrings *core = user_data;

  core->collecting = strcmp ((const char *) localname, "created") == 0 && !core->in_si;
}

static void
on_core_end_element (void          *user_data,
                     const xmlChar *localname,
                     const xmlChar *prefix,
                     const xmlChar *uri)
{
  SharedStrings *core = user_data;

  if (core->collecting)
    core->in_si = TRUE; /* the first <created> only */
  core->collecting = FALSE;
}

char *
kp_xlsx_package_dup_created (KpXlsxPackage *pkg,
                             GError       **error)
{
  SharedStrings core = { pkg, NULL, FALSE, FALSE, FALSE };
  xmlSAXHandler sax;

  if (pkg->core_path == NULL || !has_part (pkg, pkg->core_path))
    return NULL;
  kp_xlsx_sax_init (&sax);
  sax.startElementNs = on_core_start_element;
  sax.endElementNs = on_core_end_element;
  sax.characters = on_collect_characters;
  core.text = g_string_new (NULL);
  if (!parse_part (pkg, pkg->core_path, &sax, &core, error))
    {
      g_string_free (core.text, TRUE);
      return NULL;
    }
  g_strstrip (core.text->str);
  if (core.text->str[0] == '\0')
    {
      g_string_free (core.text, TRUE);
      return NULL;
    }
  return g_string_free (core.text, FALSE);
}
