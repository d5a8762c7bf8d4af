/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-registry-parser-private.h"

#include <string.h>

/* A streaming reader of rpss.json: yajl's event callbacks fill one service record at a
 * time and hand it to the importer when its object closes, so memory stays the size of one
 * record whatever the size of the file. Only the keys Komplan keeps are read; everything
 * else (statutory bodies, names of heads, documents) is skipped without being copied.
 *
 * Each open object or array is a frame saying what it is; a value is handled according to
 * its frame and the key before it. Wrong types, absurd sizes and nesting are refused with
 * an error naming the record. */

void
kp_registry_set_record_error (GError                 **error,
                              int                      code,
                              const char              *file_name,
                              const KpRegistryService *service,
                              const char              *format,
                              ...)
{
  g_autofree char *reason = NULL;
  va_list          args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);
  if (service->identifikator != NULL)
    {
      g_autofree char *identifikator = kp_error_quote (service->identifikator, -1);

      /* Translators: file name, index of the service in the file, its registry identifier
       * (identifikátor služby), then what is wrong */
      g_set_error (error, KP_IMPORT_ERROR, code, _ ("%s, record %u (identifikátor %s): %s"),
                   file_name, service->index, identifikator, reason);
    }
  else
    /* Translators: file name, index of the service in the file, then what is wrong */
    g_set_error (error, KP_IMPORT_ERROR, code, _ ("%s, record %u: %s"), file_name,
                 service->index, reason);
}

/* Records an error about the current place and stops the parser (a callback returning 0). */
int
kp_registry_parser_fail (KpRegistryParser *self,
                         const char       *format,
                         ...)
{
  g_autofree char *reason = NULL;
  va_list          args;

  if (self->error != NULL)
    return 0;
  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);
  if (self->in_service)
    kp_registry_set_record_error (&self->error, KP_IMPORT_ERROR_RECORD, self->display_name,
                                  &self->service, "%s", reason);
  else
    g_set_error (&self->error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT, "%s: %s",
                 self->display_name, reason);
  return 0;
}

static int
push (KpRegistryParser *self,
      Ctx               ctx,
      int               target)
{
  Frame *frame;

  if (self->depth + self->skip_depth >= KP_REGISTRY_MAX_DEPTH)
    return kp_registry_parser_fail (self, g_dngettext (GETTEXT_PACKAGE, "the data is nested deeper than %d level", "the data is nested deeper than %d levels", KP_REGISTRY_MAX_DEPTH),
                                    KP_REGISTRY_MAX_DEPTH);
  frame = &self->frames[++self->depth];
  frame->ctx = ctx;
  frame->key = K_NONE;
  frame->target = target;
  frame->n_items = 0;
  return 1;
}

static int
start_skip (KpRegistryParser *self)
{
  if (self->depth + self->skip_depth >= KP_REGISTRY_MAX_DEPTH)
    return kp_registry_parser_fail (self, g_dngettext (GETTEXT_PACKAGE, "the data is nested deeper than %d level", "the data is nested deeper than %d levels", KP_REGISTRY_MAX_DEPTH),
                                    KP_REGISTRY_MAX_DEPTH);
  self->skip_depth++;
  return 1;
}

static int
add_item (KpRegistryParser *self,
          Frame            *frame,
          guint             limit)
{
  if (++frame->n_items > limit)
    return kp_registry_parser_fail (self, g_dngettext (GETTEXT_PACKAGE, "a list has more than %u item", "a list has more than %u items", limit),
                                    limit);
  return 1;
}

void
kp_registry_parser_reset_service (KpRegistryParser *self)
{
  KpRegistryService *s = &self->service;
  guint              index = s->index;

  g_string_chunk_clear (self->strings);
  g_array_set_size (s->facilities, 0);
  g_array_set_size (s->forms, 0);
  g_array_set_size (s->capacities, 0);
  g_array_set_size (s->contacts, 0);
  g_ptr_array_set_size (s->target_groups, 0);
  g_ptr_array_set_size (s->age_groups, 0);
  g_ptr_array_set_size (s->scope, 0);
  s->portal_id = s->record_id = s->identifikator = s->nazev = NULL;
  s->datum_od = s->datum_do = s->druh = s->age_note = NULL;
  s->provider_nazev = s->provider_ico = NULL;
  memset (&s->provider_address, 0, sizeof s->provider_address);
  s->index = index + 1;
}

