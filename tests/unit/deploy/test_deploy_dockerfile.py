"""The Dockerfile installs the project and runs it as the non-root user the pods use."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from tests.unit.deploy.deploysupport import (
    APPS,
    DOCKERFILE,
    ROOT,
    base_docs,
    find,
    k8s_name,
)


def test_dockerfile_installs_the_project_as_a_non_root_user() -> None:
    text = DOCKERFILE.read_text(encoding="utf-8")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    froms = [ln.split()[1] for ln in lines if ln.startswith("FROM ")]
    assert froms and all(f == "python:3.11-slim" for f in froms)
    assert any(re.search(r"pip install (--\S+ )*\.(\s|$)", ln) for ln in lines), "the project is not pip-installed"
    # Every package pyproject.toml installs is copied into the build.
    find_packages = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]["find"]
    roots = find_packages.get("where", ["."])
    copied = {ln.split()[1] for ln in lines if ln.startswith("COPY ") and "--from" not in ln}
    assert "pyproject.toml" in copied
    for pkg in find_packages["include"]:
        places = {str(Path(root) / pkg.rstrip("*")) for root in roots if (ROOT / root / pkg.rstrip("*")).is_dir()}
        assert places & copied, f"the package {pkg.rstrip('*')} ({sorted(places)}) is not copied into the build"
    users = [ln.split()[1] for ln in lines if ln.startswith("USER ")]
    assert users, "no USER"
    uid = users[-1].split(":")[0]
    assert uid.isdigit() and int(uid) != 0, "the final user must be numeric and not root (runAsNonRoot checks it)"
    final_stage = lines[max(i for i, ln in enumerate(lines) if ln.startswith("FROM ")) :]
    assert any(ln.startswith("CMD ") for ln in final_stage)
    # The Deployments' securityContext runs as this user too.
    for name in APPS:
        pod = find(base_docs(), "Deployment", k8s_name(name))["spec"]["template"]["spec"]
        assert str(pod["securityContext"]["runAsUser"]) == uid
