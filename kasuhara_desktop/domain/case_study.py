"""A case-study draft from a closed incident, with what identifies anyone taken out.

What to remove comes first from the incident's own structured fields (every participant's name,
label and contact, the quote speakers, witnesses, who did what, the location) and the shop's
profile (name, company, address, phone, representative), then from patterns that catch what
nobody typed into a field: phone numbers, e-mail addresses, URLs, postal codes, dates and times
(Western, Japanese era and 年月日 forms, full-width digits too), licence plates, and a Japanese
name before an honorific (田中さん, 「佐藤様」). The result says what was replaced, so the person
making the case study can check the rest by reading; it is a draft, never printed unchecked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .models import Incident, ShopProfile
from .vocabulary import label

# Placeholders per document language; a case study is written in one language.
PLACEHOLDERS: dict[str, dict[str, str]] = {
    "ja": {
        "customer": "〔顧客〕", "staff": "〔従業員〕", "person": "〔関係者〕", "place": "〔場所〕",
        "shop": "〔当店〕", "date": "〔日付〕", "time": "〔時刻〕", "phone": "〔電話番号〕",
        "email": "〔メール〕", "url": "〔URL〕", "postcode": "〔郵便番号〕",
        "plate": "〔車両番号〕",
        "contact": "〔連絡先〕",
    },
    "en": {
        "customer": "[customer]", "staff": "[staff member]", "person": "[person]",
        "place": "[place]", "shop": "[the shop]", "date": "[date]", "time": "[time]",
        "phone": "[phone]", "email": "[e-mail]", "url": "[URL]", "postcode": "[postcode]",
        "plate": "[plate]", "contact": "[contact]",
    },
    "nb": {
        "customer": "[kunde]", "staff": "[ansatt]", "person": "[person]", "place": "[sted]",
        "shop": "[butikken]", "date": "[dato]", "time": "[klokkeslett]", "phone": "[telefon]",
        "email": "[e-post]", "url": "[URL]", "postcode": "[postnummer]", "plate": "[skilt]",
        "contact": "[kontakt]",
    },
}  # fmt: skip

_HEADINGS: dict[str, dict[str, str]] = {
    "ja": {"title": "事例", "what": "何が起きたか", "demand": "要求", "said": "発言",
           "done": "店の対応", "prevention": "再発防止"},
    "en": {"title": "Case study", "what": "What happened", "demand": "The demand",
           "said": "What was said", "done": "What the shop did", "prevention": "Prevention"},
    "nb": {"title": "Case", "what": "Hva skjedde", "demand": "Kravet", "said": "Hva som ble sagt",
           "done": "Hva butikken gjorde", "prevention": "Forebygging"},
}  # fmt: skip

_D = "[0-9０-９]"
_SEP = r"[-‐－―ー−–/／.．\s]"
# The patterns, most specific first (an e-mail before its digits look like a phone number).
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("email", re.compile(r"[\w.+\-]+[@＠][\w\-]+(?:[.．][\w\-]+)+")),
    ("url", re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)),
    ("postcode", re.compile(rf"〒\s*{_D}{{3}}{_SEP}?{_D}{{4}}")),
    (
        "plate",  # 品川 300 さ 12-34 / 品川300さ1234
        re.compile(
            rf"[\u4e00-\u9fff]{{1,4}}\s*{_D}{{2,3}}\s*[\u3041-\u3096]\s*{_D}{{1,2}}{_SEP}?{_D}{{2}}"
        ),
    ),
    (
        "date",
        re.compile(
            rf"(?:令和|平成|昭和|R|H)\s*(?:元|{_D}{{1,2}})\s*年\s*{_D}{{1,2}}\s*月(?:\s*{_D}{{1,2}}\s*日)?"
            rf"|{_D}{{4}}\s*年\s*{_D}{{1,2}}\s*月(?:\s*{_D}{{1,2}}\s*日)?"
            rf"|{_D}{{1,2}}\s*月\s*{_D}{{1,2}}\s*日"
            rf"|(?<![0-9０-９]){_D}{{1,2}}月(?![間末頃])"  # 12月に (a month alone; not 3か月間)
            rf"|{_D}{{4}}[-/／.．]{_D}{{1,2}}[-/／.．]{_D}{{1,2}}"
            rf"|{_D}{{1,2}}[/／.]{_D}{{1,2}}[/／.]{_D}{{2,4}}"
            rf"|(?<![0-9０-９/／]){_D}{{1,2}}[/／]{_D}{{1,2}}(?![0-9０-９/／])"  # 11/3 (month/day)
            r"|\b\d{1,2}\.?\s+(?:januar|februar|mars|april|mai|juni|juli|august|september"
            r"|oktober|november|desember)\b(?:\s+\d{4})?"
            r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
            r"(?:,?\s+\d{4})?",
            re.IGNORECASE,
        ),
    ),
    (
        "phone",
        re.compile(
            rf"(?:\+{_D}{{1,3}}{_SEP}?)?[(（]?{_D}{{2,4}}[)）]?{_SEP}?{_D}{{2,4}}{_SEP}?{_D}{{3,4}}"
        ),
    ),
    (
        "time",
        re.compile(
            rf"(?:午前|午後)?\s*{_D}{{1,2}}\s*時(?!間)(?:\s*{_D}{{1,2}}\s*分|半)?"
            rf"|{_D}{{1,2}}[:：]{_D}{{2}}(?:[:：]{_D}{{2}})?(?:\s*[ap]\.?m\.?)?",
            re.IGNORECASE,
        ),
    ),
)
# A Japanese name before an honorific: 田中さん, 佐藤様, 鈴木氏 (kanji/katakana, 1-6 characters).
_HONORIFIC = re.compile(
    r"([\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,6})(さん|様|さま|氏|くん|君|ちゃん)"
)

# Words before an honorific that are roles, not names (お客様, 店長さん, 皆さん).
_NOT_NAMES = frozenset({"皆", "奥", "神", "王", "旦那", "先生", "担当", "担当者", "お嬢"})
_NOT_NAME_ENDINGS = ("客", "長", "員", "者", "主", "方", "業者", "さん")


@dataclass(frozen=True)
class Removal:
    """One kind of thing replaced in a draft and how often (``kind`` is a PLACEHOLDERS key)."""

    kind: str
    count: int


@dataclass(frozen=True)
class CaseStudyDraft:
    """A draft's title and text, and what was taken out of them."""

    title: str
    text: str
    removed: tuple[Removal, ...]

    def removed_text(self) -> str:
        """e.g. "customer ×2, date ×1" (English, for the CLI and logs of counts only)."""
        return ", ".join(f"{r.kind} ×{r.count}" for r in self.removed) or "nothing"


