# New development pairs for session 8: BBC pairs with TF-IDF cosine 0.3-0.7 that share a
# quotation (a run of >= 6 words inside quotation marks, lower-cased), outside every label
# file (the held-out files are read only to leave their pairs out; nothing of them is printed).
# Usage: python3 bbc_stories_dev8_draw.py $BYLINE_BBC  (prints every such pair, in a seeded random order)
import os, re, math, random, collections, sys
ROOT=sys.argv[1]
LAB=os.path.dirname(os.path.abspath(__file__))+'/'
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
files=[]
for sec in sorted(os.listdir(ROOT)):
    for f in sorted(os.listdir(os.path.join(ROOT,sec))):
        p=sec+'/'+f
        try: open(os.path.join(ROOT,p),'rb').read().decode('utf-8')
        except UnicodeDecodeError: continue
        files.append(p)
tok=re.compile(r'[a-z]+')
docs=[collections.Counter(tok.findall(open(os.path.join(ROOT,p)).read().lower())) for p in files]
N=len(docs); df=collections.Counter()
for d in docs: df.update(d.keys())
vecs=[]
for d in docs:
    v={w:c*math.log(N/df[w]) for w,c in d.items() if df[w]<=0.1*N}
    n=math.sqrt(sum(x*x for x in v.values())) or 1
    vecs.append({w:x/n for w,x in v.items()})
inv=collections.defaultdict(list)
for i,v in enumerate(vecs):
    for w,x in v.items(): inv[w].append((i,x))
known=set()
for name in os.listdir(LAB):
    if 'stories' in name and name.endswith('.tsv') and 'dev8' not in name:
        for l in open(LAB+name):
            f=l.split('\t')
            if len(f)>=3 and not l.startswith('#'): known.add(tuple(sorted(f[:2])))
qg=[grams(quotes(load(p)[1]),6) for p in files]
cands=[]
for i in range(N):
    acc=collections.defaultdict(float)
    for w,x in vecs[i].items():
        for j,y in inv[w]:
            if j>i: acc[j]+=x*y
    for j,c in acc.items():
        if 0.3<=c<0.7 and qg[i]&qg[j] and (files[i],files[j]) not in known:
            cands.append((files[i],files[j],round(c,3)))
cands.sort()
print(len(cands), file=sys.stderr)
random.seed(808)
for a,b,c in random.sample(cands, len(cands)):
    print(a,b,c,sep='\t')
