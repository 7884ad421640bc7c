"""Throughput: `letopis run` against a hand-written natasha loop on the same corpus, same run.

    .venv/bin/python -m benchmarks.throughput --n 1000 [--workers 0] [--rounds 1]

Builds an N-article corpus by recombining paragraphs of the factRuEval texts (every
article unique, 3-8 paragraphs, dates spread over 2016), then times, alternating in one
process tree:

- the naive loop: natasha's Doc API one document at a time (segment, morph, syntax, NER,
  normalise), in a fresh Python process with the default environment;
- `letopis run` end to end (Prefect start-up, parsing, NLP, validation, publishing), and
  its no-op rerun.

Prints the ratio, docs/s, tokens/s, letopis's per-stage times and the flow process's peak
RSS after each stage, Prefect's own start-up (a no-op flow on Prefect's temporary API, and on
the temporary server `letopis run` starts itself when no API is configured) and the peak RSS
of the largest process of each tree (flow, NLP workers and the audit's process alike).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

GOLD_RAW = Path(__file__).parent / "gold" / "factru-dev" / "raw"
LETOPIS = str(Path(sys.executable).parent / "letopis")

NAIVE_LOOP = textwrap.dedent("""
    import resource, sys, time
    from pathlib import Path
    from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter
    from transforms.morph import morph_vocab
    t0 = time.perf_counter()
    emb = NewsEmbedding()
    segmenter, vocab = Segmenter(), morph_vocab()
    morph, syntax, ner = NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)
    tokens = 0
    for path in sorted(Path(sys.argv[1]).glob("*.txt")):
        doc = Doc(path.read_text(encoding="utf-8"))
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)
        for span in doc.spans:
            span.normalize(vocab)
        tokens += len(doc.tokens)
    print(tokens, time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
""")


def build_corpus(folder: Path, n: int, seed: int = 2016) -> None:
    paragraphs = []
    for path in sorted(GOLD_RAW.glob("*.txt")):
        body = path.read_text(encoding="utf-8").split("\n\n", 1)[1]
        paragraphs += [p.strip() for p in re.split(r"\n\s*\n", body) if len(p.strip()) > 80]
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = "\n\n".join(rng.sample(paragraphs, rng.randint(3, 8)))
        month, day = 1 + i % 12, 1 + (i * 7) % 28
        (folder / f"{i:06d}.txt").write_text(f" date 2016-{month:02d}-{day:02d} Материал номер {i}\n\n{body}\n",
                                              encoding="utf-8")


# Runs a command and reports the peak RSS of the largest process of its tree: ru_maxrss of
# children is the largest of all waited-for descendants, so each command gets a fresh parent.
PEAK_RSS = ("import resource, subprocess, sys\n"
            "code = subprocess.run(sys.argv[1:]).returncode\n"
            "print(f'@@maxrss {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}', file=sys.stderr)\n"
            "sys.exit(code)")


def cpu_ticks() -> tuple[int, int]:
    """(all, idle) jiffies of the machine's cores so far, from /proc/stat (idle includes iowait)."""
    with open("/proc/stat", encoding="ascii") as f:
        values = [int(v) for v in f.readline().split()[1:]]
    return sum(values), values[3] + values[4]


def timed(cmd: list[str], env: dict | None = None) -> tuple[float, subprocess.CompletedProcess, int, float]:
    """Wall time, the finished process, the peak RSS (KiB) of the largest process it ran, and the
    share of the machine's core time that was busy meanwhile (/proc/stat: every process counts)."""
    before = cpu_ticks()
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", PEAK_RSS, *cmd], capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - t0
    after = cpu_ticks()
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed:\n{proc.stderr[-3000:]}")
    busy = 1 - (after[1] - before[1]) / max(1, after[0] - before[0])
    return seconds, proc, int(re.findall(r"@@maxrss (\d+)", proc.stderr)[-1]), busy


NOOP_FLOW = "from prefect import flow\n@flow\ndef noop():\n    pass\nnoop()"
# the same flow on the API `letopis run` uses when none is configured (pipelines/prefect_server.py)
NOOP_FLOW_LETOPIS_API = """from pipelines.prefect_server import prefect_api
with prefect_api(120) as ready:
    from prefect import flow
    @flow
    def noop():
        pass
    ready()
    noop()
"""


def prefect_startup(code: str = NOOP_FLOW) -> float:
    """Seconds a no-op flow takes, start to exit, with Prefect configured as the caller's environment has it."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], capture_output=True, check=True)
    return time.perf_counter() - t0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000, help="articles in the corpus")
    parser.add_argument("--workers", type=int, default=0, help="letopis worker processes (0: one per core)")
    parser.add_argument("--rounds", type=int, default=1, help="alternating rounds of both")
    parser.add_argument("--skip-naive", action="store_true", help="time letopis only (memory runs)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="letopis-throughput-") as tmp:
        corpus, out = Path(tmp) / "raw", Path(tmp) / "out"
        build_corpus(corpus, args.n)
        size = sum(p.stat().st_size for p in corpus.iterdir())
        print(f"corpus: {args.n} articles, {size / 1e6:.1f} MB, {os.cpu_count()} cores")
        startup, startup_letopis_api = prefect_startup(), prefect_startup(NOOP_FLOW_LETOPIS_API)
        naive_env = {k: v for k, v in os.environ.items() if k not in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS",
                                                                       "MKL_NUM_THREADS")}
        naive_times, ours, naive_rss, naive_busy, tokens = [], [], 0, 0.0, 0
        for _ in range(args.rounds):
            if not args.skip_naive:
                seconds, proc, naive_rss, naive_busy = timed([sys.executable, "-c", NAIVE_LOOP, str(corpus)],
                                                             naive_env)
                tokens = int(proc.stdout.split()[0])
                naive_times.append(seconds)
            if out.exists():
                subprocess.run(["rm", "-rf", str(out)], check=True)
            seconds, proc, ours_rss, busy = timed([LETOPIS, "run", "--raw", str(corpus), "--out", str(out), "--json",
                                                   "--workers", str(args.workers)])
            report = json.loads(proc.stdout)
            ours.append((seconds, report, ours_rss, busy))
        rerun_seconds, rerun, _, _ = timed([LETOPIS, "run", "--raw", str(corpus), "--out", str(out), "--json"])

    best_ours = min(ours, key=lambda r: r[0])
    seconds, report, rss, busy = best_ours
    print(f"Prefect start-up (a no-op flow, temporary API): {startup:.1f} s; "
          f"on the temporary server letopis starts itself: {startup_letopis_api:.1f} s")
    if naive_times:
        naive = min(naive_times)
        print(f"naive natasha loop:  {naive:7.1f} s  {args.n / naive:6.1f} docs/s  {tokens / naive:8.0f} tokens/s"
              f"  peak RSS {naive_rss / 1024:.0f} MiB  cores busy {naive_busy:.0%}")
    print(f"letopis run:         {seconds:7.1f} s  {args.n / seconds:6.1f} docs/s"
          + (f"  {tokens / seconds:8.0f} tokens/s" if tokens else "")
          + f"  peak RSS (largest process) {rss / 1024:.0f} MiB  cores busy {busy:.0%}")
    if naive_times:
        print(f"ratio letopis / naive: {seconds / naive:.2f}  (target ≤ 0.55)")
    print("letopis stages: " + ", ".join(f"{k} {v:.1f}s" for k, v in report["timings"].items()))
    print("flow process peak RSS after each stage (MiB): "
          + ", ".join(f"{k} {v}" for k, v in report.get("peak_rss_mib", {}).items()))
    print(f"no-op rerun: {rerun_seconds:.1f} s, {rerun_seconds - startup:.1f} s beyond Prefect's start-up, "
          f"{rerun_seconds - startup_letopis_api:.1f} s beyond a no-op flow on letopis's temporary server "
          f"(target ≤ 1 s); status {json.loads(rerun.stdout)['status']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
