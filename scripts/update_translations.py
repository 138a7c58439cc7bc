"""Re-extract every translatable string of desktop_oms into the English .ts and compile the .qm.

Steps, each repeatable:

1. `pyside6-lupdate` over every module under desktop_oms/ that calls tr()/translate()
   (existing translations are kept; messages no longer in the code are dropped);
2. strings lupdate cannot see are added: literals passed to a module's own wrapper
   around `QCoreApplication.translate("Ctx", text)` / `QT_TRANSLATE_NOOP("Ctx", text)`
   (e.g. `N("…")` and `tr("…")` in ui/menus.py), and the values that reach
   `self.tr(variable)` (enum labels, class constants — see `dynamic_messages`);
3. unfinished messages are filled from scripts/translations_en.py (`ENGLISH`, keyed by the
   Korean source; `BY_CONTEXT` overrides one context) and from an optional TSV file of
   `Korean<TAB>English` lines;
4. `pyside6-lrelease` compiles the .qm.

    .venv/bin/python scripts/update_translations.py [--fill more-english.tsv]

Prints the messages still untranslated and the `tr(variable)` calls it cannot resolve.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "desktop_oms_en.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent
CALLS_TR = re.compile(r"\btr\(|\btranslate\(|QT_TRANSLATE_NOOP|QT_TR_NOOP")

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))


def tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else name


def sources() -> list[Path]:
    """Every module under desktop_oms/ that calls tr() or translate()."""
    found = []
    for path in sorted((ROOT / "desktop_oms").rglob("*.py")):
        text = path.read_text("utf-8")
        if "PySide6" in text and CALLS_TR.search(text):
            found.append(path)
    return found


def extract() -> None:
    command = [
        tool("pyside6-lupdate"),
        *(str(p.relative_to(ROOT)) for p in sources()),
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
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


# -- what lupdate cannot see ------------------------------------------------------------------


def _string(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _wrapper_context(function: ast.FunctionDef) -> str | None:
    """The context of a module-level `def f(text): return translate("Ctx", text)`."""
    if not function.args.args:
        return None
    param = function.args.args[0].arg
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and _call_name(node) in ("translate", "QT_TRANSLATE_NOOP"):
            args = node.args
            if len(args) >= 2 and isinstance(args[1], ast.Name) and args[1].id == param:
                return _string(args[0])
    return None


def wrapper_messages(path: Path) -> list[tuple[str, str, int]]:
    """(context, source, line) for literals passed to this module's translate wrappers."""
    tree = ast.parse(path.read_text("utf-8"))
    wrappers = {}
    for statement in tree.body:
        if isinstance(statement, ast.FunctionDef):
            context = _wrapper_context(statement)
            if context:
                wrappers[statement.name] = context
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in wrappers
            and node.args
        ):
            text = _string(node.args[0])
            if text is not None:
                found.append((wrappers[node.func.id], text, node.lineno))
    return found


def variable_tr_calls(path: Path) -> list[tuple[str, int, str]]:
    """(class, line, expression) of every `self.tr(<not a literal>)` in a module."""
    tree = ast.parse(path.read_text("utf-8"))
    found = []
    for klass in ast.walk(tree):
        if not isinstance(klass, ast.ClassDef):
            continue
        for node in ast.walk(klass):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and node.args
                and _string(node.args[0]) is None
            ):
                found.append((klass.name, node.lineno, ast.unparse(node.args[0])))
    return found


def _labels(enum: Iterable[Any]) -> list[str]:
    return [str(member.korean) for member in enum]


def dynamic_messages() -> dict[str, Callable[[], list[str]]]:
    """Per context: the strings that reach its `self.tr(variable)` calls at run time."""
    from desktop_oms.domain.claims import ClaimKind, ClaimStatus, Disposition
    from desktop_oms.domain.payment import PaymentMethod, PaymentState
    from desktop_oms.domain.status import OrderStatus
    from desktop_oms.domain.waybill_result import RowVerdict
    from desktop_oms.exchange.channel_presets import FIELDS
    from desktop_oms.exchange.labels import LabelTemplate
    from desktop_oms.services.deposits import MATCH_KO
    from desktop_oms.ui.dispatch_dialog import CHANNEL_NAMES

    def ui(module: str, name: str) -> object:
        import importlib

        return getattr(importlib.import_module(f"desktop_oms.ui.{module}"), name)

    def constant(module: str, klass: str, name: str) -> list[str]:
        return [str(text) for text in getattr(ui(module, klass), name)]

    def claims_view() -> list[str]:
        return [
            *constant("claims_view", "ClaimsView", "LINE_HEADERS"),
            *constant("claims_view", "ClaimsView", "CLAIM_HEADERS"),
            *_labels(Disposition),
            *_labels(ClaimStatus),
            *_labels(ClaimKind),
            *_labels(OrderStatus),
            *_labels(PaymentState),
        ]

    return {
        "LabelPrintDialog": lambda: _labels(LabelTemplate),
        "ManualOrderDialog": lambda: _labels(PaymentMethod),
        "ImportMappingDialog": lambda: [*FIELDS.values(), *_labels(PaymentMethod)],
        "ClaimsView": claims_view,
        "StockAdjustDialog": lambda: constant(
            "stock_adjust_dialog", "StockAdjustDialog", "REASONS"
        ),
        "CourierFileDialog": lambda: _labels(RowVerdict),
        "ShortageView": lambda: constant("shortage_view", "ShortageView", "CANCEL_REASONS"),
        "HoldDialog": lambda: constant("hold_dialog", "HoldDialog", "REASONS"),
        "DepositDialog": lambda: list(MATCH_KO.values()),
        "DispatchDialog": lambda: list(CHANNEL_NAMES.values()),
        "CombineDialog": lambda: _labels(OrderStatus),
    }


