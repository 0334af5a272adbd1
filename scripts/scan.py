"""Security scan of the packaged plugin, as the QGIS plugin repository runs it on upload.

Bandit with every rule (the repository blocks on its mandatory rules and on the
"warning" ones unless waived, so we allow none) and detect-secrets over all files.
"""

from __future__ import annotations

import json
import subprocess  # nosec B404: runs our own scanners on our own files
import sys
import tempfile
import zipfile
from pathlib import Path

BIN = Path(sys.executable).parent


def scan(zip_path: Path) -> int:
    """Run both scanners on the unpacked zip; return the number of findings."""
    with tempfile.TemporaryDirectory() as tmp:
        with zipfile.ZipFile(zip_path) as archive:
            archive.extractall(tmp)
        folder = Path(tmp) / "smartcity_plugin"
        bandit = subprocess.run(  # nosec B603
            [str(BIN / "bandit"), "-r", str(folder), "-f", "json", "-q"],
            capture_output=True, text=True, check=False,
        )
        bandit_results = json.loads(bandit.stdout)["results"]
        for issue in bandit_results:
            where = Path(issue["filename"]).relative_to(tmp)
            print(f"bandit {issue['test_id']} {where}:{issue['line_number']}: {issue['issue_text']}")
        secrets = subprocess.run(  # nosec B603
            [str(BIN / "detect-secrets"), "scan", "--all-files", str(folder)],
            capture_output=True, text=True, check=True, cwd=tmp,
        )
        secret_results = json.loads(secrets.stdout)["results"]
        for filename, hits in secret_results.items():
            for hit in hits:
                print(f"detect-secrets {hit['type']} {filename}:{hit['line_number']}")
    findings = len(bandit_results) + sum(len(h) for h in secret_results.values())
    print(f"scan: {findings} findings in {zip_path.name} (bandit all rules, detect-secrets)")
    return findings


if __name__ == "__main__":
    sys.exit(1 if scan(Path(sys.argv[1])) else 0)
