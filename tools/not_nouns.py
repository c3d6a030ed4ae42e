#!/usr/bin/env python3
"""Builds assets/not_nouns.txt: the common English words that are a noun less
often than a verb, adjective or adverb (WordNet: no noun sense, or its noun
senses tagged in WordNet's sense-tagged text less than a quarter as often as
its others), so a figure's group is named by a noun (`% growth`) and not by the
verb or adjective beside it (`% compares`, `$ came`, `% secondary`); and the
nouns that are also a verb's participle (`forecasting`), named by only where
no plain noun is near.

Words: SCOWL levels 10, 20 and 35, lower case, three letters or more (Debian
`scowl`). Senses: WordNet 3.0's index files (Debian `wordnet-base`), a word's
lemmas found as WordNet's morphy finds them (the exception lists, then the
suffix rules), so `came`, `compares` and `cheaper` count their lemma's senses.

    python3 tools/not_nouns.py > assets/not_nouns.txt
"""
import re
import textwrap

WN = '/usr/share/wordnet/'
SCOWL = '/usr/share/dict/scowl/english-words.'
POS = ['noun', 'verb', 'adj', 'adv']
RULES = {
    'noun': [('s', ''), ('ses', 's'), ('xes', 'x'), ('zes', 'z'), ('ches', 'ch'), ('shes', 'sh'),
             ('men', 'man'), ('ies', 'y')],
    'verb': [('s', ''), ('ies', 'y'), ('es', 'e'), ('es', ''), ('ed', 'e'), ('ed', ''), ('ing', 'e'),
             ('ing', '')],
    'adj': [('er', ''), ('est', ''), ('er', 'e'), ('est', 'e')],
    'adv': [],
}


def synsets(pos):
    """Each lemma of the index: its number of synsets (senses), and how often
    its senses were tagged in WordNet's sense-tagged text (how common they are)."""
    out = {}
    for line in open(WN + 'index.' + pos, encoding='latin-1'):
        if not line.startswith(' '):
            fields = line.split()
            pointers = int(fields[3])
            out[fields[0]] = (int(fields[2]), int(fields[5 + pointers]))
    return out


def exceptions(pos):
    out = {}
    for line in open(WN + pos + '.exc', encoding='latin-1'):
        fields = line.split()
        out.setdefault(fields[0], []).extend(fields[1:])
    return out


INDEX = {p: synsets(p) for p in POS}
EXC = {p: exceptions(p) for p in POS}


def senses(word, pos):
    """The synsets and tagged senses of every lemma `word` may be a form of, as `pos`."""
    lemmas = {word} & INDEX[pos].keys()
    lemmas |= {b for b in EXC[pos].get(word, []) if b in INDEX[pos]}
    for suffix, ending in RULES[pos]:
        base = word[: len(word) - len(suffix)] + ending
        if word.endswith(suffix) and base in INDEX[pos]:
            lemmas.add(base)
    return tuple(sum(INDEX[pos][lemma][k] for lemma in lemmas) for k in (0, 1))


def participle(word):
    """Whether `word` is a verb's `-ing` or `-ed` form (`forecasting`,
    `borrowing`, `offering`): WordNet's verb rules find its lemma."""
    return any(
        word.endswith(suffix) and word[: len(word) - len(suffix)] + ending in INDEX['verb']
        for suffix, ending in RULES['verb']
        if suffix in ('ed', 'ing')
    )


def main():
    words = set()
    for level in ['10', '20', '35']:
        for line in open(SCOWL + level, encoding='latin-1'):
            word = line.strip()
            if re.fullmatch('[a-z]{3,}', word):
                words.add(word)
    sections = {'verbs': [], 'adjectives': [], 'adverbs': [], 'participles': []}
    for word in sorted(words):
        noun = senses(word, 'noun')
        other = {p: senses(word, p) for p in POS[1:]}
        synsets = sum(o[0] for o in other.values())
        tagged = sum(o[1] for o in other.values())
        if synsets > 0 and (noun[0] == 0 or 4 * noun[1] < tagged):
            # A verb's participle is a verb (`booked`); else an adjective if
            # it is one in tagged text at all (`free`, which may stand inside
            # a noun phrase); else its most common other part of speech.
            if participle(word) and other['verb'][0] > 0:
                pos = 'verb'
            elif other['adj'][1] > 0:
                pos = 'adj'
            else:
                pos = max(POS[1:], key=lambda p: (other[p][1], other[p][0]))
            sections[{'verb': 'verbs', 'adj': 'adjectives', 'adv': 'adverbs'}[pos]].append(word)
        elif participle(word):
            sections['participles'].append(word)
    print(HEADER.strip())
    for name, listed in sections.items():
        print(f'[{name}]')
        print('\n'.join(textwrap.wrap(' '.join(listed), 88)))


HEADER = '''
# Common English words that are a noun less often than another part of speech
# (src/search/compare/word_class.rs): a figure's group is not named by them. Built by
# tools/not_nouns.py from SCOWL levels 10-35 (Debian `scowl`, 2020.12.07) and WordNet 3.0
# (Debian `wordnet-base`): a word is listed when it has no noun sense, or its noun senses
# were tagged in WordNet's sense-tagged text less than a quarter as often as its verb,
# adjective and adverb senses (`compares`, `came`, `seventh`; not `tax`, `firms`),
# under `[verbs]` if it is a verb's `-ing` or `-ed` form, else `[adjectives]` if it is one
# in tagged text at all, else its commonest other part. `[participles]` are nouns that are
# also a verb's `-ing` or `-ed` form (`forecasting`, `borrowing`): a figure's group is
# named by them only where no plain noun is near. Their notices, as their licences ask:
#
#   Copyright 2000-2018 by Kevin Atkinson
#   Permission to use, copy, modify, distribute and sell these word lists, the associated
#   scripts, the output created from the scripts, and its documentation for any purpose is
#   hereby granted without fee, provided that the above copyright notice appears in all
#   copies and that both that copyright notice and this permission notice appear in
#   supporting documentation. Kevin Atkinson makes no representations about the
#   suitability of this array for any purpose. It is provided "as is" without express or
#   implied warranty.
#
#   WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
#   Permission to use, copy, modify and distribute this software and database and its
#   documentation for any purpose and without fee or royalty is hereby granted, provided
#   that you agree to comply with the following copyright notice and statements, including
#   the disclaimer, and that the same appear on ALL copies of the software, database and
#   documentation, including modifications that you make for internal use or for
#   distribution. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY
#   MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT
#   LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF
#   MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED
#   SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS,
#   COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or Princeton
#   may not be used in advertising or publicity pertaining to distribution of the software
#   and/or database. Title to copyright in this software, database and any associated
#   documentation shall at all times remain with Princeton University and LICENSEE agrees
#   to preserve same.
'''

if __name__ == '__main__':
    main()
