#!/usr/bin/env python3
"""Broken and hostile inputs, end to end: each case builds a corpus in a
temporary folder (big inputs are generated here, never committed), runs the
real pejabat binary with bounded time and memory, and checks that it did not
crash or hang, that each bad input got one line naming it (and the line, for
JSON Lines) and the reason, that the good articles beside it were still read,
and that the summary counts what was skipped.

Usage: robustness.py --bin PEJABAT --source SRC_DIR [--light] CASE...
       robustness.py --list
Exit 0 when every case passes, 77 when a case cannot run here (ctest SKIP),
1 otherwise.
"""
import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from robust_harness import Failure, Harness, OUTPUTS, all_output_text, check, read_outputs  # noqa: E402

SKIP = 77
CASES = {}

# Two of our own sample articles go into every corpus: they must come out.
GOOD = ["01_kota_bukittinggi_bimtek.txt", "08_kota_samarinda_pernyataan.txt"]


class Skip(Exception):
    pass


def case(fn):
    CASES[fn.__name__] = fn
    return fn


class Context:
    def __init__(self, harness, source):
        self.h = harness
        self.source = source
        self.samples = os.path.join(source, "samples")
        self.fixtures = os.path.join(source, "tests", "fixtures", "bad")

    def sample(self, name):
        with open(os.path.join(self.samples, name), "rb") as f:
            return f.read()

    def corpus(self, name, bad):
        """A folder with the GOOD samples plus `bad` ({relative path: bytes})."""
        d = self.h.folder(name)
        for g in GOOD:
            self.h.write(os.path.join(d, g), self.sample(g))
        for rel, data in bad.items():
            self.h.write(os.path.join(d, rel), data)
        return d


def graph_articles(out):
    """{source: title} of the Article nodes in out/graph.graphml (which must parse)."""
    tree = ET.parse(os.path.join(out, "graph.graphml"))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    names = {k.get("id"): k.get("attr.name") for k in tree.getroot().findall("g:key", ns)}
    articles = {}
    for node in tree.getroot().iter("{http://graphml.graphdrawing.org/xmlns}node"):
        attrs = {names.get(d.get("key")): (d.text or "") for d in node.findall("g:data", ns)}
        if attrs.get("kind") == "Article":
            articles[attrs.get("source", "")] = attrs.get("title", "")
    return articles


def expect_good_read(out):
    arts = graph_articles(out)
    for g in GOOD:
        check(g in arts, "the good article %s is missing from the graph (articles: %s)" % (g, sorted(arts)[:20]))
    return arts


def expect_messages(r, expected):
    """expected: [(where, phrase)]: exactly one stderr line starts with "pejabat: WHERE:" and has the phrase."""
    for where, phrase in expected:
        lines = r.messages_about(where)
        hits = [l for l in lines if phrase in l]
        check(len(hits) == 1, "expected one message '%s: ...%s...', got %s\n%s" % (where, phrase, lines, r.describe()))


def expect_summary(r, skipped, warnings=None, articles=None):
    s = r.summary()
    check(s["skipped"] == skipped, "summary says %s skipped, expected %s\n%s" % (s["skipped"], skipped, r.describe()))
    if warnings is not None:
        check(s["warnings"] == warnings,
              "summary says %s read with warnings, expected %s\n%s" % (s["warnings"], warnings, r.describe()))
    if articles is not None:
        check(s.get("articles") == articles,
              "summary says %s articles, expected %s\n%s" % (s.get("articles"), articles, r.describe()))


def bad_among_good(ctx, name, bad, messages, skipped, warnings, code):
    """The common shape: bad inputs beside good ones; returns (result, out)."""
    d = ctx.corpus(name, bad)
    out = ctx.h.path(name + "-out")
    r = ctx.h.build([d], out)
    check(r.returncode == code, "exit %s, expected %s\n%s" % (r.returncode, code, r.describe()))
    expect_messages(r, [(os.path.join(d, where), phrase) for where, phrase in messages])
    expect_summary(r, skipped, warnings)
    expect_good_read(out)
    return r, out


