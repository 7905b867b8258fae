"""The translation pipeline: refresh the .ts catalogs, build the .qm files, make the pseudo-locale.

    python packaging/translations.py ts       # pyside6-lupdate over trustdesk/, ui/ and the data files
    python packaging/translations.py qm       # pyside6-lrelease: resources/translations/*.qm
    python packaging/translations.py pseudo DIR  # trustdesk_pseudo.ts and .qm in DIR (tests)

The words of the data files under resources/ (starter agreement, check-in prompts, desires,
step ladder) go into the same catalogs: this script writes them as marked strings to a
generated file that lupdate reads, each file under a context of its own ("Data: desires", ...).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de", "es", "fr")
# English is the source language; its catalog holds only the plural forms ("1 minute").
ENGLISH = "en"
PREFIX = "trustdesk_"
# Data files whose words are shown, and the JSON keys that hold words rather than ids.
DATA_FILES = {
    "Data: desires": ("desires/catalogue.json", {"title", "text"}),
    "Data: check-in prompts": (
        "prompts/checkin.json",
        {
            "intro",
            "grounding",
            "hint",
            "prompt",
            "solo_hint",
            "solo_prompt",
            "text",
            "comfort",
            "trust",
            "closeness",
            "desire",
        },
    ),
    "Data: steps": ("steps/ladder.json", {"intro", "off_limits", "reflection", "title", "what"}),
    "Data: agreement starter": (
        "templates/agreement_starter.json",
        {"intro", "text", "title", "why"},
    ),
}


def tool(name: str) -> str:
    """A PySide6 tool beside this Python (the virtualenv), else on the PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is missing: install PySide6 (pip install -e '.[test]').")
    return found


def data_strings() -> list[tuple[str, str]]:
    """(context, text) for every word of the data files, in file order, without repeats."""
    seen: set[tuple[str, str]] = set()
    found: list[tuple[str, str]] = []

    def walk(context: str, keys: set[str], value, key: str | None) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(context, keys, v, k)
        elif isinstance(value, list):
            for v in value:
                walk(context, keys, v, key)
        elif isinstance(value, str) and key in keys and value.strip():
            if (context, value) not in seen:
                seen.add((context, value))
                found.append((context, value))

    for context, (name, keys) in DATA_FILES.items():
        walk(context, keys, json.loads((ROOT / "resources" / name).read_text("utf-8")), None)
    return found


def _literal_pair(call) -> tuple[str, str] | None:
    """The (context, text) of a call whose first two arguments are literal strings."""
    import ast

    args = call.args[:2]
    if len(args) == 2 and all(
        isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args
    ):
        return args[0].value, args[1].value
    return None


def plural_calls() -> list[tuple[str, str]]:
    """(context, text) of every ``plural("Context", "%n …", n)`` call and every
    ``QT_TRANSLATE_N_NOOP("Context", "%n …")`` mark in the package.

    lupdate marks a message as plural only when the count is a literal number, so these reach it
    through the generated file as ``translate(context, text, None, 1)``.
    """
    import ast

    found = []
    for path in sorted((ROOT / "trustdesk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("plural", "QT_TRANSLATE_N_NOOP")
                and (pair := _literal_pair(node)) is not None
            ):
                found.append(pair)
    return found


def write_data_source(folder: Path) -> Path:
    """A Python file of QT_TRANSLATE_NOOP calls for the data files' words, for lupdate."""
    path = folder / "data_strings.py"
    lines = [
        f"QT_TRANSLATE_NOOP({json.dumps(c)}, {json.dumps(t, ensure_ascii=False)})"
        for c, t in data_strings()
    ]
    lines += [
        f"translate({json.dumps(c)}, {json.dumps(t, ensure_ascii=False)}, None, 1)"
        for c, t in plural_calls()
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def sources(folder: Path) -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "trustdesk").rglob("*.py"))
    files = [f for f in files if "/forms/" not in f]  # generated from ui/, which is read instead
    files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.ui"))
    return files + [str(write_data_source(folder))]


def lupdate(targets: list[Path], *options: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        args = [tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *options]
        args += sources(Path(tmp))
        subprocess.run(
            [*args, "-ts", *map(str, targets)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL
        )


def marked_in_code() -> set[tuple[str, str]]:
    """(context, text) of every translate/plural/QT_TRANSLATE_NOOP call with literal words."""
    import ast

    names = {"translate", "plural", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_N_NOOP"}
    found = set()
    for path in sorted((ROOT / "trustdesk").rglob("*.py")):
        if "forms" in path.parts or path.name == "i18n.py":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) in names
                and (pair := _literal_pair(node)) is not None
            ):
                found.add(pair)
    return found


def in_catalog(ts: Path) -> set[tuple[str, str]]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in tree.iter("context")
        for message in context.iter("message")
    }


