"""A LocalCluster that `--cluster local:N` starts runs Dask's diagnostic clocks slowly: the process
that holds its scheduler also reads and stores every document, so time its scheduler spends
sampling itself is the serial part of a cluster ingest."""

from __future__ import annotations

from distributed import Client

from newsledger.interfaces.cluster import _start_local


def test_a_local_cluster_checks_its_event_loop_each_second_not_every_20_ms():
    cluster = _start_local(1)
    try:
        with Client(cluster) as client:
            tick_ms = client.run_on_scheduler(lambda dask_scheduler: dask_scheduler.periodic_callbacks["tick"].callback_time)
            monitor_ms = client.run_on_scheduler(
                lambda dask_scheduler: dask_scheduler.periodic_callbacks["monitor"].callback_time)
    finally:
        cluster.close()
    assert tick_ms == 1000
    assert monitor_ms == 5000
