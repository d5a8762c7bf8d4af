/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-helpline.h"

/* The national help lines a project starts with and the user may go back to: the same lines
 * resources/sql/project/0010-helplines.sql put into every project (a test keeps the two
 * equal). Checked in December 2026 against:
 *   116 111, 116 000: https://www.linkabezpeci.cz (operator); children and students up to
 *     26, nonstop, free: https://www.novinky.cz/domaci/328690-linka-bezpeci-je-sama-v-nebezpeci.html;
 *     116 000 for adults worried about a child:
 *     https://www.irozhlas.cz/zpravy-domov/bezplatna-linka-psychicke-pomoci-omezuje-provoz-prosinec-je-pritom_2412080600_job
 *   116 123: Cesta z krize, z. ú.; adults in crisis and their relatives, nonstop: the
 *     iROZHLAS page above and
 *     https://www.idnes.cz/praha/zpravy/linka-duvery-bohnice-ukoncena-cinnost-nedostatek-financi-psychika.A240110_100533_praha-zpravy_vich
 *   116 006: Bílý kruh bezpečí, z. s.; victims of crime and domestic violence, witnesses,
 *     the bereaved, nonstop, free: https://www.116006.cz/ (operator)
 *   800 200 007: Linka seniorů, Elpida, o. p. s.; seniors and those who care for them,
 *     daily 8–20, free: https://linka-senioru.elpida.cz/o-nas (operator)
 *   800 157 157: Senior telefon, Život 90, z. ú.; seniors and carers, nonstop, free:
 *     https://listyprahy1.cz/clanek.php?id=69&cislo=5 and
 *     https://www.ceskenoviny.cz/zpravy/v-eu-zacne-fungovat-bezplatna-linka-pro-seniory-s-jednotnym-cislem-116-100/2269331
 *   800 350 000: Národní linka pro odvykání; people with an addiction: the iROZHLAS page
 *     above
 * No national line for people with disabilities was found; 116 123 serves adults in crisis.
 * The texts are Czech: they are printed as they are, in a Czech document. */

static const struct
{
  const char *name;
  const char *phone;
  const char *hours;
  const char *note;
  const char *groups[5];
} defaults[] = {
  { "Linka seniorů", "800 200 007", "denně 8–20 h", "Pro seniory a ty, kdo o ně pečují; zdarma", { "seniors", NULL } },
  { "Senior telefon", "800 157 157", "nonstop", "Pro seniory a ty, kdo o ně pečují; zdarma", { "seniors", NULL } },
  { "Linka bezpečí", "116 111", "nonstop", "Pro děti a studenty do 26 let; zdarma", { "families", "crisis", NULL } },
  { "Linka pro rodinu a školu", "116 000", NULL, "Pro dospělé, kteří mají starost o dítě; zdarma", { "families", NULL } },
  { "Linka první psychické pomoci", "116 123", "nonstop", "Pro dospělé v krizi a jejich blízké; zdarma", { "crisis", "disability", "families", NULL } },
  { "Linka pomoci obětem kriminality a domácího násilí", "116 006", "nonstop", "Pro oběti trestných činů a domácího násilí, svědky a pozůstalé; zdarma", { "crisis", "families", "seniors", "disability", NULL } },
  { "Národní linka pro odvykání", "800 350 000", NULL, "Pro lidi, kteří chtějí přestat kouřit, pít nebo brát drogy", { "crisis", NULL } },
};

GPtrArray *
kp_helpline_dup_defaults (void)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_helpline_free);

  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    g_ptr_array_add (lines, kp_helpline_new (defaults[i].name, defaults[i].phone, defaults[i].hours,
                                             defaults[i].note, defaults[i].groups));
  return lines;
}