def _name_variants(name: str) -> set[str]:
    """A name as typed, without its spaces, without a title (店長 山田 一郎: 山田一郎), and each
    part long enough not to hit ordinary words (two or more CJK characters, three or more Latin
    letters). Titles alone are never removed: 店長さん is a role, not a name."""
    name = name.strip()
    if not name:
        return set()
    parts = [p for p in re.split(r"[\s・,、]+", name) if p and p not in _TITLES]
    out = {name, re.sub(r"\s+", "", name)} if parts else set()
    out |= {" ".join(parts), "".join(parts)} - {""}
    for part in parts:
        cjk = any("\u3040" <= c <= "\u9fff" for c in part)
        if len(part) >= (2 if cjk else 3):
            out.add(part)
    return out


_TITLES = frozenset(
    {"店長", "副店長", "社長", "副社長", "部長", "課長", "係長", "主任", "マネージャー",
     "オーナー", "代表", "代表取締役", "責任者", "担当", "manager", "owner", "Mr.", "Ms.",
     "Mrs.", "Dr."}
)  # fmt: skip


def sensitive_terms(
    incident: Incident, shop: ShopProfile, staff_names: Iterable[str] = ()
) -> list[tuple[str, str]]:
    """(text, kind) pairs the structured fields say identify someone or somewhere."""
    terms: list[tuple[str, str]] = []

    def add(value: str, kind: str) -> None:
        terms.extend((v, kind) for v in _name_variants(value))

    for name in staff_names:
        add(name, "staff")
    for p in incident.participants:
        if p.staff is not None:
            add(p.staff.name, "staff")
            add(p.staff.contact, "contact")
        if p.person is not None:
            kind = "customer" if p.role.value in ("customer", "companion") else "person"
            add(p.person.name, kind)
            add(p.person.contact, "contact")
            if p.person.label.strip():
                terms.append((p.person.label.strip(), kind))
    for q in incident.quotes:
        add(q.speaker, "person")
    for s in incident.statements:
        add(s.witness, "person")
        add(s.taken_by, "staff")
    for t in incident.timeline:
        add(t.by, "staff")
    for a in incident.actions:
        add(a.by, "staff")
    for c in incident.staff_care:
        add(c.staff_name, "staff")
        add(c.supervisor_took_over, "staff")
    if incident.location.strip():
        terms.append((incident.location.strip(), "place"))
    for value in (shop.name, shop.company):
        if value.strip():
            terms.append((value.strip(), "shop"))
    if shop.address.strip():
        terms.append((shop.address.strip(), "place"))
    add(shop.representative, "staff")
    if shop.phone.strip():
        terms.append((shop.phone.strip(), "phone"))
    return terms


