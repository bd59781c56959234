"""The parts of CPython's declaration-scanning base class that html.parser uses: position
tracking (line and column of the parse), comments and marked sections (<![CDATA[...]]>)."""

import re

_declname_match = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*').match
_commentclose = re.compile(r'--\s*>')
_markedsectionclose = re.compile(r']\s*]\s*>')
_msmarkedsectionclose = re.compile(r']\s*>')     # MS Office's <![if ...]> ... <![endif]>


class ParserBase:
    """Parser base class which provides some common support methods used
    by the SGML/HTML and XHTML parsers."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        # Moves the position over rawdata[i:j]; returns j.
        if i >= j:
            return j
        rawdata = self.rawdata
        nlines = rawdata.count("\n", i, j)
        if nlines:
            self.lineno += nlines
            self.offset = j - (rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    def parse_marked_section(self, i, report=1):
        rawdata = self.rawdata
        assert rawdata[i:i + 3] == '<![', "unexpected call to parse_marked_section()"
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in {"temp", "cdata", "ignore", "include", "rcdata"}:
            match = _markedsectionclose.search(rawdata, i + 3)
        elif name in {"if", "else", "endif"}:
            match = _msmarkedsectionclose.search(rawdata, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section' % rawdata[i + 3:j])
        if not match:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:match.start(0)])
        return match.end(0)

    def parse_comment(self, i, report=1):
        rawdata = self.rawdata
        if rawdata[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        match = _commentclose.search(rawdata, i + 4)
        if not match:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:match.start(0)])
        return match.end(0)

    def _scan_name(self, i, declstartpos):
        rawdata = self.rawdata
        n = len(rawdata)
        if i == n:
            return None, -1
        m = _declname_match(rawdata, i)
        if not m:
            self.updatepos(declstartpos, i)
            raise AssertionError("expected name token at %r" % rawdata[declstartpos:declstartpos + 20])
        s = m.group()
        if i + len(s) == n:
            return None, -1     # the name may go on in the next chunk
        return s.strip().lower(), m.end()

    def unknown_decl(self, data):
        pass
