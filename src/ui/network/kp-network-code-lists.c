/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-network-code-lists.h"
#include "kp-czech.h"
#include "kp-missing-code-lists.h"

struct _KpNetworkCodeLists
{
  GtkBox parent_instance;

  KpProject *project;
  guint      n_missing;
};

G_DEFINE_FINAL_TYPE (KpNetworkCodeLists, kp_network_code_lists, GTK_TYPE_BOX)

enum
{
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
new_label (const char *text,
           const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

/* "1 služba má hodnoty tohoto číselníku bez názvu…" and what to do, with the file and the
 * address from the reference sources. */
static char *
describe (const KpMissingCodeList *list)
{
  g_autofree char *count = kp_czech_format_int (list->n_services);
  g_autofree char *services = NULL;
  g_autofree char *advice = NULL;

  services = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s service shows values of this list as unknown, "
                                           "without their names.",
                                           "%s services show values of this list as unknown, "
                                           "without their names.",
                                           list->n_services),
                              count);
  if (list->imported)
    /* Translators: the code list was imported but is older than the registry; the first
     * %s is its file name, the second where it is published */
    advice = g_strdup_printf (_ ("The list imported does not name every code of the registry. "
                                 "Download its current version %s from %s, import it in "
                                 "Reference Data, then refresh the network from the registry."),
                              list->source->files, list->source->url);
  else
    /* Translators: the first %s is the file name of the code list, the second where it is
     * published */
    advice = g_strdup_printf (_ ("Download %s from %s, import it in Reference Data, then "
                                 "refresh the network from the registry."),
                              list->source->files, list->source->url);
  return g_strdup_printf ("%s %s\n%s", services, kp_reference_source_get_how (list->source),
                          advice);
}

static GtkWidget *
create_note (const KpMissingCodeList *list)
{
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *title = NULL;
  g_autofree char *text = describe (list);
  GtkWidget       *body;
  GtkWidget       *button = gtk_button_new_with_mnemonic (_ ("_Reference Data…"));

  if (list->imported)
    /* Translators: %s is a code list, "Cílové skupiny (MPSV)" */
    title = g_strdup_printf (_ ("Incomplete code list: %s"),
                             kp_reference_source_get_title (list->source));
  else
    /* Translators: %s is a code list, "Cílové skupiny (MPSV)" */
    title = g_strdup_printf (_ ("Missing code list: %s"),
                             kp_reference_source_get_title (list->source));
  body = new_label (text, NULL);
  gtk_label_set_selectable (GTK_LABEL (body), TRUE);
  gtk_widget_set_name (body, "code-list-note");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "app.reference");
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "kp-code-list-note");
  gtk_box_append (GTK_BOX (box), new_label (title, "heading"));
  gtk_box_append (GTK_BOX (box), body);
  gtk_box_append (GTK_BOX (box), button);
  return box;
}

static void
update (KpNetworkCodeLists *self)
{
  g_autoptr (GPtrArray) missing = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_box_remove (GTK_BOX (self), child);
  missing = kp_service_network_list_missing_code_lists (kp_service_network_get (self->project));
  for (guint i = 0; i < missing->len; i++)
    gtk_box_append (GTK_BOX (self), create_note (g_ptr_array_index (missing, i)));
  self->n_missing = missing->len;
  gtk_widget_set_visible (GTK_WIDGET (self), missing->len > 0);
}

static void
kp_network_code_lists_constructed (GObject *object)
{
  KpNetworkCodeLists *self = KP_NETWORK_CODE_LISTS (object);

  G_OBJECT_CLASS (kp_network_code_lists_parent_class)->constructed (object);
  g_assert (KP_IS_PROJECT (self->project));
  g_signal_connect_object (kp_service_network_get_services (kp_service_network_get (self->project)),
                           "items-changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}

static void
kp_network_code_lists_dispose (GObject *object)
{
  KpNetworkCodeLists *self = KP_NETWORK_CODE_LISTS (object);

  g_clear_object (&self->project);
  G_OBJECT_CLASS (kp_network_code_lists_parent_class)->dispose (object);
}

static void
kp_network_code_lists_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  KpNetworkCodeLists *self = KP_NETWORK_CODE_LISTS (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_network_code_lists_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  KpNetworkCodeLists *self = KP_NETWORK_CODE_LISTS (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_network_code_lists_class_init (KpNetworkCodeListsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = kp_network_code_lists_constructed;
  object_class->dispose = kp_network_code_lists_dispose;
  object_class->get_property = kp_network_code_lists_get_property;
  object_class->set_property = kp_network_code_lists_set_property;

  properties[PROP_PROJECT] =
      g_param_spec_object ("project", NULL, NULL, KP_TYPE_PROJECT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kp_network_code_lists_init (KpNetworkCodeLists *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);
  gtk_widget_set_name (GTK_WIDGET (self), "network-code-lists");
}

GtkWidget *
kp_network_code_lists_new (KpProject *project)
{
  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  return g_object_new (KP_TYPE_NETWORK_CODE_LISTS, "project", project, NULL);
}

guint
kp_network_code_lists_get_n_missing (KpNetworkCodeLists *self)
{
  g_return_val_if_fail (KP_IS_NETWORK_CODE_LISTS (self), 0);
  return self->n_missing;
}