def missed_by_lupdate(ts: Path) -> set[tuple[str, str]]:
    """Marked strings lupdate did not extract (its Python reader skips a call whose arguments
    hold another call or an operator); such a call needs rewriting."""
    return marked_in_code() - in_catalog(ts)


def update_ts() -> None:
    """Refresh trustdesk_de/es/fr.ts from the code: new strings arrive as unfinished."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    targets = [TRANSLATIONS / f"{PREFIX}{lang}.ts" for lang in LANGUAGES]
    for lang, target in zip(LANGUAGES, targets, strict=True):
        if not target.exists():
            target.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{lang}"></TS>\n',
                "utf-8",
            )
    lupdate(targets)
    english = TRANSLATIONS / f"{PREFIX}{ENGLISH}.ts"
    if not english.exists():
        english.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            '<TS version="2.1" language="en" sourcelanguage="en"></TS>\n',
            "utf-8",
        )
    lupdate([english], "-pluralonly")
    fill_english_plurals(english)
    missed = missed_by_lupdate(targets[0])
    if missed:
        lines = "\n".join(f"  {c}: {t[:70]!r}" for c, t in sorted(missed))
        raise SystemExit(f"lupdate did not extract these marked strings:\n{lines}")


def fill_english_plurals(ts: Path) -> None:
    """English plural forms from the source ("%n minutes" → "%n minute", "%n minutes").

    Only new entries are filled; one already finished (checked by a person) is kept."""
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        for form in translation.findall("numerusform"):
            translation.remove(form)
        singular = re.sub(r"%n ([\w-]+?)s\b", r"%n \1", source, count=1)
        for text in (singular, source):
            ET.SubElement(translation, "numerusform").text = text
        del translation.attrib["type"]
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def build_qm() -> list[Path]:
    """resources/translations/trustdesk_xx.qm from each .ts (unfinished entries stay English)."""
    built = []
    for ts in sorted(TRANSLATIONS.glob(f"{PREFIX}*.ts")):
        qm = ts.with_suffix(".qm")
        lrelease(ts, qm)
        built.append(qm)
    return built


# -- the pseudo-locale ---------------------------------------------------------------------------

ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķļɱñöþǫŕšţüṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÜṼŴẊÝŽ",
)
# Kept as they are: Qt's %1/%n, Python's {name}, HTML tags and entities, & accelerators' letter.
PROTECTED = re.compile(r"(%n|%L?\d+|\{[^{}]*\}|<[^>]*>|&[a-zA-Z#0-9]+;|&&|&.)")


# A date or time pattern for QLocale ("ddd d MMMM"): its letters are codes, not words.
DATE_PATTERN = re.compile(r"[dMyhHmsapAPt .,:/'-]+")


def pseudo(text: str) -> str:
    """Accented, about 40 % longer and bracketed, with placeholders and markup untouched."""
    if DATE_PATTERN.fullmatch(text) and re.search(r"MMM|yyyy|ddd|HH|mm|\bd\b", text):
        return text
    parts = PROTECTED.split(text)
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(
                part
                if not (part.startswith("&") and len(part) == 2 and part != "&&")
                else "&" + part[1].translate(ACCENTS)
            )
        else:
            out.append(part.translate(ACCENTS))
    body = "".join(out)
    letters = sum(ch.isalpha() for ch in text)
    pad = "~" * max(1, round(letters * 0.4))
    lines = body.split("\n")
    lines[0] = "[" + lines[0]
    lines[-1] = lines[-1] + " " + pad + "]"
    return "\n".join(lines)


def build_pseudo(folder: Path) -> Path:
    """trustdesk_pseudo.ts (every entry filled by ``pseudo``) and its .qm in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    ts = folder / f"{PREFIX}pseudo.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="en"></TS>\n',
        "utf-8",
    )
    lupdate([ts])
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms or message.get("numerus") == "yes":
            for form in forms:
                translation.remove(form)
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = ts.with_suffix(".qm")
    lrelease(ts, qm)
    return qm


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "ts":
        update_ts()
    elif command == "qm":
        build_qm()
    elif command == "pseudo":
        build_pseudo(Path(argv[2]) if len(argv) > 2 else ROOT / "build" / "translations")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
