"""Docstring reading: summary, examples and `Raises:` entries, in any common style.

Examples come from doctest blocks (`>>>`, `...` continuations, `Traceback` outputs) and
from the informal notations that real docstrings use, e.g. `f(1) ==> 2`, `f(1) ➞ 2`,
`f(1) should return 2`, `For x = 1 the output should be 2`, `Input: x = 1 / Output: 2`.
Only examples whose inputs and output are plain Python values are kept: a made-up
reading of prose would give tests that lie.
"""

from __future__ import annotations

import ast
import doctest
import io
import re
import textwrap
import tokenize
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from testdraft.spec.model import DocExample, RaisesEntry

_SECTION_HEADERS = re.compile(
    r"^\s*(Args|Arguments|Parameters|Params|Returns?|Yields?|Raises|Examples?|Notes?|"
    r"Attributes|See Also|References|Warnings?|Todo)\s*:?\s*$",
    re.IGNORECASE,
)
# Words between a call and its result in informal examples, longest first.
_ARROWS = (
    "should return",
    "will return",
    "returns",
    "return",
    "==>",
    "=>",
    "-->",
    "->",
    "➞",
    "→",
    "==",
    "=",
    ":",
    "is",
)
_LOWERCASE_CONSTANTS = {"true": "True", "false": "False", "none": "None"}
_SAFE_NAMES = frozenset({"True", "False", "None", "inf", "nan"})


def summary_of(docstring: str | None) -> str:
    if not docstring:
        return ""
    paragraph: list[str] = []
    for line in docstring.strip().splitlines():
        if not line.strip():
            break
        paragraph.append(line.strip())
    return " ".join(paragraph)


def parse_raises(docstring: str | None) -> tuple[RaisesEntry, ...]:
    """`Raises:` (Google), `Raises\\n------` (NumPy) and `:raises X:` (reST) entries."""
    if not docstring:
        return ()
    lines = docstring.expandtabs().splitlines()
    entries: list[RaisesEntry] = []
    for index, line in enumerate(lines):
        field = re.match(r"^(\s*):raises?\s+([\w.]+)\s*:\s*(.*)$", line)
        if field is not None:  # its condition may wrap onto lines indented deeper
            text = [field.group(3).strip(), *_continuation(lines[index + 1 :], len(field.group(1)))]
            entries.append(RaisesEntry(field.group(2), " ".join(part for part in text if part)))
    for index, line in enumerate(lines):
        if not re.match(r"^\s*Raises\s*:?\s*$", line):
            continue
        header_indent = len(line) - len(line.lstrip())
        body = lines[index + 1 :]
        if body and re.match(r"^\s*-{3,}\s*$", body[0]):  # NumPy underline
            body = body[1:]
        entries.extend(_raises_block(body, header_indent))
    entries.extend(_prose_raises(docstring))
    unique: dict[str, RaisesEntry] = {}
    for entry in entries:
        unique.setdefault(entry.exception, entry)
    return tuple(unique.values())


_PROSE_RAISES = re.compile(
    r"(?:^|(?<=[.;:])\s+|\n\s*)(?:it\s+|this\s+)?raises?\s+(?::(?:class|exc):)?`*([A-Z][\w.]*)`*\s+"
    r"((?:if|when)\s+[^.;]+)", re.IGNORECASE)


def _prose_raises(docstring: str) -> Iterable[RaisesEntry]:
    """"Raises :class:`MetadataError` when the value is not between 1 and 8." in a sentence of
    the docstring's text, outside a Raises section: real code documents errors so as often."""
    text = " ".join(line.strip() for line in docstring.splitlines())
    for match in _PROSE_RAISES.finditer(text):
        if match.group(1)[:1].isupper():
            yield RaisesEntry(match.group(1), match.group(2).strip())


def _raises_block(lines: Sequence[str], header_indent: int) -> Iterable[RaisesEntry]:
    current: list[str] | None = None
    name = ""
    for line in lines:
        if not line.strip():
            if current is not None and name:
                yield RaisesEntry(name, " ".join(current).strip())
                current, name = None, ""
            continue
        indent = len(line) - len(line.lstrip())
        if _SECTION_HEADERS.match(line) or indent < header_indent:
            break
        match = re.match(r"^\s*([A-Z][\w.]*(?:Error|Exception|Warning|Exit|Interrupt)\w*)\s*:?\s*(.*)$", line) \
            or re.match(r"^\s*((?:[\w]+\.)*[A-Z][a-z0-9]+[A-Z]\w*)\s*:\s*(.*)$", line)  # `AlreadyPaid: If ...`
        if match and (current is None or indent <= header_indent + 4):
            if current is not None and name:
                yield RaisesEntry(name, " ".join(current).strip())
            name, current = match.group(1), [match.group(2)]
        elif current is not None:
            current.append(line.strip())
    if current is not None and name:
        yield RaisesEntry(name, " ".join(current).strip())


