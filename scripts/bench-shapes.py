#!/usr/bin/env python3
"""Time against size for adversarial input shapes, to show every stage stays linear.

usage: scripts/bench-shapes.py [BINARY] [--small]   (default target/release/sidelight; build
it first; --small stops at 1 MB, for a binary that is slow on these shapes)

Each shape is made from the seed article's own words at 128 KB, 1 MB and 8 MB and analysed
with `sidelight annotate`; the table prints seconds and the growth from one size to the next
(8x the text: linear time is about 8x). Not a test: numbers, for reports.
"""
import glob, os, random, subprocess, sys, tempfile, time

args = [a for a in sys.argv[1:] if a != "--small"]
binary = args[0] if args else "target/release/sidelight"
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
seed = open(glob.glob(os.path.join(root, "seeds", "*"))[0], encoding="utf-8").read()
words = seed.replace(".", " ").split()
capitals = sorted({w.strip(",;:()\"'’") for w in words if w[:1].isupper() and w.isalpha()})
rng = random.Random(7)
SHAPES = {
    "one line of capitalized names": lambda: rng.choice(capitals) + " ",
    "no spaces": lambda: rng.choice("abcdefghijKLMNOP"),
    "all punctuation": lambda: rng.choice(".,;:!?-()[]\"'/"),
    "one sentence (no full stop)": lambda: rng.choice(words) + " ",
    "tiny paragraphs": lambda: rng.choice(capitals) + " " + rng.choice(words) + "\n\n",
    "one run of initials (U.S.U.S.…)": lambda: rng.choice(capitals)[0] + ".",
    "events and dates (X Summit 2016 on Friday.)": lambda: rng.choice(capitals)
    + " Summit "
    + str(rng.randint(1990, 2030))
    + " opened on Friday. ",
}
SIZES = [("128 KB", 128 << 10), ("1 MB", 1 << 20), ("8 MB", 8 << 20)]
if "--small" in sys.argv:
    SIZES = SIZES[:2]


def make(gen, size):
    out, n = [], 0
    while n < size:
        w = gen()
        out.append(w)
        n += len(w.encode())
    return "".join(out).encode()[:size].decode("utf-8", "ignore")


print(f"{'shape':32} " + " ".join(f"{label:>9}" for label, _ in SIZES) + "   growth 128K→1M→8M")
with tempfile.TemporaryDirectory() as tmp:
    for name, gen in SHAPES.items():
        cells, times = [], []
        for label, size in SIZES:
            path = os.path.join(tmp, "shape.txt")
            open(path, "w", encoding="utf-8").write(make(gen, size))
            start = time.perf_counter()
            child = subprocess.Popen([binary, "annotate", path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            child.wait()
            took = time.perf_counter() - start
            times.append(took)
            cells.append(f"{took:7.2f} s")
        growth = " → ".join(f"{b / a:4.1f}x" for a, b in zip(times, times[1:]))
        print(f"{name:32} " + " ".join(f"{c:>9}" for c in cells) + f"   {growth}")
