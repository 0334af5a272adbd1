"""Pure helpers of the QGIS version matrix (scripts/test_matrix.sh); no QGIS needed.

``mirror``   the Debian mirror (and security mirror) the host's apt sources name, so the
             roots come from the same place as the host's packages; no host name in the repo.
``record``   one results line per QGIS version from the suite's test log
             (scripts/matrix_pytest.py), written into the results file the README quotes.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, List, NamedTuple, Optional, Sequence, Tuple

APT_DIR = Path("/etc/apt")


class AptSource(NamedTuple):
    """One ``deb`` entry: where, which suites, which components."""

    uri: str
    suites: Tuple[str, ...]
    components: Tuple[str, ...]


def parse_deb822(text: str) -> List[AptSource]:
    """The ``deb`` entries of a ``.sources`` file (deb822 stanzas; ``Enabled: no`` skipped)."""
    sources = []
    for stanza in re.split(r"\n\s*\n", text):
        fields: dict = {}
        key = None
        for line in stanza.splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line[0] in " \t" and key is not None:  # a folded continuation line
                fields[key] += " " + line.strip()
                continue
            key, _, value = line.partition(":")
            key = key.strip().lower()
            fields[key] = value.strip()
        if "deb" not in fields.get("types", "").split():
            continue
        if fields.get("enabled", "yes").lower() in ("no", "false", "0"):
            continue
        suites = tuple(fields.get("suites", "").split())
        components = tuple(fields.get("components", "").split())
        sources += [AptSource(uri, suites, components) for uri in fields.get("uris", "").split()]
    return sources


def parse_one_line(text: str) -> List[AptSource]:
    """The ``deb`` lines of a classic ``sources.list`` (options in [brackets] ignored)."""
    sources = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        line = re.sub(r"\[[^\]]*\]", " ", line)
        words = line.split()
        if len(words) >= 3 and words[0] == "deb":
            sources.append(AptSource(words[1], (words[2],), tuple(words[3:])))
    return sources


def host_sources(apt_dir: Path = APT_DIR) -> List[AptSource]:
    """Every ``deb`` entry of ``sources.list`` and ``sources.list.d/*.list|*.sources``, in apt's order."""
    sources = []
    main_list = apt_dir / "sources.list"
    if main_list.is_file():
        sources += parse_one_line(main_list.read_text(encoding="utf-8", errors="replace"))
    parts = apt_dir / "sources.list.d"
    if parts.is_dir():
        for path in sorted(parts.iterdir()):
            if path.suffix == ".list":
                sources += parse_one_line(path.read_text(encoding="utf-8", errors="replace"))
            elif path.suffix == ".sources":
                sources += parse_deb822(path.read_text(encoding="utf-8", errors="replace"))
    return sources


def is_security(source: AptSource) -> bool:
    return any(suite.endswith("-security") or suite.endswith("/updates") for suite in source.suites)


def is_debian_archive(source: AptSource) -> bool:
    """A Debian archive with ``main`` (not a third-party repository such as a vendor's)."""
    return "main" in source.components and not is_security(source) and bool(
        re.search(r"/debian/?$", source.uri) or any(
            re.match(r"(buster|bullseye|bookworm|trixie|forky|duke|sid|stable|testing|unstable|"
                     r"oldstable)(-updates|-backports)?$", suite) for suite in source.suites))


def debian_mirrors(sources: Sequence[AptSource]) -> Tuple[str, Optional[str]]:
    """(archive mirror, security mirror or None) the host uses; ValueError when none is named."""
    archive = next((source.uri for source in sources if is_debian_archive(source)), None)
    if archive is None:
        raise ValueError("no Debian archive with 'main' in the host's apt sources "
                         "(set SMARTCITY_MATRIX_MIRROR to a Debian mirror URL)")
    security = next((source.uri for source in sources if is_security(source)), None)
    return archive.rstrip("/"), security.rstrip("/") if security else None


# ---------------------------------------------------------------- results


@dataclass
class SuiteResult:
    """What one pytest run reported."""

    passed: int = 0
    failed: int = 0
    errors: int = 0
    skipped: int = 0
    failing: List[str] = field(default_factory=list)
    skips: List[str] = field(default_factory=list)


def read_test_log(path: Path) -> SuiteResult:
    """Counts and names of failing (crashed, erroring) and skipped tests in a matrix test log."""
    from matrix_pytest import outcomes, read_events

    result = SuiteResult()
    for outcome in outcomes(read_events(path)):
        if outcome.outcome == "passed":
            result.passed += 1
        elif outcome.outcome == "skipped":
            result.skipped += 1
            result.skips.append(f"{outcome.nodeid}: {outcome.message}")
        else:
            if outcome.outcome == "failed":
                result.failed += 1
            else:
                result.errors += 1
            kind = "" if outcome.outcome == "failed" else f" ({outcome.outcome})"
            result.failing.append(f"{outcome.nodeid}{kind}: {outcome.message}" if outcome.message
                                  else f"{outcome.nodeid}{kind}")
    return result


def summary_line(qgis: str, suite: str, result: SuiteResult, user_path: str) -> str:
    """``QGIS 3.40.6 (Debian trixie): 450 passed, 0 failed, 7 skipped; user path ok``."""
    failed = result.failed + result.errors
    return (f"QGIS {qgis} (Debian {suite}): {result.passed} passed, {failed} failed, "
            f"{result.skipped} skipped; user path {user_path}")


def suite_block(line: str, result: SuiteResult, user_path_problems: Iterable[str], stamp: str) -> List[str]:
    """The results file's lines for one suite: the summary, then what failed and what skipped."""
    block = [line, f"  run: {stamp}"]
    block += [f"  FAILED {name}" for name in result.failing]
    block += [f"  USER PATH {problem}" for problem in user_path_problems]
    block += [f"  skipped {skip}" for skip in result.skips]
    return block


def update_results(results: Path, suite: str, block: Sequence[str]) -> None:
    """Replace ``suite``'s block in ``results`` (other versions' blocks stay), in matrix order."""
    blocks: dict = {}
    if results.is_file():
        current = None
        for line in results.read_text(encoding="utf-8").splitlines():
            match = re.match(r"QGIS \S+ \(Debian (\S+)\):", line)
            if match:
                current = match.group(1)
                blocks[current] = [line]
            elif current is not None and line.startswith("  "):
                blocks[current].append(line)
    blocks[suite] = list(block)
    order = ["bookworm", "trixie", "forky"]  # the host (Debian 12), then the matrix
    names = sorted(blocks, key=lambda name: (order.index(name) if name in order else len(order), name))
    results.parent.mkdir(parents=True, exist_ok=True)
    text = "\n".join(line for name in names for line in blocks[name]) + "\n"
    temporary = results.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(results)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    mirror = commands.add_parser("mirror", help="print '<archive mirror> <security mirror or ->'")
    mirror.add_argument("--apt-dir", type=Path, default=APT_DIR)
    record = commands.add_parser("record", help="add one suite's results to the results file")
    record.add_argument("--results", type=Path, required=True)
    record.add_argument("--suite", required=True)
    record.add_argument("--qgis", required=True)
    record.add_argument("--tests", type=Path, required=True, help="the log of scripts/matrix_pytest.py")
    record.add_argument("--user-path-problem", action="append", default=[])
    record.add_argument("--stamp", default="")
    arguments = parser.parse_args(argv)

    if arguments.command == "mirror":
        try:
            archive, security = debian_mirrors(host_sources(arguments.apt_dir))
        except ValueError as error:
            print(f"matrix: {error}", file=sys.stderr)
            return 1
        print(archive, security or "-")
        return 0

    result = read_test_log(arguments.tests) if arguments.tests.is_file() else SuiteResult()
    if result.passed + result.failed + result.errors + result.skipped == 0:
        result.errors += 1
        result.failing.append(f"no test ran ({arguments.tests.name} has no outcome; see make-test.log)")
    user_path = "FAILED" if arguments.user_path_problem else "ok"
    line = summary_line(arguments.qgis, arguments.suite, result, user_path)
    update_results(arguments.results, arguments.suite,
                   suite_block(line, result, arguments.user_path_problem, arguments.stamp))
    print(line)
    for name in result.failing:
        print(f"  FAILED {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