def parse_examples(
    docstring: str | None, function_name: str, param_names: Sequence[str] = ()
) -> tuple[DocExample, ...]:
    """All examples in a docstring, doctest ones first, each with a 0-based line number."""
    if not docstring:
        return ()
    examples = list(_doctest_examples(docstring))
    if not examples:
        examples = list(_informal_examples(_example_section(docstring), function_name, param_names))
    return tuple(examples)


def examples_using(docstring: str | None, name: str) -> tuple[DocExample, ...]:
    """A class's or module's doctest examples that exercise `name`, with the setup they need.

    Examples that show `name` being called (or read as an attribute) are kept, and those
    that use what such a call gave (`tzs = zones(n)`, then `len(tzs)`), with every example
    before them that only binds names; checks of other things are left out.
    """
    if not docstring:
        return ()
    mentions = re.compile(rf"(?<![\w.]){re.escape(name)}\s*\(|\.{re.escape(name)}\b")
    return _examples_through(list(_doctest_examples(docstring)), mentions)


def _with_setup(examples: Sequence[DocExample], uses: Sequence[int]) -> tuple[DocExample, ...]:
    """The examples at `uses`, with every example before the last of them that shows nothing."""
    if not uses:
        return ()
    return tuple(
        example
        for index, example in enumerate(examples[: uses[-1] + 1])
        if index in uses or (example.expected is None and example.exception is None)
    )


def examples_building(docstring: str | None, class_name: str) -> tuple[DocExample, ...]:
    """A class's doctest examples that test its constructor: those that build the class
    (`d = Struct(...)`) and those that use what was built (`d.parse(b"..")`), with the setup
    before them. Real libraries show a class in its own docstring, seldom in `__init__`'s.

    A name stops counting as built once an example binds it to something else (`d =
    Other(...)`); checks of other things are left out, as in `examples_using`.
    """
    if not docstring:
        return ()
    builds = re.compile(rf"(?<![\w.]){re.escape(class_name)}\s*\(")
    return _examples_through(list(_doctest_examples(docstring)), builds)


def _examples_through(examples: Sequence[DocExample], reaches: re.Pattern[str]) -> tuple[DocExample, ...]:
    """The examples whose code `reaches` matches, and those that read a name one of them bound
    (a name stops counting once another example binds it to something else), with their setup."""
    given: set[str] = set()
    uses: list[int] = []
    for index, example in enumerate(examples):
        read, bound = _names_read_and_bound(example.source)
        if reaches.search(example.source) or read & given:
            uses.append(index)
            given |= bound
        else:
            given -= bound
        if example.expected is not None:  # `_`: the value doctest showed last
            given = given | {"_"} if uses and uses[-1] == index else given - {"_"}
    return _with_setup(examples, uses)


