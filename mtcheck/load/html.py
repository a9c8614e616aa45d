"""HTML pages: keep the article's structure, drop scripts, styles and site chrome.

Built on the standard library's tolerant HTMLParser (no network, no entity expansion
beyond HTML's named references) because it reports where each piece of text sits in
the file, which is what lets findings point back into the markup.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from ..errors import InputError
from .normalize import Block

# Subtrees whose text is never article text.
_DROP = {"script", "style", "noscript", "template", "nav", "footer", "aside", "form",
         "svg", "head", "iframe", "object", "select", "option"}
_BLOCK = {"p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5",
          "h6", "li", "ul", "ol", "dl", "dt", "dd", "figure", "figcaption", "blockquote",
          "table", "tr", "td", "th", "button", "pre", "hr", "br_block", "address"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col",
         "embed", "param", "track"}
_EMBED_CLASS = re.compile(r"twitter-tweet|instagram-media|tiktok-embed|fb-post|bluesky-embed|"
                          r"mastodon-embed|threads-post|embed", re.I)
_CREDIT_CLASS = re.compile(r"credit|copyright|source|photographer|author-image", re.I)
_CAPTION_CLASS = re.compile(r"caption", re.I)
_LEAD_CLASS = re.compile(r"\blead\b|teaser|standfirst|intro|kicker|dek", re.I)
_BYLINE_CLASS = re.compile(r"byline|author", re.I)
_SUMMARY_CLASS = re.compile(r"summary|highlights|key-?points", re.I)
# site chrome that pages put in plain containers: a cookie or consent dialog, the site's
# header, breadcrumbs, share and newsletter boxes, related links (no article text)
_CHROME_CLASS = re.compile(r"cookie|consent|gdpr|\bcmp\b|site-?header|masthead|breadcrumb|"
                           r"share-?(?:bar|tools|buttons|box)|social-?(?:share|links|bar)|newsletter|"
                           r"paywall|related|recommend|promo|advert|\bads?\b|skip-?link", re.I)
_CHROME_ROLES = {"banner", "navigation", "contentinfo", "dialog", "alertdialog", "complementary", "search"}
_CHROME_TAGS = {"div", "section", "header", "ul", "ol", "p", "span"}
_DATE_CLASS = re.compile(r"dateline|timestamp|pub-?date|published|updated|date-?time|\bdate\b", re.I)
_MAX_DEPTH = 5000


class _Parser(HTMLParser):
    def __init__(self, raw: str) -> None:
        super().__init__(convert_charrefs=False)
        self.raw = raw
        self.line_starts = [0]
        for i, c in enumerate(raw):
            if c == "\n":
                self.line_starts.append(i + 1)
        self.blocks: list[Block] = []
        self.stack: list[tuple[str, str]] = []  # (tag, kind)
        self.drop_depth = 0
        self.cur = Block("body", [], [])
        self.meta: dict = {}
        self._in_title = False
        self._title: list[str] = []

    # -- positions ---------------------------------------------------------------
    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    # -- structure ---------------------------------------------------------------
    def _kind(self) -> str:
        for _tag, kind in reversed(self.stack):
            if kind:
                return kind
        return "body"

    def _flush(self) -> None:
        if any(not c.isspace() for c in self.cur.chars):
            self.blocks.append(self.cur)
        self.cur = Block(self._kind(), [], [])

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag == "html" and a.get("lang"):
            self.meta["lang"] = a["lang"].split("-")[0].lower()
        if tag == "meta":
            name = (a.get("name") or a.get("property") or "").lower()
            if name in ("date", "article:published_time", "dc.date", "pubdate"):
                self.meta["date"] = a.get("content", "")
            return
        if tag == "title":
            self._in_title = True
        if tag in _VOID:
            if tag == "br" and not self.drop_depth:
                self.cur.chars.append("\n")
                self.cur.pos.append(self._offset())
            return
        if len(self.stack) > _MAX_DEPTH:
            raise InputError(self.path, f"HTML nested deeper than {_MAX_DEPTH} elements")
        cls = a.get("class", "") + " " + a.get("id", "")
        if self.drop_depth or tag in _DROP or (
                tag in _CHROME_TAGS and (a.get("role", "").lower() in _CHROME_ROLES
                                         or _CHROME_CLASS.search(cls))):
            self.drop_depth += 1
            self.stack.append((tag, ""))
            return
        kind = ""
        if tag == "h1":
            kind = "headline"
        elif tag in ("h2", "h3", "h4", "h5", "h6"):
            kind = "subheading"
        elif tag == "figcaption" or _CAPTION_CLASS.search(cls):
            kind = "caption"
        elif tag == "blockquote":
            kind = "embed" if _EMBED_CLASS.search(cls) else "quote"
        elif tag == "button":
            kind = "ui"
        elif tag == "time" and not self._in_text():
            kind = "metadata"  # a page's date line (a time inside a sentence stays text)
        elif tag in ("p", "div", "span", "ul", "li", "section", "address", "time"):
            if _DATE_CLASS.search(cls) and tag in ("p", "div", "span") and not self._in_text():
                kind = "metadata"
            elif _CREDIT_CLASS.search(cls):
                kind = "credit"
            elif _EMBED_CLASS.search(cls):
                kind = "embed"
            elif _BYLINE_CLASS.search(cls) or tag == "address":
                kind = "byline"
            elif _LEAD_CLASS.search(cls):
                kind = "lead"
            elif _SUMMARY_CLASS.search(cls):
                kind = "summary"
        # Inside an embed, caption or credit, everything keeps the outer kind.
        outer = self._kind()
        if outer in ("embed", "credit") or (outer == "caption" and kind != "credit"):
            kind = ""
        if tag in _BLOCK or kind:
            self._flush()
        self.stack.append((tag, kind))
        self.cur.kind = self._kind()

    def _in_text(self) -> bool:
        """Inside a paragraph, list item, cell, quote or heading (running text)?"""
        return any(t in ("p", "li", "td", "blockquote", "h1", "h2", "h3", "h4") for t, _k in self.stack)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _VOID:
            return
        # pop to the matching tag (tolerates unclosed children)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                break
        else:
            return
        closing = self.stack[i:]
        del self.stack[i:]
        for t, _k in closing:
            if self.drop_depth:
                self.drop_depth -= 1
        if self.drop_depth:
            return
        if tag in _BLOCK or any(k for _t, k in closing):
            self._flush()
        self.cur.kind = self._kind()

    def _text(self, text: str, start: int, per_char: bool = True) -> None:
        if self._in_title:
            self._title.append(text)
            return
        if self.drop_depth:
            return
        self.cur.chars.extend(text)
        self.cur.pos.extend(range(start, start + len(text)) if per_char else [start] * len(text))

    def handle_data(self, data: str) -> None:
        self._text(data, self._offset())

    def handle_entityref(self, name: str) -> None:
        ch = unescape(f"&{name};")
        if ch == f"&{name};":  # unknown entity: keep it literally
            self._text(ch, self._offset())
        else:
            self._text(ch, self._offset(), per_char=False)

    def handle_charref(self, name: str) -> None:
        ch = unescape(f"&#{name};")
        self._text(ch, self._offset(), per_char=False)

    def error(self, message: str) -> None:  # pragma: no cover - py<3.10 API
        raise InputError(self.path, f"malformed HTML: {message}")


def parse_html(raw: str, path: str = "<html>") -> tuple[list[Block], dict]:
    parser = _Parser(raw)
    parser.path = path  # type: ignore[attr-defined]
    try:
        parser.feed(raw)
        parser.close()
    except InputError:
        raise
    except (AssertionError, ValueError) as e:  # the stdlib parser's own complaints
        line, _col = parser.getpos()
        raise InputError(path, f"malformed HTML at line {line}: {e}") from None
    parser._flush()
    meta = dict(parser.meta)
    if parser._title:
        meta["title"] = " ".join("".join(parser._title).split())
    return parser.blocks, meta
