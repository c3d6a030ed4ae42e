"""Draws the candidate pairs of polnear_stories_dev.tsv (session 7): python3 THIS POLNEAR_ROOT.
Prints source, cosine, shared names, a, b per pair (80 pairs).
"""
import os, re, math, random, itertools, datetime, json
import sys
root=os.path.join(sys.argv[1], 'train', 'text')
files=sorted(os.listdir(root))
docs={}
for f in files:
    t=open(os.path.join(root,f),encoding='utf-8',errors='replace').read()
    docs[f]=t
def date(f): return datetime.date.fromisoformat(f.split('_')[1])
N=len(files)
tok={f:re.findall(r'[a-z]+',docs[f].lower()) for f in files}
df={}
for f in files:
    for w in set(tok[f]): df[w]=df.get(w,0)+1
vec={}
for f in files:
    c={}
    for w in tok[f]:
        if df[w]<=0.1*N: c[w]=c.get(w,0)+1
    v={w:n*math.log(N/df[w]) for w,n in c.items()}
    norm=math.sqrt(sum(x*x for x in v.values())) or 1
    vec[f]={w:x/norm for w,x in v.items()}
def cos(a,b):
    va,vb=vec[a],vec[b]
    if len(va)>len(vb): va,vb=vb,va
    return sum(x*vb.get(w,0) for w,x in va.items())
# proper names: capitalised word runs not at sentence start, rare
caps={f:set(re.findall(r'(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)+)',docs[f])) for f in files}
cdf={}
for f in files:
    for w in caps[f]: cdf[w]=cdf.get(w,0)+1
ho=set()
for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'polnear_stories_heldout.tsv')):
    if l.startswith('#'): continue
    p=l.split('\t')
    if len(p)>1: ho.add(tuple(sorted([os.path.basename(p[0]),os.path.basename(p[1])])))
pairs=[]
for a,b in itertools.combinations(files,2):
    if abs((date(a)-date(b)).days)>7: continue
    c=cos(a,b)
    shared=[w for w in caps[a]&caps[b] if cdf[w]<=8]
    pairs.append((c,len(shared),a,b))
pairs=[p for p in pairs if (p[2],p[3]) not in ho]
bycos=sorted(pairs,key=lambda p:-p[0])
chosen=[];seen=set()
def add(p,src):
    k=(p[2],p[3])
    if k in seen: return False
    seen.add(k); chosen.append((src,)+tuple(p)); return True
for p in bycos[:40]: add(p,'cos-top40')
r=random.Random(707)
for p in r.sample(bycos[40:400],15): add(p,'cos-41-400')
byname=sorted(pairs,key=lambda p:(-p[1],-p[0]))
n=0
for p in byname:
    if n>=15: break
    if add(p,'names-top'): n+=1
for p in r.sample(pairs,10): add(p,'random')
for c in chosen: print('\t'.join(map(str, c)))