/* Opens the contacts list named by @key at @level. */
static int
push_contacts (KpRegistryParser *self,
               Key               key,
               KpRegistryLevel   level)
{
  KpRegistryContactKind kind = key == K_EMAILY ? KP_REGISTRY_CONTACT_EMAIL
                               : key == K_WEBY ? KP_REGISTRY_CONTACT_WEB
                               : key == K_FAXY ? KP_REGISTRY_CONTACT_FAX
                                               : KP_REGISTRY_CONTACT_PHONE;

  return push (self, CTX_CONTACTS, (int) level * 4 + (int) kind);
}

static int
on_start_array (void *ctx)
{
  KpRegistryParser *self = ctx;
  Frame            *frame = parser_top (self);

  self->events++;
  if (self->skip_depth > 0)
    return start_skip (self);

  switch (frame->ctx)
    {
    case CTX_DOC:
      return kp_registry_parser_fail (self, _ ("the file is a JSON list, but an object with the list “polozky” "
                                               "is expected"));
    case CTX_ROOT:
      if (frame->key != K_POLOZKY)
        return start_skip (self);
      self->seen_items = TRUE;
      return push (self, CTX_ITEMS, T_NONE);
    case CTX_ITEMS:
    case CTX_FACILITIES:
    case CTX_CONTACTS:
    case CTX_FORMS:
    case CTX_CAPACITIES:
      if (frame->ctx == CTX_ITEMS)
        {
          kp_registry_parser_reset_service (self);
          self->in_service = TRUE;
        }
      return kp_registry_parser_fail (self, _ ("a list item is %s, but an object is expected"), kp_registry_parser_type_name ('a'));
    case CTX_SERVICE:
      switch (frame->key)
        {
        case K_ZARIZENI:
          return push (self, CTX_FACILITIES, T_NONE);
        case K_FORMY:
          return push (self, CTX_FORMS, T_NONE);
        case K_EMAILY:
        case K_TELEFONY:
        case K_FAXY:
        case K_WEBY:
          return push_contacts (self, frame->key, KP_REGISTRY_LEVEL_SERVICE);
        case K_CILOVE:
          return push (self, CTX_CODES, T_TARGET_GROUPS);
        case K_VEKOVE:
          return push (self, CTX_CODES, T_AGE_GROUPS);
        case K_PUSOBNOSTI:
          return push (self, CTX_CODES, T_SCOPE);
        case K_UNKNOWN:
          return start_skip (self);
        default:
          return kp_registry_parser_type_error (self, frame->key, 'a');
        }
    case CTX_PROVIDER:
      switch (frame->key)
        {
        case K_EMAILY:
        case K_TELEFONY:
        case K_FAXY:
        case K_WEBY:
          return push_contacts (self, frame->key, KP_REGISTRY_LEVEL_PROVIDER);
        case K_UNKNOWN:
          return start_skip (self);
        default:
          return kp_registry_parser_type_error (self, frame->key, 'a');
        }
    case CTX_FORM:
      if (frame->key == K_KAPACITY)
        return push (self, CTX_CAPACITIES, T_NONE);
      return frame->key == K_UNKNOWN ? start_skip (self) : kp_registry_parser_type_error (self, frame->key, 'a');
    case CTX_CODES:
      return push (self, CTX_CODES, frame->target);
    default:
      if (frame->key == K_UNKNOWN)
        return start_skip (self);
      return kp_registry_parser_type_error (self, frame->key, 'a');
    }
}

