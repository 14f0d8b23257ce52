"""raidlog batch: archive back-fills on a Dask cluster, results in Parquet (and a ledger).

    raidlog batch archive/*.jsonl.gz --out out/ --workers 8
    raidlog batch s3://bucket/posts/ --out out/ --scheduler tcp://10.0.0.5:8786 --db postgresql://…

Inputs (:mod:`raidlog.batch.inputs`) are cut into partitions; each partition is extracted on a
worker exactly as ``raidlog ingest`` would extract its documents (:mod:`raidlog.batch.work`),
after a cheap relevance prefilter (:mod:`raidlog.batch.prefilter`), and written as Parquet with
the columns and types of ``raidlog export --format parquet``, plus a manifest. A finished
partition is never redone for the same input and raidlog; ``--db`` loads the whole batch into a
ledger with COPY and reconciles once (:mod:`raidlog.batch.load`). See docs/batch.md.
"""

__all__ = ["DEFAULT_PARTITION", "BatchError", "Events", "Outcome", "plan", "run"]


def __getattr__(name: str):
    """Loaded when used: ``raidlog`` imports this package for its command line."""
    if name in __all__:
        from raidlog.batch import runner as module

        return getattr(module, name)
    raise AttributeError(name)
