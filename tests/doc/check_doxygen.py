#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Runs doxygen on pmdkit's main public headers and fails on any warning
(undocumented public symbol, undocumented parameter, bad @param name, ...),
listing every one as file:line: message.

usage: check_doxygen.py <source root> <header>...   (paths relative to root)
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

# Macros that doxygen must see expanded or hidden so that declarations parse
# as C declarations (attributes, export markers).
PREDEFINED = [
    "__rte_experimental=", "__rte_internal=", "__rte_deprecated=",
    "__rte_deprecated_msg(x)=", "__rte_always_inline=inline", "__rte_noinline=",
    "__rte_hot=", "__rte_cold=", "__rte_unused=", "__rte_packed=", "__rte_weak=",
    "__rte_cache_aligned=", "__rte_cache_min_aligned=", "__rte_aligned(x)=",
    "__rte_format_printf(a,b)=", "__rte_malloc=", "__rte_alloc_size(...)=",
    "__rte_warn_unused_result=", "__rte_noreturn=", "__rte_restrict=",
    "__attribute__(x)=", "__extension__=", "RTE_STD_C11=", "__rte_used=",
    # per-lcore variables are reached through accessors (rte_lcore_id(), rte_errno)
    "RTE_DECLARE_PER_LCORE(type,name)=", "RTE_PER_LCORE_TLS_IE=",
    "RTE_DEFINE_PER_LCORE(type,name)=type per_lcore_##name",
    # list heads/links expand to anonymous structs for doxygen
    "RTE_TAILQ_HEAD(name,type)=struct name", "RTE_STAILQ_HEAD(name,type)=struct name",
    "RTE_TAILQ_ENTRY(type)=struct", "RTE_STAILQ_ENTRY(type)=struct",
    "__DOXYGEN__",
]


def main():
    root, headers = sys.argv[1], sys.argv[2:]
    doxygen = shutil.which("doxygen")
    if doxygen is None:
        print("FAIL: doxygen not found (apt-get install doxygen; it is in "
              "devtools/debian-packages.txt)")
        return 1
    root = os.path.abspath(root)
    paths = [os.path.join(root, h) for h in headers]
    missing = [p for p in paths if not os.path.exists(p)]
    if missing:
        print("FAIL: headers not found: %s" % ", ".join(missing))
        return 1
    # doxygen ignores the functions of a file that has no @file block, so a
    # header without one would pass unchecked.
    no_file_doc = [h for h, p in zip(headers, paths)
                   if not re.search(r"[@\\]file\b", open(p, errors="replace").read())]
    if no_file_doc:
        print("FAIL: no /** @file ... */ block in: %s" % ", ".join(no_file_doc))
        return 1
    with tempfile.TemporaryDirectory(prefix="pmdkit-doxy-") as tmp:
        log = os.path.join(tmp, "warnings.log")
        conf = "\n".join([
            "PROJECT_NAME = pmdkit",
            "OUTPUT_DIRECTORY = %s" % tmp,
            "INPUT = %s" % " ".join(paths),
            "FILE_PATTERNS = *.h",
            "OPTIMIZE_OUTPUT_FOR_C = YES",
            "EXTRACT_ALL = NO",
            "EXTRACT_STATIC = YES",
            "HIDE_UNDOC_MEMBERS = NO",
            "WARN_IF_UNDOCUMENTED = YES",
            "WARN_IF_DOC_ERROR = YES",
            "WARN_NO_PARAMDOC = NO",
            "WARN_FORMAT = \"$file:$line: $text\"",
            "WARN_LOGFILE = %s" % log,
            "QUIET = YES",
            "GENERATE_HTML = NO",
            "GENERATE_LATEX = NO",
            "GENERATE_XML = YES",
            "ENABLE_PREPROCESSING = YES",
            "MACRO_EXPANSION = YES",
            "EXPAND_ONLY_PREDEF = YES",
            "SEARCH_INCLUDES = NO",
            "PREDEFINED = %s" % " ".join('"%s"' % p for p in PREDEFINED),
        ])
        with open(os.path.join(tmp, "Doxyfile"), "w") as f:
            f.write(conf + "\n")
        p = subprocess.run([doxygen, os.path.join(tmp, "Doxyfile")], cwd=tmp,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=240)
        if p.returncode != 0:
            print(p.stdout.decode(errors="replace"))
            print("FAIL: doxygen exited with %d" % p.returncode)
            return 1
        with open(log) as f:
            warnings = [l.rstrip() for l in f if l.strip()]
    # keep the first line of each warning (continuation lines are indented)
    warnings = [w.replace(root.rstrip("/") + "/", "") for w in warnings
                if re.match(r"^\S.*:\d+: ", w)]
    for w in warnings:
        print(w)
    undocumented = [w for w in warnings if "not documented" in w]
    print("%d headers, %d warnings (%d undocumented symbols)"
          % (len(headers), len(warnings), len(undocumented)))
    if warnings:
        print("FAIL: document every public symbol (/** ... */ before it, or ///< after a "
              "member) in the headers listed above")
        return 1
    print("check_doxygen: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