def anonymise(
    text: str, terms: Iterable[tuple[str, str]], lang: str = "ja"
) -> tuple[str, dict[str, int]]:
    """``text`` with every term and pattern replaced by its placeholder, and the counts."""
    marks = PLACEHOLDERS.get(lang, PLACEHOLDERS["en"])
    counts: dict[str, int] = {}

    def sub(pattern: re.Pattern[str], kind: str, value: str) -> str:
        new, n = pattern.subn(marks[kind], value)
        if n:
            counts[kind] = counts.get(kind, 0) + n
        return new

    # Longest first, so 山田太郎 goes before 山田 and a whole address before its parts.
    unique: dict[str, str] = {}
    for term, kind in terms:  # a customer who is also a quote's speaker stays a customer
        if term and unique.get(term, "person") == "person":
            unique[term] = kind
    for term, kind in sorted(unique.items(), key=lambda tk: -len(tk[0])):
        if term in marks.values():
            continue
        text = sub(re.compile(re.escape(term), re.IGNORECASE), kind, text)
    for kind, pattern in _PATTERNS:
        text = sub(pattern, kind, text)
    hits = 0

    def honorific(m: re.Match[str]) -> str:
        nonlocal hits
        if m.group(1) in _NOT_NAMES or m.group(1).endswith(_NOT_NAME_ENDINGS):
            return m.group(0)
        hits += 1
        return marks["person"]

    text = _HONORIFIC.sub(honorific, text)
    if hits:
        counts["person"] = counts.get("person", 0) + hits
    return text, counts


def compose(incident: Incident, lang: str) -> tuple[str, str]:
    """The raw title and body of a case study (before anonymising)."""
    h = _HEADINGS.get(lang, _HEADINGS["en"])
    parts = [f"{h['what']}\n{incident.summary.strip()}"]
    if incident.demand.strip():
        parts.append(f"{h['demand']}\n{incident.demand.strip()}")
    said = [f"「{q.words.strip()}」" if lang == "ja" else f'"{q.words.strip()}"'
            for q in incident.quotes if q.words.strip()]  # fmt: skip
    if said:
        parts.append(f"{h['said']}\n" + "\n".join(said))
    done = [a.description.strip() for a in incident.actions if a.description.strip()]
    if done:
        parts.append(f"{h['done']}\n" + "\n".join(f"- {d}" for d in done))
    if incident.prevention.strip():
        parts.append(f"{h['prevention']}\n{incident.prevention.strip()}")
    sep = "、" if lang == "ja" else ", "
    behaviours = sep.join(label(b, lang) for b in incident.behaviours)
    title = f"{h['title']}: {behaviours}" if behaviours else h["title"]
    return title, "\n\n".join(parts)


def draft_case_study(
    incident: Incident, shop: ShopProfile, lang: str = "ja", staff_names: Iterable[str] = ()
) -> CaseStudyDraft:
    """A case-study draft of ``incident`` in ``lang`` with identifying details replaced.

    ``staff_names`` are the shop's own people (the training roster, the users): a staff member
    named only in the free text is still found.
    """
    title, body = compose(incident, lang)
    terms = sensitive_terms(incident, shop, staff_names)
    title, c1 = anonymise(title, terms, lang)
    body, c2 = anonymise(body, terms, lang)
    counts = {k: c1.get(k, 0) + c2.get(k, 0) for k in {*c1, *c2}}
    removed = tuple(Removal(k, counts[k]) for k in PLACEHOLDERS["en"] if counts.get(k))
    return CaseStudyDraft(title=title, text=body, removed=removed)


def leftovers(text: str, terms: Iterable[tuple[str, str]]) -> list[str]:
    """Kinds of identifying detail still found in an edited ``text`` (for the checklist's
    warning: the person re-typed a name or a date)."""
    _, counts = anonymise(text, terms, "en")
    return sorted(counts)