def _names_read_and_bound(source: str) -> tuple[set[str], set[str]]:
    """The names an example's code reads, and those it binds (assignment, `for`, `with`)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set(), set()
    read: set[str] = set()
    bound: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            (read if isinstance(node.ctx, ast.Load) else bound).add(node.id)
    return read, bound


def _example_section(docstring: str) -> str:
    """The text from an `Example(s)` heading on, when there is one.

    Informal notations are ambiguous before it: `tri(1) = 3` may define a recurrence.
    The lines above the last heading are blanked, so line numbers still count from the top.
    """
    lines = docstring.splitlines()
    headings = [index for index, line in enumerate(lines) if re.match(r"^\s*(for\s+)?examples?\b", line, re.I)]
    if not headings:
        return docstring
    last = headings[-1]  # "For example: tri(2) = ..." may explain; a later "Examples:" shows
    return "\n" * last + "\n".join(lines[last:])


_CALL_THEN_VALUE = re.compile(r"^(?P<call>\w+\(.*\))\s+(?P<value>[\[({'\"].*)$", re.DOTALL)
# `>>> reverse('hello') # returns 'olleh'`: the result told in a comment instead of an output
# line (doctest itself would see no output). "possible output" is not a claim and is not read.
_RESULT_COMMENT = re.compile(r"^#\s*(?:returns?|->|=>|gives)\s*:?\s*(?P<value>.+)$", re.IGNORECASE)
# A `# doctest: +FLAG` comment: its meaning moves into `DocExample.options`, the text goes.
_DIRECTIVE_COMMENT = re.compile(r"[ \t]*#\s*doctest:[^\n]*$", re.MULTILINE)
_SPHINX_DIRECTIVE = re.compile(r"^(?P<indent>\s*)\.\.\s+(?P<kind>doctest|testsetup|testcode|testoutput)::")
_SPHINX_OPTION = re.compile(r"^\s*:(?P<name>[\w-]+):\s*(?P<value>.*)$")


@dataclass(frozen=True)
class _SphinxBlock:
    """A Sphinx doctest-extension block: its kind, body lines (0-based, end exclusive), flags."""

    kind: str
    start: int
    end: int
    body: str
    options: int


def _option_flags(text: str, flags: int = 0) -> int:
    """`+ELLIPSIS, -NORMALIZE_WHITESPACE` applied to `flags`; unknown names are ignored."""
    for item in re.split(r"[\s,]+", text.strip()):
        flag = doctest.OPTIONFLAGS_BY_NAME.get(item[1:]) if item[:1] in "+-" else None
        if flag is not None:
            flags = flags | flag if item[0] == "+" else flags & ~flag
    return flags


def _sphinx_blocks(lines: Sequence[str]) -> Iterable[_SphinxBlock]:
    for index, line in enumerate(lines):
        match = _SPHINX_DIRECTIVE.match(line)
        if not match:
            continue
        indent = len(match.group("indent"))
        options = 0
        cursor = index + 1
        while cursor < len(lines) and (option := _SPHINX_OPTION.match(lines[cursor])):
            if option.group("name") == "options":
                options = _option_flags(option.group("value"), options)
            cursor += 1
        end = cursor
        while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent):
            end += 1
        body = textwrap.dedent("\n".join(lines[cursor:end])).strip("\n")
        yield _SphinxBlock(match.group("kind"), cursor, end, body, options)


def _doctest_examples(docstring: str) -> Iterable[DocExample]:
    """`>>>` examples read by the standard library's DocTestParser, plus Sphinx's blocks.

    `+SKIP` examples are left out (doctest does not run them either); other directives
    become `options`. `.. testsetup::` code runs first, `.. testcode::` with the
    `.. testoutput::` after it is an example whose output is printed.
    """
    try:
        parsed = doctest.DocTestParser().get_examples(docstring)
    except ValueError:  # inconsistent indentation inside a doctest block
        return
    blocks = list(_sphinx_blocks(docstring.splitlines()))
    examples: list[DocExample] = []
    for block in blocks:
        if block.kind == "testsetup" and block.body:
            examples.append(DocExample(source=block.body, line=block.start))
        elif block.kind == "testcode" and block.body:
            output = next((b for b in blocks if b.kind == "testoutput" and b.start > block.end - 1), None)
            expected = output.body if output is not None and output.start <= block.end + 2 else None
            examples.append(DocExample(source=block.body, expected=expected, line=block.start, options=block.options))
    for example in parsed:
        block_flags = next((b.options for b in blocks if b.kind == "doctest" and b.start <= example.lineno < b.end), 0)
        options = block_flags
        for flag, on in example.options.items():
            options = options | flag if on else options & ~flag
        if options & doctest.SKIP:
            continue
        examples.append(_doctest_example(example, options))
    yield from sorted(examples, key=lambda example: example.line)


def all_examples_skipped(docstring: str) -> bool:
    """True when the docstring has `>>>` examples and every one is `+SKIP` (as doctest reads it)."""
    try:
        parsed = doctest.DocTestParser().get_examples(docstring)
    except ValueError:
        return False
    return bool(parsed) and all(example.options.get(doctest.SKIP, False) for example in parsed)


def _doctest_example(example: doctest.Example, options: int) -> DocExample:
    source = _DIRECTIVE_COMMENT.sub("", example.source).strip()
    want = example.want.rstrip("\n")
    if example.exc_msg is not None:
        # exc_msg is the traceback's last part: `pkg.Error: message` (message may span lines).
        header, _, message = example.exc_msg.strip("\n").partition(":")
        exception = header.strip().rsplit(".", 1)[-1] or "Exception"
        return DocExample(
            source=source, exception=exception, line=example.lineno, options=options, message=message.strip() or None
        )
    typo = _CALL_THEN_VALUE.match(source) if not want.strip() else None
    if typo and _is_value_expression(typo.group("value")):
        # `>>> f([1, 0]) [0, 1]`: the output was typed on the prompt line.
        source, want = typo.group("call"), typo.group("value")
    elif not want.strip() and (told := _result_in_comment(source)):
        source, want = told
    return DocExample(source=source, expected=want if want.strip() else None, line=example.lineno, options=options)


def _result_in_comment(source: str) -> tuple[str, str] | None:
    """(the code, the value) of an expression whose trailing comment tells its result."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return None
    comments = [token for token in tokens if token.type == tokenize.COMMENT]
    if len(comments) != 1 or "\n" in source.strip():
        return None
    match = _RESULT_COMMENT.match(comments[0].string)
    value = _leading_value(match.group("value")) if match else None
    code = source[: comments[0].start[1]].strip()
    if value is None or not code:
        return None
    try:
        ast.parse(code, mode="eval")
    except SyntaxError:  # `n = 0 # returns ...`: a statement shows no result
        return None
    return code, value


