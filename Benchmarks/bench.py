#!/usr/bin/env python3
"""The readiness benchmark suite: drives the real binary in a pseudo-terminal beside dialog, runs the
in-process engine and report figures (readiness-bench), and prints one table with ratios and targets.

Run it through Benchmarks/run, which builds the release binaries first. Nothing is asserted: a missed
target is printed as missed. Standard library only.
"""

import argparse
import datetime
import fcntl
import json
import os
import platform
import re
import resource
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

COLS, ROWS = 80, 24
TERM = "xterm-256color"
DOWN = b"\x1bOB"  # the down arrow as xterm sends it in keypad mode, which both programs turn on
TAB = b"\t"
ESC = b"\x1b"

# The question dialog shows beside readiness: the first question of discovery-quick, as asked on a call.
DIALOG_MENU = [
    "--title", "Internal IT team", "--menu",
    "Who looks after IT here today? Is there someone whose actual job it is, or does it get shared around?",
    "0", "0", "0",
    "1", "Nobody whose job is IT: an outside company we call, or whoever is nearest",
    "2", "One person: a solo administrator or IT manager who does everything",
    "3", "A small team of two to four people",
    "4", "An established team of five or more, with its own manager",
]

# The C libraries a static executable may carry, each known by one function only it defines.
C_LIBRARY_MARKS = [("the C library", "__libc_start_main"), ("ncursesw", "wadd_wch"), ("terminfo", "tigetstr"),
                   ("libyaml", "yaml_parser_initialize"), ("libstdc++", "_ZSt9terminatev")]

# The end of a first frame is found in the output itself: a calibration run waits until the program
# has been quiet for a second, and the last visible text it drew (readiness: the end of the help bar;
# dialog: its Cancel button) becomes the marker the timed runs wait for.
MARKER_LENGTH = 8

ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>78]|\x1bO.|\x1b\][^\x07]*\x07")


def visible_text(data):
    """The bytes with escape sequences taken out, as text."""
    return ESCAPES.sub(b"", data).decode("utf-8", "replace")


# --------------------------------------------------------------------------------------------------
# A child in a pseudo-terminal


class PtyChild:
    """A process on a new pseudo-terminal of COLS x ROWS (or `size`, columns and rows), its size set
    before it starts."""

    def __init__(self, argv, env, size=(COLS, ROWS)):
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
        self.output = bytearray()
        self.started = time.perf_counter()
        self.pid = os.fork()
        if self.pid == 0:
            try:
                os.close(self.master)
                os.setsid()
                fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
                for descriptor in (0, 1, 2):
                    os.dup2(slave, descriptor)
                if slave > 2:
                    os.close(slave)
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        os.close(slave)
        self.status = None
        self.rusage = None

    def read_until(self, text, timeout=10.0):
        """Reads until `text` shows in the visible output; returns the seconds since the start, or None."""
        deadline = time.perf_counter() + timeout
        while True:
            if text in visible_text(bytes(self.output)):
                return time.perf_counter() - self.started
            remaining = deadline - time.perf_counter()
            if remaining <= 0 or not self._read(remaining):
                return None

    def read_quiet(self, quiet=0.35, limit=5.0):
        """Reads until nothing arrives for `quiet` seconds; returns the bytes read."""
        start = len(self.output)
        deadline = time.perf_counter() + limit
        while time.perf_counter() < deadline and self._read(quiet):
            pass
        return bytes(self.output[start:])

    def _read(self, timeout):
        ready, _, _ = select.select([self.master], [], [], max(timeout, 0))
        if not ready:
            return False
        try:
            data = os.read(self.master, 65536)
        except OSError:
            return False
        if not data:
            return False
        self.output += data
        return True

    def send(self, keys):
        os.write(self.master, keys)

    def peak_rss(self):
        """The process's peak resident set so far, in KiB (VmHWM). Not wait4's ru_maxrss: that also counts
        the forked copy of this Python process from before the exec, which would flatter both programs."""
        return self.memory().get("VmHWM")

    def memory(self):
        """VmHWM, RssAnon (heap and stacks) and RssFile (pages of the program and its libraries), in KiB."""
        found = {}
        if not os.path.exists(f"/proc/{self.pid}/status"):
            return found
        with open(f"/proc/{self.pid}/status") as status:
            for line in status:
                key, _, value = line.partition(":")
                if key in ("VmHWM", "RssAnon", "RssFile"):
                    found[key] = int(value.split()[0])
        return found

    def finish(self, keys=None, sig=signal.SIGTERM, timeout=5.0):
        """Ends the child (keys first if given, else the signal) and collects its status and rusage."""
        if keys:
            self.send(keys)
        else:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass
        deadline = time.perf_counter() + timeout
        while True:
            pid, status, rusage = os.wait4(self.pid, os.WNOHANG)
            if pid:
                self.status, self.rusage = status, rusage
                break
            if time.perf_counter() > deadline:
                os.kill(self.pid, signal.SIGKILL)
                _, self.status, self.rusage = os.wait4(self.pid, 0)
                break
            self._read(0.02)
        os.close(self.master)
        return self.rusage


