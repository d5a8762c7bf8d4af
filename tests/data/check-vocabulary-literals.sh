#!/bin/sh
# Fails when a code of Komplan's vocabulary is written as a string literal outside core:
# capacity units ("luzka", "klient", …, "uvazky") and registry code prefixes
# ("CilovaSkupinaOsoby/", "VekovaSkupinaOsoby/", "TypKapacitySocialniSluzby/"). ui, snapshot
# and cli ask src/core/vocabulary for them instead of matching strings.
# Exception for now: src/snapshot/kp-catalogue-builder.c, whose leaflet target-group
# matching the publications work rewrites on top of the vocabulary.
# Usage: check-vocabulary-literals.sh SOURCE-ROOT
root=$1
cd "$root" || exit 1
files=$(git ls-files 'src/ui/*.c' 'src/ui/*.h' 'src/snapshot/*.c' 'src/snapshot/*.h' \
          'src/cli/*.c' 'src/cli/*.h' 'resources/ui/*.blp' 'resources/ui/*.ui' 2>/dev/null |
        grep -v '^src/snapshot/kp-catalogue-builder\.c$')
[ -n "$files" ] || { echo "no sources found under $root"; exit 1; }
pattern='"(luzka|klient|kontakt|interv|intervence|hovor|uvazky)"|"(CilovaSkupinaOsoby|VekovaSkupinaOsoby|TypKapacitySocialniSluzby)/'
if grep -nE "$pattern" $files; then
  echo "Vocabulary codes as string literals above: use kp-capacity-unit.h / kp-target-group.h"
  exit 1
fi
exit 0
