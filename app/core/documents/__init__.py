"""Documents attached to a conversation: extract, chunk, index (SQLite FTS5), retrieve, cite."""

from app.core.documents.chunk import Chunk, approx_tokens, chunk_document
from app.core.documents.embed import Embedder, HashingEmbedder, LlamaEmbedder, rrf_fuse
from app.core.documents.extract import (
    BinaryFile,
    DamagedFile,
    Document,
    DocumentError,
    EncryptedDocument,
    ExtractionCancelled,
    ExtractResult,
    FileTooLarge,
    Heading,
    Limits,
    NoTextLayer,
    Page,
    SuspiciousArchive,
    TooManyPages,
    UnsupportedFile,
    collect_files,
    extract,
    extract_many,
    kind_of,
)
from app.core.documents.index import DocumentIndex, DocumentInfo, SearchHit
from app.core.documents.ingest import IngestResult, ingest
from app.core.documents.retrieve import (
    RetrievedContext,
    Source,
    build_context,
    cited_sources,
    sources_instruction,
)

__all__ = [
    "BinaryFile", "Chunk", "DamagedFile", "Document", "DocumentError", "DocumentIndex",
    "DocumentInfo", "Embedder", "EncryptedDocument", "ExtractResult", "ExtractionCancelled",
    "FileTooLarge", "HashingEmbedder", "Heading", "IngestResult", "Limits", "LlamaEmbedder",
    "NoTextLayer", "Page", "RetrievedContext", "SearchHit", "Source", "SuspiciousArchive",
    "TooManyPages", "UnsupportedFile", "approx_tokens", "build_context", "chunk_document",
    "cited_sources", "collect_files", "extract", "extract_many", "ingest", "kind_of", "rrf_fuse",
    "sources_instruction",
]