def same_graph_as_utf8(ctx, name, encode, phrase):
    """A sample in another encoding gives the very graph the UTF-8 original gives."""
    original = ctx.h.folder(name + "-utf8")
    converted = ctx.h.folder(name + "-converted")
    text = ctx.sample(GOOD[1])
    ctx.h.write(os.path.join(original, "a.txt"), text)
    ctx.h.write(os.path.join(converted, "a.txt"), encode(text.decode("utf-8")))
    r1 = ctx.h.build([original], original + "-out")
    r2 = ctx.h.build([converted], converted + "-out")
    check(r1.returncode == 0 and r2.returncode == 0, "exit codes %s, %s\n%s" % (r1.returncode, r2.returncode,
                                                                              r2.describe()))
    expect_messages(r2, [(os.path.join(converted, "a.txt"), phrase)])
    expect_summary(r2, 0, 1)
    a, b = read_outputs(original + "-out"), read_outputs(converted + "-out")
    for f in ("graph.graphml", "graph.jsonld"):
        check(a[f] == b[f], "%s differs between the UTF-8 original and the converted file" % f)


# ---------------------------------------------------------------- cases

@case
def empty_file(ctx):
    bad_among_good(ctx, "empty", {"empty.txt": b"", "blank.txt": b"  \n\t\n\n", "empty.html": b""},
                   [("empty.txt", "empty file"), ("blank.txt", "empty article (no text)"),
                    ("empty.html", "empty file")], skipped=3, warnings=0, code=1)


@case
def binary_file(ctx):
    rng = random.Random(7)
    noise = bytes(rng.randrange(256) for _ in range(20000))
    png = b"\x89PNG\r\n\x1a\n" + noise[:2000]
    gz = subprocess.run(["gzip", "-c"], input=ctx.sample(GOOD[0]), stdout=subprocess.PIPE, check=True).stdout
    bad_among_good(ctx, "binary", {"noise.txt": noise, "photo.html": png, "feed.jsonl": gz,
                                   "nuls.txt": b"\0" * 5000},
                   [("noise.txt", "binary file, not text"), ("photo.html", "binary file (PNG image), not HTML"),
                    ("feed.jsonl", "binary file (gzip-compressed data), not JSON Lines"),
                    ("nuls.txt", "binary file (only NUL bytes), not text")], skipped=4, warnings=0, code=1)


@case
def invalid_utf8(ctx):
    text = ctx.sample(GOOD[1])
    title_end = text.index(b"\n")
    # Broken bytes in the title (0x81 is not Windows-1252 either) and in the body.
    broken = text[:5] + b"\x81\xff" + text[5:title_end] + text[title_end:].replace(b"Samarinda", b"Sama\xc3rinda", 1)
    r, out = bad_among_good(ctx, "invalid-utf8", {"broken.txt": broken},
                            [("broken.txt", "invalid UTF-8: 3 bytes replaced with U+FFFD")], skipped=0, warnings=1,
                            code=0)
    titles = graph_articles(out)
    check("\ufffd\ufffd" in titles.get("broken.txt", ""),
          "the replaced bytes are not in the title: %r" % titles.get("broken.txt"))


@case
def windows_1252(ctx):
    same_graph_as_utf8(ctx, "cp1252", lambda s: s.encode("cp1252"), "not UTF-8: converted from Windows-1252")


@case
def utf16_with_bom(ctx):
    same_graph_as_utf8(ctx, "utf16le", lambda s: b"\xff\xfe" + s.encode("utf-16-le"), "converted from UTF-16LE")
    same_graph_as_utf8(ctx, "utf16be", lambda s: b"\xfe\xff" + s.encode("utf-16-be"), "converted from UTF-16BE")


@case
def nul_bytes(ctx):
    def sprinkle(s):
        data = s.encode("utf-8")
        rng = random.Random(3)
        spots = sorted(rng.sample(range(1, len(data)), 20))
        out, last = b"", 0
        for p in spots:
            out += data[last:p] + b"\0"
            last = p
        return out + data[last:] + b"\0" * 4096  # and the NUL padding a crash leaves
    same_graph_as_utf8(ctx, "nuls", sprinkle, "4116 NUL bytes removed")


