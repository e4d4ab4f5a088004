#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""pmdkit-helloworld prints one greeting from every lcore, exactly once.

usage: test_helloworld.py <helloworld binary> [lcore list]
"""
import os
import re
import subprocess
import sys


def main():
    binary = sys.argv[1]
    lcores = sys.argv[2] if len(sys.argv) > 2 else "0-1"
    first, _, last = lcores.partition("-")
    want = list(range(int(first), int(last or first) + 1))
    cmd = [binary, "--no-huge", "-m", "64", "-l", lcores, "--file-prefix",
           "helloworld_%d" % os.getpid()]
    print("+ " + " ".join(cmd), flush=True)
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
    out = p.stdout.decode(errors="replace")
    sys.stdout.write(out)
    got = sorted(int(x) for x in re.findall(r"hello from core (\d+)", out))
    if p.returncode != 0 or got != want:
        print("FAIL: exit %d, greetings from lcores %s, want %s" % (p.returncode, got, want))
        return 1
    print("test_helloworld: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
