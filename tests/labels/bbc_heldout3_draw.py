# The files of tests/labels/bbc_heldout3.tsv (held-out speakers, set 3, session 10): 8 BBC
# articles per section, drawn at random (random.seed(1010) once) from those no label file
# uses yet. The label files are read only for their file columns (the stories files' first
# and second columns); nothing of them is printed. bbc_heldout3.tsv itself is left out of
# that reading so the draw can be repeated after labelling.
# Usage: python3 bbc_heldout3_draw.py $BYLINE_BBC  (prints the 40 files, then the files
# skipped for having no double quotation mark)
import glob, os, random, sys
ROOT = sys.argv[1] if len(sys.argv) > 1 else os.environ['BYLINE_BBC']
LAB = os.path.dirname(os.path.abspath(__file__))
used = set()
for name in sorted(glob.glob(os.path.join(LAB, '*.tsv'))):
    if os.path.basename(name) == 'bbc_heldout3.tsv':
        continue
    cols = 2 if 'stories' in os.path.basename(name) else 1
    for line in open(name, encoding='utf-8'):
        if not line.startswith('#'):
            used.update(line.rstrip('\n').split('\t')[:cols])
used.update(['politics/110.txt', 'sport/199.txt'])
random.seed(1010)
chosen, skipped = [], []
for section in ['business', 'entertainment', 'politics', 'sport', 'tech']:
    files = sorted(os.path.relpath(p, ROOT) for p in glob.glob(os.path.join(ROOT, section, '*.txt')))
    random.shuffle(files)
    taken = 0
    for f in files:
        if taken == 8:
            break
        if f in used:
            continue
        text = open(os.path.join(ROOT, f), encoding='utf-8').read()
        if not any(q in text for q in '"\u201c\u201d'):
            skipped.append(f)
            continue
        chosen.append(f)
        taken += 1
print('\n'.join(chosen))
print('skipped for having no double quotation mark:', ' '.join(skipped) or 'none')
