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

from bisect import bisect_left
from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon
from ..lexicon import rx
from ..resources import load_tsv
from ._base import doc_text, add_item, items, store, strip_span

# A sentence ends at . ! ? (not the dot of "4.380") or a line end.
SENTENCE = regex.compile(r"(?:[^.!?\n]|(?<=\d)\.(?=\d))+(?:[.!?]+|$)|[^\n]+", regex.M)
LIST_ITEM = regex.compile(r";|\n|(?<=:)\s*(?=[-+•*]|\d+[.)])")
YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# Sentences that adopt tasks or describe the year are not tasks.
NOT_TASK_SENTENCE = regex.compile(
    r"(?i)(?<![\p{L}])(?:đã|được)\s+(?:biểu\s+quyết|thống\s+nhất|thông\s+qua)|(?<![\p{L}])là\s+năm(?![\p{L}])"
)
# Achievements and adoption statements are not tasks.
NOT_TASK = regex.compile(
    r"(?<![\p{L}])(?:đã|được)\s+(?:biểu\s+quyết|thống\s+nhất|thông\s+qua|đạt|hoàn\s+thành)|(?<![\p{L}])là\s+năm|(?<![\p{L}])đã\s+",
    regex.I,
)


@lru_cache(maxsize=1)
def _split_verbs():
    rows = load_tsv("task_cues.tsv")
    verbs = [r[0] for r in rows if r[1] == "verb"]
    return regex.compile(r"(?:,|\s+và)\s*(?P<v>" + lexicon.alternation(verbs, ignore_case=False) + ")" + lexicon.B_END)


@lru_cache(maxsize=1)
def _cues():
    rows = load_tsv("task_cues.tsv")
    strong = [r[0] for r in rows if r[1] == "directive"]
    soft = [r[0] for r in rows if r[1] == "soft_directive"]
    actors = [r[0] for r in rows if r[1] == "actor"]
    verbs = [r[0] for r in rows if r[1] in ("verb", "start_verb")]
    intro = [r[0] for r in rows if r[1] == "list_intro"]
    return (
        regex.compile(
            lexicon.B_START + "(?P<c>" + lexicon.alternation(strong) + ")" + lexicon.B_END
            # a soft cue ("phấn đấu") counts near a clause start ("Năm 2022, ngành Nông nghiệp
            # phấn đấu") or after an actor ("huyện phấn đấu")
            # (a look-ahead for the soft cue first: the look-behind then runs only where one stands,
            # not at every position of the sentence)
            + r"|(?=(?:" + lexicon.alternation(soft) + ")" + lexicon.B_END + ")"
            + r"(?<=(?:^|[,;:])\s*[\"'(]?(?:[\p{L}\p{N}]+\s+){0,6}|" + lexicon.B_START + "(?:" + lexicon.alternation(actors)
            + r")\s+)" + lexicon.B_START + "(?P<c>" + lexicon.alternation(soft) + ")" + lexicon.B_END,
            regex.I,
        ),
        regex.compile(r"^\s*(?:[-+•*]\s*|\d+[.)]\s*)?(?P<c>" + lexicon.alternation(verbs) + ")" + lexicon.B_END, regex.I),
        regex.compile(lexicon.B_START + "(?:" + lexicon.alternation(intro) + r")[^.;]{0,80}:\s*", regex.I),
    )


