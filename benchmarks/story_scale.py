"""Stories at scale: signatures and `assign_stories` over a large archive, and the MinHash library.

    .venv/bin/python -m benchmarks.story_scale [--n 100000] [--new 1000] [--rensa-path DIR]

Builds N synthetic articles (seed 2026) from the sentences of the repository's real texts
(factRuEval dev and data/raw, `parse.parse_file`, split by razdel): each body 8-25 random
sentences in paragraphs of 3, dates spread over the two years to 2026-11-30, about 10% near-copies
of an earlier article (a sentence dropped or added, published 0-3 days later).  Each step runs in
a fresh process that builds its input first (not timed) and reports wall and CPU time and its
ru_maxrss before and after the step:

1. full dedup: `stories.signature` of all N; then `assign_stories` over all N (the first step's
   signatures), with how many of the planted copies it found; with `--library-lsh`, also the
   same rule with datasketch's `MinHashLSH` (same bands) finding the candidates, which is how
   the project's numpy banding was chosen (docs/stories.md §3);
2. incremental run: N signatures stored in the pipeline's signature file (`pipelines.stories`:
   article_id, published_date, 512 bytes of uint32 values or null when short; zstd) plus `--new` articles: read the file, sign the new, `assign_stories` over N + new, write
   the file back; and the file's size;
3. library choice, on 5,000 of the bodies: datasketch (as used) against rensa's RMinHash (Rust),
   same 5-word shingles, 128 permutations: signature speed, and the error of the estimated Jaccard
   against the exact one of the shingle sets on 2,000 pairs (copy and original, partial rewrites,
   pairs sharing a sentence, random pairs), seeds 1-3, beside ideal independent permutations.
   Skipped when rensa is not importable (`pip install --target DIR rensa`, `--rensa-path DIR`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from array import array
from importlib.metadata import version
from pathlib import Path

import numpy as np
import pyarrow.dataset  # noqa: F401  (read_table's first call imports it and pandas: 0.4 s, not reading)
import pyarrow.parquet as pq
from datasketch import LeanMinHash, MinHash, MinHashLSH
from razdel import sentenize

from pipelines.signatures import SIGNATURES, signature_items, signature_table
from transforms import stories
from transforms.parse import parse_file

RAW = [Path(__file__).parent / "gold" / "factru-dev" / "raw", Path(__file__).parents[1] / "data" / "raw"]
TODAY = dt.date(2026, 11, 30)
DAYS = 730


def load_sentences() -> list[str]:
    out = []
    for path in [p for folder in RAW for p in sorted(folder.glob("*.txt"))]:
        parsed = parse_file(path.name, path.read_bytes(), today=TODAY)
        if parsed and hasattr(parsed[0], "body"):
            out += [s.text for s in sentenize(parsed[0].body)]
    return list(dict.fromkeys(out))


SENTENCES = load_sentences()


def corpus(n: int, seed: int = 2026) -> tuple[list[str], list[dt.date], list[array], list[int | None]]:
    """ids, dates, sentence numbers, the article each copies (None: an original); prefix-stable."""
    rng, pool = random.Random(seed), len(SENTENCES)
    ids, dates, parts, copy_of = [], [], [], []
    for i in range(n):
        if i and rng.random() < 0.1:
            j = rng.randrange(i)
            p = list(parts[j])
            if rng.random() < 0.5:
                del p[rng.randrange(len(p))]
            else:
                p.insert(rng.randrange(len(p) + 1), rng.randrange(pool))
            date, source = min(dates[j] + dt.timedelta(rng.randint(0, 3)), TODAY), j
        else:
            p = rng.sample(range(pool), rng.randint(8, 25))
            date, source = TODAY - dt.timedelta(rng.randrange(DAYS)), None
        ids.append(f"wire/{date:%Y/%m}/{i:07d}")
        dates.append(date)
        parts.append(array("H", p))
        copy_of.append(source)
    return ids, dates, parts, copy_of


def body(part: array) -> str:
    return "\n\n".join(" ".join(SENTENCES[k] for k in part[i:i + 3]) for i in range(0, len(part), 3))


def maxrss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def read_signatures(path: Path) -> list[tuple[str, dt.date, np.ndarray | None]]:
    return signature_items(pq.read_table(path, schema=SIGNATURES))


def write_signatures(path: Path, items: list[tuple[str, dt.date, np.ndarray | None]]) -> None:
    pq.write_table(signature_table(items), path, compression="zstd")


def assign_with_datasketch_lsh(items: list[tuple[str, dt.date, np.ndarray | None]]) -> dict:
    """The same rule as `stories.assign_stories`, candidates from datasketch's MinHashLSH instead of
    the project's numpy banding: the library the issue names, kept here to measure the choice."""
    ordered = sorted(items, key=lambda x: (x[1], x[0]))
    rank = {a: i for i, (a, _, _) in enumerate(ordered)}
    sig = {a: s for a, _, s in ordered if s is not None}
    lean = {a: LeanMinHash(seed=stories.SEED, hashvalues=s.astype(np.uint64), scheme=stories.SCHEME)
            for a, s in sig.items()}
    lsh = MinHashLSH(threshold=stories.THRESHOLD, num_perm=stories.NUM_PERM,
                     params=(stories.BANDS, stories.ROWS))
    with lsh.insertion_session() as session:
        for a, m in lean.items():
            session.insert(a, m, check_duplication=False)
    out: dict = {}
    for a, _, s in ordered:
        best = None
        for other in (lsh.query(lean[a]) if s is not None else ()):
            j = stories.similarity(s, sig[other])
            if rank[other] < rank[a] and j >= stories.THRESHOLD and (
                    best is None or (j, -rank[other]) > (best[1], -rank[best[0]])):
                best = (other, j)
        out[a] = stories.Story(out[best[0]].story_id, best[0], best[1]) if best else stories.Story(a, None, None)
    return out


