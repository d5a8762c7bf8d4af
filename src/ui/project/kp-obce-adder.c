/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-obce-adder.h"
#include "kp-obce-groups.h"
#include "kp-obce-paste.h"

struct _KpObceAdder
{
  AdwBin parent_instance;

  GListModel *obce;
  GPtrArray  *groups;  /* KpObceGroup, in the order of the drop-down */
  GPtrArray  *choices; /* the check buttons of the last paste's ambiguous names */

  GtkDropDown *group_dropdown;
  GtkButton   *add_group_button;
  GtkTextView *paste_view;
  GtkLabel    *result_label;
  GtkBox      *choices_box;
};

G_DEFINE_FINAL_TYPE (KpObceAdder, kp_obce_adder, ADW_TYPE_BIN)

enum
{
  SIGNAL_ADD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
group_label (const KpObceGroup *group)
{
  g_autofree char *area = NULL;

  switch (group->level)
    {
    case KP_OBCE_GROUP_ORP:
      /* Translators: an ORP in the list of areas whose obce to add */
      area = g_strdup_printf (C_ ("obce-group", "ORP %s"), group->nazev);
      break;
    case KP_OBCE_GROUP_POU:
      /* Translators: a POU (obec s pověřeným obecním úřadem) in the same list */
      area = g_strdup_printf (C_ ("obce-group", "POU %s"), group->nazev);
      break;
    case KP_OBCE_GROUP_OKRES:
    default:
      /* Translators: an okres (district) in the same list */
      area = g_strdup_printf (C_ ("obce-group", "okres %s"), group->nazev);
      break;
    }
  /* Translators: "ORP Chrudim (43 obce)" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%u obec)", "%s (%u obce)",
                                       group->n_obce),
                          area, group->n_obce);
}

static void
fill_groups (KpObceAdder *self)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);

  g_clear_pointer (&self->groups, g_ptr_array_unref);
  if (self->obce != NULL)
    {
      self->groups = kp_obce_groups_list (self->obce);
      for (guint i = 0; i < self->groups->len; i++)
        {
          g_autofree char *label = group_label (g_ptr_array_index (self->groups, i));

          gtk_string_list_append (labels, label);
        }
    }
  gtk_drop_down_set_model (self->group_dropdown, G_LIST_MODEL (labels));
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_group_button),
                            self->groups != NULL && self->groups->len > 0);
}

static void
emit_add (KpObceAdder *self,
          GPtrArray   *obce)
{
  if (obce->len > 0)
    g_signal_emit (self, signals[SIGNAL_ADD], 0, obce);
}

static void
clear_choices (KpObceAdder *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->choices_box))) != NULL)
    gtk_box_remove (self->choices_box, child);
  g_ptr_array_set_size (self->choices, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->choices_box), FALSE);
}

static void
on_add_chosen_button_clicked_cb (KpObceAdder *self)
{
  g_autoptr (GPtrArray) chosen = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->choices->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->choices, i);

      if (gtk_check_button_get_active (check))
        g_ptr_array_add (chosen, g_object_ref (g_object_get_data (G_OBJECT (check), "obec")));
    }
  clear_choices (self);
  emit_add (self, chosen);
}

/* For each name that several obce bear: the name, then one check button per obec with its
 * okres and ORP; one button adds the obce ticked. */
static void
show_choices (KpObceAdder *self,
              GPtrArray   *ambiguous)
{
  GtkWidget *button;

  clear_choices (self);
  if (ambiguous->len == 0)
    return;
  for (guint i = 0; i < ambiguous->len; i++)
    {
      KpObcePasteChoice *choice = g_ptr_array_index (ambiguous, i);
      g_autofree char   *question = g_strdup_printf (_ ("Which “%s” do you mean?"), choice->text);
      GtkWidget         *label = gtk_label_new (question);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "heading");
      gtk_box_append (self->choices_box, label);
      for (guint j = 0; j < choice->candidates->len; j++)
        {
          KpObec          *obec = g_ptr_array_index (choice->candidates, j);
          g_autofree char *text = g_strdup_printf (
              /* Translators: an obec, its okres and its ORP: "Nová Ves – okres Brno-venkov,
                 ORP Rosice" */
              _ ("%s – okres %s, ORP %s"), kp_obec_get_nazev (obec),
              kp_obec_get_okres_nazev (obec) != NULL ? kp_obec_get_okres_nazev (obec) : "?",
              kp_obec_get_orp_nazev (obec) != NULL ? kp_obec_get_orp_nazev (obec) : "?");
          GtkWidget *check = gtk_check_button_new_with_label (text);

          g_object_set_data_full (G_OBJECT (check), "obec", g_object_ref (obec), g_object_unref);
          gtk_box_append (self->choices_box, check);
          g_ptr_array_add (self->choices, check);
        }
    }
  button = gtk_button_new_with_mnemonic (_ ("Add _Chosen Obce"));
  gtk_widget_set_name (button, "add-chosen");
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_add_chosen_button_clicked_cb), self);
  gtk_box_append (self->choices_box, button);
  gtk_widget_set_visible (GTK_WIDGET (self->choices_box), TRUE);
}

