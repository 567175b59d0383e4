"""Tasks for the plan year: one per directive clause.

A clause is a task when it is introduced by a directive cue ("đề nghị",
"yêu cầu", "cần", "phải", "phấn đấu" …; ``resources/task_cues.tsv``), or is
an item of a list introduced by one ("các nhiệm vụ trọng tâm như: A; B; C"),
or starts with a task verb ("tiếp tục", "tập trung" …) inside a directions
paragraph. Statements that tasks were adopted, achievements and descriptions
of the year are not tasks. ``issued_by`` resolves to the official who spoke;
``assignees`` are the bodies asked to act.
"""

from __future__ import annotations

from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon
from ..resources import load_tsv
from ._base import add_item, items, store, strip_span

SENTENCE = regex.compile(r"[^.!?\n]+(?:[.!?]+|$)|[^\n]+", regex.M)
LIST_ITEM = regex.compile(r";|\n|(?<=:)\s*(?=[-+•*]|\d+[.)])")
YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# Achievements and adoption statements are not tasks.
NOT_TASK = regex.compile(
    r"(?<![\p{L}])(?:đã|được)\s+(?:biểu\s+quyết|thống\s+nhất|thông\s+qua|đạt|hoàn\s+thành)|(?<![\p{L}])là\s+năm|(?<![\p{L}])đã\s+",
    regex.I,
)


@lru_cache(maxsize=1)
def _cues():
    rows = load_tsv("task_cues.tsv")
    strong = [r[0] for r in rows if r[1] == "directive"]
    soft = [r[0] for r in rows if r[1] == "soft_directive"]
    actors = [r[0] for r in rows if r[1] == "actor"]
    verbs = [r[0] for r in rows if r[1] == "verb"]
    intro = [r[0] for r in rows if r[1] == "list_intro"]
    return (
        regex.compile(
            lexicon.B_START + "(?P<c>" + lexicon.alternation(strong) + ")" + lexicon.B_END
            # a soft cue ("phấn đấu") counts at a clause start or after an actor ("huyện phấn đấu")
            + r"|(?:^|[,;:]\s*|" + lexicon.B_START + "(?:" + lexicon.alternation(actors) + r")\s+)(?P<c>"
            + lexicon.alternation(soft) + ")" + lexicon.B_END,
            regex.I,
        ),
        regex.compile(r"^\s*(?:[-+•*]\s*|\d+[.)]\s*)?(?P<c>" + lexicon.alternation(verbs) + ")" + lexicon.B_END, regex.I),
        regex.compile(lexicon.B_START + "(?:" + lexicon.alternation(intro) + r")[^.;]{0,80}:\s*", regex.I),
    )


ASSIGNEES = regex.compile(
    r"^\s*(?P<a>(?:(?:các|cấp|Ban|UBND|HĐND|Đảng|chính\s+quyền|Mặt\s+trận|MTTQ|ngành|địa\s+phương|đồng\s+chí|cơ\s+quan|"
    r"đơn\s+vị|tổ\s+chức|Thường\s+trực|Huyện\s+ủy|Tỉnh\s+ủy|Thành\s+ủy|toàn|cả)[^.;:]{0,160}?))\s+"
    r"(?=(?:cần\s+|phải\s+|tiếp\s+tục\s+)?(?:tập\s+trung|nghiêm\s+túc|tiếp\s+tục|quan\s+tâm|chủ\s+động|khẩn\s+trương|thực\s+hiện|"
    r"đẩy\s+mạnh|tăng\s+cường|nâng\s+cao|rà\s+soát|triển\s+khai|làm\s+tốt|chú\s+trọng|quán\s+triệt|bám\s+sát|đổi\s+mới|"
    r"xây\s+dựng|phát\s+huy|lãnh\s+đạo|chỉ\s+đạo|phối\s+hợp|đoàn\s+kết|quyết\s+tâm|sớm|kịp\s+thời|cần|phải))",
    regex.I,
)