def step(name: str, n: int, new: int, tmp: Path) -> dict:
    """One measured step, in this (fresh) process; its figures as a dict."""
    ids, dates, parts, copy_of = corpus(n + new)
    path, fresh = tmp / "signatures.parquet", range(n, n + new)
    if name == "incremental":
        bodies = [body(parts[i]) for i in fresh]
        timings, before, c0 = {}, maxrss_mib(), time.process_time()
        t0 = time.perf_counter()
        items = read_signatures(path)
        timings["read"], t0 = time.perf_counter() - t0, time.perf_counter()
        items += [(ids[i], dates[i], stories.signature(b)) for i, b in zip(fresh, bodies)]
        timings["sign new"], t0 = time.perf_counter() - t0, time.perf_counter()
        result = stories.assign_stories(items)
        timings["assign"], t0 = time.perf_counter() - t0, time.perf_counter()
        write_signatures(path, items)
        timings["write"] = time.perf_counter() - t0
        return {"timings": timings, "cpu": time.process_time() - c0, "before": before, "peak": maxrss_mib(),
                "size": path.stat().st_size, "copies": sum(result[ids[i]].duplicate_of is not None for i in fresh)}
    if name == "sign":
        bodies = [body(p) for p in parts[:n]]
        before, t0, c0 = maxrss_mib(), time.perf_counter(), time.process_time()
        sigs = [stories.signature(b) for b in bodies]
        out = {"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "before": before,
               "peak": maxrss_mib()}
        write_signatures(path, [(ids[i], dates[i], sigs[i]) for i in range(n)])  # the archive of step 2
        return out | {"size": path.stat().st_size}
    items = read_signatures(path)
    assign = assign_with_datasketch_lsh if name == "assign-datasketch-lsh" else stories.assign_stories
    before, t0, c0 = maxrss_mib(), time.perf_counter(), time.process_time()
    result = assign(items)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    found = sum(result[ids[i]].duplicate_of is not None for i in range(n) if copy_of[i] is not None)
    return {"seconds": seconds, "cpu": cpu, "before": before, "peak": maxrss_mib(), "found": found,
            "planted": sum(c is not None for c in copy_of[:n]),
            "other": sum(s.duplicate_of is not None for s in result.values()) - found,
            "stories": len({s.story_id for s in result.values()}),
            "digest": hashlib.sha256(repr(sorted(result.items())).encode()).hexdigest()[:16]}


