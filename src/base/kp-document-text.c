/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-document-text.h"
#include "kp-document-text-private.h"

#include <string.h>

/* Compares the key context + U+0004 + msgid (context may be NULL) with a table key, as
 * strcmp would compare the joined key, without joining it. */
static int
compare_key (const char *context,
             const char *msgid,
             const char *key)
{
  const unsigned char *k = (const unsigned char *) key;

  if (context != NULL)
    {
      const unsigned char *c = (const unsigned char *) context;

      for (; *c != '\0'; c++, k++)
        if (*c != *k)
          return (int) *c - (int) *k;
      if (*k != '\004')
        return (int) '\004' - (int) *k;
      k++;
    }
  return strcmp (msgid, (const char *) k);
}

static const KpDocumentString *
lookup (const char *context,
        const char *msgid)
{
  unsigned low = 0;
  unsigned high = kp_document_n_strings_cs;

  while (low < high)
    {
      unsigned mid = low + (high - low) / 2;
      int      cmp = compare_key (context, msgid, kp_document_strings_cs[mid].key);

      if (cmp == 0)
        return &kp_document_strings_cs[mid];
      if (cmp < 0)
        high = mid;
      else
        low = mid + 1;
    }
  return NULL;
}

/**
 * kp_document_plural_form:
 * @n: a count
 *
 * Returns: the index of the Czech plural form for @n: 0 for 1, 1 for 2–4, 2 otherwise (0,
 * 5 and more), the rule of po/cs.po's Plural-Forms.
 */
int
kp_document_plural_form (gulong n)
{
  if (n == 1)
    return 0;
  if (n >= 2 && n <= 4)
    return 1;
  return 2;
}

/**
 * kp_document_gettext:
 * @msgid: an English message, marked with the D_ macro
 *
 * Returns: (transfer none): @msgid in the document's language, or @msgid when it has no
 *   translation
 */
const char *
kp_document_gettext (const char *msgid)
{
  const KpDocumentString *s;

  g_return_val_if_fail (msgid != NULL, NULL);
  s = lookup (NULL, msgid);
  return s != NULL ? s->forms[0] : msgid;
}

/**
 * kp_document_pgettext:
 * @context: the message's context, as with the C_ macro
 * @msgid: an English message
 *
 * Returns: (transfer none): @msgid in @context in the document's language, or @msgid
 */
const char *
kp_document_pgettext (const char *context,
                      const char *msgid)
{
  const KpDocumentString *s;

  g_return_val_if_fail (context != NULL, NULL);
  g_return_val_if_fail (msgid != NULL, NULL);
  s = lookup (context, msgid);
  return s != NULL ? s->forms[0] : msgid;
}

/**
 * kp_document_ngettext:
 * @msgid: the English singular
 * @msgid_plural: the English plural
 * @n: the count
 *
 * Returns: (transfer none): the form of the document's language for @n, or the English form
 *   when the message has no translation
 */
const char *
kp_document_ngettext (const char *msgid,
                      const char *msgid_plural,
                      gulong      n)
{
  const KpDocumentString *s;
  const char             *form;

  g_return_val_if_fail (msgid != NULL, NULL);
  g_return_val_if_fail (msgid_plural != NULL, NULL);
  s = lookup (NULL, msgid);
  if (s == NULL)
    return n == 1 ? msgid : msgid_plural;
  form = s->forms[kp_document_plural_form (n)];
  return form != NULL ? form : s->forms[0];
}
