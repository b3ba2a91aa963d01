"""The largest input: time to analyse texts up to the 2 MB limit, and pathological punctuation.

Target: a 2 MB text of news prose analysed in under 30 s of one core; cost linear in length
(the seconds per 100,000 characters stay about the same from 250 kB to 2 MB), and runs of
punctuation linear too (100,000 quote marks in about the time of 10,000, times ten).
Times are CPU seconds of this process, so other work on the machine does not inflate them.
"""

from __future__ import annotations

import random
import time

import medialit

PARAGRAPHS = [
    "The harbour board approved the new ferry timetable on Tuesday, its chair said.",
    "“We expect fewer delays this winter,” said Tomas Berg, quoted by the Coast Weekly.",
    "According to the port authority, two more ferries will join the route in April.",
    "Several fishermen said the changes came too late, the local radio reported.",
    "The transport ministry declined to comment on the costs of the new timetable.",
]


def prose(size: int) -> str:
    """News-like prose of `size` characters, paragraphs of one to four sentences."""
    rng = random.Random(5)
    out: list[str] = []
    while sum(len(p) + 2 for p in out) < size:
        out.append(" ".join(rng.choice(PARAGRAPHS) for _ in range(rng.randint(1, 4))))
    return "\n\n".join(out)[:size]


def cpu(text: str) -> float:
    """CPU seconds to analyse text."""
    start = time.process_time()
    medialit.analyze(text)
    return time.process_time() - start


def main() -> None:
    """Print CPU seconds for each size and run."""
    medialit.analyze("Warm up, officials said.")
    for size in (250_000, 500_000, 1_000_000, 2_000_000):
        seconds = cpu(prose(size))
        print(f"prose {size:>9,} chars: {seconds:6.1f} s  ({seconds / size * 1e5:.2f} s/100k)")
    for mark in ("“", "$", "…"):
        for n in (10_000, 100_000):
            seconds = cpu("The minister said " + mark * n + " so.")
            print(f"run of {n:>7,} {mark!r}: {seconds:6.2f} s")
    rng = random.Random(2)
    odd = {
        "one paragraph": prose(2_000_000).replace("\n\n", " "),
        "one sentence": "The minister said " + "very " * 399_990 + "much.",
        "2 MB of quote marks": "The minister said " + "“" * 1_999_000 + " so.",
        "symbols and spaces": "The minister said so. "
        + " ".join(
            "".join(rng.choice("$#*&“”()—…") for _ in range(rng.randint(1, 64)))
            for _ in range(60_000)
        ),
        "short attributed lines": "\n".join(["Officials said so."] * 105_000),
        "leftover lines": "\n".join(
            ["Home NEWS", "Officials said the bridge will reopen."] * 40_000
        ),
    }
    for name, text in odd.items():
        print(f"{name:>22} ({len(text):,} chars): {cpu(text):6.1f} s")


if __name__ == "__main__":
    main()