# Who is asked to act: a noun phrase of bodies right after the cue (an adverbial of time
# may come first), up to the verb of the request. The verbs are the task verbs of
# resources/task_cues.tsv plus the modal and manner words below.
ASSIGNEE_HEAD = (
    r"(?:các|cấp|Ban|UBND|HĐND|Đảng|chính\s+quyền|Mặt\s+trận|MTTQ|ngành|địa\s+phương|đồng\s+chí|cơ\s+quan|"
    r"đơn\s+vị|tổ\s+chức|Thường\s+trực|Huyện\s+ủy|Tỉnh\s+ủy|Thành\s+ủy|toàn|cả|Sở|Phòng|Hội|Đoàn|trường|"
    r"Cục|Chi\s+cục|Công\s+an|Bộ\s+Chỉ\s+huy|Kho\s+bạc|Ngân\s+hàng|Trung\s+tâm|Văn\s+phòng|Thanh\s+tra|"
    r"chủ\s+đầu\s+tư)"
)
ASSIGNEE_VERBS_EXTRA = ["cần", "phải", "sớm", "kịp thời", "nghiêm túc", "quán triệt", "bám sát", "lãnh đạo", "chỉ đạo",
                        "phối hợp", "đoàn kết", "tích cực", "thường xuyên", "tham mưu", "nghiên cứu",
                        "chủ trì, phối hợp", "chủ trì phối hợp"]


@lru_cache(maxsize=1)
def _assignees_re() -> regex.Pattern:
    rows = load_tsv("task_cues.tsv")
    verbs = [r[0] for r in rows if r[1] in ("verb", "start_verb")] + ASSIGNEE_VERBS_EXTRA
    return regex.compile(
        r"^\s*(?:(?:trong\s+)?(?:năm\s+\d{4}|thời\s+gian\s+tới)\s*,?\s*)?"
        r"(?P<a>" + ASSIGNEE_HEAD + r"[^.;:]{0,160}?)\s+(?=(?:" + lexicon.alternation(verbs) + r")" + lexicon.B_END + ")",
        regex.I,
    )


# Verbs that take no object of their own before a comma ("nỗ lực, tháo gỡ khó khăn").
BARE_VERBS = ["nỗ lực", "cố gắng", "tích cực", "quyết liệt", "chủ động", "đồng bộ"]

# A request to the delegates to discuss what is before them ("đề nghị các vị đại biểu tập trung
# nghiên cứu, thảo luận …") is about the session, not a task for the plan year.
PROCEDURAL = regex.compile(
    r"(?i)(?<![\p{L}])đại\s+biểu[^.;:]{0,40}?\s(?:tập\s+trung\s+)?(?:trí\s+tuệ,?\s+)?(?:nghiên\s+cứu,?\s+)?"
    r"(?:thảo\s+luận|đóng\s+góp\s+(?:nhiều\s+)?ý\s+kiến|cho\s+ý\s+kiến|phát\s+biểu)"
)

# A modal opening another request inside a clause.
MODAL = regex.compile(r"(?i)(?<![\p{L}])(?<!không\s)(?:cần|phải)(?![\p{L}])")

# Cues that report what was said; a request only when a task verb follows ("lưu ý tăng cường …").
REPORTING_CUE = regex.compile(r"(?i)nhấn\s+mạnh|lưu\s+ý")

# A list item on its own line: "- A", "+ A", "• A", "1. A", "a) A".
BULLET = regex.compile(r"^\s*(?:[-+•*]|\d{1,2}[.)]|[a-zđ]\))\s*(?=\S)")

# The bodies before a modal ("Các địa phương cần chủ động …").
ASSIGNEES_BEFORE = regex.compile(r"(?i)(?:^|[.,;:]\s*)(?P<a>" + ASSIGNEE_HEAD + r"[^.;:,]{0,60}?)\s+$")


