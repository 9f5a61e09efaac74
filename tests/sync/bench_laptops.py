"""Many laptops syncing at once against one server, beside one laptop syncing alone.

Part of `python -m tests.sync.bench_sync`. The laptops are real encrypted workspaces, each in a
process of its own by default (as each laptop runs its own program; `processes` below the
number of laptops puts several in one process, each on its own thread), enrolled for
several begeleider accounts that each have their own families. Every round each laptop edits
a few of its families, then all laptops call `SyncService.sync()` at the same moment (push the
edits, pull what the other laptops of that begeleider pushed). The baseline is the same sync by
one of these laptops while the others are idle.
"""

from __future__ import annotations

import multiprocessing
import os
import statistics
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import select

from samenleren_desktop.model.entities import Gezin
from samenleren_desktop.model.services.changes import Actor, record_changes
from samenleren_desktop.model.store.credentials import WorkspaceCredentials
from samenleren_desktop.model.store.keyfile import KdfParams
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.sync.client import SyncService
from tests.sync.bench_baselines import verdict

KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
START_DELAY = 1.0  # seconds between "go" and the common start, for every process to be waiting
EDITS = 4  # families each laptop edits per round


@dataclass(frozen=True)
class Plan:
    """The laptops and rounds (the defaults: 50 laptops of 25 begeleiders, a process each)."""

    server_url: str
    password: str
    users: list[str]
    laptops: int = 50
    processes: int = 50
    edits: int = EDITS
    rounds: int = 3
    solo_rounds: int = 10
    server_pid: int | None = None
    postgres: bool = False  # also count the CPU of this machine's PostgreSQL processes
    laptop_nice: int = 0  # run the laptop processes at this lower priority (see --laptop-nice)


class Laptop:
    """One enrolled workspace that edits its begeleider's families."""

    def __init__(self, folder: Path, plan: Plan, user: str, slot: int) -> None:
        self.user, self.slot, self.edits = user, slot, plan.edits
        self.workspace = Workspace.create(folder, "benchmark wachtwoord", KDF)
        credentials = WorkspaceCredentials(self.workspace)
        self.service = SyncService(self.workspace, credentials=credentials)
        self.service.enrol(plan.server_url, user, plan.password, folder.name)
        first = self.service.sync()
        if not first.ok or not first.pulled:
            raise RuntimeError(f"first sync of {folder.name} failed: {first.message}")
        self.round = 0

    def edit(self) -> None:
        """Change the notes of this laptop's share of the families (no two laptops overlap)."""
        self.round += 1
        with record_changes(self.workspace, Actor(self.user)) as changes:
            gezinnen = changes.session.exec(select(Gezin).order_by(Gezin.id)).all()  # type: ignore[arg-type]
            mine = gezinnen[self.slot * self.edits : (self.slot + 1) * self.edits]
            for gezin in mine:
                changes.update(gezin, notities=f"ronde {self.round} van {self.user}")

    def sync(self) -> tuple[float, str]:
        """(seconds, problem or '') of one sync of the edits."""
        start = time.perf_counter()
        result = self.service.sync()
        elapsed = time.perf_counter() - start
        problem = "" if result.ok and result.pushed == self.edits else result.message or "?"
        return elapsed, problem

    def close(self) -> None:
        self.service.close()
        self.workspace.close()


def _sync_at(laptops: list[Laptop], start_at: float) -> list[tuple[float, str]]:
    """Wait for the common start, then sync every laptop on its own thread."""
    outcomes: list[tuple[float, str]] = []

    def one(laptop: Laptop) -> None:
        time.sleep(max(0.0, start_at - time.time()))
        try:
            outcomes.append(laptop.sync())
        except Exception as exc:  # a failed sync is a figure here
            outcomes.append((0.0, type(exc).__name__))

    threads = [threading.Thread(target=one, args=(laptop,)) for laptop in laptops]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def _child(plan: Plan, folder: Path, first: int, count: int, commands: Any, results: Any) -> None:
    """A process holding laptops first…first+count-1; obeys ('sync', n, start_at) / ('stop',)."""
    if plan.laptop_nice:
        os.nice(plan.laptop_nice)
    laptops = []
    for number in range(first, first + count):
        user = plan.users[number % len(plan.users)]
        slot = number // len(plan.users)
        laptops.append(Laptop(folder / f"laptop{number}", plan, user, slot))
    results.put(("ready", count))
    while (command := commands.get())[0] == "sync":
        busy = laptops[: command[1]]
        for laptop in busy:
            laptop.edit()
        cpu = time.process_time()
        outcomes = _sync_at(busy, command[2])
        results.put(("done", outcomes, time.process_time() - cpu))
    for laptop in laptops:
        laptop.close()


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


