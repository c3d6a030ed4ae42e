# The split sample of session 16 (en16): pairs of entity rows that may be one entity split in two,
# over the WHOLE index (every rank), found by form alone: two rows of one name; a title or a
# possessive before or after a row's name (`Dr X`/`X`, `X's`/`X`); `X Ltd|plc|Inc|Corp|Group|FC`
# and `X`; a name that is another's end or start plus one word or more; a one-word row that is a
# person row's last word (its surname), an organisation's or other row's first word (its short
# form) or the initials of its capitalised words; two names equal without spaces, hyphens and
# accents, or one letter apart (7 letters or more). Then a seeded draw: 45 pairs of the kinds other
# than `short form`, 15 of `short form` (most short forms are a town and an institution in it).
# Usage: XDG_CACHE_HOME=/tmp/x XDG_STATE_HOME=/tmp/y byline --no-cache entities --json BBC \
#          | python3 bbc_entities_splits_draw.py   (prints why, name, kind, articles, name, kind,
#          articles, articles shared)
# Drawn on en16's start (main 1145168); the judged pairs are in bbc_entities_splits.tsv.
import json, sys, re, unicodedata
rows = [json.loads(l) for l in sys.stdin if l.strip()]
rows.sort(key=lambda r: (-len(r['articles']), r['name']))
by = {}
for i, r in enumerate(rows):
    r['rank'] = i + 1
    by.setdefault(r['name'], []).append(r)
TITLES = set('mr mrs ms miss dr sir lord lady dame president prime minister chancellor mp prince princess king queen judge general professor prof rev father st coach captain manager'.split())
SUFF = set('ltd plc inc corp group co llc sa ag fc afc'.split())
def norm(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii','ignore').decode().lower()
    return re.sub(r"[^a-z0-9 ]", "", s.replace('-', ' '))
out = {}
def add(a, b, why):
    if a['name'] == b['name'] and a is b: return
    k = tuple(sorted([a['name'], b['name']]))
    if k in out: return
    if b['name'] in a['aliases'] or a['name'] in b['aliases']:
        why += ' (alias)'
    out[k] = (why, a, b)
names = list(by)
for n, rs in by.items():
    if len(rs) > 1:
        add(rs[0], rs[1], 'same name')
    w = n.split()
    r = rs[0]
    # title / possessive
    if len(w) > 1 and w[0].lower().strip('.') in TITLES and ' '.join(w[1:]) in by:
        add(r, by[' '.join(w[1:])][0], 'title')
    if n.endswith("'s") and n[:-2] in by:
        add(r, by[n[:-2]][0], 'possessive')
    if len(w) > 1 and w[-1].lower().strip('.') in SUFF and ' '.join(w[:-1]) in by:
        add(r, by[' '.join(w[:-1])][0], 'suffix')
    if len(w) > 2 and ' '.join(w[1:]) in by:
        add(r, by[' '.join(w[1:])][0], 'ends-with')
    if len(w) > 2 and ' '.join(w[:-1]) in by:
        add(r, by[' '.join(w[:-1])][0], 'starts-with')
# one word equal to surname of a person row / first word of org row
single = {n: rs for n, rs in by.items() if ' ' not in n}
for n, rs in by.items():
    w = n.split()
    if len(w) < 2: continue
    r = rs[0]
    if r['kind'] == 'person' and w[-1] in single:
        add(single[w[-1]][0], r, 'surname')
    if r['kind'] in ('organization', 'other') and w[0] in single and len(w[0]) > 2:
        add(single[w[0]][0], r, 'short form')
    if r['kind'] in ('organization',) and len(w) > 1:
        acr = ''.join(x[0] for x in w if x[0].isupper())
        if len(acr) > 1 and acr in single:
            add(single[acr][0], r, 'acronym')
# spelling variants: same normalised key after removing spaces, or edit distance 1 among names len>=6
nk = {}
for n in by:
    nk.setdefault(norm(n).replace(' ', ''), []).append(n)
for k, ns in nk.items():
    if len(ns) > 1:
        add(by[ns[0]][0], by[ns[1]][0], 'spelling')
def ed1(a, b):
    if abs(len(a)-len(b)) > 1: return False
    if len(a) == len(b): return sum(x!=y for x,y in zip(a,b)) == 1
    if len(a) > len(b): a, b = b, a
    for i in range(len(b)):
        if b[:i]+b[i+1:] == a: return True
    return False
multi = [n for n in by if len(n) >= 7]
from collections import defaultdict
bucket = defaultdict(list)
for n in multi: bucket[(n[:2], len(n.split()))].append(n)
for k, ns in bucket.items():
    for i in range(len(ns)):
        for j in range(i+1, len(ns)):
            a, b = ns[i], ns[j]
            if ed1(a.lower(), b.lower()):
                add(by[a][0], by[b][0], 'spelling')
import random
pairs = sorted(out.items(), key=lambda kv: kv[0])
short = [p for p in pairs if p[1][0].startswith('short form')]
other = [p for p in pairs if not p[1][0].startswith('short form')]
rng = random.Random(16)
draw = rng.sample(other, 45) + rng.sample(short, 15)
for (x, y), (why, a, b) in draw:
    shared = len(set(a['articles']) & set(b['articles']))
    print(why, a['name'], a['kind'], len(a['articles']), b['name'], b['kind'], len(b['articles']), shared, sep='\t')
