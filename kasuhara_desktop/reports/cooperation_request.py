"""The letter asking another employer to cooperate (art. 33(3)), in ja, en or nb.

The texts come composed from ``domain/cooperation.py`` (neutral, factual, no staff names unless
the shop chose them); this module only lays them out as a business letter on A4: date and
addressee, sender, title, the recorded facts and what is asked, a line on handling the
information, closing.
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ..domain.cooperation import CooperationLetter
from .styles import make_document, make_styles, page_decorator


def build_cooperation_letter(out: BinaryIO, letter: CooperationLetter) -> None:
    """Write ``letter`` as a PDF to ``out``."""
    styles = make_styles()
    right = ParagraphStyle("kh-right", parent=styles.body, alignment=TA_RIGHT)
    centre = ParagraphStyle("kh-centre-title", parent=styles.title, alignment=TA_CENTER)
    centre.fontSize = styles.body.fontSize * 1.6
    centre.leading = centre.fontSize * 1.4
    doc = make_document(out, title=letter.title, lang=letter.lang)
    story: list[Flowable] = [styles.para(letter.date_line, right)]
    story += [styles.para(line) for line in letter.addressee]
    story.append(Spacer(1, 2 * mm))
    story += [styles.para(line, right) for line in letter.sender]
    story += [Spacer(1, 6 * mm), styles.para(letter.title, centre), Spacer(1, 4 * mm)]
    story.append(styles.para(letter.salutation))
    story += styles.paras(letter.intro)
    for heading, text in letter.sections:
        story.append(styles.para(heading, styles.heading))
        story += styles.paras(text)
    story.append(Spacer(1, 3 * mm))
    story += styles.paras(letter.privacy)
    story.append(Spacer(1, 3 * mm))
    story.append(styles.para(letter.closing, right))
    doc.build(story, canvasmaker=page_decorator("", letter.title))