def run_step(name: str, n: int, new: int, tmp: Path) -> dict:
    proc = subprocess.run([sys.executable, "-m", "benchmarks.story_scale", "--step", name, "--n", str(n),
                           "--new", str(new), "--tmp", str(tmp)], capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"step {name} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.splitlines()[-1])


def compare(parts: list[array], copy_of: list[int | None], rensa_path: str | None, k: int = 5000) -> None:
    if rensa_path:
        sys.path.insert(0, rensa_path)
    try:
        import rensa
    except ImportError:
        print("library choice: skipped, rensa is not importable (pip install --target DIR rensa; --rensa-path DIR)")
        return
    k, perms = min(k, len(parts)), stories.NUM_PERM

    def datasketch_sig(s: set[bytes], seed: int) -> np.ndarray:
        m = MinHash(num_perm=perms, seed=seed, scheme=stories.SCHEME)
        m.update_batch(sorted(s))
        return m.hashvalues.astype(np.uint32)

    def rensa_sig(s: set[bytes], seed: int) -> np.ndarray:
        m = rensa.RMinHash(perms, seed)
        m.update(list(s))
        return np.array(m.digest(), dtype=np.uint32)

    bodies, sets, times = [body(p) for p in parts[:k]], [], {}
    for label, fn in (("shingling (shingle_words + shingles)",
                       lambda: sets.extend(stories.shingles(stories.shingle_words(b)) for b in bodies)),
                      ("datasketch: signature(body), as used", lambda: [stories.signature(b) for b in bodies]),
                      ("datasketch: MinHash of the shingles", lambda: [datasketch_sig(s, 1) for s in sets]),
                      ("rensa: RMinHash of the shingles", lambda: [rensa_sig(s, 1) for s in sets])):
        t0 = time.perf_counter()
        fn()
        times[label] = time.perf_counter() - t0
    print(f"library choice, {k:,} bodies, {sum(map(len, sets)) / k:.0f} shingles each (rensa "
          f"{version('rensa')}, algorithm {getattr(rensa.RMinHash, 'ALGORITHM_VERSION', '?')}):")
    for label, seconds in times.items():
        print(f"  {label:<38} {seconds:6.2f} s  {k / seconds:7.0f} bodies/s")
    # pairs: members of one planted story, rewrites keeping 20-90% of a body's sentences (the
    # middle range the corpus lacks), pairs sharing a sentence, random pairs
    rng, root, holders = random.Random(7), [], {}
    for i in range(k):
        root.append(i if copy_of[i] is None else root[copy_of[i]])
        for s in parts[i]:
            holders.setdefault(s, []).append(i)
    story = sorted((root[i], i) for i in range(k) if root[i] != i)  # each copy with its original
    pairs = set(rng.sample(story, min(len(story), 600)))
    for i, share in zip(rng.sample(range(k), 600), [rng.uniform(0.2, 0.9) for _ in range(600)]):
        kept = [p for p in parts[i] if rng.random() < share] or list(parts[i][:1])
        rewrite = kept + rng.sample(range(len(SENTENCES)), len(parts[i]) - len(kept))
        sets.append(stories.shingles(stories.shingle_words(body(array("H", rewrite)))))
        pairs.add((i, len(sets) - 1))
    shared = [h for h in holders.values() if len(h) > 1]
    while len(pairs) < 1600:
        a, b = sorted(rng.sample(rng.choice(shared), 2))
        if root[a] != root[b]:
            pairs.add((a, b))
    while len(pairs) < 2000:
        pairs.add(tuple(sorted(rng.sample(range(k), 2))))
    pairs = sorted(pairs)
    exact = np.array([len(sets[a] & sets[b]) / len(sets[a] | sets[b]) for a, b in pairs])
    bins = [(lo, hi, (exact >= lo) & (exact < hi)) for lo, hi in ((0, 0.1), (0.1, 0.5), (0.5, 1.01))]
    print(f"  Jaccard estimate - exact on {len(pairs)} pairs, seeds 1-3; by exact Jaccard "
          + ", ".join(f"[{lo}, {min(hi, 1)}): {np.count_nonzero(m)} pairs" for lo, hi, m in bins))
    # independent random permutations: the estimate is Binomial(128, J) / 128
    ideal = np.abs(np.random.default_rng(7).binomial(perms, exact, (200, len(exact))) / perms - exact)
    print(f"  {'ideal':<10} mean abs error {ideal.mean():.4f}, by bin "
          + " ".join(f"{ideal[:, m].mean():.4f}" for _, _, m in bins))
    used = sorted({i for pair in pairs for i in pair})
    for label, fn in (("datasketch", datasketch_sig), ("rensa", rensa_sig)):
        errors = []
        for seed in (1, 2, 3):
            sig = {i: fn(sets[i], seed) for i in used}
            errors.append([np.count_nonzero(sig[a] == sig[b]) / perms for a, b in pairs] - exact)
        err = np.array(errors)
        print(f"  {label:<10} mean abs error {np.abs(err).mean():.4f} (by seed "
              + " ".join(f"{e:.4f}" for e in np.abs(err).mean(axis=1)) + "), by bin "
              + " ".join(f"{np.abs(err[:, m]).mean():.4f}" for _, _, m in bins)
              + f"; mean error (bias) {err.mean():+.4f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000, help="articles in the archive")
    parser.add_argument("--new", type=int, default=1000, help="new articles of the incremental run")
    parser.add_argument("--library-lsh", action="store_true",
                        help="also time assign_stories with datasketch's MinHashLSH for the candidates")
    parser.add_argument("--rensa-path", help="a folder to import rensa from (pip install --target)")
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--tmp", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        print(json.dumps(step(args.step, args.n, args.new, Path(args.tmp)), default=str))
        return 0

    n, t0 = args.n, time.perf_counter()
    ids, dates, parts, copy_of = corpus(n + args.new)
    print(f"corpus: {n:,} + {args.new:,} articles from {len(SENTENCES):,} sentences, "
          f"{sum(map(len, parts[:n])) / n:.1f} sentences each, {sum(c is not None for c in copy_of[:n]):,} "
          f"near-copies, generated in {time.perf_counter() - t0:.1f} s (not timed)")
    with tempfile.TemporaryDirectory(prefix="letopis-story-scale-") as tmp:
        tmp = Path(tmp)
        sign = run_step("sign", n, args.new, tmp)
        assign = run_step("assign", n, args.new, tmp)
        library = run_step("assign-datasketch-lsh", n, args.new, tmp) if args.library_lsh else None
        print(f"full dedup of {n:,} articles:")
        for label, r in (("signature()", sign), ("assign_stories()", assign),
                         ("  with MinHashLSH", library)):
            if r is None:
                continue
            print(f"  {label:<17} {r['seconds']:6.1f} s (CPU {r['cpu']:.1f} s) {n / r['seconds']:6.0f} articles/s  "
                  f"peak RSS {r['peak']:.0f} MiB (before the step {r['before']:.0f}, +{r['peak'] - r['before']:.0f})")
        print(f"  found {assign['found']:,} of {assign['planted']:,} planted copies, {assign['other']:,} other "
              f"duplicates; {assign['stories']:,} stories")
        if library is not None:
            print(f"  datasketch MinHashLSH (same bands) gives the same stories: {library['digest'] == assign['digest']}")
        inc = run_step("incremental", n, args.new, tmp)
        print(f"incremental run, {n:,} stored + {args.new:,} new: {sum(inc['timings'].values()):.1f} s ("
              + ", ".join(f"{k} {v:.2f} s" for k, v in inc["timings"].items()) + f"; CPU {inc['cpu']:.1f} s); "
              f"peak RSS {inc['peak']:.0f} MiB (before {inc['before']:.0f}, +{inc['peak'] - inc['before']:.0f})")
        print(f"  signature file: {sign['size'] / 1e6:.1f} MB for {n:,} ({sign['size'] / n:.0f} B/article), "
              f"{inc['size'] / 1e6:.1f} MB after; {inc['copies']} of the new are copies")
    compare(parts, copy_of, args.rensa_path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
