"""Scores imported article bodies against a benchmark's true article text; see import-measure.sh.

The score is the article-extraction benchmark's (scrapinghub/article-extraction-benchmark,
evaluate.py): each text is cut into \\w+ tokens, then into shingles of 4 tokens; per page, true
positives, false positives and false negatives are counted over shingles and normalised to sum 1,
and precision and recall are the means over pages (F1 from the means). A page whose import failed
counts as an empty text: recall 0, and, as in evaluate.py, no precision (it is left out of that mean).
"""
import collections
import json
import os
import re
import sys

TOKEN = re.compile(r"\w+", re.UNICODE)
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
LINK_DESTINATION = re.compile(r"\]\([^)\s]*\)")
SUMMARY = re.compile(r"^summary: (.*)$", re.MULTILINE)


def plain(markdown):
    """The body's text as it reads: front matter, link destinations and Markdown punctuation gone.

    The numbers of a numbered list stay: they are shown.
    """
    body = FRONT_MATTER.sub("", markdown, count=1)
    body = LINK_DESTINATION.sub("]", body)
    body = re.sub(r"^(#{1,6} |> ?|- )", "", body, flags=re.MULTILINE)
    return re.sub(r"\\(.)", r"\1", body)


def summary(markdown):
    m = FRONT_MATTER.match(markdown)
    found = SUMMARY.search(m.group(0)) if m else None
    if not found:
        return ""
    value = found.group(1).strip()
    try:
        return json.loads(value) if value.startswith('"') else value.strip("'")
    except ValueError:
        return value


def shingles(text, n=4):
    tokens = TOKEN.findall(text or "")
    return collections.Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def tp_fp_fn(true, pred):
    t, p = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in set(t) | set(p):
        tp += min(t[key], p[key])
        fp += max(0, p[key] - t[key])
        fn += max(0, t[key] - p[key])
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def precision(tp, fp, fn):
    return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(tp, fp, fn):
    return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)


def mean(values):
    return sum(values) / len(values) if values else 0.0


def report(label, rows):
    """rows: (name, truth, prediction or None when the import failed)."""
    counts = [tp_fp_fn(truth, pred or "") for _, truth, pred in rows]
    p = mean([precision(*c) for c in counts if c[0] + c[1] > 0] or [0.0])
    r = mean([recall(*c) for c in counts if c[0] + c[2] > 0])
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    failed = sum(1 for _, _, pred in rows if pred is None)
    low = sum(1 for (_, _, pred), c in zip(rows, counts) if pred is not None and recall(*c) < 0.5)
    print(f"{label:<22} pages {len(rows):3}  precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}  "
          f"import failed {failed}  kept < 50% {low}")
    return counts


def main():
    pages, imported, split_path = sys.argv[1:4]
    per_page = sys.argv[4] if len(sys.argv) > 4 else None
    truth = json.load(open(os.path.join(pages, "ground-truth.json"), encoding="utf-8"))
    halves = collections.defaultdict(list)
    with_summary = collections.defaultdict(list)
    for line in open(split_path):
        if not line.split():
            continue
        half, name = line.split()
        path = os.path.join(imported, name + ".md")
        markdown = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        body = plain(markdown) if markdown is not None else None
        true = truth[name].get("articleBody", "")
        halves[half].append((name, true, body))
        lead = summary(markdown) if markdown is not None else ""
        with_summary[half].append((name, true, None if body is None else (lead + "\n\n" + body).strip()))
    lines = []
    for half in ("dev", "held"):
        counts = report(half, halves[half])
        report(half + " (with summary)", with_summary[half])
        for (name, _, pred), c in zip(halves[half], counts):
            status = "FAILED" if pred is None else ""
            lines.append(f"{half}\t{name}\t{precision(*c):.3f}\t{recall(*c):.3f}\t{status}")
    if per_page:
        with open(per_page, "w", encoding="utf-8") as out:
            out.write("half\tpage\tprecision\trecall\tstatus\n" + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
