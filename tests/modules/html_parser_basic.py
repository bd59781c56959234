# html.parser.HTMLParser: every handler, convert_charrefs on and off, CDATA elements, odd markup,
# positions, and the same events however the input is cut into chunks.
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.get_starttag_text(), self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(('end', tag))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs))

    def handle_data(self, data):
        self.events.append(('data', data))

    def handle_comment(self, data):
        self.events.append(('comment', data))

    def handle_decl(self, decl):
        self.events.append(('decl', decl))

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def handle_entityref(self, name):
        self.events.append(('entityref', name))

    def handle_charref(self, name):
        self.events.append(('charref', name))

    def unknown_decl(self, data):
        self.events.append(('unknown_decl', data))


def merged(events):
    # adjacent data events joined: how text is split into handle_data calls depends on chunking
    out = []
    for e in events:
        if e[0] == 'data' and out and out[-1][0] == 'data':
            out[-1] = ('data', out[-1][1] + e[1])
        else:
            out.append(e)
    return out


def run(text, convert=True, chunks=None):
    p = Recorder(convert_charrefs=convert)
    if chunks is None:
        p.feed(text)
    else:
        for c in chunks:
            p.feed(c)
    p.close()
    return p.events


docs = [
    '<!DOCTYPE html>\n<html lang="en"><head><title>Test &amp; more</title></head>\n'
    '<body class=main id=\'x\' data-x = "1 &lt; 2" hidden>\n<p>Hello, <b>world</b>!<br/>'
    '<img src="a.png" alt=""/></p><!-- a comment -->\n<?xml version="1.0"?></body></html>',
    '<script type="text/javascript">if (a < b && c > d) { x = "</div>"; }</script><p>after</p>',
    '<style>p > a { color: red; } </STYLE ><style>x</style\n>',
    'a &amp; b &lt; c &#62; d &#x3E; e &#X3e; &unknown; &amp &copy2024 &# &#; &#xZZ; & alone',
    '<a href="?x=1&y=2&amp;z=3">link</a>',
    '<![CDATA[raw <stuff>]]><![if !IE]>conditional<![endif]>',
    '<!bogus comment><!---->x<!-- -- -->y<!--a--!>z</ bogus end>',
    '<div / ><input disabled /><br/ ><p/x></p>',
    '<A HREF="X" OnClick=\'go()\'>Upper</A>',
    '<p>unclosed <b>bold <i>italic',
    '<>< p>< /p>text<<x',
    '</>text</ >more</3>',
    '<p a="1" a="2" b=c d=\'e\' f = g h=>x</p>',
    '<p title="a\nb">multi\nline\n<b\n>x</b></p>',
    '<br/><br /><br/ >',
    'text &notin; &notit; &NotAnEntity',
    '<div class="&quot;quoted&quot;" data=&amp;>',
    '<textarea><b>not bold</b></textarea>',
    '<p>broken <a href="x>tag',
    '<!DOCTYPE',
    'trailing <',
    'trailing &',
    'trailing &#',
    'trailing &amp',
    'trailing &#123',
    '<?pi incomplete',
    '<!-- incomplete comment',
    '<a b="unterminated>',
]
for doc in docs:
    print(repr(doc))
    for convert in (True, False):
        events = run(doc, convert)
        print(' ', convert, events)
        # feeding one character at a time gives the same events (text may be split differently)
        single = run(doc, convert, list(doc))
        if merged(single) != merged(events):
            print('  CHUNKED DIFFERS', single)
        for cut in range(1, len(doc), 3):
            if merged(run(doc, convert, [doc[:cut], doc[cut:]])) != merged(events):
                print('  SPLIT AT', cut, 'DIFFERS')
                break

p = Recorder()
p.feed('<p>one')
print(p.events, repr(p.rawdata), p.getpos())
p.feed(' two</p')
print(p.events[-1], repr(p.rawdata))
p.feed('>')
print(p.events[-1], repr(p.rawdata), p.getpos())
p.reset()
print(p.getpos(), repr(p.rawdata), p.lasttag)
p.feed('<x-tag a=1>\n\n  <y>')
print(p.lasttag, p.getpos(), p.get_starttag_text())


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == 'a':
            self.links.append(dict(attrs).get('href'))


lp = Links()
lp.feed('<ul><li><a href="/one">1</a><li><a href=/two>2</a><a name=x>3</a></ul>')
lp.close()
print(lp.links)
base = HTMLParser()
base.feed('<p>ignored &amp; fine</p>')
base.close()
print(HTMLParser.CDATA_CONTENT_ELEMENTS, base.convert_charrefs)
