# The held-out entity sample of session 14: the entities ranked 201-600 by articles (ties by name,
# as tests/analysis_entities.rs ranks them), every 4th from rank 203 (203, 207, ... 599), leaving
# out the names of bbc_entities_tail.tsv: 78 rows on main fc15066.
# Usage: XDG_CACHE_HOME=/tmp/x XDG_STATE_HOME=/tmp/y byline --no-cache entities --json BBC \
#          | python3 bbc_entities_heldout_draw.py   (prints rank, name, kind, articles, aliases)
# The judged rows are in bbc_entities_heldout.tsv.
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
tail = {l.split('\t')[0] for l in open(os.path.join(here, 'bbc_entities_tail.tsv'), encoding='utf-8')
        if not l.startswith('#')}
rows = [json.loads(l) for l in sys.stdin if l.strip()]
rows.sort(key=lambda r: (-len(r['articles']), r['name']))
for rank in range(203, 601, 4):
    r = rows[rank - 1]
    if r['name'] not in tail:
        print(rank, r['name'], r['kind'], len(r['articles']), '|'.join(r['aliases']), sep='\t')
