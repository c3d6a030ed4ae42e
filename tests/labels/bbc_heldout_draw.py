# The files of a held-out speaker set (tests/labels/bbc_heldoutN.tsv): 8 BBC articles per
# section, drawn at random (random.seed(SEED) once) from those no label file uses yet.
# The label files are read only for their file columns (the stories files' first and
# second columns); nothing of them is printed. OWN_FILE (the set being drawn) and the
# LATER_FILEs (label files made after that draw) are left out of that reading, so a draw
# can be repeated after labelling and after later sets were added.
# Usage: python3 bbc_heldout_draw.py SEED OWN_FILE [LATER_FILE...] [BBC_ROOT]
#   BBC_ROOT (the last argument if it is a directory) defaults to $BYLINE_BBC.
#   Prints the 40 files, then the files skipped for having no double quotation mark.
# Set 3 (now bbc_dev8.tsv): python3 bbc_heldout_draw.py 1010 bbc_dev8.tsv bbc_dev9.tsv bbc_dev10.tsv bbc_dev11.tsv bbc_dev12.tsv bbc_dev13.tsv bbc_dev14.tsv bbc_dev15.tsv bbc_heldout11.tsv bbc_heldout12.tsv bbc_stories_dev19.tsv bbc_stories_dev19_trial.tsv bbc_heldout13.tsv $BYLINE_BBC
# Set 4 (now bbc_dev9.tsv): python3 bbc_heldout_draw.py 1111 bbc_dev9.tsv bbc_dev10.tsv bbc_dev11.tsv bbc_dev12.tsv bbc_dev13.tsv bbc_dev14.tsv bbc_dev15.tsv bbc_heldout11.tsv bbc_heldout12.tsv bbc_stories_dev19.tsv bbc_stories_dev19_trial.tsv bbc_heldout13.tsv $BYLINE_BBC
# Set 5 (now bbc_dev10.tsv): python3 bbc_heldout_draw.py 1212 bbc_dev10.tsv bbc_dev11.tsv bbc_dev12.tsv bbc_dev13.tsv bbc_dev14.tsv bbc_dev15.tsv bbc_heldout11.tsv bbc_heldout12.tsv bbc_stories_dev19.tsv bbc_stories_dev19_trial.tsv bbc_heldout13.tsv $BYLINE_BBC
# Set 6 (now bbc_dev11.tsv): python3 bbc_heldout_draw.py 1313 bbc_dev11.tsv bbc_dev12.tsv bbc_dev13.tsv bbc_dev14.tsv bbc_dev15.tsv bbc_heldout11.tsv bbc_heldout12.tsv bbc_stories_dev19.tsv bbc_stories_dev19_trial.tsv bbc_heldout13.tsv $BYLINE_BBC
# Set 7 (now bbc_dev12.tsv): python3 bbc_heldout_draw.py 1414 bbc_dev12.tsv bbc_dev13.tsv bbc_dev14.tsv bbc_dev15.tsv bbc_heldout11.tsv bbc_heldout12.tsv bbc_stories_dev19.tsv bbc_stories_dev19_trial.tsv bbc_heldout13.tsv $BYLINE_BBC
# Set 8 (now bbc_dev13.tsv): python3 bbc_heldout_draw.py 1515 bbc_dev13.tsv bbc_dev14.tsv bbc_dev15.tsv bbc_heldout11.tsv bbc_heldout12.tsv bbc_stories_dev19.tsv bbc_stories_dev19_trial.tsv bbc_heldout13.tsv $BYLINE_BBC
# Set 9 (now bbc_dev14.tsv): python3 bbc_heldout_draw.py 1616 bbc_dev14.tsv bbc_dev15.tsv bbc_heldout11.tsv bbc_heldout12.tsv bbc_stories_dev19.tsv bbc_stories_dev19_trial.tsv bbc_heldout13.tsv $BYLINE_BBC
# Set 10 (now bbc_dev15.tsv): python3 bbc_heldout_draw.py 1717 bbc_dev15.tsv bbc_heldout11.tsv bbc_heldout12.tsv bbc_stories_dev19.tsv bbc_stories_dev19_trial.tsv bbc_heldout13.tsv $BYLINE_BBC
# Set 11: python3 bbc_heldout_draw.py 1818 bbc_heldout11.tsv bbc_heldout12.tsv bbc_stories_dev19.tsv bbc_stories_dev19_trial.tsv bbc_heldout13.tsv $BYLINE_BBC
# Set 12: python3 bbc_heldout_draw.py 1919 bbc_heldout12.tsv bbc_stories_dev19.tsv bbc_stories_dev19_trial.tsv bbc_heldout13.tsv $BYLINE_BBC
# Set 13: python3 bbc_heldout_draw.py 2020 bbc_heldout13.tsv $BYLINE_BBC
import glob, os, random, sys
args = sys.argv[1:]
if len(args) < 2:
    sys.exit('usage: bbc_heldout_draw.py SEED OWN_FILE [LATER_FILE...] [BBC_ROOT]')
ROOT = args.pop() if len(args) > 2 and os.path.isdir(args[-1]) else os.environ['BYLINE_BBC']
SEED = int(args[0])
LEFT_OUT = {os.path.basename(name) for name in args[1:]}
LAB = os.path.dirname(os.path.abspath(__file__))
used = set()
for name in sorted(glob.glob(os.path.join(LAB, '*.tsv'))):
    if os.path.basename(name) in LEFT_OUT:
        continue
    cols = 2 if 'stories' in os.path.basename(name) else 1
    for line in open(name, encoding='utf-8'):
        if not line.startswith('#'):
            used.update(line.rstrip('\n').split('\t')[:cols])
used.update(['politics/110.txt', 'sport/199.txt'])
random.seed(SEED)
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