# --------------------------------------------------------------------------------------------------
# The interview the benchmark measures (and Benchmarks/order-functions profiles)


def answer_interview(child, saved, quiet=0.25, limit=5.0):
    """Answers the interview open in `child` to its end and tours the results: the first question gets
    its second option, every other "don't know" (or its first option, or Enter, where that is not
    allowed; Tab moves on from a question none of those answers). Then the what-if screen, the review
    and the help, each closed with Escape. Progress is read from the saved file, `saved`; `quiet` and
    `limit` are how long to wait for each key's screen (see `PtyChild.read_quiet`). Returns the count of
    answers and the status it ends with."""

    def answered():
        with open(saved) as handle:
            document = json.load(handle)
        return len(document.get("answers", {})), document.get("status")

    child.send(b"2")
    child.read_quiet(quiet, limit)
    stuck = 0
    for _ in range(60):
        count, status = answered()
        if status == "complete":
            break
        before = count
        for keys in (b"d", b"1", b"\r"):
            child.send(keys)
            child.read_quiet(quiet, limit)
            if answered()[0] > before:
                break
        else:
            stuck += 1
            child.send(TAB)
            child.read_quiet(quiet, limit)
            if stuck > 5:
                break
    count, status = answered()
    for keys in (b"w", ESC, b"r", ESC, b"?", ESC):
        child.send(keys)
        child.read_quiet(quiet, limit)
    return count, status


# --------------------------------------------------------------------------------------------------
# Statistics and formatting


def percentile(values, fraction):
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summary(values):
    return {
        "median": statistics.median(values), "p25": percentile(values, 0.25), "p75": percentile(values, 0.75),
        "min": min(values), "max": max(values), "n": len(values),
    }


def ms(seconds):
    return f"{seconds * 1e3:.1f} ms" if seconds >= 0.0995 else f"{seconds * 1e3:.2f} ms"


def us(seconds):
    return f"{seconds * 1e6:.1f} µs" if seconds < 1e-3 else ms(seconds)


def spread(stats, unit=ms):
    return f"IQR {unit(stats['p25'])}–{unit(stats['p75'])}, range {unit(stats['min'])}–{unit(stats['max'])}, n={stats['n']}"


class Table:
    def __init__(self):
        self.lines = []
        self.targets = []

    def section(self, title):
        self.lines.append("")
        self.lines.append(title)
        self.lines.append("-" * len(title))

    def row(self, label, value, ratio="", note=""):
        self.lines.append(f"  {label:<44} {value:>14}  {ratio:<18} {note}".rstrip())

    def text(self, text):
        self.lines.append(f"  {text}")

    def target(self, name, met, detail):
        self.targets.append((name, met, detail))

    def print(self, header):
        print(header)
        for line in self.lines:
            print(line)
        print("")
        print("Targets")
        print("-------")
        for name, met, detail in self.targets:
            mark = "met   " if met is True else "MISSED" if met is False else "n/a   "
            print(f"  {mark} {name:<52} {detail}")


# --------------------------------------------------------------------------------------------------
# The suite


