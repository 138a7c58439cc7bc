"""Find a Korean TrueType font on this computer and register it with reportlab.

Qt's PDF view shows nothing for reportlab's built-in CID fonts, so every PDF the
program writes embeds a real TrueType font: one shipped in resources/fonts, 맑은 고딕
on Windows, Apple SD Gothic on macOS, NanumGothic or another .ttf on Linux.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

#: Environment variable naming a .ttf file to use before any other.
FONT_ENV = "DESKTOP_OMS_FONT"

REGULAR = "OmsKorean"
BOLD = "OmsKorean-Bold"

#: (regular, bold) file names, best first; bold may be missing.
FONT_FILES: list[tuple[str, str]] = [
    ("malgun.ttf", "malgunbd.ttf"),
    ("NanumGothic.ttf", "NanumGothicBold.ttf"),
    ("NanumBarunGothic.ttf", "NanumBarunGothicBold.ttf"),
    ("NanumSquareR.ttf", "NanumSquareB.ttf"),
    ("AppleSDGothicNeo.ttc", ""),
    ("AppleGothic.ttf", ""),
    ("UnDotum.ttf", "UnDotumBold.ttf"),
    ("gulim.ttc", ""),
]


class FontMissing(Exception):
    """No usable Korean TrueType font was found."""

    def __init__(self) -> None:
        super().__init__(
            "한글 글꼴(TrueType)을 찾을 수 없습니다. 나눔고딕을 설치하거나 resources/fonts에 "
            ".ttf 파일을 넣으세요. / No Korean TrueType font found: install NanumGothic "
            "or put a .ttf file in resources/fonts."
        )


@dataclass(frozen=True, slots=True)
class KoreanFont:
    """The registered reportlab font names and the files behind them."""

    regular: str
    bold: str
    regular_path: Path
    bold_path: Path | None


def font_dirs(resources_fonts: Path | None = None) -> list[Path]:
    """Folders searched for fonts, in order: shipped, Windows, macOS, Linux (user, system)."""
    dirs: list[Path] = []
    if resources_fonts is not None:
        dirs.append(resources_fonts)
    windir = os.environ.get("WINDIR")
    if windir or sys.platform == "win32":
        dirs.append(Path(windir or r"C:\Windows") / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    if sys.platform == "darwin":
        dirs += [Path("/System/Library/Fonts"), Path("/Library/Fonts")]
    dirs += [
        Path.home() / ".local" / "share" / "fonts",
        Path.home() / ".fonts",
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
    ]
    return [d for d in dirs if d.is_dir()]


def _index(dirs: Iterable[Path]) -> dict[str, Path]:
    """Font file name (lower case) → first path found."""
    found: dict[str, Path] = {}
    for folder in dirs:
        for path in folder.rglob("*"):
            if path.suffix.lower() in (".ttf", ".ttc"):
                found.setdefault(path.name.lower(), path)
    return found


def find_font_files(resources_fonts: Path | None = None) -> list[tuple[Path, Path | None]]:
    """Candidate (regular, bold) font files, best first."""
    candidates: list[tuple[Path, Path | None]] = []
    override = os.environ.get(FONT_ENV)
    if override and Path(override).is_file():
        candidates.append((Path(override), None))
    if resources_fonts is not None and resources_fonts.is_dir():
        shipped = sorted(resources_fonts.glob("*.ttf"))
        candidates += [(p, None) for p in shipped if "bold" not in p.name.lower()]
    index = _index(font_dirs(resources_fonts))
    for regular, bold in FONT_FILES:
        path = index.get(regular.lower())
        if path is not None:
            candidates.append((path, index.get(bold.lower()) if bold else None))
    return candidates


def _register(name: str, path: Path) -> bool:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    try:
        font = TTFont(name, str(path), subfontIndex=0)
        if font.stringWidth("가", 10) <= 0:
            return False
        pdfmetrics.registerFont(font)
    except (TTFError, OSError, KeyError, ValueError):
        return False
    return True


@cache
def korean_font(resources_fonts: Path | None = None) -> KoreanFont:
    """Register the best Korean font found (once per process) and return its names."""
    for regular, bold in find_font_files(resources_fonts):
        if not _register(REGULAR, regular):
            continue
        if bold is not None and _register(BOLD, bold):
            return KoreanFont(REGULAR, BOLD, regular, bold)
        _register(BOLD, regular)
        return KoreanFont(REGULAR, BOLD, regular, None)
    raise FontMissing