def _matching_close(text: str, open_index: int) -> int | None:
    """Index just past the bracket that closes `text[open_index]`, skipping string literals."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    stack: list[str] = []
    quote: str | None = None
    index = open_index
    while index < len(text):
        char = text[index]
        if quote:
            if char == "\\":
                index += 1
            elif char == quote:
                quote = None
        elif char in "'\"":
            quote = char
        elif char in pairs:
            stack.append(pairs[char])
        elif char in ")]}":
            if not stack or stack.pop() != char:
                return None
            if not stack:
                return index + 1
        index += 1
    return None


def _is_value_expression(source: str, allowed_names: frozenset[str] = _SAFE_NAMES) -> bool:
    """A literal-like expression: no names except constants, no calls except `float("inf")`-free ones."""
    try:
        tree = ast.parse(source, mode="eval")
    except SyntaxError:
        return False
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id not in allowed_names:
            return False
        if isinstance(node, (ast.Call, ast.Lambda, ast.NamedExpr, ast.Await, ast.Attribute)):
            return False
    return True


def _normalise_constants(text: str) -> str:
    return _LOWERCASE_CONSTANTS.get(text.strip(), text)


def _leading_value(text: str) -> str | None:
    """The longest prefix of `text` that is a value expression (`19 - 5 - 6 = 8` -> `19 - 5 - 6`)."""
    text = text.strip()
    if not text:
        return None
    first_word = re.match(r"[A-Za-z]+", text)
    if first_word and first_word.group(0).lower() in _LOWERCASE_CONSTANTS:
        return _LOWERCASE_CONSTANTS[first_word.group(0).lower()]
    for end in range(len(text), 0, -1):
        if end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
            continue  # never cut inside a word or number
        remainder = text[end:]
        if remainder and remainder[0] not in " \t#.,;:":
            continue  # `""aaa"` is a typo, not the value `""`
        candidate = text[:end].strip().rstrip(".,;").strip()
        if candidate and _is_value_expression(candidate):
            return candidate
    return None


def _extend_to_balanced(text: str, start: int) -> str:
    """The rest of the line at `start`, continued over following lines while brackets are open."""
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    segment = text[start:end]
    depth = sum(segment.count(c) for c in "([{") - sum(segment.count(c) for c in ")]}")
    while depth > 0 and end < len(text):
        next_end = text.find("\n", end + 1)
        next_end = len(text) if next_end == -1 else next_end
        line = text[end:next_end]
        depth += sum(line.count(c) for c in "([{") - sum(line.count(c) for c in ")]}")
        segment += " " + line.strip()
        end = next_end
    return segment


def _informal_examples(docstring: str, name: str, param_names: Sequence[str]) -> Iterable[DocExample]:
    seen: set[str] = set()
    for match in re.finditer(rf"(?<![\w.]){re.escape(name)}\s*\(", docstring):
        close = _matching_close(docstring, match.end() - 1)
        if close is None:
            continue
        call = re.sub(r"\s*\n\s*", " ", docstring[match.start() : close])
        if not _is_call_with_values(call) or (param_names and call.endswith("()")):
            continue  # `parse() will return None` in prose names the function, it calls nothing
        rest = _extend_to_balanced(docstring, close).strip()
        rest = re.sub(r"^#\s*", "", rest)
        expected = None
        for arrow in _ARROWS:
            if rest.lower().startswith(arrow):
                expected = _leading_value(rest[len(arrow) :])
                break
        if expected is None or call in seen:
            continue
        seen.add(call)
        yield DocExample(source=call, expected=expected, line=docstring.count("\n", 0, match.start()))
    yield from _keyword_examples(docstring, name, param_names, seen)


_FOR_PATTERN = re.compile(
    r"For\s+(?P<inputs>\w+\s*=\s*.+?),?\s+the\s+(?:output|result)\s+should\s+be\s*:?\s*(?P<output>.+)",
    re.IGNORECASE,
)
_INPUT_PATTERN = re.compile(r"Input\s*:\s*(?P<inputs>.+?)\s*\n\s*Output\s*:\s*(?P<output>.+)", re.IGNORECASE)


def _keyword_examples(docstring: str, name: str, param_names: Sequence[str], seen: set[str]) -> Iterable[DocExample]:
    """`For x = 1 the output should be 2` and `Input: x = 1 / Output: 2` forms."""
    for pattern in (_FOR_PATTERN, _INPUT_PATTERN):
        for match in pattern.finditer(docstring):
            arguments = _keyword_arguments(match.group("inputs"), param_names)
            expected = _leading_value(_normalise_constants(match.group("output")))
            if arguments is None or expected is None:
                continue
            call = f"{name}({arguments})"
            if call in seen:
                continue
            seen.add(call)
            yield DocExample(source=call, expected=expected, line=docstring.count("\n", 0, match.start()))


def _keyword_arguments(inputs: str, param_names: Sequence[str]) -> str | None:
    """`arr = [1, 2], k = 3` -> `[1, 2], 3` in parameter order, or None if it does not fit."""
    inputs = inputs.strip().rstrip(",.")
    try:
        call = ast.parse(f"f({inputs})", mode="eval").body
    except SyntaxError:
        call = None
    if isinstance(call, ast.Call) and call.keywords and not call.args:
        by_name = {kw.arg: ast.get_source_segment(f"f({inputs})", kw.value) for kw in call.keywords}
        if set(by_name) - set(param_names) or None in by_name:
            return None
        if any(not _is_value_expression(value or "") for value in by_name.values()):
            return None
        ordered = [name for name in param_names if name in by_name]
        if ordered != list(param_names[: len(ordered)]):
            return ", ".join(f"{key}={by_name[key]}" for key in ordered)
        return ", ".join(str(by_name[key]) for key in ordered)
    if len(param_names) == 1 and _is_value_expression(inputs):
        return inputs
    return None


def _is_call_with_values(call: str) -> bool:
    try:
        node = ast.parse(call, mode="eval").body
    except SyntaxError:
        return False
    if not isinstance(node, ast.Call):
        return False
    values = [*node.args, *(kw.value for kw in node.keywords)]
    return all(_is_value_expression(ast.unparse(value)) for value in values)


def section_text(docstring: str | None, headers: str) -> str:
    """The text of the Google/NumPy sections whose header matches `headers` (a regex, e.g.
    `returns?`) up to the next section, and of the reST fields of that name (`:returns:`)."""
    if not docstring:
        return ""
    found: list[str] = []
    lines = docstring.expandtabs().splitlines()
    for index, line in enumerate(lines):
        if not re.match(rf"^\s*({headers})\s*:?\s*$", line, re.IGNORECASE):
            continue
        for following in lines[index + 1 :]:
            if _SECTION_HEADERS.match(following):
                break
            if not re.match(r"^\s*-{3,}\s*$", following):  # a NumPy underline
                found.append(following.strip())
    found += [match.group(2) for match in re.finditer(rf":({headers}):\s*(.*)", docstring, re.IGNORECASE)]
    return " ".join(text for text in found if text)


def parameter_description(docstring: str | None, name: str) -> str:
    """What the docstring says of the parameter `name`: Google's `name (type): ...`, NumPy's
    `name : type` with its indented text, reST's `:param name: ...`; continuation lines joined."""
    if not docstring:
        return ""
    entry = re.compile(rf"^(\s*)(?::param\s+(?:[\w\[\], .|]+\s+)?{re.escape(name)}\s*:|\**{re.escape(name)}\s*"
                       rf"(?:\([^)]*\))?\s*:)(.*)$")
    lines = docstring.expandtabs().splitlines()
    for index, line in enumerate(lines):
        match = entry.match(line)
        if match is None:
            continue
        parts = [match.group(2).strip(), *_continuation(lines[index + 1 :], len(match.group(1)))]
        return " ".join(part for part in parts if part)
    return ""


def _continuation(lines: Sequence[str], indent: int) -> list[str]:
    """The stripped lines that go on a field begun at `indent`: those indented deeper, up to a
    blank line."""
    parts = []
    for line in lines:
        if not line.strip() or len(line) - len(line.lstrip()) <= indent:
            break
        parts.append(line.strip())
    return parts
