"""Synthetic chat events (a realistic answer with reasoning, Markdown and code) for screenshots
and benchmarks: the real ChatModel / delegate path without a real model's random bytes."""

from __future__ import annotations

from typing import Any

from app.core.engine import Done, TurnStats
from app.core.harmony import ChannelStarted, MessageEnded, TextDelta

QUESTION = "How do I read a large CSV file in Python without running out of memory?"

REASONING = (
    "The user wants to process a big CSV without loading it all. Options: the csv module "
    "streams rows; pandas has chunksize. Show both, keep it short, mention memory."
)

ANSWER = """Read it **in chunks** instead of all at once. Two good ways:

### 1. The standard library streams rows

```python
import csv

with open("big.csv", newline="", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        if float(row["amount"]) > 1000:
            print(row["id"], row["amount"])
```

### 2. pandas with `chunksize`

```python
import pandas as pd

total = 0
for chunk in pd.read_csv("big.csv", chunksize=100_000):
    total += chunk["amount"].sum()
print(f"total: {total:,.2f}")
```

- Memory stays flat: only one chunk is alive at a time.
- Pick `usecols=[...]` to skip columns you do not need.
"""


def tokens(text: str, size: int = 4) -> list[str]:
    """Split text into token-sized pieces, the way a model streams it."""
    return [text[i:i + size] for i in range(0, len(text), size)]


def answer_events(answer: str = ANSWER, reasoning: str = REASONING,
                  per_batch: int = 3) -> list[list[Any]]:
    """Batches of events as the engine worker would deliver them (~30 Hz)."""
    stream: list[Any] = [ChannelStarted("analysis", "assistant")]
    stream += [TextDelta("analysis", t) for t in tokens(reasoning)]
    stream += [MessageEnded("analysis"), ChannelStarted("final", "assistant")]
    stream += [TextDelta("final", t) for t in tokens(answer)]
    stream.append(MessageEnded("final"))
    n = len([e for e in stream if isinstance(e, TextDelta)])
    stream.append(Done("return", TurnStats(prompt_tokens=412, evaluated_tokens=412,
                                           generated_tokens=n, prefill_seconds=0.41,
                                           decode_seconds=n / 38.0, ttft_seconds=0.42,
                                           stop_reason="return")))
    return [stream[i:i + per_batch] for i in range(0, len(stream), per_batch)]
