/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-service-registry-rows.h"
#include "kp-czech.h"

#include <string.h>

/* The rows of the service detail's lists are built from registry texts, so their titles
 * and subtitles are never markup. */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* A row with a plain title and subtitle (never markup: the texts come from the registry). */
static GtkWidget *
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_append (list, row);
  return row;
}

/* Joins names to show; NULL when there are none. */
static char *
join_names (char **names)
{
  g_auto (GStrv) owned = names;

  return owned != NULL && owned[0] != NULL ? g_strjoinv (", ", owned) : NULL;
}

static char *
format_dates (KpService *service)
{
  const char      *from = kp_service_get_date_from (service);
  const char      *to = kp_service_get_date_to (service);
  g_autofree char *from_text = from != NULL ? kp_czech_format_date (from) : NULL;
  g_autofree char *to_text = to != NULL ? kp_czech_format_date (to) : NULL;

  if (from_text != NULL && to_text != NULL)
    /* Translators: dates of provision of a service, "from – to" */
    return g_strdup_printf (_ ("%s – %s"), from_text, to_text);
  if (from_text != NULL)
    /* Translators: a service provided since a date */
    return g_strdup_printf (_ ("since %s"), from_text);
  if (to_text != NULL)
    /* Translators: a service provided until a date */
    return g_strdup_printf (_ ("until %s"), to_text);
  return NULL;
}

static void
fill_forms (GtkListBox *list,
            KpService  *service)
{
  GPtrArray *forms = kp_service_get_forms (service);

  for (guint i = 0; i < forms->len; i++)
    {
      KpServiceForm   *form = g_ptr_array_index (forms, i);
      g_autofree char *capacity = form->unit != NULL
                                      ? kp_capacity_unit_format_code (form->unit, form->capacity)
                                      : g_strdup (_ ("capacity not registered"));
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      /* Translators: a form of a service, e.g. "Form: pobytová" */
      title = g_strdup_printf (_ ("Form: %s"), kp_service_form_get_label (form->form));
      if (form->nonstop == 1)
        /* Translators: capacity of a form provided non-stop, e.g. "62 lůžek, nepřetržitě" */
        subtitle = g_strdup_printf (_ ("%s, non-stop"), capacity);
      else
        subtitle = g_strdup (capacity);
      if (form->note != NULL && *form->note != '\0')
        {
          char *with_note = g_strdup_printf ("%s (%s)", subtitle, form->note);

          g_free (subtitle);
          subtitle = with_note;
        }
      add_row (list, title, subtitle);
    }
}

/* The registry data of @service: type, identifier, forms with capacity, target groups,
 * ages, provider and dates. Nothing for a local service. Groups show by name: a code the
 * imported MPSV lists did not name is a marked unknown value, never the raw code. */
void
kp_service_registry_rows_fill (GtkListBox *list,
                               KpService  *service)
{
  const char      *ico = kp_service_get_ico (service);
  g_autofree char *targets = join_names (kp_service_dup_target_group_names (service));
  g_autofree char *ages = join_names (kp_service_dup_age_group_names (service));
  g_autofree char *dates = format_dates (service);
  g_autofree char *provider = NULL;
  const char      *age_note = kp_service_get_age_note (service);

  clear_list (list);
  if (!kp_service_get_is_local (service))
    {
      g_autofree char *type = g_strdup_printf ("%s (%s)", kp_service_get_type_name (service),
                                               kp_service_get_paragraph (service));

      add_row (list, _ ("Type of service"), type);
      add_row (list, _ ("Identifier"), kp_service_get_identifikator (service));
      fill_forms (list, service);
      add_row (list, _ ("Target groups"),
               targets != NULL ? targets : _ ("not given"));
      if (ages != NULL && age_note != NULL)
        {
          char *both = g_strdup_printf ("%s; %s", ages, age_note);

          g_free (ages);
          ages = both;
        }
      add_row (list, _ ("Age groups"),
               ages != NULL ? ages : age_note != NULL ? age_note
                                                      : _ ("not given"));
    }
  if (ico != NULL)
    /* Translators: provider name and its IČO */
    provider = g_strdup_printf (_ ("%s, IČO %s"), kp_service_get_provider_name (service), ico);
  else
    provider = g_strdup (kp_service_get_provider_name (service));
  if (!kp_service_get_is_local (service))
    {
      add_row (list, _ ("Provider"), provider != NULL ? provider : _ ("not given"));
      if (kp_service_get_provider_address (service) != NULL)
        add_row (list, _ ("Provider’s address"),
                 kp_service_get_provider_address (service));
      add_row (list, _ ("Provided"), dates != NULL ? dates : _ ("not given"));
    }
}