class TaskExtractor:
    def __init__(self, nlp: Language | None = None, name: str = "vnreport_tasks"):
        self.name = name
        self.strong, self.verb, self.intro = _cues()

    def __call__(self, doc: Doc) -> Doc:
        for item in self.match(doc):
            self.set_annotations(doc, item)
        return doc

    def match(self, doc: Doc) -> list[dict]:
        text = doc.text
        data = store(doc)
        plan_year = data.get("plan_year")
        report_year = data.get("report_year")
        out: list[dict] = []
        for para in regex.finditer(r"[^\n]+", text):
            p_start = para.start()
            p_text = para.group()
            directions = bool(plan_year and str(plan_year) in p_text and plan_year != report_year) or bool(
                regex.search(r"(?i)phương\s+hướng|nhiệm\s+vụ\s+(?:trọng\s+tâm|năm|thời\s+gian\s+tới)|giải\s+pháp|thời\s+gian\s+tới", p_text)
            )
            in_list = False
            for sent in SENTENCE.finditer(p_text):
                s_start = p_start + sent.start()
                s_text = sent.group()
                if not s_text.strip():
                    continue
                strong = self.strong.search(s_text)
                intro = self.intro.search(s_text)
                if strong and not NOT_TASK.search(s_text[: strong.start()][-30:]):
                    # one task per ";"-separated directive clause after the cue
                    c0 = strong.start("c")
                    for k, (a, b) in enumerate(self._clauses(s_text, c0)):
                        if k > 0 and not self._looks_like_task(s_text[a:b]):
                            continue
                        out.append(self._task(doc, s_start + a, s_start + b, plan_year, "task.directive", cue_end=s_start + strong.end("c") if k == 0 else None))
                    in_list = s_text.rstrip().endswith(":")
                elif intro:
                    for a, b in self._clauses(s_text, intro.end()):
                        if b - a > 10:
                            out.append(self._task(doc, s_start + a, s_start + b, plan_year, "task.list_item"))
                    in_list = True
                elif (in_list or directions) and self.verb.search(s_text) and not NOT_TASK.search(s_text):
                    for a, b in self._clauses(s_text, self.verb.search(s_text).start("c")):
                        out.append(self._task(doc, s_start + a, s_start + b, plan_year, "task.verb_clause"))
        return out

    @staticmethod
    def _clauses(s_text: str, start: int) -> list[tuple[int, int]]:
        out = []
        pos = start
        for m in regex.finditer(r";", s_text[start:]):
            end = start + m.start()
            a, b = strip_span(s_text, pos, end, " ,-\t\n.:")
            if b > a:
                out.append((a, b))
            pos = start + m.end()
        a, b = strip_span(s_text, pos, len(s_text), " ,-\t\n.:")
        if b > a:
            out.append((a, b))
        return out

    def _looks_like_task(self, clause: str) -> bool:
        return bool(self.verb.search(clause) or self.strong.search(clause))

    def _task(self, doc: Doc, start: int, end: int, plan_year, rule: str, cue_end: int | None = None) -> dict:
        text = doc.text
        clause = text[start:end]
        years = [int(y) for y in YEAR.findall(clause)]
        year = plan_year
        if years and plan_year is None:
            year = max(years)
        assignees: list[str] = []
        if cue_end is not None:
            m = ASSIGNEES.match(text[cue_end:end])
            if m:
                assignees = [a.strip() for a in regex.split(r",\s*|\s+và\s+", m.group("a")) if a.strip()]
        return {
            "year": year,
            "start": start,
            "end": end,
            "issued_by": self._speaker(doc, start),
            "assignees": assignees,
            "rule": rule,
        }

    @staticmethod
    def _speaker(doc: Doc, pos: int) -> str | None:
        """The official mentioned last before ``pos`` in the same paragraph."""
        text = doc.text
        para_start = text.rfind("\n", 0, pos) + 1
        best = None
        best_pos = -1
        for off in items(doc, "officials"):
            for s, e in off.get("mentions", []):
                if para_start <= s < pos and s > best_pos:
                    best, best_pos = off["name"], s
        return best

    def set_annotations(self, doc: Doc, item: dict) -> None:
        add_item(doc, "tasks", item, item["start"], item["end"], "TASK")


@Language.factory("vnreport_tasks")
def make_tasks(nlp: Language, name: str) -> TaskExtractor:
    return TaskExtractor(nlp, name)