def _round(queues: list[Any], results: Any, per_process: list[int]) -> Round:
    """One round: the chosen laptops of each process sync at the same moment."""
    start_at = time.time() + START_DELAY
    busy = [(queue, n) for queue, n in zip(queues, per_process, strict=True) if n]
    for queue, n in busy:
        queue.put(("sync", n, start_at))
    outcome = Round()
    for _ in busy:
        _done, syncs, cpu = results.get()
        outcome.syncs += syncs
        outcome.laptop_cpu += cpu
    return outcome


@dataclass
class Round:
    """What one or more rounds measured: (seconds, problem) per sync and the laptops' CPU."""

    syncs: list[tuple[float, str]] = field(default_factory=list)
    laptop_cpu: float = 0.0
    server_cpu: float = 0.0
    database_cpu: float = 0.0

    def add(self, other: Round) -> None:
        self.syncs += other.syncs
        self.laptop_cpu += other.laptop_cpu


def server_cpu(pid: int | None) -> float:
    """CPU seconds the server process has used so far (0 where /proc is not there)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except (OSError, TypeError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def database_cpu() -> float:
    """CPU seconds all PostgreSQL processes on this machine have used so far (0 without)."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text(encoding="ascii", errors="replace")
        except OSError:
            continue
        name, _, rest = text.partition(" (")[2].rpartition(") ")
        if name.startswith("postgres"):
            fields = rest.split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def run(plan: Plan, folder: Path) -> None:
    """Start the processes, measure the solo baseline and the rounds at once, print."""
    spawn = multiprocessing.get_context("spawn")
    results = spawn.Queue()
    share, extra = divmod(plan.laptops, plan.processes)
    sizes = [share + (i < extra) for i in range(plan.processes)]
    queues, processes, first = [], [], 0
    for size in sizes:
        queue = spawn.Queue()
        process = spawn.Process(target=_child, args=(plan, folder, first, size, queue, results))
        process.start()
        queues.append(queue)
        processes.append(process)
        first += size
    try:
        for _ in processes:
            kind, _count = results.get(timeout=600)
            assert kind == "ready"
        solo, together = Round(), Round()
        for _ in range(plan.solo_rounds):
            solo.add(_round(queues, results, [1] + [0] * (len(queues) - 1)))
        database_before = database_cpu() if plan.postgres else 0.0
        before = server_cpu(plan.server_pid)
        for _ in range(plan.rounds):
            together.add(_round(queues, results, sizes))
        together.server_cpu = server_cpu(plan.server_pid) - before
        if plan.postgres:
            together.database_cpu = database_cpu() - database_before
    finally:
        for queue in queues:
            queue.put(("stop",))
        for process in processes:
            process.join(60)
    _report(plan, solo, together)


def _report(plan: Plan, solo: Round, together: Round) -> None:
    errors = [problem for _, problem in solo.syncs + together.syncs if problem]
    alone = [seconds for seconds, problem in solo.syncs if not problem]
    at_once = [seconds for seconds, problem in together.syncs if not problem]
    if len(alone) < 2 or len(at_once) < 2:
        print(
            f"{plan.laptops} laptops at once: too many errors to measure: "
            f"{sorted(set(errors))} MISSED"
        )
        return
    p95, p95_alone = _p95(at_once), _p95(alone)
    print(
        f"{plan.laptops} laptops ({len(plan.users)} begeleiders, {plan.processes} processes) "
        f"syncing {plan.edits} edits each at once: median {statistics.median(at_once) * 1000:.0f}"
        f" ms, p95 {p95 * 1000:.0f} ms over {len(at_once)} syncs (one laptop alone baseline: "
        f"median {statistics.median(alone) * 1000:.0f} ms, p95 {p95_alone * 1000:.0f} ms; "
        f"p95 ratio {p95 / p95_alone:.1f}x); {len(errors)} errors (target p95 < 1 s, no errors) "
        + verdict(p95 < 1 and not errors)
    )
    laptops, server = together.laptop_cpu / plan.rounds, together.server_cpu / plan.rounds
    database = together.database_cpu / plan.rounds
    postgres = f", PostgreSQL {database:.2f} s" if plan.postgres else ""
    print(
        f"  CPU per round of {plan.laptops} syncs at once: laptops {laptops:.2f} s, server "
        f"{server:.2f} s{postgres} (all on this machine's {os.cpu_count()} logical CPUs)"
    )
    for problem in sorted(set(errors)):
        print(f"  error: {problem}")
