# The entity-tail sample of session 14: the entities ranked 201-600 by articles (ties by name,
# as tests/analysis_entities.rs ranks them), every 4th from rank 201 (201, 205, ... 597): 100 rows.
# Usage: XDG_CACHE_HOME=/tmp/x XDG_STATE_HOME=/tmp/y byline --no-cache entities --json BBC \
#          | python3 bbc_entities_tail_draw.py   (prints rank, name, kind, articles, aliases)
# Drawn on en14's start (main 7464214); the judged names are in bbc_entities_tail.tsv.
import json, sys
rows = [json.loads(l) for l in sys.stdin if l.strip()]
rows.sort(key=lambda r: (-len(r['articles']), r['name']))
for rank in range(201, 601, 4):
    r = rows[rank - 1]
    print(rank, r['name'], r['kind'], len(r['articles']), '|'.join(r['aliases']), sep='\t')
