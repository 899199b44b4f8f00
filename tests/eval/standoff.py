#!/usr/bin/python3
"""Gold annotations of third-party articles, kept as standoff references.

Our gold for ../shared/corpus (articles we may read but must not copy into
the project) names people and quotes their words. A gold file in this folder
therefore holds no third-party text: every such string is a list of
character spans into the article it annotates, and `unpack` rebuilds the
scorer's gold files from the articles in ../shared. A changed article (its
SHA-256 differs) is an error, not a silent mismatch.

    standoff.py pack   GOLD_DIR ARTICLES_DIR OUT_DIR   # literal gold -> standoff
    standoff.py unpack GOLD_DIR ARTICLES_DIR OUT_DIR   # standoff -> literal gold

A string is encoded as {"span": [[at, len], ...]}: one span when it occurs in
the article as written, else one per word (joined by single spaces), a word
found only in another letter case carrying "lower", "upper" or "title".
Strings that are our own vocabulary stay literal: the article name, the city,
event types and dates, a post's key words, participant counts, and the names
of organizations (public institutions, not anyone's words). Any other string
that cannot be found in its article stops `pack` with file and string.
"""
import hashlib
import json
import pathlib
import re
import sys

# Keys whose string values are our own words, never third-party text.
LITERAL_KEYS = {"article", "city", "type", "date", "post", "for", "organizer", "standoff", "sha256"}
# Words an annotator may spell out that the article abbreviates ("T" for
# "Tengku"): titles, our own vocabulary, kept literal inside a span list.
TITLES = pathlib.Path(__file__).resolve().parents[2] / "extract" / "lexicon" / "titles.tsv"

class PackError(Exception):
    pass


def read_article(articles, name):
    path = pathlib.Path(articles) / name
    try:
        data = path.read_bytes()
    except OSError as err:
        raise PackError(f"{path}: cannot read the article ({err.strerror})")
    return data.decode("utf-8"), hashlib.sha256(data).hexdigest()


def case_of(word):
    if word.islower():
        return "lower"
    if word.isupper():
        return "upper"
    if word.istitle():
        return "title"
    return None


def title_words():
    words = set()
    for line in TITLES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            words.add(line.split("\t")[0].lower())
    return words


def encode(text, value, where, titles):
    at = text.find(value)
    if at >= 0:
        return {"span": [[at, len(value)]]}
    spans = []
    folded = text.lower()
    for word in value.split(" "):
        at = text.find(word)
        if at >= 0:
            spans.append([at, len(word)])
            continue
        if word.lower() in titles:
            spans.append(word)
            continue
        at = folded.find(word.lower())
        case = case_of(word)
        if at < 0 or case is None:
            raise PackError(f"{where}: '{value}' is not in the article (word '{word}')")
        spans.append([at, len(word), case])
    return {"span": spans}


def decode(text, value):
    words = []
    for span in value["span"]:
        if isinstance(span, str):
            words.append(span)
            continue
        word = text[span[0]:span[0] + span[1]]
        if len(span) > 2:
            word = {"lower": str.lower, "upper": str.upper, "title": str.title}[span[2]](word)
        words.append(word)
    return " ".join(words)


def walk(node, leaf, key="", in_org=False):
    """Applies leaf(string, key, in_org) to every string below node."""
    if isinstance(node, dict):
        return {k: walk(v, leaf, k, in_org or k in ("organizations", "optional_organizations"))
                for k, v in node.items()}
    if isinstance(node, list):
        return [walk(v, leaf, key, in_org) for v in node]
    if isinstance(node, str):
        return leaf(node, key, in_org)
    return node


def pack_file(gold_path, articles):
    gold = json.loads(pathlib.Path(gold_path).read_text(encoding="utf-8"))
    text, digest = read_article(articles, gold["article"])
    titles = title_words()

    def leaf(value, key, in_org):
        if key in LITERAL_KEYS:
            return value
        try:
            return encode(text, value, f"{gold_path}: {key}", titles)
        except PackError:
            if in_org:
                return value
            raise

    packed = walk(gold, leaf)
    packed["standoff"] = 1
    packed["sha256"] = digest
    return packed


def unpack_file(gold_path, articles):
    packed = json.loads(pathlib.Path(gold_path).read_text(encoding="utf-8"))
    text, digest = read_article(articles, packed["article"])
    if digest != packed.get("sha256"):
        raise PackError(f"{gold_path}: {packed['article']} is not the article this gold was written for"
                        " (SHA-256 differs)")

    def rebuild(node):
        if isinstance(node, dict):
            if set(node) == {"span"}:
                return decode(text, node)
            return {k: rebuild(v) for k, v in node.items() if k not in ("standoff", "sha256")}
        if isinstance(node, list):
            return [rebuild(v) for v in node]
        return node

    return rebuild(packed)


def dump(gold):
    """Indented JSON with each span list on one line, for readable diffs."""
    text = json.dumps(gold, ensure_ascii=False, indent=1)
    text = re.sub(r'\{\s*"span": (\[.*?\]\s*)\}', lambda m: '{"span": ' + re.sub(r"\s+", "", m.group(1)) + "}",
                  text, flags=re.S)
    return text + "\n"


def main(argv):
    if len(argv) != 5 or argv[1] not in ("pack", "unpack"):
        print(__doc__.strip().split("\n\n")[2], file=sys.stderr)
        return 2
    mode, gold_dir, articles, out_dir = argv[1:]
    out = pathlib.Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    failures = 0
    for path in sorted(pathlib.Path(gold_dir).glob("*.json")):
        try:
            result = (pack_file if mode == "pack" else unpack_file)(path, articles)
        except PackError as err:
            print(f"standoff: {err}", file=sys.stderr)
            failures += 1
            continue
        (out / path.name).write_text(dump(result), encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