DOCUMENT_ITEM = regex.compile(
    r"(?i)^\s*(?:\(\d+\)\s*)?(?:dự\s+thảo|báo\s+cáo|tờ\s+trình|đề\s+án|nghị\s+quyết|chương\s+trình|quy\s+trình|"
    r"quyết\s+định|kế\s+hoạch\s+số|thông\s+báo|quy\s+chế|hướng\s+dẫn)(?![\p{L}])"
)
# "đáp ứng yêu cầu", "hồ sơ đề nghị công nhận", "đồng ý đề nghị xét công nhận": the noun, or agreeing to one
# and "năm yêu cầu cấp bách" (five requirements): counted, a noun
NOUN_USE = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:đáp\s+ứng|theo|là|với|những|các|mọi|đúng|đáng|hồ\s+sơ|đồng\s+ý|nhất\s+trí|"
    r"hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+$"
)
NOUN_NEXT = regex.compile(r"(?i)^\s*(?:của|nhiệm\s+vụ|đặt\s+ra|ngày\s+càng|thực\s+tiễn|đề\s+ra)(?![\p{L}])")
LEAD = regex.compile(
    r"(?i)^\s*(?:đồng\s+thời|cùng\s+với\s+đó|bên\s+cạnh\s+đó|đặc\s+biệt|ngoài\s+ra|trong\s+đó|mặt\s+khác|"
    r"(?P<ord>thứ\s+(?:nhất|hai|ba|tư|năm|sáu)))\s*,?\s*"
)
# What was done, not what is asked ("đã đề ra", "đã được giao" name the targets of a request).
PAST = regex.compile(
    r"(?i)(?<![\p{L}])(?:đã(?!\s+(?:đề\s+ra|được\s+giao|xác\s+định|được\s+phê\s+duyệt))|được\s+công\s+nhận)(?![\p{L}])"
)


