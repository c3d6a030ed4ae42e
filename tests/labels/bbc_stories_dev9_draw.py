# New development pairs for session 9: BBC pairs of one running story, where updates and
# follow-ups meet. A pair qualifies when its two titles share a word (4+ letters) that at most
# 8 titles of the corpus carry and its bodies' TF-IDF cosine (weighting as the session-6
# held-out draws) is 0.25-0.8; pairs in any stories label file are left out (the held-out files
# are read by the script only to leave their pairs out; nothing of them is printed).
# Usage: python3 bbc_stories_dev9_draw.py $BYLINE_BBC  (prints 40 such pairs, random.seed(909), then 20 more
# of cosine 0.45 or more, where updates are likelier, from the rest)
import collections, random, sys
from stories_draw_corpus import corpus, tfidf, cosines, known_pairs, tok
ROOT = sys.argv[1]
files, texts = corpus(ROOT)
titles = [set(w for w in tok.findall(t.split('\n')[0].lower()) if len(w) >= 4) for t in texts]
tdf = collections.Counter(w for t in titles for w in t)
vecs, inv = tfidf(texts)
known = known_pairs('dev9')
cands = []
for i in range(len(files)):
    for j, c in cosines(vecs, inv, i).items():
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
