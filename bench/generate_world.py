#!/usr/bin/env python3
"""The end-to-end benchmark's world: N marketing contacts, 0.8 N CRM leads, 5 N activities.

    python3 bench/generate_world.py DIR --persons N [--seed S] [--tiles T]

Writes DIR/hubspot-contacts.csv, DIR/salesforce-leads.csv, DIR/salesforce-tasks.csv (the sample
data's formats: HubSpot's minimal quoting, Salesforce API exports all quoted) and DIR/world.json
(counts, seed, how it was made). N must be a multiple of 2,000.

Why tiles: the sample generator (sample-data/leadgen) costs about 1 ms of Python per person, an
hour of CPU at 1,000,000 persons. So T tiles of 2,000 contacts are built with leadgen (different
seeds, in parallel), each with every scenario and its noise, and repeated N / 2,000 times. Each
copy gets
  - fresh ids: HubSpot record ids offset by copy x 10^11, Salesforce lead and task ids with their
    counters offset per copy (checksum suffix recomputed, WhoId in the 15- or 18-character form
    it had);
  - its own people: a made-up word (letters only) per copy appended to every first and last name
    ("Birgit-Kowemu Hartmann-Kowemu"), put in front of every company name, appended to every
    e-mail local part and put in front of every e-mail domain, and the last four digits of every
    phone number shifted by a per-copy amount. The mapping is the same for every record of a copy,
    so two records that were the same person (or differed by a typo, or had first and last name
    swapped) in the tile still are (still do), and copies do not link to each other: the sample
    generator gives every person of a world a name of its own, and so does this world.
Timestamps are the tile's: the as_of of pipelines/default.yaml applies, and each copy's
findings are its tile's. Deterministic: same N, seed and T, same bytes."""

import argparse
import json
import os
import random
import sys
import time
from multiprocessing import Pool

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(HERE, "..", "sample-data"))

from leadgen import tile, writers  # noqa: E402
from leadgen.sfid import base62, decode62, to18  # noqa: E402

TILE_CONTACTS, TILE_LEADS, TILE_ACTIVITIES = 2000, 1600, 10000
HS_STRIDE = 10 ** 11          # > the largest record id of a tile
LEAD_STRIDE = 1 << 26         # > 1,600 leads x a gap of at most 9,000
TASK_STRIDE = 1 << 27         # > 10,000 tasks x 9,000
CONSONANTS, VOWELS = "bdfgklmnprstvwz", "aeiou"


def tag(copy):
    """A made-up word per copy: three consonant-vowel syllables drawn at random (seeded by the copy
    number) and never repeated, so that the words of two copies are not near each other the way
    consecutive numbers spelled out would be (name comparisons are fuzzy)."""
    while len(TAGS) <= copy:
        rng = random.Random(len(TAGS) * 7919 + 17)
        while True:
            word = "".join(rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(3))
            if word not in TAG_SET:
                break
        TAGS.append(word)
        TAG_SET.add(word)
    return TAGS[copy]


TAGS, TAG_SET = [], set()


def shift_phone(phone, k):
    """Adds k's digits to the last four digits of the number (mod 10), keeping the format."""
    if not phone:
        return phone
    chars, i = list(phone), 0
    for pos in range(len(chars) - 1, -1, -1):
        if chars[pos].isdigit():
            chars[pos] = str((int(chars[pos]) + k[i]) % 10)
            i += 1
            if i == 4:
                break
    return "".join(chars)


def sf_id(id_, stride, copy):
    """A Salesforce id (15 or 18 characters) with its counter moved to the copy's range."""
    id15 = id_[:15]
    n = decode62(id15[6:]) + stride * copy
    out = id15[:6] + base62(n, 9)
    return to18(out) if len(id_) == 18 else out


def quoted_row(values):
    return '"' + '","'.join(v.replace('"', '""') for v in values) + '"\n'


def minimal_row(values):
    """writers.minimal_row (csv.QUOTE_MINIMAL) without a csv.writer per row."""
    return ",".join('"' + v.replace('"', '""') + '"' if ('"' in v or "," in v or "\n" in v) else v
                    for v in values) + "\n"


TILES = []