class TaskExtractor:
    def __init__(self, nlp: Language | None = None, name: str = "vnreport_tasks"):
        self.name = name
        self.strong, self.verb, self.intro = _cues()
        self.split_verb = _split_verbs()
        rows = load_tsv("task_cues.tsv")

        def of(*kinds: str) -> list[str]:
            """The cue phrases of these kinds in resources/task_cues.tsv."""
            return [r[0] for r in rows if r[1] in kinds]

        verbs = of("verb", "start_verb")
        # every directive, soft-directive and list-intro word, without context: a cheap pre-check
        self.any_cue = regex.compile(
            lexicon.B_START + "(?:" + lexicon.alternation(of("directive", "soft_directive", "list_intro")) + ")"
            + lexicon.B_END,
            regex.I,
        )
        # a piece ending in a task verb has no object of its own ("tiếp tục đẩy mạnh", "cần nỗ lực")
        self.bare_verb_end = regex.compile(
            lexicon.B_START + "(?:" + lexicon.alternation(verbs + BARE_VERBS) + r")\s*$",
            regex.I | regex.REVERSE,
        )
        # any task verb, anywhere
        self.any_verb = regex.compile(
            lexicon.B_START + "(?:" + lexicon.alternation(verbs + ["làm"]) + ")" + lexicon.B_END, regex.I
        )
        # a request proper ("đề nghị", "yêu cầu"), not a soft cue ("phấn đấu")
        self.request = regex.compile(
            lexicon.B_START + "(?:" + lexicon.alternation(of("directive")) + ")" + lexicon.B_END, regex.I
        )
        # a body opening a sentence, then its verb: "Sở Y tế khẩn trương …", "Chi cục Kiểm lâm phối hợp …"
        self.org_subject = regex.compile(
            r"^\s*(?:[-+•*]\s*)?" + ASSIGNEE_HEAD + r"[^.;:,]{0,60}?\s+(?P<c>"
            + lexicon.alternation(verbs + ASSIGNEE_VERBS_EXTRA) + ")" + lexicon.B_END,
            regex.I,
        )
        actors = lexicon.alternation(of("actor"))
        self.verb_after_actor = regex.compile(
            # the actor, then as few words of its name or level as reach a verb ("huyện Ngân Sơn",
            # "Đảng bộ xã"; capitals case-sensitive)
            r"^[^;:]{0,60}?,\s*(?:" + actors + r")(?:\s+(?:(?-i:\p{Lu})[\p{L}\p{M}]*|" + actors + r"))*?\s+(?P<c>"
            + lexicon.alternation(verbs) + ")" + lexicon.B_END,
            regex.I,
        )

    def __call__(self, doc: Doc) -> Doc:
        for item in self.match(doc):
            self.set_annotations(doc, item)
        return doc

    def match(self, doc: Doc) -> list[dict]:
        text = doc_text(doc)
        data = store(doc)
        plan_year = data.get("plan_year")
        report_year = data.get("report_year")
        out: list[dict] = []
        scope = False  # inside a run of directive sentences (it may go on in the next paragraph)
        list_open = False  # the line before ended in a directive or list intro and ":"
        for para in rx(r"[^\n]+").finditer(text):
            p_start = para.start()
            p_text = para.group()
            bullet = BULLET.match(p_text)
            if list_open and bullet:  # "yêu cầu …:" then "- A;", "- B;": one task per item
                for a, b in self._items(p_text, bullet.end()):
                    if len(p_text[a:b].split()) >= 3:
                        out.append(self._task(doc, p_start + a, p_start + b, plan_year, "task.list_item"))
                continue
            list_open = False
            directions = bool(plan_year and str(plan_year) in p_text and plan_year != report_year) or bool(
                rx(r"(?i)phương\s+hướng|thời\s+gian\s+tới|tháng\s+cuối\s+năm|năm\s+tới").search(p_text)
            )
            if not directions and not scope and not self.any_cue.search(p_text):
                continue  # no cue word at all: no sentence of this paragraph can be a task
            for sent in SENTENCE.finditer(p_text):
                s_start = p_start + sent.start()
                s_text = sent.group()
                if not s_text.strip():
                    continue
                start = self._sentence_start(s_text, s_start, scope, directions)
                if start is None:
                    scope = False
                    # "Năm 2023, ngành y tế đặt ra các mục tiêu:" then a list, in a directions paragraph
                    list_open = directions and s_text.rstrip().endswith(":") and not PAST.search(s_text)
                    continue
                begin, rule, cue_end = start
                scope = True
                # "đồng chí yêu cầu các sở, ngành: A; B" or "…: " ending the line: the items follow the colon
                colon = rx(r":(?!\d)").search(s_text, begin)
                if colon:
                    begin, cue_end = colon.end(), None
                if not s_text[begin:].strip():  # "…các nhiệm vụ trọng tâm:" closing the line: a list follows
                    list_open = s_text.rstrip().endswith(":")
                    continue
                for k, (a, b) in enumerate(self._items(s_text, begin)):
                    item_text = s_text[a:b]
                    if DOCUMENT_ITEM.match(item_text) or len(item_text.split()) < 3:
                        continue
                    own = self._cue_end(s_text, a, s_start)  # an item with its own cue ("; yêu cầu các chi bộ …")
                    item_cue = own if own is not None else (cue_end if k == 0 else s_start + a)
                    if PROCEDURAL.search(item_text):
                        continue  # delegates asked to discuss at the session: the meeting itself, no plan
                    last_cue = lexicon.last_match(self.strong, s_text[:b], a)
                    if last_cue is not None and len(s_text[last_cue.end() : b].split()) < 2:
                        continue  # "… nhấn mạnh cần chủ" (a text cut off): no verb phrase after the cue
                    out.append(self._task(doc, s_start + a, s_start + b, plan_year, rule, cue_end=item_cue))
        return out

    def _sentence_start(self, s_text: str, s_start: int, scope: bool, directions: bool):
        """Where the tasks of a sentence begin: (offset, rule, end of the cue or None), or None."""
        cue = self._directive(s_text)
        blocked = NOT_TASK_SENTENCE.search(s_text)
        if blocked and cue is not None and cue < blocked.start() and self.request.match(s_text, cue):
            blocked = None  # "đề nghị … cụ thể hóa các nghị quyết vừa được thông qua": inside the request
        if blocked:
            # "… đã thông qua … với 21 chỉ tiêu chủ yếu, trong đó: A; B": the targets listed are tasks
            listed = self.intro.search(s_text, blocked.end())
            if listed:
                return listed.end(), "task.list_item", None
            # "…, đồng thời là năm …, đồng chí đề nghị …": a request after the description still is one
            cue = self._directive(s_text, blocked.end())
            if cue is None or "," not in s_text[blocked.end() : cue] or not self.request.match(s_text, cue):
                return None
        past = PAST.search(s_text)
        later = self.verb_after_actor.search(s_text) if directions and not past else None
        if later is None and scope and not past:  # after a request: "Sở Y tế khẩn trương …, phấn đấu …"
            later = self.org_subject.match(s_text)
        intro = self.intro.search(s_text)
        if intro and (PAST.search(s_text[: intro.end()]) or rx(
            r"(?i)(?<![\p{L}])(?:đạt|vượt|kết\s+quả)(?![\p{L}])"
        ).search(s_text[: intro.end()])):
            intro = None  # "Kết quả thực hiện các chỉ tiêu chủ yếu: …" lists results
        if cue is not None and not (later and later.start("c") < cue) and not (intro and intro.start() < cue):
            return cue, "task.directive", self._cue_end(s_text, cue, s_start)
        if intro:  # "… các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025, trong đó: A; B; phấn đấu C"
            return intro.end(), "task.list_item", None
        lead = LEAD.match(s_text)
        body = lead.end() if lead else 0
        ordinal = bool(lead and lead.group("ord"))  # "Thứ nhất, tập trung …": an item of a list announced before
        if (scope or directions or ordinal) and self.verb.match(s_text[body:]) and not past:
            return body + len(s_text[body:]) - len(s_text[body:].lstrip()), "task.verb_clause", None
        if later:  # "Nhiệm vụ 6 tháng cuối năm, huyện X tập trung A; B; phấn đấu C", "Sở Y tế khẩn trương …"
            return later.start("c"), "task.verb_clause", None
        return None

    def _cue_end(self, s_text: str, pos: int, offset: int) -> int | None:
        """Where the assignees may start after a cue at ``pos`` (None if no cue there)."""
        cm = self.strong.match(s_text, pos)
        if not cm:
            return None
        end = cm.end()
        if cm.group().lower().endswith(" các"):  # "chỉ đạo các sở, ngành …": "các" opens the assignees
            end -= 3
        return offset + end

    def _directive(self, s_text: str, pos: int = 0) -> int | None:
        """Offset of the first real directive cue in a sentence (from ``pos``), or None."""
        for m in self.strong.finditer(s_text, pos):
            c0, c1 = m.start("c"), m.end("c")
            word = s_text[c0:c1]
            before = s_text[max(0, c0 - 40) : c0]  # (bounded: the checks below look at the last words only)
            prev = before.rstrip()
            if word[:1].isupper() and rx(r"\s+\p{Lu}").match(s_text, c1):
                continue  # "Cần Thơ", also opening a headline
            if NOUN_USE.search(before) or NOUN_NEXT.match(s_text[c1 : c1 + 40]):
                continue
            if rx(r"\s*,").match(s_text, c1):  # "nhấn mạnh, thời gian còn lại …": a statement reported
                continue
            if REPORTING_CUE.fullmatch(word) and not self.verb.match(
                s_text[c1 : c1 + 80].lstrip(" :").removeprefix("việc ").removeprefix("rằng ")
            ):
                continue  # "nhấn mạnh quý IV có ý nghĩa quyết định …" reports a view; "nhấn mạnh: cần …" has its own cue
            if word[:1].isupper() and prev and prev[-1] not in '.:;!?"(-':
                continue  # capitalized inside a sentence: part of a name ("Trưởng Ban Chỉ đạo các chương trình")
            if prev[-5:].lower() == "không" and not prev[-6:-5].isalpha():
                continue  # "không phải là …", "không cần …": a negation, no request
            if NOT_TASK.search(s_text[:c0][-30:]):
                continue
            clause = s_text[max(s_text.rfind(c, 0, c0) for c in ";:,") + 1 : c0]
            if DOCUMENT_ITEM.match(clause):  # "Tờ trình đề nghị phê duyệt …" is a document
                continue
            return c0
        return None

    def _items(self, s_text: str, start: int) -> list[tuple[int, int]]:
        """Directive items: split at ";" and at ", <task verb>" (each side 4+ words)."""
        out = []
        for a, b in self._clauses(s_text, start):
            pieces = [(a, None)]  # (start, end) of each piece; the end is set when the next begins
            for cut, nxt in self._split_points(s_text, a, b):
                left = s_text[pieces[-1][0] : cut]
                if cut <= pieces[-1][0] or len(left.split()) < 4 or len(s_text[nxt:b].split()) < 3:
                    continue
                if self.bare_verb_end.search(left):  # "đẩy mạnh và làm tốt công tác …": one object, one task
                    continue
                pieces[-1] = (pieces[-1][0], cut)
                pieces.append((nxt, None))
            pieces[-1] = (pieces[-1][0], b)
            for x, y in pieces:
                x2, y2 = strip_span(s_text, x, y, " ,-\t\n.:")
                if y2 > x2:
                    out.append((x2, y2))
        return out

    def _split_points(self, s_text: str, a: int, b: int) -> list[tuple[int, int]]:
        """(end of the piece before, start of the next) where a clause holds another request:
        ", <task verb>" and ", <who> phải/cần" ("…, mỗi cán bộ, đảng viên phải gương mẫu …")."""
        points = [(m.start(), m.start("v")) for m in self.split_verb.finditer(s_text, a, b)]
        for m in MODAL.finditer(s_text, a, b):
            commas = [c.start() for c in rx(r",").finditer(s_text, max(a, m.start() - 60), m.start())]
            near = [c for c in commas if len(s_text[c + 1 : m.start()].split()) <= 6]
            # only after a request with its own verb ("yêu cầu các cấp, các ngành cần …" is one request)
            if near and self.any_verb.search(s_text, a, near[0]):
                points.append((near[0], m.start()))
        return sorted(points)

    @staticmethod
    def _clauses(s_text: str, start: int) -> list[tuple[int, int]]:
        out = []
        pos = start
        for m in rx(r";").finditer(s_text[start:]):
            end = start + m.start()
            a, b = strip_span(s_text, pos, end, " ,-\t\n.:")
            if b > a:
                out.append((a, b))
            pos = start + m.end()
        a, b = strip_span(s_text, pos, len(s_text), " ,-\t\n.:")
        if b > a:
            out.append((a, b))
        return out

    def _task(self, doc: Doc, start: int, end: int, plan_year, rule: str, cue_end: int | None = None) -> dict:
        text = doc_text(doc)
        clause = text[start:end]
        year = plan_year
        if plan_year is None:
            years = [
                int(m.group())
                for m in YEAR.finditer(clause)
                if not rx(r"(?i)(?:so\s+với\s+(?:năm\s+)?|\d{4}\s*-\s*)$").search(clause[: m.start()])
                and not rx(r"\s*-\s*\d{4}").match(clause[m.end() :])
            ]
            year = max(years) if years else None
        assignees: list[str] = []
        if cue_end is not None:
            m = _assignees_re().match(text[cue_end:end])
            if m is None and rx(r"(?i)(?:cần|phải)$").search(text[start:cue_end]):
                # "Các địa phương cần chủ động …": the bodies stand before the modal
                m = ASSIGNEES_BEFORE.search(text[max(0, start - 80) : start])
            if m:
                assignees = [a.strip() for a in rx(r",\s*|\s+và\s+").split(m.group("a")) if a.strip()]
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
        text = doc_text(doc)
        para_start = text.rfind("\n", max(0, pos - 5000), pos) + 1
        mentions = doc.user_data.get("vnreport_mentions")
        if mentions is None:  # (start, name) of every mention, sorted: built once per doc
            mentions = sorted((s, off["name"]) for off in items(doc, "officials") for s, _ in off.get("mentions", []))
            doc.user_data["vnreport_mentions"] = mentions
        i = bisect_left(mentions, (pos, "")) - 1
        if i >= 0 and mentions[i][0] >= para_start:
            return mentions[i][1]
        return None

    def set_annotations(self, doc: Doc, item: dict) -> None:
        add_item(doc, "tasks", item, item["start"], item["end"], "TASK")


@Language.factory("vnreport_tasks")
def make_tasks(nlp: Language, name: str) -> TaskExtractor:
    return TaskExtractor(nlp, name)