static int
on_start_map (void *ctx)
{
  KpRegistryParser  *self = ctx;
  Frame             *frame = parser_top (self);
  KpRegistryService *s = &self->service;

  self->events++;
  if (self->skip_depth > 0)
    return start_skip (self);

  switch (frame->ctx)
    {
    case CTX_DOC:
      if (self->seen_root)
        return kp_registry_parser_fail (self, _ ("more than one JSON value"));
      self->seen_root = TRUE;
      return push (self, CTX_ROOT, T_NONE);
    case CTX_ROOT:
      if (frame->key == K_POLOZKY)
        return kp_registry_parser_type_error (self, K_POLOZKY, 'o');
      return start_skip (self);
    case CTX_ITEMS:
      if (!add_item (self, frame, KP_REGISTRY_MAX_SERVICES))
        return 0;
      kp_registry_parser_reset_service (self);
      self->in_service = TRUE;
      return push (self, CTX_SERVICE, T_NONE);
    case CTX_SERVICE:
      switch (frame->key)
        {
        case K_DRUH:
          return push (self, CTX_REF, T_DRUH);
        case K_POSKYTOVATEL:
          return push (self, CTX_PROVIDER, T_NONE);
        case K_CILOVE:
          return push (self, CTX_CODES, T_TARGET_GROUPS);
        case K_VEKOVE:
          return push (self, CTX_CODES, T_AGE_GROUPS);
        case K_PUSOBNOSTI:
          return push (self, CTX_CODES, T_SCOPE);
        case K_UNKNOWN:
          return start_skip (self);
        default:
          return kp_registry_parser_type_error (self, frame->key, 'o');
        }
    case CTX_FACILITIES:
      {
        KpRegistryFacility facility = { 0 };

        if (!add_item (self, frame, KP_REGISTRY_MAX_FACILITIES))
          return 0;
        facility.repeats = 1;
        g_array_append_val (s->facilities, facility);
        return push (self, CTX_FACILITY, T_NONE);
      }
    case CTX_FACILITY:
    case CTX_PROVIDER:
      if (frame->key == K_ADRESA)
        {
          KpRegistryAddress *address;

          if (!push (self, CTX_ADDRESS, frame->ctx == CTX_PROVIDER ? 1 : 0))
            return 0;
          address = kp_registry_parser_current_address (self, parser_top (self));
          memset (address, 0, sizeof *address);
          address->present = TRUE;
          return 1;
        }
      return frame->key == K_UNKNOWN ? start_skip (self)
                                     : kp_registry_parser_type_error (self, frame->key, 'o');
    case CTX_ADDRESS:
      switch (frame->key)
        {
        case K_KRAJ:
          return push (self, CTX_REF, T_KRAJ);
        case K_OKRES:
          return push (self, CTX_REF, T_OKRES);
        case K_OBEC:
          return push (self, CTX_REF, T_OBEC);
        case K_CAST_OBCE:
          return push (self, CTX_REF, T_CAST_OBCE);
        case K_OBVOD:
        case K_OBVOD_PRAHA:
          return push (self, CTX_REF, T_OBVOD);
        case K_ULICE:
          return push (self, CTX_NAMED, T_ULICE);
        case K_UNKNOWN:
          return start_skip (self);
        default:
          return kp_registry_parser_type_error (self, frame->key, 'o');
        }
    case CTX_CONTACTS:
      {
        KpRegistryContact contact = { 0 };

        if (!add_item (self, frame, KP_REGISTRY_MAX_ITEMS))
          return 0;
        contact.level = frame->target / 4;
        contact.kind = frame->target % 4;
        g_array_append_val (s->contacts, contact);
        return push (self, CTX_CONTACT, T_NONE);
      }
    case CTX_FORMS:
      {
        KpRegistryForm form = { NULL, -1 };

        if (!add_item (self, frame, KP_REGISTRY_MAX_FORMS))
          return 0;
        g_array_append_val (s->forms, form);
        return push (self, CTX_FORM, T_NONE);
      }
    case CTX_FORM:
      if (frame->key == K_FORMA)
        return push (self, CTX_REF, T_FORMA);
      return frame->key == K_UNKNOWN ? start_skip (self)
                                     : kp_registry_parser_type_error (self, frame->key, 'o');
    case CTX_CAPACITIES:
      {
        KpRegistryCapacity capacity = { 0 };

        if (!add_item (self, frame, KP_REGISTRY_MAX_CAPACITIES))
          return 0;
        capacity.form = s->forms->len - 1;
        g_array_append_val (s->capacities, capacity);
        return push (self, CTX_CAPACITY, T_NONE);
      }
    case CTX_CAPACITY:
      if (frame->key == K_TYP)
        return push (self, CTX_REF, T_TYP);
      return frame->key == K_UNKNOWN ? start_skip (self)
                                     : kp_registry_parser_type_error (self, frame->key, 'o');
    case CTX_CODES:
      return push (self, CTX_CODES, frame->target);
    case CTX_REF:
    case CTX_NAMED:
    case CTX_CONTACT:
    default:
      return frame->key == K_UNKNOWN ? start_skip (self) : kp_registry_parser_type_error (self, frame->key, 'o');
    }
}

