# New development pairs for session 9: BBC pairs of one running story, where updates and
# follow-ups meet. A pair qualifies when its two titles share a word (4+ letters) that at most
# 8 titles of the corpus carry and its bodies' TF-IDF cosine (weighting as the session-6
# held-out draws) is 0.25-0.8; pairs in any stories label file are left out (the held-out files
# are read by the script only to leave their pairs out; nothing of them is printed).
# Usage: python3 bbc_stories_dev9_draw.py $BYLINE_BBC  (prints 40 such pairs, random.seed(909), then 20 more
# of cosine 0.45 or more, where updates are likelier, from the rest)
import os, re, math, random, collections, sys
ROOT = sys.argv[1]
LAB = os.path.dirname(os.path.abspath(__file__)) + '/'
files = []
for sec in sorted(os.listdir(ROOT)):
    for f in sorted(os.listdir(os.path.join(ROOT, sec))):
        p = sec + '/' + f
        try:
            open(os.path.join(ROOT, p), 'rb').read().decode('utf-8')
        except UnicodeDecodeError:
            continue
        files.append(p)
tok = re.compile(r'[a-z]+')
texts = [open(os.path.join(ROOT, p)).read() for p in files]
titles = [set(w for w in tok.findall(t.split('\n')[0].lower()) if len(w) >= 4) for t in texts]
tdf = collections.Counter(w for t in titles for w in t)
docs = [collections.Counter(tok.findall(t.lower())) for t in texts]
N = len(docs); df = collections.Counter()
for d in docs: df.update(d.keys())
vecs = []
for d in docs:
    v = {w: c * math.log(N / df[w]) for w, c in d.items() if df[w] <= 0.1 * N}
    n = math.sqrt(sum(x * x for x in v.values())) or 1
    vecs.append({w: x / n for w, x in v.items()})
inv = collections.defaultdict(list)
for i, v in enumerate(vecs):
    for w, x in v.items(): inv[w].append((i, x))
known = set()
for name in os.listdir(LAB):
    if 'stories' in name and name.endswith('.tsv') and 'dev9' not in name:
        for l in open(LAB + name):
            f = l.split('\t')
            if len(f) >= 3 and not l.startswith('#'): known.add(tuple(sorted(f[:2])))
cands = []
for i in range(N):
    acc = collections.defaultdict(float)
    for w, x in vecs[i].items():
        for j, y in inv[w]:
            if j > i: acc[j] += x * y
    for j, c in acc.items():
        rare_title = [w for w in titles[i] & titles[j] if tdf[w] <= 8]
        if 0.25 <= c < 0.8 and rare_title and (files[i], files[j]) not in known:
            cands.append((files[i], files[j], round(c, 3)))
cands.sort()
print(len(cands), file=sys.stderr)
random.seed(909)
first = random.sample(cands, 40)
rest = [c for c in cands if c not in first and c[2] >= 0.45]
print(len(rest), file=sys.stderr)
for a, b, c in first + random.sample(rest, 20):
    print(a, b, c, sep='\t')
