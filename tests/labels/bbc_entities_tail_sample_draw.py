# The random entity-tail samples, tail2 and tail3 (the first tail is bbc_entities_tail_draw.py):
# 50 entities at random ranks LO, LO+2, ... HI (ranked by articles, ties by name, as tests/analysis_entities.rs ranks them; random.Random(SEED)), leaving out the
# names of the earlier samples SKIP... . The held-out labels are never opened.
#   tail2 (session 17, en17, drawn on main 305b8ce): SEED 1717, ranks 202-600, skip bbc_entities_tail.tsv.
#     The earlier samples took odd ranks when drawn (the tail 201, 205, ...; the held-out 203,
#     207, ...); even ranks mostly see other rows.
#   tail3 (session 18, en18, drawn on main 7981c2b): SEED 1818, ranks 602-1000, skip
#     bbc_entities_tail.tsv bbc_entities_tail2.tsv. Below rank 600 it never meets the held-out
#     sample's rows and sees the deeper tail, where a capitalised ordinary word is likeliest.
# Usage: XDG_CACHE_HOME=/tmp/x XDG_STATE_HOME=/tmp/y byline --no-cache entities --json BBC \
#          | python3 bbc_entities_tail_sample_draw.py SEED LO HI [SKIP...]
#        (prints rank, name, kind, articles, aliases; the judged names are in the sample's .tsv)
import json, os, random, sys
seed, lo, hi = (int(a) for a in sys.argv[1:4])
here = os.path.dirname(os.path.abspath(__file__))
seen = set()
for f in sys.argv[4:]:
    seen |= {l.split('\t')[0] for l in open(os.path.join(here, f), encoding='utf-8')
             if not l.startswith('#')}
rows = [json.loads(l) for l in sys.stdin if l.strip()]
rows.sort(key=lambda r: (-len(r['articles']), r['name']))
ranks = [r for r in range(lo, hi + 1, 2) if rows[r - 1]['name'] not in seen]
for rank in sorted(random.Random(seed).sample(ranks, 50)):
    r = rows[rank - 1]
    print(rank, r['name'], r['kind'], len(r['articles']), '|'.join(r['aliases']), sep='\t')
