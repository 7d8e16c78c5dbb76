"""What a worker process imports to analyse articles (`--jobs N` workers are forked from a server that imports `worker_preload`; Dask workers unpickle
`ingest_run.analyse_articles`): not the copy finder's datasketch, which imports SciPy (about 0.4 s
of CPU per process), as only the process that stores documents looks for copies."""

import subprocess
import sys


def test_a_worker_importing_the_analysis_loads_no_datasketch_or_scipy():
    script = ("import sys; import newsledger.interfaces.worker_preload; "
              "print(sorted(m for m in ('datasketch', 'scipy') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_copy_finder_still_signs_and_finds_a_copy():
    from newsledger.ingest.duplicates import CopyFinder, signature

    story = ("The central bank raised its main interest rate by half a point on Tuesday, its third rise this year, "
             "saying inflation had stayed above its target for longer than it expected and wages were rising fast.")
    finder = CopyFinder()
    finder.add("first", signature(story), text=story)
    assert finder.original_of("second", signature(story + " Reporting by a staff writer.")) == "first"


def test_a_worker_importing_the_analysis_loads_no_pdf_or_html_reader():
    # pypdf and trafilatura (about 0.36 s of CPU per process together) are imported when a PDF or a page is read.
    script = ("import sys; import newsledger.interfaces.worker_preload; "
              "print(sorted(m for m in ('pypdf', 'trafilatura') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
