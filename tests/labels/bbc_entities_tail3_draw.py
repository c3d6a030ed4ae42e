# The third entity-tail sample (session 18, en18): 50 entities at random even ranks 602-1000
# (ranked by articles, ties by name, as tests/analysis_entities.rs ranks them; seed 1818),
# leaving out the names of bbc_entities_tail.tsv and bbc_entities_tail2.tsv. Below rank 600, so
# it never meets the held-out sample's rows (odd ranks 203-599 when drawn) and sees the deeper
# tail, where a capitalised ordinary word is likeliest. The held-out labels were not opened.
# Usage: XDG_CACHE_HOME=/tmp/x XDG_STATE_HOME=/tmp/y byline --no-cache entities --json BBC \
#          | python3 bbc_entities_tail3_draw.py   (prints rank, name, kind, articles, aliases)
# Drawn on en18's start (main 7981c2b); the judged names are in bbc_entities_tail3.tsv.
import json, os, random, sys
here = os.path.dirname(os.path.abspath(__file__))
seen = set()
for f in ('bbc_entities_tail.tsv', 'bbc_entities_tail2.tsv'):
    seen |= {l.split('\t')[0] for l in open(os.path.join(here, f), encoding='utf-8')
             if not l.startswith('#')}
rows = [json.loads(l) for l in sys.stdin if l.strip()]
rows.sort(key=lambda r: (-len(r['articles']), r['name']))
ranks = [r for r in range(602, 1001, 2) if rows[r - 1]['name'] not in seen]
for rank in sorted(random.Random(1818).sample(ranks, 50)):
    r = rows[rank - 1]
    print(rank, r['name'], r['kind'], len(r['articles']), '|'.join(r['aliases']), sep='\t')
