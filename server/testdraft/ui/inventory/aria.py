"""ARIA roles and accessible names the way Playwright computes them, for inventory elements."""

from __future__ import annotations

from testdraft.ui.inventory.elements import Element, Inventory
from testdraft.ui.inventory.textpattern import Segment, TextPattern, concat

_TAG_ROLES = {
    "button": "button",
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "ul": "list",
    "ol": "list",
    "li": "listitem",
    "table": "table",
    "tr": "row",
    "td": "cell",
    "textarea": "textbox",
    "nav": "navigation",
    "main": "main",
    "fieldset": "group",
    "option": "option",
    "p": "paragraph",
    "dialog": "dialog",
    "article": "article",
    "aside": "complementary",
    "progress": "progressbar",
    "output": "status",
    "hr": "separator",
    "dt": "term",
    "dd": "definition",
    "tbody": "rowgroup",
    "thead": "rowgroup",
    "tfoot": "rowgroup",
    "caption": "caption",
    "strong": "strong",
    "em": "emphasis",
    "img": "img",
    "legend": None,
    "label": None,
}
_INPUT_ROLES = {
    "checkbox": "checkbox",
    "radio": "radio",
    "button": "button",
    "submit": "button",
    "reset": "button",
    "image": "button",
    "range": "slider",
    "number": "spinbutton",
    "search": "searchbox",
    "email": "textbox",
    "tel": "textbox",
    "text": "textbox",
    "url": "textbox",
    "password": None,
    "hidden": None,
    "file": None,
    "date": None,
    "color": None,
}
# roles whose accessible name comes from their content (Playwright's list)
NAME_FROM_CONTENT = frozenset(
    {
        "button",
        "cell",
        "checkbox",
        "columnheader",
        "gridcell",
        "heading",
        "link",
        "menuitem",
        "menuitemcheckbox",
        "menuitemradio",
        "option",
        "radio",
        "row",
        "rowheader",
        "switch",
        "tab",
        "tooltip",
        "treeitem",
    }
)
FORM_FIELDS = frozenset({"input", "select", "textarea"})


def _implicit_role(element: Element, inventory: Inventory) -> str | None:
    tag = element.tag
    if tag == "input":
        return _INPUT_ROLES.get(element.input_type, "textbox")
    if tag == "select":
        multiple = "multiple" in element.attrs or (element.attr("size") or "1") not in ("0", "1")
        return "listbox" if multiple else "combobox"
    if tag == "a":
        return "link" if "href" in element.attrs else None
    if tag == "th":
        return "rowheader" if element.attr("scope") == "row" else "columnheader"
    if tag in ("section", "form"):
        named = "aria-label" in element.attrs or "aria-labelledby" in element.attrs
        return ("region" if tag == "section" else "form") if named else None
    if tag in ("header", "footer"):
        inside = any(a.tag in _LANDMARK_BLOCKERS for a in inventory.ancestors(element))
        return None if inside else ("banner" if tag == "header" else "contentinfo")
    return _TAG_ROLES.get(tag)


_LANDMARK_BLOCKERS = frozenset({"article", "aside", "main", "nav", "section"})


def _by_id(inventory: Inventory, ident: str) -> Element | None:
    for element in inventory.elements:
        if element.element_id == ident:
            return element
    return None


def _labels_by_id(label: Element, field: Element) -> bool:
    """`<label htmlFor="x">` names the field with id "x"; in a list a template id
    (`htmlFor={`swap-${item.id}`}`) names the field beside it with the same template."""
    wanted, ident = label.attrs.get("for"), field.attrs["id"]
    if wanted is None:
        return False
    if ident.static_text() is not None:
        return wanted.static_text() == ident.static_text()
    return wanted.display() == ident.display() and label.parent == field.parent