def _context(root: ET.Element, name: str) -> ET.Element:
    for context in root.iter("context"):
        if (context.findtext("name") or "") == name:
            return context
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    return context


def add_unseen(root: ET.Element) -> list[str]:
    """Add what lupdate cannot see; return warnings about unresolved `tr(variable)` calls."""
    extra: list[tuple[str, str, str]] = []
    for path in sources():
        for wrapper_context, text, line in wrapper_messages(path):
            extra.append((wrapper_context, text, f"{path.relative_to(ROOT)}:{line}"))
    dynamic = dynamic_messages()
    warnings = []
    for path in sources():
        for klass, line, expression in variable_tr_calls(path):
            if klass not in dynamic:
                warnings.append(f"{path.relative_to(ROOT)}:{line}: {klass} self.tr({expression})")
    for klass, values in dynamic.items():
        for text in values():
            extra.append((klass, text, "value of self.tr(variable)"))
    wrapped = {text for _, text, _ in extra}
    for nameless in list(root.iter("context")):
        if nameless.findtext("name"):
            continue
        for message in list(nameless.iter("message")):
            if (message.findtext("source") or "") in wrapped:
                nameless.remove(message)
            else:
                warnings.append(f"message without context: {message.findtext('source')!r}")
        if not nameless.findall("message"):
            root.remove(nameless)
    for context_name, text, where in extra:
        context = _context(root, context_name)
        if any(m.findtext("source") == text for m in context.iter("message")):
            continue
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        ET.SubElement(message, "extracomment").text = f"added by update_translations.py: {where}"
        ET.SubElement(message, "translation", type="unfinished")
    return warnings


# -- filling and writing ----------------------------------------------------------------------


def read_fill(path: Path) -> dict[str, str | tuple[str, str]]:
    pairs: dict[str, str | tuple[str, str]] = {}
    for line in path.read_text("utf-8").splitlines():
        if "\t" in line and not line.startswith("#"):
            source, english = line.split("\t", 1)
            pairs[source.replace("\\n", "\n")] = english.replace("\\n", "\n")
    return pairs


def english_table() -> tuple[
    dict[str, str | tuple[str, str]], dict[tuple[str, ...], str | tuple[str, str]]
]:
    import translations_en

    return dict(translations_en.ENGLISH), dict(getattr(translations_en, "BY_CONTEXT", {}))


def _set(message: ET.Element, translation: ET.Element, english: str | tuple[str, str]) -> None:
    """Write `english` into a message; a numerus message gets a singular and a plural form."""
    for form in list(translation):
        translation.remove(form)
    if message.get("numerus") == "yes":
        forms = english if isinstance(english, tuple) else (english, english)
        translation.text = None
        for text in forms:
            ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = english if isinstance(english, str) else english[-1]
    translation.attrib.pop("type", None)


def _translated(translation: ET.Element) -> bool:
    if translation.get("type") == "unfinished":
        return False
    forms = translation.findall("numerusform")
    return all(f.text for f in forms) if forms else bool(translation.text)


def fill(
    root: ET.Element,
    pairs: dict[str, str | tuple[str, str]],
    by_context: dict[tuple[str, ...], str | tuple[str, str]],
) -> list[tuple[str, str]]:
    """Translate messages found in the tables; return (context, source) still untranslated.

    The tables win over what the .ts holds, so a corrected English text reaches the .ts.
    """
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            comment = message.findtext("comment")
            english = by_context.get(
                (name, source, comment or ""), by_context.get((name, source), pairs.get(source))
            )
            if english:
                _set(message, translation, english)
            elif not _translated(translation):
                missing.append((name, source))
    return missing


def _lupdate_layout(root: ET.Element) -> None:
    """Indent as lupdate does (contexts flush left, messages by four), so diffs stay small."""
    root.text = "\n"
    for context in root:
        context.tail = "\n"
        context.text = "\n    "
        children = list(context)
        for n, child in enumerate(children):
            if child.tag == "message":
                ET.indent(child, space="    ", level=1)
            child.tail = "\n" if n == len(children) - 1 else "\n    "


def write(tree: ET.ElementTree[Any]) -> None:
    _lupdate_layout(tree.getroot())
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    text = TS.read_text("utf-8")
    TS.write_text(
        text.replace(
            "<?xml version='1.0' encoding='utf-8'?>",
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>',
            1,
        )
        + ("" if text.endswith("\n") else "\n"),
        "utf-8",
    )


def compile_qm() -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(TS), "-qm", str(QM)],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--fill", type=Path, help="TSV of Korean<TAB>English to apply")
    args = parser.parse_args()
    extract()
    tree = ET.parse(TS)
    warnings = add_unseen(tree.getroot())
    english, by_context = english_table()
    if args.fill:
        english.update(read_fill(args.fill))
    missing = fill(tree.getroot(), english, by_context)
    write(tree)
    compile_qm()
    for warning in warnings:
        print(f"warning: {warning}")
    for context, source in missing:
        print(f"untranslated: {context}: {source!r}")
    total = sum(1 for _ in tree.getroot().iter("message"))
    print(f"{TS.name}: {total} messages, {len(missing)} untranslated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
