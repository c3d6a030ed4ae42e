# The second entity-tail sample (session 17, en17): 50 entities at random even ranks 202-600
# (ranked by articles, ties by name, as tests/analysis_entities.rs ranks them; seed 1717),
# leaving out the names of bbc_entities_tail.tsv. The two earlier samples took odd ranks when
# drawn (the tail 201, 205, ...; the held-out 203, 207, ...); this one takes even ranks so it
# mostly sees other rows. The held-out labels were not opened.
# Usage: XDG_CACHE_HOME=/tmp/x XDG_STATE_HOME=/tmp/y byline --no-cache entities --json BBC \
#          | python3 bbc_entities_tail2_draw.py   (prints rank, name, kind, articles, aliases)
# Drawn on en17's start (main 305b8ce); the judged names are in bbc_entities_tail2.tsv.
import json, os, random, sys
here = os.path.dirname(os.path.abspath(__file__))
tail = {l.split('\t')[0] for l in open(os.path.join(here, 'bbc_entities_tail.tsv'), encoding='utf-8')
        if not l.startswith('#')}
rows = [json.loads(l) for l in sys.stdin if l.strip()]
rows.sort(key=lambda r: (-len(r['articles']), r['name']))
ranks = [r for r in range(202, 601, 2) if rows[r - 1]['name'] not in tail]
for rank in sorted(random.Random(1717).sample(ranks, 50)):
    r = rows[rank - 1]
    print(rank, r['name'], r['kind'], len(r['articles']), '|'.join(r['aliases']), sep='\t')
