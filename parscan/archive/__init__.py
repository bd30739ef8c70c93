"""Archives: many files through the page stages of `parscan.pipeline`, resumably.

`batch` cuts files into page tasks and runs the loop, `worker` is what runs in a worker process,
`distributed` the local process pool or the Dask cluster that runs it, `store` the SQLite store
that makes a rerun resume, `progress` the progress bar on stderr.
"""