static int
on_end (void *ctx)
{
  KpRegistryParser *self = ctx;
  Ctx               closing;

  self->events++;
  if (self->skip_depth > 0)
    {
      self->skip_depth--;
      return 1;
    }
  closing = parser_top (self)->ctx;
  self->depth--;
  if (closing == CTX_SERVICE)
    {
      if (!self->func (&self->service, self->user_data, &self->error))
        return 0;
      self->in_service = FALSE;
    }
  return 1;
}

static const yajl_callbacks callbacks = {
  .yajl_null = kp_registry_parser_on_null,
  .yajl_boolean = kp_registry_parser_on_boolean,
  .yajl_number = kp_registry_parser_on_number,
  .yajl_string = kp_registry_parser_on_string,
  .yajl_start_map = on_start_map,
  .yajl_map_key = kp_registry_parser_on_map_key,
  .yajl_end_map = on_end,
  .yajl_start_array = on_start_array,
  .yajl_end_array = on_end,
};

KpRegistryParser *
kp_registry_parser_new (const char           *display_name,
                        KpRegistryServiceFunc func,
                        gpointer              user_data)
{
  KpRegistryParser *self = g_new0 (KpRegistryParser, 1);

  self->display_name = g_strdup (display_name);
  self->func = func;
  self->user_data = user_data;
  self->strings = g_string_chunk_new (4096);
  self->service.facilities = g_array_new (FALSE, TRUE, sizeof (KpRegistryFacility));
  self->service.forms = g_array_new (FALSE, TRUE, sizeof (KpRegistryForm));
  self->service.capacities = g_array_new (FALSE, TRUE, sizeof (KpRegistryCapacity));
  self->service.contacts = g_array_new (FALSE, TRUE, sizeof (KpRegistryContact));
  self->service.target_groups = g_ptr_array_new ();
  self->service.age_groups = g_ptr_array_new ();
  self->service.scope = g_ptr_array_new ();
  self->frames[0].ctx = CTX_DOC;
  self->handle = yajl_alloc (&callbacks, NULL, self);
  return self;
}

void
kp_registry_parser_free (KpRegistryParser *self)
{
  if (self == NULL)
    return;
  yajl_free (self->handle);
  g_clear_error (&self->error);
  g_string_chunk_free (self->strings);
  g_array_unref (self->service.facilities);
  g_array_unref (self->service.forms);
  g_array_unref (self->service.capacities);
  g_array_unref (self->service.contacts);
  g_ptr_array_unref (self->service.target_groups);
  g_ptr_array_unref (self->service.age_groups);
  g_ptr_array_unref (self->service.scope);
  g_free (self->display_name);
  g_free (self);
}

/* Bytes read so far, for progress. */
gsize
kp_registry_parser_get_offset (KpRegistryParser *self)
{
  return self->offset;
}