class Suite:
    def __init__(self, args):
        self.args = args
        self.readiness = os.path.abspath(args.readiness)
        self.bench = os.path.abspath(args.bench)
        self.dialog = shutil.which("dialog")
        self.root = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
        self.questionnaires = os.path.join(self.root, "questionnaires")
        self.work = tempfile.mkdtemp(prefix="readiness-bench.")
        self.cache = os.path.join(self.work, "cache")
        os.makedirs(self.cache)
        base = {k: v for k, v in os.environ.items() if not k.startswith("READINESS_") and k not in ("NO_COLOR", "COLUMNS", "LINES")}
        base.update({"TERM": TERM, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "XDG_CACHE_HOME": self.cache,
                     "XDG_DATA_HOME": os.path.join(self.work, "xdg-data"), "DIALOGRC": "/dev/null"})
        self.env = base
        self.table = Table()
        self.symbols = None

    def log(self, text):
        print(f"[bench] {text}", file=sys.stderr, flush=True)

    def run(self, argv, env=None, input=None):
        return subprocess.run(argv, env=env or self.env, input=input, capture_output=True)

    # -- fixtures ----------------------------------------------------------------------------------

    def make_draft(self, folder):
        """A discovery-quick draft with nothing answered, made the way the brief says: plain mode, exit 76."""
        env = dict(self.env, READINESS_DATA_DIR=folder)
        done = self.run([self.readiness, "--questionnaire", "discovery-quick"], env=env, input=b"Acme\n\ncall\n")
        listing = json.loads(self.run([self.readiness, "list", "--data-dir", folder, "--json"]).stdout)
        assessments = listing["assessments"]
        if done.returncode != 76 or len(assessments) != 1:
            sys.exit(f"bench: could not make a draft (exit {done.returncode}): {done.stderr.decode()}")
        return assessments[0]["id"]

    # -- 1 and 3: start to first frame, and memory -------------------------------------------------

    def first_frame(self, argv, env, marker):
        child = PtyChild(argv, env)
        elapsed = child.read_until(marker)
        child.read_quiet(0.05, 0.5)
        peak = child.peak_rss()
        frame = bytes(child.output)
        child.finish()
        return elapsed, peak, frame

    def end_marker(self, argv, env, showing=None):
        """The last visible text a program draws when started: read until it has been quiet for a second.
        `showing` is text the frame must hold, so a program that opens on another screen (a resume that
        lost its arguments shows the start screen) is never timed as if it were the frame asked for."""
        child = PtyChild(argv, env)
        child.read_quiet(1.0, 15.0)
        text = visible_text(bytes(child.output)).rstrip()
        child.finish()
        if showing and showing not in text:
            sys.exit(f"bench: {os.path.basename(argv[0])} {' '.join(argv[1:])} did not show {showing!r}: {text[-300:]!r}")
        marker = text[-MARKER_LENGTH:].lstrip()
        if not marker or text.count(marker) != 1:
            marker = text[-3 * MARKER_LENGTH:].lstrip()
        if not marker or text.count(marker) != 1:
            sys.exit(f"bench: cannot find the end of {os.path.basename(argv[0])}'s first frame in {text[-200:]!r}")
        return marker

    def start_up(self):
        runs = self.args.runs
        self.log(f"1. first frame: {runs} runs each, interleaved")
        data = os.path.join(self.work, "draft")
        draft = self.make_draft(data)
        env = dict(self.env, READINESS_DATA_DIR=data)
        readiness_argv = [self.readiness, "resume", draft]
        dialog_argv = [self.dialog] + DIALOG_MENU
        floor_argv = ["/bin/echo", "harness-floor"]

        start_argv = [self.readiness, "--questionnaire", "discovery-quick"]
        start_env = dict(self.env, READINESS_DATA_DIR=os.path.join(self.work, "empty"))
        readiness_end = self.end_marker(readiness_argv, env, showing="Section 1/")
        dialog_end = self.end_marker(dialog_argv, env)
        start_end = self.end_marker(start_argv, start_env, showing="Start the interview")
        self.readiness_end = readiness_end

        times = {"readiness": [], "dialog": [], "floor": [], "start": []}
        rss = {"readiness": [], "dialog": []}
        frame_bytes = {}
        for index in range(runs + 1):
            order = [("readiness", readiness_argv, readiness_end), ("dialog", dialog_argv, dialog_end)]
            if index % 2:
                order.reverse()
            for name, argv, marker in order + [("start", start_argv, start_end), ("floor", floor_argv, "harness-floor")]:
                elapsed, peak, output = self.first_frame(argv, start_env if name == "start" else env, marker)
                if elapsed is None:
                    sys.exit(f"bench: {name} did not draw its first frame in time")
                if index == 0:
                    continue  # warm-up: the binaries come into the page cache
                times[name].append(elapsed)
                if name in rss:
                    rss[name].append(peak)
                frame_bytes[name] = len(output)
        r, d, f, s = summary(times["readiness"]), summary(times["dialog"]), summary(times["floor"]), summary(times["start"])
        ratio = r["median"] / d["median"]
        t = self.table
        t.section(f"1. Start to first full frame (pty {COLS}x{ROWS}, TERM={TERM}, median of {runs}, interleaved)")
        t.row("readiness resume (first question)", ms(r["median"]), f"{ratio:.2f}x dialog", spread(r))
        t.row("dialog --menu (same question, options)", ms(d["median"]), "1.00x", spread(d))
        t.row("readiness --questionnaire ID (start screen)", ms(s["median"]), f"{s['median'] / d['median']:.2f}x dialog", spread(s))
        t.row("harness floor (/bin/echo to first byte)", ms(f["median"]), "", spread(f))
        net = (r["median"] - f["median"]) / max(d["median"] - f["median"], 1e-9)
        t.text(f"less the harness floor: {ms(r['median'] - f['median'])} vs {ms(d['median'] - f['median'])}, {net:.2f}x; "
               f"first frame {frame_bytes['readiness']} bytes vs {frame_bytes['dialog']}")
        t.text(f"frame end: the last text drawn, {readiness_end!r} (readiness) and {dialog_end!r} (dialog)")
        t.target("start to first frame <= 1.5x dialog", ratio <= 1.5, f"{ratio:.2f}x ({ms(r['median'])} vs {ms(d['median'])})")
        self.first_frame_rss = {name: statistics.median(values) for name, values in rss.items()}
        self.draft_env, self.draft_argv = env, readiness_argv

    # -- 2 and 3: bytes per key, and memory over an interview --------------------------------------

    def keys_and_memory(self):
        self.log("2. bytes per key press; 3. peak memory over an interview")
        env, argv = self.draft_env, self.draft_argv
        child = PtyChild(argv, env)
        if child.read_until(self.readiness_end) is None:
            sys.exit("bench: readiness did not draw its first frame")
        child.read_quiet()
        moves = []
        for _ in range(3):
            child.send(DOWN)
            moves.append(len(child.read_quiet()))
        child.send(TAB)
        next_question = len(child.read_quiet())
        child.send(b"n")
        open_note = len(child.read_quiet())
        typed = []
        for character in b"abcdefgh":
            child.send(bytes([character]))
            typed.append(len(child.read_quiet()))
        child.send(ESC)
        child.read_quiet()
        # Reading the help and the review, then leaving: the rest of the interview is below.
        child.send(b"?")
        help_bytes = len(child.read_quiet())
        child.send(ESC)
        child.read_quiet()
        short_rss = child.peak_rss()
        child.finish(b"q")

        dialog = PtyChild([self.dialog] + DIALOG_MENU, env)
        if dialog.read_until(self.end_marker([self.dialog] + DIALOG_MENU, env)) is None:
            sys.exit("bench: dialog did not draw its first frame")
        dialog.read_quiet()
        dialog_moves = []
        for _ in range(3):
            dialog.send(DOWN)
            dialog_moves.append(len(dialog.read_quiet()))
        dialog_memory = dialog.memory()
        dialog_rss = dialog_memory["VmHWM"]
        dialog.finish(b"\r")

        full_memory, answered, screens = self.full_interview()
        full_rss = full_memory["VmHWM"]

        move = statistics.mean(moves)
        dialog_move = statistics.mean(dialog_moves)
        t = self.table
        t.section("2. Bytes written to the terminal per key press (80x24, after the first frame)")
        t.row("highlight down one option (mean of 3)", f"{move:.0f} B", f"{move / dialog_move:.2f}x dialog",
              "each: " + ", ".join(map(str, moves)))
        t.row("dialog --menu: highlight down (mean of 3)", f"{dialog_move:.0f} B", "1.00x", "each: " + ", ".join(map(str, dialog_moves)))
        t.row("next question (Tab)", f"{next_question} B", "", "a whole new question")
        t.row("open a note (n)", f"{open_note} B")
        t.row("type one character in a note (mean of 8)", f"{statistics.mean(typed):.0f} B", "", "each: " + ", ".join(map(str, typed)))
        t.row("open the help (?)", f"{help_bytes} B")
        t.target("highlight-move bytes <= dialog", move <= dialog_move, f"{move:.0f} B vs {dialog_move:.0f} B")

        ratio = full_rss / dialog_rss
        t.section("3. Peak memory (VmHWM, the process's peak resident set, read just before it quits)")
        t.row("readiness: first frame, then quit", f"{self.first_frame_rss['readiness'] / 1024:.1f} MiB",
              f"{self.first_frame_rss['readiness'] / self.first_frame_rss['dialog']:.2f}x dialog", "median over the start-up runs")
        t.row("readiness: keys above, note, help, quit", f"{short_rss / 1024:.1f} MiB", f"{short_rss / dialog_rss:.2f}x dialog")
        t.row("readiness: a whole interview to the results", f"{full_rss / 1024:.1f} MiB", f"{ratio:.2f}x dialog",
              f"{answered} answers, {screens}")
        t.row("dialog --menu: first frame, 3 moves, Enter", f"{dialog_rss / 1024:.1f} MiB", "1.00x")
        for label, peak in self.swift_floor():
            t.row(label, f"{peak / 1024:.1f} MiB", f"{peak / dialog_rss:.2f}x dialog", "for scale: static Swift, nothing else")
        t.row("  of it at the end: anonymous (heap, stacks)", f"{full_memory['RssAnon'] / 1024:.1f} MiB",
              f"{full_memory['RssAnon'] / max(dialog_memory['RssAnon'], 1):.2f}x dialog", f"dialog {dialog_memory['RssAnon'] / 1024:.1f} MiB")
        t.row("  of it at the end: mapped program and libraries", f"{full_memory['RssFile'] / 1024:.1f} MiB",
              f"{full_memory['RssFile'] / max(dialog_memory['RssFile'], 1):.2f}x dialog", f"dialog {dialog_memory['RssFile'] / 1024:.1f} MiB")
        t.text(f"resident at the end: readiness {full_memory['RssAnon'] / 1024:.1f} MiB anonymous (heap, stacks) + "
               f"{full_memory['RssFile'] / 1024:.1f} MiB of mapped program and library pages; dialog "
               f"{dialog_memory['RssAnon'] / 1024:.1f} + {dialog_memory['RssFile'] / 1024:.1f} MiB")
        t.target("peak RSS of an interview <= 3x dialog", ratio <= 3, f"{ratio:.2f}x ({full_rss / 1024:.1f} vs {dialog_rss / 1024:.1f} MiB)")

    def swift_floor(self):
        """The peak resident set of two tiny static Swift programs, built here with swiftc: what any
        self-contained Swift binary starts from. Skipped when swiftc cannot build them."""
        programs = [
            ("a static Swift program that prints", "import Glibc\nprint(\"ready\")\nfflush(stdout)\nsleep(1)\n"),
            ("one that lists a folder, reads a file, formats a date",
             "import Foundation\nlet names = (try? FileManager.default.contentsOfDirectory(atPath: \"/etc\")) ?? []\n"
             "let data = try? Data(contentsOf: URL(fileURLWithPath: \"/etc/hostname\"))\n"
             "print(names.count, data?.count ?? 0, Date().formatted(Date.ISO8601FormatStyle()))\nfflush(stdout)\nsleep(1)\n"),
        ]
        rows = []
        for index, (label, source) in enumerate(programs):
            folder = os.path.join(self.work, f"floor{index}")
            os.makedirs(folder, exist_ok=True)
            path = os.path.join(folder, "main.swift")
            with open(path, "w") as handle:
                handle.write(source)
            binary = os.path.join(folder, "floor")
            if self.run(["swiftc", "-O", "-static-stdlib", "-o", binary, path]).returncode != 0:
                continue
            process = subprocess.Popen([binary], stdout=subprocess.PIPE)
            process.stdout.readline()
            with open(f"/proc/{process.pid}/status") as status:
                peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
            process.wait()
            rows.append((label, peak))
        return rows

    def full_interview(self):
        """A whole interview of discovery-quick in a fresh draft, answered and toured by `answer_interview`,
        then quit: the peak memory of it all."""
        data = os.path.join(self.work, "interview")
        draft = self.make_draft(data)
        env = dict(self.env, READINESS_DATA_DIR=data)
        path = os.path.join(data, f"{draft}.json")

        child = PtyChild([self.readiness, "resume", draft], env)
        if child.read_until(self.readiness_end) is None:
            sys.exit("bench: readiness did not draw its first frame")
        child.read_quiet()
        count, status = answer_interview(child, path)
        memory = child.memory()
        child.finish(b"q")
        return memory, count, f"status {status}; results, what-if, review, help"

    # -- 4: the engine -----------------------------------------------------------------------------

    def engine(self):
        self.log("4. engine (in process): shipped and synthetic questionnaires")
        shipped = [os.path.join(self.questionnaires, name) for name in ("discovery-quick.yaml", "co-managed-readiness.yaml")]
        env = dict(self.env)
        if self.args.quick:
            env["BENCH_SIZES"] = "10,100,1000"
        figures = json.loads(self.run([self.bench, "engine"] + shipped, env=env).stdout)
        instructions = self.instructions(shipped) if self.args.callgrind else {}
        t = self.table
        t.section("4. Engine, in process (Scorer.score includes ask-next; time per scored assessment)")
        for q in figures["shipped"]:
            complete = q["scoreComplete"]["median"] / q["completeCount"]
            unknowns = q["scoreWithUnknowns"]["median"] / q["withUnknownsCount"]
            half = q["scoreHalf"]["median"] / q["halfCount"]
            ir = instructions.get(q["id"], {})
            label = f"{q['id']} ({q['questions']} questions)"
            t.text(label)
            t.row("  load + validate the YAML", ms(q["load"]["median"]))
            t.row(f"  score a finished assessment ({q['completeCount']} kinds)", us(complete), "",
                  "ask-next runs, has nothing open" + (f"; {ir['score'] / 1e3:.0f}k instructions" if "score" in ir else ""))
            t.row("  score with 1 in 5 'don't know'", us(unknowns), "", "ask-next ranks the unknowns")
            t.row("  recompute, half answered", us(half), "", "ask-next ranks the other half" +
                  (f"; {ir['half'] / 1e6:.2f}M instructions" if "half" in ir else ""))
            t.row("  recompute, nothing answered (first frame)", us(q["recomputeEmpty"]["median"]), "",
                  f"ask-next ranks {q['unknownsEmpty']} questions" + (f"; {ir['empty'] / 1e6:.2f}M instructions" if "empty" in ir else ""))
            worst = max(half, q["recomputeEmpty"]["median"])
            t.target(f"{q['id']}: < 50 µs per finished assessment", complete < 50e-6,
                     f"{us(complete)} (includes ask-next, which has nothing open in a finished one)")
            t.target(f"{q['id']}: recomputation with ask-next < 10 ms", worst < 10e-3, f"worst {us(worst)}")
        t.text("")
        t.text("synthetic questionnaires, generated and valid, terse (one line a question): 8 signals; per 100 questions")
        t.text("20 with a showIf, 10 sections (2 with a showIf), 5 blockers, 10 areas with a rule each, 5 next steps;")
        t.text("every question answered. Times are medians; growth is of the fastest runs (the least disturbed by other")
        t.text("work on the machine).")
        t.text(f"{'questions':>10} {'YAML':>8} {'conds':>6} {'load+validate':>14} {'score':>10} {'total':>10} {'growth':>7}"
               f" {'ask-next, half':>15} {'growth':>7}")
        previous = None
        growth = []
        for s in figures["synthetic"]:
            if "refused" in s:
                t.text(f"{s['size']:>10} {s['yamlBytes'] / 1024:>6.0f}KB  refused by the loader: {s['refused']}")
                continue
            total = s["total"]["median"]
            factor = s["total"]["min"] / previous["total"]["min"] if previous else None
            if factor:
                growth.append((previous["size"], s["size"], factor))
            recompute = s["recomputeHalf"]["median"] if s["recomputeHalf"] else None
            recompute_factor = (s["recomputeHalf"]["min"] / previous["recomputeHalf"]["min"]
                                if previous and recompute and previous["recomputeHalf"] else None)
            t.text(f"{s['size']:>10} {s['yamlBytes'] / 1024:>6.0f}KB {s['conditions']:>6} {ms(s['load']['median']):>14}"
                   f" {ms(s['score']['median']):>10} {ms(total):>10} {('%.1fx' % factor) if factor else '':>7}"
                   f" {ms(recompute) if recompute else 'not run':>15} {('%.0fx' % recompute_factor) if recompute_factor else '':>7}")
            previous = s
        counts = instructions.get("synthetic")
        if counts:
            for label, index in (("load+validate", 1), ("score", 2)):
                parts = [f"{row[0]}: {row[index] / 1e6:.1f}M" for row in counts]
                factors = [f"{counts[i + 1][index] / counts[i][index]:.1f}x" for i in range(len(counts) - 1)]
                t.text(f"instructions (callgrind), {label}: {', '.join(parts)}; growth {', '.join(factors)}")
        t.text("ask-next re-scores every possible answer of every open question (quadratic by design); not run above "
               f"{os.environ.get('BENCH_ASK_NEXT_LIMIT', '1000')} questions")
        if growth:
            worst = max(f for _, _, f in growth)
            detail = ", ".join(f"{a}->{b}: {f:.1f}x" for a, b, f in growth)
            t.target("linear growth: <= 11x time per 10x questions", worst <= 11, f"load+validate+score {detail}")

    def instructions(self, shipped):
        """Instructions per operation, from callgrind: reproducible where times are not."""
        valgrind = shutil.which("valgrind")
        if not valgrind:
            self.log("   valgrind is not installed: no instruction counts")
            return {}
        self.log("   instruction counts under callgrind (a few minutes)")
        # Valgrind 3.19 cannot read the DWARF 5 of the static Swift runtime: profile a copy without it.
        binary = os.path.join(self.work, "readiness-bench.nodebug")
        if self.run(["objcopy", "--strip-debug", self.bench, binary]).returncode != 0:
            shutil.copy(self.bench, binary)

        def count(*arguments):
            out = os.path.join(self.work, "callgrind.out")
            # Swift seeds its hashing per process; fixed, dictionaries grow the same way in every run.
            env = dict(self.env, SWIFT_DETERMINISTIC_HASHING="1")
            done = self.run([valgrind, "--tool=callgrind", f"--callgrind-out-file={out}", binary, "profile", *arguments], env=env)
            found = re.search(rb"Collected : (\d+)", done.stderr)
            return int(found.group(1)) if found else None

        def per(operation, source, n):
            # The same run without the measured part: `-setup` makes the same assessments and scores none.
            setup = {"score": ("score-setup", n), "recompute": ("recompute-setup", n)}.get(operation, (operation, 0))
            full, base = count(operation, source, str(n)), count(setup[0], source, str(setup[1]))
            return (full - base) / n if full and base else None

        results = {}
        for path in shipped:
            name = os.path.basename(path).removesuffix(".yaml")
            results[name] = {"score": per("score", path, 100), "half": per("recompute", path, 5), "empty": per("empty", path, 5)}
        results["synthetic"] = [(size, per("load", str(size), 1), per("score", str(size), 10)) for size in (10, 100, 1000)]
        return results

    # -- 5: the store ------------------------------------------------------------------------------

    def timed_process(self, argv, env=None):
        """Wall and CPU (user + system) seconds of one process, with its output's line count and its errors."""
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        process = subprocess.Popen(argv, env=env or self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out, err = process.communicate()
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if process.returncode != 0:
            sys.exit(f"bench: {' '.join(argv)} exited {process.returncode}: {err.decode()[:500]}")
        return wall, cpu, out.count(b"\n"), err

    def store(self):
        count = self.args.assessments
        runs = self.args.list_runs
        self.log(f"5. list over {count} saved assessments, {runs} runs cold and warm")
        data = os.path.join(self.work, "store")
        shipped = [os.path.join(self.questionnaires, name) for name in ("discovery-quick.yaml", "co-managed-readiness.yaml")]
        done = self.run([self.bench, "store", data, str(count)] + shipped)
        if done.returncode != 0:
            sys.exit(f"bench: could not generate the store: {done.stderr.decode()}")
        files = len([name for name in os.listdir(data) if name.endswith(".json")])
        argv = [self.readiness, "list", "--data-dir", data]
        cold, cold_cpu, warm, warm_cpu = [], [], [], []
        rows, errors = 0, b""
        for _ in range(runs):
            fresh = tempfile.mkdtemp(dir=self.work, prefix="cache-cold.")
            wall, cpu, rows, errors = self.timed_process(argv, dict(self.env, XDG_CACHE_HOME=fresh))
            cold.append(wall)
            cold_cpu.append(cpu)
            shutil.rmtree(fresh)
        warm_cache = tempfile.mkdtemp(dir=self.work, prefix="cache-warm.")
        self.timed_process(argv, dict(self.env, XDG_CACHE_HOME=warm_cache))
        for _ in range(runs):
            wall, cpu, _, _ = self.timed_process(argv, dict(self.env, XDG_CACHE_HOME=warm_cache))
            warm.append(wall)
            warm_cpu.append(cpu)
        version = self.version_times if hasattr(self, "version_times") else None
        c, w = summary(cold), summary(warm)
        t = self.table
        t.section(f"5. Store: readiness list over {files} saved assessments (to a pipe; files in the page cache)")
        t.row("cold: listing cache empty", ms(c["median"]), f"cpu {ms(statistics.median(cold_cpu))}", spread(c))
        t.row("warm: listing cache filled by a run before", ms(w["median"]), f"cpu {ms(statistics.median(warm_cpu))}", spread(w))
        t.text(f"{rows} lines on standard output, {len(errors.splitlines())} on standard error; "
               "a third of the files are drafts, the rest complete, over both shipped questionnaires")
        t.target("list < 0.5 s, cold (no listing cache)", c["median"] < 0.5, ms(c["median"]))
        t.target("list < 0.5 s, warm", w["median"] < 0.5, ms(w["median"]))

    # -- 6: reports --------------------------------------------------------------------------------

    def reports(self):
        runs = self.args.runs
        self.log(f"6. reports: in process, and the whole process ({runs} runs each, interleaved)")
        questionnaire = os.path.join(self.questionnaires, "co-managed-readiness.yaml")
        figures = json.loads(self.run([self.bench, "reports", questionnaire]).stdout)
        path = os.path.join(self.work, "assessment.json")
        self.run([self.bench, "assessment", path, questionnaire])
        formats = [f["format"] for f in figures["formats"]]
        commands = {"--version": [self.readiness, "--version"]}
        for name in formats:
            commands[name] = [self.readiness, "report", path, "--format", name]
        walls = {name: [] for name in commands}
        cpus = {name: [] for name in commands}
        for index in range(runs + 1):
            for name, argv in commands.items():
                wall, cpu, _, _ = self.timed_process(argv)
                if index:
                    walls[name].append(wall)
                    cpus[name].append(cpu)
        version = summary(walls["--version"])
        version_cpu = statistics.median(cpus["--version"])
        t = self.table
        t.section(f"6. Reports of a finished co-managed-readiness assessment ({len(figures['formats'])} formats; pdf needs Chromium, not run)")
        t.row("building the report value (in process)", us(figures["build"]["median"]))
        for f in figures["formats"]:
            t.row(f"render {f['format']} (in process)", us(f["render"]["median"]), "", f"{f['bytes']} bytes")
        t.row("readiness --version (process start-up)", ms(version["median"]), "1.00x", f"cpu {ms(version_cpu)}; {spread(version)}")
        for name in formats:
            s = summary(walls[name])
            t.row(f"readiness report FILE --format {name}", ms(s["median"]), f"{s['median'] / version['median']:.2f}x --version",
                  f"cpu {ms(statistics.median(cpus[name]))}; {spread(s)}")

    # -- 7: the binary and what it links -----------------------------------------------------------

    def footprint(self):
        self.log("7. the binary: size, shared libraries, Swift modules")
        t = self.table
        size = os.path.getsize(self.readiness)
        t.section("7. The binary: size and dependency footprint")
        t.row("readiness (release" + (", static Swift runtime)" if self.args.static else ")"), f"{size / 1e6:.1f} MB",
              "", f"{size} bytes")
        dialog_size = os.path.getsize(os.path.realpath(self.dialog))
        t.row("dialog (for scale; its libraries are shared)", f"{dialog_size / 1e6:.2f} MB")
        ldd = self.run(["ldd", self.readiness])
        output = ldd.stdout.decode()
        if ldd.returncode != 0 or "not a dynamic executable" in output:
            libraries = []
            inside = [name for name, symbol in C_LIBRARY_MARKS if symbol in self.defined_symbols()]
            t.text(f"shared libraries (ldd): none, a static executable; inside it: {', '.join(inside)}")
        else:
            libraries = sorted({line.split()[0] for line in output.splitlines() if line.strip() and "linux-vdso" not in line})
            t.text(f"shared libraries (ldd): {', '.join(os.path.basename(name) for name in libraries)}")
        self.code_layout()
        modules = self.swift_modules()
        if modules:
            t.text("Swift modules inside (defined symbols by mangled module name, most first):")
            listed = [f"{name} {count}" for name, count in modules]
            for start in range(0, len(listed), 6):
                t.text("  " + ", ".join(listed[start:start + 6]))
            heavy = [name for name, _ in modules if name in ("Foundation", "FoundationInternationalization", "_FoundationICU")]
            t.text("Foundation, FoundationInternationalization, ICU: " + (", ".join(heavy) + " linked" if heavy else "none linked"))
        t.target("record the binary's size and what it links", None, f"{size / 1e6:.1f} MB, {len(libraries)} shared libraries")

    def code_layout(self):
        """What the release link did with the start's list and with the functions that have no symbol."""
        listing = os.path.join(self.root, "Linker", "startup-functions.txt")
        if os.path.exists(listing):
            with open(listing) as handle:
                wanted = [line.strip() for line in handle if line.strip()]
            found = sum(1 for name in wanted if name in self.defined_symbols())
            self.table.text(f"start's function list: {found} of its {len(wanted)} functions are in this binary"
                            " (a function renamed since the list was written stays where it was)")
        sections = self.run(["readelf", "-SW", self.readiness]).stdout.decode()
        unnamed = [line.split("]", 1)[1].split() for line in sections.splitlines() if ".text.unnamed" in line]
        if unnamed:
            self.table.text(f"functions with no symbol, gathered (.text.unnamed): {int(unnamed[0][4], 16) / 1024:.1f} KiB")
        else:
            self.table.text("functions with no symbol: not gathered (no .text.unnamed section; a debug or non-Linux build)")

    def defined_symbols(self):
        """The names of the symbols the binary defines, as `nm` lists them (read once, as a set)."""
        if self.symbols is None:
            done = self.run(["nm", "--defined-only", self.readiness])
            self.symbols = {line.split()[-1] for line in done.stdout.decode("utf-8", "replace").splitlines() if line.strip()}
        return self.symbols

    def swift_modules(self):
        """The Swift modules in the binary, from the module names that start its mangled symbols."""
        counts = {}
        for symbol in self.defined_symbols():
            if symbol.startswith("$ss"):
                counts["Swift"] = counts.get("Swift", 0) + 1  # the standard library's own abbreviation
                continue
            found = re.match(r"\$s(\d+)([A-Za-z_])", symbol)
            if not found:
                continue
            length = int(found.group(1))
            start = found.start(2)
            name = symbol[start:start + length]
            if len(name) == length and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
                counts[name] = counts.get(name, 0) + 1
        # Short names are mostly standard-library abbreviations, not modules: keep the ones with many symbols.
        return sorted(((name, count) for name, count in counts.items() if count >= 100), key=lambda item: -item[1])

    # -- the whole run -----------------------------------------------------------------------------

    def main(self):
        if not self.dialog:
            sys.exit("bench: dialog is not installed (Benchmarks/run installs it)")
        only = set(self.args.only.split(","))
        started = time.perf_counter()
        try:
            if "1" in only or "2" in only:
                self.start_up()
            if "2" in only:
                self.keys_and_memory()
            if "4" in only:
                self.engine()
            if "5" in only:
                self.store()
            if "6" in only:
                self.reports()
            if "7" in only:
                self.footprint()
        finally:
            if not self.args.keep:
                shutil.rmtree(self.work, ignore_errors=True)
        version = self.run([self.readiness, "--version"]).stdout.decode().strip()
        dialog = self.run([self.dialog, "--version"]).stdout.decode().strip() or self.run([self.dialog, "--version"]).stderr.decode().strip()
        commit = self.run(["git", "-C", self.root, "rev-parse", "--short", "HEAD"]).stdout.decode().strip()
        dirty = self.run(["git", "-C", self.root, "status", "--porcelain", "--untracked-files=no"]).stdout.strip()
        header = [
            f"readiness benchmarks, {datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}",
            f"readiness {version} (commit {commit}{', uncommitted changes' if dirty else ''}), "
            f"{'static' if self.args.static else 'dynamic'} Swift runtime; {dialog}",
            f"{platform.node()}: {os.cpu_count()} CPUs, load {', '.join('%.2f' % x for x in os.getloadavg())}; "
            f"suite took {time.perf_counter() - started:.0f} s",
        ]
        self.table.print("\n".join(header))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--readiness", required=True)
    parser.add_argument("--bench", required=True)
    parser.add_argument("--runs", type=int, default=31)
    parser.add_argument("--assessments", type=int, default=10000)
    parser.add_argument("--list-runs", type=int, default=7)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--no-callgrind", dest="callgrind", action="store_false")
    parser.add_argument("--only", default="1,2,4,5,6,7", help="sections to run, such as 4,5")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--static", action="store_true", help="say the binary links the Swift runtime statically")
    args = parser.parse_args()
    Suite(args).main()


if __name__ == "__main__":
    main()
