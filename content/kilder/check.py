#!/usr/bin/env python3
"""Validate content/: manifests, references and the rendered office files.

Usage:  python3 content/kilder/check.py

Checks
  * temaer.json: valid JSON, unique lower-case ASCII slugs, kind tema/soejle, exactly five pillars,
    descriptions of 2–4 sentences.
  * pakker/<key>/item.json: required fields and types, 1–3 sentence summary, known theme slugs,
    audience value, language "da", adaptedFrom null or an existing other package, 1–3 files that
    exist next to item.json with a known role, each file < 2 MB.
  * the files open: PPTX/DOCX/ODT are valid zip packages with the expected parts; PDFs are read with
    pdftotext (poppler-utils). The extracted text must be substantial and contain æ, ø and å.
    Decks have 6–12 content slides after the title slide; handouts (PDF) have 1–3 pages.
  * every rendered file has a source in kilder/<key>/<file>.txt (and every source a rendered file).
  * fortaellinger/<key>/item.json: required fields, unitKind, ISO date within 2022–2026, known theme
    slugs, challenge/action/outcome of 60–200 words each, referenced files exist.
  * coverage: >= 12 packages, >= 1 local adaptation, PPTX + PDF + DOCX/ODT present, >= 8 stories
    covering DAYCARE, SCHOOL, YOUTH_CLUB and ADMINISTRATION; no CPR-like numbers anywhere.

Exit status 0 when there are no errors (warnings are printed but do not fail the check).
Only the Python standard library and, for PDFs, the pdftotext/pdfinfo commands are used.
"""

import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CONTENT = os.path.dirname(HERE)
KEY_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CPR_RE = re.compile(r"\b\d{6}-?\d{4}\b")
AUDIENCES = {"dagtilbud", "skole", "fritid-ungdom", "ledere", "alle"}
ROLES = {"deck", "handout", "guide", "other"}
UNIT_KINDS = {"SCHOOL", "DAYCARE", "YOUTH_CLUB", "ADMINISTRATION"}
MAX_BYTES = 2 * 1024 * 1024

errors = []
warnings = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def warn(where, msg):
    warnings.append(f"{where}: {msg}")


def rel(path):
    return os.path.relpath(path, CONTENT)


def load_json(path):
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as exc:
        err(rel(path), f"not valid JSON: {exc}")
        return None


def sentences(text):
    parts = [p for p in re.split(r"(?<=[.!?])\s+", text.strip()) if p]
    return len(parts)


def words(text):
    return len(re.findall(r"\w+", text))


def nonempty_str(obj, field):
    return isinstance(obj.get(field), str) and obj[field].strip() != ""


# --------------------------------------------------------------------------- office files

def xml_text(data):
    text = re.sub(r"<[^>]+>", " ", data.decode("utf-8", "replace"))
    text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
    return re.sub(r"\s+", " ", text)


