# New development pairs for session 8: BBC pairs with TF-IDF cosine 0.3-0.7 that share a
# quotation (a run of >= 6 words inside quotation marks, lower-cased), outside every label
# file (the held-out files are read only to leave their pairs out; nothing of them is printed).
# Usage: python3 bbc_stories_dev8_draw.py $BYLINE_BBC  (prints every such pair, in a seeded random order)
import os, re, random, sys
from stories_draw_corpus import corpus, tfidf, cosines, known_pairs
ROOT=sys.argv[1]
W=re.compile(r"[a-z0-9][a-z0-9'.,%£$]*[a-z0-9%]|[a-z0-9]")
def words(s): return W.findall(s.lower())
def load(p):
    lines=open(os.path.join(ROOT,p),encoding='utf-8').read().split('\n')
    return lines[0].strip(), [l.strip() for l in lines[1:] if l.strip()]
def quotes(paras):
    out=[]
    for p in paras:
        for m in re.finditer(r'"([^"]{3,})"', p):
            out.append(words(m.group(1)))
        if p.count('"')%2==1:
            out.append(words(p[p.rfind('"')+1:]))
    return out
def grams(seqs,n):
    return {tuple(s[i:i+n]) for s in seqs for i in range(len(s)-n+1)}
files, texts = corpus(ROOT)
vecs, inv = tfidf(texts)
known = known_pairs('dev8')
qg=[grams(quotes(load(p)[1]),6) for p in files]
cands=[]
for i in range(len(files)):
    for j,c in cosines(vecs, inv, i).items():
        if 0.3<=c<0.7 and qg[i]&qg[j] and (files[i],files[j]) not in known:
            cands.append((files[i],files[j],round(c,3)))
cands.sort()
print(len(cands), file=sys.stderr)
random.seed(808)
for a,b,c in random.sample(cands, len(cands)):
    print(a,b,c,sep='\t')