def _label_patterns(element: Element, inventory: Inventory) -> list[TextPattern]:
    labels: list[TextPattern] = []
    if "aria-labelledby" in element.attrs:
        ids = (element.attr("aria-labelledby") or "").split()
        targets = [t for t in (_by_id(inventory, i) for i in ids) if t is not None]
        labels.append(
            concat([t.text for t in targets]) if targets else TextPattern((Segment.hole(),))
        )
    if "aria-label" in element.attrs:
        labels.append(element.attrs["aria-label"])
    if element.tag in FORM_FIELDS and "id" in element.attrs:
        for other in inventory.elements:
            if other.tag == "label" and _labels_by_id(other, element):
                labels.append(other.text)
    if element.tag in FORM_FIELDS:
        for ancestor in inventory.ancestors(element):
            if ancestor.tag == "label":
                labels.append(_without_field_text(ancestor.text, element))
                break
    return labels


def _without_field_text(label: TextPattern, field: Element) -> TextPattern:
    """A wrapping label's text without the options of the select (or the textarea's content)
    it holds: the browser names `<label>Tip <select>...` "Tip", not "Tip10%15%"."""
    inner = field.text.display()
    if field.tag not in ("select", "textarea") or not inner:
        return label
    for cut in range(1, len(label.segments) + 1):
        if TextPattern(label.segments[-cut:]).display() == inner:
            return TextPattern(label.segments[:-cut])
    whole = label.static_text()  # static texts merged into one segment: "Step" + "1510"
    if whole and whole.endswith(inner) and len(whole) > len(inner):
        return TextPattern((Segment.literal(whole[: -len(inner)]),))
    # the label's text and the options' first literal merged ("Album" + "All albums", then the
    # options drawn from data): the label's segments end with the field's but for that merge
    own = field.text.segments
    count = len(own)
    if own and own[0].closed and len(own[0].options) == 1 and len(label.segments) >= count:
        head = label.segments[-count]
        first = own[0].options[0]
        if (tuple(label.segments[-count + 1 :]) == tuple(own[1:]) if count > 1 else True) and head.closed and (
            len(head.options) == 1 and head.options[0].endswith(first) and len(head.options[0]) > len(first)
        ):
            return TextPattern((*label.segments[:-count], Segment.literal(head.options[0][: -len(first)])))
    return label


def _legend(fieldset: Element, inventory: Inventory) -> Element | None:
    """The fieldset's own legend (its first child that is one)."""
    return next((inventory.elements[c] for c in fieldset.children if inventory.elements[c].tag == "legend"), None)


def _nearby_caption(element: Element, inventory: Inventory) -> str:
    """Text of a sibling right before/after an unlabelled field (`<span>Email</span><input>`)."""
    if element.parent is None:
        return ""
    siblings = inventory.elements[element.parent].children
    position = siblings.index(element.index)
    for neighbour in (position - 1, position + 1):
        if 0 <= neighbour < len(siblings):
            other = inventory.elements[siblings[neighbour]]
            if other.tag in ("span", "div", "p", "strong", "b") and other.text.static_text():
                return other.text.static_text() or ""
    return ""


def assign_roles_and_names(inventory: Inventory) -> None:
    """Roles (explicit or implicit), labels, accessible names, captions of unlabelled fields."""
    for element in inventory.elements:
        explicit = element.attr("role")
        element.role = explicit.split()[0] if explicit else _implicit_role(element, inventory)
    for element in inventory.elements:
        element.labels = _label_patterns(element, inventory)
        if element.labels:
            element.name = element.labels[0]
        elif element.tag == "fieldset" and (legend := _legend(element, inventory)) is not None:
            element.name = legend.text  # a fieldset is named by its legend
        elif element.role in NAME_FROM_CONTENT:
            element.name = element.text
        elif "title" in element.attrs:
            element.name = element.attrs["title"]
        elif element.tag in FORM_FIELDS and "placeholder" in element.attrs:
            element.name = element.attrs["placeholder"]
        if element.tag in FORM_FIELDS and not element.labels:
            element.nearby_text = _nearby_caption(element, inventory)
