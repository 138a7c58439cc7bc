"""Re-extract every tr() string of desktop_oms/ui into the English .ts and compile the .qm.

Existing translations are kept (lupdate merges). Optionally fill untranslated messages from
a TSV file of `Korean<TAB>English` lines:

    .venv/bin/python scripts/update_translations.py [--fill more-english.tsv]

Prints the messages still untranslated, so nothing is forgotten.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "desktop_oms_en.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else name


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop_oms" / "ui").rglob("*.py"))


def extract() -> None:
    command = [
        tool("pyside6-lupdate"),
        *sources(),
        "-no-obsolete",
        "-locations",
        "relative",
        "-source-language",
        "ko_KR",
        "-target-language",
        "en_US",
        "-ts",
        str(TS.relative_to(ROOT)),
    ]
    subprocess.run(command, cwd=ROOT, check=True)


def read_fill(path: Path) -> dict[str, str]:
    pairs = {}
    for line in path.read_text("utf-8").splitlines():
        if "\t" in line and not line.startswith("#"):
            source, english = line.split("\t", 1)
            pairs[source.replace("\\n", "\n")] = english.replace("\\n", "\n")
    return pairs


def fill(pairs: dict[str, str]) -> list[str]:
    """Translate unfinished messages found in `pairs`; return sources still untranslated."""
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        unfinished = translation.get("type") == "unfinished" or not (translation.text or "")
        if unfinished and source in pairs:
            translation.text = pairs[source]
            translation.attrib.pop("type", None)
            unfinished = False
        if unfinished:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    text = TS.read_text("utf-8")
    TS.write_text(
        text.replace(
            "<?xml version='1.0' encoding='utf-8'?>",
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>',
            1,
        ),
        "utf-8",
    )
    return missing


def compile_qm() -> None:
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fill", type=Path, help="TSV of Korean<TAB>English to apply")
    args = parser.parse_args()
    extract()
    missing = fill(read_fill(args.fill) if args.fill else {})
    compile_qm()
    for source in missing:
        print(f"untranslated: {source!r}")
    print(f"{TS.name}: {len(missing)} untranslated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