def office_text(path, ext, where):
    """Return (text, info) or (None, None) after reporting an error."""
    info = {}
    if ext in ("pptx", "docx", "odt"):
        try:
            z = zipfile.ZipFile(path)
            bad = z.testzip()
            if bad:
                err(where, f"corrupt zip member {bad}")
                return None, None
            names = set(z.namelist())
        except zipfile.BadZipFile as exc:
            err(where, f"not a valid {ext} package: {exc}")
            return None, None
        if ext == "pptx":
            slides = sorted(n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n))
            if not slides or "[Content_Types].xml" not in names:
                err(where, "no slides in PPTX")
                return None, None
            info["slides"] = len(slides)
            return " ".join(xml_text(z.read(n)) for n in slides), info
        if ext == "docx":
            if "word/document.xml" not in names:
                err(where, "word/document.xml missing")
                return None, None
            return xml_text(z.read("word/document.xml")), info
        if "content.xml" not in names or z.read("mimetype") != b"application/vnd.oasis.opendocument.text":
            err(where, "not an ODF text document")
            return None, None
        meta = z.read("meta.xml").decode("utf-8", "replace") if "meta.xml" in names else ""
        m = re.search(r'meta:page-count="(\d+)"', meta)
        if m:
            info["pages"] = int(m.group(1))
        return xml_text(z.read("content.xml")), info
    if ext == "pdf":
        if not shutil.which("pdftotext"):
            warn(where, "pdftotext not installed (apt-get install -y poppler-utils); PDF text not checked")
            with open(path, "rb") as fh:
                if not fh.read(5) == b"%PDF-":
                    err(where, "not a PDF")
            return "", info
        res = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if res.returncode != 0:
            err(where, f"pdftotext failed: {res.stderr.decode(errors='replace').strip()}")
            return None, None
        pi = subprocess.run(["pdfinfo", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        m = re.search(r"^Pages:\s+(\d+)", pi.stdout, re.M)
        if m:
            info["pages"] = int(m.group(1))
        return res.stdout.decode("utf-8", "replace"), info
    err(where, f"unsupported file type .{ext}")
    return None, None


def check_office_file(path, role, where):
    ext = path.rsplit(".", 1)[-1].lower()
    size = os.path.getsize(path)
    if size >= MAX_BYTES:
        err(where, f"file is {size // 1024} KiB, must be under 2 MB")
    text, info = office_text(path, ext, where)
    if text is None:
        return
    if ext == "pdf" and text == "" and not shutil.which("pdftotext"):
        return
    n = words(text)
    if n < 250:
        err(where, f"only {n} words of text; expected substantial content")
    for ch in "æøå":
        if ch not in text.lower():
            err(where, f"extracted text contains no '{ch}' (encoding problem?)")
    if CPR_RE.search(text):
        err(where, "contains a CPR-like number")
    if ext == "pptx":
        content_slides = info["slides"] - 1
        if not 6 <= content_slides <= 12:
            err(where, f"{content_slides} content slides after the title slide, expected 6–12")
    if role == "handout" and "pages" in info and not 1 <= info["pages"] <= 3:
        err(where, f"handout has {info['pages']} pages, expected 1–3")
    if role == "guide" and "pages" in info and not 2 <= info["pages"] <= 4:
        warn(where, f"guide has {info['pages']} pages, expected 2–4")
    if role == "guide" and n < 500:
        warn(where, f"guide has only {n} words")
    return ext


# --------------------------------------------------------------------------- manifests

def check_themes():
    path = os.path.join(CONTENT, "temaer.json")
    data = load_json(path)
    if data is None:
        return set()
    if not isinstance(data, list) or not data:
        err("temaer.json", "must be a non-empty list")
        return set()
    slugs = set()
    pillars = 0
    for i, t in enumerate(data):
        where = f"temaer.json[{i}]"
        if not isinstance(t, dict):
            err(where, "must be an object")
            continue
        extra = set(t) - {"slug", "name", "kind", "description"}
        if extra:
            warn(where, f"unknown fields {sorted(extra)}")
        slug = t.get("slug")
        if not isinstance(slug, str) or not KEY_RE.match(slug):
            err(where, f"bad slug {slug!r}")
        elif slug in slugs:
            err(where, f"duplicate slug {slug}")
        else:
            slugs.add(slug)
        for f in ("name", "description"):
            if not nonempty_str(t, f):
                err(where, f"missing {f}")
        if t.get("kind") not in ("tema", "soejle"):
            err(where, f"kind must be tema or soejle, got {t.get('kind')!r}")
        if t.get("kind") == "soejle":
            pillars += 1
        if nonempty_str(t, "description") and not 2 <= sentences(t["description"]) <= 4:
            warn(where, f"description has {sentences(t['description'])} sentences, expected 2–4")
    if pillars != 5:
        err("temaer.json", f"expected exactly 5 pillars (kind soejle), found {pillars}")
    return slugs


def check_packages(slugs):
    root = os.path.join(CONTENT, "pakker")
    keys = sorted(k for k in os.listdir(root) if os.path.isdir(os.path.join(root, k))) if os.path.isdir(root) else []
    items = {}
    for key in keys:
        path = os.path.join(root, key, "item.json")
        if not os.path.exists(path):
            err(f"pakker/{key}", "item.json missing")
            continue
        data = load_json(path)
        if data is not None:
            items[key] = data
    formats = set()
    adaptations = 0
    for key, item in items.items():
        where = f"pakker/{key}/item.json"
        if not KEY_RE.match(key):
            err(where, "folder name is not a lower-case ASCII key with hyphens")
        if not isinstance(item, dict):
            err(where, "must be an object")
            continue
        extra = set(item) - {"title", "summary", "themes", "audience", "unit", "language", "adaptedFrom", "files"}
        if extra:
            warn(where, f"unknown fields {sorted(extra)}")
        for f in ("title", "summary", "unit"):
            if not nonempty_str(item, f):
                err(where, f"missing {f}")
        if nonempty_str(item, "summary") and not 1 <= sentences(item["summary"]) <= 3:
            err(where, f"summary has {sentences(item['summary'])} sentences, expected 1–3")
        themes = item.get("themes")
        if not isinstance(themes, list) or not themes:
            err(where, "themes must be a non-empty list")
        else:
            for s in themes:
                if s not in slugs:
                    err(where, f"unknown theme slug {s!r}")
            if len(set(themes)) != len(themes):
                warn(where, "duplicate theme slugs")
        if item.get("audience") not in AUDIENCES:
            err(where, f"audience must be one of {sorted(AUDIENCES)}")
        if item.get("language") != "da":
            err(where, "language must be \"da\"")
        if "adaptedFrom" not in item:
            err(where, "adaptedFrom missing (use null)")
        af = item.get("adaptedFrom")
        if af is not None:
            if af == key:
                err(where, "adaptedFrom points to itself")
            elif af not in items:
                err(where, f"adaptedFrom {af!r} is not an existing package key")
            else:
                adaptations += 1
        files = item.get("files")
        if not isinstance(files, list) or not 1 <= len(files) <= 3:
            err(where, "files must list 1–3 files")
            files = files if isinstance(files, list) else []
        listed = set()
        for j, f in enumerate(files):
            fw = f"{where} files[{j}]"
            if not isinstance(f, dict) or not nonempty_str(f, "file"):
                err(fw, "needs a file name")
                continue
            name = f["file"]
            listed.add(name)
            if "/" in name or "\\" in name:
                err(fw, "file must sit next to item.json (no paths)")
                continue
            if f.get("role") not in ROLES:
                err(fw, f"role must be one of {sorted(ROLES)}")
            if not nonempty_str(f, "title"):
                err(fw, "missing title")
            p = os.path.join(root, key, name)
            if not os.path.isfile(p):
                err(fw, f"{name} does not exist next to item.json")
                continue
            ext = check_office_file(p, f.get("role"), f"pakker/{key}/{name}")
            if ext:
                formats.add(ext)
            src = os.path.join(HERE, key, name + ".txt")
            if not os.path.isfile(src):
                warn(fw, f"no source kilder/{key}/{name}.txt")
        for other in sorted(os.listdir(os.path.join(root, key))):
            if other != "item.json" and other not in listed:
                warn(where, f"{other} lies in the folder but is not listed in files")
    # sources without a package file
    for key in sorted(os.listdir(HERE)):
        d = os.path.join(HERE, key)
        if os.path.isdir(d) and not key.startswith((".", "_")):
            for name in sorted(os.listdir(d)):
                m = re.match(r"^(.+\.(pptx|pdf|docx|odt))\.txt$", name)
                if m and not os.path.isfile(os.path.join(root, key, m.group(1))):
                    err(f"kilder/{key}/{name}", "has no rendered file (run render.py)")
                elif m and (key not in items or m.group(1) not in {f.get("file") for f in items[key].get("files", []) if isinstance(f, dict)}):
                    warn(f"kilder/{key}/{name}", "rendered file is not listed in the package's item.json")
    if len(items) < 12:
        err("pakker", f"{len(items)} packages, expected at least 12")
    if adaptations < 1:
        err("pakker", "no package is a local adaptation (adaptedFrom)")
    if "pptx" not in formats or "pdf" not in formats or not ({"docx", "odt"} & formats):
        err("pakker", f"formats are not mixed enough: {sorted(formats)}")
    return items, formats, adaptations


def check_stories(slugs):
    root = os.path.join(CONTENT, "fortaellinger")
    keys = sorted(k for k in os.listdir(root) if os.path.isdir(os.path.join(root, k))) if os.path.isdir(root) else []
    kinds = set()
    count = 0
    for key in keys:
        where = f"fortaellinger/{key}/item.json"
        path = os.path.join(root, key, "item.json")
        if not os.path.exists(path):
            err(where, "missing")
            continue
        s = load_json(path)
        if s is None:
            continue
        count += 1
        if not KEY_RE.match(key):
            err(where, "folder name is not a lower-case ASCII key with hyphens")
        extra = set(s) - {"title", "unit", "unitKind", "area", "date", "themes", "challenge", "action", "outcome", "files"}
        if extra:
            warn(where, f"unknown fields {sorted(extra)}")
        for f in ("title", "unit", "area", "date", "challenge", "action", "outcome"):
            if not nonempty_str(s, f):
                err(where, f"missing {f}")
        if s.get("unitKind") not in UNIT_KINDS:
            err(where, f"unitKind must be one of {sorted(UNIT_KINDS)}")
        else:
            kinds.add(s["unitKind"])
        try:
            d = datetime.date.fromisoformat(s.get("date", ""))
            if not datetime.date(2022, 1, 1) <= d <= datetime.date(2026, 12, 31):
                err(where, f"date {d} outside 2022–2026")
        except (TypeError, ValueError):
            err(where, f"date {s.get('date')!r} is not YYYY-MM-DD")
        themes = s.get("themes")
        if not isinstance(themes, list) or not themes:
            err(where, "themes must be a non-empty list")
        else:
            for t in themes:
                if t not in slugs:
                    err(where, f"unknown theme slug {t!r}")
        for f in ("challenge", "action", "outcome"):
            if nonempty_str(s, f):
                n = words(s[f])
                if not 60 <= n <= 200:
                    err(where, f"{f} has {n} words, expected 60–200")
                if CPR_RE.search(s[f]):
                    err(where, f"{f} contains a CPR-like number")
        files = s.get("files", [])
        if not isinstance(files, list):
            err(where, "files must be a list")
        else:
            for f in files:
                name = f.get("file") if isinstance(f, dict) else None
                if not name or not os.path.isfile(os.path.join(root, key, name)):
                    err(where, f"listed file {name!r} does not exist")
    if count < 8:
        err("fortaellinger", f"{count} stories, expected at least 8")
    missing = UNIT_KINDS - kinds
    if missing:
        err("fortaellinger", f"no story from {sorted(missing)}")
    return count, kinds


def main():
    slugs = check_themes()
    items, formats, adaptations = check_packages(slugs)
    count, kinds = check_stories(slugs)
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    n_files = sum(len(i.get("files", [])) for i in items.values() if isinstance(i, dict))
    print(f"\n{len(slugs)} themes, {len(items)} packages ({n_files} files: {', '.join(sorted(formats))}; "
          f"{adaptations} adaptation(s)), {count} stories ({', '.join(sorted(kinds))})")
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
