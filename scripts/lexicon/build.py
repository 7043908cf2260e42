#!/usr/bin/env python3
"""Derive newsdesk's part-of-speech lexicon (src/extract/lexicon/) from hazm's word lists.

hazm (https://github.com/roshan-research/hazm, MIT licence) ships, in its PyPI wheel,
`hazm/data/words.dat` (word, corpus frequency, part-of-speech tags) and `hazm/data/verbs.dat`
(past#present verb stems). newsdesk needs only a small part of that to find what a number
measures: which words are nouns, adjectives, adverbs, prepositions, conjunctions, pronouns,
determiners and classifiers, and the verb stems its verb recognizer conjugates at run time.

Usage (nothing here runs at build or run time; the output is committed):

    pip download --no-deps hazm==0.10.0 -d /tmp/hazm && unzip -o -q /tmp/hazm/hazm-*.whl -d /tmp/hazm
    python3 scripts/lexicon/build.py /tmp/hazm

Writes src/extract/lexicon/{words.tsv,verbs.tsv,LICENSE-hazm}. Words are folded the way
newsdesk's `src/fold.rs` folds a word (Arabic ي/ك/ة and hamza seats to the Persian letters,
ZWNJ, tatweel and harakat dropped), so the Rust side can compare them directly.
"""

import argparse
import collections
import pathlib
import shutil

# hazm tag -> our one-letter class. NUM is left out (hazm tags many nouns NUM, and numbers
# are read by newsdesk's own number parser); PL, RES, ZVR, INT carry nothing we use.
CLASSES = {
    "N": "n",
    "AJ": "a",
    "AJC": "a",
    "ADV": "r",
    "P": "p",
    "POSTP": "p",
    "CONJ": "c",
    "PRO": "o",
    "DET": "d",
    "CL": "l",
}
ORDER = "narpcodl"

# Words below this hazm frequency are left out unless a closed class tags them: they are
# rare enough that treating them as unknown (which the extractor reads as a noun) costs
# nothing, and they would double the table.
MIN_FREQ = 100

# Stems of the formal news register that verbs.dat lacks.
EXTRA_VERBS = [("گردید", "گرد"), ("کاهید", "کاه")]

# The letters newsdesk's `src/fold.rs` folds (`letter`): a unit test there checks every word of
# the table is already in folded form.
FOLD = str.maketrans(
    {"ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "ٱ": "ا", "ؤ": "و"}
)


def fold(word: str) -> str:
    def ignorable(c: str) -> bool:
        o = ord(c)
        return (
            0x200C <= o <= 0x200F
            or o == 0x0640
            or 0x064B <= o <= 0x065F
            or o == 0x0670
            or 0x202A <= o <= 0x202E
            or 0x2066 <= o <= 0x2069
            or o == 0xFEFF
        )

    return "".join(c for c in word.translate(FOLD).lower() if not ignorable(c)).strip()


def words(path: pathlib.Path) -> dict:
    tags = collections.defaultdict(set)
    freq = collections.Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        word = fold(parts[0])
        if not word or " " in word:
            continue
        freq[word] = max(freq[word], int(parts[1] or 0))
        tags[word] |= {CLASSES[t] for t in parts[2].split(",") if t in CLASSES}
    closed = set("pcodl")
    return {
        w: "".join(c for c in ORDER if c in t)
        for w, t in tags.items()
        if t and (freq[w] >= MIN_FREQ or t & closed)
    }


def verbs(path: pathlib.Path) -> list:
    pairs = set(EXTRA_VERBS)
    for line in path.read_text(encoding="utf-8").splitlines():
        if "#" not in line:
            continue
        past, present = line.split("#", 1)
        for p in present.split(" یا "):
            pairs.add((fold(past), fold(p)))
    return sorted(pairs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("hazm", type=pathlib.Path, help="the unpacked hazm wheel (holds hazm/data)")
    args = ap.parse_args()
    data = args.hazm / "hazm" / "data"
    out = pathlib.Path(__file__).resolve().parents[2] / "src" / "extract" / "lexicon"
    out.mkdir(parents=True, exist_ok=True)

    table = words(data / "words.dat")
    with open(out / "words.tsv", "w", encoding="utf-8") as f:
        for w in sorted(table):
            f.write(f"{w}\t{table[w]}\n")
    with open(out / "verbs.tsv", "w", encoding="utf-8") as f:
        for past, present in verbs(data / "verbs.dat"):
            f.write(f"{past}\t{present}\n")
    licences = list(args.hazm.glob("hazm-*.dist-info/LICENSE*"))
    if not licences:
        raise SystemExit("no LICENSE in the hazm wheel's dist-info")
    shutil.copy(licences[0], out / "LICENSE-hazm")
    print(f"{len(table)} words, {out}")


if __name__ == "__main__":
    main()
