"""Helpers for robustness.py: run pejabat with bounded time and memory, build
corpora in a temporary folder, and read what a run said.

Every run goes through Harness.run(), which sets RLIMIT_AS (what `ulimit -v`
sets) and a wall-clock timeout, so a hang or a memory blow-up fails the test
instead of the machine. Under sanitizers (--light) there is no address-space
limit (ASan reserves terabytes of shadow memory), timeouts are longer and
the big generated inputs smaller.
"""
import os
import re
import resource
import shutil
import signal
import subprocess
import tempfile
import time

CRASH_MARKERS = ("AddressSanitizer", "UndefinedBehaviorSanitizer", "runtime error:", "LeakSanitizer",
                 "terminate called", "Segmentation fault", "Aborted")
OUTPUTS = ("graph.graphml", "graph.jsonld", "graph.dot", "graph.svg")


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


class Result:
    def __init__(self, args, returncode, stdout, stderr, seconds):
        self.args, self.returncode, self.stdout, self.stderr, self.seconds = args, returncode, stdout, stderr, seconds

    def lines(self):
        """stderr messages, one per line."""
        return [l for l in self.stderr.splitlines() if l.strip()]

    def messages_about(self, path):
        prefix = "pejabat: " + path + ":"
        return [l for l in self.lines() if l.startswith(prefix)]

    def summary(self):
        """{'articles': n, 'skipped': n, 'warnings': n, 'ignored': n} from the stdout summary."""
        out = {"skipped": 0, "warnings": 0, "ignored": 0}
        m = re.search(r"^articles (\d+)", self.stdout, re.M)
        if m:
            out["articles"] = int(m.group(1))
        m = re.search(r"^inputs: (\d+) skipped, (\d+) read with warnings, (\d+) non-article files ignored",
                      self.stdout, re.M)
        if m:
            out["skipped"], out["warnings"], out["ignored"] = map(int, m.groups())
        return out

    def describe(self):
        return "command: %s\nexit %s after %.1fs\n--- stdout\n%s\n--- stderr\n%s" % (
            " ".join(self.args), self.returncode, self.seconds, self.stdout[-3000:], self.stderr[-3000:])


class Harness:
    def __init__(self, binary, light):
        self.binary = os.path.abspath(binary)
        self.light = light
        self.tmp = tempfile.mkdtemp(prefix="pejabat-robust-")
        os.chmod(self.tmp, 0o755)  # a case may run the binary as another user
        self.memory_limit = None if light else 3 << 30  # bytes of address space
        self.timeout = 600 if light else 120

    def close(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def path(self, *parts):
        return os.path.join(self.tmp, *parts)

    def _limits(self):
        if self.memory_limit:
            resource.setrlimit(resource.RLIMIT_AS, (self.memory_limit, self.memory_limit))
        os.setsid()  # the timeout kills the whole group

    def command(self, args, user=None):
        cmd = [self.binary] + list(args)
        if user is not None:
            cmd = ["setpriv", "--reuid=%d" % user, "--regid=%d" % user, "--clear-groups"] + cmd
        return cmd

    def start(self, args, **kw):
        return subprocess.Popen(self.command(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                preexec_fn=self._limits, **kw)

    def run(self, args, stdin=None, user=None, timeout=None):
        """Runs pejabat; fails on a crash, a sanitizer report or a timeout."""
        cmd = self.command(args, user)
        began = time.monotonic()
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                             preexec_fn=self._limits, cwd=self.tmp)
        try:
            out, err = p.communicate(stdin, timeout=timeout or self.timeout)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            out, err = p.communicate()
            raise Failure("hang: no answer after %ss: %s\n%s" % (timeout or self.timeout, " ".join(cmd),
                                                                 err.decode("utf-8", "replace")[-2000:]))
        r = Result(cmd, p.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"),
                   time.monotonic() - began)
        check(r.returncode >= 0, "killed by signal %d\n%s" % (-r.returncode, r.describe()))
        check(r.returncode in (0, 1, 2, 3, 4), "undocumented exit code\n" + r.describe())
        for marker in CRASH_MARKERS:
            check(marker not in r.stderr, "crash report (%s)\n%s" % (marker, r.describe()))
        return r

    def build(self, inputs, out, *extra, **kw):
        return self.run(["build"] + list(inputs) + ["--out", out] + list(extra), **kw)

    # ---- corpora ----

    def folder(self, name):
        d = self.path(name)
        os.makedirs(d, exist_ok=True)
        return d

    def write(self, path, data):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path


def read_outputs(folder):
    """{name: bytes} of the output files in `folder`."""
    out = {}
    for name in OUTPUTS:
        p = os.path.join(folder, name)
        if os.path.exists(p):
            with open(p, "rb") as f:
                out[name] = f.read()
    return out


def all_output_text(folder):
    data = b""
    for name in sorted(os.listdir(folder)):
        p = os.path.join(folder, name)
        if os.path.isfile(p):
            with open(p, "rb") as f:
                data += f.read()
    return data
