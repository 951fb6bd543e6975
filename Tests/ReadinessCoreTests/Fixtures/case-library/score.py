#!/usr/bin/env python3
"""Score the case library against a readiness binary.

Usage: python3 score.py [path/to/readiness] [--version V]
       (default: .build/debug/readiness, each answer file's own version)

With --version V each case is scored under questionnaire version V: its
<questionnaire>.vV.json when the case has one (answered for a version whose
questions changed), otherwise its version 1 answers, re-labelled V in a
temporary copy. That is only valid while version V asks version 1's questions
with the same options, which the report checks: an answer it does not know is
an error, shown as ERROR.

For every case folder next to this script, runs
    readiness report <case>/<questionnaire>.json --format json
for both questionnaires and compares the result with the consultant's
expectation in <case>/case.json: the rating (exact, or how many bands off on
not-yet < possible-fit < good-fit < strong-fit; fully-managed stands apart),
the key split rows (owner and phase; a shared row's lead is shown when it
differs but not counted), and the provisional flag when the report has one
(otherwise its confidence is shown). Prints one table and the totals.
Standard library only.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
QUESTIONNAIRES = [("co-managed-readiness", "full"), ("discovery-quick", "quick")]
ORDER = ["not-yet", "possible-fit", "good-fit", "strong-fit"]
SHORT = {"not-yet": "not-yet", "possible-fit": "possible", "good-fit": "good",
         "strong-fit": "strong", "fully-managed": "fully-mgd"}


def band_distance(a, b):
    """Signed bands from a to b, 0 when equal, None when only one is fully-managed."""
    if a == b:
        return 0
    if a in ORDER and b in ORDER:
        return ORDER.index(b) - ORDER.index(a)
    return None


def run_report(binary, path):
    proc = subprocess.run([binary, "report", path, "--format", "json"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        return None, "exit %d: %s" % (proc.returncode, proc.stderr.strip().splitlines()[:1])
    try:
        return json.loads(proc.stdout), None
    except ValueError as error:
        return None, "bad JSON: %s" % error


def answer_file(case_dir, qid, version, scratch):
    """The answer file to score: the case's own for `version`, or its version 1 answers re-labelled."""
    path = os.path.join(case_dir, qid + ".json")
    if version is None:
        return path
    own = os.path.join(case_dir, "%s.v%s.json" % (qid, version))
    if os.path.exists(own):
        return own
    if not os.path.exists(path):
        return path
    with open(path) as handle:
        data = json.load(handle)
    data["questionnaire"]["version"] = version
    copy = os.path.join(scratch, "%s-%s.json" % (os.path.basename(case_dir), qid))
    with open(copy, "w") as handle:
        json.dump(data, handle)
    return copy


def find_provisional(report):
    for holder in (report.get("fit", {}), report):
        if isinstance(holder, dict) and "provisional" in holder:
            return holder["provisional"]
    return None


def compare_rows(expected_rows, split):
    by_area = {row.get("area"): row for row in split or []}
    right, diffs = 0, []
    for row in expected_rows:
        got = by_area.get(row["area"])
        if got is None:
            diffs.append("%s: missing" % row["area"])
            continue
        owner_ok = got.get("owner") == row["owner"]
        phase_ok = got.get("phase") == row["phase"]
        want = row["owner"] + ("/" + row["lead"] if row.get("lead") else "") + " " + row["phase"]
        have = str(got.get("owner")) + ("/" + got["lead"] if got.get("lead") else "") + " " + str(got.get("phase"))
        if owner_ok and phase_ok:
            right += 1
            if row.get("lead") and got.get("lead") and got.get("lead") != row["lead"]:
                diffs.append("%s: want %s, got %s (lead only)" % (row["area"], want, have))
        else:
            diffs.append("%s: want %s, got %s" % (row["area"], want, have))
    return right, diffs