/* Turns yajl's verdict into our error: ours when a callback stopped it, else yajl's. */
static gboolean
check_status (KpRegistryParser *self,
              yajl_status       status,
              const guint8     *data,
              gsize             length,
              gboolean          at_end,
              GError          **error)
{
  unsigned char *message;
  gsize          where;

  if (status == yajl_status_ok)
    return TRUE;
  if (self->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->error));
      return FALSE;
    }
  where = self->offset + (at_end ? 0 : yajl_get_bytes_consumed (self->handle));
  message = yajl_get_error (self->handle, 0, data, length);
  g_strstrip ((char *) message);
  if (at_end && !self->seen_root)
    g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT, _ ("%s is empty"),
                 self->display_name);
  else if (at_end && self->in_service)
    g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                 _ ("%s ends in the middle of record %u; the file is truncated"),
                 self->display_name, self->service.index);
  else if (at_end)
    g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                 _ ("%s ends before its data is complete; the file is truncated"),
                 self->display_name);
  else if (self->in_service)
    kp_registry_set_record_error (error, KP_IMPORT_ERROR_FORMAT, self->display_name,
                                  &self->service, _ ("invalid JSON at byte %llu: %s"),
                                  (unsigned long long) where, (const char *) message);
  else
    g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                 _ ("%s: invalid JSON at byte %llu: %s"), self->display_name,
                 (unsigned long long) where, (const char *) message);
  yajl_free_error (self->handle, message);
  return FALSE;
}

gboolean
kp_registry_parser_feed (KpRegistryParser *self,
                         const guint8     *data,
                         gsize             length,
                         GError          **error)
{
  yajl_status status = yajl_parse (self->handle, data, length);

  if (!check_status (self, status, data, length, FALSE, error))
    return FALSE;
  self->offset += length;
  return TRUE;
}

gboolean
kp_registry_parser_finish (KpRegistryParser *self,
                           GError          **error)
{
  if (!check_status (self, yajl_complete_parse (self->handle), NULL, 0, TRUE, error))
    return FALSE;
  if (!self->seen_items)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s has no list “polozky”; it is not the MPSV registry of social "
                      "services"),
                   self->display_name);
      return FALSE;
    }
  return TRUE;
}

#define CHUNK (128 * 1024)

gboolean
kp_registry_parser_parse_all (KpRegistryParser *self,
                              const guint8     *data,
                              gsize             length,
                              GCancellable     *cancellable,
                              GError          **error)
{
  guint64 events = 0;
  gsize   stalled = 0;

  for (gsize done = 0; done < length; done += CHUNK)
    {
      gsize n = MIN (CHUNK, length - done);

      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !kp_registry_parser_feed (self, data + done, n, error))
        return FALSE;
      /* yajl keeps an unfinished value in memory: a value running on for more than
       * KP_REGISTRY_MAX_TOKEN bytes is refused before it can take all of it. */
      stalled = self->events == events ? stalled + n : 0;
      events = self->events;
      if (stalled > KP_REGISTRY_MAX_TOKEN)
        {
          if (self->in_service)
            kp_registry_set_record_error (error, KP_IMPORT_ERROR_RECORD, self->display_name,
                                          &self->service,
                                          g_dngettext (GETTEXT_PACKAGE,
                                                       "a single value near byte %llu is longer "
                                                       "than %d byte",
                                                       "a single value near byte %llu is longer "
                                                       "than %d bytes",
                                                       KP_REGISTRY_MAX_TOKEN),
                                          (unsigned long long) done, KP_REGISTRY_MAX_TOKEN);
          else
            g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                         g_dngettext (GETTEXT_PACKAGE,
                                      "%s: a single value near byte %llu is longer than %d byte",
                                      "%s: a single value near byte %llu is longer than %d bytes",
                                      KP_REGISTRY_MAX_TOKEN),
                         self->display_name, (unsigned long long) done, KP_REGISTRY_MAX_TOKEN);
          return FALSE;
        }
    }
  return kp_registry_parser_finish (self, error);
}