/* The facilities of @service, with their addresses. */
void
kp_service_registry_rows_fill_facilities (GtkListBox *list,
                                          KpService  *service)
{
  GPtrArray *facilities = kp_service_get_facilities (service);

  clear_list (list);
  for (guint i = 0; i < facilities->len; i++)
    {
      KpServiceFacility *f = g_ptr_array_index (facilities, i);
      GString           *subtitle = g_string_new (NULL);

      if (f->address != NULL)
        g_string_append (subtitle, f->address);
      else
        g_string_append (subtitle, _ ("address not given"));
      if (f->obec_name != NULL && (f->address == NULL || strstr (f->address, f->obec_name) == NULL))
        g_string_append_printf (subtitle, ", %s", f->obec_name);
      if (f->date_to != NULL)
        {
          g_autofree char *to = kp_czech_format_date (f->date_to);

          /* Translators: a facility that is no longer used, with the date */
          g_string_append_printf (subtitle, _ (" (until %s)"), to);
        }
      add_row (list, f->name != NULL ? f->name : _ ("Facility"), subtitle->str);
      g_string_free (subtitle, TRUE);
    }
}

static char *
contact_uri (const KpServiceContact *contact)
{
  if (contact->kind == KP_SERVICE_CONTACT_EMAIL)
    return g_strconcat ("mailto:", contact->value, NULL);
  if (contact->kind == KP_SERVICE_CONTACT_WEB)
    return g_str_has_prefix (contact->value, "http://") ||
                   g_str_has_prefix (contact->value, "https://")
               ? g_strdup (contact->value)
               : g_strconcat ("https://", contact->value, NULL);
  return NULL;
}

static const char *
contact_title (const KpServiceContact *contact)
{
  switch (contact->kind)
    {
    case KP_SERVICE_CONTACT_PHONE:
      return contact->provider ? _ ("Provider’s phone") : _ ("Phone");
    case KP_SERVICE_CONTACT_EMAIL:
      return contact->provider ? _ ("Provider’s e-mail") : _ ("E-mail");
    case KP_SERVICE_CONTACT_WEB:
      return contact->provider ? _ ("Provider’s web") : _ ("Web");
    case KP_SERVICE_CONTACT_FAX:
    default:
      return contact->provider ? _ ("Provider’s fax") : _ ("Fax");
    }
}

/* The contacts of @service and of its provider: e-mail and web as links; a row saying
 * there is none when so. */
void
kp_service_registry_rows_fill_contacts (GtkListBox *list,
                                        KpService  *service)
{
  GPtrArray *contacts = kp_service_get_contacts (service);

  clear_list (list);
  for (guint i = 0; i < contacts->len; i++)
    {
      KpServiceContact *c = g_ptr_array_index (contacts, i);
      g_autofree char  *uri = contact_uri (c);
      GtkWidget        *row = add_row (list, contact_title (c), NULL);
      GtkWidget        *value;

      if (uri != NULL)
        {
          value = gtk_link_button_new_with_label (uri, c->value);
          gtk_widget_set_tooltip_text (value, uri);
        }
      else
        {
          value = gtk_label_new (c->value);
          gtk_label_set_selectable (GTK_LABEL (value), TRUE);
        }
      gtk_widget_set_valign (value, GTK_ALIGN_CENTER);
      if (c->note != NULL && *c->note != '\0')
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), c->note);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
    }
  if (contacts->len == 0)
    add_row (list, _ ("No contact known"),
             kp_service_get_is_local (service) ? _ ("Add a phone, e-mail or web above.")
                                               : NULL);
}
