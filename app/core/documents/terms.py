"""Words for search: CJK text as bigrams (FTS5's unicode61 sees a CJK run as one word)."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")

# Dropped from queries only: they match almost every chunk and make BM25 slow and noisy.
STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself
just me more most my myself no nor not now of off on once only or other our ours ourselves out
over own same she should so some such than that the their theirs them themselves then there
these they this those through to too under until up very was we were what when where which
while who whom why will with would you your yours yourself yourselves tell say says said
please document documents file files page pages according mentioned mention show find give
""".split())


def cjk_bigrams(run: str) -> list[str]:
    """Overlapping character pairs of a CJK run (a single character stays as it is)."""
    if len(run) == 1:
        return [run]
    return [run[i:i + 2] for i in range(len(run) - 1)]


def index_form(text: str) -> str:
    """The text as the full-text index should see it: CJK runs replaced by spaced bigrams."""
    if not _CJK_RUN.search(text):
        return text
    return _CJK_RUN.sub(lambda m: " " + " ".join(cjk_bigrams(m.group(0))) + " ", text)


def words(text: str) -> list[str]:
    """Lower-cased words, CJK runs as bigrams, in order."""
    out: list[str] = []
    for w in _WORD.findall(index_form(text)):
        out.append(w.lower().replace("’", "'"))
    return out


def query_terms(query: str, limit: int = 48) -> list[str]:
    """Distinct meaningful words of a user query, stopwords dropped unless nothing else is left."""
    seen: dict[str, None] = {}
    for w in words(query):
        seen.setdefault(w, None)
    terms = [w for w in seen if w not in STOPWORDS]
    return (terms or list(seen))[:limit]


def fts_query(terms: list[str]) -> str:
    """An FTS5 MATCH expression OR-ing the terms, each quoted so no user text is FTS syntax."""
    return " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)