static char *
describe_paste (KpObcePaste *paste)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE, "%u obec added.", "%u obce added.",
                                       paste->found->len),
                          paste->found->len);
  if (paste->ambiguous->len > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u name is borne by several obce: choose below.",
                                           "%u names are borne by several obce: choose below.",
                                           paste->ambiguous->len),
                              paste->ambiguous->len);
    }
  if (paste->unknown->len > 0)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (paste->unknown, NULL);
      list = g_strjoinv (", ", (char **) paste->unknown->pdata);
      g_ptr_array_set_size (paste->unknown, paste->unknown->len - 1);
      g_string_append_c (text, ' ');
      /* Translators: the pieces of the pasted list that match no obec follow */
      g_string_append_printf (text, _ ("Not found: %s."), list);
    }
  return g_string_free (text, FALSE);
}

static void
on_add_paste_button_clicked_cb (KpObceAdder *self)
{
  GtkTextBuffer   *buffer = gtk_text_view_get_buffer (self->paste_view);
  GtkTextIter      start, end;
  g_autofree char *text = NULL;
  g_autofree char *result = NULL;
  g_autoptr (KpObcePaste) paste = NULL;

  if (self->obce == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  paste = kp_obce_paste_parse (self->obce, text, -1);
  result = describe_paste (paste);
  gtk_label_set_text (self->result_label, result);
  gtk_widget_set_visible (GTK_WIDGET (self->result_label), TRUE);
  show_choices (self, paste->ambiguous);
  if (paste->ambiguous->len == 0 && paste->unknown->len == 0)
    gtk_text_buffer_set_text (buffer, "", -1);
  emit_add (self, paste->found);
}

static void
on_add_group_button_clicked_cb (KpObceAdder *self)
{
  guint position = gtk_drop_down_get_selected (self->group_dropdown);
  g_autoptr (GPtrArray) members = NULL;

  if (self->groups == NULL || position >= self->groups->len)
    return;
  members = kp_obce_groups_members (self->obce, g_ptr_array_index (self->groups, position));
  emit_add (self, members);
}

static void
kp_obce_adder_dispose (GObject *object)
{
  KpObceAdder *self = KP_OBCE_ADDER (object);

  g_ptr_array_set_size (self->choices, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_OBCE_ADDER);
  g_clear_object (&self->obce);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  G_OBJECT_CLASS (kp_obce_adder_parent_class)->dispose (object);
}

static void
kp_obce_adder_finalize (GObject *object)
{
  KpObceAdder *self = KP_OBCE_ADDER (object);

  g_ptr_array_unref (self->choices);
  G_OBJECT_CLASS (kp_obce_adder_parent_class)->finalize (object);
}

static void
kp_obce_adder_class_init (KpObceAdderClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_obce_adder_dispose;
  object_class->finalize = kp_obce_adder_finalize;

  signals[SIGNAL_ADD] = g_signal_new ("add", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                      NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/project/kp-obce-adder.ui");
  gtk_widget_class_bind_template_child (widget_class, KpObceAdder, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpObceAdder, add_group_button);
  gtk_widget_class_bind_template_child (widget_class, KpObceAdder, paste_view);
  gtk_widget_class_bind_template_child (widget_class, KpObceAdder, result_label);
  gtk_widget_class_bind_template_child (widget_class, KpObceAdder, choices_box);
  gtk_widget_class_bind_template_callback (widget_class, on_add_group_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_paste_button_clicked_cb);
}

static void
kp_obce_adder_init (KpObceAdder *self)
{
  g_autoptr (GtkExpression) expression = NULL;

  self->choices = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->group_dropdown, expression);
  fill_groups (self);
}

/**
 * kp_obce_adder_set_obce:
 * @obce: (nullable): a GListModel of KpObec to add from
 */
void
kp_obce_adder_set_obce (KpObceAdder *self,
                        GListModel  *obce)
{
  g_return_if_fail (KP_IS_OBCE_ADDER (self));

  if (!g_set_object (&self->obce, obce))
    return;
  clear_choices (self);
  fill_groups (self);
}