@case
def long_single_line(ctx):
    sentence = b"Wali Kota Contoh hadir di rapat koordinasi. "

    def line(size):
        return (sentence * (size // len(sentence) + 1))[:size]
    big = line(50 << 20)
    d = ctx.corpus("long", {"long.txt": big, "long.jsonl": b'{"id":"x","text":"' + big + b'"}\n' +
                            b'{"id":"kecil","text":"Wali Kota Contoh hadir."}\n',
                            # Under the file limit, over the text limit: refused before extraction.
                            "four-mib.txt": b"Judul panjang\n\n" + line(4 << 20)})
    # A sparse 20 GiB file: refused by its size before a byte is read.
    with open(os.path.join(d, "sparse.txt"), "wb") as f:
        f.truncate(20 << 30)
    # Under both limits, a long single line is read, in bounded time.
    under = (512 << 10) if not ctx.h.light else (128 << 10)
    ctx.h.write(os.path.join(d, "under.txt"), b"Judul panjang\n\n" + line(under))
    out = ctx.h.path("long-out")
    r = ctx.h.build([d], out)
    check(r.returncode == 1, r.describe())
    expect_messages(r, [(os.path.join(d, "long.txt"), "too large: 50.0 MiB (the limit is 16 MiB)"),
                        (os.path.join(d, "sparse.txt"), "too large: 20480.0 MiB (the limit is 16 MiB)"),
                        (os.path.join(d, "long.jsonl:1"), "record too large: over 16 MiB"),
                        (os.path.join(d, "four-mib.txt"), "article text too long: 4.0 MiB (the limit is 1 MiB)")])
    expect_summary(r, 4, 0, articles=4)
    arts = expect_good_read(out)
    check("under.txt" in arts and "kecil" in arts, "the article under the limit was not read: %s" % sorted(arts))


@case
def deep_html(ctx):
    depth = 10000
    html = ("<html><head><title>Rapat Dalam</title></head><body><p>Wali Kota Contoh membuka rapat.</p>" +
            "<div>" * depth + "<p>terlalu dalam</p>" + "</div>" * depth + "</body></html>")
    only_deep = "<div>" * depth + "teks" + "</div>" * depth
    r, out = bad_among_good(ctx, "deep", {"deep.html": html, "only-deep.html": only_deep,
                                          "deep.jsonl": '{"id":"d","text":"x","n":%s%s}\n' % ("[" * 100000,
                                                                                           "]" * 100000)},
                            [("deep.html", "HTML nested more than 256 elements deep"),
                             ("only-deep.html", "HTML nested more than 256 elements deep"),
                             ("only-deep.html", "HTML has no body text")], skipped=1, warnings=2, code=1)
    check("deep.html" in graph_articles(out), "the text above the deep part was not read")
    check("d" in graph_articles(out), "a deeply nested JSON record was not read")


@case
def script_and_style(ctx):
    d = ctx.corpus("script", {})
    shutil.copy(os.path.join(ctx.fixtures, "script_style.html"), d)
    out = ctx.h.path("script-out")
    r = ctx.h.build([d], out)
    check(r.returncode == 0, r.describe())
    check("script_style.html" in expect_good_read(out), "the article was not read")
    data = all_output_text(out)
    for marker in (b"JANGAN_DIBACA", b"Tono Sukirno"):
        check(marker not in data, "text from script/style/noscript/template reached the output: %s" % marker)


def secret_never_leaks(ctx, name, files):
    """files: {name: html using SECRET_URL}; the secret file's marker must not reach any output."""
    marker = "RAHASIA_%d_JANGAN_BOCOR" % os.getpid()
    secret = ctx.h.write(ctx.h.path("secret", "rahasia.txt"), marker + "\n")
    bad = {n: t.replace("SECRET_URL", "file://" + secret).replace("SECRET_PATH", secret) for n, t in files.items()}
    d = ctx.corpus(name, bad)
    for fixture in ("xxe_passwd.html", "xxe_passwd.xhtml"):
        shutil.copy(os.path.join(ctx.fixtures, fixture), d)
    out = ctx.h.path(name + "-out")
    r = ctx.h.build([d], out)
    check(r.returncode in (0, 1), r.describe())
    arts = expect_good_read(out)
    for n in list(bad) + ["xxe_passwd.html", "xxe_passwd.xhtml"]:
        check(n in arts, "%s was not read at all (%s)" % (n, sorted(arts)))
        expect_messages(r, [(os.path.join(d, n), "DOCTYPE internal subset ignored")])
    data = all_output_text(out) + r.stdout.encode() + r.stderr.encode()
    check(marker.encode() not in data, "the content of a local file named by an entity reached the output")
    with open("/etc/passwd", "rb") as f:
        first = f.readline().strip()
    check(first not in data, "/etc/passwd reached the output")


@case
def xxe_in_html(ctx):
    secret_never_leaks(ctx, "xxe-html", {
        "entity.html": '<!DOCTYPE html [<!ENTITY x SYSTEM "SECRET_URL">]>\n<html><head><title>Rapat XXE</title>'
                       '</head><body><p>Wali Kota Contoh membuka rapat.</p><p>&x;</p></body></html>',
        "plain-path.htm": '<!DOCTYPE html [<!ENTITY x SYSTEM "SECRET_PATH">]><p>Rapat kedua &x; hari ini.</p>',
    })


@case
def xxe_in_xml(ctx):
    secret_never_leaks(ctx, "xxe-xml", {
        # An XML document given as .html, and an XHTML file: internal subset,
        # parameter entity, external DTD.
        "doc.html": '<?xml version="1.0"?>\n<!DOCTYPE artikel [\n<!ENTITY % p SYSTEM "SECRET_URL">\n%p;\n'
                    '<!ENTITY x SYSTEM "SECRET_URL">\n]>\n<artikel><judul>Rapat XML</judul>'
                    '<isi>Bupati Contoh membuka rapat. &x;</isi></artikel>',
        "page.xhtml": '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" '
                      '"SECRET_URL" [<!ENTITY x SYSTEM "SECRET_URL">]>\n<html xmlns="http://www.w3.org/1999/xhtml">'
                      '<body><p>Camat Contoh hadir. &x;</p></body></html>',
    })


@case
def billion_laughs(ctx):
    d = ctx.corpus("laughs", {})
    shutil.copy(os.path.join(ctx.fixtures, "billion_laughs.xhtml"), os.path.join(d, "laughs.xhtml"))
    shutil.copy(os.path.join(ctx.fixtures, "billion_laughs.xhtml"), os.path.join(d, "laughs.html"))
    out = ctx.h.path("laughs-out")
    r = ctx.h.build([d], out)
    check(r.returncode == 0, r.describe())
    expect_messages(r, [(os.path.join(d, "laughs.xhtml"), "DOCTYPE internal subset ignored"),
                        (os.path.join(d, "laughs.html"), "DOCTYPE internal subset ignored")])
    expect_good_read(out)
    size = sum(len(v) for v in read_outputs(out).values())
    check(b"lollol" not in all_output_text(out), "entities were expanded")
    check(size < 5 << 20, "outputs are %d bytes" % size)


@case
def jsonl_malformed(ctx):
    d = ctx.corpus("jsonl", {})
    shutil.copy(os.path.join(ctx.fixtures, "malformed.jsonl"), d)
    f = os.path.join(d, "malformed.jsonl")
    out = ctx.h.path("jsonl-out")
    r = ctx.h.build([d], out)
    check(r.returncode == 1, r.describe())
    expect_messages(r, [(f + ":2", "invalid JSON at byte"), (f + ":3", "record is not a JSON object"),
                        (f + ":4", 'record has no "id"'), (f + ":5", 'record "tanpa-teks" has no "text"'),
                        (f + ":6", '"id" is not a string or an integer'),
                        (f + ":7", 'record "teks-angka": "text" is not a string'),
                        (f + ":8", "The document root must not be followed by other values")])
    expect_summary(r, 7, 0, articles=len(GOOD) + 2)
    arts = expect_good_read(out)
    check("baik-1" in arts and "baik-2" in arts, "the good records were not read: %s" % sorted(arts))
    # The same from standard input, named <stdin>.
    with open(f, "rb") as fh:
        r = ctx.h.run(["build", "-", "--out", ctx.h.path("stdin-out")], stdin=fh.read())
    check(r.returncode == 1, r.describe())
    expect_messages(r, [("<stdin>:4", 'record has no "id"')])
    expect_summary(r, 7, 0, articles=2)


@case
def jsonl_oversize(ctx):
    record = b'{"id":"besar","text":"' + b"Wali Kota hadir. " * ((20 << 20) // 17) + b'"}\n'
    good = b'{"id":"kecil-%d","text":"Bupati Contoh hadir di rapat."}\n'
    bad_among_good(ctx, "oversize", {"feed.jsonl": good % 1 + record + good % 3 + record + good % 5},
                   [("feed.jsonl:2", "record too large: over 16 MiB"), ("feed.jsonl:4", "record too large")],
                   skipped=2, warnings=0, code=1)


@case
def unreadable_file(ctx):
    """A file and a folder we may not read. Root reads everything, so as root
    the run drops to user nobody (setpriv) to make the permission real."""
    user = None
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            raise Skip("running as root without setpriv: permissions cannot be denied here")
        user = 65534
    d = ctx.corpus("unreadable", {"locked.txt": ctx.sample(GOOD[0]), "locked-dir/inside.txt": ctx.sample(GOOD[1])})
    os.chmod(os.path.join(d, "locked.txt"), 0)
    os.chmod(os.path.join(d, "locked-dir"), 0)
    out = ctx.h.path("unreadable-out")
    os.makedirs(out)
    os.chmod(out, 0o777)
    for p in (d, ctx.h.tmp):
        os.chmod(p, 0o755)
    try:
        r = ctx.h.build([d], out, user=user)
    finally:
        os.chmod(os.path.join(d, "locked-dir"), 0o755)
    check(r.returncode == 1, r.describe())
    expect_messages(r, [(os.path.join(d, "locked.txt"), "cannot open: Permission denied"),
                        (os.path.join(d, "locked-dir"), "cannot read folder: Permission denied")])
    expect_summary(r, 2, 0)
    expect_good_read(out)


@case
def symlink_loop(ctx):
    d = ctx.corpus("links", {})
    os.symlink("loop-b.txt", os.path.join(d, "loop-a.txt"))
    os.symlink("loop-a.txt", os.path.join(d, "loop-b.txt"))
    os.symlink("self.txt", os.path.join(d, "self.txt"))
    os.symlink("missing.txt", os.path.join(d, "dangling.txt"))
    os.symlink(".", os.path.join(d, "here"))  # a folder loop: not followed
    os.symlink(GOOD[0], os.path.join(d, "alias.txt"))  # the same article again: read once
    out = ctx.h.path("links-out")
    r = ctx.h.build([d, os.path.join(d, "self.txt")], out)
    check(r.returncode == 1, r.describe())
    expect_messages(r, [(os.path.join(d, "loop-a.txt"), "symbolic link loop"),
                        (os.path.join(d, "loop-b.txt"), "symbolic link loop"),
                        (os.path.join(d, "dangling.txt"), "broken symbolic link")])
    check(len(r.messages_about(os.path.join(d, "self.txt"))) == 2, "self.txt: one message per naming\n" + r.describe())
    expect_summary(r, 5, 0, articles=len(GOOD))
    expect_good_read(out)


@case
def fifo_and_devices(ctx):
    d = ctx.corpus("fifo", {})
    os.mkfifo(os.path.join(d, "pipe.txt"))
    os.mkfifo(os.path.join(d, "pipe.jsonl"))
    out = ctx.h.path("fifo-out")
    r = ctx.h.build([d, "/dev/zero"], out, timeout=60)
    check(r.returncode == 1, r.describe())
    expect_messages(r, [(os.path.join(d, "pipe.txt"), "a FIFO, not a file to read"),
                        (os.path.join(d, "pipe.jsonl"), "a FIFO"),
                        ("/dev/zero", "a character device, not a file to read")])
    expect_summary(r, 3, 0)
    expect_good_read(out)


@case
def many_tiny_files(ctx):
    n = 10000 if ctx.h.light else 100000
    d = ctx.h.folder("many")
    for i in range(n):
        sub = os.path.join(d, "%03d" % (i % 100))
        if i < 100:
            os.makedirs(sub)
        with open(os.path.join(sub, "b%06d.txt" % i), "w") as f:
            f.write("Berita %d\n\nIsi singkat.\n" % i)
    out = ctx.h.path("many-out")
    r = ctx.h.build([d], out)
    check(r.returncode == 0, r.describe())
    expect_summary(r, 0, 0, articles=n)
    check(len(graph_articles(out)) == n, "not every tiny article is in the graph")


@case
def markup_characters(ctx):
    d = ctx.corpus("markup", {})
    shutil.copy(os.path.join(ctx.fixtures, "markup_characters.txt"), d)
    title = open(os.path.join(ctx.fixtures, "markup_characters.txt"), encoding="utf-8").readline().strip()
    html = "<html><head><title>%s</title></head><body><p>%s</p></body></html>" % (
        title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), "Camat &lt;Contoh&gt; &amp; hadir.")
    ctx.h.write(os.path.join(d, "markup.html"), html)
    ctx.h.write(os.path.join(d, "markup.jsonl"), json.dumps({"id": "m<&>\"'1", "title": title,
                                                             "text": "Bupati {Contoh} & \"kami\" hadir."}) + "\n")
    out = ctx.h.path("markup-out")
    r = ctx.h.build([d], out)
    check(r.returncode == 0, r.describe())
    arts = expect_good_read(out)  # the GraphML parses
    check(arts.get("markup_characters.txt") == title, "title did not survive: %r" % arts.get("markup_characters.txt"))
    check(arts.get("markup.html") == title, "HTML title did not survive: %r" % arts.get("markup.html"))
    check("m<&>\"'1" in arts, "a JSON Lines id with markup characters did not survive: %s" % sorted(arts))
    with open(os.path.join(out, "graph.jsonld"), encoding="utf-8") as f:
        json.load(f)
    ET.parse(os.path.join(out, "graph.svg"))
    if shutil.which("dot"):
        p = subprocess.run(["dot", "-Tcanon", os.path.join(out, "graph.dot")], stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, timeout=120)
        check(p.returncode == 0, "graph.dot does not parse: " + p.stderr.decode()[:500])


@case
def strict_mode(ctx):
    d = ctx.corpus("strict", {"empty.txt": b""})
    out = ctx.h.path("strict-out")
    r = ctx.h.build([d], out)
    check(r.returncode == 1, r.describe())
    before = read_outputs(out)
    r = ctx.h.build([d], out, "--strict")
    check(r.returncode == 4, "--strict: exit %s, expected 4\n%s" % (r.returncode, r.describe()))
    check(any("empty.txt" in l and "--strict" in l for l in r.lines()), "--strict names the input\n" + r.describe())
    check(read_outputs(out) == before, "--strict touched the previous outputs")
    clean = ctx.corpus("strict-clean", {})
    r = ctx.h.build([clean], ctx.h.path("strict-clean-out"), "--strict")
    check(r.returncode == 0, "--strict with good inputs\n" + r.describe())


@case
def nothing_usable(ctx):
    d = ctx.h.folder("nothing")
    ctx.h.write(os.path.join(d, "a.txt"), b"")
    ctx.h.write(os.path.join(d, "b.html"), b"<html><script>x()</script></html>")
    out = ctx.h.path("nothing-out")
    r = ctx.h.build([d, ctx.h.path("does-not-exist")], out)
    check(r.returncode == 3, "exit %s, expected 3\n%s" % (r.returncode, r.describe()))
    expect_messages(r, [(ctx.h.path("does-not-exist"), "no such file or directory")])
    check(any("no article could be read" in l for l in r.lines()), r.describe())
    check(not os.path.exists(out) or not os.listdir(out), "outputs were written")


@case
def usage_errors(ctx):
    for args in (["build"], ["build", "--no-such-option", "x"], ["no-such-command"], []):
        r = ctx.h.run(args)
        check(r.returncode == 2, "%s: exit %s, expected 2\n%s" % (args, r.returncode, r.describe()))


@case
def output_not_writable(ctx):
    d = ctx.corpus("outfile", {})
    blocker = ctx.h.write(ctx.h.path("a-file"), b"not a folder")
    r = ctx.h.build([d], blocker)
    check(r.returncode == 4, "exit %s, expected 4\n%s" % (r.returncode, r.describe()))
    check(len(r.lines()) >= 1 and "a-file" in r.lines()[-1], "the message names the output\n" + r.describe())


@case
def input_order(ctx):
    """The same files listed in any order, or once via their folder, give the same bytes."""
    d = ctx.h.folder("order")
    names = ["01_kota_bukittinggi_bimtek.txt", "03_kota_pekanbaru_pelantikan.txt", "09_kabupaten_bogor_bimtek.txt",
             "10_kota_bogor_sosialisasi.txt", "12_kota_pontianak_rakor.txt"]
    for n in names:
        ctx.h.write(os.path.join(d, n), ctx.sample(n))
    html = ctx.sample("04_kabupaten_banyumas_rakor.txt").decode()
    ctx.h.write(os.path.join(d, "04.html"), "<html><body>%s</body></html>" % "".join(
        "<p>%s</p>" % p for p in html.split("\n\n")))
    ctx.h.write(os.path.join(d, "feed.jsonl"), "".join(json.dumps(
        {"id": "j%d" % i, "text": ctx.sample(n).decode()}) + "\n" for i, n in
        enumerate(["05_kota_makassar_pelatihan.txt", "06_kabupaten_sleman_peluncuran.txt"])))
    files = sorted(os.path.join(d, n) for n in os.listdir(d))
    orders = [files, list(reversed(files)), random.Random(5).sample(files, len(files)), [d], files + [files[0], d]]

    def drawn(svg):
        """What graph.svg draws, without where: the sorted titles and texts of its elements."""
        root = ET.fromstring(svg)
        return sorted((e.tag.split("}")[-1], (e.text or "").strip()) for e in root.iter()
                      if e.tag.endswith(("}title", "}text")))

    results = []
    for i, order in enumerate(orders):
        out = ctx.h.path("order-out-%d" % i)
        r = ctx.h.build(order, out)
        check(r.returncode == 0, r.describe())
        results.append(read_outputs(out))
    check(set(results[0]) == set(OUTPUTS), "missing outputs: %s" % sorted(results[0]))
    for i, res in enumerate(results[1:], 1):
        for f in ("graph.graphml", "graph.jsonld", "graph.dot"):
            check(res[f] == results[0][f], "%s differs when inputs are listed as %s" % (f, orders[i]))
        # graph.svg: Graphviz's in-process layout currently depends on heap
        # addresses (cgraph orders objects by them), so its coordinates vary
        # from run to run even for one input order; what it draws must not.
        check(drawn(res["graph.svg"]) == drawn(results[0]["graph.svg"]),
              "graph.svg draws something else when inputs are listed as %s" % orders[i])


@case
def killed_run_keeps_outputs(ctx):
    """SIGKILL part-way: every output is the previous one or the complete new one, never a partial file."""
    old_corpus = ctx.corpus("kill-old", {})
    new_corpus = ctx.h.folder("kill-new")
    n = 3000 if ctx.h.light else 20000
    with open(os.path.join(new_corpus, "feed.jsonl"), "w") as f:
        for i in range(n):
            # Many articles make big files to write; without officials in them
            # the drawing stays small (Graphviz layout time grows fast).
            f.write(json.dumps({"id": "r%05d" % i, "title": "Berita singkat %d" % i,
                                "text": "Isi berita singkat nomor %d tanpa pejabat." % i}) + "\n")
    for g in GOOD:
        ctx.h.write(os.path.join(new_corpus, g), ctx.sample(g))
    out, ref = ctx.h.path("kill-out"), ctx.h.path("kill-ref")
    check(ctx.h.build([new_corpus], ref).returncode == 0, "reference run failed")
    check(ctx.h.build([old_corpus], out).returncode == 0, "first run failed")
    old, new = read_outputs(out), read_outputs(ref)
    check(all(old[f] != new[f] for f in ("graph.graphml", "graph.jsonld")), "old and new outputs must differ")

    def restore():
        for f, data in old.items():
            with open(os.path.join(out, f), "wb") as fh:
                fh.write(data)

    def complete_svg(data):
        try:
            ET.fromstring(data)
            return True
        except ET.ParseError:
            return False

    def verify(label):
        for f in OUTPUTS:
            with open(os.path.join(out, f), "rb") as fh:
                data = fh.read()
            # graph.svg's layout varies between runs (see input_order): the
            # new one only has to be a whole SVG document.
            fresh = data == new[f] or (f == "graph.svg" and complete_svg(data))
            check(data == old[f] or fresh, "%s: %s is neither the previous nor a complete new file (%d bytes)"
                  % (label, f, len(data)))
        for name in os.listdir(out):
            if name not in OUTPUTS:
                check(".tmp." in name and not name.endswith((".graphml", ".jsonld", ".dot", ".svg")),
                      "%s: stray file that looks like an output: %s" % (label, name))
        return [n for n in os.listdir(out) if ".tmp." in n]

    caught_mid_write = 0
    # Killed while reading, then as soon as a temporary output appears (mid-write).
    for attempt in range(8):
        restore()
        p = ctx.h.start(["build", new_corpus, "--out", out, "--quiet"])
        if attempt == 0:
            time.sleep(0.3)
        else:
            deadline = time.monotonic() + ctx.h.timeout
            mine = ".tmp.%d." % p.pid
            while p.poll() is None and time.monotonic() < deadline:
                if any(mine in n for n in os.listdir(out)):
                    break
        p.kill()
        p.wait()
        p.stdout.close()
        p.stderr.close()
        if verify("attempt %d" % attempt):
            caught_mid_write += 1
    check(caught_mid_write > 0, "no kill landed while an output was being written")
    print("killed while writing an output in %d of 8 attempts; every output intact" % caught_mid_write)
    # The next run completes, gives the new outputs and removes the leftovers.
    r = ctx.h.build([new_corpus], out, "--quiet")
    check(r.returncode == 0, r.describe())
    final = read_outputs(out)
    for f in ("graph.graphml", "graph.jsonld", "graph.dot"):
        check(final[f] == new[f], "%s after the kills differs from the reference run" % f)
    check(complete_svg(final["graph.svg"]), "graph.svg is not a whole SVG document")
    left = [n for n in os.listdir(out) if ".tmp." in n]
    check(not left, "temporary files left after a complete run: %s" % left)


@case
def everything_at_once(ctx):
    """All the bad inputs in one folder beside all our samples: every sample is read, every bad file named."""
    d = ctx.h.folder("all")
    for n in sorted(os.listdir(ctx.samples)):
        ctx.h.write(os.path.join(d, n), ctx.sample(n))
    for n in sorted(os.listdir(ctx.fixtures)):
        shutil.copy(os.path.join(ctx.fixtures, n), d)
    ctx.h.write(os.path.join(d, "empty.txt"), b"")
    rng = random.Random(1)
    ctx.h.write(os.path.join(d, "noise.txt"), bytes(rng.randrange(256) for _ in range(5000)))
    ctx.h.write(os.path.join(d, "deep.html"), "<div>" * 10000 + "x")
    os.symlink("loop.txt", os.path.join(d, "loop.txt"))
    out = ctx.h.path("all-out")
    r = ctx.h.build([d], out)
    check(r.returncode == 1, r.describe())
    arts = graph_articles(out)
    for n in os.listdir(ctx.samples):
        check(n in arts, "sample %s was not read" % n)
    for n in ("empty.txt", "noise.txt", "deep.html", "loop.txt", "malformed.jsonl:2"):
        check(r.messages_about(os.path.join(d, n)), "no message about %s\n%s" % (n, r.describe()))
    fatal = [l for l in r.lines() if l.endswith("(skipped)")]
    expect_summary(r, len(fatal))
    check(all(l.startswith("pejabat: ") for l in r.lines()), "a message without the pejabat: prefix\n" + r.describe())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin")
    ap.add_argument("--source")
    ap.add_argument("--light", action="store_true", help="sanitizer build: smaller big inputs, no memory limit")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("cases", nargs="*")
    a = ap.parse_args()
    if a.list:
        print("\n".join(CASES))
        return 0
    names = a.cases or list(CASES)
    status = 0
    for name in names:
        h = Harness(a.bin, a.light)
        began = time.monotonic()
        try:
            CASES[name](Context(h, a.source))
            print("PASS %s (%.1fs)" % (name, time.monotonic() - began))
        except Skip as e:
            print("SKIP %s: %s" % (name, e))
            status = status or SKIP
        except Failure as e:
            print("FAIL %s: %s" % (name, e))
            status = 1
        finally:
            h.close()
    return 1 if status == 1 else status


if __name__ == "__main__":
    sys.exit(main())
