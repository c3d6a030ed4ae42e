# What the stories development draws share (bbc_stories_dev8_draw.py, bbc_stories_dev9_draw.py,
# bbc_stories_dev19_draw.py): the BBC corpus read in path order (the one file that is not UTF-8
# left out), its bodies' TF-IDF vectors (lowercase [a-z]+ tokens, words in more than 10% of the
# articles dropped, idf = ln(N/df), L2-normalised: the weighting of the session-6 held-out draw),
# each article's cosines with the later ones, and the pairs already in a stories label file.
import collections, math, os, re

LAB = os.path.dirname(os.path.abspath(__file__)) + '/'
tok = re.compile(r'[a-z]+')


def corpus(root):
    """The UTF-8 articles' paths (section/NNN.txt, sorted) and texts."""
    files = []
    for sec in sorted(os.listdir(root)):
        for f in sorted(os.listdir(os.path.join(root, sec))):
            p = sec + '/' + f
            try:
                open(os.path.join(root, p), 'rb').read().decode('utf-8')
            except UnicodeDecodeError:
                continue
            files.append(p)
    return files, [open(os.path.join(root, p)).read() for p in files]


def tfidf(texts):
    """Each text's normalised vector, and the inverted index word -> [(article, weight)]."""
    docs = [collections.Counter(tok.findall(t.lower())) for t in texts]
    n = len(docs)
    df = collections.Counter()
    for d in docs:
        df.update(d.keys())
    vecs = []
    for d in docs:
        v = {w: c * math.log(n / df[w]) for w, c in d.items() if df[w] <= 0.1 * n}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1
        vecs.append({w: x / norm for w, x in v.items()})
    inv = collections.defaultdict(list)
    for i, v in enumerate(vecs):
        for w, x in v.items():
            inv[w].append((i, x))
    return vecs, inv


def cosines(vecs, inv, i):
    """Article i's cosine with every later article that shares a word: {j: cosine}."""
    acc = collections.defaultdict(float)
    for w, x in vecs[i].items():
        for j, y in inv[w]:
            if j > i:
                acc[j] += x * y
    return acc


def known_pairs(own):
    """Pairs (sorted) of every stories label file but the draw's own (`own` in its name); the
    held-out files are read only to leave their pairs out, nothing of them is printed."""
    known = set()
    for name in os.listdir(LAB):
        if 'stories' in name and name.endswith('.tsv') and own not in name:
            for l in open(LAB + name):
                f = l.split('\t')
                if len(f) >= 3 and not l.startswith('#'):
                    known.add(tuple(sorted(f[:2])))
    return known
