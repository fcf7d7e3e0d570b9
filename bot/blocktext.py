"""Block Kit as readable terminal text, for `oneonone shell`.

Headers stand out, sections keep their mrkdwn (mentions become @names, links `label (url)`),
context lines are indented, and every button becomes `[3 Done]`: the number is what `:press 3`
takes in the shell.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

WIDTH = 96
_MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|([^>]*))?>")
_LINK = re.compile(r"<(https?://[^|>]+)(?:\|([^>]*))?>")


@dataclass(frozen=True)
class Button:
    number: int
    label: str
    action_id: str
    value: str | None
    confirm: str | None
    container: str  # "message" or "view"


class Renderer:
    def __init__(self, names: Callable[[str], str | None]) -> None:
        self._names = names
        self.buttons: dict[int, Button] = {}
        self._next = 1

    def text(self, text: str) -> str:
        def mention(match: re.Match) -> str:
            return "@" + (match.group(2) or self._names(match.group(1)) or match.group(1))

        def link(match: re.Match) -> str:
            url, label = match.group(1), match.group(2)
            return f"{label} ({url})" if label else url

        text = _LINK.sub(link, _MENTION.sub(mention, text))
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")

    def message(self, payload: Mapping[str, Any], *, container: str = "message") -> str:
        blocks = payload.get("blocks") or []
        if not blocks:
            return self._wrap(self.text(str(payload.get("text") or "")))
        return self.blocks(blocks, container=container)

    def blocks(self, blocks: list[dict[str, Any]], *, container: str = "message") -> str:
        out: list[str] = []
        for block in blocks:
            kind = block.get("type")
            if kind == "header":
                title = self.text(block["text"]["text"])
                out += ["", f"== {title} =="]
            elif kind == "section":
                body = self.text((block.get("text") or {}).get("text", ""))
                for field in block.get("fields") or []:
                    body += "\n" + self.text(field.get("text", ""))
                accessory = block.get("accessory")
                if accessory and accessory.get("type") == "button":
                    body += "  " + self._button(accessory, container)
                out.append(self._wrap(body))
            elif kind == "context":
                parts = [self.text(e.get("text", "")) for e in block.get("elements", [])]
                out.append(self._wrap(" · ".join(p for p in parts if p), indent="   "))
            elif kind == "divider":
                out.append("   " + "─" * 40)
            elif kind == "actions":
                buttons = [
                    self._button(e, container)
                    for e in block.get("elements", [])
                    if e.get("type") == "button"
                ]
                out.append("  " + " ".join(buttons))
            elif kind == "input":
                label = (block.get("label") or {}).get("text", "")
                out.append(f"  ({label}: a form field — type the command instead in the shell)")
        return "\n".join(out).strip("\n")

    def _button(self, element: dict[str, Any], container: str) -> str:
        number = self._next
        self._next += 1
        confirm = element.get("confirm")
        self.buttons[number] = Button(
            number=number,
            label=element["text"]["text"],
            action_id=element["action_id"],
            value=element.get("value"),
            confirm=confirm["title"]["text"] if confirm else None,
            container=container,
        )
        return f"[{number} {element['text']['text']}]"

    @staticmethod
    def _wrap(text: str, indent: str = "  ") -> str:
        lines = []
        for line in text.splitlines() or [""]:
            lines += textwrap.wrap(
                line, WIDTH, initial_indent=indent, subsequent_indent=indent + "  "
            ) or [""]
        return "\n".join(lines)
