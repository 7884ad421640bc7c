"""GX Data Docs that share one copy of GX's static assets instead of copying them per run.

GX's `SiteBuilder` copies its whole `static/` folder (4 MB: fonts, GIFs, logos, CSS) next
to the pages of every site it builds.  The pages of letopis's sites link to one file of
it, `static/images/favicon.ico` (the CSS is inlined into each page, the fonts are never
referenced, the logo comes from GX's web server).  `SharedStaticSiteBuilder` copies
nothing per run: a site under `_runs/<run_id>/validation` gets `static` as a symlink to
`_runs/_static`, which holds the CSS and the favicon (16 KB) and is written once, the
first time a run builds its Data Docs.  A site anywhere else (tests, tools) gets those
same few files copied.  A file system without symlinks gets the copy too.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

from great_expectations.render.renderer.site_builder import SiteBuilder

from pipelines.store import RUNS
SHARED_STATIC = "_static"
NOT_SHARED_DIRS = ("fonts", "images")  # GX branding and tutorial GIFs no page of ours links to
SHARED_FILES = ("images/favicon.ico",)  # ... except the favicon every page links to
NO_SYMLINKS = (errno.EPERM, errno.EOPNOTSUPP, errno.ENOSYS)


def gx_static_dir() -> Path:
    import great_expectations

    return Path(great_expectations.__file__).parent / "render" / "view" / "static"


def static_files(source: Path | None = None) -> list[str]:
    """Paths (relative to GX's `static/`) of the assets a site keeps."""
    source = source or gx_static_dir()
    files = []
    for path in sorted(source.rglob("*")):
        rel = path.relative_to(source).as_posix()
        if path.is_file() and path.name != ".DS_Store" and (rel.split("/")[0] not in NOT_SHARED_DIRS
                                                              or rel in SHARED_FILES):
            files.append(rel)
    return files


def fill_static(target: Path, source: Path | None = None) -> None:
    """Put the assets into `target` (a `static/` folder); files already there are left as they are.

    Each file is written under a temporary name and renamed, so a reader (or a run killed
    half-way) never sees a half-written asset.
    """
    source = source or gx_static_dir()
    for rel in static_files(source):
        dest = target / rel
        if dest.is_file():
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
        shutil.copyfile(source / rel, tmp)
        os.replace(tmp, dest)


def shared_static_dir(site_dir: Path) -> Path | None:
    """`_runs/_static` for a site under `_runs/<run_id>/<site>`, else None."""
    site_dir = Path(site_dir).absolute()
    return site_dir.parent.parent / SHARED_STATIC if site_dir.parent.parent.name == RUNS else None


def _symlink(link: Path, target: str) -> bool:
    """`link` → `target` (relative), replacing another symlink; False where symlinks are not supported."""
    if link.is_symlink() and os.readlink(link) == target:
        return True
    if link.is_symlink():
        link.unlink()
    if link.exists():
        return False
    try:
        link.symlink_to(target, target_is_directory=True)
        return True
    except OSError as exc:
        if exc.errno not in NO_SYMLINKS:
            raise  # a full disk stays an error, as GX's own copy would have raised
        return False


def link_static(site_dir: Path) -> None:
    """Give the site at `site_dir` its `static/`: a symlink to the shared copy, or a small copy.

    GX's validation-result pages link one folder too few up (`validations/static/...`
    for a suite name without dots): `validations/static` points to `../static`.
    """
    site_dir = Path(site_dir)
    site_dir.mkdir(parents=True, exist_ok=True)
    link = site_dir / "static"
    shared = shared_static_dir(site_dir)
    linked = False
    if shared is not None:
        fill_static(shared)
        linked = _symlink(link, os.path.relpath(shared, site_dir))
    if not linked:
        fill_static(link)
    if (site_dir / "validations").is_dir():
        _symlink(site_dir / "validations" / "static", "../static")


class SharedStaticSiteBuilder(SiteBuilder):
    """GX's `SiteBuilder` with `link_static` in place of its per-site copy of `static/`."""

    # (not in __init__: GX fills the constructor's arguments from its signature)
    def build(self, *args, **kwargs):
        site_dir = Path(self.store_backend["base_directory"])
        self.target_store.copy_static_assets = lambda *a, **k: link_static(site_dir)
        return super().build(*args, **kwargs)
