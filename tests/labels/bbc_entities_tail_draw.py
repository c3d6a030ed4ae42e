# The every-4th entity-tail samples: the entities ranked 201-600 by articles (ties by name,
# as tests/analysis_entities.rs ranks them), every 4th from rank FIRST (201 unless --first
# FIRST is given: 201, 205, ... 597; --first 203: 203, 207, ... 599),
# leaving out the names of the label files SKIP... (read for their names only, never printed).
#   tail (session 14, en14, drawn on main 7464214): no SKIP, 100 rows.
#   tail4 (session 19, en19, drawn on main 6c6c0d1): SKIP bbc_entities.tsv
#     bbc_entities_heldout.tsv bbc_entities_splits.tsv bbc_entities_tail.tsv
#     bbc_entities_tail2.tsv bbc_entities_tail3.tsv (every entity label file then): the
#     held-out sample's ranks seen afresh, without its rows or any row judged before; 56 rows.
#   tail5 (session 20, en20, drawn on main bea0c45): --first 203, SKIP every entity label file
#     then (the six of tail4 and bbc_entities_tail4.tsv): the same ranks on other rows.
# Usage: XDG_CACHE_HOME=/tmp/x XDG_STATE_HOME=/tmp/y byline --no-cache entities --json BBC \
#          | python3 bbc_entities_tail_draw.py [--first FIRST] [SKIP...]
#        (prints rank, name, kind, articles, aliases; the judged names are in the sample's .tsv)
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
args = sys.argv[1:]
first = 201
if args[:1] == ['--first']:
    first, args = int(args[1]), args[2:]
seen = set()
for f in args:
    for l in open(os.path.join(here, f), encoding='utf-8'):
        if l.startswith('#'):
            continue
        # the splits file names a pair per row: both are judged names
        seen |= set(l.rstrip('\n').split('\t')[:2]) if 'splits' in f else {l.split('\t')[0]}
rows = [json.loads(l) for l in sys.stdin if l.strip()]
rows.sort(key=lambda r: (-len(r['articles']), r['name']))
for rank in range(first, 601, 4):
    r = rows[rank - 1]
    if r['name'] in seen:
        continue
    print(rank, r['name'], r['kind'], len(r['articles']), '|'.join(r['aliases']), sep='\t')
