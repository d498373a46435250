"""Scores `briefing people suggest` output against hand labels; see measure.sh for the arguments."""
import json
import os
import re
import sys

out, split_path, labels_path = sys.argv[1:4]
labels = json.load(open(labels_path))
people = labels["people"]
ok, not_people, wrong_name = set(labels.get("ok", [])), set(labels.get("not_people", [])), set(labels.get("wrong_name", []))
found_as = labels.get("found_as", {})
split = {}
for line in open(split_path):
    if line.split():
        half, name = line.split()
        split[name] = half
SUGGESTED = re.compile(r"first at content/articles/([\w-]+)\.md:\d+:\d+\n- id: [\w-]+\n  name: (.*)\n")


def text_of(page):
    path = os.path.join(out, "imported", page + ".md")
    return open(path).read().replace("*", "") if os.path.exists(path) else ""


def score(half):
    pages = sorted(p for p, h in split.items() if half == "all" or h == half)
    suggestions = SUGGESTED.findall(open(os.path.join(out, half, "suggest.yaml")).read())
    found, bad, renamed, unjudged, right = set(), [], [], [], 0
    for page, name in suggestions:
        target = found_as.get(name, name)
        # a person named in several pages is suggested once: each page of the half whose text names them counts
        for p in pages:
            if target in people.get(p, []) and (p == page or name in text_of(p)):
                found.add((p, target))
        if name in not_people:
            bad.append(f"{page}: {name}")
        elif name in wrong_name:
            renamed.append(f"{page}: {name}")
        else:
            right += 1
            if name not in ok and not any(name in v for v in people.values()):
                unjudged.append(f"{page}: {name}")
    labelled = [(p, n) for p in pages for n in people.get(p, [])]
    hits = sum(1 for x in labelled if x in found)
    n = len(suggestions)
    # a person whose family name is nowhere in the imported text was lost by the import, not by the finder
    lost = [(p, x) for p, x in labelled if (p, x) not in found and x.split()[-1] not in text_of(p)]
    print(f"{half:4}  recall {hits}/{len(labelled)} ({100 * hits / max(1, len(labelled)):.1f}%)  "
          f"precision {right}/{n} ({100 * right / max(1, n):.1f}%) strict, "
          f"{right + len(renamed)}/{n} ({100 * (right + len(renamed)) / max(1, n):.1f}%) counting people under another name")
    print(f"      of the {len(labelled) - hits} missed, {len(lost)} are not in the imported text (lost by the import)")
    # the held-out half's mistakes stay unseen while tuning, in the whole set too
    shown = "--show-held" in sys.argv or half == "dev"

    def listed(items):
        return "; ".join(x for x in items if shown or split[x.split(":")[0]] == "dev")

    print("      missed:", listed(f"{p}: {x}" for p, x in labelled if (p, x) not in found and (p, x) not in lost))
    print("      lost by the import:", listed(f"{p}: {x}" for p, x in lost))
    print("      not people:", listed(bad))
    print("      under another name:", listed(renamed))
    print("      UNJUDGED (counted as correct):", "; ".join(unjudged) if unjudged else "none")


for h in ("dev", "held", "all"):
    score(h)