def render_copy(copy):
    """The three files' rows of copy `copy` (tile copy % tiles) as text, and their counts."""
    t = TILES[copy % len(TILES)]
    word = tag(copy)
    k = [(copy // 10 ** j) % 10 for j in range(4)]
    k[0] = (k[0] + 1) % 10 if copy else k[0]
    hs_i, lead_i = writers.HUBSPOT_HEADER.index, writers.LEAD_HEADER.index

    def person(values, first_i, email_i, company_i, phone_is):
        v = list(values)
        for i in (first_i, first_i + 1):      # first and last name: same word, so swaps stay swaps
            if v[i]:
                v[i] = v[i] + "-" + word.capitalize()
        if v[company_i]:
            v[company_i] = word.capitalize() + " " + v[company_i]
        local, at, domain = v[email_i].partition("@")
        if at:
            v[email_i] = local + "." + word + "@" + word + "-" + domain
        for i in phone_is:
            v[i] = shift_phone(v[i], k)
        return v

    hub = []
    for values in t["hubspot"]:
        v = person(values, hs_i("First Name"), hs_i("Email"), hs_i("Company Name"), (hs_i("Phone Number"), hs_i("Mobile Phone Number")))
        v[0] = str(int(v[0]) + HS_STRIDE * copy)
        hub.append(minimal_row(v))
    leads = []
    for values in t["leads"]:
        v = person(values, lead_i("FirstName"), lead_i("Email"), lead_i("Company"), (lead_i("Phone"), lead_i("MobilePhone")))
        v[0] = sf_id(v[0], LEAD_STRIDE, copy)
        leads.append(quoted_row(v))
    tasks = []
    for values in t["tasks"]:
        tasks.append(quoted_row([sf_id(values[0], TASK_STRIDE, copy), sf_id(values[1], LEAD_STRIDE, copy)] + values[2:]))
    return "".join(hub), "".join(leads), "".join(tasks), (len(hub), len(leads), len(tasks))


def build_tile(seed):
    """leadgen's scenarios assert their preconditions (a free e-mail address, a suitable host
    lead); a seed where one fails is skipped for the next, so the result is still a function of
    the seed."""
    for attempt in range(100):
        try:
            return tile.build(seed + attempt, TILE_CONTACTS, TILE_LEADS, TILE_ACTIVITIES)
        except AssertionError:
            continue
    raise SystemExit("generate_world: no usable seed in %d..%d" % (seed, seed + 99))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir")
    ap.add_argument("--persons", type=int, required=True)
    ap.add_argument("--seed", type=int, default=20261127)
    ap.add_argument("--tiles", type=int, default=8)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    if args.persons <= 0 or args.persons % TILE_CONTACTS:
        sys.exit("generate_world: --persons must be a positive multiple of %d" % TILE_CONTACTS)
    copies = args.persons // TILE_CONTACTS
    n_tiles = max(1, min(args.tiles, copies))
    started = time.time()
    with Pool(min(args.jobs, n_tiles)) as pool:
        tiles = pool.map(build_tile, [args.seed + 7919 * i for i in range(n_tiles)])
    built = time.time()
    os.makedirs(args.dir, exist_ok=True)
    global TILES
    TILES = tiles
    tag(copies - 1)   # every copy's word, drawn in copy order before the workers fork
    counts = dict(hubspot=0, leads=0, tasks=0)
    with open(os.path.join(args.dir, "hubspot-contacts.csv"), "w", encoding="utf-8", newline="") as hf, \
            open(os.path.join(args.dir, "salesforce-leads.csv"), "w", encoding="utf-8", newline="") as lf, \
            open(os.path.join(args.dir, "salesforce-tasks.csv"), "w", encoding="utf-8", newline="") as tf, \
            Pool(args.jobs) as pool:
        hf.write(minimal_row(writers.HUBSPOT_HEADER))
        lf.write(quoted_row(writers.LEAD_HEADER))
        tf.write(quoted_row(writers.TASK_HEADER))
        # Copies are rendered in parallel and written in copy order: same bytes for any --jobs.
        for hub, leads, tasks, n in pool.imap(render_copy, range(copies), chunksize=4):
            hf.write(hub)
            lf.write(leads)
            tf.write(tasks)
            for key, value in zip(("hubspot", "leads", "tasks"), n):
                counts[key] += value
    info = dict(persons=args.persons, seed=args.seed, tiles=n_tiles, copies=copies,
                rows=dict(hubspot_contacts=counts["hubspot"], salesforce_leads=counts["leads"],
                          salesforce_tasks=counts["tasks"]),
                generator="bench/generate_world.py DIR --persons %d --seed %d --tiles %d"
                          % (args.persons, args.seed, args.tiles),
                seconds=dict(tiles=round(built - started, 1), write=round(time.time() - built, 1)))
    with open(os.path.join(args.dir, "world.json"), "w", encoding="utf-8") as f:
        json.dump(info, f, indent=2, sort_keys=True)
        f.write("\n")
    print("generate_world: %s: %s contacts, %s leads, %s activities (%d tiles, %d copies) in %.0f s"
          % (args.dir, f"{counts['hubspot']:,}", f"{counts['leads']:,}", f"{counts['tasks']:,}", n_tiles, copies,
             time.time() - started), file=sys.stderr)


if __name__ == "__main__":
    main()
