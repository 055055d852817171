#!/usr/bin/env python3
"""Pairwise precision, recall and F1 of a run's people.csv against a truth.csv.

    python3 bench/score_people.py OUT_DIR/people.csv TRUTH.csv [--json] [--examples N --data people.csv]

people.csv is leadrecon's (`person_id,source,record_id,…`), truth.csv the generator's
(`record_id,person`). A pair of records is predicted when both carry the same person_id, true when
both carry the same truth person. Counted without listing pairs: for every (predicted person,
true person) the number of records c they share gives c·(c-1)/2 true positives; predicted and true
pairs are n·(n-1)/2 per person. Memory grows with the number of records (one dict entry each),
not with the number of pairs. Records of truth.csv missing from people.csv (rejected rows) count
against recall: their true pairs are in the denominator and never predicted.

--examples N prints up to N missed and N wrong pairs with the records' cells from --data (the
generator's people.csv), for looking at what the model gets wrong."""

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict


def pairs(n):
    return n * (n - 1) // 2


def score(people_path, truth_path):
    truth = {}
    truth_ids = {}
    with open(truth_path, encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        header = next(rows)
        if header[:2] != ["record_id", "person"]:
            raise SystemExit("score: %s: expected header record_id,person, got %s" % (truth_path, header))
        for record_id, person in rows:
            truth[record_id] = truth_ids.setdefault(person, len(truth_ids))
    truth_sizes = Counter(truth.values())

    predicted_ids = {}
    predicted_sizes = Counter()
    both = Counter()
    seen = 0
    unknown = 0
    with open(people_path, encoding="utf-8-sig", newline="") as f:
        rows = csv.reader(f)
        header = next(rows)
        person_col, record_col = header.index("person_id"), header.index("record_id")
        for row in rows:
            seen += 1
            predicted = predicted_ids.setdefault(row[person_col], len(predicted_ids))
            predicted_sizes[predicted] += 1
            true = truth.get(row[record_col])
            if true is None:
                unknown += 1
                continue
            both[(predicted, true)] += 1

    tp = sum(pairs(c) for c in both.values())
    predicted_pairs = sum(pairs(n) for n in predicted_sizes.values())
    true_pairs = sum(pairs(n) for n in truth_sizes.values())
    precision = tp / predicted_pairs if predicted_pairs else 1.0
    recall = tp / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return dict(records_in_truth=len(truth), records_in_people=seen, records_not_in_truth=unknown,
                true_people=len(truth_ids), predicted_people=len(predicted_ids),
                true_pairs=true_pairs, predicted_pairs=predicted_pairs, true_positive_pairs=tp,
                false_positive_pairs=predicted_pairs - tp, false_negative_pairs=true_pairs - tp,
                precision=round(precision, 6), recall=round(recall, 6), f1=round(f1, 6))


def examples(people_path, truth_path, data_path, limit):
    """Missed and wrong pairs with their cells: small files only (everything is held in memory)."""
    with open(truth_path, encoding="utf-8", newline="") as f:
        truth = dict(list(csv.reader(f))[1:])
    with open(people_path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    predicted = {r["record_id"]: r["person_id"] for r in rows}
    weight = {r["record_id"]: (r["match_weight"], r["matched_on"]) for r in rows}
    with open(data_path, encoding="utf-8", newline="") as f:
        data = {r[0]: r for r in csv.reader(f)}
    by_true, by_predicted = defaultdict(list), defaultdict(list)
    for record, person in truth.items():
        by_true[person].append(record)
    for record, person in predicted.items():
        by_predicted[person].append(record)
    missed = [(a, b) for rs in by_true.values() for i, a in enumerate(rs) for b in rs[i + 1:]
              if predicted.get(a) != predicted.get(b)]
    wrong = [(a, b) for rs in by_predicted.values() for i, a in enumerate(rs) for b in rs[i + 1:]
             if truth.get(a) != truth.get(b)]
    for title, found in (("missed (same person, not linked)", missed), ("wrong (linked, not the same person)", wrong)):
        print("%s: %d pairs" % (title, len(found)))
        for a, b in found[:limit]:
            for r in (a, b):
                print("  %s  %s  %s" % (" | ".join(data.get(r, [r])), predicted.get(r), weight.get(r)))
            print()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("people")
    ap.add_argument("truth")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument("--examples", type=int, default=0, metavar="N")
    ap.add_argument("--data", help="the generator's people.csv, for --examples")
    args = ap.parse_args()
    result = score(args.people, args.truth)
    if args.json:
        print(json.dumps(result, sort_keys=True))
    else:
        print("pairwise: precision %.4f  recall %.4f  F1 %.4f  (%d true pairs, %d predicted, %d right; "
              "%d true people, %d predicted)" % (result["precision"], result["recall"], result["f1"],
                                                 result["true_pairs"], result["predicted_pairs"],
                                                 result["true_positive_pairs"], result["true_people"],
                                                 result["predicted_people"]))
    if result["records_not_in_truth"]:
        print("score: warning: %d records of %s are not in %s" % (result["records_not_in_truth"], args.people,
                                                                  args.truth), file=sys.stderr)
    if args.examples:
        if not args.data:
            ap.error("--examples needs --data")
        examples(args.people, args.truth, args.data, args.examples)


if __name__ == "__main__":
    main()