def main():
    args = sys.argv[1:]
    version = None
    if "--version" in args:
        at = args.index("--version")
        if at + 1 >= len(args):
            sys.exit("--version needs a questionnaire version, e.g. --version 2")
        version = args[at + 1]
        del args[at:at + 2]
    binary = args[0] if args else ".build/debug/readiness"
    scratch = tempfile.mkdtemp(prefix="case-library-")
    if not os.path.exists(binary):
        sys.exit("readiness binary not found: %s" % binary)
    cases = sorted(d for d in os.listdir(HERE)
                   if os.path.isfile(os.path.join(HERE, d, "case.json")))
    totals = {tag: {"exact": 0, "within": 0, "rows": 0, "rowsOf": 0, "prov": 0, "ran": 0}
              for _, tag in QUESTIONNAIRES}
    disagree, prov_expected = [], 0
    header = "%-42s %-9s %-5s %-9s %-6s %-5s %-6s %s" % (
        "case", "expected", "q", "got", "off", "prov", "conf", "key rows")
    print(header)
    print("-" * len(header))
    for case_id in cases:
        with open(os.path.join(HERE, case_id, "case.json")) as handle:
            case = json.load(handle)
        expected = case["expected"]
        want_rating = expected["rating"]
        want_prov = bool(expected.get("provisional", False))
        prov_expected += want_prov
        got_by_q = {}
        for qid, tag in QUESTIONNAIRES:
            path = answer_file(os.path.join(HERE, case_id), qid, version, scratch)
            if not os.path.exists(path):
                continue
            report, error = run_report(binary, path)
            first = "%-42s %-9s %-5s" % (case_id if tag == "full" else "",
                                         SHORT[want_rating] if tag == "full" else "", tag)
            if report is None:
                print("%s ERROR %s" % (first, error))
                continue
            t = totals[tag]
            t["ran"] += 1
            fit = report.get("fit", {})
            got = fit.get("rating")
            got_by_q[tag] = got
            distance = band_distance(want_rating, got)
            if distance == 0:
                off = "exact"
                t["exact"] += 1
                t["within"] += 1
            elif distance is None:
                off = "apart"
            else:
                off = "%+d" % distance
                if abs(distance) == 1:
                    t["within"] += 1
            provisional = find_provisional(report)
            if provisional is None:
                prov_text = "n/a"
            else:
                prov_text = "yes" if provisional else "no"
                if bool(provisional) == want_prov:
                    t["prov"] += 1
            if want_prov:
                prov_text += "*"
            right, diffs = compare_rows(expected["keyRows"], report.get("split"))
            t["rows"] += right
            t["rowsOf"] += len(expected["keyRows"])
            print("%s %-9s %-6s %-5s %-6s %d/%d" % (
                first, SHORT.get(got, str(got)), off, prov_text,
                str(fit.get("confidence", "")), right, len(expected["keyRows"])))
            for diff in diffs:
                print("%60s- %s" % ("", diff))
        if "full" in got_by_q and "quick" in got_by_q:
            distance = band_distance(got_by_q["full"], got_by_q["quick"])
            if distance is None or abs(distance) > 1:
                disagree.append("%s (full %s, quick %s)" % (case_id, got_by_q["full"], got_by_q["quick"]))
    print()
    shutil.rmtree(scratch, ignore_errors=True)
    print("Totals over %d cases (* = expected provisional; %d such cases)%s" % (
        len(cases), prov_expected, "" if version is None else ", questionnaire version " + version))
    for _, tag in QUESTIONNAIRES:
        t = totals[tag]
        line = "  %-5s exact rating %d/%d, within one band %d/%d, key rows right %d/%d" % (
            tag, t["exact"], t["ran"], t["within"], t["ran"], t["rows"], t["rowsOf"])
        print(line)
    print("  questionnaires disagree by more than one band: %d" % len(disagree))
    for item in disagree:
        print("    %s" % item)
    print("  provisional flag: %s" % (
        "not present in the report JSON (confidence shown instead)"
        if all(totals[tag]["prov"] == 0 for _, tag in QUESTIONNAIRES) else "compared"))


if __name__ == "__main__":
    main()
